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

// softBoundaries returns soft[i] for each sentence (soft[0] is false).
func softBoundaries(texts []string) []bool { return boundaries(texts, softBoundary) }

// boundaries returns, for each sentence i, whether at holds of the
// boundary before it, between texts[i-1] and texts[i] (false for i = 0).
func boundaries(texts []string, at func(prev, cur string) bool) []bool {
	b := make([]bool, len(texts))
	for i := 1; i < len(texts); i++ {
		b[i] = at(texts[i-1], texts[i])
	}
	return b
}

func softBoundary(prev, cur string) bool {
	prev, cur = strings.TrimSpace(prev), strings.TrimSpace(cur)
	if prev == "" || cur == "" {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(prev); strings.ContainsRune(clauseEnd, last) {
		return true
	}
	if leavesOpen(prev) {
		return true
	}
	first, _ := utf8.DecodeRuneInString(cur)
	return unicode.IsLower(first) || first == ')' || first == '»'
}

// Boundaries inside brackets. A segmenter also cuts inside brackets and
// guillemets, at an abbreviation's full stop ("( « Alpine Journal » No ."
// then "293 , Nov ." then "1956 , S. 340-343 ) ."), where no sentence can
// end. cut[i] says the boundary between sentences i-1 and i is such a cut:
// sentence i-1 leaves a bracket or a guillemet open, or sentence i closes
// one it did not open. A cut of the first kind is also a soft boundary;
// many-to-many links count cuts of either kind (see level.softInside).

// bracketBoundaries returns cut[i] for each sentence (cut[0] is false).
func bracketBoundaries(texts []string) []bool { return boundaries(texts, bracketBoundary) }

func bracketBoundary(prev, cur string) bool {
	return leavesOpen(prev) || closesEarlier(cur)
}

// leavesOpen reports whether s opens more brackets or guillemets than it
// closes.
func leavesOpen(s string) bool {
	return strings.Count(s, "(") > strings.Count(s, ")") || strings.Count(s, "«") > strings.Count(s, "»")
}

// closesEarlier reports whether s closes a bracket or a guillemet that it
// did not open.
func closesEarlier(s string) bool {
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
