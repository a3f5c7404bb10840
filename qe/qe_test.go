package qe

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/internal/devsets"
)

func TestScoreOrdersObviousCases(t *testing.T) {
	sc := newScorer(t, nil)
	src := "وناقش الكاظمي والمبعوث الامريكي بريت ماكغورك يوم الخميس القضية في بغداد."
	good := "al-Kadhimi and US Envoy Brett McGurk discussed the issue in Baghdad on Thursday."
	p := func(tgt string) corpus.Pair { return corpus.Pair{SrcLang: "ar", TgtLang: "en", Src: src, Tgt: tgt} }
	g := sc.Score(p(good))
	for name, bad := range map[string]string{
		"untranslated": src,
		"truncated":    "al-Kadhimi and US Envoy Brett McGurk discussed the",
		"unrelated":    "The weather will be sunny tomorrow in most of the country.",
		"french":       "Al-Kadhimi et l'envoyé américain Brett McGurk ont discuté jeudi de la question à Bagdad.",
	} {
		if s := sc.Score(p(bad)); !(s < g) {
			t.Errorf("%s scores %.3f, not below the good pair's %.3f", name, s, g)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if g < 0.5 {
		t.Errorf("good pair scores %.3f", g)
	}
	// The other direction is scored with sides swapped.
	swapped := corpus.Pair{SrcLang: "en", TgtLang: "ar", Src: good, Tgt: src}
	if s := sc.Score(swapped); s != g {
		t.Errorf("en→ar pair scores %.3f, ar→en %.3f", s, g)
	}
}

func TestWriterSetsQE(t *testing.T) {
	sc := newScorer(t, nil)
	var buf bytes.Buffer
	w := NewWriter(context.Background(), corpus.NewJSONLWriter(&buf), sc, 2)
	for _, tgt := range []string{"Thank you very much.", "Thanks.", "The meeting was held."} {
		if err := w.Write(corpus.Pair{ID: "d#1", SrcLang: "ar", TgtLang: "en", Src: "شكرا جزيلا.", Tgt: tgt}); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), `"qe":`); n != 3 {
		t.Errorf("%d lines with qe:\n%s", n, buf.String())
	}
}

func TestCharPR(t *testing.T) {
	var b scratch
	p, r := charPR(&b, []rune("abc"), []rune("abc"))
	if p != 1 || r != 1 {
		t.Errorf("identical: %v %v", p, r)
	}
	p, r = charPR(&b, []rune("abcdef"), []rune("abc"))
	if !(p < 1 && r == 1) {
		t.Errorf("hyp longer: precision %v recall %v", p, r)
	}
}

func TestNumbers(t *testing.T) {
	var b scratch
	if m := numberMismatch(&b, "في عام ٢٠٢١ قتل 1,234 شخصا", "In 2021, 1234 people were killed"); m != 0 {
		t.Errorf("same numbers: mismatch %v", m)
	}
	if m := numberMismatch(&b, "في عام 2021", "In 2020"); m != 1 {
		t.Errorf("different numbers: mismatch %v", m)
	}
}

// BenchmarkScore scores PUD pairs one batch of 64 at a time with the
// lexicon: translation included.
func BenchmarkScore(b *testing.B) {
	var pairs []corpus.Pair
	for _, d := range devsets.PUD(b) {
		for i := range d.Ar {
			pairs = append(pairs, corpus.Pair{SrcLang: "ar", TgtLang: "en", Src: d.Ar[i], Tgt: d.En[i]})
		}
	}
	sc := newScorer(b, nil)
	ctx := context.Background()
	b.ResetTimer()
	n := 0
	for n < b.N {
		k := min(64, b.N-n)
		start := n % (len(pairs) - 64)
		if _, err := sc.ScoreBatch(ctx, pairs[start:start+k]); err != nil {
			b.Fatal(err)
		}
		n += k
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pairs/s")
}

// BenchmarkScoreNoisy scores the report split's mix of good and noisy
// pairs (mostly noise, so language identification runs far more often
// than on a clean corpus).
func BenchmarkScoreNoisy(b *testing.B) {
	_, report := splits(b)
	pairs := make([]corpus.Pair, len(report))
	for i, e := range report {
		pairs[i] = e.P
	}
	sc := newScorer(b, nil)
	ctx := context.Background()
	b.ResetTimer()
	for n := 0; n < b.N; {
		k := min(64, b.N-n)
		start := n % (len(pairs) - 64)
		if _, err := sc.ScoreBatch(ctx, pairs[start:start+k]); err != nil {
			b.Fatal(err)
		}
		n += k
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pairs/s")
}
