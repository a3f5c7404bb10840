package glossary

import (
	"bytes"
	"strings"
	"sync"
	"unicode/utf8"
)

// Match is one occurrence of a glossary term in a text.
type Match struct {
	// Start and End are byte offsets in the original text covering the
	// whole surface form, clitic prefixes and trailing diacritics included.
	Start, End int
	// TermStart is where the term proper starts, after the clitic prefix.
	TermStart int
	// Prefix is the clitic prefix as written (text[Start:TermStart]), e.g.
	// "بال", "و", "لل"; "" when the term stands alone. It ends in the
	// article (ال, or the second ل of لل) when the text has the article
	// and the entry's term does not, or when ل + ال is written لل.
	Prefix string
	Entry  *Entry
	Index  int // index of Entry in the glossary's Entries
	// Surface is text[Start:End].
	Surface string
}

// Matcher finds glossary terms in Arabic text. It is built once per
// glossary and is safe for concurrent use. It refers to the glossary's
// entries, which must not be changed while it is in use.
type Matcher struct {
	g     *Glossary
	nodes []trieNode
}

// trieNode is a node of the trie over a term's normalised words. The root's
// children are keyed by the first word without its article; deeper
// children by the gap (" " or punctuation) followed by the word.
type trieNode struct {
	children map[string]int32
	// Entry index + 1 of the term ending here whose first word had the
	// article (withArt) or not (noArt); 0 for none.
	withArt, noArt int32
}

const (
	alef  = "ا"
	lam   = "ل"
	artAl = "ال"
)

// conjunctions and prepositions that attach to the following word.
var (
	conjPrefixes = [][]byte{nil, []byte("و"), []byte("ف")}
	prepPrefixes = [][]byte{nil, []byte("ب"), []byte("ك"), []byte("ل"), []byte("س")}
	artAlB       = []byte(artAl)
	lamB         = []byte(lam)
)

// NewMatcher indexes every source spelling of every entry with a
// non-empty source and target. Where two entries share a spelling, the
// first in the file wins (Lint reports it).
func NewMatcher(g *Glossary) *Matcher {
	m := &Matcher{g: g, nodes: []trieNode{{}}}
	if g == nil {
		return m
	}
	var nt normText
	for i := range g.Entries {
		e := &g.Entries[i]
		if strings.TrimSpace(e.Target) == "" {
			continue
		}
		for _, src := range e.Sources() {
			tokenize(src, &nt)
			if len(nt.toks) == 0 {
				continue
			}
			words := make([]string, len(nt.toks))
			gaps := make([]string, len(nt.toks))
			for k, t := range nt.toks {
				words[k], gaps[k] = nt.word(t), nt.gap(t)
			}
			m.insert(words, gaps, i)
			for _, alt := range compoundForms(words, gaps) {
				m.insert(alt[0], alt[1], i)
			}
		}
	}
	return m
}

// insert indexes one spelling (its normalised words and the gaps before
// them) for entry i.
func (m *Matcher) insert(words, gaps []string, i int) {
	first, hasArt := stripArticle(words[0])
	n := m.child(0, first)
	for k := 1; k < len(words); k++ {
		n = m.child(n, gaps[k]+words[k])
	}
	p := &m.nodes[n].noArt
	if hasArt {
		p = &m.nodes[n].withArt
	}
	if *p == 0 {
		*p = int32(i + 1)
	}
}

// abd starts compound names written joined or apart: عبد الله/عبدالله.
const abd = "عبد"

// compoundForms returns the other ways of writing a spelling's عبد
// compounds: joined if written apart, apart if written joined.
func compoundForms(words, gaps []string) [][2][]string {
	var out [][2][]string
	for k, w := range words {
		switch {
		case w == abd && k+1 < len(words) && gaps[k+1] == " ":
			ws := append(append(append([]string{}, words[:k]...), abd+words[k+1]), words[k+2:]...)
			gs := append(append([]string{}, gaps[:k+1]...), gaps[k+2:]...)
			out = append(out, [2][]string{ws, gs})
		case strings.HasPrefix(w, abd) && utf8.RuneCountInString(w) >= 6:
			ws := append(append(append([]string{}, words[:k]...), abd, w[len(abd):]), words[k+1:]...)
			gs := append(append(append([]string{}, gaps[:k+1]...), " "), gaps[k+1:]...)
			out = append(out, [2][]string{ws, gs})
		}
	}
	return out
}

func (m *Matcher) child(n int32, key string) int32 {
	if c, ok := m.nodes[n].children[key]; ok {
		return c
	}
	if m.nodes[n].children == nil {
		m.nodes[n].children = map[string]int32{}
	}
	c := int32(len(m.nodes))
	m.nodes[n].children[key] = c
	m.nodes = append(m.nodes, trieNode{})
	return c
}

// stripArticle removes a leading ال when at least two letters remain.
func stripArticle(w string) (string, bool) {
	if strings.HasPrefix(w, artAl) && utf8.RuneCountInString(w[len(artAl):]) >= 2 {
		return w[len(artAl):], true
	}
	return w, false
}

