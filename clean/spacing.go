package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// FixLine applies the character-level rules to one line; it never changes
// words. In order:
//
//  1. the byte-order mark U+FEFF is removed;
//  2. a zero-width space next to white space or at the line's edges is
//     removed, and one between sentence punctuation and a letter becomes a
//     space ("نهاية.\u200bبداية"); other zero-width characters are kept;
//  3. bidi controls (LRM, RLM, ALM, embeddings, isolates) at the line's
//     edges are removed; inside the line they are kept (they matter for
//     display and the segmenter treats them as transparent);
//  4. runs of white space (tabs, no-break spaces…) become one space; the
//     line is trimmed;
//  5. with arabic set: no space before the Arabic comma, semicolon and
//     question mark, nor before a single ". ! :" after an Arabic word
//     ("الأمريكية ، مع" → "الأمريكية، مع"); one space after "، ؛ ؟" when an
//     Arabic letter follows directly ("العراق،مع" → "العراق، مع").
func FixLine(line string, arabic bool) string {
	if line == "" {
		return ""
	}
	if !needsFix(line, arabic) && utf8.ValidString(line) {
		// Fast path: nothing any rule below would change (invalid bytes
		// take the rune path, which makes them U+FFFD as before).
		return line
	}
	return fixLineRunes(line, arabic)
}

// fixLineRunes is FixLine without the fast path.
func fixLineRunes(line string, arabic bool) string {
	rs := []rune(line)
	out := make([]rune, 0, len(rs))
	for i, r := range rs {
		switch {
		case r == 0xFEFF:
			continue
		case r == 0x200B:
			var prev, next rune = ' ', ' '
			if len(out) > 0 {
				prev = out[len(out)-1]
			}
			if i+1 < len(rs) {
				next = rs[i+1]
			}
			if unicode.IsSpace(prev) || unicode.IsSpace(next) {
				continue
			}
			if isSentencePunct(prev) && unicode.IsLetter(next) {
				r = ' '
			}
		case r == '\u00A0' || r == '\t' || unicode.IsSpace(r):
			r = ' '
		}
		if r == ' ' && (len(out) == 0 || out[len(out)-1] == ' ') {
			continue
		}
		out = append(out, r)
	}
	// Trim white space and bidi controls at both edges.
	s, e := 0, len(out)
	for s < e && (out[s] == ' ' || isBidiControl(out[s]) || out[s] == 0x200B) {
		s++
	}
	for e > s && (out[e-1] == ' ' || isBidiControl(out[e-1]) || out[e-1] == 0x200B) {
		e--
	}
	out = out[s:e]
	if arabic {
		out = fixArabicSpacing(out)
	}
	return string(out)
}

// needsFix reports whether FixLine could change line; when it returns
// false the line is returned as it is. It is conservative (it may say yes
// for a line that comes out unchanged) and scans bytes, not runes: the
// rules only concern spaces and a few code points, and their UTF-8 forms
// are recognised by their lead bytes. FuzzFixLineFastPath checks that the
// fast path and the rune path agree.
func needsFix(s string, arabic bool) bool {
	n := len(s)
	if s[0] == ' ' || s[n-1] == ' ' {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(s); r == 0x200B || isBidiControl(r) {
		return true
	}
	if r, _ := utf8.DecodeLastRuneInString(s); r == 0x200B || isBidiControl(r) {
		return true
	}
	for i := 0; i < n; i++ {
		c := s[i]
		if c < 0x80 {
			if c < ' ' {
				return true // tabs, newlines and other controls
			}
			if c == ' ' && i+1 < n {
				switch s[i+1] {
				case ' ':
					return true
				case '.', '!', ':', 0xD8: // " ." " !" " :" and " ، ؛ ؟" (D8 8C/9B/9F)
					if arabic {
						return true
					}
				}
			}
			continue
		}
		switch c {
		case 0xC2: // U+0085, U+00A0
			if i+1 < n && (s[i+1] == 0x85 || s[i+1] == 0xA0) {
				return true
			}
		case 0xD8: // "،" "؛" "؟" directly before a non-ASCII letter
			if arabic && i+2 < n && (s[i+1] == 0x8C || s[i+1] == 0x9B || s[i+1] == 0x9F) && s[i+2] >= 0x80 {
				return true
			}
		case 0xE1: // U+1680
			if i+2 < n && s[i+1] == 0x9A && s[i+2] == 0x80 {
				return true
			}
		case 0xE2: // U+2000–U+200F, U+2028–U+202F, U+205F
			if i+2 < n {
				b1, b2 := s[i+1], s[i+2]
				if (b1 == 0x80 && (b2 <= 0x8F || (b2 >= 0xA8 && b2 <= 0xAF))) || (b1 == 0x81 && b2 == 0x9F) {
					return true
				}
			}
		case 0xE3: // U+3000
			if i+2 < n && s[i+1] == 0x80 && s[i+2] == 0x80 {
				return true
			}
		case 0xEF: // U+FEFF
			if i+2 < n && s[i+1] == 0xBB && s[i+2] == 0xBF {
				return true
			}
		}
	}
	return false
}

func isSentencePunct(r rune) bool {
	switch r {
	case '.', '!', '?', '؟', '…', '،', '؛', ',', ';', ':':
		return true
	}
	return false
}

func fixArabicSpacing(rs []rune) []rune {
	out := make([]rune, 0, len(rs)+4)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == ' ' && i+1 < len(rs) && len(out) > 0 {
			next := rs[i+1]
			prev := out[len(out)-1]
			var after rune = ' '
			if i+2 < len(rs) {
				after = rs[i+2]
			}
			switch next {
			case '،', '؛', '؟':
				if !unicode.IsSpace(prev) && !isSentencePunct(prev) {
					continue
				}
			case '.', '!', ':':
				if isArabicWordEnd(prev) && after != next && (after == ' ' || i+2 == len(rs) || isCloser(after)) {
					continue
				}
			}
		}
		out = append(out, r)
		if (r == '،' || r == '؛' || r == '؟') && i+1 < len(rs) && isArabicLetter(rs[i+1]) {
			out = append(out, ' ')
		}
	}
	return out
}

func isArabicWordEnd(r rune) bool {
	return isArabicLetter(r) || (r >= 0x660 && r <= 0x669)
}

func isCloser(r rune) bool {
	return strings.ContainsRune(`")]»”’'`, r)
}
