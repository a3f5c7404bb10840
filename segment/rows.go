package segment

import (
	"strings"
	"unicode/utf8"
)

// Rows of a list run into one paragraph. A scraped price table, results
// table, schedule or bullet list loses its line breaks when lines are joined
// and has no final punctuation, so each row would run into the next. The
// rows are found by their repeated shape, never by their words:
//
//   - "LABEL: value" rows with a number in the value ("الطماطم: من 9 إلى 13
//     جنيها البطاطس: …", "نينوى: 46.2% كركوك: …"), checked at each colon
//     against the row before it in the sentence;
//   - score rows "Team N - M Team" ("تونس 34 - 26 العراق قطر 29 - 29 …");
//   - timestamped rows "H:MM [word] - …" ("8:30 صباحا - التسجيل …",
//     "13:00 - الهيئة …");
//   - "A - B" rows after an introducing colon, three or more in a row
//     ("… التالية: مولودية الجزائر - شبيبة القبائل شباب بلوزداد - …");
//   - bullet items "- …" after an introducing colon or in a sentence that
//     opens with one ("هي: - كبار السن - الحوامل …", dialogue lines).
//
// A colon-ended introduction before the first row is a sentence of its own.
// The last row of a list often runs into the next sentence: a clause that
// opens with و and a verb or particle ("… 45 جنيها وتشهد الأسعار …") starts
// a sentence there (rowRunOn).

// maxWords is the most words rowWords collects.
const maxWords = 16

// rowWords returns the starts of the white-space delimited words of t[a:b]
// (at most maxWords: ok is false when there are more).
func rowWords(buf *[maxWords]int, t string, a, b int) (starts []int, ok bool) {
	starts = buf[:0]
	for k := a; k < b; {
		k = skipSpace(t, k)
		if k >= b {
			break
		}
		if len(starts) == maxWords {
			return starts, false
		}
		starts = append(starts, k)
		for k < b && spaceWidth(t, k) == 0 {
			k++
		}
	}
	return starts, true
}

// wordOf returns word n of starts, the words of t[..:end].
func wordOf(t string, starts []int, n, end int) string {
	e := end
	if n+1 < len(starts) {
		e = trimRight(t, starts[n], starts[n+1])
	}
	return t[starts[n]:e]
}

func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if isASCIIDigit(w[i]) {
			return true
		}
	}
	return strings.ContainsAny(w, "٠١٢٣٤٥٦٧٨٩")
}

// hasArticle reports a word that starts with the article ("البطاطس").
func hasArticle(w string) bool {
	return strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) >= 4
}

// waWord reports a word with the conjunction و before a letter ("وتاونات",
// "ودعت"), not before a digit ("و50").
func waWord(w string) bool {
	if !strings.HasPrefix(w, "و") || utf8.RuneCountInString(w) < 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[len("و"):])
	return isArabicLetter(r)
}

// waClause reports a word that opens a clause with و: the conjunction
// before a verb, particle or preposition ("وتشهد", "ومن", "وقال"), not
// before the article ("والربو", a coordinated noun of the row).
func waClause(w string) bool {
	return waWord(w) && !strings.HasPrefix(w, "وال") && !strings.ContainsAny(w, ",،:")
}

// prevRowColon returns the last colon in [lo, i) followed by white space,
// or -1 ("10:45" is a time, not a separator).
func prevRowColon(t string, lo, i int) int {
	for i > lo {
		c := strings.LastIndexByte(t[lo:i], ':')
		if c < 0 {
			return -1
		}
		c += lo
		if c+1 < len(t) && spaceWidth(t, c+1) > 0 {
			return c
		}
		i = c
	}
	return -1
}

// opensQuote reports whether the token at k opens a quotation.
func opensQuote(t string, k int) bool {
	return k < len(t) && strings.ContainsRune(`"«“'`, firstRune(t[k:]))
}

