package segment

import (
	"strings"
	"unicode/utf8"
)

// Arabic section headings run into the sentence after them.
//
// A page's heading has no final stop ("جودة الصوت", "الخلاصة"), so once
// its lines are joined into a paragraph the heading opens the next
// sentence. arMidHeading looks at the first words of a sentence for two
// shapes that show where such a heading ends:
//
//   - the body's first word repeats the last one of a heading of one to
//     three words, with or without the article or لـ ("جودة الصوت الصوت
//     واضح …", "انتبه للسخان سخان الماء …"): an immediate repetition with
//     the article is no prose;
//   - a question opens after one or two words with the article, and the
//     sentence ends in a question mark ("الخلاصة هل أنصح بها؟").

// maxArHeadWords bounds the heading.
const maxArHeadWords = 10

// bodyOpeners open a section's body after its heading.
var bodyOpeners = loadList("data/ar_body_openers.txt")

// arMidHeading returns where the body starts in the sentence [s, e) when it
// opens with a heading, or -1.
func arMidHeading(t string, s, e int) int {
	var starts, ends [maxArHeadWords + 1]int
	k := skipSpace(t, s)
	if k >= e {
		return -1
	}
	starts[0], ends[0] = k, wordEndIn(t, k, e)
	if f := formulaEnd(t, k, e); f > 0 {
		return f
	}
	if c := t[ends[0]-1]; c == ':' || c == '.' || c == ')' || c == '-' {
		n := 1
		for ; n <= maxArHeadWords; n++ {
			k = skipSpace(t, ends[n-1])
			if k >= e {
				break
			}
			starts[n], ends[n] = k, wordEndIn(t, k, e)
		}
		return markedHeading(t, starts[:n], ends[:n])
	}
	// Words are read as needed, each after one or more ASCII spaces (other
	// white space ends the look: a missed heading, never a wrong split);
	// most sentences show no heading shape within their first words.
	question := 0            // 1 yes, -1 no, 0 not looked at
	for k := 1; k < 4; k++ { // a heading of one to three words
		ws := ends[k-1]
		for ws < e && t[ws] == ' ' {
			ws++
		}
		if ws == ends[k-1] || ws >= e || spaceWidth(t, ws) > 0 {
			return -1
		}
		starts[k], ends[k] = ws, wordEndIn(t, ws, e)
		prev, w := t[starts[k-1]:ends[k-1]], t[ws:ends[k]]
		if k == 2 && w == "صلة" && prev == "ذات" {
			// "مواضيع ذات صلة", "أخبار ذات صلة": a related-links
			// heading, then its first headline.
			if b := skipSpace(t, ends[k]); b < e && relatedHeads[t[starts[0]:ends[0]]] && !strings.HasPrefix(t[b:], "ب") && !strings.HasPrefix(t[b:], "ل") {
				return b // not "قضايا ذات صلة بالأمن …"
			}
			return -1
		}
		fire := sameHeadWord(prev, w) && ends[k] < e // a body follows
		if !fire && k <= 2 {
			if question == 0 {
				question = -1
				if endsInQuestion(t, s, e) {
					question = 1
				}
			}
			fire = question == 1 && inSet(interrogatives, w) && w != "من" && w != "أي" && w != "كم" && articleRun(t, starts[:k], ends[:k])
		}
		if fire {
			// The heading's words are plain (checked only now: most
			// sentences never get here).
			for j := 0; j < k; j++ {
				if !plainHeadWord(t[starts[j]:ends[j]]) {
					return -1
				}
			}
			return starts[k]
		}
	}
	return -1
}

// wordEndIn returns the end of the word at k, at most e: the next ASCII
// space, or e. Words joined by other white space (a newline, a no-break
// space) read as one word, which no heading rule takes (plainHeadWord):
// the cost is a missed heading, never a wrong split, and the search stays
// one IndexByte.
func wordEndIn(t string, k, e int) int {
	if j := strings.IndexByte(t[k:e], ' '); j >= 0 {
		return k + j
	}
	return e
}

// endsInQuestion reports that the sentence [s, e) ends in "؟" before any
// closing quotes, brackets and spaces (» " ) ]): a bytewise TrimRight,
// since the cutset's "»" sends strings.TrimRight down its slow path.
func endsInQuestion(t string, s, e int) bool {
	for e > s {
		switch {
		case t[e-1] == ' ' || t[e-1] == '"' || t[e-1] == ')' || t[e-1] == ']':
			e--
		case e-2 >= s && t[e-2] == 0xC2 && t[e-1] == 0xBB: // »
			e -= 2
		default:
			return strings.HasSuffix(t[s:e], "؟")
		}
	}
	return false
}

