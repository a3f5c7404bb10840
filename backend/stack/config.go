package stack

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/tarjama/tarjama/backend"
)

// Defaults a command line offers for Config's counts.
const (
	DefaultRetries     = 4
	DefaultConcurrency = 4
)

// Config is everything Open needs to know, as plain values.
type Config struct {
	// Backend is the registry name of the backend.
	Backend string
	// Options holds option values by option name (flags), for any backend
	// of the registry; an option not set here falls back to its
	// environment variable, then to its default. The values of every
	// backend's secret options, set here or in the environment, are
	// scrubbed from the stack's messages.
	Options backend.Config
	// GlossaryVersion is part of cache keys ("" without a glossary).
	GlossaryVersion string

	// Cache is the cache file named by the user ("" = none named: the
	// default file, DefaultCachePath, unless the backend is Uncached).
	// NoCache reads and writes no cache file at all.
	Cache   string
	NoCache bool
	// TM lists translation memories (TMX, or an earlier run's
	// corpus.jsonl or .tsv) served before the backend, first one first.
	TM []string

	// MaxChars stops before sending more characters than this (0: no limit).
	MaxChars int64
	// RequestsPerSecond and CharsPerMinute limit the rate (0: no limit;
	// for CharsPerMinute, the backend's declared quota).
	RequestsPerSecond float64
	CharsPerMinute    int
	// Retries is how often a request is retried after a transient failure.
	Retries int
	// RetryBaseDelay is the first backoff ceiling (0: 500ms).
	RetryBaseDelay time.Duration
	// Timeout is the time allowed for one request; nil: the backend's
	// declared Timeout; 0: none.
	Timeout *time.Duration
	// Concurrency is the number of requests in flight at once (at least 1).
	Concurrency int

	// DryRun sends nothing: it counts characters and requests and prices
	// them. Prices overrides the declared prices (NAME=USD per million
	// characters, as --price takes them).
	DryRun bool
	Prices []string

	// Getenv reads the environment (nil: os.Getenv).
	Getenv func(string) string
}

// ErrUsage is wrapped by every error that Config itself causes (unknown
// backend, negative count, malformed price, missing translation memory):
// a command line maps it to its usage exit code.
var ErrUsage = errors.New("usage error")

type usageErr struct{ err error }

func (e usageErr) Error() string        { return e.err.Error() }
func (e usageErr) Unwrap() error        { return e.err }
func (e usageErr) Is(target error) bool { return target == ErrUsage }

func usage(err error) error { return usageErr{err} }

func usagef(format string, args ...any) error { return usageErr{fmt.Errorf(format, args...)} }

// DefaultCachePath is <user cache dir>/tarjama/cache.db.
func DefaultCachePath() (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "tarjama", "cache.db"), nil
}

// RangeError is a count of Config outside its range. Flag is the option's
// name as tarjama spells it ("max-chars"); a front end with other flag
// spellings (tarjama-beam's max_chars) renames it with Spelled.
type RangeError struct {
	Flag  string
	Value any
	Want  string // what is wrong: "is negative", "want at least 1"
}

func (e *RangeError) Error() string { return e.Spelled(e.Flag) }

// Spelled is the message with the flag named flag.
func (e *RangeError) Spelled(flag string) string {
	if strings.HasPrefix(e.Want, "want") {
		return fmt.Sprintf("--%s: %v, %s", flag, e.Value, e.Want)
	}
	return fmt.Sprintf("--%s: %v %s", flag, e.Value, e.Want)
}

func (e *RangeError) Is(target error) bool { return target == ErrUsage }

// Check refuses counts out of range with a *RangeError (which is ErrUsage).
func (c Config) Check() error {
	negative := func(flag string, v any) error { return &RangeError{flag, v, "is negative"} }
	switch {
	case c.MaxChars < 0:
		return negative("max-chars", c.MaxChars)
	case c.RequestsPerSecond < 0:
		return negative("requests-per-second", c.RequestsPerSecond)
	case c.CharsPerMinute < 0:
		return negative("chars-per-minute", c.CharsPerMinute)
	case c.Retries < 0:
		return negative("retries", c.Retries)
	case c.Timeout != nil && *c.Timeout < 0:
		return negative("timeout", *c.Timeout)
	case c.Concurrency < 1:
		return &RangeError{"batch-concurrency", c.Concurrency, "want at least 1"}
	}
	return nil
}

// backendConfig resolves the options of in: the value set, else the
// environment variable, else the default.
func (c Config) backendConfig(in backend.Info, getenv func(string) string) backend.Config {
	cfg := backend.Config{}
	for _, opt := range in.Options {
		if v := c.Options[opt.Name]; v != "" {
			cfg[opt.Name] = v
		} else if v := getenv(opt.Env); opt.Env != "" && v != "" {
			cfg[opt.Name] = v
		} else if opt.Default != "" {
			cfg[opt.Name] = opt.Default
		}
	}
	return cfg
}

// cachePath says which cache file the run uses; "" with none.
func (c Config) cachePath(in backend.Info) (string, error) {
	if c.NoCache || in.Uncached && c.Cache == "" {
		return "", nil
	}
	if c.Cache != "" {
		return c.Cache, nil
	}
	p, err := DefaultCachePath()
	if err != nil {
		return "", usagef("no user cache directory (%v): give --cache FILE or --no-cache", err)
	}
	return p, nil
}