// colonRow handles the colon at i of a "LABEL: value" row whose label ends
// at end. The row before it must be in the sentence: its label (one to four
// words) after the sentence start or an introducing colon, its value (a
// number among its words) before this row's label, the two together at
// most twelve words with no quotation. It reports whether it started a row.
func (sp *splitter) colonRow(i, end int) bool {
	t := sp.text
	if !sp.lang.arabic || i+1 >= len(t) || spaceWidth(t, i+1) == 0 || opensQuote(t, skipSpace(t, i+1)) {
		return false
	}
	c0 := prevRowColon(t, sp.start, i)
	if c0 < 0 || opensQuote(t, skipSpace(t, c0+1)) {
		return false
	}
	var buf [maxWords]int
	ws, ok := rowWords(&buf, t, c0+1, end)
	n := len(ws)
	if !ok || n < 2 || n > 12 || strings.ContainsAny(t[c0+1:end], "«»\"“”") {
		return false
	}
	c1 := prevRowColon(t, sp.start, c0)
	ls0 := sp.start
	if c1 >= 0 {
		ls0 = c1 + 1
	}
	if w := countWords(t[ls0:c0]); w < 1 || w > 4 || strings.ContainsAny(t[ls0:c0], "«»\"“”،,") {
		return false
	}
	word := func(k int) string { return wordOf(t, ws, k, end) }
	// The label: "عيار 21"; else from the first word with the article after
	// the value's last number ("… جنيها للكيلو البطاطس"), or the last word
	// with the words joined to it by و ("ملم تازة وتاونات وصفرو").
	ls := n - 1
	if first := nextWord(t[ls0:c0]); isNumber(word(n-1)) || word(n-2) == first {
		ls = n - 2 // "عيار 21" after "عيار 24: …"
	} else {
		d := -1
		for k := 0; k < n-1; k++ {
			if hasDigit(word(k)) {
				d = k
			}
		}
		if d >= 0 {
			// At most two unit words between ("جنيها للكيلو").
			for k := d + 1; k < n && k <= d+3; k++ {
				if hasArticle(word(k)) {
					ls = k
					break
				}
			}
		}
		for ls-1 > d && ls > 0 && waWord(word(ls)) {
			ls--
		}
	}
	if ls > 1 && isAbbrevTitle(word(ls-1)) {
		ls-- // "د. خالد:"
	}
	for k := ls; k < n-1; k++ {
		if strings.ContainsAny(word(k), "،,()") {
			ls = k + 1
		}
	}
	if ls < 1 {
		return false
	}
	// A table value: a number among its first three words and at most four
	// words after its last number ("من 9 إلى 13 جنيها للكيلو").
	fd, ld := -1, -1
	for k := 0; k < ls; k++ {
		if hasDigit(word(k)) {
			if fd < 0 {
				fd = k
			}
			ld = k
		}
	}
	if fd < 0 || fd > 2 || ls-ld > 5 || waWord(word(ls)) {
		return false
	}
	if pw := trimWordPunct(word(ls - 1)); isSpeechVerb(pw) || isSpeechVerb(stripConj(pw)) || noPlaceBefore[pw] {
		return false
	}
	if c1 >= 0 && sp.hasContent(c1) {
		sp.emit(c1 + 1) // "… على النحو التالي:" introduces the list
	}
	sp.emit(ws[ls])
	sp.rowRunOn(i+1, 1, ':', true)
	return true
}

// rowRunOn looks at the words after the separator of what may be the last
// row of a list, from k: when no further row separator sep (':' or '-')
// and no terminator comes within fourteen words, a clause opening with و
// at word minIdx or later (waClause) starts the next sentence.
func (sp *splitter) rowRunOn(k, minIdx int, sep byte, endOK bool) {
	sp.runOn(k, minIdx, sep, endOK, rowClause)
}

// rowClause reports a word that opens the clause after a list's last row:
// waClause, not a coordinated title ("وعضو").
func rowClause(w string) bool { return waClause(w) && !isTitleHead(w) }

// runOn is rowRunOn with the test for the clause's first word.
func (sp *splitter) runOn(k, minIdx int, sep byte, endOK bool, clause func(string) bool) {
	t := sp.text
	cand := -1
	for idx := 0; idx < 14; idx++ {
		k = skipSpace(t, k)
		if k >= len(t) {
			break
		}
		e := k
		for e < len(t) && spaceWidth(t, e) == 0 {
			e++
		}
		w := t[k:e]
		if sep == '-' && isRowDash(w) {
			return // another row
		}
		if strings.HasSuffix(w, ":") && sep == ':' && !opensQuote(t, skipSpace(t, e)) {
			return // another row
		}
		if endsInTerm(trimClosers(w)) {
			if !endOK {
				return
			}
			break // the sentence ends by itself
		}
		if cand < 0 && idx >= minIdx && (clause(w) || expectedAfter(t, w, e)) {
			cand = k
		}
		k = e
	}
	if cand > sp.start {
		sp.emit(cand)
	}
}

