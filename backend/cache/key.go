package cache

import (
	"crypto/sha256"
	"encoding/binary"
	"net/url"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/tarjama/tarjama/backend"
)

// KeyParts are the parts of a cache key fixed for one backend in one run;
// the language pair and format come from each Request, and the normalized
// source from each segment.
type KeyParts struct {
	Backend string
	// Model holds the engine settings that change what comes back (model,
	// endpoint, program…), as built by EngineKey. Never a secret.
	Model string
	// Glossary is the glossary version in force ("" for none), so editing
	// the glossary invalidates translations made with the old one.
	Glossary string
}

// EngineKey renders the non-secret options set in cfg as a stable
// "name=value" list for KeyParts.Model. Secret options are left out, so
// keys and stored rows never hold credentials.
func EngineKey(opts []backend.Option, cfg backend.Config) string {
	var parts []string
	for _, o := range opts {
		if o.Secret {
			continue
		}
		v := cfg.Get(o.Name)
		if v == "" {
			v = o.Default
		}
		if v != "" {
			parts = append(parts, o.Name+"="+stripUserinfo(v))
		}
	}
	sort.Strings(parts)
	return strings.Join(parts, ";")
}

// stripUserinfo drops "user:password@" from URL values: credentials put
// in an endpoint must not reach the file either.
func stripUserinfo(v string) string {
	u, err := url.Parse(v)
	if err != nil || u.User == nil || u.Host == "" {
		return v
	}
	u.User = nil
	return u.String()
}

// Normalize returns s in NFC with leading and trailing space removed and
// every run of white space turned into one space: segments that differ only
// in such ways share a cache row.
func Normalize(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// lang normalizes a language tag for keys: lower case, "_" as "-".
func lang(tag string) string {
	return strings.ReplaceAll(strings.ToLower(strings.TrimSpace(tag)), "_", "-")
}

// rowKey is the 16-byte digest identifying one cache row. Each part is
// length-prefixed so that no two different part lists hash alike.
type rowKey [16]byte

type request struct {
	src, tgt, format string
}

func makeKey(k KeyParts, r request, source string) rowKey {
	h := sha256.New()
	var n [8]byte
	for _, p := range []string{"v1", k.Backend, k.Model, r.src, r.tgt, k.Glossary, r.format, source} {
		binary.LittleEndian.PutUint64(n[:], uint64(len(p)))
		h.Write(n[:])
		h.Write([]byte(p))
	}
	var key rowKey
	copy(key[:], h.Sum(nil))
	return key
}
