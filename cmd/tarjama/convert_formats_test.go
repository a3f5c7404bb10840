package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/corpus"
)

// Every format of the table round-trips through convert: JSONL → format →
// JSONL gives the same pairs (their text and languages; IDs, documents,
// alignment, score, backend and glossary misses too for the formats that
// carry them).
func TestConvertEveryFormatRoundTrips(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	pairs := []corpus.Pair{
		{ID: "a.txt#1", Doc: "a.txt", SrcLang: "ar", TgtLang: "en", Src: "قال بايدن إن «الشراكة» مهمة.", Tgt: "Biden said the \"partnership\" matters.",
			Align: "1-1", Score: 0.91, HasScore: true, Backend: "lexicon",
			Glossary: []corpus.Term{{Source: "بايدن", Target: "Biden", Status: "missing"}}},
		{ID: "b.txt#1", Doc: "b.txt", SrcLang: "ar", TgtLang: "en", Src: "<نعم> & لا", Tgt: "<yes> & no", Align: "2-1", Score: 0.4, HasScore: true},
	}
	fw, err := corpus.Create(in, corpus.CreateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pairs {
		fw.Write(p)
	}
	if err := fw.Close(); err != nil {
		t.Fatal(err)
	}
	for _, spec := range corpus.Table {
		for _, version := range []string{"", corpus.XLIFF12} {
			if version != "" && spec.Name != corpus.XLIFF {
				continue
			}
			name := string(spec.Name) + version
			t.Run(name, func(t *testing.T) {
				mid := filepath.Join(dir, name)
				if len(spec.Exts) > 0 {
					mid += spec.Exts[len(spec.Exts)-1]
				}
				if _, err := convert(t, in, mid, func(o *convertOptions) { o.XLIFFVersion = version }); err != nil {
					t.Fatal(err)
				}
				back := filepath.Join(dir, name+".back.jsonl")
				if _, err := convert(t, mid, back, nil); err != nil {
					t.Fatal(err)
				}
				got := readPairs(t, back, corpus.OpenOptions{})
				if len(got) != len(pairs) {
					t.Fatalf("%d pairs back, want %d", len(got), len(pairs))
				}
				for i, w := range pairs {
					g := got[i]
					if g.Src != w.Src || g.Tgt != w.Tgt || g.SrcLang != w.SrcLang || g.TgtLang != w.TgtLang {
						t.Errorf("pair %d: %+v, want %+v", i, g, w)
					}
					if !spec.LangsOnce && (g.ID != w.ID || g.Doc != w.Doc || g.Align != w.Align || g.Score != w.Score ||
						g.Backend != w.Backend || len(g.Misses()) != len(w.Misses())) {
						t.Errorf("pair %d metadata: %+v, want %+v", i, g, w)
					}
				}
				if version != "" {
					if b, _ := os.ReadFile(mid); !strings.Contains(string(b), `version="1.2"`) {
						t.Errorf("--xliff-version 1.2 wrote %.200s", b)
					}
				}
			})
		}
	}
}
