package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/cache"
	"github.com/tarjama/tarjama/backend/registry"
	"github.com/tarjama/tarjama/backend/wrap"
	"github.com/tarjama/tarjama/corpus"
)

const (
	backendCategory  = "Translation backend"
	defaultRetries   = 4
	defaultTimeout   = 60 * time.Second
	defaultBatchConc = 4
)

// backendTimeout overrides defaultTimeout per backend: a local LLM may
// need minutes for a batch, and lexicon and command time themselves (the
// command backend restarts a stuck program).
var backendTimeout = map[string]time.Duration{"openai": 5 * time.Minute, "lexicon": 0, "command": 0}

// retryBaseDelay is the first backoff ceiling; tests shorten it.
var retryBaseDelay = 500 * time.Millisecond

// defaultCharsPerMinute is the quota applied when --chars-per-minute is 0:
// Google's default is 6M characters a minute per project.
var defaultCharsPerMinute = map[string]int{"google": 6_000_000, "google-v3": 6_000_000}

// uncachedByDefault lists backends whose results are not cached unless
// --cache is given: the embedded lexicon is free and instant, and its rows
// would go stale as the lexicon improves between versions.
var uncachedByDefault = map[string]bool{"lexicon": true}

// backendFlags returns the flags of every backend option (each falling back
// to its environment variable) and of the decorators around the backend.
// A new slice of new flags each call: urfave/cli flags hold state.
func backendFlags() []cli.Flag { return backendFlagsFor(registry.Default()) }

func backendFlagsFor(reg *backend.Registry) []cli.Flag {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "cache", EnvVars: []string{"TARJAMA_CACHE"}, Usage: "translation cache `FILE` (SQLite; not used for lexicon unless given)", DefaultText: defaultCacheText(), Category: backendCategory},
		&cli.BoolFlag{Name: "no-cache", Usage: "neither read nor write the translation cache", Category: backendCategory},
		&cli.StringSliceFlag{Name: "tm", Usage: "serve exact matches from this translation memory `FILE` (TMX, or an earlier run's corpus.jsonl) before calling the backend (repeatable)", Category: backendCategory},
		&cli.BoolFlag{Name: "dry-run", Usage: "send nothing: count characters and requests and estimate the cost", Category: backendCategory},
		&cli.Int64Flag{Name: "max-chars", Usage: "stop before sending more than `N` characters to the backend (0: no limit)", Category: backendCategory},
		&cli.StringSliceFlag{Name: "price", Usage: "override the price table for --dry-run: `NAME=USD` per million characters (repeatable)", Category: backendCategory},
		&cli.Float64Flag{Name: "requests-per-second", Usage: "at most `N` requests a second to the backend (0: no limit)", Category: backendCategory},
		&cli.IntFlag{Name: "chars-per-minute", Usage: "at most `N` characters a minute to the backend (0: the backend's quota, 6000000 for google and google-v3, else no limit)", Category: backendCategory},
		&cli.IntFlag{Name: "retries", Value: defaultRetries, Usage: "retry a request up to `N` times after a transient failure (429, rate-limit 403, 5xx, timeout)", Category: backendCategory},
		&cli.DurationFlag{Name: "timeout", Usage: "`DURATION` allowed for one request, e.g. 30s or 2m (0: none)", DefaultText: "1m, 5m for openai, none for lexicon and command", Category: backendCategory},
		&cli.IntFlag{Name: "batch-concurrency", Value: defaultBatchConc, Usage: "at most `N` requests in flight to the backend at once", Category: backendCategory},
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
	p, err := defaultCachePath()
	if err != nil {
		return "none (no user cache directory)"
	}
	return p
}

// defaultCachePath is <user cache dir>/tarjama/cache.db.
func defaultCachePath() (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "tarjama", "cache.db"), nil
}

// translatorSetup is a backend ready for a run, wrapped in the cache and
// the decorators. Call Translator; put Stats() in report.json; Close at the end.
type translatorSetup struct {
	Translator backend.Translator // the full stack
	Info       backend.Info
	// Backend is the bare client, for its abilities (it is closed already
	// in a dry run, and nil when a dry run could not build it).
	Backend backend.Translator
	// Limits are the backend's per-request limits (batching applies them;
	// the pipeline may use MaxChars to split over-long sentences).
	Limits   backend.Limits
	Meter    *wrap.Meter // set in a dry run
	Prices   wrap.Prices
	MaxChars int64
	Cache    *cache.DB // the --cache file, or a temporary one with --no-cache

	stats     *wrap.Stats
	cachePath string
	tm        []string
	tmpDir    string
	closeOnce sync.Once
	closeErr  error
}

