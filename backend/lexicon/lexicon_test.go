package lexicon

import (
	"context"
	"encoding/json"
	"errors"
	"math/rand"
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/tarjama/tarjama/backend"
)

func newT(tb testing.TB) *Translator {
	tb.Helper()
	tr, err := New()
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	return tr
}

func translate(tb testing.TB, tr *Translator, format backend.Format, segs ...string) []string {
	tb.Helper()
	out, err := tr.Translate(context.Background(), backend.Request{SrcLang: "ar", TgtLang: "en", Segments: segs, Format: format})
	if err != nil {
		tb.Fatalf("Translate: %v", err)
	}
	if len(out) != len(segs) {
		tb.Fatalf("got %d segments, want %d", len(out), len(segs))
	}
	return out
}

func hasArabic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) {
			return true
		}
	}
	return false
}

// goldenCase is one numbered edge case of testdata/cases.json. Want is the
// exact output when given; Contains lists substrings that must appear and
// Absent substrings that must not (for cases whose wording depends on the
// growing vocabulary).
type goldenCase struct {
	Name     string   `json:"name"`
	Input    string   `json:"input"`
	HTML     bool     `json:"html,omitempty"`
	Want     *string  `json:"want,omitempty"`
	Contains []string `json:"contains,omitempty"`
	Absent   []string `json:"absent,omitempty"`
}

func loadCases(tb testing.TB) []goldenCase {
	tb.Helper()
	b, err := os.ReadFile("testdata/cases.json")
	if err != nil {
		tb.Fatal(err)
	}
	var cs []goldenCase
	if err := json.Unmarshal(b, &cs); err != nil {
		tb.Fatal(err)
	}
	return cs
}

func TestCases(t *testing.T) {
	tr := newT(t)
	for _, c := range loadCases(t) {
		t.Run(c.Name, func(t *testing.T) {
			f := backend.Text
			if c.HTML {
				f = backend.HTML
			}
			got := translate(t, tr, f, c.Input)[0]
			if c.Want != nil && got != *c.Want {
				t.Errorf("translate(%q)\n got %q\nwant %q", c.Input, got, *c.Want)
			}
			for _, s := range c.Contains {
				if !strings.Contains(got, s) {
					t.Errorf("translate(%q) = %q, want it to contain %q", c.Input, got, s)
				}
			}
			for _, s := range c.Absent {
				if strings.Contains(got, s) {
					t.Errorf("translate(%q) = %q, must not contain %q", c.Input, got, s)
				}
			}
			if hasArabic(got) {
				t.Errorf("Arabic script left in %q", got)
			}
		})
	}
}

func TestContract(t *testing.T) {
	tr := newT(t)
	out, err := tr.Translate(context.Background(), backend.Request{SrcLang: "ar", TgtLang: "en"})
	if err != nil || len(out) != 0 {
		t.Fatalf("empty batch: %v, %v", out, err)
	}
	segs := []string{"قال الرئيس", "", "في العراق", "  ", "سوريا\nلبنان"}
	out = translate(t, tr, backend.Text, segs...)
	if out[1] != "" || out[3] != "" {
		t.Errorf("empty segments should stay empty: %q", out)
	}
	if strings.Count(out[4], "\n") != 1 {
		t.Errorf("line structure not kept: %q", out[4])
	}
	for i, o := range out {
		if i != 4 && strings.Contains(o, "\n") {
			t.Errorf("newline added in %q", o)
		}
	}
	// order: translating one at a time gives the same strings
	for i, s := range segs {
		if one := translate(t, tr, backend.Text, s)[0]; one != out[i] {
			t.Errorf("segment %d: batch %q, alone %q", i, out[i], one)
		}
	}
}

