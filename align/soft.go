package align

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Soft boundaries. A segmenter cuts at colons, semicolons and line breaks
// that the translator did not cut at, so one side often has a sentence
// that is only the end of the one before it ("… se lève dans un ciel où
// rampent des traînées de cirrus :" then "il faut se hâter ."). Such a
// fragment belongs with its neighbour's link, while a whole sentence next
// to a full stop that carries none of the link's similarity is more likely
// one deleted on the other side. soft[i] says that the boundary between
// sentences i-1 and i looks like the first kind:
//
//   - sentence i-1 ends with a clause mark (, ; : ، ؛ or a dash), or
//   - it leaves a bracket or a quotation open (more "(" than ")", "«"
//     than "»"), or
//   - sentence i begins with a lower-case letter or a closing bracket.
//
// Scripts without case (Arabic) rely on the first two.

// clauseEnd lists the marks that end a clause but not a sentence.
const clauseEnd = ",;:،؛-–—"

// boundaryMarks returns soft[i] and cut[i] (see bracketBoundary) for each
// sentence (false for i = 0). Each sentence is read once, for both kinds
// and both of its boundaries.
func boundaryMarks(texts []string) (soft, cut []bool) {
	soft, cut = make([]bool, len(texts)), make([]bool, len(texts))
	var prev ends
	for i, t := range texts {
		cur := endsOf(t)
		if i > 0 {
			soft[i], cut[i] = prev.softBefore(cur), prev.cutBefore(cur)
		}
		prev = cur
	}
	return soft, cut
}

// ends is what the boundary rules need to know of a sentence.
type ends struct {
	empty       bool // nothing but space
	first, last rune // of the sentence without its surrounding space
	open        bool // leavesOpen
	closes      bool // closesEarlier
}

func endsOf(s string) ends {
	s = strings.TrimSpace(s)
	if s == "" {
		return ends{empty: true} // no soft boundary either side, no brackets
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	return ends{first: first, last: last, open: leavesOpen(s), closes: closesEarlier(s)}
}

func softBoundary(prev, cur string) bool { return endsOf(prev).softBefore(endsOf(cur)) }

func (prev ends) softBefore(cur ends) bool {
	if prev.empty || cur.empty {
		return false
	}
	return strings.ContainsRune(clauseEnd, prev.last) || prev.open ||
		unicode.IsLower(cur.first) || cur.first == ')' || cur.first == '»'
}

// Boundaries inside brackets. A segmenter also cuts inside brackets and
// guillemets, at an abbreviation's full stop ("( « Alpine Journal » No ."
// then "293 , Nov ." then "1956 , S. 340-343 ) ."), where no sentence can
// end. cut[i] says the boundary between sentences i-1 and i is such a cut:
// sentence i-1 leaves a bracket or a guillemet open, or sentence i closes
// one it did not open. A cut of the first kind is also a soft boundary;
// many-to-many links count cuts of either kind (see level.softInside).

func bracketBoundary(prev, cur string) bool { return endsOf(prev).cutBefore(endsOf(cur)) }

func (prev ends) cutBefore(cur ends) bool { return prev.open || cur.closes }

// leavesOpen reports whether s opens more brackets or guillemets than it
// closes.
func leavesOpen(s string) bool {
	return strings.Count(s, "(") > strings.Count(s, ")") || strings.Count(s, "«") > strings.Count(s, "»")
}

// closesEarlier reports whether s closes a bracket or a guillemet that it
// did not open.
func closesEarlier(s string) bool {
	if strings.IndexByte(s, ')') < 0 && !strings.Contains(s, "»") {
		return false // most sentences: nothing to decode
	}
	var paren, guil int
	for _, c := range s {
		switch c {
		case '(':
			paren++
		case ')':
			if paren--; paren < 0 {
				return true
			}
		case '«':
			guil++
		case '»':
			if guil--; guil < 0 {
				return true
			}
		}
	}
	return false
}
