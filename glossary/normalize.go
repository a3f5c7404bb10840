package glossary

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the form of s that matching compares: Arabic
// diacritics, tatweel, hamza on the line (ء) and invisible format
// characters removed; أ إ آ ٱ
// folded to ا, ؤ to و, ئ ى ی to ي, ة ە to ه, ک گ to ك, پ ڤ چ ژ to
// ب ف ج ز; presentation forms
// and other compatibility characters through NFKC; Arabic-Indic digits to
// ASCII; letters lower-cased; runs of space between words made one space.
// Two spellings match exactly when their normalised forms are equal (the
// matcher adds clitic and article handling on top).
func Normalize(s string) string {
	nt := tokenize(s, nil)
	var b strings.Builder
	for i, t := range nt.toks {
		if i > 0 {
			b.WriteString(nt.gap(t))
		}
		b.WriteString(nt.word(t))
	}
	return b.String()
}

// runeClass says what a rune becomes after folding.
type runeClass uint8

const (
	classDrop   runeClass = iota // diacritic, tatweel: part of the word, not compared
	classFormat                  // invisible control: ignored, not part of any word
	classWord                    // letter or digit
	classSpace
	classPunct // anything else: separates words
	classExpand
)

// foldEntry is a precomputed fold result.
type foldEntry struct {
	r rune
	c runeClass
}

// foldTable caches fold for Latin, Greek, Cyrillic, Hebrew and Arabic,
// where nearly all text is: the unicode table lookups cost more than the
// rest of matching.
var foldTable = func() (t [0x800]foldEntry) {
	for r := range t {
		f, c := foldSlow(rune(r))
		t[r] = foldEntry{f, c}
	}
	return t
}()

// fold classifies r and returns its folded form (for classWord and
// classPunct). classExpand runes are looked up in compatExpansion.
func fold(r rune) (rune, runeClass) {
	if r >= 0 && r < rune(len(foldTable)) {
		e := foldTable[r]
		return e.r, e.c
	}
	return foldSlow(r)
}

func foldSlow(r rune) (rune, runeClass) {
	if r < 0x80 {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return r, classWord
		case r >= 'A' && r <= 'Z':
			return r + ('a' - 'A'), classWord
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v':
			return r, classSpace
		}
		return r, classPunct
	}
	if r >= 0x0600 && r <= 0x06FF {
		switch {
		case r >= 0x064B && r <= 0x065F, r == 0x0670, r >= 0x06D6 && r <= 0x06ED && r != 0x06E5 && r != 0x06E6,
			r >= 0x0610 && r <= 0x061A, r == 0x0640:
			return 0, classDrop
		case r == 'ء':
			// Hamza on the line is as freely written or left out as the
			// other hamzas (كربلاء/كربلا, رءوف/رؤوف).
			return 0, classDrop
		case r == 0x061C:
			return 0, classFormat
		case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ', r == 0x0672, r == 0x0673, r == 0x0675:
			return 'ا', classWord
		case r == 'ؤ':
			return 'و', classWord
		case r == 'ئ', r == 'ى', r == 0x06CC, r == 0x06D0, r == 0x06D2, r == 0x06D3:
			return 'ي', classWord
		case r == 'ة', r == 0x06D5, r == 0x06C0, r == 0x06C1, r == 0x06C2, r == 0x06C3:
			return 'ه', classWord
		case r == 0x06A9, r == 0x06AA, r == 0x06AF, r == 0x06AD:
			// ک ڪ, and گ ڭ (g), which Arabic keyboards write ك
			return 'ك', classWord
		// Letters for sounds Arabic lacks, in loanwords and foreign names,
		// commonly written with the nearest Arabic letter instead.
		case r == 0x067E: // پ p
			return 'ب', classWord
		case r == 0x06A4: // ڤ v
			return 'ف', classWord
		case r == 0x0686: // چ ch
			return 'ج', classWord
		case r == 0x0698: // ژ zh
			return 'ز', classWord
		case r == 0x06A8: // ڨ Maghrebi g
			return 'ق', classWord
		case r >= 0x0660 && r <= 0x0669:
			return '0' + r - 0x0660, classWord
		case r >= 0x06F0 && r <= 0x06F9:
			return '0' + r - 0x06F0, classWord
		}
	}
	switch {
	case r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFE, r >= 0xFF00 && r <= 0xFFEF:
		if _, ok := compatExpansion[r]; ok {
			return 0, classExpand
		}
	case r == 0x2029:
		return r, classSpace // paragraph separator: as good as a blank line
	case r == 0x00A0 || r == 0x1680 || r >= 0x2000 && r <= 0x200A || r == 0x2028 ||
		r == 0x202F || r == 0x205F || r == 0x3000 || r == 0x85:
		return ' ', classSpace
	}
	switch {
	case r == '‘' || r == '’' || r == '‛' || r == 'ʼ' || r == '′':
		return '\'', classPunct
	case r == '−' || unicode.Is(unicode.Pd, r) && r != 0x3030:
		return '-', classPunct // any dash joins words as a hyphen does
	case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
		return 0, classDrop
	case unicode.Is(unicode.Cf, r):
		return 0, classFormat
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return unicode.ToLower(r), classWord
	case unicode.IsSpace(r):
		return ' ', classSpace
	}
	return r, classPunct
}

