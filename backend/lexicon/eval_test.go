package lexicon

import (
	"bytes"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/internal/devsets"
	"github.com/tarjama/tarjama/internal/evaldata"
)

var evalOut = flag.String("evalout", "", "write hypothesis and reference files of the chrF evaluation into this folder")

// chrF computes corpus chrF (character n-grams up to order, β) exactly as
// ../shared/eval/chrf.py does: whitespace removed, n-gram matches summed
// over the corpus per order, precision and recall averaged over orders.
func chrF(hyps, refs []string, order int, beta float64) float64 {
	type tot struct{ m, h, r int }
	tots := make([]tot, order)
	for i := range hyps {
		h, r := []rune(strings.Join(strings.Fields(hyps[i]), "")), []rune(strings.Join(strings.Fields(refs[i]), ""))
		for n := 1; n <= order; n++ {
			hc, rc := ngrams(h, n), ngrams(r, n)
			m := 0
			for g, c := range hc {
				m += min(c, rc[g])
			}
			tots[n-1].m += m
			tots[n-1].h += max(len(h)-n+1, 0)
			tots[n-1].r += max(len(r)-n+1, 0)
		}
	}
	var p, r float64
	for _, t := range tots {
		if t.h > 0 {
			p += float64(t.m) / float64(t.h)
		}
		if t.r > 0 {
			r += float64(t.m) / float64(t.r)
		}
	}
	p /= float64(order)
	r /= float64(order)
	if p+r == 0 {
		return 0
	}
	b2 := beta * beta
	return 100 * (1 + b2) * p * r / (b2*p + r)
}

func ngrams(s []rune, n int) map[string]int {
	m := make(map[string]int, len(s))
	for i := 0; i+n <= len(s); i++ {
		m[string(s[i:i+n])]++
	}
	return m
}

func TestChrFDefinition(t *testing.T) {
	// Values computed with ../shared/eval/chrf.py.
	for _, c := range []struct {
		hyp, ref []string
		want     float64
	}{
		{[]string{"the cat sat"}, []string{"the cat sat"}, 100},
		{[]string{"abc"}, []string{"xyz"}, 0},
		{[]string{"the president said", "hello world"}, []string{"the president says", "hello, world!"}, 71.18},
		{[]string{"ab"}, []string{"abcdefgh"}, 7.80},
	} {
		got := chrF(c.hyp, c.ref, 6, 2)
		if got < c.want-0.01 || got > c.want+0.01 {
			t.Errorf("chrF(%q, %q) = %.2f, want %.2f", c.hyp, c.ref, got, c.want)
		}
	}
}

// readPUD returns the Arabic original texts and English texts of UD PUD,
// which hold the same sentences in the same order.
func readPUD(tb testing.TB) (ar, en []string) { return flatten(devsets.PUD(tb)) }

// readIWSLT returns the Arabic source and English reference segments of
// IWSLT17 tst2016, matched by document and segment id.
func readIWSLT(tb testing.TB) (ar, en []string) { return flatten(devsets.IWSLT(tb)) }

// flatten joins the documents' sentence pairs in order.
func flatten(docs []devsets.Doc) (ar, en []string) {
	for _, d := range docs {
		ar, en = append(ar, d.Ar...), append(en, d.En...)
	}
	return ar, en
}

