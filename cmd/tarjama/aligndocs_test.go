package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The articles of the alignjob tests (alignjob/testdata/docs: two pairs,
// one orphan on each side).
var alignDocsFixture = filepath.Join("..", "..", "alignjob", "testdata", "docs")

func TestAlignDocsCLI(t *testing.T) {
	src, tgt := filepath.Join(alignDocsFixture, "ar"), filepath.Join(alignDocsFixture, "en")
	out := t.TempDir()
	code, stdout, stderr := runCLI(t, "", "align-docs", src, tgt, "--out", out)
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "sub/x2.txt\tb.txt\t") || !strings.HasPrefix(lines[1], "x1.txt\ta.txt\t") {
		t.Errorf("stdout:\n%s", stdout)
	}
	if strings.Count(stderr, "document score") != 2 {
		t.Errorf("stderr should report each aligned pair once:\n%s", stderr)
	}
	xmllintValid(t, filepath.Join(out, "corpus.tmx"))
	for _, name := range []string{"corpus.jsonl", "report.json", "report.html", "align-docs.json"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("--out: %v", err)
		}
	}
	for _, args := range [][]string{
		{"align-docs", filepath.Join(alignDocsFixture, "missing"), tgt},
		{"align-docs", "--min-score", "0", src, tgt},
		{"align-docs", src},
	} {
		if code, _, stderr := runCLI(t, "", args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d\n%s", args, code, exitUsage, stderr)
		}
	}
}
