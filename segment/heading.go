package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// questionOpeners are capitalised words that open an English question. A
// heading has no final stop, so when one is run into the question that follows
// it ("Questions Why did you choose this career …?") the capitalised opener
// directly after an unpunctuated word is the boundary cue.
var questionOpeners = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`What Why How Who Whom Whose Where When Which If`) {
		questionOpeners[w] = true
	}
}

// midQuestion finds a heading run into a question in the sentence [s, e):
// the sentence ends with '?' and a question opener follows a word that ends
// in a letter or digit and is neither a preposition nor an article. It
// returns the opener's offset, or -1. The first such opener wins; a second
// one is found when the rest is searched again.
func midQuestion(t string, s, e int) int {
	if e-s < 3 || !strings.HasSuffix(strings.TrimRight(t[s:e], `"”’') `), "?") {
		return -1
	}
	prevEnd := -1
	for i := s; i < e; {
		ws := skipSpace(t, i)
		if ws >= e {
			break
		}
		we := ws
		for we < e && spaceWidth(t, we) == 0 {
			we++
		}
		if prevEnd > s && questionOpeners[strings.TrimRight(t[ws:we], ",")] {
			pw := t[wordStart(t, s, prevEnd):prevEnd]
			pr, _ := utf8.DecodeLastRuneInString(pw)
			if (unicode.IsLetter(pr) || unicode.IsDigit(pr)) && !noPlaceBefore[strings.ToLower(pw)] && !sentenceStarters[pw] {
				return ws
			}
		}
		prevEnd = we
		i = we
	}
	return -1
}

// Headings, captions and titles run into the next sentence (English).
//
// A heading has no final stop, so once lines are joined into a paragraph it
// runs into the sentence after it: "Steps Water the plant a day before.",
// "2. METHODS This section …", "Clara Hartmann Clara Louise Hartmann (…)
// was". midHeading looks only at the first words of a sentence, where a
// heading can be, and splits where a heading-shaped run of words (the head)
// is followed by a capitalised word that starts a sentence.

// maxHeadWords bounds the head: headings are short, and the scan of a
// sentence that is no heading stops as soon as its first words rule one out.
const (
	maxHeadWords     = 12
	maxSentenceWords = 6 // a head in sentence case: "Stay safe", "Early life"
)

// hword is one white-space delimited word of a sentence, with the facts the
// heading rules look at.
type hword struct {
	s, e     int    // the raw word [s, e)
	core     string // without opening quotes and brackets and trailing punctuation
	upper    bool   // core starts with an upper-case letter
	lower    bool   // core starts with a lower-case letter
	caps     bool   // two or more letters, none lower-case ("NEIGHBOURS")
	number   bool   // a number or section number ("2.", "2.1", "1990")
	alnumEnd bool   // the raw word ends in a letter or digit
	parenEnd bool   // the raw word ends in ')'
	punct    bool   // the raw word ends in other punctuation (",", ":", "-")
	looked   bool   // flags is set
	flags    uint16 // the word's enLex flags, looked up on first use
}

// has reports whether the word is in one of the enLex lists f.
func (w *hword) has(f uint16) bool {
	if !w.looked {
		if len(w.core) > enMaxLen(f) {
			return false // longer than any word of these lists: no lookup
		}
		w.flags, w.looked = enFlags(w.core), true
	}
	return w.flags&f != 0
}

// enMaxLen returns the length of the longest word of the lists f.
func enMaxLen(f uint16) int { return int(enMaskLen[f&(enLexFlags-1)]) }

