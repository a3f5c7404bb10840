package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

type tokKind uint8

const (
	tArabic tokKind = iota // an Arabic word, normalized
	tLatin                 // a run of Latin (or other non-Arabic) letters, kept as written
	tNum                   // a number in ASCII digits, separators kept
	tPunct                 // one punctuation or symbol character, Arabic marks mapped
	tRaw                   // verbatim markup in HTML mode: a protected span or a tag
)

type token struct {
	kind tokKind
	text string
	orig string // Arabic: diacritics removed but hamza kept, for hamza-aware lookup
	// damma1: the word's first letter (after a clitic و or ف) carries a
	// damma, the mark of a vowelled perfect passive (قُتل, وأُعلن).
	damma1 bool
	// glue: no space before this token in the source (e.g. "2020م", "«x").
	glue bool
	// rawOpen/rawClose tell how a tRaw tag attaches: an opening tag sticks to
	// the next token, a closing tag to the previous one.
	rawOpen, rawClose bool
}

// tokenize splits plain text into tokens. It never returns Arabic letters
// in tLatin/tNum/tPunct tokens, so everything Arabic goes through lookup or
// transliteration.
func tokenize(s string, out []token) []token {
	i := 0
	glue := false
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			// Invalid byte: drop it rather than emit garbage.
			i += n
		case unicode.IsSpace(r) || r == 0x200c || r == 0x200d || r == 0x200e || r == 0x200f || r == 0xFEFF || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069):
			// Whitespace and invisible direction/joiner marks separate words.
			i += n
			glue = false
			continue
		case isArabicLetter(r) || isTashkeel(r):
			j := i
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !isArabicLetter(r2) && !isTashkeel(r2) {
					break
				}
				j += n2
			}
			raw := s[i:j]
			if hasPresentationForm(raw) {
				// ligatures and contextual forms (ﻻ, ﷲ) → base letters
				raw = norm.NFKC.String(raw)
			}
			w, orig := normalize(raw), stripTashkeel(raw)
			if w != "" {
				w, orig = idhanSpelling(raw, w, orig)
				out = append(out, token{kind: tArabic, text: w, orig: orig, glue: glue, damma1: firstDamma(raw)})
			}
			i = j
		case isDigit(r):
			j, txt := scanNumber(s, i)
			out = append(out, token{kind: tNum, text: txt, glue: glue})
			i = j
		case unicode.IsLetter(r) || unicode.IsMark(r):
			j := i
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if (unicode.IsLetter(r2) || unicode.IsMark(r2) || (r2 >= '0' && r2 <= '9')) && !isArabicLetter(r2) && !isTashkeel(r2) {
					j += n2
					continue
				}
				// Keep word-internal apostrophes and hyphens: "O'Brien", "al-Sadr".
				if (r2 == '\'' || r2 == '-' || r2 == '’' || r2 == '.') && j+n2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+n2:])
					if unicode.IsLetter(r3) && !isArabicLetter(r3) {
						j += n2
						continue
					}
				}
				break
			}
			out = append(out, token{kind: tLatin, text: s[i:j], glue: glue})
			i = j
		default:
			p := punctMap(r)
			i += n
			if p == string(r) && unicode.Is(unicode.Arabic, r) {
				// other Arabic signs (number signs, Quranic marks) have no
				// English counterpart
				continue
			}
			out = append(out, token{kind: tPunct, text: p, glue: glue})
		}
		glue = true
	}
	return out
}

func isDigit(r rune) bool {
	_, ok := digitValue(r)
	return ok
}

// scanNumber reads digits with internal separators (1,000.5 / ١٬٠٠٠٫٥ /
// 2020-2021 is two numbers) and returns the end and the ASCII form.
func scanNumber(s string, i int) (int, string) {
	var b strings.Builder
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if d, ok := digitValue(r); ok {
			b.WriteByte(d)
			i += n
			continue
		}
		sep := byte(0)
		switch r {
		case '.', '٫':
			sep = '.'
		case ',', '٬':
			sep = ','
		}
		if sep != 0 && i+n < len(s) {
			r2, _ := utf8.DecodeRuneInString(s[i+n:])
			if isDigit(r2) {
				// Arabic writes decimals with a comma (103,7): a comma not
				// followed by exactly three digits is a decimal point.
				if sep == ',' && digitRun(s[i+n:]) != 3 {
					sep = '.'
				}
				b.WriteByte(sep)
				i += n
				continue
			}
		}
		break
	}
	return i, b.String()
}

func digitRun(s string) int {
	n := 0
	for _, r := range s {
		if !isDigit(r) {
			break
		}
		n++
	}
	return n
}

func hasPresentationForm(s string) bool {
	for _, r := range s {
		if r >= 0xFB50 {
			return true
		}
	}
	return false
}

// idhanSpelling: إذاً and إذًا, with the tanwin the text writes on them,
// are the spelling of إذن "so", not إذا "if" (h12-lextalk): إذاً، ماذا
// نفعل؟ → so, what do we do?
func idhanSpelling(raw, w, orig string) (string, string) {
	const fathatan = '\u064B'
	if !strings.ContainsRune(raw, fathatan) {
		return w, orig
	}
	for _, c := range []string{"", "و", "ف"} {
		if w == c+"اذا" && strings.HasSuffix(orig, "ا") {
			return c + "اذن", strings.TrimSuffix(orig, "ا") + "ن"
		}
	}
	return w, orig
}

// firstDamma reports a damma on the first letter of raw, or on the second
// when the first is the clitic و or ف.
func firstDamma(raw string) bool {
	const damma = '\u064F'
	if !strings.ContainsRune(raw, damma) {
		return false
	}
	letters := 0
	var first rune
	for _, r := range raw {
		switch {
		case r == damma:
			return letters == 1 || (letters == 2 && (first == 'و' || first == 'ف'))
		case isTashkeel(r):
		default:
			letters++
			if letters == 1 {
				first = r
			}
			if letters > 2 {
				return false
			}
		}
	}
	return false
}
