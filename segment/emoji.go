package segment

import (
	"unicode/utf8"
)

// Emoji in web and social text: a run of emoji closes the sentence before
// it ("وصلنا بالسلامة ✈️ الرحلة كانت طويلة", "… فعلا 👍 الكاميرا …"), stays
// with a sentence that ended with a terminator just before it ("نجحت!!!
// 🎉🎉 الركن …"), and a keycap digit ("1️⃣ كوب ماء 2️⃣ …") opens a list row.

// emojiWidth returns the width of the emoji code point at i (pictographs,
// symbols and dingbats, stars), or 0.
func emojiWidth(t string, i int) int {
	if i >= len(t) || t[i] < 0xE2 || (t[i] == 0xE2 && i+1 < len(t) && t[i+1] == 0x80) {
		// E2 80 is U+2000–U+203F: quotes, dashes and bidi marks, the
		// commonest three-byte runes of Arabic text, and no emoji.
		return 0
	}
	r, w := utf8.DecodeRuneInString(t[i:])
	switch {
	case r >= 0x1F000 && r <= 0x1FAFF, r >= 0x2600 && r <= 0x27BF, r == 0x2B50, r == 0x2B55, r == 0x2B06, r == 0x2B07, r == 0x2934, r == 0x2935:
		return w
	}
	return 0
}

// emojiPartWidth returns the width of a code point that only modifies an
// emoji (variation selector 16, zero-width joiner, combining keycap), or 0.
func emojiPartWidth(t string, i int) int {
	if i >= len(t) || (t[i] != 0xEF && t[i] != 0xE2) {
		return 0
	}
	r, w := utf8.DecodeRuneInString(t[i:])
	if r == 0xFE0F || r == 0x200D || r == 0x20E3 {
		return w
	}
	return 0
}

// emojiRunEnd returns the end of the run of emoji at i, spaces between
// emoji included ("😋😋", "🎬🍿", "❤️ 💙"), or i.
func emojiRunEnd(t string, i int) int {
	end := i
	for k := i; k < len(t); {
		if w := emojiWidth(t, k); w > 0 {
			k += w
			for pw := emojiPartWidth(t, k); pw > 0; pw = emojiPartWidth(t, k) {
				k += pw
			}
			end = k
			continue
		}
		if w := emojiPartWidth(t, k); w > 0 {
			k += w
			end = k
			continue
		}
		if sw := spaceWidth(t, k); sw > 0 && k > i {
			k += sw
			continue
		}
		break
	}
	return end
}

// keycapAt reports a keycap emoji "1️⃣" whose combining keycap U+20E3 is at
// i, and returns where its digit starts, or -1.
func keycapAt(t string, i int) int {
	d := i
	if d >= 3 && t[d-3:d] == "\uFE0F" {
		d -= 3
	}
	if d < 1 || !isDigit(rune(t[d-1])) {
		return -1
	}
	d--
	if d > 0 && isDigit(rune(t[d-1])) {
		d-- // "10️⃣"
	}
	if d > 0 && !isSpace(rune(t[d-1])) {
		return -1
	}
	return d
}

// emoji handles an emoji at i and returns where the scan goes on. After
// the run, a word that opens a sentence (not a preposition, particle or
// connective that goes on: "😍 في المساء") starts a new one; a run that
// opens the sentence is left to it.
func (sp *splitter) emoji(i int) int {
	t := sp.text
	e := emojiRunEnd(t, i)
	if !sp.lang.arabic || e == i || !sp.hasContent(i) {
		return max(e, i+1)
	}
	if pr, _ := utf8.DecodeLastRuneInString(t[:i]); !isSpace(pr) && !isLetter(pr) && !isDigit(pr) {
		return e // after punctuation ("!!! 🎉" is the terminator's)
	}
	m := skipSpace(t, e)
	if m >= len(t) || m == e {
		return e
	}
	r := firstRune(t[m:])
	if !isArabicLetter(r) && !isDigit(r) && r != '#' && r != '@' {
		return e
	}
	if w := trimWordPunct(nextWord(t[m:])); isArabicLetter(r) && (leadsOn(w) || continues(w) || waWord(w)) {
		return e
	}
	sp.emit(e)
	return e
}

// keycap handles the combining keycap at i of "2️⃣": a row of a list starts
// at its digit.
func (sp *splitter) keycap(i int) {
	if !sp.lang.arabic {
		return
	}
	if d := keycapAt(sp.text, i); d >= 0 && sp.hasContent(d) {
		sp.emit(d)
	}
}
