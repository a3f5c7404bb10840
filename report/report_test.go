package report

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// folder is a fake output folder: a report.json and the corpus.jsonl records.
type folder struct {
	run     map[string]any
	records []map[string]any
}

func (f *folder) write(t testing.TB, dir string) {
	t.Helper()
	b, err := json.Marshal(f.run)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ReportJSON), b, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := os.Create(filepath.Join(dir, CorpusJSONL))
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	for _, r := range f.records {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

func pair(doc string, n int, ar, en string, score float64, terms ...map[string]string) map[string]any {
	r := map[string]any{"id": fmt.Sprintf("%s#%d", doc, n), "doc": doc,
		"translation": map[string]string{"ar": ar, "en": en}, "align": "1-1", "score": score, "backend": "fake"}
	if len(terms) > 0 {
		r["glossary"] = terms
	}
	return r
}

func docEntry(doc, status string, pairs int, dropped ...map[string]any) map[string]any {
	d := map[string]any{"doc": doc, "status": status, "pairs": pairs, "sentences": pairs, "paragraphs": 1}
	if len(dropped) > 0 {
		d["dropped"] = dropped
	}
	return d
}

// sample builds a folder with docs documents of n pairs each, plus a failed
// document with no pairs.
func sample(docs, n int) *folder {
	f := &folder{run: map[string]any{"status": "partial", "backend": "fake", "src_lang": "ar", "tgt_lang": "en",
		"wall_seconds": 1.5, "backend_stats": map[string]any{"requests": 3, "cache_hits": 1, "cost_usd": 0.25}}}
	var entries []map[string]any
	for d := range docs {
		name := fmt.Sprintf("sub/مقال-%d.txt", d)
		entries = append(entries, docEntry(name, "ok", n, map[string]any{"line": 2, "rule": "share-buttons", "text": "شارك على فيسبوك"}))
		for i := range n {
			f.records = append(f.records, pair(name, i+1,
				fmt.Sprintf("قال بايدن الجملة رقم %d في المستند %d.", i, d),
				fmt.Sprintf("Biden said sentence number %d in document %d.", i, d),
				float64(i%10)/10,
				map[string]string{"source": "بايدن", "target": "Biden", "status": "ok"}))
		}
	}
	entries = append(entries, docEntry("broken.txt", "failed", 0))
	entries[len(entries)-1]["reason"] = "backend: 503"
	f.run["documents"] = entries
	f.run["totals"] = map[string]any{"documents": docs + 1, "ok": docs, "failed": 1, "pairs": docs * n}
	return f
}

func readPages(t *testing.T, dir string) map[string]string {
	t.Helper()
	ents, err := os.ReadDir(filepath.Join(dir, PagesDir))
	if err != nil {
		t.Fatal(err)
	}
	pages := map[string]string{}
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(dir, PagesDir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		pages[e.Name()] = string(b)
	}
	return pages
}

// markTags are the glossary highlights, removed to compare cell text.
var markTags = regexp.MustCompile(`</?mark[^>]*>`)

func TestEveryPairPresent(t *testing.T) {
	dir := t.TempDir()
	f := sample(3, 25)
	f.write(t, dir)
	if err := Write(context.Background(), dir); err != nil {
		t.Fatal(err)
	}
	pages := readPages(t, dir)
	if len(pages) != 4 {
		t.Fatalf("%d pages, want 4 (3 documents with pairs and the failed one)", len(pages))
	}
	all := ""
	for _, p := range pages {
		all += html.UnescapeString(markTags.ReplaceAllString(p, ""))
	}
	for _, r := range f.records {
		tr := r["translation"].(map[string]string)
		for _, s := range []string{r["id"].(string), tr["ar"], tr["en"]} {
			if !strings.Contains(all, s) {
				t.Errorf("pair %s: %q missing from the pages", r["id"], s)
			}
		}
	}
	if n := strings.Count(all, `class="pair"`); n != len(f.records) {
		t.Errorf("%d pair rows, want %d", n, len(f.records))
	}
	idx, err := os.ReadFile(filepath.Join(dir, IndexHTML))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"broken.txt", "backend: 503", "cost_usd", "0.25", "<svg", `data-status="failed"`} {
		if !strings.Contains(string(idx), want) {
			t.Errorf("report.html lacks %q", want)
		}
	}
	// Every document row links to a page that exists.
	for _, m := range regexp.MustCompile(`href="(report/[^"]+)"`).FindAllStringSubmatch(string(idx), -1) {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(html.UnescapeString(m[1])))); err != nil {
			t.Errorf("link %s: %v", m[1], err)
		}
	}
}

