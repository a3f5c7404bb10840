package segment

import (
	"strings"
	"unicode/utf8"
)

// Rules for web pages (blogs, columns, comment threads), whose headings,
// hashtag lines and bylines carry no final punctuation once lines are joined
// into a paragraph.

var commentHeads = loadList("data/ar_comment_heads.txt")

// hashtags handles a '#' at i: a run of two or more hashtags opening a
// sentence ("… يحدث. #مدن_للناس #المشي * الكاتب …") is a line of its own
// and ends before the next word that is no hashtag. A hashtag inside running
// text ("تحت وسم #مصر_تستحق_الأفضل وسنرى") and a single tag before a
// sentence ("#عاجل انقطاع …") stay in their sentence. It returns where the
// scan goes on.
func (sp *splitter) hashtags(i int) int {
	t := sp.text
	if !sp.lang.arabic || firstNonSpace(t, sp.start, i+1) != i {
		return i + 1
	}
	k, end, n := i, i, 0
	for k < len(t) && t[k] == '#' {
		w, e := tokenAt(t, k)
		if utf8.RuneCountInString(w) < 3 || strings.ContainsAny(w[1:], "#.!?؟،,:") {
			return i + 1
		}
		n++
		end = e
		k = skipSpace(t, e)
	}
	if n < 2 || k >= len(t) {
		return end
	}
	sp.emit(end)
	return end
}

// commentHead handles a ')' at i closing a count after a comments heading,
// "التعليقات (6)": before a comment label (one to three words and a colon,
// "أم يوسف: …") the heading is a sentence of its own, whatever runs in before
// it (an author note, a hashtag line). "عدد التعليقات (6) قليل" has no label
// after it and stays. It reports whether it split.
func (sp *splitter) commentHead(i int) bool {
	t := sp.text
	if !sp.lang.arabic {
		return false
	}
	open := strings.LastIndexByte(t[sp.start:i], '(')
	if open < 0 {
		return false
	}
	open += sp.start
	if !isNumber(strings.TrimSpace(t[open+1 : i])) {
		return false
	}
	end := trimRight(t, sp.start, open)
	hs := wordStart(t, sp.start, end)
	if hs >= end || !inSet(commentHeads, t[hs:end]) {
		return false
	}
	k := skipSpace(t, i+1)
	c := strings.IndexByte(t[k:min(len(t), k+60)], ':')
	if c <= 0 || k+c+1 >= len(t) || spaceWidth(t, k+c+1) == 0 {
		return false
	}
	if label := t[k : k+c]; !plainLabel(label) || countWords(label) > 3 {
		return false
	}
	if pw := trimWordPunct(prevWord(t, sp.start, hs)); pw != "" && leadsOn(pw) {
		return false // "قرأت في التعليقات (6) …"
	}
	sp.emit(hs)
	sp.emit(i + 1)
	return true
}

// bylineName handles the colon at i of "بقلم:" opening a sentence or run in
// after an unpunctuated title: the
// byline is one sentence, "بقلم: د. مازن القيسي كنت أمشي …", and ends after
// the name: a title or two ("د.") and up to four words, the last of them a
// family name with the article ("القيسي", not "الله" of "عبد الله"). A name
// without such a word, or a word after it that continues ("و…", "إن"), keeps
// the byline in the text. It reports whether it split.
func (sp *splitter) bylineName(i, end int) bool {
	t := sp.text
	ls := wordStart(t, sp.start, end)
	if !sp.lang.arabic || end != i || !nameByline(t[ls:end]) {
		return false
	}
	mid := firstNonSpace(t, sp.start, end) != ls
	if mid && t[ls:end] != "بقلم" && !headlineRun(t, firstNonSpace(t, sp.start, ls), trimRight(t, sp.start, ls)) {
		return false // "وفي تغريدة كتب: …" is running text
	}
	if mid {
		// Run in after an unpunctuated title ("عن الدوري الذي نحبه ونكرهه
		// بقلم: …"), not after a comma, a colon or a quotation.
		pw := prevWord(t, sp.start, ls)
		if r, _ := utf8.DecodeLastRuneInString(pw); r == '،' || r == ',' || r == ':' || r == '«' || r == '"' || r == '(' {
			return false
		}
		if pw = trimWordPunct(pw); pw == "" || leadsOn(pw) {
			return false
		}
	}
	k := skipSpace(t, i+1)
	for n := 0; n < 2 && k < len(t); n++ { // titles: "د.", "أ.د."
		w, e := tokenAt(t, k)
		if !strings.HasSuffix(w, ".") || !isInitialism(strings.TrimSuffix(w, ".")) {
			break
		}
		k = skipSpace(t, e)
	}
	for n := 0; n < 4 && k < len(t); n++ {
		w, e := tokenAt(t, k)
		if !plainLabel(w) || strings.HasSuffix(w, ".") || !isArabicLetter(firstRune(w)) {
			return false
		}
		k = skipSpace(t, e)
		if n == 0 || !hasArticle(w) || w == "الله" || w == "الدين" {
			continue
		}
		if k >= len(t) || !isArabicLetter(firstRune(t[k:])) {
			return false
		}
		if nw := nextWord(t[k:]); continues(nw) || strings.HasPrefix(nw, "و") || hasArticle(nw) && !isKnownPlace(nw) {
			return false // "بقلم: سامي الخطيب والمحرر …"
		}
		if mid {
			sp.emit(ls)
		}
		sp.emit(e)
		return true
	}
	return false
}

