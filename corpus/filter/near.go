package filter

import (
	"unicode/utf8"
)

// NearKey returns the key near deduplication compares: Normalize (NFKD,
// diacritics, tatweel, punctuation, spaces and case gone, ى → ي, ة → ه,
// hamza seats to their bare letter), then the Persian/Urdu forms ی ک ھ ہ
// folded to ي ك ه ه, and every run of digits made one 0, so that pairs
// differing only in a date or a count are one. "Killed 5 people." and
// "killed 12 people" share a key.
func NearKey(s string) string { return string(appendNear(nil, s)) }

// appendNear appends NearKey(s) to dst.
func appendNear(dst []byte, s string) []byte {
	start := len(dst)
	dst = appendNormalized(dst, s)
	// Rewrite the normalized tail in place: it only shrinks.
	out := dst[:start]
	inDigits := false
	for i := start; i < len(dst); {
		c := dst[i]
		if '0' <= c && c <= '9' {
			if !inDigits {
				out = append(out, '0')
			}
			inDigits = true
			i++
			continue
		}
		inDigits = false
		if c < utf8.RuneSelf {
			out = append(out, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(dst[i:])
		switch r {
		case 'ی':
			r = 'ي'
		case 'ک':
			r = 'ك'
		case 'ھ', 'ہ':
			r = 'ه'
		}
		// A fold never makes a rune longer (all are two bytes), so out
		// never overtakes i.
		out = utf8.AppendRune(out, r)
		i += size
	}
	return out
}