// plainHeadWord reports a word that can be part of a heading: letters or
// digits, no punctuation.
func plainHeadWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); {
		c := w[i]
		switch {
		case c < 0x80:
			if !isASCIIAlnum(c) {
				return false
			}
			i++
		case (c == 0xD8 || c == 0xD9 || c == 0xDA || c == 0xDB) && i+1 < len(w):
			// Arabic letters and digits; not "،" "؛" "؟" "٪" "٫" "٬" "٭" "۔".
			switch uint16(c)<<8 | uint16(w[i+1]) {
			case 0xD88C, 0xD89B, 0xD89F, 0xD9AA, 0xD9AB, 0xD9AC, 0xD9AD, 0xDB94:
				return false
			}
			i += 2
		default:
			r, size := utf8.DecodeRuneInString(w[i:])
			if !isLetter(r) && !isDigit(r) {
				return false
			}
			i += size
		}
	}
	return true
}

// articleRun reports whether every word in the ranges has the article and
// none leads on ("الخلاصة", "الحكم النهائي", not "إذن").
func articleRun(t string, starts, ends []int) bool {
	for k := range starts {
		w := t[starts[k]:ends[k]]
		if !hasArticle(w) || leadsOn(w) {
			return false
		}
	}
	return true
}

// sameHeadWord reports a word repeated right after itself, one of the two
// with the article or لـ/بـ before it ("الصوت الصوت", "للسخان سخان",
// "التطبيق التطبيق"), the bare word at least three letters.
func sameHeadWord(a, b string) bool {
	if len(a) < 4 || len(b) < 4 {
		return false
	}
	for i := 1; i <= 4; i++ {
		// The bare word of three letters or more ends both; bytewise,
		// from the end, as most pairs differ in their last byte.
		if a[len(a)-i] != b[len(b)-i] {
			return false
		}
	}
	ca, pa := bareNoun(a)
	cb, pb := bareNoun(b)
	return ca == cb && (pa || pb) && utf8.RuneCountInString(ca) >= 3
}

// bareNoun strips the article with a preposition or conjunction before it
// ("الـ", "للـ", "بالـ", "والـ") and reports whether it did.
func bareNoun(w string) (string, bool) {
	for _, p := range []string{"وال", "بال", "لل", "ال"} {
		if c, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(c) >= 2 {
			return c, true
		}
	}
	return w, false
}

// markedHeading finds the body of a tip opened by an enumeration marker
// ("أولاً:", "3.", "2-", "4)") with a heading of two to eight words after
// it: a body opener (data/ar_body_openers.txt) before a word without the
// article starts the body ("أولاً: لا هاتف في أول نصف ساعة هذه كانت
// الأصعب …"), and so does لا before a verb in the first person ("ثانياً:
// كوب ماء قبل القهوة لا أعرف …"; "لا هاتف" of a heading negates a noun).
// It returns the body's start, or -1.
func markedHeading(t string, starts, ends []int) int {
	if len(starts) < 4 {
		return -1
	}
	m := t[starts[0]:ends[0]]
	last := m[len(m)-1]
	if last != ':' && last != '.' && last != ')' && last != '-' {
		return -1
	}
	core := m[:len(m)-1]
	if _, ok := enumOrd[normAr(core)]; !ok && (digitsValue(core) == 0 || digitsValue(core) > 30) {
		return -1
	}
	for k := 1; k+1 < len(starts); k++ {
		w := t[starts[k]:ends[k]]
		next := t[starts[k+1]:ends[k+1]]
		if k >= 3 && inSet(bodyOpeners, w) && !hasArticle(next) {
			return starts[k]
		}
		if k >= 3 && w == "لا" && firstPersonImperfect(next) {
			return starts[k] // "… قبل القهوة لا أعرف إن كان …"
		}
		if !plainHeadWord(w) {
			return -1
		}
	}
	return -1
}

// firstPersonImperfect reports a verb in the first person of the imperfect
// by its prefix, أ or ن before three letters or more ("أعرف", "نريد",
// "أظن").
func firstPersonImperfect(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return (r == 'أ' || r == 'ن') && utf8.RuneCountInString(w[size:]) >= 3 && plainHeadWord(w)
}

// relatedHeads open a related-links heading "X ذات صلة".
var relatedHeads = wordSet("data/ar_related_heads.txt")

// condolence is the formula of an obituary, a line of its own ("إنا لله وإنا
// إليه راجعون"), with and without hamza.
var condolence = [...]string{"إنا لله وإنا إليه راجعون", "انا لله وانا اليه راجعون"}

// formulaEnd returns where the sentence after an unpunctuated condolence
// formula at k begins, or -1.
func formulaEnd(t string, k, e int) int {
	if t[k] != 0xD8 { // إ and ا are D8 A5 and D8 A7
		return -1
	}
	for _, f := range condolence {
		if strings.HasPrefix(t[k:e], f) && k+len(f) < e && spaceWidth(t, k+len(f)) > 0 {
			if b := skipSpace(t, k+len(f)); b < e && isArabicLetter(firstRune(t[b:])) {
				return b
			}
		}
	}
	return -1
}