// expectedAfter reports the wire opener "ومن المقرر / المنتظر / المتوقع /
// المفترض أن …" at the word w ending at e: a new sentence after the last
// item of a list ("… - وزيرة للصحة ومن المنتظر أن تؤدي …").
func expectedAfter(t, w string, e int) bool {
	if w != "ومن" {
		return false
	}
	switch nw, _ := tokenAt(t, skipSpace(t, e)); nw {
	case "المقرر", "المنتظر", "المتوقع", "المفترض":
		return true
	}
	return false
}

// isAbbrevTitle reports a dotted one-letter title before a name ("د.", "م.").
func isAbbrevTitle(w string) bool {
	b, ok := strings.CutSuffix(w, ".")
	return ok && utf8.RuneCountInString(b) == 1 && isArabicLetter(firstRune(b))
}

// tokenAt returns the white-space delimited token at k and its end.
func tokenAt(t string, k int) (string, int) {
	e := k
	for e < len(t) && spaceWidth(t, e) == 0 {
		e++
	}
	return t[k:e], e
}

// isClock reports a time of day "9:30", "13:00".
func isClock(w string) bool {
	h, m, ok := strings.Cut(w, ":")
	if !ok || len(h) < 1 || len(h) > 2 || len(m) != 2 {
		return false
	}
	return isNumber(h) && isNumber(m) && !strings.ContainsAny(h+m, ".,/-")
}

// isRowDash reports a spaced dash token ("-", "–").
func isRowDash(w string) bool { return w == "-" || w == "–" }

// spacedDashBefore returns the start of the last spaced dash token in
// [lo, i), or -1, and its width.
func spacedDashBefore(t string, lo, i int) (int, int) {
	for k := i - 1; k > lo; k-- {
		if w := spacedDashWidth(t, k); w > 0 && (w == 1 || t[k] == 0xE2) {
			if w == 3 && t[k+2] != 0x93 {
				continue // "—" is an aside or a cut-off, not a row separator
			}
			return k, w
		}
	}
	return -1, 0
}

// dashAhead reports whether a spaced dash token comes within words words
// after k, before a terminator.
func dashAhead(t string, k, words int) bool {
	for n := 0; n < words; n++ {
		k = skipSpace(t, k)
		if k >= len(t) {
			return false
		}
		w, e := tokenAt(t, k)
		if isRowDash(w) {
			return true
		}
		if endsInTerm(trimClosers(w)) {
			return false
		}
		k = e
	}
	return false
}

// dashRow handles a spaced dash at [i, j) that separates the parts of a
// row (score, timestamp, bullet, "A - B"); it reports whether the dash was
// a row separator, which is then no dateline.
func (sp *splitter) dashRow(i, j int) bool {
	t := sp.text
	ns := skipSpace(t, j)
	if ns >= len(t) {
		return false
	}
	next, _ := tokenAt(t, ns)
	if t[i] == '-' && j == i+1 && sp.bulletRow(i, ns) {
		return true
	}
	pe := trimRight(t, sp.start, i)
	if pe <= sp.start {
		return false
	}
	if spacedDashWidth(t, i) > 0 && sp.shapeRow(i, j) {
		return true // before scores: "عيار 24 - 58.20 عيار 21 - …"
	}
	pws := wordStart(t, sp.start, pe)
	prev := t[pws:pe]
	if isNumber(prev) && isNumber(trimWordPunct(next)) {
		if isGoals(prev) && isGoals(trimWordPunct(next)) {
			sp.firstScore(pws)
		}
		sp.scoreRow(pws, ns)
		return true
	}
	if sp.timeRow(pws, prev, j, next) {
		return true
	}
	if spacedDashWidth(t, i) == 0 || sp.itemHeadAfter(j) {
		return false
	}
	return sp.pairRow(i, j)
}

