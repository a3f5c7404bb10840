// Package jsonq appends JSON string literals without HTML escaping, for
// the hand-rolled JSON Lines writers on hot paths (corpus, segment).
package jsonq

import "unicode/utf8"

const hexDigits = "0123456789abcdef"

// AppendString quotes s as encoding/json does with SetEscapeHTML(false):
// '"' and '\\' escaped, control characters as \b \f \n \r \t or \u00XX,
// U+2028 and U+2029 as \u2028 and \u2029 (JavaScript line ends), invalid
// UTF-8 as \ufffd.
func AppendString(b []byte, s string) []byte { return appendString(b, s, true) }

// AppendStringLong is AppendString with backspace and form feed written
// as \u0008 and \u000c, as the corpus JSONL writer always has.
func AppendStringLong(b []byte, s string) []byte { return appendString(b, s, false) }

func appendString(b []byte, s string, shortBF bool) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\b' && shortBF:
				b = append(b, '\\', 'b')
			case c == '\f' && shortBF:
				b = append(b, '\\', 'f')
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && w == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += w
			continue
		}
		i += w
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