// backendReport is what report.json says about the backend.
type backendReport struct {
	Backend string `json:"backend"`
	wrap.StatsSnapshot
	Cache      string         `json:"cache,omitempty"`
	TM         []string       `json:"tm,omitempty"`
	CacheError string         `json:"cache_error,omitempty"`
	MaxChars   int64          `json:"max_chars,omitempty"`
	DryRun     *wrap.Estimate `json:"dry_run,omitempty"`
}

// Stats returns the run's backend statistics for report.json.
func (s *translatorSetup) Stats() backendReport {
	r := backendReport{Backend: s.Info.Name, StatsSnapshot: s.stats.Snapshot(), Cache: s.cachePath, TM: s.tm, MaxChars: s.MaxChars}
	if s.Cache != nil {
		if err := s.Cache.Err(); err != nil {
			r.CacheError = scrub(err.Error())
		}
	}
	if s.Meter != nil {
		e := s.Meter.Estimate(s.Prices)
		r.DryRun = &e
	}
	return r
}

// PrintEstimate writes the dry run's findings; it prints nothing otherwise.
func (s *translatorSetup) PrintEstimate(w io.Writer) {
	if s.Meter == nil {
		return
	}
	e := s.Meter.Estimate(s.Prices)
	st := s.stats.Snapshot()
	fmt.Fprintln(w, "dry run: nothing was sent to the backend.")
	fmt.Fprintf(w, "  %s\n", e)
	if st.CacheHits+st.TMHits+st.Deduplicated > 0 {
		fmt.Fprintf(w, "  not counted: %d segments in the cache, %d in the translation memory, %d repeats\n",
			st.CacheHits, st.TMHits, st.Deduplicated)
	}
	if p, ok := s.Prices.Lookup(e.Backend); ok {
		fmt.Fprintf(w, "  price: $%.2f per million characters (%s); change it with --price %s=USD\n", p.USDPerMillion, p.Note, e.Backend)
	}
	if s.MaxChars > 0 {
		verdict := "within"
		if e.Chars > s.MaxChars {
			verdict = "OVER"
		}
		fmt.Fprintf(w, "  budget: %d characters of --max-chars %d (%s budget)\n", e.Chars, s.MaxChars, verdict)
	}
}

// Scrub removes every configured secret from s.
func (s *translatorSetup) Scrub(str string) string { return scrub(str) }

// Close closes the backend and the cache (writing out what is queued).
func (s *translatorSetup) Close() error {
	s.closeOnce.Do(func() {
		var errs []error
		if c, ok := s.Translator.(backend.Closer); ok {
			errs = append(errs, c.Close())
		}
		if s.Cache != nil {
			errs = append(errs, s.Cache.Close())
		}
		if s.tmpDir != "" {
			errs = append(errs, os.RemoveAll(s.tmpDir))
		}
		if err := errors.Join(errs...); err != nil {
			s.closeErr = errors.New(scrub(err.Error()))
		}
	})
	return s.closeErr
}

// openTranslator builds backend name from the command's flags and wraps it
// for a run: cache and translation memory, budget, batching, concurrency,
// retries, rate limits and timeout; in a dry run, a Meter instead of calls.
// glossaryVersion is part of cache keys ("" without a glossary).
func openTranslator(ctx context.Context, c *cli.Context, name string, glossaryVersion string) (*translatorSetup, error) {
	return openTranslatorWith(ctx, c, registry.Default(), name, glossaryVersion)
}

