package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// language is a language layer over the generic core.
type language struct {
	arabic    bool // Arabic rules: one-letter abbreviations, joined sentences, Arabic datelines
	latinCase bool // a lower-case Latin word never starts a sentence; capitals are evidence
}

var (
	langGeneric = &language{}
	langArabic  = &language{arabic: true}
	langEnglish = &language{latinCase: true}
)

func languageOf(lang string) *language {
	switch strings.ToLower(lang) {
	case "ar", "ara", "arabic":
		return langArabic
	case "en", "eng", "english":
		return langEnglish
	}
	if strings.HasPrefix(lang, "ar-") || strings.HasPrefix(lang, "ar_") {
		return langArabic
	}
	if strings.HasPrefix(lang, "en-") || strings.HasPrefix(lang, "en_") {
		return langEnglish
	}
	return langGeneric
}

// Kinds of Latin abbreviation (English and Latin text embedded in Arabic).
const (
	abbrTitle   = 1 + iota // precedes a name: never ends a sentence (Mr., Dr.)
	abbrNumeric            // precedes a number (No. 5, pp. 12)
	abbrWeak               // may end a sentence (Inc., Jr., U.S.): only before a typical sentence start
	abbrFinal              // usually ends a sentence (etc.): ends it before any capital
)

var latinAbbr = map[string]uint8{}

func init() {
	// Building lookup tables from literals is not a registry side effect.
	for _, w := range strings.Fields(`Mr Mrs Ms Mx Messrs Mmes Dr Drs Prof Profs Rev Hon Sen Sens Rep Reps Gov Gen Lt Col Maj Capt Cpt Cmdr Cdr Adm Sgt Cpl Pvt Brig Supt Insp Det Fr Sr Sra Srta Mme Mlle Mgr Msgr St Ste Mt Ft Pres Amb Atty Ald Assoc Asst Dept Univ vs v cf viz ca approx Sec Gov't Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Ave Blvd Rd Hwy Sq Ln Pl Rt Mtn Fig Figs Eq Eqs Vol Vols Ch Chap Sect Para Trans Repr Ref Refs Ex e.g i.e E.g I.e a.k.a ed eds fig figs vol vols ch chap sec para op loc ibid Ibid ff seq esp incl excl est approx dept`) {
		latinAbbr[w] = abbrTitle
	}
	for _, w := range strings.Fields(`No Nos no nos Nr nr Art art pp p Pp P Tel tel Ph ext Ext Ps Ps Ch Chs Op Opp Vol vol`) {
		latinAbbr[w] = abbrNumeric
	}
	latinAbbr["etc"], latinAbbr["Etc"] = abbrFinal, abbrFinal
	for _, w := range strings.Fields(`al Ed Eds Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Inc Ltd Co Corp Bros Jr Sr Esq Ph.D PhD M.D B.A M.A B.Sc M.Sc a.m p.m A.M P.M U.S U.K U.N E.U U.S.A U.S.S.R D.C L.A N.Y N.J Mass Calif Fla Ill Penn Va Wash Ariz Colo Conn Del Ga Ind Kan Ky La Md Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Vt Wis Wyo`) {
		latinAbbr[w] = abbrWeak
	}
}

// sentenceStarters are capitalised words that typically begin an English
// sentence; after a weak abbreviation or an initial they tip the balance
// towards a boundary ("in the U.S. The", "etc. But").
var sentenceStarters = wordSet("data/en_sentence_starters.txt")

// ordinals count centuries before an era ("القرن الثالث ق.م.").
var ordinals = loadList("data/ar_ordinals.txt")

// speechVerbs introduce the speaker after a quotation ("«…؟» قال الوزير").
var speechVerbs = wordSet("data/ar_speech_verbs.txt")