// compatExpansion maps presentation forms and other compatibility
// characters to their NFKC form.
var compatExpansion = buildCompat()

func buildCompat() map[rune]string {
	m := map[rune]string{}
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			if !unicode.IsPrint(r) && !unicode.Is(unicode.Cf, r) {
				continue
			}
			if k := norm.NFKC.String(string(r)); k != string(r) {
				m[r] = k
			}
		}
	}
	add(0xFB50, 0xFDFF)
	add(0xFE70, 0xFEFE)
	add(0xFF00, 0xFFEF)
	return m
}

// token is one word of a normalised text.
type token struct {
	nStart, nEnd int // normalised bytes in normText.buf
	gStart, gEnd int // normalised gap before the token in normText.gaps
	oStart, oEnd int // original bytes, from the first letter to the last letter or mark
}

// normText is a tokenised, normalised text.
type normText struct {
	buf  []byte
	gaps []byte
	toks []token
}

func (nt *normText) word(t token) string      { return string(nt.wordBytes(t)) }
func (nt *normText) wordBytes(t token) []byte { return nt.buf[t.nStart:t.nEnd] }
func (nt *normText) gap(t token) string       { return string(nt.gaps[t.gStart:t.gEnd]) }

// tokenize splits s into normalised words. The gap before each word is
// kept as " " when it is only space, else as its non-space characters
// (so "COVID-19" keeps "-" between its words and a comma stops a
// multi-word term). nt, if not nil, is reused.
func tokenize(s string, nt *normText) *normText {
	if nt == nil {
		nt = &normText{}
	}
	nt.buf, nt.gaps, nt.toks = nt.buf[:0], nt.gaps[:0], nt.toks[:0]
	if cap(nt.buf) < len(s) {
		// Folding never lengthens Arabic or Latin text; words average
		// well over four bytes.
		nt.buf = make([]byte, 0, len(s))
		nt.gaps = make([]byte, 0, len(s)/4+8)
		nt.toks = make([]token, 0, len(s)/6+1)
	}
	inWord := false
	gapStart := 0
	newlines := 0   // in the current gap: two or more end a paragraph
	dropStart := -1 // tatweel or marks just before a word belong to it
	var cur token
	emit := func(r rune, c runeClass, start, end int) {
		switch c {
		case classWord:
			if !inWord {
				if len(nt.gaps) == gapStart {
					if newlines >= 2 {
						nt.gaps = append(nt.gaps, '\n') // no term spans paragraphs
					} else {
						nt.gaps = append(nt.gaps, ' ')
					}
				}
				newlines = 0
				cur = token{nStart: len(nt.buf), gStart: gapStart, gEnd: len(nt.gaps), oStart: start}
				if dropStart >= 0 {
					cur.oStart = dropStart
					dropStart = -1
				}
				inWord = true
			}
			nt.buf = utf8.AppendRune(nt.buf, r)
			cur.oEnd = end
		case classDrop:
			if inWord {
				cur.oEnd = end
			} else if dropStart < 0 {
				dropStart = start
			}
		case classSpace, classPunct:
			dropStart = -1
			if inWord {
				cur.nEnd = len(nt.buf)
				nt.toks = append(nt.toks, cur)
				inWord = false
				gapStart = len(nt.gaps)
			}
			if c == classPunct {
				nt.gaps = utf8.AppendRune(nt.gaps, r)
			} else if r == '\n' {
				newlines++
			} else if r == 0x2029 {
				newlines += 2
			}
		}
	}
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		f, c := fold(r)
		if c == classWord && inWord {
			// The common case, inside a word: no state changes.
			if f < utf8.RuneSelf {
				nt.buf = append(nt.buf, byte(f))
			} else {
				nt.buf = utf8.AppendRune(nt.buf, f)
			}
			cur.oEnd = i + size
			i += size
			continue
		}
		if c == classExpand {
			for _, er := range compatExpansion[r] {
				ef, ec := fold(er)
				emit(ef, ec, i, i+size)
			}
		} else {
			emit(f, c, i, i+size)
		}
		i += size
	}
	if inWord {
		cur.nEnd = len(nt.buf)
		nt.toks = append(nt.toks, cur)
	}
	return nt
}

// origOffset returns the original byte offset in s where the normalised
// word starting at s[oStart:] reaches n normalised bytes: the start of the
// first rune that contributes beyond them, so marks and tatweel that
// follow the first n bytes stay with them.
func origOffset(s string, oStart, oEnd, n int) int {
	if n == 0 {
		return oStart
	}
	got := 0
	for i := oStart; i < oEnd; {
		r, size := utf8.DecodeRuneInString(s[i:])
		f, c := fold(r)
		add := 0
		switch c {
		case classWord:
			add = utf8.RuneLen(f)
		case classExpand:
			for _, er := range compatExpansion[r] {
				if ef, ec := fold(er); ec == classWord {
					add += utf8.RuneLen(ef)
				}
			}
		}
		if add > 0 && got >= n {
			return i
		}
		got += add
		i += size
	}
	return oEnd
}
