package glossary

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
)

// Entry is one glossary term and its required translation.
type Entry struct {
	Source   string   // source-language term as written in the file
	Target   string   // the translation that must appear in the output
	Note     string   // free text
	Variants []string // extra source spellings
	// IgnoreCase: the target may appear in any letter case when verifying.
	IgnoreCase bool
	// Article says whether the target takes the English definite article
	// where the translation needs one ("in the United States").
	Article Article
	Line    int // 1-based line in the file it came from, 0 if none
}

// Article is an entry's rule for the definite article before its target.
type Article uint8

const (
	// ArticleAuto: the target gets "the" when the rules in
	// data/articles.tsv say a name like it takes one (see Protected.Restore).
	ArticleAuto Article = iota
	// ArticleThe: the target always takes "the" (unless the translation
	// already has a determiner before it).
	ArticleThe
	// ArticleNone: never add an article.
	ArticleNone
)

// String returns the article column's spelling: "", "the" or "none".
func (a Article) String() string {
	switch a {
	case ArticleThe:
		return "the"
	case ArticleNone:
		return "none"
	}
	return ""
}

// ParseArticle reads the article column: "" or "auto", "the", "none".
func ParseArticle(s string) (Article, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return ArticleAuto, true
	case "the":
		return ArticleThe, true
	case "none", "no", "-":
		return ArticleNone, true
	}
	return ArticleAuto, false
}

// Sources returns the entry's source spellings: Source first, then Variants.
func (e *Entry) Sources() []string {
	out := make([]string, 0, 1+len(e.Variants))
	out = append(out, e.Source)
	return append(out, e.Variants...)
}

// Glossary is an ordered list of entries for one language pair.
//
// A glossary read with Parse remembers its comments, blank lines and
// optional columns, so that Write reproduces the file with only the edited
// entries changed. Entries may be changed in place; use Add and Remove to
// insert or delete entries so comments stay where they were.
type Glossary struct {
	SrcLang, TgtLang string
	Entries          []Entry

	// layout is the file as read: comment and blank lines verbatim, and one
	// slot per entry (in order). Entries beyond the last slot go at the end.
	layout []layoutLine
	// columns are the optional columns named in the header, in file order.
	columns []string
}

// layoutLine is one line of the file as read.
type layoutLine struct {
	kind lineKind
	text string // for lineText: the comment or blank line verbatim
}

type lineKind uint8

const (
	lineText lineKind = iota
	lineHeader
	lineEntry
)

// New returns an empty glossary for a language pair.
func New(srcLang, tgtLang string) *Glossary {
	return &Glossary{SrcLang: srcLang, TgtLang: tgtLang}
}

// Index returns the index of the first entry whose Source or one of whose
// Variants equals src after Arabic normalisation (see Normalize), or -1.
func (g *Glossary) Index(src string) int {
	key := Normalize(src)
	if key == "" {
		return -1
	}
	for i := range g.Entries {
		for _, s := range g.Entries[i].Sources() {
			if Normalize(s) == key {
				return i
			}
		}
	}
	return -1
}

// Add appends e at the end of the glossary.
func (g *Glossary) Add(e Entry) {
	g.Entries = append(g.Entries, e)
}

// Remove deletes entry i, keeping the comments around it in place.
func (g *Glossary) Remove(i int) {
	if i < 0 || i >= len(g.Entries) {
		return
	}
	g.Entries = append(g.Entries[:i:i], g.Entries[i+1:]...)
	slot := 0
	for j, l := range g.layout {
		if l.kind != lineEntry {
			continue
		}
		if slot == i {
			g.layout = append(g.layout[:j:j], g.layout[j+1:]...)
			return
		}
		slot++
	}
}

// matchingRevision changes whenever matching or protection changes what a
// glossary does to a text, so that Version (used in cache keys) does too.
const matchingRevision = "glossary-matching-2" // 2: articles before targets

// Version returns a short stable hash of what the glossary makes a
// translation do: the language pair and each entry's source spellings,
// target, case and article rules, in order, and the revision of the matching rules.
// Notes, comments and line numbers do not count, so editing a note does
// not invalidate translation caches.
func (g *Glossary) Version() string {
	if g == nil {
		return ""
	}
	h := sha256.New()
	h.Write([]byte(matchingRevision + "\n"))
	field := func(s string) {
		h.Write([]byte(strconv.Itoa(len(s))))
		h.Write([]byte{':'})
		h.Write([]byte(s))
	}
	field(g.SrcLang)
	field(g.TgtLang)
	for _, e := range g.Entries {
		field(e.Source)
		field(e.Target)
		field(strings.Join(e.Variants, "|"))
		field(strconv.FormatBool(e.IgnoreCase))
		if e.Article != ArticleAuto {
			field(e.Article.String())
		}
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}