func openTranslatorWith(ctx context.Context, c *cli.Context, reg *backend.Registry, name string, glossaryVersion string) (*translatorSetup, error) {
	registerSecrets(c, reg)
	info, err := reg.Lookup(name)
	if err != nil {
		return nil, usageError{err}
	}
	o, err := stackOptionsFromFlags(c, name)
	if err != nil {
		return nil, err
	}
	// A misspelt --price name would otherwise be ignored in silence and
	// the estimate made with the list price.
	for _, spec := range c.StringSlice("price") {
		p, _, _ := strings.Cut(spec, "=")
		if _, err := reg.Lookup(strings.TrimSpace(p)); err != nil {
			return nil, usageErrorf("--price %s: %w", spec, err)
		}
	}
	cfg := backend.Config{}
	for _, opt := range info.Options {
		if v := c.String(opt.Name); v != "" {
			cfg[opt.Name] = v
		} else if v := os.Getenv(opt.Env); opt.Env != "" && v != "" {
			cfg[opt.Name] = v // a command without this backend's flags
		} else if opt.Default != "" {
			cfg[opt.Name] = opt.Default
		}
	}
	s := &translatorSetup{Info: info, Prices: o.prices, MaxChars: o.stack.MaxChars, stats: &wrap.Stats{}, tm: o.tm}
	o.stack.Name, o.stack.Stats = name, s.stats

	t, err := info.New(cfg)
	if err != nil {
		if !o.dryRun {
			return nil, errors.New(scrub(fmt.Sprintf("backend %s: %v", name, err)))
		}
		fmt.Fprintf(c.App.ErrWriter, "tarjama: dry run: cannot build backend %s (%s); request counts use its declared limits\n",
			name, scrub(err.Error()))
		t = nil
	}
	s.Backend = t
	s.Limits = info.Limits
	if t != nil {
		s.Limits = wrap.LimitsOf(t)
	}
	closeBackend := func() {
		if cl, ok := t.(backend.Closer); ok && t != nil {
			cl.Close()
		}
		t = nil
	}
	fail := func(err error) (*translatorSetup, error) {
		closeBackend()
		if s.Cache != nil {
			s.Cache.Close()
		}
		if s.tmpDir != "" {
			os.RemoveAll(s.tmpDir)
		}
		return nil, err
	}

	if err := openCache(ctx, s, o); err != nil {
		return fail(err)
	}
	next := t
	if o.dryRun {
		s.Meter = wrap.DryRun(name, s.Limits)
		if t != nil {
			s.Meter.Like(t)
		}
		// Nothing will be sent: release the client now.
		closeBackend()
		next = s.Meter
	}
	if s.Cache != nil {
		key := cache.KeyParts{Backend: name, Model: cache.EngineKey(info.Options, cfg), Glossary: glossaryVersion}
		var tms []cache.TMFile
		for _, path := range o.tm {
			f, err := s.Cache.LoadTM(ctx, path, func(p string) (cache.PairReader, error) {
				// TMX, or a corpus.jsonl/.tsv of an earlier run.
				format := corpus.TMX
				if f := corpus.DetectFormat(p); f == corpus.JSONL || f == corpus.TSV {
					format = f
				}
				return corpus.Open(p, corpus.OpenOptions{Format: format})
			})
			if err != nil {
				if errors.Is(err, os.ErrNotExist) {
					return fail(usageErrorf("--tm: %w", err))
				}
				return fail(err)
			}
			tms = append(tms, f)
		}
		lookup, store := s.Cache.Layers(key, cache.WrapOptions{Stats: s.stats, ReadOnly: o.dryRun, TM: tms, BatchSegments: s.Limits.MaxSegments})
		o.stack.Cache, o.stack.Store = lookup, store
	}
	s.Translator = wrap.Stack(next, o.stack)
	return s, nil
}

// openCache opens the cache file; with --no-cache, a throw-away one in a
// temporary directory, so that repeats within the run are still sent once
// and a --tm still has somewhere to live, and nothing outlives the run.
func openCache(_ context.Context, s *translatorSetup, o flagOptions) error {
	path := o.cachePath
	if o.noCache {
		dir, err := os.MkdirTemp("", "tarjama-run-")
		if err != nil {
			return err
		}
		s.tmpDir, path = dir, filepath.Join(dir, "run.db")
	} else {
		s.cachePath = path
	}
	db, err := cache.Open(path)
	if err != nil {
		return fmt.Errorf("%w (use --cache FILE elsewhere, or --no-cache)", err)
	}
	s.Cache = db
	return nil
}