// nameByline reports a byline word followed by a person's name ("بقلم",
// "كتب", "تحرير", "إعداد" …), not a caption or source label ("الصورة",
// "المصدر") whose value is no name.
func nameByline(w string) bool {
	switch w {
	case "بقلم", "كتب", "كتبت", "تحرير", "إعداد", "اعداد", "متابعة", "ترجمة", "تصوير":
		return true
	}
	return false
}

var metaLabels = loadList("data/ar_meta_labels.txt")

// clockWords follow a time of day: "صباحا", "مساء" and their forms.
var clockWords = wordSet("data/ar_clock_words.txt")

// metaLabelStart returns where a meta label of one or two words ending at
// end starts ("آخر تحديث", "نشر في"), or -1.
func (sp *splitter) metaLabelStart(end int) int {
	t := sp.text
	ws := wordStart(t, sp.start, end)
	if ws >= end {
		return -1
	}
	if inSet(metaLabels, t[ws:end]) {
		return ws
	}
	if pe := trimRight(t, sp.start, ws); pe > sp.start {
		if ps := wordStart(t, sp.start, pe); ps < pe && ws-pe == 1 && inSet(metaLabels, t[ps:end]) {
			return ps
		}
	}
	return -1
}

// metaLine handles a page's meta line, a date label and a date ("آخر
// تحديث: 6 ديسمبر 2026", "نشر في 2 ديسمبر 2026"), the label ending at end
// and its date starting at ds, possibly followed by "| قسم: WORD" fields of
// one word each: run in after a title and before the body, it is a
// sentence of its own. Not after a continuing word ("… وقد نشر في 2 مايو
// 2020 كتابا") and not when the date goes on with punctuation ("…، 2026،
// بعد …"). It reports whether it split.
func (sp *splitter) metaLine(end, ds int) bool {
	t := sp.text
	if !sp.lang.arabic {
		return false
	}
	ls := sp.metaLabelStart(end)
	if ls < 0 {
		return false
	}
	ds = skipSpace(t, ds)
	pos, ok := scanDate(t, ds)
	var e int
	if w, we := tokenAt(t, ds); !ok && isClock(w) {
		// A time alone: "آخر تحديث: 12:45", "… 09:30 صباحا".
		e, pos = we, skipSpace(t, we)
		if d, de := tokenAt(t, pos); clockWords[d] {
			e, pos = de, skipSpace(t, de)
		}
	} else {
		if !ok || pos >= len(t) {
			return false
		}
		e = trimRight(t, ds, pos)
		if r, _ := utf8.DecodeLastRuneInString(t[:e]); !isDigit(r) {
			return false // the date must end in its year
		}
	}
	// "| قسم: حياة | …": fields of a label and one word.
	for pos < len(t) && t[pos] == '|' {
		k := skipSpace(t, pos+1)
		w, we := tokenAt(t, k)
		if !strings.HasSuffix(w, ":") || !plainLabel(strings.TrimSuffix(w, ":")) {
			return false
		}
		v, ve := tokenAt(t, skipSpace(t, we))
		if v == "" || !plainLabel(v) {
			return false
		}
		e, pos = ve, skipSpace(t, ve)
	}
	if pos >= len(t) || !isArabicLetter(firstRune(t[pos:])) {
		return false
	}
	if fs := firstNonSpace(t, sp.start, ls); fs < ls {
		pw := trimWordPunct(prevWord(t, sp.start, ls))
		if pw == "" || leadsOn(pw) || continues(pw) || waWord(pw) {
			return false
		}
		if pr, _ := utf8.DecodeLastRuneInString(prevWord(t, sp.start, ls)); pr == '،' || pr == ',' || pr == ':' {
			return false
		}
		sp.emit(ls)
	}
	sp.emit(e)
	return true
}