// enFlags looks a word up in enLex: ASCII words are lower-cased into a
// stack buffer (a map lookup by string(buf) does not allocate), the rest go
// through normAr first.
func enFlags(w string) uint16 {
	if len(w) > enLexMax || w == "" {
		return 0
	}
	var buf [32]byte
	if len(w) > len(buf) {
		return 0 // enLexMax is far below
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return enLex[string(appendNorm(buf[:0], w))]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return enLex[string(buf[:len(w)])]
}

func analyseWord(w *hword, t string, s, e int) {
	*w = hword{s: s, e: e}
	raw := t[s:e]
	core := raw
	// ASCII fast paths: most words start and end with a letter.
	if c := raw[len(raw)-1]; c < 0x80 {
		switch {
		case isASCIIAlnum(c):
			w.alnumEnd = true
		case c == ')':
			w.parenEnd = true
		default:
			w.punct = true
		}
	} else {
		last, _ := utf8.DecodeLastRuneInString(raw)
		w.alnumEnd = unicode.IsLetter(last) || unicode.IsDigit(last)
		w.punct = !w.alnumEnd
	}
	if !w.alnumEnd {
		core = trimWordPunct(core)
	}
	if core != "" && (core[0] >= 0x80 || !isASCIIAlnum(core[0])) {
		core = trimOpeners(core)
	}
	w.core = core
	if core == "" {
		return
	}
	c := core[0]
	if c < 0x80 {
		w.upper = c >= 'A' && c <= 'Z'
		w.lower = c >= 'a' && c <= 'z'
	} else {
		r, _ := utf8.DecodeRuneInString(core)
		w.upper = unicode.IsUpper(r)
		w.lower = unicode.IsLower(r)
	}
	if isASCIIDigit(c) {
		w.number = isNumber(core) || (strings.HasSuffix(raw, ".") && isNumber(strings.TrimRight(raw, ".")))
	}
	if w.upper {
		letters := 0
		w.caps = true
		for _, r := range core {
			if r < 0x80 {
				if r >= 'a' && r <= 'z' {
					w.caps = false
					break
				}
				if r >= 'A' && r <= 'Z' {
					letters++
				}
				continue
			}
			if unicode.IsLower(r) {
				w.caps = false
				break
			}
			if unicode.IsLetter(r) {
				letters++
			}
		}
		w.caps = w.caps && letters >= 2
	}
}

func isASCIIAlnum(c byte) bool {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}

// headState classifies the head words[0:k] as k grows.
type headState struct {
	numbered bool // led by a section number ("2.", "2.1", "IV.")
	first    int  // index of the first word after the number
	title    bool // Title Case: capitalised words, numbers and minor words
	capsOnly bool // every word in capitals (numbers allowed)
	sentence bool // sentence case: a capitalised first word that opens no sentence, no comma
	caps     int  // capitalised words (for Title Case, at least two make it strong)
	allCaps  int  // words in capitals
	long     bool // some capitalised word has six letters or more
	digits   bool // a number after the section number ("More than 2 million people")
}

// wordScan analyses the words of a sentence lazily, one at a time as the
// heading rules ask for them: most sentences are ruled out after two words.
type wordScan struct {
	t      string
	pos, e int
	n      int    // words delimited so far
	done   uint32 // bit i: word i is analysed
	w      [maxHeadWords + 4]hword
}

// bound delimits the words up to i without analysing them and reports
// whether word i exists (within the window).
func (sc *wordScan) bound(i int) bool {
	for sc.n <= i {
		if sc.n == len(sc.w) {
			return false
		}
		ws := sc.pos
		for ws < sc.e && sc.t[ws] == ' ' {
			ws++
		}
		if ws < sc.e && (sc.t[ws] < ' ' || sc.t[ws] >= 0x80) {
			ws = skipSpace(sc.t, ws) // other white space: "\n", NBSP
		}
		if ws >= sc.e {
			return false
		}
		we := ws
		for we < sc.e {
			if c := sc.t[we]; c > ' ' && c < 0x80 {
				we++ // the common case, without a call
				continue
			}
			if spaceWidth(sc.t, we) != 0 {
				break
			}
			we++
		}
		sc.w[sc.n].s, sc.w[sc.n].e = ws, we
		sc.n++
		sc.pos = we
	}
	return true
}

// get returns word i of the sentence, analysed, or nil past its end (or
// the window).
func (sc *wordScan) get(i int) *hword {
	if !sc.bound(i) {
		return nil
	}
	w := &sc.w[i]
	if sc.done&(1<<i) == 0 {
		analyseWord(w, sc.t, w.s, w.e)
		sc.done |= 1 << i
	}
	return w
}

// plainLower reports that word i starts with an ASCII lower-case letter and
// ends in an ASCII letter ("said", "don't"): no heading rule needs more.
func (sc *wordScan) plainLower(i int) bool {
	if !sc.bound(i) {
		return false
	}
	w := &sc.w[i]
	c, l := sc.t[w.s], sc.t[w.e-1]
	return c >= 'a' && c <= 'z' && isASCIILetter(l)
}

// midHeading finds a heading run into the sentence [s, e) and returns the
// offset where the sentence after it starts, or -1. prevLabel reports that
// the sentence before was a caption label ("Figure 2."), whose caption runs
// to its last word: "Location of the survey plots Each plot …".
func midHeading(t string, s, e int, prevLabel bool) int {
	if !prevLabel && quickNoHeading(t, s, e) {
		return -1
	}
	sc := wordScan{t: t, pos: s, e: e}
	if prevLabel {
		if p := captionEnd(&sc); p >= 0 {
			return p
		}
	}
	var h headState
	w0 := sc.get(0)
	if w0.number || isRomanSection(t[w0.s:w0.e]) {
		// "2. Methods", "2.1 Study sites", "IV. RESULTS"
		if w1 := sc.get(1); w1 != nil && w1.upper && (!w0.number || strings.Contains(t[w0.s:w0.e], ".") || len(w1.core) > 1) {
			h.numbered, h.first = true, 1
		}
	}
	f := sc.get(h.first)
	if !f.upper {
		return -1
	}
	opener := f.has(enOpener | enStarter)
	// "The Long Winter", "How to Repot a Houseplant" are titles, "In March
	// 2024 The …", "Meanwhile Smith …" are not.
	h.title = !opener || f.has(enTitleStart)
	h.capsOnly = f.caps
	h.sentence = !opener
	if !h.title && !h.capsOnly && !h.sentence {
		return -1 // most sentences: "It was …", "In 2011 …", "But …"
	}
	for k := h.first; k < maxHeadWords; k++ {
		if h.sentence && !h.title && !h.capsOnly && k+1-h.first <= maxSentenceWords && sc.plainLower(k) && sc.bound(k+1) {
			// Only a head in sentence case is left, and this word and the
			// next are lower case ("Smith said the …"): no break here.
			if c := t[sc.w[k+1].s]; c >= 'a' && c <= 'z' {
				continue
			}
		}
		w := sc.get(k)
		if w == nil {
			return -1
		}
		switch {
		case w.number:
			h.digits = true
		case w.caps:
			h.allCaps++
			h.caps++
		case w.upper:
			h.caps++
			h.capsOnly = false
		case w.lower && w.has(enMinor):
			h.capsOnly = false
		default:
			h.capsOnly, h.title = false, false
		}
		if w.upper && len(w.core) >= 6 && utf8.RuneCountInString(w.core) >= 6 {
			h.long = true
		}
		if t[w.e-1] == ',' {
			h.sentence, h.title = false, false // a comma is running text, except in capitals
		}
		if k+1-h.first > maxSentenceWords {
			h.sentence = false
		}
		if !h.title && !h.capsOnly && !h.sentence {
			return -1
		}
		if w.punct {
			// A heading has no punctuation inside ("Three steps:
			// …" is no heading), but for commas in capitals.
			if !(h.capsOnly && t[w.e-1] == ',') {
				return -1
			}
			continue
		}
		if p := headBreak(&sc, k, &h); p >= 0 {
			return p
		}
	}
	return -1
}

// quickNoHeading rules most sentences out from their first one or two
// words, before any word is analysed: a lower-case start; an opener that no
// title starts with ("It was", "In 2011", "But"); or a title start followed
// by a lower-case word that is no title word ("The company said").
func quickNoHeading(t string, s, e int) bool {
	c := t[s]
	if c >= 'a' && c <= 'z' {
		return true
	}
	if c < 'A' || c > 'Z' {
		return false // digits, quotes, other scripts: the full analysis
	}
	w0e := s + 1
	for w0e < e && (isASCIILetter(t[w0e]) || t[w0e] == '\'' || t[w0e] == '-') {
		w0e++
	}
	if w0e-s >= 2 && t[s+1] >= 'A' && t[s+1] <= 'Z' {
		return false // capitals
	}
	if w0e < e && t[w0e] == ',' && (w0e+1 == e || t[w0e+1] == ' ') {
		return true // "However, …": no heading but in capitals has a comma
	}
	if w0e < e && t[w0e] != ' ' {
		return false // "U.S.", "(…": the full analysis
	}
	f := enFlags(t[s:w0e])
	if f&(enOpener|enStarter) == 0 {
		// A name or a noun: a heading in sentence case may start here,
		// and end before a capitalised word among the next six.
		return lowerRun(t, w0e, e)
	}
	if f&enTitleStart == 0 {
		return true
	}
	w1s := w0e
	for w1s < e && t[w1s] == ' ' {
		w1s++
	}
	w1e := w1s
	for w1e < e && isASCIILetter(t[w1e]) {
		w1e++
	}
	if w1s >= e || t[w1s] < 'a' || t[w1s] > 'z' || (w1e < e && t[w1e] != ' ') {
		return false
	}
	return w1e-w1s > enMaxLen(enMinor) || enFlags(t[w1s:w1e])&enMinor == 0
}

// lowerRun reports that the maxSentenceWords words from i all start with
// an ASCII lower-case letter (or the sentence ends first) and one of them is
// longer than any title word: no heading rule can break there.
func lowerRun(t string, i, e int) bool {
	long := false
	for k := 0; k < maxSentenceWords; k++ {
		for i < e && t[i] == ' ' {
			i++
		}
		if i >= e {
			return long
		}
		if c := t[i]; c < 'a' || c > 'z' {
			return false
		}
		j := i
		for j < e && t[j] != ' ' {
			j++
		}
		long = long || j-i > enMaxLen(enMinor)
		i = j
	}
	return long
}

func isASCIILetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

// headBreak decides whether the sentence starts at word k+1 (b), after the
// head of words 0 … k whose last word is a, and returns b's offset or -1.
func headBreak(sc *wordScan, k int, h *headState) int {
	t := sc.t
	a, b := sc.get(k), sc.get(k+1)
	if b == nil || (!b.upper && !b.number) {
		return -1 // most words: the sentence goes on
	}
	if !a.alnumEnd && !(a.parenEnd && (h.title || h.capsOnly)) {
		return -1
	}
	if !a.number && (a.has(enContinue) || (a.lower && a.has(enMinor))) {
		return -1 // "shown in Figure", "told The Times", "Notes on the"
	}
	next := sc.get(k + 2)
	if next == nil {
		return -1 // a heading is followed by a sentence of two words or more
	}
	n := k + 1 - h.first
	capsHead := h.capsOnly && h.allCaps >= 2 && (h.allCaps >= 3 || h.long)
	strong := capsHead || (h.title && n >= 2) || (h.numbered && (h.title || h.capsOnly))
	if b.number && next.upper && (h.title || h.capsOnly) && isSectionNumber(t[b.s:b.e]) {
		return b.s // "2. Methods 2.1 Study sites …": the next section's number
	}
	if !b.upper || !startsWithLetter(t, b.s) {
		return -1
	}
	weak := h.title || h.sentence
	nextLower := next.lower || next.number
	switch {
	case capsHead && !b.caps:
		// "THE HISTORY OF THE MILL The mill was built …"
		return b.s
	case b.caps:
		return -1 // an acronym ("IT", "UN") is no sentence opener
	case b.has(enOpener):
		// "Stay safe The water …"; "Chapter 3 The Long Winter" only
		// after a strong head, since "The Times" may be a title, and
		// "Hold Me Tight You was" is one.
		if h.title && n >= 2 && !h.numbered && b.has(enTitleFinal) {
			return -1
		}
		if strong || (weak && nextLower) {
			return b.s
		}
		return -1
	case !b.alnumEnd:
		return -1 // "Maria Lopez Garcia, the …": a name in apposition
	case h.title && n >= 2 && b.core == sc.get(h.first).core:
		// "Clara Hartmann Clara Louise Hartmann (…) was": an article
		// opens by repeating its title.
		return b.s
	case (strong || (h.title && n == 1)) && next.lower && next.has(enObject):
		// "Steps Water the plant …", "Method Sift the flour …": an
		// imperative step after a heading ("Obama Visits the White
		// House" keeps its capitals).
		if w := sc.get(k + 3); w != nil && w.lower {
			return b.s
		}
	case h.numbered && (h.title || h.capsOnly) && n <= 5 && next.lower:
		// "1. Introduction Alpine plants flower …"
		return b.s
	case h.sentence && n >= 2 && !h.digits && a.lower && !a.has(enNameBefore) && !agentNoun(a.core) && nameThenAux(sc, k+1):
		// "Later career Ruth Baxter was appointed …": a heading in sentence
		// case, then the subject's name and an auxiliary. "former
		// president Barack Obama was", "local resident Anne Frost has"
		// are one sentence.
		return b.s
	}
	return -1
}

// agentNoun reports a noun that names a person by its suffix ("resident",
// "manager", "actor", "scientist", "historian", "spokesman"), which stands
// before a name in apposition. "-eer" ("career") and "-ment" ("early
// development") are left out; the listed roles (en_name_before.txt) cover
// "engineer" and the rest.
func agentNoun(w string) bool {
	switch {
	case strings.HasSuffix(w, "eer"), strings.HasSuffix(w, "ment"):
		return false
	case strings.HasSuffix(w, "er"), strings.HasSuffix(w, "or"), strings.HasSuffix(w, "ist"),
		strings.HasSuffix(w, "ent"), strings.HasSuffix(w, "ant"), strings.HasSuffix(w, "ian"),
		strings.HasSuffix(w, "man"), strings.HasSuffix(w, "woman"), strings.HasSuffix(w, "person"):
		return true
	}
	return false
}

// nameThenAux reports that words i … start with a name of one to three
// capitalised words followed by an auxiliary verb ("Ruth Baxter was").
func nameThenAux(sc *wordScan, i int) bool {
	for j := 0; j <= 3; j++ {
		w := sc.get(i + j)
		if w == nil {
			return false
		}
		if j > 0 && w.lower {
			return w.has(enAux) && !w.punct
		}
		if !w.upper || w.caps || !w.alnumEnd {
			return false
		}
	}
	return false
}

// captionEnd returns where the caption at the start of a sentence ends,
// after a caption label ("Figure 2."): at the first capitalised word that
// follows a lower-case word other than a function word ("Location of the
// survey plots Each plot …"), or -1.
func captionEnd(sc *wordScan) int {
	if w := sc.get(0); w == nil || !w.upper {
		return -1
	}
	for k := 1; k < maxHeadWords; k++ {
		a, b := sc.get(k), sc.get(k+1)
		if b == nil || sc.get(k+2) == nil || a.punct || a.parenEnd {
			return -1
		}
		if a.lower && !a.has(enContinue|enMinor) && b.upper && !b.caps {
			return b.s
		}
	}
	return -1
}

// isCaptionLabel reports a sentence that is only a caption label: "Figure
// 2.", "Table 1.", "Fig. 3.".
func isCaptionLabel(t string) bool {
	label, num, ok := strings.Cut(t, " ")
	if !ok || !strings.HasSuffix(num, ".") || !isNumber(strings.TrimSuffix(num, ".")) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(label)
	return unicode.IsUpper(r) && enFlags(strings.TrimSuffix(label, "."))&enCaption != 0
}

// labelStart finds a caption label that ends the sentence [s, e) after an
// unpunctuated caption ("Rainfall by month (source: met office) Table
// 2.") and returns the label's offset, or -1. "as shown in Figure 2." and
// "see Table 3." end running text.
func labelStart(t string, s, e int) int {
	if e-s < 12 || t[e-1] != '.' || !isASCIIDigit(t[e-2]) {
		return -1
	}
	ns := wordStart(t, s, e)
	le := trimRight(t, s, ns)
	ls := wordStart(t, s, le)
	if ls <= s || !isCaptionLabel(t[ls:e]) {
		return -1
	}
	pe := trimRight(t, s, ls)
	pw := t[wordStart(t, s, pe):pe]
	last, _ := utf8.DecodeLastRuneInString(pw)
	if !(unicode.IsLetter(last) || unicode.IsDigit(last) || last == ')') || enFlags(trimWordPunct(pw))&enContinue != 0 {
		return -1
	}
	return ls
}

func startsWithLetter(t string, i int) bool {
	r, _ := utf8.DecodeRuneInString(t[i:])
	return unicode.IsLetter(r)
}

// isRomanSection reports a roman section number with a period ("IV.").
func isRomanSection(w string) bool {
	w, ok := strings.CutSuffix(w, ".")
	if !ok || w == "" || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'I', 'V', 'X':
		default:
			return false
		}
	}
	return true
}

// isSectionNumber reports a dotted section number: "2.1", "3.2.1", "4.".
func isSectionNumber(w string) bool {
	return len(w) <= 8 && strings.IndexByte(w, '.') > 0 && !strings.Contains(w, ",") && isNumber(w) && !hasYear(w)
}