// shapeRow handles a spaced dash at [i, j) in a list of "A - B" rows whose
// first parts share a shape: the same word, with or without the article
// ("جامعة قطر - قطر جامعة خليفة - …", "أفضل فيلم - … أفضل مخرج - …"), a
// weekday ("الاثنين 24 حزيران - … الأربعاء 26 حزيران - …") or a number
// ("10.00 - … 11.30 - …"), or a dotted title before a name ("أ.د. فلان -
// ناقد د. فلانة - شاعرة"). The row before this one starts the sentence or
// follows an introducing colon in it; the sentence ends before the first
// word after the previous dash, not its first, that has the row's shape,
// so rows of any width are found. The colon-ended introduction is a
// sentence of its own. It reports whether the dash was a row separator.
func (sp *splitter) shapeRow(i, j int) bool {
	t := sp.text
	p, pw := spacedDashBefore(t, sp.start, i)
	if p < 0 {
		return false
	}
	rs := firstNonSpace(t, sp.start, p)
	c := prevRowColon(t, sp.start, p)
	if c >= 0 {
		rs = skipSpace(t, c+1)
	} else if sp.rowStart != sp.start && rs != firstNonSpace(t, 0, len(t)) {
		// Without an introducing colon the rows must go on from a list
		// row before, or open the paragraph (a list split across
		// paragraphs: "جامعة قطر - قطر جامعة خليفة - …").
		return false
	}
	if w := trimWordPunct(nextWord(t[skipSpace(t, p+pw):])); inSet(continuation, w) || inSet(continuation, stripConj(w)) ||
		inSet(notStoryStart, w) || inSet(notStoryStart, stripShortConj(w)) || noPlaceBefore[w] || w == "الذي" || w == "التي" {
		return false // "- وهو …", "- الذي …": a parenthetical
	}
	if rs >= p || countWords(t[rs:p]) > 6 || opensQuote(t, rs) {
		return false
	}
	head, _ := tokenAt(t, rs)
	end := trimRight(t, sp.start, i)
	var buf [maxWords]int
	ws, ok := rowWords(&buf, t, p+pw, end)
	if !ok || len(ws) < 2 {
		return false
	}
	for k := 1; k < len(ws); k++ {
		w := wordOf(t, ws, k, end)
		if len(ws)-k > 6 || !sameRowShape(head, w, c >= 0) {
			continue
		}
		if hasArticle(trimWordPunct(head)) && !hasArticle(w) && isNumber(wordOf(t, ws, k-1, end)) {
			continue // "الجنيه … - 62.40 جنيه": the value's unit, not a row
		}
		if pe := wordOf(t, ws, k-1, end); trimWordPunct(pe) != pe && !strings.HasSuffix(pe, ")") && !strings.HasSuffix(pe, "»") {
			return false // "…، د. فلان": a comma joins the words
		}
		if c >= 0 && sp.hasContent(c) {
			sp.emit(c + 1)
		}
		sp.emit(ws[k])
		sp.rowStart, sp.rowRight = ws[k], 0
		sp.rowRunOn(j, 1, '-', true)
		return true
	}
	return false
}

// sameRowShape reports whether w, a word between two row dashes, opens a
// row like the one opened by head: the same word with or without the
// article, two weekdays, two numbers, or a dotted title before a name
// (after an introducing colon, or after a row that opened with one).
func sameRowShape(head, w string, colon bool) bool {
	if isDottedTitle(w) {
		return colon || isDottedTitle(head)
	}
	h, x := normAr(trimWordPunct(head)), normAr(trimWordPunct(w))
	if h == "" || x == "" {
		return false
	}
	if isNumber(h) && isNumber(x) {
		return !strings.ContainsAny(x, "-/")
	}
	if weekdays[h] && weekdays[x] {
		return true
	}
	if utf8.RuneCountInString(h) < 3 || !isArabicLetter(firstRune(h)) {
		return false
	}
	h, _ = strings.CutPrefix(h, "ال")
	x, _ = strings.CutPrefix(x, "ال")
	return utf8.RuneCountInString(h) >= 3 && h == x
}

// isDottedTitle reports a dotted abbreviation of one-letter parts ("د.",
// "م.", "أ.د.") that stands before a name.
func isDottedTitle(w string) bool {
	b, ok := strings.CutSuffix(w, ".")
	if !ok || b == "" {
		return false
	}
	for _, part := range strings.Split(b, ".") {
		if utf8.RuneCountInString(part) != 1 || !isArabicLetter(firstRune(part)) {
			return false
		}
	}
	return true
}

