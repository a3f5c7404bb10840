package lexicon

import (
	"context"
	"fmt"
	"html"
	"strings"
	"sync"

	"github.com/tarjama/tarjama/backend"
)

// Name is the backend's registry name.
const Name = "lexicon"

// Info describes the backend for the registry; it has no options.
func Info() backend.Info {
	return backend.Info{
		Name:        Name,
		Description: "embedded offline Arabic→English translator (lexicon, morphology, reordering); no network, no key",
		New: func(backend.Config) (backend.Translator, error) {
			return New()
		},
		HTML: true,
		// Free and instant, and its rows would go stale as the lexicon
		// improves between versions: not cached unless --cache is given.
		// No timeout: it times itself.
		Uncached: true,
		Price:    &backend.Price{USDPerMillion: 0, Note: "embedded"},
	}
}

// Translator translates Arabic to English with the embedded lexicon. It is
// safe for concurrent use.
type Translator struct {
	lex *Lexicon
}

var (
	loadOnce sync.Once
	loaded   *Lexicon
	loadErr  error
)

// embedded loads the embedded lexicon once per process.
func embedded() (*Lexicon, error) {
	loadOnce.Do(func() { loaded, loadErr = Load(dataFS) })
	return loaded, loadErr
}

// New returns a Translator over the embedded lexicon. It fails only if the
// embedded data is malformed (the error names file:line).
func New() (*Translator, error) {
	lex, err := embedded()
	if err != nil {
		return nil, err
	}
	return &Translator{lex: lex}, nil
}

// NewWithLexicon returns a Translator over lex (see Load), e.g. a lexicon
// extended by the user.
func NewWithLexicon(lex *Lexicon) *Translator { return &Translator{lex: lex} }

// Lexicon returns the dictionary in use.
func (t *Translator) Lexicon() *Lexicon { return t.lex }

// SupportsHTML reports that <span translate="no"> is kept verbatim.
func (t *Translator) SupportsHTML() bool { return true }

// Translate implements backend.Translator. Only Arabic→English is
// supported; the glossary is applied upstream, so req.Glossary is ignored.
func (t *Translator) Translate(ctx context.Context, req backend.Request) ([]string, error) {
	if len(req.Segments) == 0 {
		return []string{}, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", Name, err)
	}
	if !langIs(req.SrcLang, "ar") || !langIs(req.TgtLang, "en") {
		return nil, &backend.Error{Backend: Name, Kind: backend.Permanent,
			Err: fmt.Errorf("unsupported language pair %s→%s (only ar→en)", req.SrcLang, req.TgtLang)}
	}
	out := make([]string, len(req.Segments))
	for i, s := range req.Segments {
		if i%64 == 63 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("%s: %w", Name, err)
			}
		}
		out[i] = t.translate(s, req.Format == backend.HTML)
	}
	return out, nil
}

// langIs accepts "", the code itself and regional variants (ar-EG, en_US).
func langIs(tag, code string) bool {
	if tag == "" {
		return true
	}
	tag = strings.ToLower(tag)
	return tag == code || strings.HasPrefix(tag, code+"-") || strings.HasPrefix(tag, code+"_")
}

// TranslateText translates one plain-text segment.
func (t *Translator) TranslateText(s string) string { return t.translate(s, false) }

// translate keeps the segment's line structure: each line is translated on
// its own and no newline is added.
func (t *Translator) translate(s string, htmlMode bool) string {
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	g := engine{lex: t.lex, html: htmlMode, sc: sc}
	var b strings.Builder
	b.Grow(len(s) * 2)
	for {
		line, rest, more := strings.Cut(s, "\n")
		g.line(line, &b)
		if !more {
			break
		}
		b.WriteByte('\n')
		s = rest
	}
	return b.String()
}

