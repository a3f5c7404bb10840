package segment

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// wordStartReference is wordStart without its byte fast paths: a rune at a
// time from the end.
func wordStartReference(t string, lo, i int) int {
	for i > lo {
		r, w := utf8.DecodeLastRuneInString(t[lo:i])
		if isSpace(r) {
			break
		}
		i -= w
	}
	return i
}

// FuzzWordStart: wordStart's byte fast paths find the start the rune-wise
// definition finds, from every end and lower bound, on any bytes.
func FuzzWordStart(f *testing.F) {
	for _, s := range []string{"قال الرئيس", "a\u00a0b", "x\u2009y\u3000z", "Ünïcödé wörds", "\xd8 \xa7\xc3", "\xc2\xa0\xc2\x85ا", "ab\u0085cd", "\xe2\x80\x8a\xd9\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for lo := 0; lo <= len(s) && lo < 4; lo++ {
			for i := lo; i <= len(s); i++ {
				if got, want := wordStart(s, lo, i), wordStartReference(s, lo, i); got != want {
					t.Fatalf("wordStart(%q, %d, %d) = %d, want %d", s, lo, i, got, want)
				}
			}
		}
	})
}

// TestIsPunct: the Arabic-letter shortcut agrees with unicode.IsPunct on
// the whole Arabic block and the ranges around it.
func TestIsPunct(t *testing.T) {
	for r := rune(0); r < 0x800; r++ {
		if isPunct(r) != unicode.IsPunct(r) {
			t.Errorf("isPunct(%U) = %v, unicode.IsPunct %v", r, isPunct(r), unicode.IsPunct(r))
		}
	}
}