// pipe handles a '|' at i ending the date of a meta line whose label has no
// colon ("نشر في 2 ديسمبر 2026 | قسم: حياة"): the nearest label
// (data/ar_meta_labels.txt) in the eighty bytes before is looked for, and
// metaLine decides.
func (sp *splitter) pipe(i int) {
	t := sp.text
	if !sp.lang.arabic {
		return
	}
	lb := max(sp.start, i-80)
	for e := trimRight(t, lb, i); e > lb; e = trimRight(t, lb, wordStart(t, lb, e)) {
		if sp.metaLabelStart(e) >= 0 {
			sp.metaLine(e, e)
			return
		}
	}
}

// commentLabel handles a colon at i after a word ending at end, in the
// middle of a sentence, that opens a reader's comment run in after an
// unpunctuated one: a name with an abbreviated family name ("… ولا أشجار
// خالد م.: مع احترامي …") or a one-word name or role replying to a user
// ("… ثم انهرت المدونة: @هديل بداية …"). Not after a speech verb, a
// preposition, a comma or a colon ("قال خالد م.: …"). It reports whether it
// split.
func (sp *splitter) commentLabel(i, end int) bool {
	t := sp.text
	if !sp.lang.arabic || i+1 >= len(t) || spaceWidth(t, i+1) == 0 {
		return false
	}
	k := skipSpace(t, i+1)
	if k >= len(t) || opensQuote(t, k) {
		return false
	}
	ls := wordStart(t, sp.start, end)
	w := t[ls:end]
	if b, ok := strings.CutSuffix(w, "."); ok && utf8.RuneCountInString(b) == 1 && isArabicLetter(firstRune(b)) {
		// "خالد م.": the name before the initial.
		pe := trimRight(t, sp.start, ls)
		if pe <= sp.start {
			return false
		}
		ls = wordStart(t, sp.start, pe)
		w = t[ls:pe]
	} else if t[k] != '@' && !userHandle(w) && !inSet(commenters, w) {
		ls2 := sp.threadName(ls, end)
		if ls2 < 0 {
			return false
		}
		ls, w = ls2, t[ls2:trimRight(t, ls2, ls)]
	}
	if ls2 := sp.labelHead(ls, w); ls2 >= 0 {
		ls, w = ls2, t[ls2:trimRight(t, ls2, ls)]
	}
	if userHandle(w) {
		// "ريم_88", "ديما.ك", "Sara_M": a user name, whatever its letters.
	} else if utf8.RuneCountInString(w) < 2 || !plainLabel(w) || strings.HasSuffix(w, ".") || !isArabicLetter(firstRune(w)) {
		return false
	}
	if leadsOn(w) || isSpeechVerb(stripConj(w)) || speechWords[w] {
		return false
	}
	if fs := firstNonSpace(t, sp.start, ls); fs >= ls || (countWordsUpTo(t[fs:end], 5) <= 4 && plainLabel(t[fs:end])) {
		return false // already a sentence start: "د. مازن القيسي: @خالد …"
	}
	pw := prevWord(t, sp.start, ls)
	if r, _ := utf8.DecodeLastRuneInString(pw); r == '،' || r == ',' || r == ':' || r == '(' || r == '«' {
		return false
	}
	pw = trimWordPunct(pw)
	if pw == "" || leadsOn(pw) || isSpeechVerb(stripConj(pw)) || speechWords[pw] {
		return false
	}
	sp.emit(ls)
	return true
}