func TestCancelled(t *testing.T) {
	tr := newT(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := tr.Translate(ctx, backend.Request{SrcLang: "ar", TgtLang: "en", Segments: []string{"مرحبا"}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if backend.IsTransient(err) {
		t.Error("cancellation must not be transient")
	}
}

func TestUnsupportedPair(t *testing.T) {
	tr := newT(t)
	_, err := tr.Translate(context.Background(), backend.Request{SrcLang: "fr", TgtLang: "en", Segments: []string{"bonjour"}})
	var be *backend.Error
	if !errors.As(err, &be) || be.Kind != backend.Permanent {
		t.Fatalf("err = %v, want permanent *backend.Error", err)
	}
	if _, err := tr.Translate(context.Background(), backend.Request{SrcLang: "ar-EG", TgtLang: "en-US", Segments: []string{"في"}}); err != nil {
		t.Errorf("regional tags should be accepted: %v", err)
	}
}

func TestRegistryInfo(t *testing.T) {
	in := Info()
	if in.Name != "lexicon" || in.Description == "" || len(in.Options) != 0 {
		t.Fatalf("Info() = %+v", in)
	}
	tr, err := in.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	if h, ok := tr.(backend.HTMLTranslator); !ok || !h.SupportsHTML() {
		t.Error("lexicon must support HTML mode")
	}
}

// randomArabic builds text from Arabic letters, diacritics, digits, Latin
// and punctuation, weighted towards Arabic words.
func randomArabic(r *rand.Rand) string {
	pool := []rune("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئىةـًٌٍَُِّْٰٓٔ٠١٢٣٤٥٦٧٨٩،؛؟٪«»پچگکیۀ")
	var b strings.Builder
	words := 1 + r.Intn(12)
	for w := 0; w < words; w++ {
		if w > 0 {
			b.WriteByte(' ')
		}
		switch r.Intn(10) {
		case 0:
			b.WriteString("Latin")
		case 1:
			b.WriteString("12,5")
		}
		for k := 1 + r.Intn(8); k > 0; k-- {
			b.WriteRune(pool[r.Intn(len(pool))])
		}
	}
	return b.String()
}

// TestNoArabicLeft is the property that no Arabic script ever reaches the
// English side, whatever the input.
func TestNoArabicLeft(t *testing.T) {
	tr := newT(t)
	r := rand.New(rand.NewSource(1))
	n := 3000
	if testing.Short() {
		n = 300
	}
	for i := 0; i < n; i++ {
		in := randomArabic(r)
		for _, f := range []backend.Format{backend.Text, backend.HTML} {
			out := translate(t, tr, f, in)[0]
			if hasArabic(out) {
				t.Fatalf("Arabic left in %q → %q", in, out)
			}
			if strings.Contains(out, "\n") {
				t.Fatalf("newline added: %q → %q", in, out)
			}
		}
	}
}

func FuzzTranslate(f *testing.F) {
	for _, s := range []string{"قال الرئيس الأمريكي جو بايدن", "<span translate=\"no\">McGurk</span> ب", "٢٠٢١ في 26 يوليو/تموز", "a<b", "&amp;"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	tr := newT(f)
	f.Fuzz(func(t *testing.T, s string, html bool) {
		fm := backend.Text
		if html {
			fm = backend.HTML
		}
		out := translate(t, tr, fm, s)[0]
		visible := out
		if html {
			// markup is copied verbatim (translate="no" may hold anything)
			visible = stripMarkup(out)
		}
		if hasArabic(visible) {
			t.Fatalf("Arabic left in %q → %q", s, out)
		}
		if strings.Count(out, "\n") != strings.Count(s, "\n") {
			t.Fatalf("line count changed: %q → %q", s, out)
		}
		if html && strings.Contains(s, `<span translate="no">`) && strings.Count(s, "<") == 1+strings.Count(s, "</span>") {
			// every protected span's content is kept byte for byte
			i := strings.Index(s, `<span translate="no">`)
			j := strings.Index(s[i:], "</span>")
			if j > 0 && !strings.Contains(out, s[i:i+j+len("</span>")]) {
				t.Fatalf("protected span lost: %q → %q", s, out)
			}
		}
	})
}

// stripMarkup removes protected spans and tags, leaving translated text.
func stripMarkup(s string) string {
	var b strings.Builder
	for _, tk := range tokenizeHTML(s, nil) {
		if tk.kind != tRaw {
			b.WriteString(tk.text)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// TestConcurrent translates the same batch from several goroutines (run
// with -race): the shared analysis cache must not change any result.
func TestConcurrent(t *testing.T) {
	tr := newT(t)
	segs := []string{"قال الرئيس الأمريكي جو بايدن إن الولايات المتحدة", "وقالت السكرتيرة الصحفية للبيت الأبيض", "كانت هناك ما لا يقل عن ثماني هجمات", "لم يذهب المسؤولون إلى بغداد"}
	for i := 0; i < 6; i++ {
		segs = append(segs, segs...)
	}
	want := translate(t, tr, backend.Text, segs...)
	errc := make(chan error, 4)
	for g := 0; g < 4; g++ {
		go func() {
			out, err := tr.Translate(context.Background(), backend.Request{SrcLang: "ar", TgtLang: "en", Segments: segs})
			if err == nil {
				for i := range out {
					if out[i] != want[i] {
						err = errors.New("concurrent result differs: " + out[i] + " vs " + want[i])
						break
					}
				}
			}
			errc <- err
		}()
	}
	for g := 0; g < 4; g++ {
		if err := <-errc; err != nil {
			t.Error(err)
		}
	}
}

// TestLongSegment guards against quadratic work on very long lines.
func TestLongSegment(t *testing.T) {
	tr := newT(t)
	long := strings.Repeat("قال الرئيس إن الحكومة الجديدة ستعقد اجتماعا في 26 يوليو تموز، ", 2000)
	out := translate(t, tr, backend.Text, long)[0]
	if len(out) < len(long)/4 || hasArabic(out) {
		t.Fatalf("long segment translated badly: %d bytes", len(out))
	}
}

// TestJussive2fs: only a word with the prefix ت and the suffix ي is read
// as the second person feminine jussive; كتبي ("my books") has the suffix
// and a verb stem but no prefix.
func TestJussive2fs(t *testing.T) {
	lex := newT(t).lex
	for w, want := range map[string]bool{"تكتبي": true, "تقولي": true, "كتبي": false, "قولي": false, "تكتب": false} {
		if got := lex.jussive2fs(w) != nil; got != want {
			t.Errorf("jussive2fs(%s) read: %v, want %v", w, got, want)
		}
	}
}
