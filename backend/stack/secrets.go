package stack

import (
	"net/url"
	"slices"
	"sort"
	"strings"

	"github.com/tarjama/tarjama/backend"
)

// minSecretLen: a shorter value is too short to be a credential, and
// replacing it everywhere would garble messages.
const minSecretLen = 4

// scrubber removes secret values, in every form a message may carry them.
type scrubber struct{ values []string }

// newScrubber collects the secret options of every backend in reg, from
// opts and from the environment, whichever backend is in use: a key given
// for another backend is no less secret.
func newScrubber(reg *backend.Registry, opts backend.Config, getenv func(string) string) *scrubber {
	s := &scrubber{}
	for _, in := range reg.All() {
		for _, o := range in.Options {
			if !o.Secret {
				continue
			}
			s.add(opts[o.Name])
			if o.Env != "" {
				s.add(getenv(o.Env))
			}
		}
	}
	// Longest first, so a secret containing another is removed whole.
	sort.Slice(s.values, func(i, j int) bool {
		a, b := s.values[i], s.values[j]
		return len(a) > len(b) || len(a) == len(b) && a < b
	})
	s.values = slices.Compact(s.values)
	return s
}

func (s *scrubber) add(v string) {
	if len(v) < minSecretLen {
		return
	}
	s.values = append(s.values, v, url.QueryEscape(v), url.PathEscape(v))
}

func (s *scrubber) scrub(str string) string {
	for _, v := range s.values {
		str = strings.ReplaceAll(str, v, "[redacted]")
	}
	return str
}