// scoreRow handles a score "N - M" whose N starts at ns and M at ms:
// with an earlier score in the sentence, the words between the two are
// "Team Team" and the sentence ends between them ("تونس 34 - 26 العراق قطر
// 29 - 29 الكويت"; of three words a nisba adjective stays with the first
// team: "المصري البورسعيدي بيراميدز").
func (sp *splitter) scoreRow(ns, ms int) {
	t := sp.text
	// The last dash before ns must be the previous score, with numbers on
	// both sides; p is the start of its M, pn of its N.
	d, w := spacedDashBefore(t, sp.start, ns)
	if d < 0 {
		return
	}
	a := trimRight(t, sp.start, d)
	p := skipSpace(t, d+w)
	if a <= sp.start || !isNumber(t[wordStart(t, sp.start, a):a]) {
		return
	}
	if m, _ := tokenAt(t, p); !isNumber(trimWordPunct(m)) {
		return
	}
	pn := wordStart(t, sp.start, a)
	_, pEnd := tokenAt(t, p)
	var buf [maxWords]int
	ws, ok := rowWords(&buf, t, pEnd, trimRight(t, sp.start, ns))
	n := len(ws)
	if !ok || n < 2 || n > 5 {
		return
	}
	end := trimRight(t, sp.start, ns)
	for k := range ws {
		w := wordOf(t, ws, k, end)
		if trimWordPunct(w) != w || noPlaceBefore[w] || hasDigit(w) {
			return
		}
	}
	k := n / 2
	if w := wordOf(t, ws, k, end); n%2 == 1 && hasArticle(w) && strings.HasSuffix(w, "ي") {
		k++
	}
	// The first score of the list: "… كالآتي: تونس 34 - 26 …", also when
	// a dateline dash opens the sentence ("القاهرة (أ ش أ) - … التالية:").
	if c := prevRowColon(t, sp.start, pn); c >= 0 && countWords(t[c+1:pn]) <= 3 && sp.hasContent(c) {
		if d, _ := spacedDashBefore(t, sp.start, pn); d < c {
			sp.emit(c + 1)
		}
	}
	sp.emit(ws[k])
	_, mEnd := tokenAt(t, ms)
	sp.rowRunOn(mEnd, 1, '-', true)
}

// firstScore handles the first score "Team N - M" of a list whose N starts
// at ns, right after an introducing colon ("… النتائج التالية: الأهلي 2 -
// 1 الزمالك"): the team, one to three words without digits or
// punctuation, opens a row, so the introduction is a sentence of its own
// even when no second score follows in the paragraph.
func (sp *splitter) firstScore(ns int) {
	t := sp.text
	c := prevRowColon(t, sp.start, ns)
	if c < 0 || !sp.hasContent(c) {
		return
	}
	team := t[c+1 : ns]
	if n := countWords(team); n < 1 || n > 3 || hasDigit(team) || strings.ContainsAny(team, "«»\"“”،,()-–.") {
		return
	}
	for _, w := range strings.Fields(t[sp.start:c]) {
		if isSpeechVerb(w) || isSpeechVerb(stripConj(w)) || speechWords[w] {
			return // "وقال المدير: الفيصلي 2 - 1 …" quotes a verdict
		}
	}
	sp.emit(c + 1)
}

