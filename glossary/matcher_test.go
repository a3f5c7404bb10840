package glossary

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/internal/evaldata"
	"github.com/tarjama/tarjama/internal/golden"
)

func TestNormalize(t *testing.T) {
	tests := map[string]string{
		"الكَاظِمِيُّ":              "الكاظمي",
		"الكـــاظمى":                "الكاظمي",
		"أإآٱا":                     "ااااا",
		"مسؤول مسئول":               "مسوول مسيول",
		"منظمة":                     "منظمه",
		"ماکغورک بایدن":             "ماكغورك بايدن",
		"ڤلاديمير پوتين":            "فلاديمير بوتين",
		"ماكگورك":                   "ماككورك",
		"كوفيد–19 كوفيد—19 O’Brien": "كوفيد-19 كوفيد-19 o'brien",
		"ﺑﺎﻳﺪﻥ":                     "بايدن",
		"\u200fبايدن\u200f":         "بايدن",
		"كوفيد-١٩ COVID-۱۹":         "كوفيد-19 covid-19",
		"  عين \n\t الأسد  ":        "عين الاسد",
		"ف\uFEFBديمير":              "فلاديمير",
		"Joe  Biden":                "joe biden",
		"مصطفى، الكاظمي":            "مصطفي،الكاظمي",
		"\u0627\u0654\u0645ل":       "امل",
	}
	for in, want := range tests {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFindPrefersWholeWordAndArticle(t *testing.T) {
	g := New("ar", "en")
	g.Add(Entry{Source: "الأسد", Target: "al-Assad"})
	g.Add(Entry{Source: "أسد", Target: "lion"})
	g.Add(Entry{Source: "بغداد", Target: "Baghdad"})
	g.Add(Entry{Source: "غداد", Target: "WRONG"})
	m := NewMatcher(g)
	for text, want := range map[string]string{
		"الأسد":  "al-Assad",
		"بالأسد": "al-Assad",
		"أسد":    "lion",
		"وأسد":   "lion",
		"بغداد":  "Baghdad", // not ب + غداد
		"ببغداد": "Baghdad",
	} {
		got := m.Find(text)
		if len(got) != 1 || got[0].Entry.Target != want {
			t.Errorf("Find(%q) = %v, want %s", text, surfaces(got), want)
		}
	}
}

func TestFindMultiWordGaps(t *testing.T) {
	g := New("ar", "en")
	g.Add(Entry{Source: "مصطفى الكاظمي", Target: "Mustafa al-Kadhimi"})
	g.Add(Entry{Source: "كوفيد-19", Target: "COVID-19"})
	m := NewMatcher(g)
	for text, want := range map[string]int{
		"مصطفى الكاظمي":             1,
		"مصطفى \u00a0 الكاظمي":      1,
		"مصطفى\r\nالكاظمي":          1, // a wrapped line
		"مصطفى\n\nالكاظمي":          0, // two paragraphs
		"مصطفى\r\n \r\nالكاظمي":     0,
		"مصطفى\u2029الكاظمي":        0,
		"مصطفى، الكاظمي":            0,
		"مصطفى - الكاظمي":           0,
		"كوفيد - 19":                1, // spacing around the hyphen does not matter
		"كوفيد 19":                  0,
		"مصطفى\u200f الكاظمي\u200f": 1,
	} {
		if got := m.Find(text); len(got) != want {
			t.Errorf("Find(%q) = %v, want %d match(es)", text, surfaces(got), want)
		}
	}
}

func TestFindCompoundNames(t *testing.T) {
	g := New("ar", "en")
	g.Add(Entry{Source: "عبد الله الثاني", Target: "Abdullah II"})
	g.Add(Entry{Source: "عبدالعزيز", Target: "Abdulaziz"})
	m := NewMatcher(g)
	for text, want := range map[string]string{
		"الملك عبد الله الثاني": "Abdullah II",
		"الملك عبدالله الثاني":  "Abdullah II",
		"وعبدالله الثاني":       "Abdullah II",
		"عبد العزيز":            "Abdulaziz",
		"لعبدالعزيز":            "Abdulaziz",
		"عبد":                   "",
		"عبدالله":               "",
	} {
		got := m.Find(text)
		if want == "" && len(got) != 0 || want != "" && (len(got) != 1 || got[0].Entry.Target != want) {
			t.Errorf("Find(%q) = %v, want %q", text, surfaces(got), want)
		}
	}
}

func TestFindLamLam(t *testing.T) {
	g := New("ar", "en")
	g.Add(Entry{Source: "اللاذقية", Target: "Latakia"})
	g.Add(Entry{Source: "الكاظمي", Target: "al-Kadhimi"})
	g.Add(Entry{Source: "لبنان", Target: "Lebanon"})
	m := NewMatcher(g)
	for text, want := range map[string]string{
		"للاذقية":   "Latakia|ل",  // standard: ل + اللاذقية
		"لللاذقية":  "Latakia|لل", // spelled out
		"وللاذقية":  "Latakia|ول",
		"للكاظمي":   "al-Kadhimi|لل",
		"للبنان":    "Lebanon|ل",
		"لاذقية":    "", // the article is required
		"لكاظمي":    "",
		"فللاذقيته": "",
	} {
		got := m.Find(text)
		s := ""
		if len(got) == 1 {
			s = got[0].Entry.Target + "|" + got[0].Prefix
		}
		if s != want || len(got) > 1 {
			t.Errorf("Find(%q) = %v (%q), want %q", text, surfaces(got), s, want)
		}
	}
}

func TestFindFirstEntryWins(t *testing.T) {
	g := New("ar", "en")
	g.Add(Entry{Source: "بايدن", Target: "Biden"})
	g.Add(Entry{Source: "بايدن", Target: "Baiden"})
	g.Add(Entry{Source: "ترامب", Target: ""}) // no target: ignored
	m := NewMatcher(g)
	if got := m.Find("بايدن وترامب"); len(got) != 1 || got[0].Index != 0 {
		t.Errorf("got %v", surfaces(got))
	}
	if NewMatcher(nil).Find("بايدن") != nil || NewMatcher(New("ar", "en")).Find("بايدن") != nil {
		t.Error("empty matcher found something")
	}
}

// checkMatches asserts the invariants every Find result keeps.
func checkMatches(t *testing.T, text string, ms []Match) {
	t.Helper()
	last := 0
	for i, m := range ms {
		if m.Start < last || m.Start > m.TermStart || m.TermStart >= m.End || m.End > len(text) {
			t.Fatalf("match %d [%d %d %d] out of order or bounds (previous end %d, len %d)", i, m.Start, m.TermStart, m.End, last, len(text))
		}
		if text[m.Start:m.End] != m.Surface || text[m.Start:m.TermStart] != m.Prefix {
			t.Fatalf("match %d: surface %q / prefix %q disagree with offsets", i, m.Surface, m.Prefix)
		}
		last = m.End
	}
}

func FuzzFind(f *testing.F) {
	g, err := Load("testdata/glossary.tsv")
	if err != nil {
		f.Fatal(err)
	}
	m := NewMatcher(g)
	for _, s := range []string{"التقى بايدن بالكاظمي وللكاظمي", "مصطفى\u200f الكاظمي، عين الأسد", "ف\uFEFBديمير بوتين", "كوفيد-١٩", "<b>&amp; بايدن</b>", "\u064bبايدن\u0651"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ms := m.Find(text)
		checkMatches(t, text, ms)
		// Protecting and restoring an unchanged text verifies every term.
		for _, mk := range []Markup{MarkupText, MarkupHTML} {
			p := m.Protect(text, mk)
			_, checks := p.Restore(p.Text)
			if len(checks) != len(ms) {
				t.Fatalf("%d checks for %d matches", len(checks), len(ms))
			}
			for _, c := range checks {
				if c.Status != StatusOK {
					t.Fatalf("markup %d: identity restore of %q gives %s for %q", mk, p.Text, c.Status, c.Surface)
				}
			}
		}
	})
}

func TestSampleArticle(t *testing.T) {
	g, err := Load("testdata/glossary.tsv")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("../samples/articles/biden-kadhimi.txt")
	if err != nil {
		t.Skip("sample article not found")
	}
	text := string(data)
	m := NewMatcher(g)
	ms := m.Find(text)
	checkMatches(t, text, ms)
	var b strings.Builder
	for _, mt := range ms {
		fmt.Fprintf(&b, "%d\t%d\t%s\t%s\t%s\n", mt.Start, mt.End, mt.Prefix, mt.Surface, mt.Entry.Target)
	}
	golden.Check(t, "testdata/sample_article.golden", []byte(b.String()))
	for _, mk := range []Markup{MarkupText, MarkupHTML} {
		p := m.Protect(text, mk)
		_, checks := p.Restore(simEngine(p.Text))
		for _, c := range checks {
			if c.Status != StatusOK {
				t.Errorf("markup %d: %s %s", mk, c.Surface, c.Status)
			}
		}
	}
}

// synthGlossary makes n distinct multi-word Arabic names, deterministic.
func synthGlossary(n int) *Glossary {
	r := rand.New(rand.NewSource(1))
	letters := []rune("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
	word := func() string {
		k := 3 + r.Intn(5)
		w := make([]rune, k)
		for i := range w {
			w[i] = letters[r.Intn(len(letters))]
		}
		return string(w)
	}
	g := New("ar", "en")
	seen := map[string]bool{}
	for len(g.Entries) < n {
		var ws []string
		for k := 1 + r.Intn(3); k > 0; k-- {
			ws = append(ws, word())
		}
		if r.Intn(3) == 0 {
			ws[0] = "ال" + ws[0]
		}
		s := strings.Join(ws, " ")
		if seen[s] {
			continue
		}
		seen[s] = true
		g.Add(Entry{Source: s, Target: fmt.Sprintf("Name%d", len(g.Entries))})
	}
	return g
}

func benchFind(b *testing.B, text string) {
	g := synthGlossary(10000)
	tg, err := Load("testdata/glossary.tsv")
	if err != nil {
		b.Fatal(err)
	}
	g.Entries = append(g.Entries, tg.Entries...)
	m := NewMatcher(g)
	if len(m.Find(text)) == 0 {
		b.Fatal("no matches in the benchmark text")
	}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Find(text)
	}
}

// BenchmarkFind: a 10,000-entry glossary over ~1 MB of the sample article.
func BenchmarkFind(b *testing.B) {
	data, err := os.ReadFile("../samples/articles/biden-kadhimi.txt")
	if err != nil {
		b.Skip("sample article not found")
	}
	benchFind(b, strings.Repeat(string(data), 1<<20/len(data)))
}

// BenchmarkFindNewsCommentary: the same over 1,637 News Commentary sentences.
func BenchmarkFindNewsCommentary(b *testing.B) {
	data, err := os.ReadFile(evaldata.Path(b, "ersatz-seg/news-commentary-v15.dev.ar"))
	if err != nil {
		b.Fatal(err)
	}
	benchFind(b, string(data)+" بايدن")
}

func synthTSV(n int) []byte {
	var buf bytes.Buffer
	if err := synthGlossary(n).Write(&buf); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// BenchmarkLoad100k parses a 100,000-entry glossary.
func BenchmarkLoad100k(b *testing.B) {
	data := synthTSV(100000)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Parse(bytes.NewReader(data), "bench"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadAndIndex100k parses a 100,000-entry glossary and builds its
// matcher: what translate does before starting.
func BenchmarkLoadAndIndex100k(b *testing.B) {
	data := synthTSV(100000)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g, err := Parse(bytes.NewReader(data), "bench")
		if err != nil {
			b.Fatal(err)
		}
		NewMatcher(g)
	}
}

// FuzzRestore feeds Restore arbitrary engine output: it never panics, gives
// one check per match, and every target not reported missing is in the
// restored text.
func FuzzRestore(f *testing.F) {
	g, err := Load("testdata/glossary.tsv")
	if err != nil {
		f.Fatal(err)
	}
	m := NewMatcher(g)
	f.Add("التقى بايدن بالكاظمي", `w <span translate="no">BIDEN</span> with <span translate='no'>al kadhimi`, true)
	f.Add("عين الأسد", "Ain-al-Asad base", false)
	f.Add("مصطفى الكاظمي وبايدن", "<span>&amp;</span> Mustafa Al-Kadhimi, biden", false)
	f.Fuzz(func(t *testing.T, src, engine string, html bool) {
		mk := MarkupText
		if html {
			mk = MarkupHTML
		}
		p := m.Protect(src, mk)
		out, checks := p.Restore(engine)
		if len(checks) != len(p.Matches) {
			t.Fatalf("%d checks for %d matches", len(checks), len(p.Matches))
		}
		for _, c := range checks {
			if c.Status == StatusMissing {
				continue
			}
			if !strings.Contains(strings.ToLower(out), strings.ToLower(c.Entry.Target)) {
				t.Fatalf("%s %q but %q is not in %q", c.Status, c.Surface, c.Entry.Target, out)
			}
		}
	})
}

// TestMatcherConcurrent runs Find from many goroutines at once (the
// pipeline does so per segment): results equal the sequential ones.
func TestMatcherConcurrent(t *testing.T) {
	m, cases := loadAdherence(t)
	want := make([]string, len(cases))
	for i, c := range cases {
		want[i] = strings.Join(surfaces(m.Find(c.Text)), ",")
	}
	errs := make(chan string, 8)
	for w := 0; w < 8; w++ {
		go func(w int) {
			for k := 0; k < 20; k++ {
				for i := range cases {
					j := (i + w + k) % len(cases)
					if got := strings.Join(surfaces(m.Find(cases[j].Text)), ","); got != want[j] {
						errs <- fmt.Sprintf("%s: %s, want %s", cases[j].Name, got, want[j])
						return
					}
				}
			}
			errs <- ""
		}(w)
	}
	for w := 0; w < 8; w++ {
		if e := <-errs; e != "" {
			t.Error(e)
		}
	}
}
