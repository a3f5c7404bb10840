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
