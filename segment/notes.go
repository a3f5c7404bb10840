package segment

import "strings"

// Stage notes and cut-off turns of transcripts.
//
// A note in parentheses or brackets that opens a sentence ("(ضحك متوتر في
// القاعة)", "[تصفيق من بعض المقاعد]", "(يتوقف لحظة)") is a sentence of its
// own whatever its words, as reactions.go does for the listed reactions: a
// short run of words without digits, no agency ("(رويترز) -") and no list
// letter ("(أ)"). A turn cut off by a spaced "—" ends there before a note
// or a speaker label ("… ثم — (يتوقف لحظة)", "… الحقيقية — الرئيس: …").

// note handles the ')' or ']' at i when it closes a stage note that opens
// the current sentence (or follows a cut-off dash): the sentence ends after
// it unless a terminator, separator or another note follows. It reports
// whether the bracket closed such a note.
func (sp *splitter) note(i int) bool {
	t := sp.text
	if !sp.lang.arabic {
		return false
	}
	open := byte('(')
	if t[i] == ']' {
		open = '['
	}
	o := strings.LastIndexByte(t[sp.start:i], open)
	if o < 0 {
		return false
	}
	o += sp.start
	fs := firstNonSpace(t, sp.start, i)
	if fs != o && !cutOffBefore(t, sp.start, o) {
		return false
	}
	inner := t[o+1 : i]
	if w := countWords(inner); w < 1 || w > 8 || strings.ContainsAny(inner, "()[]«»\"") || hasDigit(inner) {
		return false
	}
	if r := firstRune(inner); !isLetter(r) || (countWords(inner) == 1 && len(stripTatweel(inner)) <= 4) {
		return false // "(أ)"
	}
	if isAgency(inner) {
		return false // "(وكالات)"
	}
	if fs != o {
		sp.emit(o) // "… ثم — (يتوقف لحظة)"
	}
	k := skipSpace(t, i+1)
	if k >= len(t) {
		return true
	}
	if t[k] == '-' && k+1 < len(t) && spaceWidth(t, k+1) > 0 && sp.afterDialogueLine() {
		sp.emit(i + 1) // "- … برمجيات. (يصمت قليلا) - لكن …": the next line
		return true
	}
	switch c := t[k]; {
	case c == '(' || c == '[' || c == ':' || c == '-' || termWidth(t, k) > 0 || isDashAt(t, k):
		return true // notes in a row stay together; "(…) -" is a dateline
	}
	sp.emit(i + 1)
	return true
}

// cutOffBefore reports whether the text before k in [lo, k) ends with a
// word and a spaced "—": a turn broken off.
func cutOffBefore(t string, lo, k int) bool {
	e := trimRight(t, lo, k)
	if e-lo < 5 || t[e-3:e] != "—" || !isSpace(rune(t[e-4])) {
		return false
	}
	return trimRight(t, lo, e-3) > lo
}

// afterDialogueLine reports whether the last sentence of this paragraph is
// a dialogue line opening with "- ".
func (sp *splitter) afterDialogueLine() bool {
	if len(sp.spans) <= sp.base {
		return false
	}
	l := sp.spans[len(sp.spans)-1]
	return l.End-l.Start > 2 && sp.text[l.Start] == '-' && spaceWidth(sp.text, l.Start+1) > 0
}
