package clean

import (
	"strings"
	"unicode"
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
	if isPlain(line) {
		// Fast path: ASCII with single spaces and nothing to fix.
		return line
	}
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

func isPlain(s string) bool {
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c < ' ' || (c == ' ' && s[i+1] == ' ') {
			return false
		}
	}
	return true
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
