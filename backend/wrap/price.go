package wrap

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/tarjama/tarjama/backend"
)

// Price is what a backend costs, in US dollars per million characters of
// source text sent; each backend declares its own in backend.Info.Price.
type Price = backend.Price

// Prices maps backend names to prices: the table used by --dry-run, which
// --price NAME=USD overrides an entry of. Figures are list prices and
// ignore free tiers and monthly fees; check your provider's page before
// relying on them.
type Prices map[string]Price

// PricesOf returns the price table of the given backends: every one that
// declares a price.
func PricesOf(infos []backend.Info) Prices {
	p := Prices{}
	for _, in := range infos {
		if in.Price != nil {
			p[in.Name] = *in.Price
		}
	}
	return p
}

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
