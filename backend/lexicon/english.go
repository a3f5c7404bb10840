package lexicon

import "strings"

// plural inflects an English noun phrase by its last word.
func plural(en string) string {
	if i := strings.LastIndexByte(en, ' '); i >= 0 {
		// "minister of defence" → "ministers of defence"
		if j := strings.Index(en, " of "); j > 0 {
			return plural(en[:j]) + en[j:]
		}
		return en[:i+1] + plural(en[i+1:])
	}
	if p, ok := irregularPlural[en]; ok {
		return p
	}
	n := len(en)
	switch {
	case n == 0:
		return en
	case strings.HasSuffix(en, "s") || strings.HasSuffix(en, "x") || strings.HasSuffix(en, "z") ||
		strings.HasSuffix(en, "ch") || strings.HasSuffix(en, "sh"):
		if strings.HasSuffix(en, "ss") || !strings.HasSuffix(en, "s") {
			return en + "es"
		}
		if strings.HasSuffix(en, "us") || strings.HasSuffix(en, "is") {
			return en + "es"
		}
		return en // already plural (e.g. "forces")
	case n > 1 && en[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(en[n-2])):
		return en[:n-1] + "ies"
	}
	return en + "s"
}

// thirdSingular inflects an English verb phrase for he/she/it in the present.
func thirdSingular(v string) string {
	head, rest := v, ""
	if i := strings.IndexByte(v, ' '); i >= 0 {
		head, rest = v[:i], v[i:]
	}
	switch head {
	case "be":
		return "is" + rest
	case "have":
		return "has" + rest
	case "can", "may", "must", "will", "should", "might", "could", "would":
		return v
	}
	n := len(head)
	switch {
	case n == 0:
	case strings.HasSuffix(head, "s") || strings.HasSuffix(head, "x") || strings.HasSuffix(head, "z") ||
		strings.HasSuffix(head, "ch") || strings.HasSuffix(head, "sh") || strings.HasSuffix(head, "o"):
		head += "es"
	case n > 1 && head[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(head[n-2])):
		head = head[:n-1] + "ies"
	default:
		head += "s"
	}
	return head + rest
}

// comparative turns an English superlative into the comparative (best →
// better, largest → larger, most important → more important); other
// glosses are returned unchanged.
func comparative(en string) string {
	if c, ok := irregularComparative[en]; ok {
		return c
	}
	if rest, ok := strings.CutPrefix(en, "most "); ok {
		return "more " + rest
	}
	if rest, ok := strings.CutPrefix(en, "least "); ok {
		return "less " + rest
	}
	if strings.HasSuffix(en, "est") && !strings.Contains(en, " ") && len(en) > 4 {
		return strings.TrimSuffix(en, "st") + "r"
	}
	return en
}

// gerund inflects an English verb phrase's head with -ing.
func gerund(v string) string {
	head, rest := v, ""
	if i := strings.IndexByte(v, ' '); i >= 0 {
		head, rest = v[:i], v[i:]
	}
	n := len(head)
	switch {
	case n == 0:
	case head == "be":
		head = "being"
	case strings.HasSuffix(head, "ie"):
		head = head[:n-2] + "ying"
	case n > 2 && head[n-1] == 'e' && head[n-2] != 'e' && head[n-2] != 'y' && head[n-2] != 'o':
		head = head[:n-1] + "ing"
	case doubledFinal[head]:
		head += head[n-1:] + "ing" // regret → regretting: stress on the last syllable
	case n >= 3 && n <= 4 && isCVC(head) && (n == 3 || strings.IndexByte("aeiou", head[0]) < 0):
		head += head[n-1:] + "ing" // stop → stopping; open → opening
	default:
		head += "ing"
	}
	return head + rest
}

func isCVC(w string) bool {
	v := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	n := len(w)
	return !v(w[n-1]) && v(w[n-2]) && !v(w[n-3]) && strings.IndexByte("wxy", w[n-1]) < 0
}

// either returns a when cond holds, else b: the English word that agrees
// (either(third, "is", "are")).
func either(cond bool, a, b string) string {
	if cond {
		return a
	}
	return b
}

// indefiniteArticles sets "a" or "an" by the sound of the word after it
// in each unit's English, across units too (يا لها من فكرة → what an
// idea, شاهد عيان → an eyewitness): the noun-phrase writer chooses the
// article of its own nouns, but a phrase's gloss ending in "a" (what a,
// such a) or an adjective said before the noun can change the word after
// it (h12-lexnoun).
func indefiniteArticles(us []unit) {
	for k := range us {
		t := us[k].text
		if !mayHaveArticle(t) {
			continue
		}
		next := ""
		for j := k + 1; j < len(us); j++ {
			if s := strings.TrimSpace(us[j].lead + " " + us[j].text); s != "" {
				next = s
				break
			}
		}
		us[k].text = another(fixArticles(t, next))
	}
}

