package lexicon

import (
	"strings"
	"unicode"
)

// isTashkeel reports Arabic diacritics (harakat, tanwin, shadda, sukun,
// superscript alef) and tatweel, which carry no lexical identity and are
// dropped before lookup.
func isTashkeel(r rune) bool {
	if r < 0x0610 {
		return false
	}
	if r < 0x0700 {
		return arabicBlock[r-0x0600]&blockTashkeel != 0
	}
	return tashkeelRune(r)
}

func tashkeelRune(r rune) bool {
	return (r >= 0x064B && r <= 0x065F) || r == 0x0670 || r == 0x0640 ||
		(r > 0x0600 && unicode.Is(unicode.Arabic, r) && unicode.Is(unicode.Mn, r))
}

// isArabicLetter reports letters of the Arabic script (including the
// Persian/Urdu variants and presentation forms).
func isArabicLetter(r rune) bool {
	if r >= 0x0600 && r < 0x0700 {
		return arabicBlock[r-0x0600]&blockLetter != 0
	}
	return arabicLetterRune(r)
}

// The Arabic block (U+0600–U+06FF), where nearly all input runes fall, is
// classified once from the definitions above instead of by table search.
const (
	blockTashkeel = 1 << iota
	blockLetter
)

var arabicBlock = func() (t [0x100]uint8) {
	for r := rune(0x0600); r < 0x0700; r++ {
		if r >= 0x0610 && tashkeelRune(r) {
			t[r-0x0600] |= blockTashkeel
		}
		if arabicLetterRune(r) {
			t[r-0x0600] |= blockLetter
		}
	}
	return t
}()

func arabicLetterRune(r rune) bool {
	if r >= 0x0621 && r <= 0x064A {
		return r != 0x0640 // tatweel
	}
	return r > 0x0600 && unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r)
}

// foldLetter maps spelling variants to one lookup form: hamzated alefs and
// alef wasla to bare alef, Persian kaf/yeh to Arabic ones. It returns 0 for
// runes to drop.
func foldLetter(r rune) rune {
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ':
		return 'ا'
	case 'ک', 'ڪ':
		return 'ك'
	case 'ی', 'ې', 'ۍ':
		return 'ي'
	case 'ە', 'ۀ', 'ۃ':
		return 'ة'
	case 'ٶ':
		return 'ؤ'
	case 'ٸ':
		return 'ئ'
	}
	if isTashkeel(r) {
		return 0
	}
	return r
}

// normalize returns the lookup form of an Arabic word: diacritics and
// tatweel removed, letter variants folded. Lexicon keys and input words go
// through the same function, so they meet in the middle.
func normalize(s string) string {
	clean := true
	for _, r := range s {
		if f := foldLetter(r); f != r {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if f := foldLetter(r); f != 0 {
			b.WriteRune(f)
		}
	}
	return b.String()
}

// variants returns other spellings of a normalized word to try when the
// word itself is not found: final yeh/alef maqsura and teh marbuta/heh are
// interchanged in much real-world typing.
func variants(w string) []string {
	from, to := variantEnding(w)
	if from == "" {
		return nil
	}
	return []string{w[:len(w)-len(from)] + to}
}

// variantEnding returns the final letter of w that variants interchanges
// and the letter it tries instead, or "", "".
func variantEnding(w string) (from, to string) {
	switch {
	case strings.HasSuffix(w, "ى"):
		return "ى", "ي"
	case strings.HasSuffix(w, "ي"):
		return "ي", "ى"
	case strings.HasSuffix(w, "ه"):
		return "ه", "ة"
	case strings.HasSuffix(w, "ة"):
		return "ة", "ه"
	}
	return "", ""
}

// digitValue maps ASCII, Arabic-Indic and Extended Arabic-Indic digits to
// their ASCII form; ok is false for other runes.
func digitValue(r rune) (byte, bool) {
	switch {
	case r >= '0' && r <= '9':
		return byte(r), true
	case r >= '٠' && r <= '٩':
		return byte('0' + r - '٠'), true
	case r >= '۰' && r <= '۹':
		return byte('0' + r - '۰'), true
	}
	return 0, false
}

// punctMap turns Arabic punctuation into its English counterpart.
func punctMap(r rune) string {
	switch r {
	case '،':
		return ","
	case '؛':
		return ";"
	case '؟':
		return "?"
	case '٪':
		return "%"
	case '۔':
		return "."
	case '«':
		return "“"
	case '»':
		return "”"
	}
	return string(r)
}

// stripTashkeel removes diacritics and tatweel but keeps letter variants.
func stripTashkeel(s string) string {
	if strings.IndexFunc(s, isTashkeel) < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if !isTashkeel(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isAlefVariant(r rune) bool {
	return r == 'ا' || r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ'
}

// hamzaCompatible reports whether a word typed as orig may be the lexicon
// form lex (both tashkeel-free, equal after folding). Writers often drop the
// hamza, so a bare alef in the text matches anything; but a hamza the writer
// did type must not be contradicted (الأم is not آلام).
func hamzaCompatible(orig, lex string) bool {
	lr := []rune(lex)
	i := 0
	for _, r := range orig {
		if i >= len(lr) {
			return true
		}
		if r != 'ا' && isAlefVariant(r) && isAlefVariant(lr[i]) && r != lr[i] && !(i == 0 && lr[i] == 'ا') {
			// (an initial wasla alef is often typed with a hamza:
			// إستخدام, إنعدام)
			return false
		}
		i++
	}
	return true
}

// innerHamzaAdded reports whether lex has a hamzated alef after the first
// letter where the text (orig) has a bare one. Swapped, it reports a hamza
// the text typed where the lexicon form has none (hamzaSeat).
func innerHamzaAdded(orig, lex string) bool {
	lr := []rune(lex)
	i := 0
	for _, r := range orig {
		if i >= len(lr) {
			return false
		}
		if i > 0 && r == 'ا' && lr[i] != 'ا' && isAlefVariant(lr[i]) {
			return true
		}
		i++
	}
	return false
}
