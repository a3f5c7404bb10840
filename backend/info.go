package backend

import (
	"fmt"
	"sort"
	"strings"
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
