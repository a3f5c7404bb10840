package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// exitCase is one failure of one command and the exit code it must give.
type exitCase struct {
	failure string   // what is wrong, e.g. "missing input"
	args    []string // the command line after "tarjama"; {dir} is a scratch folder
	want    int
	// pending names the file (and its owner) where a known mismatch is to
	// be fixed; the case is skipped while it still gives another code.
	pending string
}

// TestExitCodes runs the same failure across commands: the same failure
// gives the same exit code everywhere (0 done, 1 failed, 2 usage, 3 partial).
func TestExitCodes(t *testing.T) {
	cases := []exitCase{
		// A missing input path is a usage error (exit 2) for every command.
		{"missing input", []string{"segment", "{dir}/nope.txt"}, exitUsage, ""},
		{"missing input", []string{"translate", "{dir}/nope", "--out", "{dir}/out"}, exitUsage, ""},
		{"missing input", []string{"align", "{dir}/nope.txt", "{dir}/nope2.txt"}, exitUsage, ""},
		{"missing input", []string{"align", "{dir}/a.txt", "{dir}/a.txt", "--src-mt", "{dir}/nope.txt"}, exitUsage, ""},
		{"missing input", []string{"align", "--pairs", "{dir}/nope.tsv", "-f", "tsv"}, exitUsage, ""},
		{"missing input", []string{"cache", "export", "--cache", "{dir}/nope.db", "--out", "{dir}/x.tmx"}, exitOK, ""},
		{"missing input", []string{"export", "{dir}/nope.jsonl", "--out", "{dir}/out"}, exitUsage, ""},
		{"missing input", []string{"convert", "{dir}/nope.jsonl", "{dir}/out.tmx"}, exitUsage, ""},
		{"missing input", []string{"qe", "{dir}/nope.jsonl"}, exitUsage, ""},
		{"missing input", []string{"align-docs", "{dir}/nope1", "{dir}/nope2"}, exitUsage, ""},
		{"missing input", []string{"report", "{dir}/nope"}, exitUsage, ""},
		{"missing input", []string{"lexicon", "explain", "{dir}/nope.txt"}, exitUsage, ""},
		{"missing input", []string{"glossary", "match", "-g", "{dir}/g.tsv", "{dir}/nope.txt"}, exitUsage, ""},
		{"missing input", []string{"glossary", "import", "-g", "{dir}/g.tsv", "{dir}/nope.tsv"}, exitUsage, ""},
		{"missing input", []string{"glossary", "check", "-g", "{dir}/g.tsv", "{dir}/nope.jsonl"}, exitUsage, ""},
		// A glossary that is not there, or malformed, is a usage error.
		{"missing glossary", []string{"translate", "{dir}/a.txt", "--out", "{dir}/out", "--glossary", "{dir}/none.tsv"}, exitUsage, ""},
		{"missing glossary", []string{"glossary", "list", "-g", "{dir}/none.tsv"}, exitUsage, ""},
		{"missing glossary", []string{"glossary", "lint", "-g", "{dir}/none.tsv"}, exitUsage, ""},
		{"missing glossary", []string{"glossary", "export", "-g", "{dir}/none.tsv"}, exitUsage, ""},
		{"malformed glossary", []string{"translate", "{dir}/a.txt", "--out", "{dir}/out", "--glossary", "{dir}/bad.tsv"}, exitUsage, ""},
		{"malformed glossary", []string{"glossary", "list", "-g", "{dir}/bad.tsv"}, exitUsage, ""},
		{"malformed glossary", []string{"glossary", "add", "-g", "{dir}/bad.tsv", "بايدن", "Biden"}, exitUsage, ""},
		{"malformed glossary", []string{"glossary", "import", "-g", "{dir}/g.tsv", "{dir}/bad.tsv"}, exitUsage, ""},
		// An unknown flag is a usage error.
		{"unknown flag", []string{"segment", "--frobnicate", "{dir}/a.txt"}, exitUsage, ""},
		{"unknown flag", []string{"translate", "--frobnicate", "{dir}/a.txt"}, exitUsage, ""},
		{"unknown flag", []string{"align", "--frobnicate", "{dir}/a.txt", "{dir}/a.txt"}, exitUsage, ""},
		{"unknown flag", []string{"export", "--frobnicate", "{dir}/c.jsonl"}, exitUsage, ""},
		{"unknown flag", []string{"convert", "--frobnicate", "{dir}/c.jsonl", "{dir}/o.tmx"}, exitUsage, ""},
		{"unknown flag", []string{"qe", "--frobnicate", "{dir}/c.jsonl"}, exitUsage, ""},
		{"unknown flag", []string{"glossary", "list", "--frobnicate"}, exitUsage, ""},
		{"unknown flag", []string{"align-docs", "--frobnicate", "{dir}", "{dir}"}, exitUsage, ""},
		{"unknown flag", []string{"report", "--frobnicate", "{dir}"}, exitUsage, ""},
		{"unknown flag", []string{"cache", "stats", "--frobnicate"}, exitUsage, ""},
		{"unknown flag", []string{"backends", "--frobnicate"}, exitUsage, ""},
		{"unknown flag", []string{"lexicon", "explain", "--frobnicate", "{dir}/a.txt"}, exitUsage, ""},
		{"out of range", []string{"lexicon", "explain", "--format", "xml", "{dir}/a.txt"}, exitUsage, ""},
		{"unknown backend", []string{"translate", "{dir}/a.txt", "--out", "{dir}/out", "--backend", "frobnicate"}, exitUsage, ""},
		{"unknown backend", []string{"align", "{dir}/a.txt", "{dir}/a.txt", "--backend", "frobnicate"}, exitUsage, ""},
		{"unknown backend", []string{"backends", "frobnicate"}, exitUsage, ""},
		// An out-of-range number is a usage error.
		{"out of range", []string{"translate", "{dir}/a.txt", "--out", "{dir}/out", "--concurrency", "0"}, exitUsage, ""},
		{"out of range", []string{"align", "{dir}/a.txt", "{dir}/a.txt", "--min-score", "2"}, exitUsage, ""},
		{"out of range", []string{"translate", "{dir}/a.txt", "--out", "{dir}/out", "--batch-concurrency", "0"}, exitUsage, ""},
		{"out of range", []string{"translate", "{dir}/a.txt", "--out", "{dir}/out", "--max-chars", "-1"}, exitUsage, ""},
		{"out of range", []string{"translate", "{dir}/a.txt", "--out", "{dir}/out", "--retries", "-1"}, exitUsage, ""},
		{"out of range", []string{"align", "{dir}/a.txt", "{dir}/a.txt", "--max-group", "0"}, exitUsage, ""},
		{"out of range", []string{"align-docs", "{dir}", "{dir}", "--min-score", "5"}, exitUsage, ""},
		{"out of range", []string{"glossary", "add", "-g", "{dir}/g.tsv", "بايدن", "Biden", "--article", "some"}, exitUsage, ""},
		// Wrong number of arguments is a usage error.
		{"wrong arguments", []string{"glossary", "add", "-g", "{dir}/g.tsv", "بايدن"}, exitUsage, ""},
		{"wrong arguments", []string{"glossary", "match", "-g", "{dir}/g.tsv", "a", "b"}, exitUsage, ""},
		{"wrong arguments", []string{"convert", "{dir}/c.jsonl"}, exitUsage, ""},
		{"wrong arguments", []string{"align", "{dir}/a.txt"}, exitUsage, ""},
		{"unknown command", []string{"glossary", "frobnicate"}, exitUsage, ""},
		{"unknown command", []string{"lexicon", "frobnicate"}, exitUsage, ""},
		// Done: exit 0; partial (some inputs left undone): exit 3.
		{"none", []string{"segment", "{dir}/a.txt"}, exitOK, ""},
		{"none", []string{"translate", "{dir}/a.txt", "--out", "{dir}/out", "--no-cache", "--quiet"}, exitOK, ""},
		{"none", []string{"glossary", "lint", "-g", "{dir}/g.tsv"}, exitOK, ""},
		{"none", []string{"lexicon", "explain", "{dir}/a.txt"}, exitOK, ""},
		{"conflict left", []string{"glossary", "import", "-g", "{dir}/g.tsv", "{dir}/other.tsv"}, exitPartial, ""},
		// Problems found by a checking command: exit 1.
		{"problems found", []string{"glossary", "lint", "-g", "{dir}/conflict.tsv"}, exitFailed, ""},
		{"problems found", []string{"glossary", "add", "-g", "{dir}/g.tsv", "بايدن", "Baiden"}, exitFailed, ""},
	}
	for _, c := range cases {
		name := c.failure + "/" + strings.ReplaceAll(strings.Join(c.args[:min(2, len(c.args))], " "), "{dir}/", "")
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			for file, text := range map[string]string{
				"a.txt":        "جملة أولى. جملة ثانية.\n",
				"g.tsv":        "ar\ten\nبايدن\tBiden\n",
				"other.tsv":    "ar\ten\nبايدن\tBaiden\n",
				"bad.tsv":      "ar\ten\nبايدن\n",
				"conflict.tsv": "ar\ten\nبايدن\tBiden\nبایدن\tBaiden\n",
				"c.jsonl":      `{"id":"a#1","translation":{"ar":"مرحبا","en":"Hello"}}` + "\n",
			} {
				if err := os.WriteFile(filepath.Join(dir, file), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			args := make([]string, len(c.args))
			for i, a := range c.args {
				args[i] = strings.ReplaceAll(a, "{dir}", dir)
			}
			t.Setenv("TARJAMA_GLOSSARY", "")
			t.Setenv("HOME", dir) // no cache or config of the user's
			t.Setenv("XDG_CACHE_HOME", filepath.Join(dir, "cache"))
			code, _, stderr := runCLI(t, "", args...)
			if code == c.want {
				return
			}
			if c.pending != "" {
				t.Skipf("known mismatch (exit %d, want %d), to be fixed in %s", code, c.want, c.pending)
			}
			t.Errorf("tarjama %s: exit %d, want %d\nstderr: %s", strings.Join(args, " "), code, c.want, stderr)
		})
	}
}
