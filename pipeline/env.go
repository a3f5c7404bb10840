package pipeline

import (
	"context"
	"fmt"
	"path"
	"sync/atomic"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/glossary"
)

// Document is one decoded input document, as input.Read or input.Decode
// give it.
type Document struct {
	Name     string // slash-separated name under the input root; names outputs
	Path     string // where it was read from ("" for stdin); reported only
	Text     string // decoded text, "\n" line ends
	Encoding string // the input's encoding, reported only
}

// Result is everything one document contributes to a run's outputs.
type Result struct {
	Report   DocReport
	Pairs    []corpus.Pair // in document order, IDs "<doc>#1" …
	Lines    []string      // the translated document, one line per input line
	Misses   []GlossaryMiss
	Glossary GlossaryCounts
	// Err is a run-level error: the context was cancelled, or the backend
	// refused the credentials, so no later document can succeed. A
	// document that merely failed has Err nil and Report.Status failed.
	Err error
}

// Env is what processing a document needs: the options, the translator and
// the glossary matcher. It is safe for concurrent use; its only state is
// whether the --max-chars budget was reached (after which no document
// starts translating).
type Env struct {
	opts      Options
	matcher   *glossary.Matcher
	markup    glossary.Markup
	format    backend.Format
	budgetHit atomic.Bool
}

// NewEnv validates opts, fills in defaults and prepares the glossary
// matcher. Only the fields that shape a document are used (languages,
// translator, glossary, unit, cleaning, segment limit, dry run); outputs,
// journal and concurrency are the runner's.
func NewEnv(opts Options) (*Env, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if opts.Translator == nil {
		return nil, fmt.Errorf("pipeline: no translator: %w", ErrInvalidOptions)
	}
	opts.setDefaults()
	e := &Env{opts: opts, markup: glossary.MarkupText, format: backend.Text}
	if opts.Glossary != nil && len(opts.Glossary.Entries) > 0 {
		e.matcher = glossary.NewMatcher(opts.Glossary)
		if h, ok := opts.Translator.(backend.HTMLTranslator); ok && h.SupportsHTML() && opts.GlossaryMode == GlossaryProtect {
			e.markup, e.format = glossary.MarkupHTML, backend.HTML
		}
	}
	return e, nil
}

// Options returns the options with defaults filled in.
func (e *Env) Options() Options { return e.opts }

// Process runs one document through the stages (see stages.go) and returns
// its pairs, its translation and its report entry. It touches no file, no
// journal and no global state, so any runner can call it.
func (e *Env) Process(ctx context.Context, doc Document) Result {
	d := &docState{env: e, doc: doc}
	d.res.Report = DocReport{Doc: doc.Name, Path: doc.Path, Encoding: doc.Encoding}
	for _, s := range stages {
		if err := s.run(ctx, d); err != nil {
			d.res.Err = err
			break
		}
		if d.done {
			break
		}
	}
	return d.res
}

// DocPath is where the translation of the document called name goes,
// relative to the output folder and slash-separated:
// docs/<name>.<tgtLang>.txt.
func DocPath(name, tgtLang string) string {
	return path.Join("docs", name+"."+tgtLang+".txt")
}

// TermStatus is what became of one glossary term in a translation.
type TermStatus string

// The glossary statuses, as glossary.Check and corpus.Term spell them.
const (
	TermOK       TermStatus = glossary.StatusOK       // the target is in the translation
	TermRepaired TermStatus = glossary.StatusRepaired // restored by the glossary repair
	TermMissing  TermStatus = glossary.StatusMissing  // not in the translation
)

// GlossaryCounts counts glossary terms by status.
type GlossaryCounts struct {
	OK, Repaired, Missing int
}

// Count adds one term of status s; an unknown status is not counted.
func (c *GlossaryCounts) Count(s TermStatus) {
	switch s {
	case TermOK:
		c.OK++
	case TermRepaired:
		c.Repaired++
	case TermMissing:
		c.Missing++
	}
}

// Hits is the number of terms counted.
func (c GlossaryCounts) Hits() int { return c.OK + c.Repaired + c.Missing }
