package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Datelines ("دمشق (وكالات الأنباء) -", "بغداد - رويترز:", "لندن ــ",
// "WASHINGTON (Reuters) -") open a news story. When the text before them
// lacks final punctuation (a headline run into the story), the dateline is
// the boundary cue: the sentence ends before the place name.
//
// With a news agency named next to the dash the cue is strong and always
// splits. A bare "PLACE –" is weak: it splits only after a short, headline
// sized run of words, when the word before the place is not a preposition
// and no second dash follows in the same sentence (which would make it a
// parenthetical "– … –").

// The place, agency and date word lists of the dateline rules are data (see
// each file's header).
var (
	agencies        = keyedSet("data/ar_agencies.txt", normAgency)
	multiWordPlaces = loadList("data/ar_multiword_places.txt")
	knownPlaces     = loadList("data/ar_known_places.txt")
	noPlaceBefore   = wordSet("data/no_place_before.txt")
	weekdays        = wordSet("data/weekdays.txt")
	months          = wordSet("data/months.txt")
	dateWords       = union(weekdays, months, wordSet("data/date_words.txt"))

	// midDate tests every word of a sentence with a year for a weekday,
	// and leadingDate the first word of every sentence for a weekday and
	// a month: the words' first and last bytes rule most out unhashed.
	weekdayEdges = edgesOf(weekdays)
	monthEdges   = edgesOf(months)
)

// edgeBytes marks the first and last bytes of the words of a set.
type edgeBytes struct{ first, last [256]bool }

func edgesOf(set map[string]bool) *edgeBytes {
	var e edgeBytes
	for w := range set {
		e.first[w[0]], e.last[w[len(w)-1]] = true, true
	}
	return &e
}

// may reports whether w can be in the set: it is not empty and its first
// and last bytes are those of a word of the set.
func (e *edgeBytes) may(w string) bool {
	return w != "" && e.first[w[0]] && e.last[w[len(w)-1]]
}

func normAgency(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.Trim(s, ".:،,")
	return normAr(strings.Join(strings.Fields(s), " "))
}

// isAgency reports a news agency: a listed name ("رويترز", "وكالات
// الانباء") or a phrase of at most six words that starts with an agency
// head word or names "أنباء" ("الوكالة الموريتانية للأنباء").
func isAgency(s string) bool {
	n := normAgency(s)
	if agencies[n] {
		return true
	}
	words := strings.Fields(n)
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	if agencyHeads[words[0]] {
		return true
	}
	for _, w := range words[1:] {
		if w == "للانباء" || w == "انباء" || w == "الانباء" {
			return true
		}
	}
	return false
}

// isKnownPlace looks a one-word place up after normalisation.
func isKnownPlace(w string) bool { return inSet(knownPlaces, w) }

// isMultiWordPlace looks a multi-word place up after normalisation.
func isMultiWordPlace(p string) bool { return inSet(multiWordPlaces, p) }

// dash examines a dash run at [i, j) as a possible dateline separator.
func (sp *splitter) dash(i, j int) {
	t := sp.text
	n := len(t)
	if j < n && i > 0 && j == i+1 && t[i-1] >= 0x80 && t[j] >= 0xD8 && sp.lang.arabic {
		sp.gluedDateline(i)
		return
	}
	if j >= n || spaceWidth(t, j) == 0 || i == 0 {
		return
	}
	if j == i+1 && sp.enumItem(i) {
		return
	}
	single := j-i == 1 || (j-i == 2 && t[i] == 0xD9) // "-" or one tatweel
	if t[i] == '-' && j-i > 1 {
		single = false // "--"
	}
	pr, _ := utf8.DecodeLastRuneInString(t[:i])
	attached := !isSpace(pr)
	if sp.lang.arabic && !attached && (single || t[i] == 0xE2) && sp.dashRow(i, j) {
		return // a row of a list: score, timestamp, bullet, "A - B"
	}
	if attached && !single {
		// "شكــ أقل", "كبيرــ ويرجع": an attached long dash is a
		// parenthetical; datelines space it ("باريس ــ").
		return
	}
	if single && attached && t[i] == 0xD9 {
		// A word-final tatweel is a dash only after a real word ("بيركليـ"),
		// not in the abbreviation "هـ".
		if utf8.RuneCountInString(stripTatweel(t[wordStart(t, sp.start, i):i+2])) < 2 {
			return
		}
	}
	if sp.lang.arabic && !attached && sp.itemHeadAfter(j) {
		sp.listItem(i) // "فلان - وزيرا للمالية": a list item, not a dateline
		return
	}
	// "بغداد - رويترز:" — an agency after the dash, then ':' or a dash.
	strong := agencyAfter(t[skipSpace(t, j):])
	if !strong && sp.lang.arabic && !attached && oneWordColon(t[skipSpace(t, j):]) {
		// "الخرطوم - سونا:": one word and a colon after a known place.
		pe := trimRight(t, sp.start, i)
		strong = pe > sp.start && isKnownPlace(t[wordStart(t, sp.start, pe):pe])
	}
	end := i
	if !attached {
		end = trimRight(t, sp.start, i)
	}
	// "فقط- ثم": a hyphen glued to a word is a dateline only after a
	// known place ("بيروت- أعلن").
	sp.dateline(end, strong, j, attached && t[i] == '-')
}

// slash examines the Egyptian "القاهرة في 12 مايو /أ ش أ/" form at a '/'
// at i: an agency between two slashes after a place.
func (sp *splitter) slash(i int) {
	t := sp.text
	if i == 0 || !isSpace(rune(t[i-1])) {
		return
	}
	e := strings.IndexByte(t[i+1:min(len(t), i+40)], '/')
	if e < 0 || !isAgency(t[i+1:i+1+e]) {
		sp.slashPaper(i)
		return
	}
	sp.dateline(trimRight(t, sp.start, i), true, i+e+2, false)
}

// leadingDate returns the end of a date line at the start of a sentence at
// i ("الأربعاء 12 مايو 2021", "Monday, May 3, 2021") when a word follows it
// without punctuation, or 0. The line must be only a date: an optional
// weekday, a day, a month name (or "مايو/أيار") and a four-digit year; or a
// weekday with day and month.
func leadingDate(t string, i int) int {
	i = skipSpace(t, i)
	pos, ok := scanDate(t, i)
	if !ok || pos >= len(t) {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(t[pos:]); !unicode.IsLetter(r) {
		return 0
	}
	end := trimRight(t, i, pos)
	if r, _ := utf8.DecodeLastRuneInString(t[:end]); unicode.IsPunct(r) {
		return 0 // "12 مايو 2021، يوم …": the date is part of the sentence
	}
	return end
}

// scanDate reads the words of a date at i (an optional weekday, a day, a
// month name and a four-digit year, or a weekday with day and month) and
// returns where the next word starts and whether they make a date.
func scanDate(t string, i int) (int, bool) {
	pos := i
	var weekday, day, month, year bool
	for k := 0; k < 7 && pos < len(t); k++ {
		e := pos
		for e < len(t) && spaceWidth(t, e) == 0 {
			e++
		}
		w := trimWordPunct(t[pos:e])
		switch {
		case k == 0 && weekdayEdges.may(w) && weekdays[w]:
			weekday = true
		case !day && !year && isNumber(w) && utf8.RuneCountInString(w) <= 2:
			day = true
		case !month && monthWord(w):
			month = true
		case month && !year && isNumber(w) && utf8.RuneCountInString(w) == 4:
			year = true
		case year && (w == "م" || w == "هـ"):
		default:
			k = 7 // not part of the date
			continue
		}
		pos = skipSpace(t, e)
	}
	return pos, month && (year || (weekday && day))
}

// midDate finds a full date line (weekday, day, month, four-digit year)
// inside the sentence [s, e), between unpunctuated text and a following
// word (or, in Latin case, the end of an unpunctuated sentence), and returns
// its span or -1. "on Monday, May 3, 2021, the …" and
// "يوم الأربعاء 12 مايو 2021" are running text and are left alone.
func midDate(t string, s, e int, latinCase bool) (int, int) {
	if !hasYear(t[s:e]) {
		return -1, -1
	}
	prevEnd := -1
	for i := s; i < e; {
		ws := skipSpace(t, i)
		we := ws
		for we < e && spaceWidth(t, we) == 0 {
			we++
		}
		if ws >= e {
			break
		}
		w := trimWordPunct(t[ws:we])
		if prevEnd > s && weekdayEdges.may(w) && weekdays[w] {
			pw := t[wordStart(t, s, prevEnd):prevEnd]
			pr, _ := utf8.DecodeLastRuneInString(pw)
			if !unicode.IsPunct(pr) && !noPlaceBefore[pw] && !noPlaceBefore[strings.ToLower(pw)] && pw != "يوم" && pw != "ليوم" && pw != "بيوم" {
				if latinCase && isASCIIDigit(t[e-1]) {
					// "Interview with … Ruth Okafor Tuesday, April 8, 2025" at
					// the end: a byline's date after a heading.
					if p, ok := scanDate(t[:e], ws); ok && p >= e && hasYear(t[ws:e]) {
						return ws, e
					}
				}
				if d := leadingDate(t[:e], ws); d > 0 && hasYear(t[ws:d]) {
					next := t[skipSpace(t, d):e]
					if latinCase && unicode.IsUpper(firstRune(next)) {
						return ws, d
					}
					// Without case: "قال الرئيس الخميس 22 يوليو 2021 إن …"
					// continues with a particle, a story does not.
					if !latinCase && !continues(nextWord(next)) && !speechWords[nextWord(next)] {
						return ws, d
					}
				}
			}
		}
		prevEnd = we
		i = we
	}
	return -1, -1
}

// hasYear reports a year 1000–2999 in ASCII digits. It looks for the first
// digit with strings.IndexByte, which is vectorised: this runs on every
// sentence.
func hasYear(s string) bool {
	for _, lead := range []byte{'2', '1'} {
		for i := 0; ; {
			j := strings.IndexByte(s[i:], lead)
			if j < 0 {
				break
			}
			i += j + 1
			if i+3 <= len(s) && isASCIIDigit(s[i]) && isASCIIDigit(s[i+1]) && isASCIIDigit(s[i+2]) {
				return true
			}
		}
	}
	return false
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// monthWord: a month name, or two joined by '/' ("مايو/أيار").
func monthWord(w string) bool {
	for {
		p, rest, more := strings.Cut(w, "/")
		if !monthEdges.may(p) || !months[p] {
			return false
		}
		if !more {
			return true
		}
		w = rest
	}
}

// closeParen examines "PLACE [date] (AGENCY) text" at a ')' at i, a
// dateline without a separator. The place must be dated, a known place or a
// Latin word in capitals, since "مراسل (الجزيرة) قال" has the same shape.
func (sp *splitter) closeParen(i int) {
	if sp.reaction(i) || sp.enumItem(i) || sp.note(i) || sp.commentHead(i) {
		return
	}
	t := sp.text
	open := strings.LastIndexByte(t[sp.start:i], '(')
	if open < 0 {
		return
	}
	open += sp.start
	if sp.mediaTag(open, i) {
		return
	}
	if i-open > 48 || !isAgency(t[open+1:i]) {
		return
	}
	if sp.captionCredit(i) {
		return
	}
	if k := skipSpace(t, i+1); k >= len(t) || t[k] == ':' || t[k] == '-' || isDashAt(t, k) || termWidth(t, k) > 0 {
		return // a separator (handled by dash and colon) or the end
	}
	end := trimRight(t, sp.start, open)
	pw := trimWordPunct(t[wordStart(t, sp.start, end):end])
	if !isNumber(pw) && !dateWords[pw] {
		head := sp.placeStart(end)
		if head < 0 {
			return
		}
		place := t[head:end]
		if !isKnownPlace(place) && !isMultiWordPlace(place) && !isCapitals(place) {
			return
		}
	}
	sp.dateline(i+1, true, i+1, false)
}

func isCapitals(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) || (unicode.IsLetter(r) && !isLatin(r)) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// colon examines "PLACE (AGENCY):" and a speaker label "NAME:" at a
// colon at i.
func (sp *splitter) colon(i int) {
	if sp.enumItem(i) || sp.fieldLine(i, trimRight(sp.text, sp.start, i)) {
		return
	}
	t := sp.text
	end := trimRight(t, sp.start, i)
	if end <= sp.start {
		return
	}
	if t[end-1] != ')' {
		if sp.titleRows(i) || sp.addressLine(i) {
			return
		}
		if sp.colonRow(i, end) {
			sp.speakerTurn(i, end) // remembers the label, now a sentence start
			return
		}
		if sp.placeHeadline(i, end) {
			return
		}
		if sp.bylineName(i, end) || (end == i && sp.metaLine(end, i+1)) || (end == i && sp.commentLabel(i, end)) {
			return
		}
		if !sp.byline(i, end) {
			sp.speakerTurn(i, end)
		}
		if !sp.relatedLine(i, end) {
			sp.sourceLine(i, end)
		}
		return
	}
	sp.dateline(end, false, i+1, false)
}

// dateline decides on a dateline whose place (possibly followed by a
// parenthesised agency) ends at end; the separator ends at sepEnd. With
// knownOnly a weak dateline needs a known place.
func (sp *splitter) dateline(end int, strong bool, sepEnd int, knownOnly bool) {
	t := sp.text
	// "دمشق (وكالات الأنباء) -": skip a parenthesis before the separator.
	paren, parenAt := false, -1
	if end > sp.start && t[end-1] == ')' {
		open := strings.LastIndexByte(t[sp.start:end-1], '(')
		if open < 0 || end-1-(sp.start+open) > 80 {
			return
		}
		open += sp.start
		inner := t[open+1 : end-1]
		known := isAgency(inner)
		if !known && utf8.RuneCountInString(inner) > 30 {
			return
		}
		strong = strong || known
		paren = true
		parenAt = open
		end = trimRight(t, sp.start, open)
	}
	if !strong && t[sepEnd-1] == ':' {
		return // "PLACE (X):" needs a known agency
	}
	head := sp.placeStart(end)
	if head < 0 || !sp.hasContent(head) {
		return
	}
	if place := t[head:end]; paren && strong && sp.lang.arabic && hasArticle(place) && !strings.ContainsAny(place, " ،,0123456789") && !isKnownPlace(place) {
		// "… في شرق المتوسط (أ ف ب) - حذرت": no place, the agency alone
		// opens the story.
		sp.emit(parenAt)
		return
	}
	before := trimRight(t, sp.start, head)
	lr, _ := utf8.DecodeLastRuneInString(t[:before])
	switch lr {
	case '،', ',', ':', '؛', ';', '(', '-', '–', '—', 'ـ', '/', '&':
		return
	}
	// "نيويورك (الأمم المتحدة) -": an unlisted parenthesis (an agency or a
	// source we do not know) after a known place, before a dash, is a
	// dateline on the checks of a bare one.
	if !strong && !sp.weakDateline(head, end, before, sepEnd, knownOnly || paren) {
		return
	}
	sp.emit(head)
}

// weakDateline applies the checks for a dateline without an agency.
func (sp *splitter) weakDateline(head, end, before, j int, knownOnly bool) bool {
	t := sp.text
	place := t[head:end]

	if sp.lang.latinCase || isLatin(firstRune(place)) {
		// English datelines set the place in capitals: "LONDON —".
		for _, r := range place {
			if unicode.IsLower(r) {
				return false
			}
		}
	}
	pw := trimWordPunct(t[wordStart(t, sp.start, before):before])
	if noPlaceBefore[pw] || noPlaceBefore[strings.ToLower(pw)] {
		return false
	}
	if (isNumber(pw) || dateWords[pw]) && !knownPlaces2(place) && !isMultiWordPlace(place) {
		// "في 12 مايو -": a date, not a place, before the dash; a
		// headline that ends in a date still runs into a known place
		// ("… لشهر كانون الثاني أبوظبي - أعلنت").
		return false
	}
	// Counting stops at 21: the sentence before a dash can be long.
	if words := countWordsUpTo(t[sp.start:head], 21); words < 2 || words > 20 {
		return false
	}
	if !sp.lang.latinCase && (!placeLike(place) || continues(nextWord(t[skipSpace(t, sp.start):]))) {
		return false
	}
	// Reported speech ("قال الوزير إن الوضع - …") is running text.
	if hasWord(t[sp.start:head], speechWords) {
		return false
	}
	// Another dash or a comma in the same sentence before it makes this a
	// parenthetical ("… ــ الذي … ــ") or running text, not a headline;
	// but a list row ("3- الجيش الملكي - 19 نقطة الرباط - يتصدر …") has
	// its own dash, and a known place after it opens the story.
	from := sp.start
	if sp.lang.arabic && (knownPlaces2(place) || isMultiWordPlace(place)) && sp.rowSentence() {
		from = head
	}
	for k := from; k < head; k++ {
		if isDashAt(t, k) || t[k] == ',' || (t[k] == 0xD8 && k+1 < head && t[k+1] == 0x8C) {
			return false
		}
	}
	if knownOnly && !knownPlaces2(place) && !isMultiWordPlace(place) && !isCapitals(place) {
		return false
	}
	if sp.lang.arabic {
		// "فقط -", "… - ثم عاد": an adverb is no place and a story does
		// not open with a conjunction.
		next := trimWordPunct(nextWord(t[skipSpace(t, j):]))
		if inSet(notPlace, place) || inSet(notStoryStart, next) || inSet(notStoryStart, stripShortConj(next)) {
			return false
		}
		if isKnownPlace(next) && !dashOrParenAfter(t, skipSpace(t, j)) {
			// "القاهرة - الأقصر": a route or pair of places, not
			// "برلين - عمان (بترا) -", two places of one dateline.
			return false
		}
	}
	return true
}

// dashOrParenAfter reports whether the word at k is followed by a
// parenthesis or a spaced dash.
func dashOrParenAfter(t string, k int) bool {
	_, e := tokenAt(t, k)
	m := skipSpace(t, e)
	return m < len(t) && (t[m] == '(' || spacedDashWidth(t, m) > 0)
}

// stripShortConj takes و/ف off a word of any length, as the particles and
// pronouns of notStoryStart ("وهي", "فهم") are too short for stripConj.
func stripShortConj(w string) string {
	if strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف") {
		return w[len("و"):]
	}
	return w
}

// continues reports a first word that continues running text and so cannot
// open a headline: "إن", "ولكن", "وقد", "فمنذ" …
// leadsOn reports a word after which the sentence goes on rather than a
// new one starting: a continuation particle, a speech verb ("قال"), or a
// word that cannot stand before a place name (a preposition, "في").
func leadsOn(w string) bool {
	return inSet(continuation, w) || isSpeechVerb(w) || noPlaceBefore[w]
}

func continues(first string) bool {
	if inSet(continuation, first) {
		return true
	}
	// و/ف + a particle ("وهو", "فإن", "ولكن").
	for _, p := range []string{"و", "ف"} {
		if strings.HasPrefix(first, p) && inSet(continuation, first[len(p):]) {
			return true
		}
	}
	// ف + the article ("فالمعدل …", "so the rate …"): a clause that goes on
	// from the one before. The few names that begin with فال (فالنسيا) lose
	// only the bare-dateline split after them.
	return strings.HasPrefix(first, "فال") && utf8.RuneCountInString(first) >= 5
}

var continuation = loadList("data/ar_continuation.txt")

// speechWords mark reported speech, which headlines do not use.
var speechWords = wordSet("data/speech_words.txt")

func hasWord(s string, set map[string]bool) bool {
	for _, w := range strings.Fields(s) {
		if set[w] {
			return true
		}
	}
	return false
}

// placeLike rejects Arabic words that cannot be a place name by their form:
// the article or a preposition+article prefix (المختلفة، بالديون، للدولة،
// والعشرين), the feminine ending ة, plural ات, attached pronouns (ه ها هم نا)
// and a final ى, unless the word is a known place (القاهرة، غزة).
func placeLike(place string) bool {
	// The city of "City, Region" or "City1/City2".
	w := place
	if i := strings.IndexAny(w, " ،,/"); i >= 0 {
		w = w[:i]
	}
	if strings.ContainsAny(place, "0123456789٠١٢٣٤٥٦٧٨٩") {
		return false
	}
	if isKnownPlace(w) || isMultiWordPlace(place) {
		return true
	}
	if dateWords[w] {
		return false
	}
	// The article, a preposition or conjunction prefix (و: "وفرنسا"), a
	// final alif of an adverb ("كبيرا", "دوليا"); countries in -يا pass.
	for _, p := range []string{"ال", "بال", "لل", "و"} {
		if strings.HasPrefix(w, p) {
			return false
		}
	}
	if strings.HasSuffix(w, "ا") && !strings.HasSuffix(w, "يا") {
		return false
	}
	for _, s := range []string{"ة", "ات", "ه", "ها", "هم", "هما", "نا", "كم", "ى", "ية", "ياً", "اً", "ًا"} {
		if strings.HasSuffix(w, s) {
			return false
		}
	}
	return true
}

// placeStart returns where the place name ending at end begins, or -1.
func (sp *splitter) placeStart(end int) int {
	t := sp.text
	ws := wordStart(t, sp.start, end)
	if ws >= end {
		return -1
	}
	// Skip a date between place and agency: "واشنطن، 26 يوليو (رويترز) -".
	for k, dated := 0, false; k < 5; k++ {
		w := trimWordPunct(t[ws:end])
		if !isNumber(w) && !dateWords[w] && !(dated && (w == "في" || w == "on")) {
			break
		}
		dated = true
		end = trimRight(t, sp.start, ws)
		ws = wordStart(t, sp.start, end)
		if ws >= end {
			return -1
		}
	}
	word := t[ws:end]
	if r, _ := utf8.DecodeRuneInString(word); !unicode.IsLetter(r) {
		return -1
	}
	if noPlaceBefore[word] || noPlaceBefore[strings.ToLower(word)] {
		return -1
	}
	// "City, Region" and two- or three-word places. The places are looked
	// up as the text t[pws:end] itself: only white space lies between
	// its words, which normalisation makes one space, as it is in the
	// list.
	pe := trimRight(t, sp.start, ws)
	if pe > sp.start {
		pws := wordStart(t, sp.start, pe)
		pw := t[pws:pe]
		switch {
		case strings.HasSuffix(pw, "،") || strings.HasSuffix(pw, ","):
			return pws
		case !inSet(multiWordLast, word):
			return ws // most words end no listed place
		case isMultiWordPlace(t[pws:end]):
			return pws
		}
		ppe := trimRight(t, sp.start, pws)
		if ppe > sp.start {
			ppws := wordStart(t, sp.start, ppe)
			if isMultiWordPlace(t[ppws:end]) {
				return ppws
			}
		}
	}
	return ws
}

// multiWordLast holds the last word of each multi-word place, so that
// placeStart looks up the two- and three-word strings only before a word
// that can end one. It holds "" too: a word that normalisation empties
// (a run of tatweel) leaves the word before it last.
var multiWordLast = lastWords(multiWordPlaces)

func lastWords(set map[string]bool) map[string]bool {
	last := map[string]bool{"": true}
	for k := range set {
		last[k[strings.LastIndexByte(k, ' ')+1:]] = true
	}
	return last
}

// agencyAfter reports whether s starts with an agency name followed by ':'
// or a dash ("رويترز:", "أ ف ب -"), or enclosed in quotes or brackets
// ("«القدس العربي»:", "(أ ش أ)").
func agencyAfter(s string) bool {
	if r, w := utf8.DecodeRuneInString(s); r == '«' || r == '"' || r == '“' || r == '(' {
		var closeR rune = '»'
		switch r {
		case '"':
			closeR = '"'
		case '“':
			closeR = '”'
		case '(':
			closeR = ')'
		}
		e := strings.IndexRune(s[w:], closeR)
		if e < 0 || e > 60 {
			return false
		}
		if isAgency(s[w : w+e]) {
			return true
		}
		// "القاهرة – «الشروق»:": a newspaper's name of up to three words
		// in quotes, then a colon or a dash.
		name := s[w : w+e]
		if r != '«' || countWords(name) > 3 || !plainLabel(name) {
			return false
		}
		k := skipSpace(s, w+e+len("»"))
		return k < len(s) && (s[k] == ':' || isDashAt(s, k) || (s[k] == '-' && k+1 < len(s) && spaceWidth(s, k+1) > 0))
	}
	// Up to four words, ending in ':' or followed by a dash.
	words := 0
	i := 0
	for i < len(s) && words < 4 {
		j := i
		for j < len(s) {
			r, w := utf8.DecodeRuneInString(s[j:])
			if isSpace(r) || r == ':' || r == '-' || r == '–' || r == '—' {
				break
			}
			j += w
		}
		if j == i {
			return false
		}
		words++
		cand := s[:j]
		if j < len(s) {
			k := skipSpace(s, j)
			if k < len(s) && (s[k] == ':' || isDashAt(s, k) || (k > j && s[k] == '-')) && isAgency(cand) {
				return true
			}
		}
		i = skipSpace(s, j)
	}
	return false
}

func isDashAt(t string, k int) bool {
	switch t[k] {
	case '-':
		// a spaced hyphen " - " only, not "covid-19"
		return k > 0 && k+1 < len(t) && t[k-1] == ' ' && t[k+1] == ' '
	case 0xE2:
		return k+2 < len(t) && t[k+1] == 0x80 && (t[k+2] == 0x93 || t[k+2] == 0x94)
	case 0xD9:
		// a run of two tatweels "ــ"
		return k+3 < len(t) && t[k+1] == 0x80 && t[k+2] == 0xD9 && t[k+3] == 0x80
	}
	return false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func trimRight(t string, lo, e int) int {
	for e > lo {
		if c := t[e-1]; c < utf8.RuneSelf {
			if spaceLead[c] == 0 {
				break
			}
			e--
			continue
		} else if c < 0xC0 && e-2 >= lo && t[e-2] >= 0xC3 && t[e-2] <= 0xDF {
			break // a two-byte rune from U+00C0 on (Arabic, most Latin letters): no space
		}
		r, w := utf8.DecodeLastRuneInString(t[lo:e])
		if !isSpace(r) {
			break
		}
		e -= w
	}
	return e
}

// countWords counts the white-space separated words of s.
func countWords(s string) int { return countWordsUpTo(s, len(s)) }

// oneWordColon reports whether s starts with one word and a colon followed
// by white space ("سونا: بدأت").
func oneWordColon(s string) bool {
	w, e := tokenAt(s, 0)
	return len(w) > 2 && strings.HasSuffix(w, ":") && e < len(s) && plainLabel(w[:len(w)-1])
}

// gluedDateline handles a hyphen at i glued to the words on both sides,
// "PLACE-AGENCY" ("دمشق-سانا افتتحت …"): a known place and a listed agency
// followed by a word open a story.
func (sp *splitter) gluedDateline(i int) {
	t := sp.text
	ws := wordStart(t, sp.start, i)
	if ws >= i || ws <= firstNonSpace(t, sp.start, i) || !isKnownPlace(t[ws:i]) {
		return
	}
	a, e := tokenAt(t, i+1)
	if !agencies[normAgency(a)] || e >= len(t) || spaceWidth(t, e) == 0 {
		return
	}
	if k := skipSpace(t, e); k >= len(t) || !isArabicLetter(firstRune(t[k:])) {
		return
	}
	sp.dateline(i, true, i+1, false)
}

// slashPaper handles "PLACE / PAPER story" at a spaced '/' at i ("بغداد /
// المدى كشفت …"): a known place before it, one word that is no place after
// it, then an Arabic word that does not continue it.
func (sp *splitter) slashPaper(i int) {
	t := sp.text
	if !sp.lang.arabic || i+1 >= len(t) || spaceWidth(t, i+1) == 0 {
		return
	}
	pe := trimRight(t, sp.start, i)
	if pe <= sp.start || !isKnownPlace(t[wordStart(t, sp.start, pe):pe]) {
		return
	}
	k := skipSpace(t, i+1)
	w, e := tokenAt(t, k)
	if !plainLabel(w) || isKnownPlace(w) || !isArabicLetter(firstRune(w)) || e >= len(t) {
		return
	}
	n := skipSpace(t, e)
	if n >= len(t) || !isArabicLetter(firstRune(t[n:])) || continues(nextWord(t[n:])) || noPlaceBefore[nextWord(t[n:])] {
		return
	}
	sp.dateline(pe, true, e, false)
}

// rowSentence reports whether the current sentence is a list row: one a
// row rule started (rows.go) or one that opens with a number marker ("3-",
// "3)").
func (sp *splitter) rowSentence() bool {
	t := sp.text
	fs := skipSpace(t, sp.start)
	if sp.rowStart >= 0 && skipSpace(t, sp.rowStart) == fs {
		return true
	}
	w, _ := tokenAt(t, fs)
	m, ok := strings.CutSuffix(w, "-")
	if !ok {
		m, ok = strings.CutSuffix(w, ")")
	}
	return ok && isGoals(m)
}

// knownPlaces2 reports a known place, or known places joined by '/'
// ("عدن/صنعاء").
func knownPlaces2(place string) bool {
	for {
		p, rest, more := strings.Cut(place, "/")
		if !isKnownPlace(p) {
			return false
		}
		if !more {
			return true
		}
		place = rest
	}
}
