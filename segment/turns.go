package segment

import (
	"strings"
	"unicode/utf8"
)

// Name - Title lists and speaker turns: two shapes of text that run
// sentences together without final punctuation once lines are joined into
// a paragraph.

// listItem handles a spaced dash followed by a title head at i ("فلان -
// وزيرا للمالية"). When an earlier item of the same list is in the current
// sentence, the sentence ends before this item's name; a colon-ended
// introduction before the first item ("وفيما يلي أسماء الوزراء:") becomes a
// sentence of its own.
func (sp *splitter) listItem(i int) {
	t := sp.text
	ps, pe := sp.prevListDash(i)
	if ps < 0 {
		// An item that opens the paragraph, a list going on from the
		// paragraph before ("فلانة - وزيرة للصحة ومن المنتظر …"): its
		// clause after the title still starts a sentence.
		if fs := firstNonSpace(t, 0, len(t)); sp.start <= fs {
			if w := countWords(t[fs:i]); w >= 2 && w <= 4 && !strings.ContainsAny(t[fs:i], "،,:«»\"()") {
				sp.runOn(i+spacedDashWidth(t, i), 1, '-', true, waVerb)
			}
		}
		return
	}
	name := itemNameStart(t, skipSpace(t, pe), trimRight(t, sp.start, i))
	if name < 0 {
		return
	}
	if c := strings.LastIndexByte(t[sp.start:ps], ':'); c >= 0 {
		c += sp.start
		if w := countWords(t[c+1 : ps]); w >= 1 && w <= 5 && sp.hasContent(c) {
			sp.emit(c + 1)
		}
	}
	sp.emit(name)
	// The last item runs into the next sentence: "… - أمينا للصندوق
	// وتعهد الرئيس …", not "روائي وكاتب مسرحي".
	sp.runOn(i+spacedDashWidth(t, i), 1, '-', true, waVerb)
}

// waVerb reports و before a verb: an imperfect or a تفعّل perfect
// ("ويذكر", "وتعهد", "ونأمل") or a speech verb ("وقال", "وأضاف").
func waVerb(w string) bool {
	if !waClause(w) {
		return false
	}
	b := w[len("و"):]
	if isSpeechVerb(b) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(b)
	return (r == 'ي' || r == 'ت' || r == 'ن') && utf8.RuneCountInString(b) >= 3
}

// itemHeadAfter reports whether the word after the spaced dash ending at j
// opens the title of a "Name - Title" list item: a listed title head, or a
// word that follows two or more spaced dashes of the paragraph ("… - كلية
// الطب … - كلية الهندسة", "- جائزة الرواية … - جائزة الشعر"), since a list
// repeats its pattern. Numbers and particles ("- ثم", "- وهو") are no
// heads, nor is a word whose dash is closed by another within three words
// before a word that is no head (a parenthetical "- حسب الخريطة - كبيرة").
func (sp *splitter) itemHeadAfter(j int) bool {
	t := sp.text
	ns := skipSpace(t, j)
	w := nextWord(t[ns:])
	if isTitleHead(w) {
		return true
	}
	if !sp.repeatedHead(w) {
		return false
	}
	k := ns
	for n := 0; n < 4; n++ {
		k = skipSpace(t, k)
		if k >= len(t) {
			return true
		}
		if dw := spacedDashWidth(t, k); dw > 0 {
			nw := nextWord(t[skipSpace(t, k+dw):])
			return isTitleHead(nw) || sp.repeatedHead(nw)
		}
		tok, e := tokenAt(t, k)
		if c := trimClosers(tok); c != "" && termWidth(c, len(c)-1) > 0 {
			return true
		}
		k = e
	}
	return true
}

// repeatedHead reports an Arabic word of three letters or more, no particle,
// that follows at least two spaced dashes of the paragraph.
func (sp *splitter) repeatedHead(w string) bool {
	w = trimWordPunct(w)
	if r, _ := utf8.DecodeRuneInString(w); !isArabicLetter(r) || utf8.RuneCountInString(w) < 3 {
		return false
	}
	if inSet(notStoryStart, w) || inSet(notStoryStart, stripShortConj(w)) || inSet(continuation, w) || noPlaceBefore[w] || strings.HasPrefix(w, "و") {
		return false
	}
	if sp.heads == nil {
		sp.heads = map[string]int{}
		// Dashes are rare: two byte searches instead of a look at every
		// byte. '-' is itself; 0x80 is the second byte of the tatweel (D9
		// 80) and of the en and em dashes (E2 80 93/94).
		t := sp.text
		count := func(at int) {
			if dw := spacedDashWidth(t, at); dw > 0 {
				sp.heads[normAr(trimWordPunct(nextWord(t[skipSpace(t, at+dw):])))]++
			}
		}
		for k := 0; ; {
			p := strings.IndexByte(t[k:], '-')
			if p < 0 {
				break
			}
			count(k + p)
			k += p + 1
		}
		for k := 1; k < len(t); {
			p := strings.IndexByte(t[k:], 0x80)
			if p < 0 {
				break
			}
			if at := k + p - 1; t[at] == 0xD9 || t[at] == 0xE2 {
				count(at)
			}
			k += p + 1
		}
	}
	return sp.heads[normAr(w)] >= 2
}

