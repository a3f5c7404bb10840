package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a sentence's byte range [Start, End) in the text it came from.
// Spans never include leading or trailing white space.
type Span struct {
	Start, End int
}

// Split returns the sentences of one paragraph as byte spans into text.
//
// lang selects the language layer: "ar" (Arabic), "en" (English); anything
// else uses only the generic rules. A single newline is an ordinary space
// (hard-wrapped text); a blank line (two newlines with only spaces between)
// always ends a sentence.
//
// The spans are ordered, do not overlap, never start or end with white space
// (unicode.IsSpace) and together cover every non-space character of text.
// Split is pure and safe for concurrent use.
func Split(lang, text string) []Span {
	return AppendSplit(nil, lang, text)
}

// AppendSplit is Split appending the spans to dst, so a caller that splits
// many paragraphs can reuse one slice.
func AppendSplit(dst []Span, lang, text string) []Span {
	sp := splitter{text: text, lang: languageOf(lang), spans: dst, base: len(dst), rowStart: -1}
	sp.run()
	return sp.spans
}

// Sentences is Split returning the sentence strings instead of spans.
func Sentences(lang, text string) []string {
	spans := Split(lang, text)
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = text[s.Start:s.End]
	}
	return out
}

type splitter struct {
	text   string
	lang   *language
	spans  []Span
	base   int      // spans before base belong to earlier paragraphs (AppendSplit)
	start  int      // start of the current sentence (may point at white space)
	labels []string // speaker labels that opened a turn ("الحلبي"), normalised
	// rowStart is where the last sentence started by a list row begins
	// (rows.go), or -1.
	rowStart int
	rowRight int // words in the second part of the last "A - B" row
	// heads counts the words after each spaced dash of the paragraph, made
	// at the first look (repeatedHead).
	heads map[string]int
}

// trigger marks the bytes at which run looks closer: ASCII terminators,
// '\n', '-', ':', '/', ')' and ']', the lead bytes of "· … – — • ۔", and the
// second bytes of "؟" (D8 9F) and tatweel (D9 80), the lead byte F0 of
// emoji (emoji.go; E2 covers the dingbats and keycaps), so that the common
// Arabic letters (lead bytes D8/D9) cost one table lookup per byte.
var trigger = [256]bool{'#': true, '|': true, ')': true, ']': true, '/': true, ':': true, '.': true, '!': true, '?': true, '\n': true, '-': true, 0xC2: true, 0xDB: true, 0xE2: true, 0x9F: true, 0x80: true, 0xF0: true}

