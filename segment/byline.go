package segment

import "strings"

var bylineWords = loadList("data/ar_bylines.txt") // "كتب:", "بقلم:"

// headlineRun reports whether t[s:e] reads as an unpunctuated headline:
// 2–20 words, no comma or Arabic comma, no reported speech, and not opening
// with a particle or connective (continues).
func headlineRun(t string, s, e int) bool {
	run := t[s:e]
	if w := countWords(run); w < 2 || w > 20 {
		return false
	}
	if strings.ContainsAny(run, ",،") || hasWord(run, speechWords) {
		return false
	}
	return !continues(nextWord(run))
}

// byline handles a label ending at end whose colon is at i: a byline word
// ("كتب:", "بقلم:") after a headline-like run starts a new sentence. It
// reports whether it did.
func (sp *splitter) byline(i, end int) bool {
	t := sp.text
	ls := wordStart(t, sp.start, end)
	if end != i || !inSet(bylineWords, t[ls:end]) {
		return false // the colon must follow the word itself
	}
	if k := skipSpace(t, i+1); k >= len(t) || strings.ContainsRune(`"«“'(`, firstRune(t[k:])) {
		return false // "كتبت: «…»" quotes what was written: no byline
	}
	if strings.Count(t[sp.start:ls], "(") > strings.Count(t[sp.start:ls], ")") {
		return false // "(إعداد: … - تحرير: …)": credits inside one parenthesis
	}
	head := firstNonSpace(t, sp.start, ls)
	if head >= ls || !headlineRun(t, head, trimRight(t, sp.start, ls)) {
		return false
	}
	sp.emit(ls)
	return true
}

// placeHeadline handles "PLACE: headline" ("البحرين: افتتاح أكبر محطة …",
// "العراق: المفوضية تعلن …") run in after an unpunctuated line, its colon
// at i, the place ending at end: a known place name of one word, not after
// a preposition, particle, speech verb, title head or punctuation, followed
// by a headline-like run (no comma, quotation or terminator in its first
// six words, not opening with a particle), starts a sentence. It reports
// whether it did.
func (sp *splitter) placeHeadline(i, end int) bool {
	t := sp.text
	if !sp.lang.arabic || i+1 >= len(t) || spaceWidth(t, i+1) == 0 || end != i {
		return false
	}
	ls := wordStart(t, sp.start, end)
	if !isKnownPlace(t[ls:end]) {
		return false
	}
	pe := trimRight(t, sp.start, ls)
	if pe <= sp.start {
		return false
	}
	pw := t[wordStart(t, sp.start, pe):pe]
	if pc := trimClosers(pw); trimWordPunct(pc) != pc || noPlaceBefore[pw] || inSet(continuation, pw) ||
		isSpeechVerb(pw) || isSpeechVerb(stripConj(pw)) || isTitleHead(pw) || speechWords[pw] {
		return false
	}
	k := skipSpace(t, i+1)
	if k < len(t) && strings.HasPrefix(t[k:], "«") {
		// "دبي: «البيان» أطلقت …": a newspaper's name, then the story.
		c := strings.Index(t[k:], "»")
		if c < 0 || c > 60 || countWords(t[k+len("«"):k+c]) > 3 || !plainLabel(t[k+len("«"):k+c]) {
			return false
		}
		n := skipSpace(t, k+c+len("»"))
		if n >= len(t) || !isArabicLetter(firstRune(t[n:])) || continues(nextWord(t[n:])) || noPlaceBefore[nextWord(t[n:])] {
			return false
		}
		sp.emit(ls)
		return true
	}
	if k >= len(t) || opensQuote(t, k) || continues(nextWord(t[k:])) {
		return false
	}
	for n := 0; n < 6 && k < len(t); n++ {
		w, e := tokenAt(t, k)
		if strings.ContainsAny(w, "،,«»\"“”:") {
			return false
		}
		if endsInTerm(trimClosers(w)) {
			return false
		}
		k = skipSpace(t, e)
	}
	sp.emit(ls)
	return true
}

// isAddress reports a URL or e-mail token: ASCII only, with '@' or a dot
// between two letters or digits and a letter after the last dot
// ("riyadhseason.sa/events", "a@b.qa"; not "0.709").
func isAddress(w string) bool {
	dot, letter := false, false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return false
		}
		switch {
		case c == '@' || (c == '.' && i > 0 && i+1 < len(w) && isAlnum(w[i-1]) && isAlnum(w[i+1])):
			dot, letter = true, false
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			letter = true
		}
	}
	return dot && letter
}

func isAlnum(c byte) bool {
	return isASCIIDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'z')
}

// addressLine handles a colon at i followed by a URL or e-mail address and
// then an Arabic word: a follow or contact line ("للمزيد: the-afc.com",
// "تابعونا على: facebook.com/…") ends after the address. It reports whether
// it did.
func (sp *splitter) addressLine(i int) bool {
	t := sp.text
	if !sp.lang.arabic || i+1 >= len(t) || spaceWidth(t, i+1) == 0 {
		return false
	}
	k := skipSpace(t, i+1)
	if k >= len(t) || t[k] >= 0x80 {
		return false
	}
	w, e := tokenAt(t, k)
	if !isAddress(w) {
		return false
	}
	n := skipSpace(t, e)
	if n >= len(t) || !isArabicLetter(firstRune(t[n:])) || continues(nextWord(t[n:])) || noPlaceBefore[nextWord(t[n:])] {
		return false // "… الموقع: www.x.jo حتى نهاية الشهر"
	}
	sp.emit(e)
	return true
}

