package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/tarjama/tarjama/corpus"
)

func TestValidate(t *testing.T) {
	cases := []struct {
		name string
		opts Options
		msg  string // "" when valid
	}{
		{"zero", Options{}, ""},
		{"all formats", Options{Formats: []string{"tmx", "jsonl", "moses", "tsv"}, Concurrency: MaxConcurrency}, ""},
		{"format", Options{Formats: []string{"jsonl", "docx"}}, `format: unknown format "docx" (known: tmx, jsonl, moses, tsv, xliff)`},
		{"concurrency", Options{Concurrency: MaxConcurrency + 1}, "concurrency 1025: want 1 to 1024 documents in flight"},
		{"negative concurrency", Options{Concurrency: -1}, "concurrency -1: want 1 to 1024"},
		{"unit", Options{Unit: "word"}, `unit: "word" is neither sentence nor paragraph`},
		{"glossary mode", Options{GlossaryMode: "loose"}, `glossary-mode: "loose" is not protect, native or verify`},
		{"segment", Options{MaxSegmentChars: -5}, "max-segment -5"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.opts.Validate()
			if c.msg == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			var oe *OptionError
			if !errors.Is(err, ErrInvalidOptions) || !errors.As(err, &oe) || !strings.Contains(err.Error(), c.msg) {
				t.Errorf("err %v, want an OptionError containing %q", err, c.msg)
			}
		})
	}
	if _, err := NewEnv(Options{}); !errors.Is(err, ErrInvalidOptions) {
		t.Errorf("NewEnv without a translator: %v", err)
	}
	if _, err := Run(context.Background(), nil, nil, Options{OutDir: t.TempDir(), Translator: &echo{}, Unit: "word"}); !errors.Is(err, ErrInvalidOptions) {
		t.Errorf("Run with a bad unit: %v", err)
	}
}

func TestDocPath(t *testing.T) {
	for _, c := range [][3]string{{"a.txt", "en", "docs/a.txt.en.txt"}, {"sub/b.md", "fr", "docs/sub/b.md.fr.txt"}} {
		if got := DocPath(c[0], c[1]); got != c[2] {
			t.Errorf("DocPath(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}

// Env.Process is what the local runner writes: the same pairs, lines and
// report, whichever goroutine calls it.
func TestProcessMatchesRun(t *testing.T) {
	in := t.TempDir()
	texts := map[string]string{}
	for i := 0; i < 8; i++ {
		name := fmt.Sprintf("d%d.txt", i)
		texts[name] = fmt.Sprintf("وصل الوفد رقم %d. بدأ الاجتماع.\n\nقال الوزير.\n", i)
		writeFile(t, filepath.Join(in, name), []byte(texts[name]))
	}
	g := testGlossary(t)
	opts := Options{Translator: &echo{}, BackendName: "echo", Glossary: g, Now: fixed, Unit: UnitParagraph, Formats: []string{"jsonl"}}
	env, err := NewEnv(opts)
	if err != nil {
		t.Fatal(err)
	}
	docs, skipped := collect(t, in)
	results := make([]Result, len(docs))
	var wg sync.WaitGroup
	for i, d := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = env.Process(context.Background(), Document{Name: d.Name, Path: d.Path, Text: texts[d.Name], Encoding: "utf-8"})
		}()
	}
	wg.Wait()

	opts.OutDir = t.TempDir()
	rep, err := Run(context.Background(), docs, skipped, opts)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(opts.OutDir, "corpus.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var got strings.Builder
	w := corpus.NewJSONLWriter(&got)
	built := NewReport(env.Options(), skipped)
	for i, res := range results {
		if res.Err != nil {
			t.Fatal(res.Err)
		}
		for _, p := range res.Pairs {
			if err := w.Write(p); err != nil {
				t.Fatal(err)
			}
		}
		built.AddResult(res)
		doc, err := os.ReadFile(filepath.Join(opts.OutDir, filepath.FromSlash(DocPath(docs[i].Name, "en"))))
		if err != nil || string(doc) != strings.Join(res.Lines, "\n")+"\n" {
			t.Errorf("%s: docs/ file %q (%v), Process lines %q", docs[i].Name, doc, err, res.Lines)
		}
	}
	w.Close()
	if got.String() != string(want) {
		t.Errorf("Process pairs differ from Run's corpus:\n%s\nwant\n%s", got.String(), want)
	}
	if !reflect.DeepEqual(built.Totals, rep.Totals) || !reflect.DeepEqual(built.Glossary, rep.Glossary) {
		t.Errorf("report built from results: %+v %+v, Run's: %+v %+v", built.Totals, built.Glossary, rep.Totals, rep.Glossary)
	}
}

type counting struct {
	echo
}

func (c *counting) BackendStats() any {
	c.mu.Lock()
	defer c.mu.Unlock()
	return map[string]int{"requests": c.calls}
}

func TestBackendStatsFromStatsReporter(t *testing.T) {
	in := t.TempDir()
	writeFile(t, filepath.Join(in, "a.txt"), []byte("قال الوزير.\n"))
	writeFile(t, filepath.Join(in, "b.txt"), []byte("وصل الوفد.\n"))
	docs, skipped := collect(t, in)
	out := t.TempDir()
	if _, err := Run(context.Background(), docs, skipped, Options{OutDir: out, Translator: &counting{}, Now: fixed}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(out, "report.json"))
	if !strings.Contains(string(b), `"backend_stats": {`+"\n"+`    "requests": 2`) {
		t.Errorf("report.json lacks the translator's statistics:\n%s", b)
	}
	out = t.TempDir()
	if _, err := Run(context.Background(), docs, skipped, Options{OutDir: out, Translator: &echo{}, Now: fixed}); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "report.json")); strings.Contains(string(b), "backend_stats") {
		t.Errorf("a translator without statistics got some:\n%s", b)
	}
}