var labelHeads = loadList("data/ar_label_heads.txt")

// labelHead returns where a two-word role label starts whose second word,
// with the article, starts at ls ("صاحب المدونة", "فريق الموقع"), or -1.
func (sp *splitter) labelHead(ls int, w string) int {
	t := sp.text
	if !hasArticle(w) {
		return -1
	}
	pe := trimRight(t, sp.start, ls)
	if pe <= sp.start || pe != ls-1 {
		return -1
	}
	ps := wordStart(t, sp.start, pe)
	if ps >= pe || !inSet(labelHeads, t[ps:pe]) {
		return -1
	}
	return ps
}

var fieldLabels = loadList("data/ar_field_labels.txt")

// fieldLine handles the colon at i of a page's fact field whose label ends
// at end ("السعر: 59 دينارا", "التقييم: 3.5 من 5", data/ar_field_labels.txt).
// Run in after an unpunctuated title or field, not after '|', a comma, a
// colon or a word that leads on, the label starts a sentence. When the
// field line (one field, or fields joined by '|') opens the sentence and
// the last value is a number, "N من M" or "N UNIT", with a count in
// parentheses after it or not, the line ends there before an Arabic word:
// "عدد الحصص: 10 هذه الوصفة …". It reports whether it took the colon as a
// field's (no other colon rule then applies).
func (sp *splitter) fieldLine(i, end int) bool {
	t := sp.text
	if !sp.lang.arabic || end != i || i+1 >= len(t) || spaceWidth(t, i+1) == 0 {
		return false
	}
	ls := wordStart(t, sp.start, end)
	if ls >= end {
		return false
	}
	if !inSet(fieldLabels, t[ls:end]) {
		pe := trimRight(t, sp.start, ls)
		ps := wordStart(t, sp.start, pe)
		if pe <= sp.start || ps >= pe || pe != ls-1 || !inSet(fieldLabels, t[ps:end]) {
			return false
		}
		ls = ps
	}
	k := skipSpace(t, i+1)
	if k >= len(t) || !isDigit(firstRune(t[k:])) {
		return false // a field's value opens with its number
	}
	if fs := firstNonSpace(t, sp.start, ls); fs < ls {
		pw := prevWord(t, sp.start, ls)
		if pw == "|" {
			// A further field of the line: the line opened the sentence
			// when its first field did.
		} else {
			if r, _ := utf8.DecodeLastRuneInString(pw); r == '،' || r == ',' || r == ':' || r == '(' || r == '«' {
				return false
			}
			if pw = trimWordPunct(pw); pw == "" || leadsOn(pw) || continues(pw) {
				return false
			}
			sp.emit(ls)
		}
	}
	// The value: a number, "من N", a count in parentheses, one unit word.
	w, e := tokenAt(t, k)
	if !isNumber(w) {
		return true
	}
	k = skipSpace(t, e)
	if nw, ne := tokenAt(t, k); nw == "من" {
		if mw, me := tokenAt(t, skipSpace(t, ne)); isNumber(mw) {
			e = me
			k = skipSpace(t, me)
		}
	} else if nw != "" && isArabicLetter(firstRune(nw)) && plainLabel(nw) && !hasArticle(nw) && !demonstratives[nw] && !leadsOn(nw) && !strings.HasSuffix(nw, ":") {
		if next := skipSpace(t, ne); next < len(t) && t[next] != '|' && !isDigit(firstRune(t[next:])) {
			e = ne // "15 دقيقة", "59 دينارا"
			k = next
		} else if next >= len(t) || t[next] == '|' {
			return true
		}
	}
	if k < len(t) && t[k] == '(' {
		c := strings.IndexByte(t[k:min(len(t), k+40)], ')')
		if c < 0 {
			return true
		}
		e = k + c + 1
		k = skipSpace(t, e)
	}
	if k >= len(t) || !isArabicLetter(firstRune(t[k:])) {
		return true
	}
	if nw, _ := tokenAt(t, k); strings.HasSuffix(nw, ":") || waWord(nw) || (!demonstratives[nw] && continues(trimWordPunct(nw))) {
		return true // the next field, or the value goes on
	}
	if l := sp.lineStart(ls); l != firstNonSpace(t, sp.start, ls) {
		return true
	}
	sp.emit(e)
	return true
}

