package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/corpus/training"
)

// A lone filter flag on translate filters but does not split: no dev.* or
// test.* files appear.
func TestTranslateFilterWithoutSplit(t *testing.T) {
	out := translateSample(t, "--dedup", "exact", "--quiet")
	for _, name := range []string{"dev.jsonl", "test.jsonl", "dev.tmx", "test.tmx"} {
		if _, err := os.Stat(filepath.Join(out, name)); err == nil {
			t.Errorf("%s written without --split", name)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "train.jsonl")); err != nil {
		t.Errorf("train.jsonl: %v", err)
	}
}

// The quota split fills every part with a share, by document, on the small
// corpora where hashing left the test part empty (issue 15: 8 documents,
// --split 0.6,0.2,0.2 and 0.8,0.1,0.1, seed 1).
func TestExportSplitFillsQuotas(t *testing.T) {
	var pairs []corpus.Pair
	for d := 0; d < 8; d++ {
		for i := 0; i < 5; i++ {
			pairs = append(pairs, corpus.Pair{
				ID: fmt.Sprintf("doc%d.txt#%d", d, i+1), Doc: fmt.Sprintf("doc%d.txt", d), SrcLang: "ar", TgtLang: "en",
				Src: fmt.Sprintf("قال المتحدث في البيان رقم %d من الوثيقة %d", i, d),
				Tgt: fmt.Sprintf("The spokesman said in statement %d of document %d", i, d),
			})
		}
	}
	in := filepath.Join(writeJSONL(t, t.TempDir(), pairs), "corpus.jsonl")
	for _, split := range []string{"0.6,0.2,0.2", "0.8,0.1,0.1"} {
		t.Run(split, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "export")
			code, _, stderr := runCLI(t, "", "export", "--out", out, "--format", "jsonl", "--split", split, "--seed", "1", "--quiet", in)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			total := 0
			for _, part := range []string{"train", "dev", "test"} {
				n := len(readPairs(t, filepath.Join(out, part+".jsonl"), corpus.OpenOptions{}))
				if n == 0 {
					t.Errorf("%s is empty", part)
				}
				total += n
			}
			if total != len(pairs) {
				t.Errorf("%d pairs written, want %d", total, len(pairs))
			}
		})
	}
}

// --lang-id drops a pair whose target is in another language, and --min-qe
// drops a pair whose target does not translate its source; clean pairs stay.
func TestExportScoringFilters(t *testing.T) {
	good := []corpus.Pair{
		{Src: "قال الرئيس الأمريكي جو بايدن إن الولايات المتحدة ستسحب قواتها من العراق.", Tgt: "US President Joe Biden said that the United States will withdraw its forces from Iraq."},
		{Src: "وصل رئيس الوزراء العراقي إلى واشنطن يوم الاثنين لإجراء محادثات في البيت الأبيض.", Tgt: "The Iraqi prime minister arrived in Washington on Monday for talks at the White House."},
	}
	french := corpus.Pair{Src: "قال المتحدث باسم الحكومة إن الاجتماع سيعقد الأسبوع المقبل في العاصمة.", Tgt: "Le porte-parole du gouvernement a déclaré que la réunion aura lieu la semaine prochaine dans la capitale."}
	wrong := corpus.Pair{Src: "ارتفعت أسعار النفط في الأسواق العالمية بعد قرار منظمة أوبك خفض الإنتاج.", Tgt: "The children played football in the garden until their mother called them for dinner."}
	var pairs []corpus.Pair
	for i, p := range append(good, french, wrong) {
		p.ID, p.Doc, p.SrcLang, p.TgtLang = fmt.Sprintf("d.txt#%d", i+1), "d.txt", "ar", "en"
		pairs = append(pairs, p)
	}
	in := filepath.Join(writeJSONL(t, t.TempDir(), pairs), "corpus.jsonl")
	cases := []struct {
		flag string
		drop string // the target that must be gone
	}{
		{"--lang-id", french.Tgt},
		{"--min-qe=0.9", wrong.Tgt},
	}
	for _, c := range cases {
		t.Run(c.flag, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "export")
			code, _, stderr := runCLI(t, "", "export", "--out", out, "--format", "jsonl", "--quiet", "--dedup", "none", c.flag, in)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			kept := readPairs(t, filepath.Join(out, "train.jsonl"), corpus.OpenOptions{})
			var tgts []string
			for _, p := range kept {
				tgts = append(tgts, p.Tgt)
			}
			all := strings.Join(tgts, "\n")
			if strings.Contains(all, c.drop) {
				t.Errorf("%s kept %q", c.flag, c.drop)
			}
			for _, g := range good {
				if !strings.Contains(all, g.Tgt) {
					t.Errorf("%s dropped the good pair %q", c.flag, g.Tgt)
				}
			}
			rep, err := os.ReadFile(filepath.Join(out, training.ReportName))
			if err != nil || !strings.Contains(string(rep), "_dropped") {
				t.Errorf("export report does not count the drop: %s %v", rep, err)
			}
		})
	}
}
