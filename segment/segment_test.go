package segment

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

type goldenCase struct {
	Name  string   `json:"name"`
	Input string   `json:"input"`
	Want  []string `json:"want"`
}

func loadGolden(tb testing.TB, file string) []goldenCase {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		tb.Fatal(err)
	}
	var cases []goldenCase
	if err := json.Unmarshal(b, &cases); err != nil {
		tb.Fatalf("%s: %v", file, err)
	}
	return cases
}

func TestGolden(t *testing.T) {
	for _, g := range []struct {
		lang, file string
		min        int
	}{
		{"ar", "golden_ar.json", 60},
		{"en", "golden_en.json", 40},
	} {
		cases := loadGolden(t, g.file)
		if len(cases) < g.min {
			t.Errorf("%s has %d cases, want at least %d", g.file, len(cases), g.min)
		}
		seen := map[string]bool{}
		for _, c := range cases {
			if seen[c.Name] {
				t.Errorf("%s: duplicate case name %q", g.file, c.Name)
			}
			seen[c.Name] = true
			t.Run(g.lang+"/"+c.Name, func(t *testing.T) {
				got := Sentences(g.lang, c.Input)
				if len(got) == 0 && len(c.Want) == 0 {
					return
				}
				if !reflect.DeepEqual(got, c.Want) {
					t.Errorf("Split(%q, %q)\n got %q\nwant %q", g.lang, c.Input, got, c.Want)
				}
				checkInvariants(t, c.Input, Split(g.lang, c.Input))
			})
		}
	}
}

// checkInvariants verifies the Span contract: ordered, non-overlapping, in
// bounds, on rune boundaries, trimmed, covering every non-space rune.
func checkInvariants(t testing.TB, text string, spans []Span) {
	t.Helper()
	// Rune boundaries are only defined for valid UTF-8; invalid bytes are
	// single runes (utf8.RuneError) to the rest of the checks.
	valid := utf8.ValidString(text)
	prev := 0
	for i, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("span %d %v out of order or bounds (prev end %d, len %d)", i, s, prev, len(text))
		}
		if valid && (!utf8.RuneStart(text[s.Start]) || (s.End < len(text) && !utf8.RuneStart(text[s.End]))) {
			t.Fatalf("span %d %v not on rune boundaries", i, s)
		}
		first, _ := utf8.DecodeRuneInString(text[s.Start:])
		last, _ := utf8.DecodeLastRuneInString(text[:s.End])
		if unicode.IsSpace(first) || unicode.IsSpace(last) {
			t.Fatalf("span %d %q not trimmed", i, text[s.Start:s.End])
		}
		if gap := text[prev:s.Start]; strings.TrimFunc(gap, unicode.IsSpace) != "" {
			t.Fatalf("non-space text %q between spans not covered", gap)
		}
		prev = s.End
	}
	if rest := text[prev:]; strings.TrimFunc(rest, unicode.IsSpace) != "" {
		t.Fatalf("non-space text %q after the last span not covered", rest)
	}
}

func TestLanguages(t *testing.T) {
	// Generic rules: no Arabic abbreviations, no English case cues.
	text := "قال د. محمد. ثم غادر."
	if got := Sentences("ar", text); len(got) != 2 {
		t.Errorf("ar: got %q", got)
	}
	if got := Sentences("fr", text); len(got) != 3 {
		t.Errorf("generic: got %q, want the one-letter word to end a sentence", got)
	}
	for _, l := range []string{"AR", "ar-EG", "ar_SA", "arabic"} {
		if got := Sentences(l, text); len(got) != 2 {
			t.Errorf("%s: got %q", l, got)
		}
	}
	if got := Sentences("en-GB", "Mr. Smith left. He came back."); len(got) != 2 {
		t.Errorf("en-GB: got %q", got)
	}
}

func TestSplitConcurrent(t *testing.T) {
	cases := loadGolden(t, "golden_ar.json")
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			for i := 0; i < 50; i++ {
				for _, c := range cases {
					if got := Sentences("ar", c.Input); len(got) != len(c.Want) && len(c.Want) > 0 {
						t.Errorf("%s: concurrent result differs", c.Name)
						done <- true
						return
					}
				}
			}
			done <- true
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
}

func FuzzSplit(f *testing.F) {
	for _, file := range []string{"golden_ar.json", "golden_en.json"} {
		for _, c := range loadGolden(f, file) {
			f.Add("ar", c.Input)
			f.Add("en", c.Input)
		}
	}
	f.Add("xx", "a.\u200f\u00a0b? \n\n ...[1]")
	f.Add("ar", "بيركليـ\xff ــ (رويترز) - :")
	f.Fuzz(func(t *testing.T, lang, text string) {
		checkInvariants(t, text, Split(lang, text))
	})
}
