package segment

import (
	"strings"
	"unicode/utf8"
)

// Enumeration kinds (data/ar_enum.txt).
const (
	enumWord   = iota // أولا ثانيا …
	enumLetter        // أ ب ج …
	enumDigit         // 1 2 3, ١ ٢ ٣
)

// enumOrd maps a normalised ordinal word or letter to its kind and its
// place in the sequence (from 1).
var enumOrd = loadEnum("data/ar_enum.txt")

type enumPlace struct{ kind, ord int }

func loadEnum(name string) map[string]enumPlace {
	m := map[string]enumPlace{}
	n := [3]int{}
	for _, line := range dataLines(name) {
		kind, w, _ := strings.Cut(line, ":")
		k := enumWord
		switch kind {
		case "word":
		case "letter":
			k = enumLetter
		default:
			panic("segment: " + name + ": want kind:word, got " + line)
		}
		n[k]++
		m[normAr(w)] = enumPlace{k, n[k]}
	}
	return m
}

// enumMarker reads the marker whose separator (':', '-' or ')') is at i:
// the word right before it ("ثانيا:", "ب-", "2)"), at a word start. It
// returns the marker's start, its kind and place, or ws = -1.
func enumMarker(t string, i int) (ws, kind, ord int) {
	if i == 0 {
		return -1, 0, 0
	}
	ws = wordStart(t, 0, i)
	w := t[ws:i]
	if w == "" || len(w) > 16 {
		return -1, 0, 0
	}
	if ws > 0 && t[ws-1] != ' ' && t[ws-1] != '\n' {
		return -1, 0, 0
	}
	sep := t[i]
	if d := digitsValue(w); d > 0 {
		if sep == ':' || d > 30 {
			return -1, 0, 0
		}
		return ws, enumDigit, d
	}
	p, ok := enumOrd[normAr(w)]
	if !ok && strings.HasPrefix(w, "و") && utf8.RuneCountInString(w) > 2 {
		p, ok = enumOrd[normAr(w[len("و"):])] // "وثانيا:"
	}
	if !ok || (p.kind == enumWord && sep == ')') || (p.kind == enumLetter && sep == ':') {
		return -1, 0, 0
	}
	return ws, p.kind, p.ord
}

// digitsValue is the value of a run of ASCII or Arabic-Indic digits, or 0.
func digitsValue(w string) int {
	v := 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			v = 10*v + int(r-'0')
		case r >= '٠' && r <= '٩':
			v = 10*v + int(r-'٠')
		default:
			return 0
		}
		if v > 1000 {
			return 0
		}
	}
	return v
}

// hasMarker reports whether t[from:to] holds a marker of the given kind and
// place with the separator sep, followed by white space.
func hasMarker(t string, from, to int, sep byte, kind, ord int) bool {
	for k := from; k < to; {
		j := strings.IndexByte(t[k:to], sep)
		if j < 0 {
			return false
		}
		k += j
		if k+1 < len(t) && spaceWidth(t, k+1) > 0 {
			if ws, kd, o := enumMarker(t, k); ws >= from && kd == kind && o == ord {
				return true
			}
		}
		k++
	}
	return false
}

// enumLookahead bounds the search for the next item of a list.
const enumLookahead = 2000