func (sp *splitter) run() {
	t := sp.text
	n := len(t)
	i := 0
	if d := leadingDate(t, 0); d > 0 {
		sp.emit(d)
		i = d
	}
	for i < n {
		if i < sp.start {
			i = sp.start // skip a date line emitted ahead of the scan
		}
		// The bytes between triggers (most of the text) in a loop of
		// their own, so that it keeps i in a register.
		for i < n && !trigger[t[i]] {
			i++
		}
		if i == n {
			break
		}
		switch c := t[i]; c {
		case '.', '!', '?':
			i = sp.terminator(i)
		case '\n':
			i = sp.newline(i)
		case '-':
			j := i + 1
			for j < n && t[j] == '-' {
				j++
			}
			sp.dash(i, j) // "--" is a long dash
			i = j
		case ':':
			sp.colon(i)
			i++
		case '/':
			sp.slash(i)
			i++
		case ')':
			sp.closeParen(i)
			i++
		case '#':
			i = sp.hashtags(i)
		case '|':
			sp.pipe(i)
			i++
		case ']':
			sp.note(i)
			i++
		case 0x9F: // ؟ U+061F
			if i > 0 && t[i-1] == 0xD8 {
				i = sp.terminator(i - 1)
			} else {
				i++
			}
		case 0x80: // tatweel U+0640 used as a dash: "باريس ــ", "بيركليـ بعد"
			if i > 0 && t[i-1] == 0xD9 {
				j := i + 1
				for j+1 < n && t[j] == 0xD9 && t[j+1] == 0x80 {
					j += 2
				}
				sp.dash(i-1, j)
				i = j
			} else {
				i++
			}
		case 0xDB: // ۔ U+06D4
			if i+1 < n && t[i+1] == 0x94 {
				i = sp.terminator(i)
			} else {
				i++
			}
		case 0xC2: // · U+00B7 middle dot used as a bullet
			if i+1 < n && t[i+1] == 0xB7 {
				sp.bullet(i, i+2)
				i += 2
			} else {
				i++
			}
		case 0xE2:
			if i+2 < n && t[i+1] == 0x80 {
				switch t[i+2] {
				case 0xA6: // …
					i = sp.terminator(i)
					continue
				case 0x93, 0x94: // – —
					sp.dash(i, i+3)
					i += 3
					continue
				case 0xA2: // •
					sp.bullet(i, i+3)
					i += 3
					continue
				}
			}
			if i+2 < n && t[i+1] == 0x83 && t[i+2] == 0xA3 { // keycap "1️⃣"
				sp.keycap(i)
				i += 3
				continue
			}
			if emojiWidth(t, i) > 0 {
				i = sp.emoji(i)
				continue
			}
			i++
		case 0xF0: // emoji
			if emojiWidth(t, i) > 0 {
				i = sp.emoji(i)
			} else {
				i++
			}
		default:
			i++
		}
	}
	sp.emit(n)
}

// emit closes the current sentence at end (exclusive) and starts the next
// one there. Empty (all-space) sentences are dropped.
func (sp *splitter) emit(end int) {
	if end <= sp.start {
		return // inside a date line already emitted
	}
	s, e := trimSpan(sp.text, sp.start, end)
	if s < e {
		sp.appendSpan(s, e)
	}
	sp.start = end
	if end < len(sp.text) {
		if d := leadingDate(sp.text, end); d > 0 {
			sp.emit(d)
		}
	}
}

// appendSpan adds the sentence [s, e), first splitting off a date line run
// into it ("… Mayor of Denver Monday, March 4, 2024 Councilwoman …"),
// and in English a heading run into a question (midQuestion) or into the
// next sentence (midHeading, labelStart).
func (sp *splitter) appendSpan(s, e int) {
	for {
		ds, de := midDate(sp.text, s, e, sp.lang.latinCase)
		if ds < 0 {
			break
		}
		sp.spans = append(sp.spans, Span{s, trimRight(sp.text, s, ds)}, Span{ds, de})
		s = skipSpace(sp.text, de)
	}
	if s >= e {
		return // the date ran to the end of the sentence
	}
	if sp.lang.arabic {
		var buf [16]int
		for _, r := range quantityRows(buf[:0], sp.text, s, e) {
			if r > s {
				sp.spans = append(sp.spans, Span{s, trimRight(sp.text, s, r)})
				s = r
			}
		}
	}
	if sp.lang.arabic {
		for {
			p := arMidHeading(sp.text, s, e)
			if p < 0 {
				break
			}
			sp.spans = append(sp.spans, Span{s, trimRight(sp.text, s, p)})
			s = p
		}
	}
	if sp.lang.latinCase {
		for {
			p := midQuestion(sp.text, s, e)
			if h := midHeading(sp.text, s, e, sp.afterLabel()); h > s && (p < 0 || h < p) {
				p = h
			}
			if c := labelStart(sp.text, s, e); c > s && (p < 0 || c < p) {
				p = c
			}
			if p < 0 {
				break
			}
			sp.spans = append(sp.spans, Span{s, trimRight(sp.text, s, p)})
			s = p
		}
	}
	sp.spans = append(sp.spans, Span{s, e})
}