// flagOptions are the decorator flags, parsed and checked.
type flagOptions struct {
	stack     wrap.StackOptions
	prices    wrap.Prices
	dryRun    bool
	noCache   bool
	cachePath string
	tm        []string
}

func stackOptionsFromFlags(c *cli.Context, name string) (flagOptions, error) {
	o := flagOptions{dryRun: c.Bool("dry-run"), noCache: c.Bool("no-cache"), tm: c.StringSlice("tm")}
	if uncachedByDefault[name] && !c.IsSet("cache") {
		o.noCache = true
	}
	prices, err := wrap.PricesOf(registry.Default().All()).WithOverrides(c.StringSlice("price"))
	if err != nil {
		return o, usageErrorf("--price: %w", err)
	}
	o.prices = prices
	maxChars := c.Int64("max-chars")
	rps := c.Float64("requests-per-second")
	cpm := c.Int("chars-per-minute")
	retries := c.Int("retries")
	if !c.IsSet("retries") {
		retries = defaultRetries
	}
	timeout := c.Duration("timeout")
	if !c.IsSet("timeout") {
		timeout = defaultTimeout
		if d, ok := backendTimeout[name]; ok {
			timeout = d
		}
	}
	conc := c.Int("batch-concurrency")
	if !c.IsSet("batch-concurrency") {
		conc = defaultBatchConc
	}
	switch {
	case maxChars < 0:
		return o, usageErrorf("--max-chars: %d is negative", maxChars)
	case rps < 0:
		return o, usageErrorf("--requests-per-second: %v is negative", rps)
	case cpm < 0:
		return o, usageErrorf("--chars-per-minute: %d is negative", cpm)
	case retries < 0:
		return o, usageErrorf("--retries: %d is negative", retries)
	case timeout < 0:
		return o, usageErrorf("--timeout: %s is negative", timeout)
	case conc < 1:
		return o, usageErrorf("--batch-concurrency: %d, want at least 1", conc)
	}
	if cpm == 0 {
		cpm = defaultCharsPerMinute[name]
	}
	if !o.noCache {
		o.cachePath = c.String("cache")
		if o.cachePath == "" {
			p, err := defaultCachePath()
			if err != nil {
				return o, usageErrorf("no user cache directory (%v): give --cache FILE or --no-cache", err)
			}
			o.cachePath = p
		}
	}
	o.stack = wrap.StackOptions{
		MaxChars:    maxChars,
		Concurrency: conc,
		Rate:        wrap.RateOptions{RequestsPerSecond: rps, CharsPerMinute: cpm},
		Retry:       wrap.RetryOptions{MaxAttempts: retries + 1, BaseDelay: retryBaseDelay},
		Timeout:     timeout,
	}
	return o, nil
}

// secrets holds every secret value configured in this process, for scrub.
var secrets struct {
	sync.Mutex
	values []string
}

// registerSecrets records the values of every backend's secret options,
// from flags or environment, whichever backend is in use.
func registerSecrets(c *cli.Context, reg *backend.Registry) {
	var vals []string
	for _, in := range reg.All() {
		for _, o := range in.Options {
			if !o.Secret {
				continue
			}
			if c != nil {
				vals = append(vals, c.String(o.Name))
			}
			if o.Env != "" {
				vals = append(vals, os.Getenv(o.Env))
			}
		}
	}
	addSecrets(vals...)
}

const minSecretLen = 4

func addSecrets(vals ...string) {
	secrets.Lock()
	defer secrets.Unlock()
	for _, v := range vals {
		// Too short to be a credential, and replacing it everywhere would
		// garble messages.
		if len(v) < minSecretLen {
			continue
		}
		for _, form := range []string{v, url.QueryEscape(v), url.PathEscape(v)} {
			secrets.values = append(secrets.values, form)
		}
	}
	// Longest first, so a secret containing another is removed whole.
	sort.Slice(secrets.values, func(i, j int) bool {
		a, b := secrets.values[i], secrets.values[j]
		return len(a) > len(b) || len(a) == len(b) && a < b
	})
	secrets.values = slices.Compact(secrets.values)
}

// scrub removes every configured secret value from s.
func scrub(s string) string {
	secrets.Lock()
	defer secrets.Unlock()
	for _, v := range secrets.values {
		s = strings.ReplaceAll(s, v, "[redacted]")
	}
	return s
}