// prevListDash returns the span of the last spaced dash in the current
// sentence before i that is followed by an item head, or -1, -1.
func (sp *splitter) prevListDash(i int) (int, int) {
	t := sp.text
	for k := i - 1; k > sp.start; k-- {
		w := spacedDashWidth(t, k)
		if w == 0 {
			continue
		}
		if sp.itemHeadAfter(k + w) {
			return k, k + w
		}
	}
	return -1, -1
}

// spacedDashWidth returns the width of a dash with white space on both
// sides at k ("-", "–", "—", "ـ"), or 0.
func spacedDashWidth(t string, k int) int {
	if k == 0 || t[k-1] != ' ' {
		return 0
	}
	w := 0
	switch {
	case t[k] == '-':
		w = 1
	case t[k] == 0xE2 && k+2 < len(t) && t[k+1] == 0x80 && (t[k+2] == 0x93 || t[k+2] == 0x94):
		w = 3
	case t[k] == 0xD9 && k+1 < len(t) && t[k+1] == 0x80:
		w = 2
		for k+w+1 < len(t) && t[k+w] == 0xD9 && t[k+w+1] == 0x80 {
			w += 2
		}
	}
	if w == 0 || k+w >= len(t) || spaceWidth(t, k+w) == 0 {
		return 0
	}
	return w
}

// itemNameStart splits the words [q, e) between two list dashes, "TITLE
// NAME", and returns where NAME starts, or -1. The title is a title head
// and its complement: a construct chain ("رئيس مجلس الوزراء"), prepositional
// and definite words ("للخارجية", "والتعاون"), coordinated titles ("ووزيرا
// للدفاع"). The first indefinite word after a definite one, or after an
// accusative head ("عضوا خليل"), starts the name. When the title seems to
// take every word, the name is the last two.
func itemNameStart(t string, q, e int) int {
	var starts []int
	for k := q; k < e; {
		k = skipSpace(t, k)
		if k >= e {
			break
		}
		starts = append(starts, k)
		for k < e && spaceWidth(t, k) == 0 {
			k++
		}
	}
	if len(starts) < 2 {
		return -1
	}
	word := func(n int) string {
		end := e
		if n+1 < len(starts) {
			end = trimRight(t, starts[n], starts[n+1])
		}
		return t[starts[n]:end]
	}
	acc := accusative(word(0))
	def := false
	k := 1
loop:
	for ; k < len(starts); k++ {
		w := word(k)
		nw := normAr(w)
		switch {
		case isTitleHead(w):
			acc, def = accusative(w), false
		case isDefiniteAr(w):
			acc, def = false, true
		case (strings.HasPrefix(nw, "ل") || strings.HasPrefix(nw, "ب")) && utf8.RuneCountInString(nw) > 3 && !def:
			acc = false // "نائبا لرئيس مجلس الوزراء"
		case !def && !acc:
			// construct chain: "رئيس مجلس"
		default:
			break loop
		}
	}
	if k >= len(starts) {
		if len(starts) < 3 {
			return -1
		}
		k = len(starts) - 2
	}
	// A name does not start with a patronymic particle: "رضا بن عمر",
	// "فاطمة بنت الشيخ", "سيدي ولد الامين" take the word before it.
	if k > 1 && patronymic[normAr(word(k))] {
		k--
	}
	return starts[k]
}

// patronymic are the particles that join a given name to a father's name.
var patronymic = wordSet("data/ar_patronymic.txt")

// accusative reports a title head in the accusative with tanwin written as
// alif ("وزيرا", "عضوًا"), which takes no genitive after it.
func accusative(w string) bool {
	n := normAr(trimWordPunct(w))
	return isTitleHead(w) && strings.HasSuffix(n, "ا")
}

// stripConj removes a conjunction prefix و or ف from a word of three
// letters or more.
func stripConj(w string) string {
	if utf8.RuneCountInString(w) >= 4 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) {
		return w[len("و"):]
	}
	return w
}