// afterLabel reports whether the last sentence of this paragraph was a
// caption label ("Figure 2."), so that a caption starts the next one.
func (sp *splitter) afterLabel() bool {
	if len(sp.spans) <= sp.base {
		return false
	}
	l := sp.spans[len(sp.spans)-1]
	return l.End-l.Start < 16 && isCaptionLabel(sp.text[l.Start:l.End])
}

// hasContent reports whether the current sentence has non-space text before end.
func (sp *splitter) hasContent(end int) bool {
	s, e := trimSpan(sp.text, sp.start, end)
	return s < e
}

// newline handles a '\n': a blank line ends the sentence.
func (sp *splitter) newline(i int) int {
	t := sp.text
	j := i + 1
	for j < len(t) && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r' || t[j] == '\f' || t[j] == '\v') {
		j++
	}
	if j < len(t) && t[j] == '\n' {
		sp.emit(i)
		return j + 1
	}
	return i + 1
}

// terminator handles a run of sentence-final punctuation starting at i and
// returns where scanning continues.
func (sp *splitter) terminator(i int) int {
	t := sp.text
	n := len(t)
	var r run
	j := i
	// The run: terminators, then closing quotes/brackets, bidi marks and
	// citation brackets, in any interleaving ("؟!", `."`, `?».`, ".[12]").
	for j < n {
		if w := termWidth(t, j); w > 0 {
			r.add(t[j])
			j += w
			continue
		}
		if w := closerWidth(t, j); w > 0 {
			r.closed = true
			j += w
			continue
		}
		if w := citationWidth(t, j); w > 0 {
			j += w
			continue
		}
		break
	}
	if j >= n {
		return j
	}
	sw := spaceWidth(t, j)
	if sw == 0 {
		if sp.lang.arabic && sp.joinedArabic(i, j, r) {
			sp.emit(j)
		}
		return j
	}
	// Skip the white space to the next token; a citation bracket after the
	// space still belongs to this sentence ("research. [1 - 3]").
	k := j
	m := skipSpace(t, k)
	for m < n {
		w := citationWidth(t, m)
		if w == 0 {
			break
		}
		e := m + w
		if e < n && spaceWidth(t, e) == 0 {
			break
		}
		k = e
		m = skipSpace(t, e)
	}
	if m >= n {
		return m
	}
	if strings.Count(t[j:m], "\n") >= 2 {
		sp.emit(j) // a blank line ends the sentence whatever precedes it
		return m
	}
	// `؟ "` — a straight quote after the space closes an open quotation
	// when the sentence holds an odd number of them.
	if t[m] == '"' && strings.Count(t[sp.start:j], `"`)%2 == 1 {
		e := m + 1
		for e < n {
			w := closerWidth(t, e)
			if w == 0 {
				break
			}
			e += w
		}
		r.closed = true
		k = e
		m = skipSpace(t, e)
		if m >= n {
			return m
		}
	}
	// "meaning? ..." — a detached run of terminators still belongs here.
	if e := termRunEnd(t, m); e > m && (e == n || spaceWidth(t, e) > 0) {
		for q := m; q < e; {
			if w := termWidth(t, q); w > 0 {
				r.add(t[q])
				q += w
			} else {
				r.closed = true
				q += closerWidth(t, q)
			}
		}
		k = e
		m = skipSpace(t, e)
		if m >= n {
			return m
		}
	}
	if r.dots == 1 && r.other == 0 && r.ellipsis == 0 && !r.closed && sp.dotItem(i, m) {
		return k // "… بلطف 5. اسكبي": a numbered step starts at its number
	}
	if t[m] >= 0xE2 && sp.lang.arabic {
		e := emojiRunEnd(t, m)
		if e > m { // "نجحت!!! 🎉🎉 الركن …": the emoji belong to the sentence.
			k = e
			if m = skipSpace(t, e); m >= n {
				return m
			}
		}
	}
	if sp.boundary(i, j, m, r) {
		sp.emit(k)
	}
	return k
}

