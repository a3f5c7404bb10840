package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// warcFile builds a WARC 1.0 file of HTTP response records, one per page
// (url → HTML), plus one image response that is not a document.
func warcFile(pages [][2]string) []byte {
	var b strings.Builder
	record := func(n int, uri, ctype, body string) {
		payload := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", ctype, len(body), body)
		fmt.Fprintf(&b, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-%012d>\r\n"+
			"WARC-Date: 2026-11-28T12:00:00Z\r\nWARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\n"+
			"Content-Length: %d\r\n\r\n%s\r\n\r\n", n, uri, len(payload), payload)
	}
	for i, p := range pages {
		record(i+1, p[0], "text/html; charset=utf-8", p[1])
	}
	record(len(pages)+1, "http://example.org/logo.png", "image/png", "\x89PNG")
	return []byte(b.String())
}

func page(title, text string) string {
	return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + text + "</p></article></body></html>"
}

// A WARC file among the inputs is one document per HTML page, named by its
// URL under the file's name, and the report counts what the reader found.
func TestWARCInputIsOneDocumentPerPage(t *testing.T) {
	in := t.TempDir()
	writeFile(t, filepath.Join(in, "a.txt"), []byte("قال الوزير.\n"))
	writeFile(t, filepath.Join(in, "crawl.warc"), warcFile([][2]string{
		{"http://example.org/news/one.html", page("الخبر الأول", "وصل الوفد إلى بغداد. بدأ الاجتماع صباحا.")},
		{"http://example.org/news/two.html", page("الخبر الثاني", "قال الوزير إن الاجتماع كان ناجحا.")},
	}))
	docs, skipped := collect(t, in)
	out := t.TempDir()
	rep, err := Run(context.Background(), docs, skipped, Options{OutDir: out, Translator: &echo{}, Now: fixed, Formats: []string{"jsonl"}})
	if err != nil {
		t.Fatal(err)
	}
	all := readDocuments(t, out)
	var names []string
	for _, d := range all {
		names = append(names, d.Doc)
		if d.Status != StatusOK {
			t.Errorf("%s: %s %s", d.Doc, d.Status, d.Reason)
		}
	}
	if len(all) != 3 || all[0].Doc != "a.txt" || !strings.HasPrefix(all[1].Doc, "crawl.warc/") || !strings.Contains(all[1].Doc, "one") || !strings.Contains(all[2].Doc, "two") {
		t.Fatalf("documents %q", names)
	}
	for _, d := range all[1:] {
		b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(DocPath(d.Doc, "en"))))
		if err != nil || !strings.Contains(string(b), "EN[") || strings.Contains(string(b), "<") {
			t.Errorf("%s: docs/ file %q, %v", d.Doc, b, err)
		}
	}
	w := rep.Inputs["warc"]
	if w.Files != 1 || w.HTMLPages != 2 || w.NonHTML != 1 || rep.Inputs["text"].Documents != 1 {
		t.Errorf("inputs %+v", rep.Inputs)
	}
	// A rerun reuses every page and removes none of their translations.
	again, err := Run(context.Background(), docs, skipped, Options{OutDir: out, Translator: &echo{}, Now: fixed, Formats: []string{"jsonl"}})
	if err != nil || again.Resume.Reused != 3 || len(again.Resume.Removed) != 0 {
		t.Errorf("rerun: err %v, reused %d, removed %v", err, again.Resume.Reused, again.Resume.Removed)
	}
}