// another writes "an other" as English spells it, one word: رأي آخر →
// another opinion.
func another(t string) string {
	i := strings.Index(t, "an other ")
	if i < 0 || i > 0 && t[i-1] != ' ' {
		return t
	}
	return t[:i] + "another " + t[i+len("an other "):]
}

// mayHaveArticle: t has the word "a" or "an".
func mayHaveArticle(t string) bool {
	return t == "a" || t == "an" || strings.HasPrefix(t, "a ") || strings.HasPrefix(t, "an ") ||
		strings.Contains(t, " a ") || strings.Contains(t, " an ") || strings.HasSuffix(t, " a") || strings.HasSuffix(t, " an")
}

// fixArticles rewrites each "a"/"an" of t by the word after it (the first
// word of next after t's last word); a word that is no plain English word
// (a digit, an acronym, markup, a quote) keeps the article as it is.
func fixArticles(t, next string) string {
	var out []byte // nil until a word changes
	for i := 0; i < len(t); {
		j := strings.IndexByte(t[i:], ' ')
		end := len(t)
		if j >= 0 {
			end = i + j
		}
		w := t[i:end]
		if w == "a" || w == "an" {
			after := next
			if end < len(t) {
				after = t[end+1:]
			}
			if k := strings.IndexByte(after, ' '); k >= 0 {
				after = after[:k]
			}
			if want := articleFor(after); want != "" && want != w {
				if out == nil {
					out = append(make([]byte, 0, len(t)+1), t[:i]...)
				}
				out = append(out, want...)
				out = append(out, t[end:min(len(t), end+1)]...)
				i = end + 1
				continue
			}
		}
		if out != nil {
			out = append(out, t[i:min(len(t), end+1)]...)
		}
		i = end + 1
	}
	if out == nil {
		return t
	}
	return string(out)
}

// articleFor returns "a" or "an" for the English word w, or "" when w is
// not a lower-case or capitalized word of letters (5, FBI, "quoted").
func articleFor(w string) string {
	if w == "" || !(w[0] >= 'a' && w[0] <= 'z' || w[0] >= 'A' && w[0] <= 'Z') {
		return ""
	}
	if len(w) > 1 && w[1] >= 'A' && w[1] <= 'Z' {
		return "" // an acronym: said by its letters
	}
	if startsWithVowelSound(w) {
		return "an"
	}
	return "a"
}

// adverbOf makes the English manner adverb of a one-word adjective (calm →
// calmly, happy → happily, simple → simply, basic → basically, good →
// well), or "" for a gloss of several words or a participle in -ed.
func adverbOf(adj string) string {
	if adj == "" || strings.ContainsAny(adj, " -") || strings.HasSuffix(adj, "ed") {
		return ""
	}
	if a, ok := irregularAdverbs[adj]; ok {
		return a
	}
	n := len(adj)
	switch {
	case strings.HasSuffix(adj, "ly"):
		return adj // friendly, early
	case n > 2 && adj[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(adj[n-2])):
		return adj[:n-1] + "ily"
	case n > 2 && strings.HasSuffix(adj, "le") && !strings.ContainsRune("aeiou", rune(adj[n-3])):
		return adj[:n-1] + "y"
	case strings.HasSuffix(adj, "ic"):
		return adj + "ally"
	case strings.HasSuffix(adj, "ll"):
		return adj + "y"
	case strings.HasSuffix(adj, "ue"):
		return adj[:n-1] + "ly"
	}
	return adj + "ly"
}

// demonymNoun returns the plural noun of an English adjective of a people,
// faith or dynasty that is also a count noun of its members (Buddhist →
// Buddhists, Ottoman → Ottomans, Iraqi → Iraqis, Hindu → Hindus,
// socialist → socialists), and false for the others (Islamic, English,
// Chinese, Western, military).
func demonymNoun(adj string) (string, bool) {
	if adj == "" || strings.ContainsRune(adj, ' ') {
		return "", false
	}
	if adj[0] < 'A' || adj[0] > 'Z' {
		// a follower of a doctrine: socialist → socialists
		if strings.HasSuffix(adj, "ist") {
			return adj + "s", true
		}
		return "", false
	}
	for _, suf := range [...]string{"an", "ad", "id", "ist", "ite", "i", "u", "ab", "ek"} {
		if strings.HasSuffix(adj, suf) && !strings.HasSuffix(adj, "ern") {
			return adj + "s", true
		}
	}
	return "", false
}
