package segment

import "strings"

var reactionWords = loadList("data/reactions.txt") // "(ضحك)", "(Laughter)"

// isReaction reports whether s, the text between parentheses, is an audience
// reaction: one to four words of data/reactions.txt, joined by و, "and" or
// commas ("تصفيق حار", "ضحك وتصفيق", "Laughter and applause").
func isReaction(s string) bool {
	words := strings.Fields(normAr(s))
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for k, w := range words {
		w = strings.Trim(w, ",،")
		switch {
		case reactionWords[w]:
		case k > 0 && (w == "and" || w == "و"):
		case k > 0 && strings.HasPrefix(w, "و") && reactionWords[w[len("و"):]]:
		default:
			return false
		}
	}
	return true
}

// reactionAt returns the end (after ')') of a reaction "(…)" starting at
// i, or -1.
func reactionAt(t string, i int) int {
	if i >= len(t) || t[i] != '(' {
		return -1
	}
	c := strings.IndexByte(t[i:], ')')
	if c < 0 || c > 64 || !isReaction(t[i+1:i+c]) {
		return -1
	}
	return i + c + 1
}

// onlyReactions reports whether s is white space and reactions.
func onlyReactions(s string) bool {
	for i := skipSpace(s, 0); i < len(s); i = skipSpace(s, i) {
		if i = reactionAt(s, i); i < 0 {
			return false
		}
	}
	return true
}

// reaction handles the ')' at i when it closes a reaction that opens the
// current sentence (only space and reactions before it): the sentence ends
// there, unless another reaction or the end of the text follows. It reports
// whether the ')' closed such a reaction.
func (sp *splitter) reaction(i int) bool {
	t := sp.text
	open := strings.LastIndexByte(t[sp.start:i], '(')
	if open < 0 {
		return false
	}
	open += sp.start
	if i-open > 64 || !onlyReactions(t[sp.start:open]) || !isReaction(t[open+1:i]) {
		return false
	}
	if k := skipSpace(t, i+1); k < len(t) && reactionAt(t, k) < 0 && termWidth(t, k) == 0 {
		sp.emit(i + 1)
	}
	return true
}
