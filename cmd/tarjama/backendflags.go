package main

import (
	"context"
	"errors"
	"io"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/registry"
	"github.com/tarjama/tarjama/backend/stack"
)

const backendCategory = "Translation backend"

// retryBaseDelay is the first backoff ceiling (0: the stack's); tests shorten it.
var retryBaseDelay time.Duration

// backendFlags returns the flags of every backend option (each falling back
// to its environment variable) and of the stack around the backend.
// A new slice of new flags each call: urfave/cli flags hold state.
func backendFlags() []cli.Flag { return backendFlagsFor(registry.Default()) }

func backendFlagsFor(reg *backend.Registry) []cli.Flag {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "cache", EnvVars: []string{"TARJAMA_CACHE"}, Usage: "translation cache `FILE` (SQLite" + reg.UncachedHelp() + ")", DefaultText: defaultCacheText(), Category: backendCategory},
		&cli.BoolFlag{Name: "no-cache", Usage: "neither read nor write the translation cache", Category: backendCategory},
		&cli.StringSliceFlag{Name: "tm", Usage: "serve exact matches from this translation memory `FILE` (TMX, or an earlier run's corpus.jsonl) before calling the backend (repeatable)", Category: backendCategory},
		&cli.BoolFlag{Name: "dry-run", Usage: "send nothing: count characters and requests and estimate the cost", Category: backendCategory},
		&cli.Int64Flag{Name: "max-chars", Usage: "stop before sending more than `N` characters to the backend (0: no limit)", Category: backendCategory},
		&cli.StringSliceFlag{Name: "price", Usage: "override the price table for --dry-run: `NAME=USD` per million characters (repeatable)", Category: backendCategory},
		&cli.Float64Flag{Name: "requests-per-second", Usage: "at most `N` requests a second to the backend (0: no limit)", Category: backendCategory},
		&cli.IntFlag{Name: "chars-per-minute", Usage: "at most `N` characters a minute to the backend (0: the backend's quota" + reg.QuotaHelp() + ")", Category: backendCategory},
		&cli.IntFlag{Name: "retries", Value: stack.DefaultRetries, Usage: "retry a request up to `N` times after a transient failure (429, rate-limit 403, 5xx, timeout)", Category: backendCategory},
		&cli.DurationFlag{Name: "timeout", Usage: "`DURATION` allowed for one request, e.g. 30s or 2m (0: none)", DefaultText: reg.TimeoutHelp(), Category: backendCategory},
		&cli.IntFlag{Name: "batch-concurrency", Value: stack.DefaultConcurrency, Usage: "at most `N` requests in flight to the backend at once", Category: backendCategory},
	}
	for _, in := range reg.All() {
		for _, o := range in.Options {
			f := &cli.StringFlag{Name: o.Name, Usage: o.Usage, Category: "Backend " + in.Name}
			if o.Env != "" {
				f.EnvVars = []string{o.Env}
			}
			if o.Secret {
				// Never shown: not as a default, not from the environment.
				f.Usage += " (secret: never printed)"
			} else {
				f.Value = o.Default
			}
			flags = append(flags, f)
		}
	}
	return flags
}

func defaultCacheText() string {
	p, err := stack.DefaultCachePath()
	if err != nil {
		return "none (no user cache directory)"
	}
	return p
}

// translatorSetup is the backend stack of a run, with the names its call
// sites use: Translator is the stack itself, Limits its Limits().
type translatorSetup struct {
	*stack.Stack
	Translator backend.Translator
	Limits     backend.Limits
}

// Stats returns what report.json says about the backend.
func (s *translatorSetup) Stats() stack.Report { return s.Report() }

// PrintEstimate writes a dry run's findings; nothing otherwise.
func (s *translatorSetup) PrintEstimate(w io.Writer) { s.WriteEstimate(w) }

// openTranslator opens backend name for a run from the command's flags.
// glossaryVersion is part of cache keys ("" without a glossary).
func openTranslator(ctx context.Context, c *cli.Context, name string, glossaryVersion string) (*translatorSetup, error) {
	return openTranslatorWith(ctx, c, registry.Default(), name, glossaryVersion)
}

func openTranslatorWith(ctx context.Context, c *cli.Context, reg *backend.Registry, name string, glossaryVersion string) (*translatorSetup, error) {
	s, err := stack.Open(ctx, reg, stackConfig(c, reg, name, glossaryVersion))
	if err != nil {
		if errors.Is(err, stack.ErrUsage) {
			return nil, usageError{err}
		}
		return nil, err
	}
	return &translatorSetup{Stack: s, Translator: s, Limits: s.Limits()}, nil
}

// stackConfig maps the flags to a stack.Config. A command without some of
// the flags gets the stack's defaults.
func stackConfig(c *cli.Context, reg *backend.Registry, name, glossaryVersion string) stack.Config {
	opts := backend.Config{}
	for _, in := range reg.All() {
		for _, o := range in.Options {
			if v := c.String(o.Name); v != "" {
				opts[o.Name] = v
			}
		}
	}
	cfg := stack.Config{
		Backend: name, Options: opts, GlossaryVersion: glossaryVersion,
		Cache: c.String("cache"), NoCache: c.Bool("no-cache"), TM: c.StringSlice("tm"),
		MaxChars: c.Int64("max-chars"), RequestsPerSecond: c.Float64("requests-per-second"), CharsPerMinute: c.Int("chars-per-minute"),
		Retries: stack.DefaultRetries, RetryBaseDelay: retryBaseDelay, Concurrency: stack.DefaultConcurrency,
		DryRun: c.Bool("dry-run"), Prices: c.StringSlice("price"),
	}
	if c.IsSet("retries") {
		cfg.Retries = c.Int("retries")
	}
	if c.IsSet("batch-concurrency") {
		cfg.Concurrency = c.Int("batch-concurrency")
	}
	if c.IsSet("timeout") {
		d := c.Duration("timeout")
		cfg.Timeout = &d
	}
	return cfg
}