func evaluate(t *testing.T, name string, ar, en []string, floor float64) {
	tr := newT(t)
	hyp := translate(t, tr, backend.Text, ar...)
	score := chrF(hyp, en, 6, 2)
	t.Logf("%s: %d segments, chrF2 = %.2f (floor %.1f)", name, len(ar), score, floor)
	if *evalOut != "" {
		if err := os.MkdirAll(*evalOut, 0o755); err != nil {
			t.Fatal(err)
		}
		for suffix, lines := range map[string][]string{".hyp": hyp, ".ref": en, ".src": ar} {
			if err := os.WriteFile(filepath.Join(*evalOut, name+suffix), []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	if score < floor {
		t.Errorf("%s chrF2 = %.2f, below the floor %.1f: a regression", name, score, floor)
	}
}

// TestChrF measures translation quality on UD PUD, IWSLT tst2016, our own
// news and talk references (testdata/ownref) and TICO-19, and
// fails below a floor set just under the last measured score. Run with
// -v to see the scores and -evalout DIR to cross-check with chrf.py.
func TestChrF(t *testing.T) {
	t.Run("ud-pud", func(t *testing.T) {
		ar, en := readPUD(t)
		evaluate(t, "ud-pud", ar, en, floorPUD)
	})
	t.Run("iwslt-tst2016", func(t *testing.T) {
		ar, en := readIWSLT(t)
		evaluate(t, "iwslt-tst2016", ar, en, floorIWSLT)
	})
	for _, set := range []struct {
		dir, name string
		floor     float64
	}{
		{"ownref", "news", floorOwnNews}, {"ownref", "talk", floorOwnTalk},
		{"ownref2", "news", floorOwnNews2}, {"ownref2", "talk", floorOwnTalk2},
		{"ownref3", "news", floorOwnNews3}, {"ownref3", "talk", floorOwnTalk3},
		{"ownref4", "news", floorOwnNews4}, {"ownref4", "talk", floorOwnTalk4},
	} {
		t.Run(set.dir+"-"+set.name, func(t *testing.T) {
			ar, en := readOwnRef(t, set.dir, set.name)
			evaluate(t, set.dir+"-"+set.name, ar, en, set.floor)
		})
	}
	t.Run("tico19", func(t *testing.T) {
		if testing.Short() {
			t.Skip("3,000 segments; skipped with -short")
		}
		ar, en := readTICO(t)
		evaluate(t, "tico19", ar, en, floorTICO)
	})
}

// readOwnRef returns a pair of testdata/ownref or ownref2 (news or talk):
// Arabic written with its English references for tarjama after the rules
// were tuned (see each folder's README), checked for the shape those
// READMEs promise: one sentence per line, LF only, no blank or repeated
// lines, Arabic on the left and none on the right.
func readOwnRef(tb testing.TB, dir, name string) (ar, en []string) {
	read := func(ext string) []string {
		p := filepath.Join("testdata", dir, name+ext)
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		if !bytes.HasSuffix(data, []byte("\n")) || bytes.ContainsRune(data, '\r') {
			tb.Fatalf("%s: want LF line ends and a final LF", p)
		}
		lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
		seen := map[string]int{}
		for i, l := range lines {
			if strings.TrimSpace(l) == "" {
				tb.Fatalf("%s:%d: blank line", p, i+1)
			}
			if j, dup := seen[l]; dup {
				tb.Fatalf("%s:%d: repeats line %d", p, i+1, j)
			}
			seen[l] = i + 1
			if arabic := strings.IndexFunc(l, isArabic) >= 0; arabic != (ext == ".ar") {
				tb.Fatalf("%s:%d: Arabic script where it does not belong", p, i+1)
			}
		}
		return lines
	}
	ar, en = read(".ar"), read(".en")
	if len(ar) != len(en) {
		tb.Fatalf("%s %s: %d Arabic lines, %d English", dir, name, len(ar), len(en))
	}
	return ar, en
}

func isArabic(r rune) bool { return unicode.Is(unicode.Arabic, r) }

// readTICO returns the Arabic and English sides of TICO-19 (a third-party
// TMX, medical and COVID-19 domain): a check on text the rules were not
// tuned on.
func readTICO(tb testing.TB) (ar, en []string) {
	p := evaldata.Path(tb, "tico19/all.en-ar.tmx")
	f, err := os.Open(p)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var doc struct {
		TUs []struct {
			TUVs []struct {
				Lang string `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
				Seg  string `xml:"seg"`
			} `xml:"tuv"`
		} `xml:"body>tu"`
	}
	if err := xml.NewDecoder(f).Decode(&doc); err != nil {
		tb.Fatal(err)
	}
	for _, tu := range doc.TUs {
		var a, e string
		for _, v := range tu.TUVs {
			switch v.Lang {
			case "ar":
				a = strings.TrimSpace(v.Seg)
			case "en":
				e = strings.TrimSpace(v.Seg)
			}
		}
		if a != "" && e != "" {
			ar, en = append(ar, a), append(en, e)
		}
	}
	if len(ar) == 0 {
		tb.Fatal("TICO-19: no segments")
	}
	return ar, en
}

// Floors: the measured scores minus about one point.
const (
	floorPUD   = 45.0 // measured 46.03
	floorIWSLT = 43.0 // measured 44.02
	floorTICO  = 47.6 // measured 48.56
	// testdata/ownref: written after the fourth vocabulary round and
	// measured only until 2026-12-07, when the grammar and vocabulary
	// rounds of that day were kept or dropped by their effect on it too
	// (selected on, never read).
	floorOwnNews = 54.8 // measured 55.84
	floorOwnTalk = 55.0 // measured 55.98
	// testdata/ownref2: written on 2026-12-07 (branch h12-mtref2) and
	// measured only, never read; one helper of that day saw its scores
	// while working (see its README).
	floorOwnNews2 = 53.8 // measured 54.15 at ea5f95f, 54.22 at the end of that day, 54.45 at the end of the next stop, 54.89 at the end of the one after (whose h14-lextalk3 also scored it), 55.11 at the end of the next
	floorOwnTalk2 = 54.8 // measured 53.94 at ea5f95f, 54.29 at the end of that day, 54.38 at the end of the next stop, 55.88 at the end of the one after, 56.27 at the end of the next
	// testdata/ownref3: written on 2026-12-08 (branch h14-mtref4) by a
	// helper that read no lexicon code or data; first measured at the end
	// of that stop, after its rounds (see its README): 54.20 and 54.02,
	// the same after its last two vocabulary rounds; the code at the
	// start of that stop scores 53.76 and 52.68.
	floorOwnNews3 = 53.3 // measured 54.20, 54.30 at the end of the next stop
	floorOwnTalk3 = 53.2 // measured 54.02, 54.15 at the end of the next stop
	// testdata/ownref4: written on 2026-12-08 (branch h15-mtref5) by a
	// helper that read no lexicon code or data; measured at 14b0496 before
	// that stop's rounds (56.54, 57.55), once midway (56.67, 57.58, no
	// decision taken on it) and at its end.
	floorOwnNews4 = 55.7 // measured 56.72
	floorOwnTalk4 = 56.7 // measured 57.67
)

func BenchmarkTranslate(b *testing.B) {
	ar, _ := readPUD(b)
	tr := newT(b)
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		tr.TranslateText(ar[i%len(ar)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkTranslateCold measures the same without the analysis cache, as
// for a text where every word is new.
func BenchmarkTranslateCold(b *testing.B) {
	ar, _ := readPUD(b)
	lex, err := Load(dataFS)
	if err != nil {
		b.Fatal(err)
	}
	lex.noCache = true
	tr := NewWithLexicon(lex)
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		tr.TranslateText(ar[i%len(ar)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}
