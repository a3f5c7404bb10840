package wrap

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Price is what a backend costs, in US dollars per million characters of
// source text sent.
type Price struct {
	USDPerMillion float64
	Note          string // where the figure comes from; "estimate" where it is one
}

// DefaultPrices is the price table used by --dry-run; --price NAME=USD
// overrides an entry. Figures are list prices and ignore free tiers and
// monthly fees; check your provider's page before relying on them.
//
//   - google, google-v3: $20 per million characters (Cloud Translation
//     Basic and Advanced, NMT).
//   - deepl: $25 per million characters (DeepL API Pro usage price; the
//     monthly base fee is ignored).
//   - openai: an estimate, since the API bills tokens, not characters: a
//     gpt-4o-mini-class model at $0.15 per million input tokens and $0.60 per
//     million output tokens, Arabic source at about 0.5 tokens a character
//     plus the prompt, English output at about 0.3 tokens per source
//     character, gives roughly $0.30 per million source characters. A local
//     server (Ollama, vLLM, llama.cpp) costs nothing: --price openai=0.
//   - libretranslate, command, lexicon: $0 (self-hosted or local).
var DefaultPrices = Prices{
	"google":         {20, "Cloud Translation Basic (v2) list price"},
	"google-v3":      {20, "Cloud Translation Advanced (v3) NMT list price"},
	"deepl":          {25, "DeepL API Pro usage price; monthly base fee ignored"},
	"openai":         {0.30, "estimate from per-token prices of a gpt-4o-mini-class model"},
	"libretranslate": {0, "self-hosted"},
	"command":        {0, "local program"},
	"lexicon":        {0, "embedded"},
}

// Prices maps backend names to prices.
type Prices map[string]Price

// Lookup returns the price for name and whether the table knows it.
func (p Prices) Lookup(name string) (Price, bool) {
	pr, ok := p[name]
	return pr, ok
}

// WithOverrides returns a copy of p changed by specs of the form
// NAME=USD_PER_MILLION_CHARS, as given to --price.
func (p Prices) WithOverrides(specs []string) (Prices, error) {
	out := maps.Clone(p)
	if out == nil {
		out = Prices{}
	}
	for _, spec := range specs {
		name, val, ok := strings.Cut(spec, "=")
		name = strings.TrimSpace(name)
		if !ok || name == "" {
			return nil, fmt.Errorf("price %q: want NAME=USD_PER_MILLION_CHARS", spec)
		}
		f, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
		if err != nil || f < 0 || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, fmt.Errorf("price %q: %q is not a non-negative number of dollars", spec, val)
		}
		out[name] = Price{USDPerMillion: f, Note: "set with --price"}
	}
	return out, nil
}

// Names returns the backends in the table, sorted.
func (p Prices) Names() []string { return slices.Sorted(maps.Keys(p)) }