// nonBreaking reports whether a single period after word (prev is the word
// before it, rest the text after the white space) does not end a sentence.
func (l *language) nonBreaking(word, prev, rest string, initial bool, sp *splitter) bool {
	word = trimClosers(word)
	if word == "" {
		return false
	}
	if initial && isListMarker(word) {
		return true
	}
	if l.arabic && len(word) > 1 && word[0] == '@' {
		word = word[1:] // "@م. طارق": a mention of an abbreviated user name
	}
	nr, _ := firstLetter(rest, 0)
	// starter is looked up only by the rules that need it: most periods
	// end an Arabic word that is neither an abbreviation nor an initial.
	starter := func() bool { return sentenceStarters[trimWordPunct(nextWord(rest))] }
	if k, ok := latinAbbr[word]; ok {
		switch k {
		case abbrTitle:
			return true
		case abbrNumeric:
			return isDigit(nr)
		case abbrWeak:
			return !starter() && !isArabicLetter(nr)
		case abbrFinal:
			return !unicode.IsUpper(nr) && !isArabicLetter(nr)
		}
	}
	afterNumber := isNumber(trimClosers(prev))
	if isInitialism(word) {
		r, _ := utf8.DecodeRuneInString(word)
		if isArabicLetter(r) {
			// "د. محمد", "أ.د. علي" but "عام 300 ق.م. وكان", "1442 هـ. ثم".
			if !l.arabic {
				return false
			}
			if !afterNumber && !inSet(ordinals, trimOpeners(prev)) {
				return true
			}
			// An era after a number or an ordinal ("القرن الثالث ق.م.")
			// ends the sentence before a clause with و, ثم or لكن or a
			// word with the article (a headline), not before the rest of
			// the sentence ("عام 450 ق.م. قرب …", "1760 م. تقريبا").
			nw := trimWordPunct(trimOpeners(nextWord(rest)))
			return !waClause(nw) && !hasArticle(nw) && nw != "ثم" && !strings.HasPrefix(nw, "لكن")
		}
		return !starter() && !isArabicLetter(nr)
	}
	return false
}

// isInitialism: a single letter or dotted letters ("J", "U.S", "أ.د", "ق.م", "هـ").
func isInitialism(w string) bool {
	letters := 0
	run := 0
	for _, r := range w {
		switch {
		case r == '.':
			if run == 0 {
				return false
			}
			run = 0
		case r == 0x640: // tatweel: "هـ"
		case (r >= 0x621 && r <= 0x64A) || unicode.IsLetter(r):
			// The Arabic letters first, by range: unicode.IsLetter
			// searches a table, and this runs on the word before every
			// period.
			run++
			letters++
			if run > 2 {
				return false
			}
		default:
			return false
		}
	}
	return letters > 0 && (run <= 1 || strings.Contains(w, ".")) && !(letters == 2 && !strings.Contains(w, "."))
}

func isListMarker(w string) bool {
	if isNumber(w) {
		return utf8.RuneCountInString(w) <= 3
	}
	if utf8.RuneCountInString(stripTatweel(w)) == 1 {
		return true
	}
	switch w {
	case "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "i", "ii", "iii", "iv", "vi", "vii", "viii", "ix":
		return true
	}
	return false
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	digit := false
	for _, r := range w {
		switch {
		case isDigit(r):
			digit = true
		case r == '.' || r == ',' || r == '٫' || r == '٬' || r == '/' || r == '-':
		default:
			return false
		}
	}
	return digit
}

func trimClosers(w string) string {
	for w != "" {
		r, s := utf8.DecodeLastRuneInString(w)
		switch r {
		case '"', '\'', ')', ']', '}', '»', '”', '’', '›', '\u200e', '\u200f', '\u061c':
			w = w[:len(w)-s]
			continue
		}
		break
	}
	return w
}

// trimWordPunct removes trailing punctuation (",", ":") from a word.
func trimWordPunct(w string) string {
	for w != "" {
		// Most words end in an Arabic letter, U+0621–U+064A (D8 A1–BF,
		// D9 80–8A), which isPunct never takes: no decoding.
		if n := len(w); n >= 2 && ((w[n-2] == 0xD8 && w[n-1] >= 0xA1 && w[n-1] <= 0xBF) || (w[n-2] == 0xD9 && w[n-1] >= 0x80 && w[n-1] <= 0x8A)) {
			break
		}
		r, s := utf8.DecodeLastRuneInString(w)
		if !isPunct(r) {
			break
		}
		w = w[:len(w)-s]
	}
	return w
}

// isPunct is unicode.IsPunct, answering at once for the Arabic letters
// (U+0621–U+064A: no punctuation among them), for which unicode.IsPunct
// searches its table.
func isPunct(r rune) bool {
	if r >= 0x621 && r <= 0x64A {
		return false
	}
	return unicode.IsPunct(r)
}

// nextWord returns the first white-space delimited word of s, openers removed.
func nextWord(s string) string {
	_, m := firstLetter(s, 0)
	s = s[m:]
	for i, r := range s {
		if isSpace(r) {
			return s[:i]
		}
	}
	return s
}
