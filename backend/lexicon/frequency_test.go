package lexicon

import (
	"os"
	"strings"
	"testing"
)

// TestFrequencyListKnown guards the core vocabulary: every form of
// testdata/frequency13b_ar.tsv, a list of the most frequent MSA lemmas with
// common inflected forms written from our own knowledge (issue 18, round
// 13b), must be read by the lexicon, not transliterated as an unknown word.
// A data edit that shadows or drops one of them fails here.
func TestFrequencyListKnown(t *testing.T) {
	b, err := os.ReadFile("testdata/frequency13b_ar.tsv")
	if err != nil {
		t.Fatal(err)
	}
	tr := newT(t)
	e := tr.NewExplainer()
	lemmas, forms := 0, 0
	for i, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 || cols[1] == "" || cols[2] == "" {
			t.Errorf("frequency13b_ar.tsv:%d: want FORMS<TAB>POS<TAB>ENGLISH, got %q", i+1, line)
			continue
		}
		lemmas++
		for _, f := range strings.Fields(cols[0]) {
			forms++
			if x := e.Line(f); len(x.Unknown) > 0 {
				t.Errorf("frequency13b_ar.tsv:%d: %s (%s, %s) is unknown: %q", i+1, f, cols[1], cols[2], x.Text)
			}
		}
	}
	if lemmas < 1500 {
		t.Errorf("only %d lemmas (%d forms) read", lemmas, forms)
	}
}
