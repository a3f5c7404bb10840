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
	if pw := trimWordPunct(prevWord(t, sp.start, hs)); pw != "" && (noPlaceBefore[pw] || inSet(continuation, pw) || isSpeechVerb(pw)) {
		return false // "قرأت في التعليقات (6) …"
	}
	sp.emit(hs)
	sp.emit(i + 1)
	return true
}

// bylineName handles the colon at i of "بقلم:" opening a sentence: the
// byline is one sentence, "بقلم: د. مازن القيسي كنت أمشي …", and ends after
// the name: a title or two ("د.") and up to four words, the last of them a
// family name with the article ("القيسي", not "الله" of "عبد الله"). A name
// without such a word, or a word after it that continues ("و…", "إن"), keeps
// the byline in the text. It reports whether it split.
func (sp *splitter) bylineName(i, end int) bool {
	t := sp.text
	ls := wordStart(t, sp.start, end)
	if !sp.lang.arabic || end != i || t[ls:end] != "بقلم" || firstNonSpace(t, sp.start, end) != ls {
		return false
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
		if nw := nextWord(t[k:]); continues(nw) || strings.HasPrefix(nw, "و") || hasArticle(nw) {
			return false // "بقلم: سامي الخطيب والمحرر …"
		}
		sp.emit(e)
		return true
	}
	return false
}
