package lexicon

import (
	"testing"
	"unicode"
)

func TestTransliterate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ماكغورك", "Makghurk"},
		{"أوباما", "Obama"},
		{"إيران", "Iran"},
		{"مهدي", "Mahdi"},
		{"الكاظمي", "al-Kadhmi"},
		{"شولمان", "Shulman"},
		{"عمر", "Amr"},
		{"خالد", "Khald"},
		{"ثورة", "Thura"},
	} {
		if got := transliterate(normalize(c.in)); got != c.want {
			t.Errorf("transliterate(%s) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTransliterateLatinOnly checks every Arabic letter maps to Latin.
func TestTransliterateLatinOnly(t *testing.T) {
	for r := rune(0x0600); r <= 0x06FF; r++ {
		if !isArabicLetter(r) {
			continue
		}
		w := string([]rune{r, 'ب', r})
		out := transliterate(normalize(w))
		for _, o := range out {
			if unicode.Is(unicode.Arabic, o) {
				t.Fatalf("transliterate(%q) = %q keeps Arabic", w, out)
			}
		}
	}
}