// lineStart returns where the run of '|'-joined fields that ends with the
// field at ls starts.
func (sp *splitter) lineStart(ls int) int {
	t := sp.text
	for {
		pw := prevWord(t, sp.start, ls)
		if pw != "|" {
			return ls
		}
		p := strings.LastIndexByte(t[sp.start:ls], '|') + sp.start
		c := strings.LastIndexByte(t[sp.start:p], ':')
		if c < 0 {
			return ls
		}
		c += sp.start
		e := trimRight(t, sp.start, c)
		s := wordStart(t, sp.start, e)
		if pe := trimRight(t, sp.start, s); pe > sp.start && pe == s-1 {
			if ps := wordStart(t, sp.start, pe); ps < pe && inSet(fieldLabels, t[ps:e]) {
				s = ps
			}
		}
		if s >= ls {
			return ls
		}
		ls = s
	}
}

var commenters = loadList("data/ar_commenters.txt")

// userHandle reports a user name shaped as no word of prose is: letters
// joined by '_' or an inner '.', or letters then digits ("ريم_88",
// "فادي_tech", "ديما.ك", "Sara_M", "نور2000"), not a number or a dotted
// abbreviation ("أ.ف.ب", "U.S").
func userHandle(w string) bool {
	if w == "" || len(w) > 40 {
		return false
	}
	letters, digits, joins, dots := 0, 0, 0, 0
	prevLetter := false
	for _, r := range w {
		switch {
		case isLetter(r):
			if digits > 0 {
				return false // "2ريم"
			}
			letters++
			prevLetter = true
			continue
		case isDigit(r):
			if letters == 0 {
				return false
			}
			digits++
		case r == '_':
			if !prevLetter {
				return false
			}
			joins++
		case r == '.':
			if !prevLetter {
				return false
			}
			dots++
		default:
			return false
		}
		prevLetter = false
	}
	if letters < 2 || !isLetter(firstRune(w)) || strings.HasSuffix(w, ".") || strings.HasSuffix(w, "_") {
		return false
	}
	if dots > 0 {
		// One inner period after a name of two letters or more: "ديما.ك",
		// not the initialism "أ.ف.ب".
		first, _, _ := strings.Cut(w, ".")
		return dots == 1 && joins == 0 && digits == 0 && utf8.RuneCountInString(first) >= 2
	}
	return joins > 0 || digits > 0
}

// threadName returns where a commenter's two-word name ending at the
// label's colon starts, the family name with the article starting at ls
// ("… ولم يرد أحد سامر الحلبي: أتفق …"), or -1. Only in a comment thread:
// a label opened a comment before and an @mention or a comments heading
// came before it in the paragraph; elsewhere (transcripts, news) "NAME:"
// after a word is left to the speaker-turn rules.
func (sp *splitter) threadName(ls, end int) int {
	t := sp.text
	if len(sp.labels) == 0 || !(strings.Contains(t[:ls], "@") || inThread(t[:ls])) {
		return -1
	}
	w := t[ls:end]
	if !hasArticle(w) || w == "الله" || w == "الدين" || !plainLabel(w) {
		return -1
	}
	pe := trimRight(t, sp.start, ls)
	if pe <= sp.start || pe != ls-1 {
		return -1
	}
	ps := wordStart(t, sp.start, pe)
	g := t[ps:pe]
	if ps >= pe || hasArticle(g) || !plainLabel(g) || !isArabicLetter(firstRune(g)) || strings.HasPrefix(g, "و") || utf8.RuneCountInString(g) < 3 {
		return -1
	}
	if leadsOn(g) || continues(g) || isSpeechVerb(stripConj(g)) || speechWords[g] || demonstratives[g] || inSet(titleHeads, g) {
		return -1
	}
	return ps
}

// inThread reports a comments heading in s ("التعليقات (5)").
func inThread(s string) bool {
	for h := range commentHeads {
		if strings.Contains(s, h+" (") {
			return true
		}
	}
	return false
}
