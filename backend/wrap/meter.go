package wrap

import (
	"context"
	"fmt"
	"sync"

	"github.com/tarjama/tarjama/backend"
)

// Meter is the Translator used for --dry-run: it records the segments,
// characters and requests a run would send, batching them exactly as Batch
// would, and returns "" for every segment without calling anything. Put it
// where the real backend would go (under the cache, so that cached
// segments are not counted) and ask for an Estimate at the end.
type Meter struct {
	name   string
	limits backend.Limits

	html, glossary bool

	mu       sync.Mutex
	segments int64
	chars    int64
	requests int64
}

// DryRun returns a Meter for the backend name with the given limits.
func DryRun(name string, limits backend.Limits) *Meter {
	return &Meter{name: name, limits: limits}
}

// Like makes m answer SupportsHTML and SupportsGlossary as t does, so a
// dry run takes the same path through the pipeline as the real run would.
func (m *Meter) Like(t backend.Translator) *Meter {
	h, ok := t.(backend.HTMLTranslator)
	m.html = ok && h.SupportsHTML()
	g, ok := t.(backend.GlossaryTranslator)
	m.glossary = ok && g.SupportsGlossary()
	return m
}

// Declare makes m answer SupportsHTML and SupportsGlossary as declared
// (backend.Info.HTML, NativeGlossary), for a dry run that builds no client.
func (m *Meter) Declare(html, glossary bool) *Meter {
	m.html, m.glossary = html, glossary
	return m
}

// SupportsHTML reports what the metered backend would (see Like).
func (m *Meter) SupportsHTML() bool { return m.html }

// SupportsGlossary reports what the metered backend would (see Like).
func (m *Meter) SupportsGlossary() bool { return m.glossary }

// Translate records req and returns len(req.Segments) empty strings. A
// segment too large for any request is an error, as in a real run.
func (m *Meter) Translate(ctx context.Context, req backend.Request) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	spans, err := Split(m.name, req.Segments, m.limits)
	if err != nil {
		return nil, err
	}
	m.mu.Lock()
	m.segments += int64(len(req.Segments))
	m.chars += int64(countChars(req.Segments))
	m.requests += int64(len(spans))
	m.mu.Unlock()
	return make([]string, len(req.Segments)), nil
}

// Estimate is what a dry run found for one backend.
type Estimate struct {
	Backend  string  `json:"backend"`
	Segments int64   `json:"segments"`
	Chars    int64   `json:"chars"`
	Requests int64   `json:"requests"`
	USD      float64 `json:"usd"`
	// Priced is false when the price table has no entry for the backend.
	Priced    bool   `json:"priced"`
	PriceNote string `json:"price_note,omitempty"`
}

// Estimate returns the counts so far, priced with p.
func (m *Meter) Estimate(p Prices) Estimate {
	m.mu.Lock()
	defer m.mu.Unlock()
	e := Estimate{Backend: m.name, Segments: m.segments, Chars: m.chars, Requests: m.requests}
	if pr, ok := p.Lookup(m.name); ok {
		e.Priced, e.PriceNote = true, pr.Note
		e.USD = float64(m.chars) / 1e6 * pr.USDPerMillion
	}
	return e
}

// String renders e as one line for a terminal.
func (e Estimate) String() string {
	cost := "cost unknown (no price; set --price " + e.Backend + "=USD_PER_MILLION_CHARS)"
	if e.Priced {
		cost = fmt.Sprintf("estimated cost $%.2f", e.USD)
	}
	return fmt.Sprintf("%s: %d segments, %d characters, %d requests, %s",
		e.Backend, e.Segments, e.Chars, e.Requests, cost)
}

var _ backend.Translator = (*Meter)(nil)
