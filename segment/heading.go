package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// questionOpeners are capitalised words that open an English question. A
// heading has no final stop, so when one is run into the question that follows
// it ("Interview What qualifications do you have …?") the capitalised opener
// directly after an unpunctuated word is the boundary cue.
var questionOpeners = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`What Why How Who Whom Whose Where When Which If`) {
		questionOpeners[w] = true
	}
}

// midQuestion finds a heading run into a question in the sentence [s, e):
// the sentence ends with '?' and a question opener follows a word that ends
// in a letter or digit and is neither a preposition nor an article. It
// returns the opener's offset, or -1. The first such opener wins; a second
// one is found when the rest is searched again.
func midQuestion(t string, s, e int) int {
	if e-s < 3 || !strings.HasSuffix(strings.TrimRight(t[s:e], `"”’') `), "?") {
		return -1
	}
	prevEnd := -1
	for i := s; i < e; {
		ws := skipSpace(t, i)
		if ws >= e {
			break
		}
		we := ws
		for we < e && spaceWidth(t, we) == 0 {
			we++
		}
		if prevEnd > s && questionOpeners[strings.TrimRight(t[ws:we], ",")] {
			pw := t[wordStart(t, s, prevEnd):prevEnd]
			pr, _ := utf8.DecodeLastRuneInString(pw)
			if (unicode.IsLetter(pr) || unicode.IsDigit(pr)) && !noPlaceBefore[strings.ToLower(pw)] && !sentenceStarters[pw] {
				return ws
			}
		}
		prevEnd = we
		i = we
	}
	return -1
}
