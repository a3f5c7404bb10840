package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Transliteration follows one simple, consistent scheme (close to the
// journalistic one): the consonants of data/grammar/translit.tsv (ش sh,
// خ kh, غ gh, ث th, ذ dh, ظ dh, ع ', ق q); ة a; و and ي are vowels (u, i)
// between consonants and glides (w, y) elsewhere; a short a is inserted
// after a first consonant that is followed by another, because unvocalized
// names are unreadable otherwise (مهدي → Mahdi).
func isVowelLetter(r rune) bool { return r == 'ا' || r == 'و' || r == 'ي' || r == 'ى' || r == 'ة' }

// transliterate renders a normalized Arabic word in Latin letters. Names
// are capitalized; the article becomes "al-". The result never contains
// Arabic script.
func transliterate(w string) string {
	prefix := ""
	if strings.HasPrefix(w, "ال") && runeLen(w) > 3 {
		prefix, w = "al-", w[len("ال"):]
	}
	rs := []rune(w)
	var b strings.Builder
	start := 0
	// An initial alef + و/ي before a consonant is a long vowel: أوباما →
	// Obama, إيران → Iran.
	if len(rs) > 2 && rs[0] == 'ا' && !isVowelLetter(rs[2]) {
		switch rs[1] {
		case 'و':
			b.WriteByte('o')
			start = 2
		case 'ي':
			b.WriteByte('i')
			start = 2
		}
	}
	for i, r := range rs {
		if i < start {
			continue
		}
		prevCons := i > 0 && !isVowelLetter(rs[i-1])
		nextCons := i+1 < len(rs) && !isVowelLetter(rs[i+1])
		last := i == len(rs)-1
		switch r {
		case 'ا':
			if !(i > 0 && rs[i-1] == 'ا') {
				b.WriteByte('a')
			}
		case 'ى':
			b.WriteByte('a')
		case 'ة':
			b.WriteByte('a')
		case 'و':
			if i == 0 || (!prevCons && !last) || (i+1 < len(rs) && isVowelLetter(rs[i+1])) {
				b.WriteByte('w')
			} else {
				b.WriteByte('u')
			}
		case 'ي':
			if i == 0 || (!prevCons && !last) || (i+1 < len(rs) && isVowelLetter(rs[i+1])) {
				b.WriteByte('y')
			} else {
				b.WriteByte('i')
			}
		default:
			c, ok := consonants[r]
			if !ok {
				c = fallbackLatin(r)
			}
			if r == 'ع' && i == 0 {
				c = "" // initial ain is conventionally not written (Ali, Omar)
			}
			b.WriteString(c)
			if i == 0 && nextCons && len(rs) > 2 {
				b.WriteByte('a')
			}
		}
	}
	out := b.String()
	if out == "" {
		out = "a"
	}
	return prefix + capitalize(out)
}

// fallbackLatin covers rare Arabic-block letters outside the table; it only
// has to be Latin and stable.
func fallbackLatin(r rune) string {
	switch {
	case r >= 0x0671 && r <= 0x06D3:
		return "a"
	}
	return ""
}

// capitalize upper-cases the first letter, skipping leading apostrophes.
func capitalize(s string) string {
	for i, r := range s {
		if unicode.IsDigit(r) {
			return s // 39,768 cases: a number starts the sentence
		}
		if unicode.IsLetter(r) {
			if unicode.IsUpper(r) {
				return s
			}
			_, n := utf8.DecodeRuneInString(s[i:])
			return s[:i] + string(unicode.ToUpper(r)) + s[i+n:]
		}
	}
	return s
}
