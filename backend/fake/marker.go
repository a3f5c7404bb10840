package fake

import (
	"strings"

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
	var b strings.Builder
	b.WriteString(tgtLang + ":")
	rest := text
	for rest != "" {
		i := strings.IndexByte(rest, '<')
		if i < 0 {
			b.WriteString(reverseHTMLText(rest))
			break
		}
		b.WriteString(reverseHTMLText(rest[:i]))
		rest = rest[i:]
		j := strings.IndexByte(rest, '>')
		if j < 0 { // not a tag after all: treat as text
			b.WriteString(reverseHTMLText(rest))
			break
		}
		tag := rest[:j+1]
		rest = rest[j+1:]
		b.WriteString(tag)
		if isNoTranslateOpen(tag) {
			end := closingSpan(rest)
			b.WriteString(rest[:end])
			rest = rest[end:]
		}
	}
	return b.String()
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
		r := []rune(s)[0]
		n := len(string(r))
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
	low := strings.ToLower(s)
	for i := 0; i < len(low); {
		k := strings.IndexByte(low[i:], '<')
		if k < 0 {
			break
		}
		i += k
		switch {
		case strings.HasPrefix(low[i:], "</span"):
			depth--
			if depth == 0 {
				return i
			}
		case strings.HasPrefix(low[i:], "<span"):
			depth++
		}
		i++
	}
	return len(s)
}
