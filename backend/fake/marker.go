package fake

import (
	"strings"
	"unicode/utf8"

	"github.com/tarjama/tarjama/backend"
)

// Marker is the default fake translation: the target language, a colon,
// then the text with its characters in reverse order. It is deterministic
// and visibly different from the input, so a test can tell a translated
// segment from one passed through, and from a neighbour's (a shift).
//
// In HTML mode tags are kept as they are, the content of
// <span translate="no"> elements is kept verbatim, and character entities
// such as &amp; are moved as a whole.
func Marker(_, tgtLang string, format backend.Format, text string) string {
	if format != backend.HTML {
		return tgtLang + ":" + reverse(text)
	}
	var b, run strings.Builder
	b.WriteString(tgtLang + ":")
	// Text runs between tags are reversed as a whole; a '<' that opens
	// no tag is text.
	flush := func() {
		b.WriteString(reverseHTMLText(run.String()))
		run.Reset()
	}
	rest := text
	for rest != "" {
		i := tagStart(rest)
		if i < 0 {
			run.WriteString(rest)
			break
		}
		j := strings.IndexByte(rest[i:], '>')
		if j < 0 {
			run.WriteString(rest)
			break
		}
		run.WriteString(rest[:i])
		flush()
		tag := rest[i : i+j+1]
		rest = rest[i+j+1:]
		b.WriteString(tag)
		if isNoTranslateOpen(tag) {
			end := closingSpan(rest)
			b.WriteString(rest[:end])
			rest = rest[end:]
		}
	}
	flush()
	return b.String()
}

// tagStart finds the next '<' that opens a tag: followed by a letter, '/'
// or '!', as in HTML; -1 if none.
func tagStart(s string) int {
	for i := 0; i+1 < len(s); i++ {
		if s[i] != '<' {
			continue
		}
		if c := s[i+1]; c == '/' || c == '!' || (c|0x20 >= 'a' && c|0x20 <= 'z') {
			return i
		}
	}
	return -1
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

// reverseHTMLText reverses text between tags, keeping entities whole.
func reverseHTMLText(s string) string {
	var toks []string
	for s != "" {
		if s[0] == '&' {
			if k := strings.IndexByte(s, ';'); k > 0 && k < 12 && !strings.ContainsAny(s[1:k], " &<") {
				toks = append(toks, s[:k+1])
				s = s[k+1:]
				continue
			}
		}
		_, n := utf8.DecodeRuneInString(s)
		toks = append(toks, s[:n])
		s = s[n:]
	}
	var b strings.Builder
	for i := len(toks) - 1; i >= 0; i-- {
		b.WriteString(toks[i])
	}
	return b.String()
}

func isNoTranslateOpen(tag string) bool {
	t := strings.ToLower(tag)
	return strings.HasPrefix(t, "<span") &&
		(strings.Contains(t, `translate="no"`) || strings.Contains(t, `translate='no'`) || strings.Contains(t, `class="notranslate"`))
}

// closingSpan returns the index just before the </span> that closes the
// span whose opening tag precedes s (nested spans counted), or len(s).
func closingSpan(s string) int {
	depth := 1
	for i := 0; i < len(s); i++ {
		if s[i] != '<' {
			continue
		}
		switch {
		case hasPrefixFold(s[i:], "</span"):
			depth--
			if depth == 0 {
				return i
			}
		case hasPrefixFold(s[i:], "<span"):
			depth++
		}
	}
	return len(s)
}

// hasPrefixFold is an ASCII case-insensitive HasPrefix that, unlike
// lower-casing the whole string, keeps byte offsets valid.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