// closesInnerParen reports whether the run [i, j) ends by closing with ")"
// a parenthesis opened after the sentence's first word ("(why?)." ends the
// sentence: its period is outside).
func (sp *splitter) closesInnerParen(i, j int) bool {
	p := strings.LastIndexByte(sp.text[i:j], ')')
	if p < 0 || strings.ContainsAny(sp.text[i+p:j], ".!?؟…") {
		return false
	}
	s := sp.text[sp.start:i]
	open := strings.LastIndexByte(s, '(')
	return open > 0 && !strings.Contains(s[open:], ")") &&
		strings.TrimSpace(s[:open]) != ""
}

// termRunEnd returns the end of the run of terminators and closers at m.
func termRunEnd(t string, m int) int {
	e := m
	for e < len(t) {
		if w := termWidth(t, e); w > 0 {
			e += w
		} else if w := closerWidth(t, e); w > 0 && e > m {
			e += w
		} else {
			break
		}
	}
	return e
}

// run describes a terminator run.
type run struct {
	dots, other, ellipsis int // '.', '!?؟۔', '…'
	closed                bool
}

func (r *run) add(b byte) {
	switch b {
	case '.':
		r.dots++
	case 0xE2:
		r.ellipsis++
	default:
		r.other++
	}
}

func (r run) isEllipsis() bool { return r.other == 0 && (r.ellipsis > 0 || r.dots >= 2) }

// boundary decides whether the terminator run at [i, j) followed by white
// space and a token at m ends the sentence.
func (sp *splitter) boundary(i, j, m int, r run) bool {
	t := sp.text
	next, _ := firstLetter(t, m)
	if isLatinLower(next) {
		// "e.g. the", `"Stop!" he said`: a lower-case continuation.
		return false
	}
	if r.closed && sp.lang.arabic && sp.speechAfterQuote(t[m:], r) {
		// «هل هذا عدل؟» تساءل الرجل: the quote is the object of the verb
		// that follows, as a lower-case "he said" is in English.
		return false
	}
	if r.closed && r.other > 0 && sp.lang.arabic && quoteGoesOn(trimWordPunct(nextWord(t[m:]))) {
		// «متى رأيت الدخان؟» فقلت …, «…؟» مضيفا أن …: the sentence goes on
		// after a quoted question or exclamation.
		return false
	}
	if r.closed && r.other > 0 && sp.lang.arabic && r.dots == 0 {
		// «أول مرة في الصحراء؟» فقلت نعم: the narrator's answer with ف
		// (first person) to a quoted question or exclamation is part of the
		// same sentence; "«…؟» فقال الوزير …" is not.
		if quoteAnswers[nextWord(t[m:])] {
			return false
		}
	}
	if r.isEllipsis() {
		return sp.ellipsisBoundary(i, m, next, r)
	}
	if r.other > 0 {
		if sp.lang.arabic && !r.closed && sp.insideShortQuote(i, j) {
			// «هل أنت جاد؟! لا أصدق» قالت: a question or exclamation
			// inside a short quoted line of dialogue is part of it.
			return false
		}
		// "قال (وهو يبتسم!) إنه", "said (really?) that": the mark ends
		// a parenthesis opened inside the sentence, not the sentence.
		return !sp.closesInnerParen(i, j)
	}
	// A single period: look at the word before it.
	ws := wordStart(t, sp.start, i)
	word := trimOpeners(t[ws:i])
	if word == "" {
		return true
	}
	prev := prevWord(t, sp.start, ws)
	return !sp.lang.nonBreaking(word, prev, t[m:], ws <= firstNonSpace(t, sp.start, i), sp)
}