// Find returns every glossary occurrence in text, in order and not
// overlapping. At each word the longest term wins (مصطفى الكاظمي over
// الكاظمي); a term must cover whole words, after any clitic prefix.
func (m *Matcher) Find(text string) []Match {
	if m == nil || len(m.nodes[0].children) == 0 {
		return nil
	}
	nt := tokenize(text, normPool.Get().(*normText))
	defer normPool.Put(nt)
	var out []Match
	var scratch []byte
	for i := 0; i < len(nt.toks); {
		best, ok := m.matchAt(nt, i, &scratch)
		if !ok {
			i++
			continue
		}
		first, last := nt.toks[i], nt.toks[i+best.words-1]
		termStart := origOffset(text, first.oStart, first.oEnd, best.prefixLen)
		out = append(out, Match{
			Start:     first.oStart,
			End:       last.oEnd,
			TermStart: termStart,
			Prefix:    text[first.oStart:termStart],
			Entry:     &m.g.Entries[best.entry],
			Index:     best.entry,
			Surface:   text[first.oStart:last.oEnd],
		})
		i += best.words
	}
	return out
}

// normPool recycles tokenised texts: Find allocates little beyond its
// result.
var normPool = sync.Pool{New: func() any { return &normText{} }}

// candidate is one reading of the words starting at a position.
type candidate struct {
	words     int  // words covered
	entry     int  // entry index
	artExact  bool // the text's article agrees with the entry's term
	entryArt  bool // the matched spelling's first word has the article
	prefixLen int  // normalised bytes before the term proper
}

func (c candidate) better(d candidate) bool {
	if c.words != d.words {
		return c.words > d.words
	}
	if c.artExact != d.artExact {
		return c.artExact
	}
	return c.prefixLen < d.prefixLen
}

// matchAt tries every clitic reading of word i and returns the best match.
func (m *Matcher) matchAt(nt *normText, i int, scratch *[]byte) (candidate, bool) {
	var best candidate
	found := false
	m.readings(nt, i, scratch, func(c candidate) {
		if !found || c.better(best) {
			best, found = c, true
		}
	})
	return best, found
}

// readings calls fn with the longest match of every clitic reading of
// word i: as it stands, after و/ف, after ب/ك/ل/س, with or without the
// article, and ل + ال written لل.
func (m *Matcher) readings(nt *normText, i int, scratch *[]byte, fn func(candidate)) {
	w := nt.wordBytes(nt.toks[i])
	root := &m.nodes[0]
	try := func(stem []byte, textArt bool, plen, artLen int) {
		n, ok := root.children[string(stem)] // no allocation for a lookup
		if !ok {
			return
		}
		if c, ok := m.walk(nt, i, n, textArt, scratch); ok {
			c.prefixLen = plen
			if textArt && !c.entryArt {
				c.prefixLen += artLen // the article is not part of the entry's term
			}
			fn(c)
		}
	}
	for _, conj := range conjPrefixes {
		if !bytes.HasPrefix(w, conj) {
			continue
		}
		rest := w[len(conj):]
		for _, prep := range prepPrefixes {
			if !bytes.HasPrefix(rest, prep) {
				continue
			}
			stem := rest[len(prep):]
			if len(stem) == 0 {
				continue
			}
			plen := len(conj) + len(prep)
			try(stem, false, plen, 0)
			if bytes.HasPrefix(stem, artAlB) && utf8.RuneCount(stem[len(artAlB):]) >= 2 {
				try(stem[len(artAlB):], true, plen, len(artAlB))
			}
			// ل + ال is written لل: the article's alef is dropped
			// (للكاظمي); before a word starting with ل the article goes
			// altogether (ل + اللجنة → للجنة).
			if bytes.Equal(prep, lamB) && bytes.HasPrefix(stem, lamB) && utf8.RuneCount(stem[len(lamB):]) >= 2 {
				try(stem[len(lamB):], true, plen+len(lamB), 0)
				try(stem, true, plen, 0)
			}
		}
	}
}

// cliticReadings returns the entries that match all of text through a
// clitic prefix or the article (what a spelling like بالكاظمي is, read as
// ب + an entry).
func (m *Matcher) cliticReadings(text string) []int {
	nt := tokenize(text, nil)
	if len(nt.toks) == 0 {
		return nil
	}
	var out []int
	var scratch []byte
	m.readings(nt, 0, &scratch, func(c candidate) {
		if c.prefixLen > 0 && c.words == len(nt.toks) {
			out = append(out, c.entry)
		}
	})
	return out
}

// walk follows the trie from node n (word i matched) over the next words
// and returns the longest term ending on a word.
func (m *Matcher) walk(nt *normText, i int, n int32, textArt bool, scratch *[]byte) (candidate, bool) {
	var best candidate
	found := false
	for j := i; ; j++ {
		node := &m.nodes[n]
		if e, entryArt := pickEntry(node, textArt); e >= 0 {
			best, found = candidate{words: j - i + 1, entry: e, artExact: entryArt == textArt, entryArt: entryArt}, true
		}
		if j+1 >= len(nt.toks) || len(node.children) == 0 {
			break
		}
		t := nt.toks[j+1]
		*scratch = append(append((*scratch)[:0], nt.gaps[t.gStart:t.gEnd]...), nt.buf[t.nStart:t.nEnd]...)
		c, ok := node.children[string(*scratch)]
		if !ok {
			break
		}
		n = c
	}
	return best, found
}

// pickEntry chooses the term ending at node and says whether its first
// word has the article. A term written with the article needs it in the
// text too (الرياض is Riyadh, رياض a man's name); a term written without
// matches either way (كاظمي in الكاظمي), preferring the agreeing one.
func pickEntry(n *trieNode, textArt bool) (entry int, entryArt bool) {
	switch {
	case textArt && n.withArt != 0:
		return int(n.withArt - 1), true
	case n.noArt != 0:
		return int(n.noArt - 1), false
	}
	return -1, false
}
