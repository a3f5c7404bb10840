package alignjob

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"html"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/pipeline"
)

// docsOptions leave Translator nil: the embedded lexicon.
func docsOptions(src, tgt, out string) DocsOptions {
	return DocsOptions{SrcDir: src, TgtDir: tgt, SrcLang: "ar", TgtLang: "en", MinScore: 0.07, Out: out, Version: "test"}
}

func TestDocsPairs(t *testing.T) {
	var out bytes.Buffer
	if err := Docs(context.Background(), docsOptions(fixture("docs/ar"), fixture("docs/en"), ""), &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "sub/x2.txt\tb.txt\t0.") || !strings.HasPrefix(lines[1], "x1.txt\ta.txt\t0.") {
		t.Errorf("got\n%s", out.String())
	}
	err := Docs(context.Background(), docsOptions(fixture("docs/missing"), fixture("docs/en"), ""), &out)
	if !errors.Is(err, ErrUsage) {
		t.Errorf("missing SRC_DIR: err = %v, want ErrUsage", err)
	}
	for _, min := range []float64{0, -1, 1.5} {
		o := docsOptions(fixture("docs/ar"), fixture("docs/en"), "")
		o.MinScore = min
		if err := Docs(context.Background(), o, &out); !errors.Is(err, ErrUsage) {
			t.Errorf("MinScore %v: err = %v, want ErrUsage", min, err)
		}
	}
}

// Out sentence-aligns each pair found into a corpus: every pair's
// sentences are there under the source document's name, the orphans'
// are not, and report.json counts each document's pairs.
func TestDocsOut(t *testing.T) {
	out := t.TempDir()
	var results []Result
	o := docsOptions(fixture("docs/ar"), fixture("docs/en"), out)
	o.Progress = func(r Result) { results = append(results, r) }
	if err := Docs(context.Background(), o, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	pairs := readCorpus(t, filepath.Join(out, "corpus.jsonl"))
	docs := map[string]int{}
	for _, p := range pairs {
		docs[p.Doc]++
		if p.SrcLang != "ar" || p.TgtLang != "en" || !p.HasScore {
			t.Errorf("pair %+v", p)
		}
	}
	if len(docs) != 2 || docs["x1.txt"] != 3 || docs["sub/x2.txt"] != 3 {
		t.Errorf("pairs per document: %v", docs)
	}
	if tmx := readCorpus(t, filepath.Join(out, "corpus.tmx")); len(tmx) != len(pairs) {
		t.Errorf("corpus.tmx has %d pairs, corpus.jsonl %d", len(tmx), len(pairs))
	}
	if len(results) != 2 || results[0].Pair.Name != "sub/x2.txt" || results[0].Err != nil {
		t.Errorf("Progress: %+v", results)
	}
	for _, name := range []string{"report.html", "docs/x1.txt.en.txt", "docs/sub/x2.txt.en.txt"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("Out: %v", err)
		}
	}
	var rep pipeline.Report
	readJSON(t, filepath.Join(out, "report.json"), &rep)
	if rep.Status != "complete" || rep.Version != "test" || rep.Backend != "lexicon" || len(rep.Documents) != 2 || rep.Documents[0].Pairs != 3 || rep.Documents[1].Pairs != 3 {
		t.Errorf("report.json: %+v", rep)
	}
	var ad docsReport
	readJSON(t, filepath.Join(out, "align-docs.json"), &ad)
	if ad.SrcDocs != 3 || ad.TgtDocs != 3 || len(ad.Pairs) != 2 || ad.Pairs[0].Src != "sub/x2.txt" || len(ad.Outputs) != 2 {
		t.Errorf("align-docs.json: %+v", ad)
	}
}

// HTML articles are sentence-aligned from the text they were paired by,
// not from their markup (a bug of the first align-docs --out: its corpus
// held "<p>…</p>" lines).
func TestDocsOutHTML(t *testing.T) {
	dir := t.TempDir()
	for _, side := range []string{"ar", "en"} {
		filepath.WalkDir(fixture("docs/"+side), func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			var b strings.Builder
			b.WriteString("<html><head><title>t</title></head><body>\n")
			for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
				b.WriteString("<p>" + html.EscapeString(line) + "</p>\n")
			}
			b.WriteString("</body></html>\n")
			rel, _ := filepath.Rel(fixture("docs"), path)
			dst := filepath.Join(dir, strings.TrimSuffix(rel, ".txt")+".html")
			os.MkdirAll(filepath.Dir(dst), 0o755)
			return os.WriteFile(dst, []byte(b.String()), 0o644)
		})
	}
	out := filepath.Join(dir, "out")
	if err := Docs(context.Background(), docsOptions(filepath.Join(dir, "ar"), filepath.Join(dir, "en"), out), &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	pairs := readCorpus(t, filepath.Join(out, "corpus.jsonl"))
	if len(pairs) != 6 {
		t.Errorf("%d pairs, want 6 (3 sentences in each of 2 documents)", len(pairs))
	}
	for _, p := range pairs {
		if strings.ContainsAny(p.Src+p.Tgt, "<>") {
			t.Errorf("markup in the corpus: %+v", p)
		}
	}
}

func readCorpus(t *testing.T, path string) []corpus.Pair {
	t.Helper()
	r, err := corpus.Open(path, corpus.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var out []corpus.Pair
	for {
		p, err := r.Read()
		if err != nil {
			if err != io.EOF {
				t.Fatal(err)
			}
			return out
		}
		out = append(out, p)
	}
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatal(err)
	}
}