// insideShortQuote reports whether the terminator at [i, j) is inside a
// quotation opened in the current sentence (« “ or an odd straight quote)
// that closes within the next twelve words, with no period before the close:
// a short line of dialogue, not a quoted statement of several sentences.
func (sp *splitter) insideShortQuote(i, j int) bool {
	t := sp.text
	s := t[sp.start:i]
	var closeQ string
	switch {
	case strings.Count(s, "«") > strings.Count(s, "»"):
		closeQ = "»"
	case strings.Count(s, "“") > strings.Count(s, "”"):
		closeQ = "”"
	case strings.Count(s, `"`)%2 == 1:
		closeQ = `"`
	default:
		return false
	}
	rest := t[j:]
	c := strings.Index(rest, closeQ)
	if c < 0 || countWords(rest[:c]) > 12 || strings.Contains(rest[:c], "\n\n") {
		return false
	}
	if colonQuote(s, rest, c, closeQ) {
		return false
	}
	for k := 0; k+1 < c; k++ {
		if rest[k] == '.' && spaceWidth(rest, k+1) > 0 {
			return false
		}
	}
	return true
}

// colonQuote reports a quotation of several sentences introduced by a
// colon: s is the sentence up to the terminator, whose last opening quote
// follows a colon ("قالت: «"), and the quotation, closed at rest[c], ends
// with a terminator of its own before the closing mark ("… لا أحد يستطيع
// ذلك وحده.»").
func colonQuote(s, rest string, c int, closeQ string) bool {
	openQ := "«"
	switch closeQ {
	case "”":
		openQ = "“"
	case `"`:
		openQ = `"`
	}
	o := strings.LastIndex(s, openQ)
	if o < 0 {
		return false
	}
	b := strings.TrimRightFunc(s[:o], isSpace)
	if !strings.HasSuffix(b, ":") {
		return false
	}
	e := strings.TrimRightFunc(rest[:c], isSpace)
	if e == "" || !endsInTerm(e) || repeatsOpening(s[o+len(openQ):], rest) {
		return false
	}
	// A sentence that goes on after the quotation ("«…؟! …؟» ثم أغلق
	// الباب", "«…» سألني", not "«…» وأضاف") holds it whole.
	w := trimWordPunct(nextWord(strings.TrimLeftFunc(rest[c+len(closeQ):], isSpace)))
	return w != "ثم" && !(isSpeechVerb(w) && !strings.HasPrefix(w, "و")) && !quoteGoesOn(w)
}

// repeatsOpening reports whether the words after an inner terminator
// repeat the first two words of the quotation ("«إلى متى سننتظر؟ إلى
// متى؟»", "«ماذا نقول للمرضى؟ ماذا نقول لعائلاتهم؟»"): a doubled question
// said in one breath, which stays one sentence.
func repeatsOpening(quote, rest string) bool {
	rest = strings.TrimLeftFunc(rest, isSpace)
	for n := 0; n < 2; n++ {
		q, r := nextWord(quote), nextWord(rest)
		if q == "" || normAr(trimWordPunct(q)) != normAr(trimWordPunct(r)) {
			return false
		}
		quote = strings.TrimLeftFunc(quote[strings.Index(quote, q)+len(q):], isSpace)
		rest = strings.TrimLeftFunc(rest[strings.Index(rest, r)+len(r):], isSpace)
	}
	return true
}

// endsInTerm reports whether s ends with a sentence terminator.
func endsInTerm(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '؟', '…':
		return true
	}
	return false
}

func (sp *splitter) ellipsisBoundary(i, m int, next rune, r run) bool {
	t := sp.text
	// "word ... word" or "(...)" marks an omission inside a sentence.
	if i > sp.start {
		pr, _ := utf8.DecodeLastRuneInString(t[sp.start:i])
		if pr == '(' || pr == '[' || (isSpace(pr) && !sp.lang.latinCase) {
			return false
		}
	}
	if isDigit(next) {
		return false
	}
	if sp.lang.latinCase {
		return unicode.IsUpper(next) || !isLatin(next)
	}
	if sp.lang.arabic && isArabicLetter(next) && !r.closed {
		// Arabic uses "..." as a pause inside a sentence ("بالغة الأهمية...
		// حتى أنها"); only a closing quote or bracket after it ends one,
		// or a direct question after it.
		return sp.questionAfter(i, m)
	}
	return true
}