func TestRTLAttributes(t *testing.T) {
	dir := t.TempDir()
	f := sample(1, 7)
	f.write(t, dir)
	if err := Write(context.Background(), dir); err != nil {
		t.Fatal(err)
	}
	for name, p := range readPages(t, dir) {
		if !strings.Contains(p, `class="pair"`) {
			continue
		}
		src := strings.Count(p, `<td class="src" dir="rtl" lang="ar">`)
		tgt := strings.Count(p, `<td class="tgt" dir="ltr" lang="en">`)
		if src != 7 || tgt != 7 {
			t.Errorf("%s: %d rtl Arabic cells and %d ltr English cells, want 7 each", name, src, tgt)
		}
		if !strings.Contains(p, "<del>شارك على فيسبوك</del>") || !strings.Contains(p, "share-buttons") {
			t.Errorf("%s: dropped line not struck through with its rule", name)
		}
	}
}

func TestEscaping(t *testing.T) {
	dir := t.TempDir()
	evil := "<script>alert(1)</script>"
	doc := `<b onmouseover="alert(2)">x</b>.txt`
	f := &folder{
		run: map[string]any{"status": "complete", "src_lang": "ar", "tgt_lang": "en", "error": evil,
			"backend_stats": map[string]any{evil: evil},
			"documents": []map[string]any{docEntry(doc, "ok", 1,
				map[string]any{"line": 1, "rule": evil, "text": `<img src=x onerror=alert(3)>`})}},
		records: []map[string]any{pair(doc, 1, evil+" بايدن", "Biden "+evil, 0.9,
			map[string]string{"source": evil, "target": "</td><script>alert(4)</script>", "status": "missing"})},
	}
	f.write(t, dir)
	if err := Write(context.Background(), dir); err != nil {
		t.Fatal(err)
	}
	idx, err := os.ReadFile(filepath.Join(dir, IndexHTML))
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{string(idx)}
	for _, p := range readPages(t, dir) {
		texts = append(texts, p)
		if !strings.Contains(p, "&lt;script&gt;alert(1)&lt;/script&gt;") {
			t.Error("the source line does not show as text")
		}
		if !strings.Contains(p, `<mark class="miss">`) {
			t.Error("a missing glossary term is not marked")
		}
	}
	for _, s := range texts {
		for _, bad := range []string{"<script>alert", "<img", "<b onmouseover", "</td><script>"} {
			if strings.Contains(s, bad) {
				t.Errorf("markup %q from the corpus reached the page", bad)
			}
		}
	}
}

func TestPageNamesStayInside(t *testing.T) {
	dir := t.TempDir()
	docs := []string{"../../escape.txt", "a/b.txt", "a_b.txt", "a\\b.txt", "مقال.txt", "", strings.Repeat("x", 300)}
	f := &folder{run: map[string]any{"status": "complete"}}
	var entries []map[string]any
	for i, d := range docs {
		entries = append(entries, docEntry(d, "ok", 1))
		f.records = append(f.records, pair(d, i, "نص", "text", 1))
	}
	f.run["documents"] = entries
	f.write(t, dir)
	if err := Write(context.Background(), dir); err != nil {
		t.Fatal(err)
	}
	pages := readPages(t, dir)
	if len(pages) != len(docs) {
		t.Errorf("%d pages for %d distinct documents", len(pages), len(docs))
	}
	for name := range pages {
		if !regexp.MustCompile(`^[A-Za-z0-9_-]+\.html$`).MatchString(name) || len(name) > 100 {
			t.Errorf("page name %q", name)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "..", "escape.txt")); err == nil {
		t.Error("a page escaped the folder")
	}
}

func TestNotInDocumentOrder(t *testing.T) {
	dir := t.TempDir()
	f := &folder{run: map[string]any{"status": "complete"},
		records: []map[string]any{pair("a", 1, "أ", "a", 1), pair("b", 1, "ب", "b", 1), pair("a", 2, "أ", "a", 1)}}
	f.write(t, dir)
	if err := Write(context.Background(), dir); err == nil || !strings.Contains(err.Error(), "document order") {
		t.Errorf("err = %v, want a document-order error", err)
	}
	if _, err := os.Stat(filepath.Join(dir, IndexHTML)); err == nil {
		t.Error("report.html written despite the error")
	}
}

func TestNoReport(t *testing.T) {
	if err := Write(context.Background(), t.TempDir()); !errors.Is(err, ErrNoReport) {
		t.Errorf("err = %v, want ErrNoReport", err)
	}
}

// Without corpus.jsonl (a dry run) the report still has every document.
func TestNoCorpus(t *testing.T) {
	dir := t.TempDir()
	f := sample(2, 3)
	f.write(t, dir)
	os.Remove(filepath.Join(dir, CorpusJSONL))
	if err := Write(context.Background(), dir); err != nil {
		t.Fatal(err)
	}
	if n := len(readPages(t, dir)); n != 3 {
		t.Errorf("%d pages, want 3", n)
	}
}

func TestHighlight(t *testing.T) {
	got := highlight("Joe Biden met Biden Jr.", []mark{{"Biden", "hit"}, {"Joe Biden", "miss"}})
	want := []span{{"Joe Biden", "miss"}, {" met ", ""}, {"Biden", "hit"}, {" Jr.", ""}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("highlight = %v, want %v", got, want)
	}
}

