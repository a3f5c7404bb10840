package docalign

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/backend/lexicon"
	"github.com/tarjama/tarjama/internal/devsets"
)

// genDocs makes n target articles of about 300 words drawn from a Zipf
// vocabulary of 50,000 words with numbers and names, and sources that are
// noisy copies of them (10% of words replaced, 5% of sources and targets
// without counterpart), as an identity-translated source would look.
func genDocs(n int) (src, tgt []Doc) {
	rng := rand.New(rand.NewPCG(1, 2))
	z := rand.NewZipf(rng, 1.1, 2, 49_999)
	word := func() string {
		if rng.IntN(40) == 0 {
			return fmt.Sprint(rng.IntN(100_000))
		}
		return fmt.Sprintf("w%d", z.Uint64())
	}
	for i := 0; i < n; i++ {
		var t, s []string
		for k := 0; k < 300; k++ {
			w := word()
			t = append(t, w)
			if rng.IntN(10) == 0 {
				w = word()
			}
			s = append(s, w)
		}
		if i%20 != 0 {
			tgt = append(tgt, Doc{fmt.Sprintf("t%05d", i), strings.Join(t, " ")})
		}
		if i%20 != 1 {
			src = append(src, Doc{fmt.Sprintf("s%05d", i), strings.Join(s, " ")})
		}
	}
	return src, tgt
}

// BenchmarkAlign10k aligns 10,000 × 10,000 generated articles (indexing,
// candidates, scoring, assignment; no translation: see the lexicon's
// BenchmarkTranslate for that part).
func BenchmarkAlign10k(b *testing.B) {
	src, tgt := genDocs(10_000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		pairs, err := Align(context.Background(), src, tgt, Options{})
		if err != nil {
			b.Fatal(err)
		}
		ok := 0
		for _, p := range pairs {
			if p.Src.Path[1:] == p.Tgt.Path[1:] {
				ok++
			}
		}
		b.ReportMetric(float64(len(pairs)), "pairs")
		b.ReportMetric(float64(ok)/float64(len(pairs)), "precision")
	}
}

// BenchmarkAlign10kLexicon is the whole run on 10,000 × 10,000 articles of
// 10 sentences drawn at random from the development sets (PUD, IWSLT,
// TICO-19), sources translated by the lexicon.
func BenchmarkAlign10kLexicon(b *testing.B) {
	var ar, en []string
	for _, set := range [][]devsets.Doc{devsets.PUD(b), devsets.IWSLT(b), devsets.TICO(b)} {
		for _, d := range set {
			ar, en = append(ar, d.Ar...), append(en, d.En...)
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	var src, tgt []Doc
	for i := 0; i < 10_000; i++ {
		var a, e []string
		for k := 0; k < 10; k++ {
			j := rng.IntN(len(ar))
			a, e = append(a, ar[j]), append(e, en[j])
		}
		src = append(src, Doc{fmt.Sprintf("s%05d", i), strings.Join(a, "\n")})
		tgt = append(tgt, Doc{fmt.Sprintf("t%05d", i), strings.Join(e, "\n")})
	}
	tr, err := lexicon.New()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		pairs, err := Align(context.Background(), src, tgt, Options{Translator: tr, SrcLang: "ar", TgtLang: "en"})
		if err != nil {
			b.Fatal(err)
		}
		ok := 0
		for _, p := range pairs {
			if p.Src.Path[1:] == p.Tgt.Path[1:] {
				ok++
			}
		}
		b.ReportMetric(float64(len(pairs)), "pairs")
		b.ReportMetric(float64(ok)/float64(len(pairs)), "precision")
	}
}
