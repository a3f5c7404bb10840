package backend

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Option declares one setting of a backend. The CLI turns every option into
// a flag named Name (globally unique, so prefixed with the backend name,
// e.g. "google-api-key") that falls back to the environment variable Env.
type Option struct {
	Name    string
	Env     string
	Usage   string
	Default string
	// Secret options (keys, tokens) are never printed, logged, reported or
	// used in cache keys.
	Secret bool
}

// Config holds option values by option name.
type Config map[string]string

// Get returns the value of option name, or "" when unset.
func (c Config) Get(name string) string { return c[name] }

// Info describes a backend: its name, a one-line description, its options
// and a constructor. The registry is a plain slice of Info built in one place.
type Info struct {
	Name        string
	Description string
	Options     []Option
	New         func(cfg Config) (Translator, error)
	// Limits are the per-request limits the backend declares, shown by
	// `tarjama backends` without building a client (which could look up
	// credentials). Batching uses the built client's Limiter, which may
	// refine them from its configuration; zero means none declared.
	Limits Limits
	// LimitsFor, when set, returns the limits a client built from cfg
	// would declare (its batch-size options), without building one; a dry
	// run, which builds no client, batches by it. nil: Limits.
	LimitsFor func(cfg Config) (Limits, error)
	// HTML says that the client accepts Format HTML (HTMLTranslator), and
	// NativeGlossary (nil: never) whether a client built from cfg applies
	// a glossary itself (GlossaryTranslator), so a dry run takes the path
	// through the pipeline that the real run would.
	HTML           bool
	NativeGlossary func(cfg Config) bool

	// The backend's policy, applied by the stack when the command line
	// does not say otherwise.

	// Timeout is the time allowed for one request; 0: none (the backend
	// times itself, or needs none).
	Timeout time.Duration
	// CharsPerMinute is the provider's quota; 0: no limit.
	CharsPerMinute int
	// Uncached backends (free and instant ones) are not cached unless a
	// cache file is named.
	Uncached bool
	// Price is the list price for dry-run estimates; nil: unknown.
	Price *Price
}

// DefaultTimeout is the request timeout most remote backends declare.
const DefaultTimeout = 60 * time.Second

// Price is what a backend costs, in US dollars per million characters of
// source text sent.
type Price struct {
	USDPerMillion float64
	Note          string // where the figure comes from; "estimate" where it is one
}

// DeclaredLimits returns the limits a client built from cfg would have,
// from LimitsFor when the backend has it, else Limits.
func (in Info) DeclaredLimits(cfg Config) (Limits, error) {
	if in.LimitsFor == nil {
		return in.Limits, nil
	}
	return in.LimitsFor(cfg)
}

// SupportsNativeGlossary reports NativeGlossary(cfg), false when unset.
func (in Info) SupportsNativeGlossary(cfg Config) bool {
	return in.NativeGlossary != nil && in.NativeGlossary(cfg)
}

// Registry is an ordered set of backends.
type Registry struct {
	infos []Info
}

// NewRegistry returns a registry of the given backends, in that order.
func NewRegistry(infos ...Info) *Registry {
	return &Registry{infos: infos}
}

// All returns every backend in registration order.
func (r *Registry) All() []Info { return r.infos }

// Lookup finds a backend by name; an unknown name's error lists the known ones.
func (r *Registry) Lookup(name string) (Info, error) {
	for _, in := range r.infos {
		if in.Name == name {
			return in, nil
		}
	}
	names := make([]string, len(r.infos))
	for i, in := range r.infos {
		names[i] = in.Name
	}
	sort.Strings(names)
	return Info{}, fmt.Errorf("%w %q (known: %s)", ErrUnknown, name, strings.Join(names, ", "))
}

// ErrUnknown is returned by Lookup for a name no backend has.
var ErrUnknown = fmt.Errorf("unknown backend")

// Secrets returns the non-empty values of cfg's secret options, so callers
// can scrub them from anything they print.
func (in Info) Secrets(cfg Config) []string {
	var out []string
	for _, o := range in.Options {
		if o.Secret && cfg[o.Name] != "" {
			out = append(out, cfg[o.Name])
		}
	}
	return out
}
