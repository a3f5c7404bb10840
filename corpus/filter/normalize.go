package filter

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the key normalized deduplication compares: NFKD, marks
// (diacritics, harakat) removed, lower case, letters and digits only
// (digits of every script as ASCII), tatweel dropped, ى → ي and ة → ه.
// "Hello, World!" and "hello world" share a key, as do "مدرسةٌ" and "مدرسه".
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFKD.String(s) {
		switch {
		case r == 'ى':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		case r == 'ـ': // tatweel is a letter (Lm) but only stretches the line
			continue
		}
		if unicode.IsDigit(r) {
			if d := digitValue(r); d >= 0 {
				b.WriteByte(byte('0' + d))
				continue
			}
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// digitValue returns the value of a decimal digit of any script: Unicode
// lays decimal digits out in runs of ten starting at zero, so the distance
// to the start of the run, modulo 10, is the value.
func digitValue(r rune) int {
	if !unicode.Is(unicode.Nd, r) {
		return -1
	}
	k := 0
	for unicode.Is(unicode.Nd, r-rune(k)-1) {
		k++
	}
	return k % 10
}