func readRecords(t *testing.T, path string) []record {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var recs []record
	dec := json.NewDecoder(f)
	for dec.More() {
		var r record
		if err := dec.Decode(&r); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	return recs
}

// Regenerating after documents are gone removes their pages, and nothing else.
func TestStalePagesRemoved(t *testing.T) {
	dir := t.TempDir()
	sample(3, 2).write(t, dir)
	if err := Write(context.Background(), dir); err != nil {
		t.Fatal(err)
	}
	own := filepath.Join(dir, PagesDir, "notes.html")
	if err := os.WriteFile(own, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	sample(1, 2).write(t, dir)
	if err := Write(context.Background(), dir); err != nil {
		t.Fatal(err)
	}
	pages := readPages(t, dir)
	if len(pages) != 3 { // one document, the failed one, notes.html
		t.Errorf("pages after regenerating: %v", len(pages))
	}
	if _, ok := pages["notes.html"]; !ok {
		t.Error("a file that is not a page was removed")
	}
}

// Whatever the corpus holds, Write succeeds and each cell shows exactly the
// text it was given.
func FuzzWrite(f *testing.F) {
	f.Add("a.txt", "<script>alert(1)</script>", "Biden & co", "بايدن", "Biden", "1-1")
	f.Add("../x", "\"'`", "</td></tr>", "", "", "")
	f.Add("مقال.txt", "قال بايدن", "Biden said", "بايدن", "Biden said", "2-1")
	f.Fuzz(func(t *testing.T, doc, ar, en, src, tgt, align string) {
		for _, s := range []string{doc, ar, en, src, tgt, align} {
			if !utf8.ValidString(s) || strings.ContainsRune(s, 0) || strings.ContainsRune(s, '\r') {
				return // JSON or HTML parsing would legitimately change these
			}
		}
		dir := t.TempDir()
		fo := &folder{run: map[string]any{"status": "complete", "documents": []map[string]any{docEntry(doc, "ok", 1)}},
			records: []map[string]any{pair(doc, 1, ar, en, 0.5, map[string]string{"source": src, "target": tgt, "status": "missing"})}}
		fo.records[0]["align"] = align
		fo.write(t, dir)
		if err := Write(context.Background(), dir); err != nil {
			t.Fatal(err)
		}
		pages := readPages(t, dir)
		if len(pages) != 1 {
			t.Fatalf("%d pages", len(pages))
		}
		for _, p := range pages {
			row := pairRowRe.FindString(p)
			cells := cellRe.FindAllStringSubmatch(row, -1)
			if len(cells) != 2 {
				t.Fatalf("%d text cells in %q", len(cells), row)
			}
			for i, want := range []string{ar, en} {
				got := html.UnescapeString(markTags.ReplaceAllString(cells[i][1], ""))
				if got != want {
					t.Errorf("cell %d shows %q, want %q", i, got, want)
				}
			}
		}
	})
}

var (
	pairRowRe = regexp.MustCompile(`(?s)<tr class="pair".*?</tr>`)
	cellRe    = regexp.MustCompile(`(?s)<td class="(?:src|tgt)"[^>]*>(.*?)</td>`)
)

// A run's report.json lists only the documents that need attention and
// names documents.jsonl for all of them: the pages are those of a report
// that lists every document itself.
func TestDocumentsFromDocumentsFile(t *testing.T) {
	legacy, streamed := t.TempDir(), t.TempDir()
	f := sample(3, 4)
	f.write(t, legacy)
	if err := Write(context.Background(), legacy); err != nil {
		t.Fatal(err)
	}
	all := f.run["documents"].([]map[string]any)
	var lines strings.Builder
	for _, d := range all {
		b, _ := json.Marshal(d)
		lines.Write(append(b, '\n'))
	}
	if err := os.WriteFile(filepath.Join(streamed, "documents.jsonl"), []byte(lines.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	f.run["documents"] = all[len(all)-1:] // the failed one
	f.run["documents_file"] = "documents.jsonl"
	f.write(t, streamed)
	if err := Write(context.Background(), streamed); err != nil {
		t.Fatal(err)
	}
	want, got := readPages(t, legacy), readPages(t, streamed)
	if len(got) != len(want) || len(got) != 4 {
		t.Fatalf("%d pages, want %d", len(got), len(want))
	}
	for name, page := range want {
		if got[name] != page {
			t.Errorf("page %s differs", name)
		}
	}
	a, _ := os.ReadFile(filepath.Join(legacy, IndexHTML))
	b, _ := os.ReadFile(filepath.Join(streamed, IndexHTML))
	if string(a) != string(b) {
		t.Errorf("report.html differs when the documents come from documents.jsonl")
	}
	os.Remove(filepath.Join(streamed, "documents.jsonl"))
	if err := Write(context.Background(), streamed); err == nil {
		t.Errorf("a missing documents.jsonl went unnoticed")
	}
}