var interrogatives = loadList("data/ar_interrogatives.txt")

// questionAfter reports whether the ellipsis at i is followed, at m, by a
// direct question: an interrogative word (data/ar_interrogatives.txt) whose
// clause ends in "؟" within fifteen words, after at least two words of the
// sentence that do not end in a speech verb ("سألته... هل").
func (sp *splitter) questionAfter(i, m int) bool {
	t := sp.text
	if !inSet(interrogatives, nextWord(t[m:])) || countWords(t[sp.start:i]) < 2 {
		return false
	}
	pw := trimOpeners(t[wordStart(t, sp.start, i):i])
	if leadsOn(pw) || isSpeechVerb(stripConj(pw)) {
		return false
	}
	k := m
	for n := 0; n < 15; n++ {
		k = skipSpace(t, k)
		if k >= len(t) {
			return false
		}
		w, e := tokenAt(t, k)
		c := trimClosers(w)
		if strings.HasSuffix(c, "؟") || strings.HasSuffix(c, "?") {
			return true
		}
		if endsInTerm(c) {
			return false
		}
		k = e
	}
	return false
}

// joinedArabic handles a terminator with no space after it between Arabic
// words ("العراق.وقال"), common in scraped text. Dotted abbreviations
// ("ج.م.ع", "أ.د.محمد") have one-letter parts and are kept together.
func (sp *splitter) joinedArabic(i, j int, r run) bool {
	t := sp.text
	next, _ := utf8.DecodeRuneInString(t[j:])
	if !isArabicLetter(next) || i == 0 {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(t[:i])
	if !isArabicLetter(prev) {
		return false
	}
	if r.other > 0 && r.dots == 0 {
		return true
	}
	if r.isEllipsis() {
		return false
	}
	ws := wordStart(t, sp.start, i)
	if utf8.RuneCountInString(stripTatweel(t[ws:i])) < 2 {
		return false
	}
	we := j
	for we < len(t) {
		rr, w := utf8.DecodeRuneInString(t[we:])
		if !isArabicLetter(rr) {
			break
		}
		we += w
	}
	return utf8.RuneCountInString(t[j:we]) >= 2 && (we >= len(t) || t[we] != '.')
}

// bullet starts a new sentence at a list bullet surrounded by spaces.
func (sp *splitter) bullet(i, j int) {
	t := sp.text
	if i == 0 || j >= len(t) || spaceWidth(t, j) == 0 {
		return
	}
	if pr, _ := utf8.DecodeLastRuneInString(t[:i]); !isSpace(pr) {
		return
	}
	if sp.hasContent(i) {
		sp.emit(i)
	}
}

// isSpace is unicode.IsSpace with an ASCII fast path.
func isSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || (r >= '\t' && r <= '\r')
	}
	switch r {
	case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

func trimSpan(t string, s, e int) (int, int) {
	for s < e {
		if k := spaceLead[t[s]]; k == 0 {
			break // no white space starts with this byte
		} else if k == 1 {
			s++
			continue
		}
		r, w := utf8.DecodeRuneInString(t[s:e])
		if !isSpace(r) {
			break
		}
		s += w
	}
	return s, trimRight(t, s, e)
}

func firstNonSpace(t string, s, e int) int {
	s, _ = trimSpan(t, s, e)
	return s
}

// spaceLead classifies a byte as the start of white space: 0 never (most
// bytes: letters, digits, continuation bytes), 1 an ASCII space, 2 the lead
// byte of a multi-byte rune that may be one (C2: NEL, NBSP; E1, E2, E3).
var spaceLead = [256]uint8{' ': 1, '\t': 1, '\n': 1, '\r': 1, '\v': 1, '\f': 1, 0xC2: 2, 0xE1: 2, 0xE2: 2, 0xE3: 2}

// spaceWidth returns the byte width of the white-space rune at i, or 0. It
// runs on nearly every byte of the word loops, so the common bytes are
// decided by one table lookup in a function small enough to inline.
func spaceWidth(t string, i int) int {
	if k := spaceLead[t[i]]; k < 2 {
		return int(k)
	}
	return wideSpaceWidth(t, i)
}

// wideSpaceWidth is spaceWidth for a multi-byte rune at i.
func wideSpaceWidth(t string, i int) int {
	r, w := utf8.DecodeRuneInString(t[i:])
	if isSpace(r) {
		return w
	}
	return 0
}

func skipSpace(t string, i int) int {
	for i < len(t) {
		w := spaceWidth(t, i)
		if w == 0 {
			break
		}
		i += w
	}
	return i
}

// wordStart returns the start of the white-space delimited word ending at i.
func wordStart(t string, lo, i int) int {
	for i > lo {
		switch c := t[i-1]; {
		case c < utf8.RuneSelf:
			if c == ' ' || (c >= '\t' && c <= '\r') {
				return i
			}
			i--
		case c < 0xC0 && i-2 >= lo && t[i-2] >= 0xC3 && t[i-2] <= 0xDF:
			// A two-byte rune other than U+0080–U+00BF (the Arabic block,
			// most Latin letters): never a space. DecodeLastRune would
			// decode the same rune, only slower.
			i -= 2
		default:
			r, w := utf8.DecodeLastRuneInString(t[lo:i])
			if isSpace(r) {
				return i
			}
			i -= w
		}
	}
	return i
}

// prevWord returns the word before the one starting at ws ("" if none).
func prevWord(t string, lo, ws int) string {
	e := trimRight(t, lo, ws)
	return t[wordStart(t, lo, e):e]
}

// termWidth returns the width of a sentence terminator at i, or 0.
func termWidth(t string, i int) int {
	switch t[i] {
	case '.', '!', '?':
		return 1
	case 0xD8:
		if i+1 < len(t) && t[i+1] == 0x9F {
			return 2
		}
	case 0xDB:
		if i+1 < len(t) && t[i+1] == 0x94 {
			return 2
		}
	case 0xE2:
		if i+2 < len(t) && t[i+1] == 0x80 && t[i+2] == 0xA6 {
			return 3
		}
	}
	return 0
}

// closerWidth returns the width of a closing quote or bracket, or of an
// invisible format character (bidi mark, zero-width space) at i, or 0.
func closerWidth(t string, i int) int {
	c := t[i]
	if c < 0x80 {
		switch c {
		case '"', '\'', ')', ']', '}':
			return 1
		}
		return 0
	}
	switch c {
	case 0xC2: // » U+00BB
		if i+1 < len(t) && t[i+1] == 0xBB {
			return 2
		}
	case 0xD8: // ALM U+061C
		if i+1 < len(t) && t[i+1] == 0x9C {
			return 2
		}
	case 0xE2:
		if i+2 >= len(t) {
			return 0
		}
		switch t[i+1] {
		case 0x80:
			switch b := t[i+2]; {
			case b == 0x99 || b == 0x9D || b == 0xBA: // ’ ” ›
				return 3
			case b >= 0x8B && b <= 0x8F: // ZWSP ZWNJ ZWJ LRM RLM
				return 3
			case b >= 0xAA && b <= 0xAE: // LRE RLE PDF LRO RLO
				return 3
			}
		case 0x81:
			if b := t[i+2]; b >= 0xA6 && b <= 0xA9 { // isolates
				return 3
			}
		}
	case 0xEF: // ） U+FF09, BOM U+FEFF
		if i+2 < len(t) && ((t[i+1] == 0xBC && t[i+2] == 0x89) || (t[i+1] == 0xBB && t[i+2] == 0xBF)) {
			return 3
		}
	}
	return 0
}

// citationWidth returns the width of a numeric citation bracket at i
// ("[12]", "[3 – 5]", "[1, 4]"), or 0.
func citationWidth(t string, i int) int {
	if t[i] != '[' {
		return 0
	}
	digits := false
	for j := i + 1; j < len(t) && j < i+24; j++ {
		c := t[j]
		switch {
		case c >= '0' && c <= '9':
			digits = true
		case c == ']':
			if digits {
				return j + 1 - i
			}
			return 0
		case c == ' ' || c == ',' || c == '-' || c == ';':
		case c == 0xE2 && j+2 < len(t) && t[j+1] == 0x80 && (t[j+2] == 0x93 || t[j+2] == 0x94):
			j += 2
		default:
			return 0
		}
	}
	return 0
}

// firstLetter returns the first rune of the token at m after opening quotes
// and brackets.
func firstLetter(t string, m int) (rune, int) {
	for m < len(t) {
		r, w := utf8.DecodeRuneInString(t[m:])
		if isOpener(r) {
			m += w
			continue
		}
		return r, m
	}
	return 0, m
}

func isOpener(r rune) bool {
	switch r {
	case '—', '–', '-',
		'"', '\'', '(', '[', '{', '«', '“', '‘', '‹', '„', '\u200e', '\u200f', '\u061c', '\u2066', '\u2067', '\u2068', '\u202a', '\u202b':
		return true
	}
	return false
}

func trimOpeners(w string) string {
	for w != "" {
		r, s := utf8.DecodeRuneInString(w)
		if !isOpener(r) {
			break
		}
		w = w[s:]
	}
	return w
}

func isLatinLower(r rune) bool {
	return (r >= 'a' && r <= 'z') || (r >= 0xDF && r <= 0x24F && unicode.IsLower(r))
}

func isLatin(r rune) bool {
	return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= 0xC0 && r <= 0x24F)
}

