package filter

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the key normalized deduplication compares: NFKD, marks
// (diacritics, harakat) removed, lower case, letters and digits only
// (digits of every script as ASCII), tatweel dropped, ى → ي and ة → ه.
// "Hello, World!" and "hello world" share a key, as do "مدرسةٌ" and "مدرسه".
func Normalize(s string) string {
	return string(appendNormalized(nil, s))
}

// appendNormalized appends Normalize(s) to dst. ASCII and the Arabic
// letters that do not decompose skip the normalizer: it is the hot path of
// deduplication.
func appendNormalized(dst []byte, s string) []byte {
	var dec [64]byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				dst = append(dst, c)
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= 0x0627 && r <= 0x064A && r != 0x0640 || r == 0x0621:
			// Arabic letters without a decomposition: only the two folds.
			dst = appendFolded(dst, r)
		case r >= 0x064B && r <= 0x065F || r == 0x0640 || r == 0x0670:
			// harakat, tatweel, superscript alef: dropped
		case r >= 0xAC00 && r <= 0xD7A3:
			// Hangul syllables decompose algorithmically, not from the
			// table below.
			for _, d := range string(norm.NFKD.AppendString(dec[:0], s[i:i+size])) {
				dst = appendKept(dst, d)
			}
		default:
			// The table holds full NFKD decompositions; reading it does not
			// allocate, unlike running the normalizer.
			if d := norm.NFKD.PropertiesString(s[i : i+size]).Decomposition(); d != nil {
				for _, dr := range string(d) {
					dst = appendKept(dst, dr)
				}
			} else {
				dst = appendKept(dst, r)
			}
		}
		i += size
	}
	return dst
}

// appendKept appends r if it is a letter or digit, lower-cased, digits as
// ASCII; marks and everything else go.
func appendKept(dst []byte, r rune) []byte {
	switch {
	case r == 'ـ':
		return dst
	case unicode.IsLetter(r):
		return appendFolded(dst, unicode.ToLower(r))
	case unicode.IsDigit(r):
		if d := digitValue(r); d >= 0 {
			return append(dst, byte('0'+d))
		}
		return utf8.AppendRune(dst, r)
	}
	return dst
}

func appendFolded(dst []byte, r rune) []byte {
	switch r {
	case 'ى':
		r = 'ي'
	case 'ة':
		r = 'ه'
	}
	return utf8.AppendRune(dst, r)
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
