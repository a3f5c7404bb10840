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
func softBoundaries(texts []string) []bool {
	soft := make([]bool, len(texts))
	for i := 1; i < len(texts); i++ {
		soft[i] = softBoundary(texts[i-1], texts[i])
	}
	return soft
}

func softBoundary(prev, cur string) bool {
	prev, cur = strings.TrimSpace(prev), strings.TrimSpace(cur)
	if prev == "" || cur == "" {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(prev); strings.ContainsRune(clauseEnd, last) {
		return true
	}
	if strings.Count(prev, "(") > strings.Count(prev, ")") || strings.Count(prev, "«") > strings.Count(prev, "»") {
		return true
	}
	first, _ := utf8.DecodeRuneInString(cur)
	return unicode.IsLower(first) || first == ')' || first == '»'
}