// sourceLine handles a source line "المصدر: AGENCY" whose label ends at end,
// its colon at i, at the start of its sentence: the agency (one to three
// words, isAgency) ends the line, so a headline run in after it starts a
// sentence ("المصدر: وكالات مهرجان قرطاج يعلن …").
func (sp *splitter) sourceLine(i, end int) {
	t := sp.text
	if !sp.lang.arabic || end != i {
		return
	}
	ls := wordStart(t, sp.start, end)
	if t[ls:end] != "المصدر" || firstNonSpace(t, sp.start, ls) != ls && !sp.startsAt(ls) {
		return
	}
	var buf [maxWords]int
	k := skipSpace(t, i+1)
	lim := k
	for n := 0; n < 5 && lim < len(t); n++ {
		_, lim = tokenAt(t, skipSpace(t, lim))
	}
	ws, _ := rowWords(&buf, t, k, lim)
	for n := min(3, len(ws)-1); n >= 1; n-- {
		e := trimRight(t, k, ws[n])
		// A listed name, not an agency head and any words ("وكالات …").
		if strings.ContainsAny(t[k:e], ".!?؟،,:") || !agencies[normAgency(t[k:e])] {
			continue
		}
		if w := wordOf(t, ws, n, lim); isArabicLetter(firstRune(w)) && !waWord(w) && !noPlaceBefore[w] {
			sp.emit(ws[n])
		}
		return
	}
}

// startsAt reports whether the last sentence emitted ends right before k
// (only white space between).
func (sp *splitter) startsAt(k int) bool {
	return firstNonSpace(sp.text, sp.start, len(sp.text)) == k
}

// captionCredit handles a parenthesised agency closing at i in a caption
// ("صورة: سكان يتجمعون في ساحة عامة (أ.ف.ب) الاتحاد الآسيوي …"): in a
// sentence opened by a caption label (صورة، الصورة، تصوير), the credit ends
// the caption when a word follows it. It reports whether it did.
func (sp *splitter) captionCredit(i int) bool {
	t := sp.text
	if !sp.lang.arabic {
		return false
	}
	fs := firstNonSpace(t, sp.start, i)
	first, _ := tokenAt(t, fs)
	switch strings.TrimSuffix(first, ":") {
	case "صورة", "الصورة", "تصوير":
	default:
		return false
	}
	k := skipSpace(t, i+1)
	if k >= len(t) || !isArabicLetter(firstRune(t[k:])) {
		return false
	}
	w, _ := tokenAt(t, k)
	if waWord(w) || noPlaceBefore[w] || inSet(continuation, w) {
		return false
	}
	sp.emit(k)
	return true
}

// relatedLine handles the colon at i of a related-link or caption label
// ending at end: "اقرأ أيضا:", "شاهد أيضا:", "طالع أيضا:", "صورة:",
// "الصورة:", or a tag line's "الوسوم:". Run in after an unpunctuated
// headline the label starts a sentence; the line it opens has no final
// punctuation, so a clause opening with و and a speech or background verb
// within fourteen words ("… دون تغيير وقال الوزير …", lineRunOn) starts the
// next one. It reports whether the label was one.
func (sp *splitter) relatedLine(i, end int) bool {
	t := sp.text
	if !sp.lang.arabic || end != i {
		return false
	}
	ls := wordStart(t, sp.start, end)
	switch t[ls:end] {
	case "صورة", "الصورة", "الوسوم", "وسوم":
	case "أيضا", "أيضاً", "ايضا":
		pe := trimRight(t, sp.start, ls)
		if pe <= sp.start {
			return false
		}
		ps := wordStart(t, sp.start, pe)
		switch t[ps:pe] {
		case "اقرأ", "اقرا", "إقرأ", "شاهد", "طالع":
		default:
			return false
		}
		ls = ps
	default:
		return false
	}
	if k := skipSpace(t, i+1); k >= len(t) || opensQuote(t, k) {
		return false
	}
	if head := firstNonSpace(t, sp.start, ls); head < ls {
		if !headlineRun(t, head, trimRight(t, sp.start, ls)) {
			return false
		}
		sp.emit(ls)
	}
	sp.runOn(i+1, 1, ':', true, lineRunOn)
	return true
}

// lineRunOn reports a word that opens the sentence after an unpunctuated
// caption or related-link line: و with a speech verb ("وقال", "وأضاف") or
// with a verb that opens a story's background ("ويذكر", "ويشار", "وكان").
// Not any imperfect: a caption goes on with one ("أطفال يلعبون ويضحكون").
func lineRunOn(w string) bool {
	if !waClause(w) {
		return false
	}
	b := w[len("و"):]
	switch b {
	case "يذكر", "يشار", "كان", "كانت", "تجدر":
		return true
	}
	return isSpeechVerb(b)
}

// mediaTags mark a headline of a news site as carrying pictures or video:
// "حريق ضخم في مصنع (صور)".
var mediaTags = wordSet("data/ar_media_tags.txt")

// mediaTag handles the parenthesis [open, i] of a media tag closing an
// unpunctuated headline: a sentence starts after it when an Arabic word
// follows (a dateline after it is found by its dash as before). It reports
// whether it did.
func (sp *splitter) mediaTag(open, i int) bool {
	t := sp.text
	if !sp.lang.arabic || i-open > 24 || !mediaTags[t[open+1:i]] {
		return false
	}
	k := skipSpace(t, i+1)
	if k >= len(t) || !isArabicLetter(firstRune(t[k:])) || open == 0 || !isSpace(rune(t[open-1])) {
		return false
	}
	// The words before read as a headline, which does not open with و.
	fs := firstNonSpace(t, sp.start, open)
	if fs >= open || waWord(nextWord(t[fs:])) || !headlineRun(t, fs, trimRight(t, sp.start, open)) {
		return false
	}
	sp.emit(k)
	return true
}
