package glossary

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The rules for the definite article before a restored target, as data:
// see data/articles.tsv.
//
//go:embed data/articles.tsv
var articlesTSV string

// articleRules are the parsed rules of data/articles.tsv.
type articleRules struct {
	takes      []articleRule       // head, any, inner: a name that takes "the"
	determiner map[string]bool     // before: a word that already determines the name
	suffixes   []string            // suffix: endings of such a word
	names      map[string][]string // rule name → its words, for tests
}

type articleRule struct {
	name, where string
	definite    bool // only when the Arabic term is definite
	words       map[string]bool
}

var articles = mustParseArticleRules(articlesTSV)

func mustParseArticleRules(data string) *articleRules {
	r, err := parseArticleRules(data)
	if err != nil {
		panic("glossary: data/articles.tsv: " + err.Error()) // embedded data, checked by the tests
	}
	return r
}

func parseArticleRules(data string) (*articleRules, error) {
	r := &articleRules{determiner: map[string]bool{}, names: map[string][]string{}}
	header := false
	for n, line := range strings.Split(data, "\n") {
		if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("line %d: want name, where, arabic, words", n+1)
		}
		if !header {
			header = true
			continue
		}
		name, where, words := f[0], f[1], strings.Split(f[3], "|")
		r.names[name] = words
		switch where {
		case "head", "any", "inner":
			if f[2] != "definite" && f[2] != "any" {
				return nil, fmt.Errorf("line %d: arabic %q: want definite or any", n+1, f[2])
			}
			rule := articleRule{name: name, where: where, definite: f[2] == "definite", words: map[string]bool{}}
			for _, w := range words {
				rule.words[w] = true
			}
			r.takes = append(r.takes, rule)
		case "before":
			for _, w := range words {
				r.determiner[w] = true
			}
		case "suffix":
			r.suffixes = append(r.suffixes, words...)
		default:
			return nil, fmt.Errorf("line %d: where %q: want head, any, inner, before or suffix", n+1, where)
		}
	}
	return r, nil
}

// rule returns the name of the rule by which target takes "the", or "";
// definite says whether the Arabic term is definite.
func (r *articleRules) rule(target string, definite bool) string {
	words := strings.Fields(target)
	for _, rule := range r.takes {
		if rule.definite && !definite {
			continue
		}
		for i, w := range words {
			w = strings.TrimRight(w, ".,")
			ok := false
			switch rule.where {
			case "head":
				ok = i == len(words)-1
			case "any":
				ok = true
			case "inner":
				ok = i > 0 && i < len(words)-1
			}
			if ok && rule.words[w] {
				return rule.name
			}
		}
	}
	return ""
}

// wantsArticle reports whether the target of mt takes "the" where it
// stands in the translation.
func (r *articleRules) wantsArticle(mt Match) bool {
	e := mt.Entry
	if first, _, _ := strings.Cut(e.Target, " "); strings.EqualFold(first, "the") {
		return false // "The Hague": the target has it
	}
	switch e.Article {
	case ArticleThe:
		return true
	case ArticleNone:
		return false
	}
	return r.rule(e.Target, definite(mt)) != ""
}

// definite reports whether the Arabic occurrence is definite: one of its
// words has the article, or the text added it (بالولايات, للولايات).
func definite(mt Match) bool {
	p := Normalize(mt.Prefix)
	if strings.HasSuffix(p, artAl) || strings.HasSuffix(p, "لل") {
		return true
	}
	for _, w := range strings.Fields(Normalize(mt.Surface)) {
		if strings.HasPrefix(w, artAl) || strings.HasPrefix(w, "لل") {
			return true
		}
	}
	for _, s := range mt.Entry.Sources() {
		for _, w := range strings.Fields(Normalize(s)) {
			if strings.HasPrefix(w, artAl) {
				return true
			}
		}
	}
	return false
}

// article returns what to write before a target that starts at the end of
// before: "the ", "The " at the start of a sentence, or "" when the word
// before already determines it (the, its, Iraq's …).
func (r *articleRules) article(before string) string {
	trimmed := strings.TrimRightFunc(before, unicode.IsSpace)
	if trimmed != "" && len(trimmed) == len(before) {
		if last, _ := utf8.DecodeLastRuneInString(trimmed); isWordRune(last) {
			return "" // glued to the word before: not ours to change
		}
	}
	word := trimmed
	if i := strings.LastIndexFunc(trimmed, func(c rune) bool { return !isWordRune(c) && c != '\'' && c != '’' }); i >= 0 {
		_, size := utf8.DecodeRuneInString(trimmed[i:])
		word = trimmed[i+size:]
	}
	if r.determiner[word] {
		return ""
	}
	for _, s := range r.suffixes {
		if len(word) > len(s) && strings.HasSuffix(word, s) {
			return ""
		}
	}
	if sentenceStart(before, len(before)) {
		return "The "
	}
	return "the "
}
