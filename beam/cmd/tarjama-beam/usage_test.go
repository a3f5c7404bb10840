package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestUsageErrors: what tarjama refuses with exit 2, tarjama-beam refuses
// with exit 2 before starting a job.
func TestUsageErrors(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	in := "../../../samples/articles"
	for i, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--output", out}, "no --input"},
		{[]string{"--input", "no/such/folder", "--output", out}, "no such file"},
		{[]string{"--input", in}, "no --output"},
		{[]string{"--input", in, "--output", out, "--backend", "nope"}, "unknown backend"},
		{[]string{"--input", in, "--output", out, "--format", "docx"}, "unknown corpus format"},
		{[]string{"--input", in, "--output", out, "--unit", "page"}, "--unit"},
		{[]string{"--input", in, "--output", out, "--glossary_mode", "loose"}, "--glossary_mode"},
		{[]string{"--input", in, "--output", out, "--glossary", "no/such.tsv"}, "glossary"},
		{[]string{"--input", in, "--output", out, "--retries", "-1"}, "--retries: -1 is negative"},
		// The stack's range check, with this command's spellings.
		{[]string{"--input", in, "--output", out, "--max_chars", "-5"}, "--max_chars: -5 is negative"},
		{[]string{"--input", in, "--output", out, "--chars_per_minute", "-1"}, "--chars_per_minute: -1 is negative"},
		{[]string{"--input", in, "--output", out, "--requests_per_second", "-0.5"}, "--requests_per_second: -0.5 is negative"},
		{[]string{"--input", in, "--output", out, "--batch_concurrency", "0"}, "--batch_concurrency: 0, want at least 1"},
		{[]string{"--input", in, "--output", out, "--no_such_flag"}, "no_such_flag"},
		{[]string{"--input", in, "--output", out, "extra/folder"}, "unexpected argument \"extra/folder\""},
	} {
		code, stderr := runBeam(t, c.args...)
		if code != exitUsage || !strings.Contains(stderr, c.want) {
			t.Errorf("%d: %q: exit %d, want 2 with %q:\n%s", i+1, c.args, code, c.want, stderr)
		}
	}
}

// TestGlobInput: documents matched by a glob are named relative to its
// fixed prefix, in the outputs as in the report.
func TestGlobInput(t *testing.T) {
	in := genFolder(t, 12, false)
	out := filepath.Join(t.TempDir(), "out")
	code, stderr := runBeam(t, "--input", filepath.Join(in, "economy/*/*.txt"), "--input", filepath.Join(in, "sport/*.txt"), "--output", out, "--quiet")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var names []string
	for _, d := range readDocuments(t, out) {
		names = append(names, d.Doc)
	}
	want := "article-0002.txt article-0006.txt article-0010.txt markets/article-0001.txt markets/article-0009.txt" // article-0005 is HTML
	if got := strings.Join(names, " "); got != want {
		t.Errorf("documents %s, want %s", got, want)
	}
	if len(tree(t, filepath.Join(out, "docs"))) != len(names) {
		t.Errorf("docs/ holds %v", tree(t, filepath.Join(out, "docs")))
	}
}
