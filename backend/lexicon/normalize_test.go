package lexicon

import (
	"testing"
	"unicode"
)

// TestArabicBlockTable checks the precomputed Arabic-block classes against
// their definitions on every rune.
func TestArabicBlockTable(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isTashkeel(r), r >= 0x0610 && tashkeelRune(r); got != want {
			t.Errorf("isTashkeel(%U) = %v, want %v", r, got, want)
		}
		if got, want := isArabicLetter(r), arabicLetterRune(r); got != want {
			t.Errorf("isArabicLetter(%U) = %v, want %v", r, got, want)
		}
	}
}
