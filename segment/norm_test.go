package segment

import (
	"math/rand"
	"testing"
	"unicode/utf8"
)

// TestNeedsNorm checks needsNorm against the rune-by-rune version and, on
// valid UTF-8, against its definition, normAr changing s, on random strings of the runes it must tell apart (hamza forms,
// harakat, tatweel, capitals, the white space kinds, invalid bytes).
func TestNeedsNorm(t *testing.T) {
	parts := []string{"ا", "أ", "إ", "آ", "ٱ", "ى", "ي", "ـ", "\u064b", "\u065f", "\u0660", "\u0670", "ب", "غ", "\u063b", "ف",
		"a", "Z", "A", "z", "1", " ", "  ", "\t", "\n", "\u00a0", "\u0085", "\u2002", "\u200b", "\u202f", "\u3000", "\u1680", "“", "é", "É",
		"\xd8", "\xd9", "\xa3", "\xe2\x80", "\xff", "😀", "،", "؟"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 200000; n++ {
		s := ""
		for k := rng.Intn(6); k >= 0; k-- {
			s += parts[rng.Intn(len(parts))]
		}
		if got, want := needsNorm(s), needsNormRunes(s); got != want {
			t.Fatalf("needsNorm(%q) = %v, want %v", s, got, want)
		}
		if utf8.ValidString(s) && needsNorm(s) != (string(appendNorm(nil, s)) != s) {
			t.Fatalf("needsNorm(%q) = %v, normAr gives %q", s, needsNorm(s), appendNorm(nil, s))
		}
	}
}

// needsNormRunes is needsNorm as it was written before it read bytes: the
// reference for any input, invalid UTF-8 included.
func needsNormRunes(s string) bool {
	prevSpace := true
	for _, r := range s {
		switch {
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ' || r == 'ى',
			r == 0x640 || (r >= 0x64B && r <= 0x65F) || r == 0x670,
			r >= 'A' && r <= 'Z':
			return true
		case isSpace(r):
			if prevSpace || r != ' ' {
				return true
			}
			prevSpace = true
			continue
		}
		prevSpace = false
	}
	return prevSpace && s != ""
}
