package filter

import (
	"encoding/json"
	"fmt"
	"golang.org/x/text/unicode/norm"
	"math"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/corpus"
)

type filterCase struct {
	Name         string  `json:"name"`
	Src          string  `json:"src"`
	Tgt          string  `json:"tgt"`
	SrcRepeat    []any   `json:"src_repeat"`
	TgtRepeat    []any   `json:"tgt_repeat"`
	Score        float64 `json:"score"`
	GlossaryMiss bool    `json:"glossary_miss"`
	Want         Reason  `json:"want"`
}

func (c filterCase) pair(i int) corpus.Pair {
	rep := func(s string, r []any) string {
		if len(r) == 2 {
			return strings.Repeat(r[0].(string), int(r[1].(float64)))
		}
		return s
	}
	p := corpus.Pair{ID: fmt.Sprintf("d#%d", i), Doc: "d", SrcLang: "ar", TgtLang: "en",
		Src: rep(c.Src, c.SrcRepeat), Tgt: rep(c.Tgt, c.TgtRepeat), Score: c.Score, HasScore: c.Score != 0}
	if c.GlossaryMiss {
		p.Glossary = []corpus.Term{{Source: "ماكغورك", Target: "McGurk", Status: "missing"}}
	}
	return p
}

// TestCases runs testdata/cases.json in order through one filter with the
// export defaults and a 0.3 score threshold.
func TestCases(t *testing.T) {
	data, err := os.ReadFile("testdata/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []filterCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	opts := DefaultOptions()
	opts.MinScore = 0.3
	f, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	want := Summary{}
	for i, c := range cases {
		_, got := f.Check(c.pair(i))
		if got != c.Want {
			t.Errorf("%d %s: got %q, want %q", i, c.Name, got, c.Want)
		}
		want.Read++
		if c.Want == Kept {
			want.Kept++
		} else {
			*want.Removed.counter(c.Want)++
		}
	}
	s := f.Summary()
	if s.Read != want.Read || s.Kept != want.Kept || s.Removed != want.Removed {
		t.Errorf("summary %+v, want %+v", s, want)
	}
	if s.Train.Pairs+s.Dev.Pairs+s.Test.Pairs != s.Kept || s.Train.Docs+s.Dev.Docs+s.Test.Docs != 1 {
		t.Errorf("parts %+v %+v %+v", s.Train, s.Dev, s.Test)
	}
}

func TestSplitByDocument(t *testing.T) {
	opts := Options{Split: [3]float64{0.8, 0.1, 0.1}, Seed: 7}
	f, _ := New(opts)
	f2, _ := New(opts)
	partOf := map[string]Part{}
	for i := 0; i < 50000; i++ {
		doc := fmt.Sprintf("doc%d", i%10000)
		p := corpus.Pair{ID: fmt.Sprint(i), Doc: doc, Src: "a", Tgt: "b"}
		part, reason := f.Check(p)
		if reason != Kept {
			t.Fatalf("zero options removed a pair: %s", reason)
		}
		if prev, ok := partOf[doc]; ok && prev != part {
			t.Fatalf("%s in %s and %s", doc, prev, part)
		}
		partOf[doc] = part
		if part2, _ := f2.Check(p); part2 != part {
			t.Fatal("split is not deterministic")
		}
	}
	s := f.Summary()
	if s.Train.Docs+s.Dev.Docs+s.Test.Docs != 10000 {
		t.Errorf("docs %+v", s)
	}
	for _, c := range []struct {
		got  int
		want float64
	}{{s.Train.Docs, 8000}, {s.Dev.Docs, 1000}, {s.Test.Docs, 1000}} {
		if math.Abs(float64(c.got)-c.want) > 4*math.Sqrt(c.want) {
			t.Errorf("split %+v far from 80/10/10", s)
		}
	}
	g, _ := New(Options{Split: [3]float64{0.8, 0.1, 0.1}, Seed: 8})
	moved := 0
	for doc, part := range partOf {
		if g.PartOf(doc) != part {
			moved++
		}
	}
	if moved < 1000 {
		t.Errorf("another seed moved only %d of 10000 documents", moved)
	}
	h, _ := New(Options{})
	if h.PartOf("x") != Train || h.Uses(Dev) || h.Uses(Test) || !h.Uses(Train) {
		t.Error("zero split must put everything in train")
	}
	k, _ := New(Options{Split: [3]float64{0.9, 0.1, 0}})
	if !k.Uses(Dev) || k.Uses(Test) {
		t.Error("0.9,0.1,0: want train and dev only")
	}
}

func TestParseSplit(t *testing.T) {
	for in, want := range map[string][3]float64{
		"0.9,0.05,0.05": {0.9, 0.05, 0.05}, "1": {1, 0, 0}, "0.9,0.1": {0.9, 0.1, 0}, "80,10,10": {0.8, 0.1, 0.1},
	} {
		got, err := ParseSplit(in)
		if err != nil || got != want {
			t.Errorf("ParseSplit(%q) = %v, %v", in, got, err)
		}
	}
	for _, in := range []string{"", "0.5,0.2", "a,b,c", "-0.1,1.1", "0.5,0.25,0.25,0", "NaN"} {
		if _, err := ParseSplit(in); err == nil {
			t.Errorf("ParseSplit(%q): no error", in)
		}
	}
}

func TestValidate(t *testing.T) {
	for _, o := range []Options{
		{Dedup: "fuzzy"}, {MinTokens: 5, MaxTokens: 2}, {MaxRatio: 0.5}, {MinScriptShare: 2},
		{Split: [3]float64{-1, 0, 0}}, {MinTokens: -1},
	} {
		if _, err := New(o); err == nil {
			t.Errorf("New(%+v): no error", o)
		}
	}
}

func TestTokens(t *testing.T) {
	for _, c := range []struct {
		s, lang string
		want    int
	}{
		{"قال المتحدث  اليوم", "ar", 3}, {" Hello,\tworld \u00a0! ", "en", 3}, {"", "en", 0},
		{"我们今天去北京。", "zh-Hans", 7}, {"東京へ行きます", "ja", 7}, {"สวัสดีครับ", "th", 7},
	} {
		if got := Tokens(c.s, c.lang); got != c.want {
			t.Errorf("Tokens(%q, %s) = %d, want %d", c.s, c.lang, got, c.want)
		}
	}
}

func TestNormalizeAndScripts(t *testing.T) {
	for in, want := range map[string]string{
		"Hello, World!": "helloworld", "مَدْرَسَةٌ": "مدرسه", "أحمد إلى آخر": "احمدالياخر",
		"Café ١٢٣ ۴": "cafe1234", "ﷲ": "الله", "": "",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
	for lang, share := range map[string]float64{"ar": 0.5, "ar-SA": 0.5, "en": 0.5, "sr-Latn": 0.5, "ru": 0} {
		s, ok := ScriptShare("مرحبا hello", Scripts(lang))
		if !ok || s != share {
			t.Errorf("%s: share %v, want %v", lang, s, share)
		}
	}
	if Scripts("xx") != nil || Scripts("") != nil {
		t.Error("unknown languages must not be checked")
	}
}

func TestWriterRoutes(t *testing.T) {
	var parts [3]collect
	f, _ := New(Options{Dedup: DedupExact, Split: [3]float64{0.5, 0.5, 0}, Seed: 3})
	w := NewWriter(f, &parts[0], &parts[1], nil)
	for i := 0; i < 200; i++ {
		p := corpus.Pair{ID: fmt.Sprint(i), Doc: fmt.Sprintf("doc%d", i/2), Src: fmt.Sprint("s", i/2), Tgt: "t"}
		if err := w.Write(p); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	s := w.Summary()
	if s.Removed.ExactDup != 100 || len(parts[0].pairs)+len(parts[1].pairs) != 100 || !parts[0].closed || !parts[1].closed {
		t.Errorf("summary %+v; train %d dev %d", s, len(parts[0].pairs), len(parts[1].pairs))
	}
	if s.Train.Pairs != len(parts[0].pairs) || s.Dev.Pairs != len(parts[1].pairs) || s.Test.Pairs != 0 {
		t.Errorf("summary %+v does not match what was written", s)
	}
	var b strings.Builder
	s.WriteText(&b)
	if !strings.Contains(b.String(), "exact duplicate") || !strings.Contains(b.String(), "50.0%") {
		t.Errorf("WriteText:\n%s", b.String())
	}
}

type collect struct {
	pairs  []corpus.Pair
	closed bool
}

func (c *collect) Write(p corpus.Pair) error { c.pairs = append(c.pairs, p); return nil }
func (c *collect) Close() error              { c.closed = true; return nil }

func BenchmarkCheck(b *testing.B) {
	f, _ := New(DefaultOptions())
	p := corpus.Pair{Doc: "d", SrcLang: "ar", TgtLang: "en",
		Src: "استقبل الرئيس الأمريكي جو بايدن رئيس الوزراء العراقي مصطفى الكاظمي في البيت الأبيض.",
		Tgt: "US President Joe Biden received Iraqi Prime Minister Mustafa al-Kadhimi at the White House."}
	tgt := p.Tgt
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p.ID = strconv.Itoa(i)
		p.Tgt = tgt + " " + p.ID // unique, so every pair is kept
		f.Check(p)
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pairs/s")
	runtime.GC()
	runtime.ReadMemStats(&after)
	// What the dedup sets keep per pair: the only memory that grows.
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(b.N), "heapB/pair")
	if s := f.Summary(); s.Kept != b.N {
		b.Fatalf("kept %d of %d: %+v", s.Kept, b.N, s.Removed)
	}
	runtime.KeepAlive(f)
}

// FuzzNormalize: the fast paths agree with the definition (NFKD of the
// whole string, then the same folding rune by rune).
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"Hello, World!", "مَدْرَسَةٌ", "أحمد إلى آخر", "Café ١٢٣ ۴", "ﷲ", "ﻻ", "ـــ", "Ǆ", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want []byte
		for _, r := range norm.NFKD.String(s) {
			want = appendKept(want, r)
		}
		if got := Normalize(s); got != string(want) {
			t.Fatalf("Normalize(%q) = %q, want %q", s, got, want)
		}
	})
}
