package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReportCommand(t *testing.T) {
	dir := t.TempDir()
	run := `{"status":"complete","backend":"fake","src_lang":"ar","tgt_lang":"en","documents":[{"doc":"a.txt","status":"ok","pairs":1}]}`
	rec := `{"id":"a.txt#1","doc":"a.txt","translation":{"ar":"مرحبا بالعالم","en":"Hello, world"},"align":"1-1","score":0.9}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, "report.json"), []byte(run), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "corpus.jsonl"), []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, "", "report", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "report.html") {
		t.Errorf("stdout %q does not name report.html", stdout)
	}
	idx, err := os.ReadFile(filepath.Join(dir, "report.html"))
	if err != nil || !strings.Contains(string(idx), "a.txt") {
		t.Fatalf("report.html: %v", err)
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "report", "*.html"))
	if len(pages) != 1 {
		t.Fatalf("pages %v, want one", pages)
	}
	page, _ := os.ReadFile(pages[0])
	if !strings.Contains(string(page), `dir="rtl" lang="ar">مرحبا بالعالم`) {
		t.Error("the document page lacks the Arabic cell")
	}

	for _, args := range [][]string{
		{"report"},
		{"report", filepath.Join(dir, "missing")},
		{"report", t.TempDir()}, // no report.json
		{"report", dir, dir},
	} {
		if code, _, stderr := runCLI(t, "", args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d (%s)", args, code, exitUsage, stderr)
		}
	}
}

// Every translate run writes report.html beside report.json, with a page
// per document.
func TestTranslateWritesReportHTML(t *testing.T) {
	out := translateSample(t, "--quiet")
	page, err := os.ReadFile(filepath.Join(out, "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), "biden-kadhimi.txt") {
		t.Error("report.html does not list the sample document")
	}
	docs, err := filepath.Glob(filepath.Join(out, "report", "*.html"))
	if err != nil || len(docs) != 1 {
		t.Errorf("document pages: %v %v", docs, err)
	}
}