// isGoals reports a score's count: one or two digits ("2", "14"), not a
// price or a measure ("58.20", "24" of "عيار 24 - 58.20" is followed by one).
func isGoals(w string) bool {
	n := 0
	for _, r := range w {
		if !isDigit(r) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 2
}

// timeRow handles a dash after a time "H:MM" or "H:MM صباحا" whose last
// word prev starts at pws: a timestamped row starts a sentence ("… في
// الأردن 13:00 - الهيئة …", "الأول: 8:30 صباحا - التسجيل …"), unless a
// preposition or "الساعة" comes before the time or a time follows the dash
// (a range "9:00 - 17:00"). It reports whether the dash followed a time.
func (sp *splitter) timeRow(pws int, prev string, j int, next string) bool {
	t := sp.text
	ts := pws
	if !isClock(prev) {
		pe := trimRight(t, sp.start, pws)
		if pe <= sp.start {
			return false
		}
		ts = wordStart(t, sp.start, pe)
		if !isClock(t[ts:pe]) {
			return false
		}
	}
	if isClock(trimWordPunct(next)) || isNumber(trimWordPunct(next)) {
		return true // a range
	}
	be := trimRight(t, sp.start, ts)
	if be <= sp.start {
		return true // already at the start of a sentence
	}
	bw := t[wordStart(t, sp.start, be):be]
	if noPlaceBefore[bw] || normAr(bw) == "الساعة" || isNumber(bw) {
		return true
	}
	if strings.HasSuffix(bw, ":") && !sp.clockRowAhead(j) {
		return true // "… الأول: 8:30 - …" introduces a list only with a second row
	}
	// The last row of a schedule runs into the next sentence: the rows
	// before it had no final punctuation.
	w, _ := tokenAt(t, firstNonSpace(t, sp.start, ts))
	list := isClock(w)
	sp.emit(ts)
	if list {
		sp.rowRunOn(j, 1, '-', true)
	}
	return true
}

// clockRowAhead reports whether another "H:MM [word] -" row follows j
// within fourteen words.
func (sp *splitter) clockRowAhead(j int) bool {
	t := sp.text
	k := j
	clock := -3
	for n := 0; n < 14; n++ {
		k = skipSpace(t, k)
		if k >= len(t) {
			return false
		}
		w, e := tokenAt(t, k)
		if isClock(w) {
			clock = n
		} else if isRowDash(w) && n-clock <= 2 {
			return true
		}
		k = e
	}
	return false
}

// bulletRow handles a spaced "-" at i whose item starts at ns: after an
// introducing colon with a second item ahead ("هي: - كبار السن - …") or
// in a sentence that opens with "- " (a bullet list, a subtitle's dialogue
// lines), the dash starts a new sentence. It reports whether it did.
func (sp *splitter) bulletRow(i, ns int) bool {
	t := sp.text
	if i == 0 || !isSpace(rune(t[i-1])) {
		return false
	}
	pe := trimRight(t, sp.start, i)
	if pe <= sp.start {
		return false
	}
	if w := t[wordStart(t, sp.start, pe):pe]; isNumber(w) || isClock(w) {
		return false
	}
	fs := firstNonSpace(t, sp.start, i)
	switch {
	case t[pe-1] == ':':
		if w, _ := tokenAt(t, ns); isNumber(trimWordPunct(w)) {
			return false // "الرصيد: - 300"
		}
		sp.emit(i)
		sp.rowStart = i
	case t[fs] == '-' && fs+1 < len(t) && spaceWidth(t, fs+1) > 0:
		list := sp.rowStart == sp.start
		sp.emit(i)
		if list {
			sp.rowStart = i
			sp.rowRunOn(ns, 1, '-', true)
		}
	default:
		return false
	}
	return true
}

// pairRow handles a spaced dash at [i, j) in a list of "A - B" rows after an
// introducing colon ("… التالية: مولودية الجزائر - شبيبة القبائل شباب بلوزداد
// - وفاق سطيف …", "صفاقس - 95 ألف طن المهدية - …"): from the second row on,
// the sentence ends before the row's first part, as wide as the first
// part of the row before it (a known place of two words counts as one). The
// first row needs two more dashes of the list ahead. It reports whether the
// dash was a row separator.
func (sp *splitter) pairRow(i, j int) bool {
	t := sp.text
	c := prevRowColon(t, sp.start, i)
	numbered := false
	if c < 0 && sp.rowStart != sp.start && sp.start <= firstNonSpace(t, 0, len(t)) {
		// A list of quoted titles split across paragraphs goes on at the
		// paragraph's start ("«صيف أخير» - لبنان «رمال» - …").
		if p, pw := spacedDashBefore(t, sp.start, i); p >= 0 && sp.quotedRow(sp.start, p, pw, i, j, false) {
			return true
		}
	}
	if c < 0 && sp.rowStart != sp.start {
		// No introducing colon and no list going on: only rows whose
		// second parts are numbers, from the sentence start ("المهدية - 42
		// ألف طن القيروان - 38 ألف طن …").
		if !isDigit(firstRune(t[skipSpace(t, j):])) {
			return false
		}
		numbered = true
	}
	if agencyAfter(t[skipSpace(t, j):]) {
		return false
	}
	p, pw := spacedDashBefore(t, max(sp.start, c), i)
	if p < 0 || p < c {
		// The first row after the colon: no dateline ("كل من: أحمد فتوح -
		// للإيقاف …") when the list goes on.
		if c < 0 || opensQuote(t, skipSpace(t, c+1)) {
			return false
		}
		w := countWords(t[c+1 : i])
		return w >= 1 && w <= 3 && dashAhead(t, j, 8)
	}
	ls0 := sp.start
	if c >= 0 {
		ls0 = c + 1
	} else if numbered && !isDigit(firstRune(t[skipSpace(t, p+pw):])) {
		return false
	}
	if sp.quotedRow(ls0, p, pw, i, j, c >= 0) {
		return true
	}
	left := countWords(t[ls0:p])
	if left < 1 || left > 3 || strings.ContainsAny(t[ls0:i], "«»\"“”،,") {
		return false
	}
	end := trimRight(t, sp.start, i)
	var buf [maxWords]int
	ws, ok := rowWords(&buf, t, p+pw, end)
	g := len(ws)
	if !ok || g < 2 || g > 7 {
		return false
	}
	for k := range ws {
		if w := wordOf(t, ws, k, end); trimWordPunct(w) != w {
			return false
		}
	}
	first := c >= 0 || numbered
	if first && !dashAhead(t, j, 8) {
		return false
	}
	// The next row's first part is as wide as this row's (names), or,
	// when the second parts are numbers ("95 ألف طن"), the second part as
	// wide as the row before's.
	k := max(1, g-left)
	if !first && sp.rowRight > 0 && sp.rowRight < g && isDigit(firstRune(t[ws[0]:])) {
		k = sp.rowRight
	} else if a := valueEnd(t, ws, end); a > 0 && a < g {
		k = a // "48.95 جنيه للشراء اليورو": the unit words stay in the row
	}
	if g >= 3 && k > g-2 && isMultiWordPlace(t[ws[g-2]:end]) {
		k = g - 2
	}
	if first && sp.hasContent(c) {
		sp.emit(c + 1)
	}
	sp.emit(ws[k])
	sp.rowStart, sp.rowRight = ws[k], k
	sp.rowRunOn(j, 1, '-', true)
	return true
}

// quotedRow handles rows whose first parts are quoted titles, "«Title» -
// B" ("… منها: «بيت على البحر» - تونس «صيف أخير» - لبنان …"): when the row
// before, from ls0 to its dash at p, is one quotation, the sentence ends
// before the quotation that opens this row, after one to four words of the
// second part and with the quote closed before this dash at i. The colon of
// the introduction (intro) ends a sentence too. It reports whether it
// found such a row.
func (sp *splitter) quotedRow(ls0, p, pw, i, j int, intro bool) bool {
	t := sp.text
	rs := skipSpace(t, ls0)
	pe := trimRight(t, sp.start, p)
	if rs >= pe || t[rs] != 0xC2 || !strings.HasPrefix(t[rs:], "«") || !strings.HasSuffix(t[rs:pe], "»") ||
		strings.Count(t[rs:pe], "«") != 1 {
		return false
	}
	end := trimRight(t, sp.start, i)
	if !strings.HasSuffix(t[:end], "»") {
		return false
	}
	q := strings.LastIndex(t[p+pw:end], "«")
	if q < 0 {
		return false
	}
	q += p + pw
	second := t[skipSpace(t, p+pw):q]
	if n := countWords(second); n < 1 || n > 4 || strings.ContainsAny(second, "«»\"“”،,:.") || !isSpace(rune(t[q-1])) {
		return false
	}
	for _, w := range strings.Fields(second) {
		if isSpeechVerb(w) || isSpeechVerb(stripConj(w)) || leadsOn(w) {
			return false // "«…» - قال الوزير «…» -": a quotation goes on
		}
	}
	if intro && sp.hasContent(ls0-1) {
		sp.emit(ls0)
	}
	sp.emit(q)
	sp.rowStart, sp.rowRight = q, 0
	sp.rowRunOn(j, 1, '-', true)
	return true
}

// valueEnd returns the index of the first word with the article after a
// row value that opens with a number and has at most two unit words after
// its last number ("48.95 جنيه للشراء اليورو", "110 فلوس للتر الديزل"),
// or 0: the next row's first part starts there, whatever the width of the
// row before.
func valueEnd(t string, ws []int, end int) int {
	if !isDigit(firstRune(t[ws[0]:])) {
		return 0
	}
	d := 0
	for k := 1; k < len(ws) && k <= 3; k++ {
		if hasDigit(wordOf(t, ws, k, end)) {
			d = k
		}
	}
	for k := d + 1; k < len(ws) && k <= d+3; k++ {
		if hasArticle(wordOf(t, ws, k, end)) {
			return k
		}
	}
	return 0
}

// isTitleWord reports a title head, also with the article ("الأمين"), not
// with a conjunction ("ووزير" continues the row before).
func isTitleWord(w string) bool {
	w = trimWordPunct(w)
	if inSet(titleHeads, w) {
		return true
	}
	b, ok := strings.CutPrefix(w, "ال")
	return ok && utf8.RuneCountInString(b) >= 3 && inSet(titleHeads, b)
}

// titleRows handles an introducing colon at i followed by a title head
// ("وحضر الافتتاح كل من: وزير الدولة، وزير الطاقة والمناجم وزير المالية
// الأمين العام …"): a list of officials by post. Each later title head
// that follows a word without a comma (and no particle, preposition or و
// before it) starts a row, when there is one; the introduction is a
// sentence of its own. It reports whether it found such a list.
func (sp *splitter) titleRows(i int) bool {
	t := sp.text
	if !sp.lang.arabic || i+1 >= len(t) || spaceWidth(t, i+1) == 0 {
		return false
	}
	k := skipSpace(t, i+1)
	w, e := tokenAt(t, k)
	if !isTitleWord(w) {
		return false
	}
	if lw := prevWord(t, sp.start, i+1); lw == "صورة:" || lw == "الصورة:" {
		return false // a caption: "صورة: وزير النقل خلال جولته …"
	}
	var rows [8]int
	n := 0
	prev := w
	for words := 0; words < 40 && n < len(rows); words++ {
		k = skipSpace(t, e)
		if k >= len(t) {
			break
		}
		w, e = tokenAt(t, k)
		if isRowDash(w) || strings.HasSuffix(w, ":") || opensQuote(t, k) || endsInTerm(trimClosers(w)) {
			break
		}
		if isTitleWord(w) && trimWordPunct(prev) == prev &&
			!noPlaceBefore[prev] && !inSet(continuation, prev) {
			rows[n] = k
			n++
		}
		prev = w
	}
	if n == 0 {
		return false
	}
	if sp.hasContent(i) {
		sp.emit(i + 1)
	}
	for _, r := range rows[:n] {
		sp.emit(r)
	}
	return true
}

// isQuantity reports an amount that opens an ingredient or a parts row:
// digits, a fraction ("3/4", "1.5", "½").
func isQuantity(w string) bool {
	digit := false
	for _, r := range w {
		switch {
		case isDigit(r), r == '½', r == '¼', r == '¾', r == '⅓', r == '⅔':
			digit = true
		case r == '/', r == '.', r == ',', r == '٫':
		default:
			return false
		}
	}
	return digit && !strings.HasSuffix(w, ".") && !strings.HasSuffix(w, ",")
}

// maxQuantityWords bounds the look ahead of quantityRows.
const maxQuantityWords = 60

// quantityRows finds the rows of an ingredient or parts list in the
// sentence [s, e): rows that each open with an amount and carry no
// punctuation, at the sentence start ("3 بيضات 1 كوب سكر 3/4 كوب زيت …")
// or after a short introduction ending in a colon ("المقادير: 3 بيضات …").
// A row starts at an amount after a word that is no amount, no preposition
// and no و ("… في 3 محافظات" stays in its row); three rows at least, up to
// the first terminator, comma or colon. It appends to rows where the
// introduction's rows start (the first row included) and returns them.
func quantityRows(rows []int, t string, s, e int) []int {
	k := skipSpace(t, s)
	if k >= e {
		return rows
	}
	if c := strings.IndexByte(t[k:min(e, k+60)], ':'); c > 0 && k+c+2 < e && t[k+c+1] == ' ' && isDigit(rune(t[k+c+2])) {
		if lab := t[k : k+c]; countWordsUpTo(lab, 4) <= 3 && plainLabel(lab) {
			k += c + 1
		}
	}
	if k = skipSpace(t, k); k >= e || !(isDigit(rune(t[k])) || (t[k] == 0xD9 || t[k] == 0xC2) && isQuantity(t[k:min(e, k+2)])) {
		return rows // no amount first: the common case, decided on a rune
	}
	base := len(rows)
	prevQty, prev := false, ""
	for w := 0; w < maxQuantityWords; w++ {
		k = skipSpace(t, k)
		if k >= e {
			break
		}
		we := k
		for we < e && spaceWidth(t, we) == 0 {
			we++
		}
		word := t[k:we]
		q := isQuantity(word)
		if w == 0 && !q {
			return rows
		}
		if !q && strings.ContainsAny(word, ":،,؛;.!?؟…«»\"") {
			break
		}
		if q && !prevQty && (w == 0 || isArabicLetter(firstRune(prev)) && !noPlaceBefore[prev] && !strings.HasPrefix(prev, "و")) {
			// The amount's unit or item follows: "3 بيضات", not "2 - 1".
			if nk := skipSpace(t, we); nk >= e || !isArabicLetter(firstRune(t[nk:])) {
				if w == 0 {
					return rows
				}
				break
			}
			rows = append(rows, k)
		}
		prevQty, prev = q, word
		k = we
	}
	if len(rows)-base < 3 {
		return rows[:base]
	}
	return rows
}