// speakerTurn examines a speaker label "NAME:" ending at end, its colon at
// i. A label at the start of a sentence is remembered; a label in the middle
// of one starts a new sentence when it is a listed role ("المذيع:", "س:"),
// a label that already opened a turn in this paragraph, or a Latin name in
// capitals ("JOHN:"), and no speech verb or preposition precedes it ("قال
// المذيع:" is reported speech).
func (sp *splitter) speakerTurn(i, end int) {
	t := sp.text
	if i+1 >= len(t) || spaceWidth(t, i+1) == 0 {
		return
	}
	ls := wordStart(t, sp.start, end)
	if ls >= end {
		return
	}
	label := t[ls:end]
	// Two-word roles: "مقدم البرنامج".
	if pe := trimRight(t, sp.start, ls); pe > sp.start {
		if pws := wordStart(t, sp.start, pe); pws < pe && inSet(speakerLabels, t[pws:end]) {
			ls, label = pws, t[pws:end]
		}
	}
	if r, _ := utf8.DecodeLastRuneInString(label); !isLetter(r) {
		return
	}
	lab := normAr(label)
	if isSpeechVerb(label) || isSpeechVerb(stripConj(label)) || inSet(continuation, label) || noPlaceBefore[label] {
		return
	}
	if ls <= firstNonSpace(t, sp.start, end) {
		if len(sp.labels) < 16 {
			sp.labels = append(sp.labels, lab)
		}
		return
	}
	known := isCapitals(label) && countWords(label) == 1
	if sp.lang.arabic && speakerLabels[lab] {
		known = true
	}
	for _, l := range sp.labels {
		known = known || l == lab || l == label
	}
	viaShape := false
	if !known && sp.lang.arabic {
		fs := firstNonSpace(t, sp.start, end)
		if n := countWordsUpTo(t[fs:min(end, fs+120)], 5); end-fs <= 120 && n <= 4 && plainLabel(t[fs:end]) {
			fw := nextWord(t[fs:end])
			if isSpeechVerb(fw) || isSpeechVerb(stripConj(fw)) || speechWords[fw] {
				return // "وأكد مندوب السودان:" reports speech: no label
			}
			// "رئيس اللجنة:", "د. منير:" open the sentence: remembered whole.
			if len(sp.labels) < 16 && n > 1 {
				sp.labels = append(sp.labels, t[fs:end]) // normalised when matched
			}
			return
		}
		if s := sp.unknownLabel(i, end); s > 0 {
			ls, known, viaShape = s, true, true
		}
	}
	if !known {
		return
	}
	pw := trimWordPunct(prevWord(t, sp.start, ls))
	if cutOffBefore(t, sp.start, ls) {
		pw = "—" // a cut-off turn: no speech verb or comma before the label
	} else if viaShape && demonstratives[pw] {
		pw = "—" // "… قريب من ذلك الباحثة:": the label is the turn's evidence
	}
	if pw == "" || isSpeechVerb(pw) || isSpeechVerb(stripConj(pw)) || speechWords[pw] || noPlaceBefore[pw] || noPlaceBefore[strings.ToLower(pw)] {
		return
	}
	if pr, _ := utf8.DecodeLastRuneInString(prevWord(t, sp.start, ls)); pr == ':' || pr == '،' || pr == ',' || pr == '(' {
		return
	}
	if len(sp.labels) < 16 {
		sp.labels = append(sp.labels, t[ls:end])
	}
	sp.emit(ls)
}

// demonstratives may end the turn before a label found by its shape.
var demonstratives = wordSet("data/ar_demonstratives.txt")