func isDigit(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= 0x660 && r <= 0x669) || (r >= 0x6F0 && r <= 0x6F9)
}

// isArabicLetter reports Arabic-script letters (not digits, punctuation or tatweel).
func isArabicLetter(r rune) bool {
	switch {
	case r >= 0x621 && r <= 0x63A, r >= 0x641 && r <= 0x64A, r >= 0x671 && r <= 0x6D3, r == 0x6D5, r >= 0x6EE && r <= 0x6EF, r >= 0x6FA && r <= 0x6FC:
		return true
	case r >= 0x64B && r <= 0x65F, r == 0x670: // harakat
		return true
	}
	return false
}

func stripTatweel(s string) string {
	for len(s) >= 2 && s[len(s)-2] == 0xD9 && s[len(s)-1] == 0x80 {
		s = s[:len(s)-2]
	}
	return s
}

// quoteAnswers answer a quoted question in the narrator's sentence.
var quoteAnswers = wordSet("data/ar_quote_answers.txt")

// quoteGoesOn reports a word that continues the sentence of a quotation
// just closed: the particles إن and أن ("«…؟» إن هذا …") or an accusative
// participle of circumstance ("«…؟» مضيفا أن …", "متسائلا"). A conjunction
// (و، ف) after the quote usually opens a new sentence and is not one.
func quoteGoesOn(w string) bool {
	if w == "إن" || w == "أن" {
		return true
	}
	return utf8.RuneCountInString(w) >= 5 && strings.HasPrefix(w, "م") && strings.HasSuffix(w, "ا")
}

// speechAfterQuote reports a speech verb at the start of s after a closing
// quote, not one with و after a statement closed by a period ("«…» وأضاف").
func (sp *splitter) speechAfterQuote(s string, r run) bool {
	nw := nextWord(s)
	return isSpeechVerb(nw) && !(r.dots > 0 && strings.HasPrefix(nw, "و"))
}
