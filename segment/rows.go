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
	sp.rowRunOn(i+1, 1, ':')
	return true
}

// rowRunOn looks at the words after the separator of what may be the last
// row of a list, from k: when no further row separator sep (':' or '-')
// and no terminator comes within fourteen words, a clause opening with و
// at word minIdx or later (waClause) starts the next sentence.
func (sp *splitter) rowRunOn(k, minIdx int, sep byte) {
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
		if sep == '-' && (w == "-" || w == "–") {
			return // another row
		}
		if strings.HasSuffix(w, ":") && sep == ':' && !opensQuote(t, skipSpace(t, e)) {
			return // another row
		}
		if c := trimClosers(w); c != "" && termWidth(c, len(c)-1) > 0 || strings.HasSuffix(c, "؟") || strings.HasSuffix(c, "…") {
			break // the sentence ends by itself
		}
		if cand < 0 && idx >= minIdx && waClause(w) {
			cand = k
		}
		k = e
	}
	if cand > sp.start {
		sp.emit(cand)
	}
}

// isAbbrevTitle reports a dotted one-letter title before a name ("د.", "م.").
func isAbbrevTitle(w string) bool {
	b, ok := strings.CutSuffix(w, ".")
	return ok && utf8.RuneCountInString(b) == 1 && isArabicLetter(firstRune(b))
}