// enumItem handles a separator at i that ends an enumeration marker in the
// middle of a sentence: item k ≥ 2 starts a new sentence when item k-1 of
// the same kind is in the current sentence, item 1 when item 2 follows in
// the paragraph or an ordinal word "أولا:" follows an introduction ending
// in a colon. It reports whether it started one.
func (sp *splitter) enumItem(i int) bool {
	t := sp.text
	if i+1 >= len(t) || spaceWidth(t, i+1) == 0 {
		return false // "1-0", "2021-2022"
	}
	ws, kind, ord := enumMarker(t, i)
	if ws < 0 || !sp.hasContent(ws) {
		return false
	}
	sep := t[i]
	if ord >= 2 {
		if !hasMarker(t, sp.start, ws, sep, kind, ord-1) {
			return false
		}
	} else {
		end := min(len(t), i+enumLookahead)
		if p := strings.Index(t[i:end], "\n\n"); p >= 0 {
			end = i + p
		}
		// "… وهذه هي: أولاً: …": an introduction closed by a colon opens
		// the list even when item 2 is out of sight.
		intro := kind == enumWord && sep == ':' && strings.HasSuffix(prevWord(t, sp.start, ws), ":")
		if !intro && !hasMarker(t, i+1, end, sep, kind, 2) {
			return false
		}
	}
	sp.emit(ws)
	if ord >= 2 && !hasMarker(t, i+1, min(len(t), i+400), sep, kind, ord+1) {
		// The last item runs into the next sentence: "3- دعم المزارعين
		// ويبدأ تطبيق القرارات …".
		sp.runOn(i+1, 2, 0, true, itemRunOn)
	}
	return true
}

// itemRunOn reports a word that opens a new sentence after the last item of
// an enumerated list: و with an imperfect verb of four letters or more
// ("ويبدأ", "ونأمل"; not a verbal noun like "وتطوير", which items are made
// of), with a future ("وستعلن", "وسيبدأ") or with a speech verb ("وقال").
func itemRunOn(w string) bool {
	if !waClause(w) {
		return false
	}
	b := w[len("و"):]
	if isSpeechVerb(b) {
		return true
	}
	if f, ok := strings.CutPrefix(b, "س"); ok {
		b = f // the future "وستعلن", "وسيبدأ"
	}
	r, _ := utf8.DecodeRuneInString(b)
	return (r == 'ي' || r == 'ن') && utf8.RuneCountInString(b) >= 4 ||
		r == 'ت' && len(b) < len(w)-len("و") && utf8.RuneCountInString(b) >= 3
}

// dotItemBack bounds the look back for the previous item of a "1. … 2. …"
// list (the previous items may already be sentences of their own).
const dotItemBack = 1500

// dotItem handles the period at i of a number marker "N." inside a sentence
// (at a sentence start isListMarker keeps it): a recipe's or a how-to's
// numbered step run in after an introduction ending in a colon ("طريقة
// التحضير: 1. سخني …") or after an unpunctuated step ("… بلطف 5. اسكبي
// …"). The step starts a new sentence at its number and the period is no
// boundary: item 1 right after a colon when item 2 follows, item N ≥ 2
// when item N-1 came before it. "ارتفع العدد إلى 5. وقال …" has no item 4
// before it and still ends there. It reports whether it started a step.
func (sp *splitter) dotItem(i, m int) bool {
	t := sp.text
	if !sp.lang.arabic || m >= len(t) || i == 0 || !isDigit(lastRune(t[:i])) || !isArabicLetter(firstRune(t[m:])) {
		return false // most periods end a word: decided on one byte
	}
	ws, kind, ord := enumMarker(t, i)
	if ws < 0 || kind != enumDigit || ord > 30 || !sp.hasContent(ws) {
		return false
	}
	if ord >= 2 {
		if !hasMarker(t, max(0, ws-dotItemBack), ws, '.', enumDigit, ord-1) {
			return false
		}
	} else {
		if !strings.HasSuffix(prevWord(t, sp.start, ws), ":") {
			return false
		}
		end := min(len(t), i+enumLookahead)
		if p := strings.Index(t[i:end], "\n\n"); p >= 0 {
			end = i + p
		}
		if !hasMarker(t, i+1, end, '.', enumDigit, 2) {
			return false
		}
	}
	sp.emit(ws)
	if ord >= 2 && !hasMarker(t, i+1, min(len(t), i+400), '.', enumDigit, ord+1) {
		sp.runOn(i+1, 1, 0, true, itemRunOn) // the last step runs on
	}
	return true
}

// lastRune returns the last rune of s.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