// countWordsUpTo counts the words of s, stopping at max.
func countWordsUpTo(s string, max int) int {
	n := 0
	in := false
	for i := 0; i < len(s) && n < max; i++ {
		if sw := spaceWidth(s, i); sw > 0 {
			in = false
			i += sw - 1
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// plainLabel reports words that can be a speaker label: letters, a dotted
// title ("د. منير"), no digits, commas or quotes.
func plainLabel(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		switch r {
		case '،', ',', '؛', ';', ':', '«', '»', '"', '“', '”', '(', ')', '[', ']', '!', '?', '؟', '…':
			return false
		}
		if isDigit(r) {
			return false
		}
	}
	return true
}

// unknownLabel looks at a label the lists and the paragraph so far do not
// know, its colon at i, its last word ending at end, in the middle of a
// sentence. It returns where the label starts, or -1, when its shape shows
// a turn:
//
//   - it follows a turn cut off by a spaced "—" ("… الحقيقية — الرئيس:");
//   - it is a label remembered whole at a sentence start ("رئيس اللجنة");
//   - it repeats the words before it, addressed with لـ ("والكلمة للنائبة
//     هدى النائبة هدى:");
//   - it opens a turn later in the paragraph, after a terminator ("… من
//     ذلك الباحثة: … بسهولة... الباحثة: …").
//
// The label is one to three words (four when remembered), with no digits
// or punctuation.
func (sp *splitter) unknownLabel(i, end int) int {
	t := sp.text
	if opensQuote(t, skipSpace(t, i+1)) {
		return -1
	}
	var starts [5]int // starts of the last words, nearest first
	n := 0
	for e := end; n < len(starts); {
		ws := wordStart(t, sp.start, e)
		if ws >= e || ws <= sp.start {
			break
		}
		starts[n] = ws
		n++
		e = trimRight(t, sp.start, ws)
		if e <= sp.start {
			break
		}
		if cutOffBefore(t, sp.start, ws) {
			if plainLabel(t[ws:end]) {
				return ws // "… — الرئيس:"
			}
			return -1
		}
	}
	// The label's words: at most four, none with digits or punctuation.
	plain := 0
	for plain < min(n, 4) {
		e := end
		if plain > 0 {
			e = trimRight(t, sp.start, starts[plain-1])
		}
		if !plainLabel(t[starts[plain]:e]) {
			break
		}
		plain++
	}
	ahead := labelAhead(t, i+1, starts[:min(plain, 3)], end)
	for k := plain; k >= 1; k-- {
		ls := starts[k-1]
		label := t[ls:end]
		if k > 1 && len(sp.labels) > 0 && sp.knownLabel(label) {
			return ls
		}
		if k == 4 {
			continue
		}
		if k < n && (2*k-1 >= n || strings.HasPrefix(t[starts[2*k-1]:], "ل")) && addressedBefore(t, sp.start, starts[k], ls, label) {
			return ls
		}
		if k == ahead {
			return ls
		}
	}
	// In a paragraph of turns, a title head and its complement with the
	// article ("… من فضلكم مديرة الندوة:") after a word it cannot qualify
	// (not definite itself, no imperfect verb before its subject).
	if len(sp.labels) == 0 || n < 3 {
		return -1
	}
	w0 := wordOf(t, starts[:1], 0, end)
	w1 := t[starts[1]:trimRight(t, sp.start, starts[0])]
	if !hasArticle(w0) || inSet(continuation, w0) || !isTitleHead(w1) || strings.HasPrefix(w1, "و") {
		return -1
	}
	ls := starts[1]
	pw := t[starts[2]:trimRight(t, sp.start, ls)]
	if v := stripConj(pw); !plainLabel(pw) || hasArticle(pw) || strings.HasPrefix(v, "ي") || strings.HasPrefix(v, "ت") || !plainLabel(t[ls:end]) {
		return -1
	}
	return ls
}

// addressedBefore reports whether the words just before the label at ls
// (from lo) are the label with لـ on its first word ("للنائبة هدى النائبة
// هدى"); hint is the start of the word before the label.
func addressedBefore(t string, lo, hint, ls int, label string) bool {
	if !strings.HasPrefix(t[hint:], "ل") {
		if !strings.Contains(label, " ") {
			return false // one word: "للنائبة" must be right before it
		}
	}
	s := ls
	for n := strings.Count(label, " ") + 1; n > 0; n-- {
		e := trimRight(t, lo, s)
		if e <= lo {
			return false
		}
		s = wordStart(t, lo, e)
	}
	before, ok := strings.CutPrefix(t[s:trimRight(t, lo, ls)], "ل")
	if !ok {
		return false
	}
	if before == label {
		return true
	}
	def, isDef := strings.CutPrefix(label, "ا")
	return isDef && strings.HasPrefix(def, "ل") && before == def
}

// knownLabel reports whether label, normalised, opened a turn before.
func (sp *splitter) knownLabel(label string) bool {
	var buf [96]byte
	if len(label) > len(buf) {
		return false
	}
	key := appendNorm(buf[:0], label)
	for _, l := range sp.labels {
		var lb [96]byte
		if len(l) <= len(lb) && string(appendNorm(lb[:0], l)) == string(key) {
			return true
		}
	}
	return false
}

// labelAhead looks for a later turn opened by one of the candidate labels
// t[starts[k-1]:end] (nearest word first) followed by ':' after a
// terminator and white space, within 4000 bytes of from, and returns the
// number of words of the longest one found, or 0.
func labelAhead(t string, from int, starts []int, end int) int {
	if len(starts) == 0 {
		return 0
	}
	s := t[from:min(len(t), from+4000)]
	best := 0
	for {
		c := strings.IndexByte(s, ':')
		if c < 0 {
			return best
		}
		for k := len(starts); k > best; k-- {
			label := t[starts[k-1]:end]
			if len(label) < 4 || c < len(label) || s[c-len(label):c] != label {
				continue
			}
			b := trimRight(s, 0, c-len(label))
			if b == c-len(label) || b == 0 {
				continue
			}
			if endsInTerm(trimClosers(s[:b])) {
				best = k
				break
			}
		}
		s = s[c+1:]
	}
}

func isLetter(r rune) bool { return isArabicLetter(r) || isLatin(r) }