// scratch holds a line's tokens, items and units, reused line after line
// (and, through scratchPool, call after call) instead of allocated anew.
// Every element is overwritten before it is read.
type scratch struct {
	toks []token
	its  []item
	us   []unit
	ms   []member // the members of one noun phrase
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// release returns sc to the pool, unless a very long line grew it: a pooled
// buffer keeps the strings of its last line alive.
func (sc *scratch) release() {
	if cap(sc.toks) > maxPooled || cap(sc.its) > maxPooled || cap(sc.us) > maxPooled || cap(sc.ms) > maxPooled {
		return
	}
	scratchPool.Put(sc)
}

// maxPooled bounds the tokens of a line whose buffers are kept.
const maxPooled = 4096

// reuse returns *buf emptied, with room for n: a line's buffer kept for
// the next line, replaced when a longer line needs more.
func reuse[T any](buf *[]T, n int) []T {
	if cap(*buf) < n {
		*buf = make([]T, 0, n)
	}
	return (*buf)[:0]
}

func (g *engine) line(s string, b *strings.Builder) {
	toks := g.sc.toks[:0]
	if g.html {
		toks = tokenizeHTML(s, toks)
	} else {
		toks = tokenize(s, toks)
	}
	g.sc.toks = toks
	if len(toks) == 0 {
		return
	}
	its := g.build(toks)
	if g.trace != nil {
		g.trace.count(its)
	}
	g.homographs(its)
	g.merge(its)
	us := g.units(its)
	g.copulas(us)
	g.verbs(us)
	indefiniteArticles(us)
	g.speaking = g.speech(its)
	if g.speaking {
		// a line of speech says its contractions (h14-lextalk3)
		var lb strings.Builder
		g.join(us, &lb)
		b.WriteString(g.contract(lb.String()))
		return
	}
	g.join(us, b)
}

// tokenizeHTML splits s into markup and text: <span translate="no">…</span>
// (also class="notranslate") is one verbatim token, other tags are kept
// verbatim, and text between is unescaped and tokenized.
func tokenizeHTML(s string, out []token) []token {
	glue := false
	for len(s) > 0 {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			return tokenizeText(html.UnescapeString(s), glue, out)
		}
		if lt > 0 {
			txt := s[:lt]
			out = tokenizeText(html.UnescapeString(txt), glue, out)
			glue = !endsSpace(txt)
		}
		s = s[lt:]
		gt := strings.IndexByte(s, '>')
		if gt < 0 || !isTagStart(s) {
			// a "<" that does not open a tag is text
			end := len(s)
			if gt >= 0 {
				end = 1
			}
			out = tokenizeText(html.UnescapeString(s[:end]), glue, out)
			s = s[end:]
			glue = true
			continue
		}
		tag := s[:gt+1]
		if isProtectedOpen(tag) {
			end := matchSpanEnd(s)
			out = append(out, token{kind: tRaw, text: s[:end], glue: glue})
			s = s[end:]
			glue = true
			continue
		}
		closing := strings.HasPrefix(tag, "</")
		out = append(out, token{kind: tRaw, text: tag, glue: glue, rawOpen: !closing, rawClose: closing})
		s = s[gt+1:]
		glue = true
	}
	return out
}

func endsSpace(s string) bool {
	return len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t' || s[len(s)-1] == '\n')
}

// tokenizeText tokenizes a text run; glue tells whether it continues the
// previous token without a space.
func tokenizeText(s string, glue bool, out []token) []token {
	n := len(out)
	out = tokenize(s, out)
	if len(out) > n && !glue {
		out[n].glue = false
	} else if len(out) > n && glue && len(s) > 0 && s[0] != ' ' {
		out[n].glue = true
	}
	return out
}

func isProtectedOpen(tag string) bool {
	low := strings.ToLower(tag)
	if !strings.HasPrefix(low, "<span") {
		return false
	}
	return strings.Contains(low, `translate="no"`) || strings.Contains(low, `translate='no'`) ||
		strings.Contains(low, "notranslate")
}

// matchSpanEnd returns the end of the span element starting at s[0],
// counting nested spans; an unclosed span runs to the end.
func matchSpanEnd(s string) int {
	depth := 0
	i := 0
	for i < len(s) {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 {
			return len(s)
		}
		i += lt
		gt := strings.IndexByte(s[i:], '>')
		if gt < 0 {
			return len(s)
		}
		tag := strings.ToLower(s[i : i+gt+1])
		i += gt + 1
		switch {
		case strings.HasPrefix(tag, "</span"):
			depth--
			if depth == 0 {
				return i
			}
		case strings.HasPrefix(tag, "<span") && !strings.HasSuffix(tag, "/>"):
			depth++
		}
	}
	return len(s)
}

var (
	_ backend.Translator     = (*Translator)(nil)
	_ backend.HTMLTranslator = (*Translator)(nil)
)

// isTagStart reports whether s (starting with '<') opens markup: a tag name,
// an end tag or a comment/declaration.
func isTagStart(s string) bool {
	if len(s) < 2 {
		return false
	}
	c := s[1]
	return c == '/' || c == '!' || c == '?' || (c|0x20 >= 'a' && c|0x20 <= 'z')
}
