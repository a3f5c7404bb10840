package clean

import (
	"math/bits"
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
	if !utf8.ValidString(line) {
		// Invalid bytes take the rune path, which makes them U+FFFD.
		return fixLineRunes(line, arabic)
	}
	return fixValid(line, arabic)
}

// fixValid is FixLine for a line known to be valid UTF-8.
func fixValid(line string, arabic bool) string {
	if line == "" {
		return ""
	}
	double, other := needsFix(line)
	out := line // nothing rules 1–4 would change, unless flagged
	switch {
	case other:
		out = fixSpaces(line)
	case double:
		out = collapseSpaces(line)
	}
	if arabic {
		out = fixArabicSpacingBytes(out)
	}
	return out
}

// collapseSpaces is fixSpaces for a line whose only fault is ASCII spaces at
// its edges or in runs: it trims them and collapses each run, finding runs
// with strings.Index.
func collapseSpaces(s string) string {
	s = strings.Trim(s, " ")
	if s == "" {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(s); r == 0x200B || isBidiControl(r) {
		return fixSpaces(s) // a bidi mark was inside the spaces: trim it too
	}
	if r, _ := utf8.DecodeLastRuneInString(s); r == 0x200B || isBidiControl(r) {
		return fixSpaces(s)
	}
	k := indexDoubleSpace(s)
	if k < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for k >= 0 {
		b.WriteString(s[:k+1])
		s = strings.TrimLeft(s[k:], " ")
		k = indexDoubleSpace(s)
	}
	b.WriteString(s)
	return b.String()
}

// indexDoubleSpace is strings.Index(s, "  "), a word at a time: in Arabic
// text a space comes every few bytes, and strings.Index stops at each one to
// test the next byte. Each 8-byte word tests the pairs starting at its
// first seven bytes, so words overlap by one byte.
func indexDoubleSpace(s string) int {
	i, n := 0, len(s)
	for ; i+8 <= n; i += 7 {
		// Bit 7 of byte j: s[i+j] and s[i+j+1] are both spaces.
		if m := spaceBytes(load64(s, i)); m&(m>>8) != 0 {
			return i + bits.TrailingZeros64(m&(m>>8))/8
		}
	}
	for ; i+1 < n; i++ {
		if s[i] == ' ' && s[i+1] == ' ' {
			return i
		}
	}
	return -1
}

// load64 is the little-endian word of s[i:i+8].
// One bounds check on the resliced word lets the compiler make the eight
// byte loads a single load.
func load64(s string, i int) uint64 {
	w := s[i : i+8]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// spaceBytes sets bit 7 of each byte of x that is exactly ' ' (the exact
// zero-byte test of x ^ spaces: no carry between bytes, so no false hits).
func spaceBytes(x uint64) uint64 {
	v := x ^ (' ' * ones)
	return ^(((v & (0x7F * ones)) + 0x7F*ones) | v) & highs
}

// fixSpaces applies rules 1–4 to valid UTF-8 byte by byte, copying the runs
// between changes; it gives what fixLineRunes gives without the Arabic rule.
func fixSpaces(s string) string {
	var b []byte // the output when it differs from s[:i]; nil until then
	last := 0    // s[last:i] is not yet copied to b
	changed := false
	// prevOut is the last rune written before s[i], ' ' when none is.
	prevOut := func(i int) rune {
		var r rune
		switch {
		case changed && i > last:
			r, _ = utf8.DecodeLastRuneInString(s[last:i])
		case changed && len(b) > 0:
			r, _ = utf8.DecodeLastRune(b)
		case !changed && i > 0:
			r, _ = utf8.DecodeLastRuneInString(s[:i])
		default:
			r = ' '
		}
		return r
	}
	// prevSpace reports whether the last byte written before s[i] is a
	// space, or nothing is written yet.
	prevSpace := func(i int) bool {
		switch {
		case changed && i > last, !changed && i > 0:
			return s[i-1] == ' '
		case changed && len(b) > 0:
			return b[len(b)-1] == ' '
		}
		return true
	}
	flush := func(i int) {
		b = append(b, s[last:i]...)
		changed = true
	}
	space := func(i, w int) { // s[i:i+w] becomes one space, or nothing after a space
		flush(i)
		if len(b) > 0 && b[len(b)-1] != ' ' {
			b = append(b, ' ')
		}
		last = i + w
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if c == ' ' || (c >= '\t' && c <= '\r') {
				if c != ' ' || prevSpace(i) {
					space(i, 1)
				}
			}
			i++
			continue
		}
		if c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3 && c != 0xEF {
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0xFEFF:
			flush(i)
			last = i + w
		case r == 0x200B:
			prev := prevOut(i)
			next := ' '
			if i+w < len(s) {
				next, _ = utf8.DecodeRuneInString(s[i+w:])
			}
			if unicode.IsSpace(prev) || unicode.IsSpace(next) {
				flush(i)
				last = i + w
			} else if isSentencePunct(prev) && unicode.IsLetter(next) {
				space(i, w)
			}
		case unicode.IsSpace(r):
			space(i, w)
		}
		i += w
	}
	out := s
	if changed {
		out = string(append(b, s[last:]...))
	}
	// Trim white space and bidi controls at both edges.
	for out != "" {
		r, w := utf8.DecodeRuneInString(out)
		if r != ' ' && !isBidiControl(r) && r != 0x200B {
			break
		}
		out = out[w:]
	}
	for out != "" {
		r, w := utf8.DecodeLastRuneInString(out)
		if r != ' ' && !isBidiControl(r) && r != 0x200B {
			break
		}
		out = out[:len(out)-w]
	}
	return out
}

// arabicSpacingCues are the bytes that locate what rule 5 acts on: the
// ASCII marks ". ! :" and the last bytes of "، ؛ ؟" (D8 8C, D8 9B, D8 9F);
// each is rare in Arabic letters, so strings.IndexByte (vectorised) finds
// them quickly.
var arabicSpacingCues = [...]byte{'.', '!', ':', 0x8C, 0x9B, 0x9F}

// fixArabicSpacingBytes is fixArabicSpacing over valid UTF-8 (rule 5). It
// visits only the cues, in order: a space before a mark, and after "، ؛ ؟".
func fixArabicSpacingBytes(s string) string {
	var b []byte
	last := 0
	changed := false
	prevOut := func(i int) rune {
		if changed && i == last {
			r, _ := utf8.DecodeLastRune(b)
			return r
		}
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		return r
	}
	// space applies the rule for a space at i before the mark next (nw bytes).
	space := func(i int, next rune, nw int) {
		if i == 0 {
			return
		}
		skip := false
		switch next {
		case '،', '؛', '؟':
			prev := prevOut(i)
			skip = !unicode.IsSpace(prev) && !isSentencePunct(prev)
		case '.', '!', ':':
			var after rune = ' '
			if i+1+nw < len(s) {
				after, _ = utf8.DecodeRuneInString(s[i+1+nw:])
			}
			skip = isArabicWordEnd(prevOut(i)) && after != next && (after == ' ' || i+1+nw == len(s) || isCloser(after))
		}
		if skip {
			b = append(b, s[last:i]...)
			changed = true
			last = i + 1
		}
	}
	var pos [len(arabicSpacingCues)]int
	for k, c := range arabicSpacingCues {
		pos[k] = indexByteFrom(s, c, 0)
	}
	for {
		p := len(s)
		for _, q := range pos {
			p = min(p, q)
		}
		if p == len(s) {
			break
		}
		for k, q := range pos {
			if q == p {
				pos[k] = indexByteFrom(s, arabicSpacingCues[k], p+1)
			}
		}
		if c := s[p]; c < utf8.RuneSelf {
			if p > 0 && s[p-1] == ' ' {
				space(p-1, rune(c), 1)
			}
			continue
		}
		if p == 0 || s[p-1] != 0xD8 {
			continue // another letter's continuation byte
		}
		m := p - 1 // "،" "؛" "؟" at m
		if m > 0 && s[m-1] == ' ' {
			r, _ := utf8.DecodeRuneInString(s[m:])
			space(m-1, r, 2)
		}
		if m+2 < len(s) {
			if next, _ := utf8.DecodeRuneInString(s[m+2:]); isArabicLetter(next) {
				b = append(b, s[last:m+2]...)
				b = append(b, ' ')
				changed = true
				last = m + 2
			}
		}
	}
	if !changed {
		return s
	}
	return string(append(b, s[last:]...))
}

// indexByteFrom is strings.IndexByte of c in s[from:] as an offset into s,
// or len(s) when there is none.
func indexByteFrom(s string, c byte, from int) int {
	if from < len(s) {
		if k := strings.IndexByte(s[from:], c); k >= 0 {
			return from + k
		}
	}
	return len(s)
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
// are recognised by their lead bytes. double flags ASCII spaces at the edges or
// in runs, other anything else of rules 1–4, arabicSpacing rule 5. FuzzFixLineFastPath checks that FixLine and the rune path agree.
// fixLead marks the bytes needsFix looks at: controls and the lead bytes
// of the code points FixLine changes (U+0085, U+00A0; U+1680; U+2000–U+205F;
// U+3000; U+FEFF). Arabic letters (lead bytes D8–DB) and ASCII are not.
var fixLead = func() (t [256]bool) {
	for c := 0; c < ' '; c++ {
		t[c] = true
	}
	for _, c := range []byte{0xC2, 0xE1, 0xE2, 0xE3, 0xEF} {
		t[c] = true
	}
	return t
}()

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// plainWord reports whether none of the 8 bytes of x is a control (< 0x20),
// 0xC2 or ≥ 0xE0, so no fixLead byte is among them. The tests are the
// exact "has a zero byte" idiom (v - ones) & ^v & highs.
func plainWord(x uint64) bool {
	hasZero := func(v uint64) bool { return (v-ones)&^v&highs != 0 }
	ctrl := (x-0x20*ones)&^x&highs != 0 // a byte < 0x20
	return !ctrl && !hasZero(x^(0xC2*ones)) && !hasZero(^(x | 0x1F*ones))
}

// needsFix reports whether FixLine could change line; when it returns
// false the line is returned as it is. It is conservative (it may say yes
// for a line that comes out unchanged) and scans bytes, eight at a time:
// the rules only concern spaces and a few code points, and their UTF-8
// forms are recognised by their lead bytes. double flags ASCII spaces at
// the edges or in runs, other anything else of rules 1–4; rule 5 (Arabic
// spacing) is left to fixArabicSpacingBytes, which finds its own cues.
// FuzzFixLineFastPath checks that FixLine and the rune path agree.
func needsFix(s string) (double, other bool) {
	n := len(s)
	double = s[0] == ' ' || s[n-1] == ' ' || indexDoubleSpace(s) >= 0
	if r, _ := utf8.DecodeRuneInString(s); r == 0x200B || isBidiControl(r) {
		return double, true
	}
	if r, _ := utf8.DecodeLastRuneInString(s); r == 0x200B || isBidiControl(r) {
		return double, true
	}
	i := 0
	for ; i+8 <= n; i += 8 {
		if x := load64(s, i); !plainWord(x) && leadAt(s, i, i+8) {
			return double, true
		}
	}
	return double, leadAt(s, i, n)
}

// leadAt reports whether s[i:e] holds a fixLead byte that starts a code
// point FixLine changes.
func leadAt(s string, i, e int) bool {
	n := len(s)
	for ; i < e; i++ {
		c := s[i]
		if !fixLead[c] {
			continue
		}
		switch c {
		case 0xC2: // U+0085, U+00A0
			if i+1 < n && (s[i+1] == 0x85 || s[i+1] == 0xA0) {
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
		default: // controls, tabs, newlines
			return true
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
