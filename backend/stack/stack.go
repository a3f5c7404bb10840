package stack

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/cache"
	"github.com/tarjama/tarjama/backend/wrap"
	"github.com/tarjama/tarjama/corpus"
)

// Stack is a backend ready for a run: the full stack of layers around the
// backend's client (or the dry-run meter). Close it at the end.
type Stack struct {
	tr     backend.Translator // the full stack
	info   backend.Info
	client backend.Translator // nil in a dry run
	limits backend.Limits
	meter  *wrap.Meter // set in a dry run
	prices wrap.Prices
	stats  *wrap.Stats
	db     *cache.DB // the cache file, a throw-away one, or nil

	maxChars  int64
	cachePath string
	tm        []string
	tmpDir    string
	secrets   *scrubber

	closeOnce sync.Once
	closeErr  error
}

// Open opens the backend cfg.Backend of reg and wraps it for a run. Errors
// caused by cfg wrap ErrUsage; none of them carries a secret.
func Open(ctx context.Context, reg *backend.Registry, cfg Config) (*Stack, error) {
	getenv := cfg.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	s := &Stack{stats: &wrap.Stats{}, secrets: newScrubber(reg, cfg.Options, getenv), tm: cfg.TM, maxChars: cfg.MaxChars}
	info, err := reg.Lookup(cfg.Backend)
	if err != nil {
		return nil, usage(err)
	}
	s.info = info
	if s.prices, err = wrap.PricesOf(reg.All()).WithOverrides(cfg.Prices); err != nil {
		return nil, usagef("--price: %w", err)
	}
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if s.cachePath, err = cfg.cachePath(info); err != nil {
		return nil, err
	}
	// A misspelt --price name would otherwise be ignored in silence and
	// the estimate made with the list price.
	for _, spec := range cfg.Prices {
		p, _, _ := strings.Cut(spec, "=")
		if _, err := reg.Lookup(strings.TrimSpace(p)); err != nil {
			return nil, usagef("--price %s: %w", spec, err)
		}
	}
	bcfg := cfg.backendConfig(info, getenv)
	key := cache.KeyParts{Backend: info.Name, Model: cache.EngineKey(info.Options, bcfg), Glossary: cfg.GlossaryVersion}
	if cfg.DryRun {
		err = s.openDryRun(ctx, cfg, bcfg, key)
	} else {
		err = s.openRun(ctx, cfg, bcfg, key)
	}
	if err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// openRun builds the client and every layer around it.
func (s *Stack) openRun(ctx context.Context, cfg Config, bcfg backend.Config, key cache.KeyParts) error {
	t, err := s.info.New(bcfg)
	if err != nil {
		return errors.New(s.Scrub(fmt.Sprintf("backend %s: %v", s.info.Name, err)))
	}
	s.client, s.tr = t, t // closed by Close from here on
	s.limits = wrap.LimitsOf(t)
	timeout := s.info.Timeout
	if cfg.Timeout != nil {
		timeout = *cfg.Timeout
	}
	cpm := cfg.CharsPerMinute
	if cpm == 0 {
		cpm = s.info.CharsPerMinute
	}
	o := wrap.StackOptions{
		Name:        s.info.Name,
		Stats:       s.stats,
		MaxChars:    cfg.MaxChars,
		Concurrency: cfg.Concurrency,
		Rate:        wrap.RateOptions{RequestsPerSecond: cfg.RequestsPerSecond, CharsPerMinute: cpm},
		Retry:       wrap.RetryOptions{MaxAttempts: cfg.Retries + 1, BaseDelay: cfg.RetryBaseDelay},
		Timeout:     timeout,
	}
	if err := s.openCache(); err != nil {
		return err
	}
	var tms []cache.TMFile
	for _, path := range cfg.TM {
		f, err := s.db.LoadTM(ctx, path, openTM)
		if err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return usagef("--tm: %w", err)
			}
			return err
		}
		tms = append(tms, f)
	}
	o.Cache, o.Store = s.db.Layers(key, cache.WrapOptions{Stats: s.stats, TM: tms, BatchSegments: s.limits.MaxSegments})
	s.tr = wrap.Stack(t, o)
	return nil
}

// openCache opens the cache file; without one, a throw-away one in a
// temporary directory, so that repeats within the run are still sent once
// and a translation memory still has somewhere to live, and nothing
// outlives the run.
func (s *Stack) openCache() error {
	path := s.cachePath
	if path == "" {
		dir, err := os.MkdirTemp("", "tarjama-run-")
		if err != nil {
			return err
		}
		s.tmpDir, path = dir, filepath.Join(dir, "run.db")
	}
	db, err := cache.Open(path)
	if err != nil {
		return fmt.Errorf("%w (use --cache FILE elsewhere, or --no-cache)", err)
	}
	s.db = db
	return nil
}

// openDryRun puts a meter where the client would be, batching by the
// limits the backend declares for bcfg; the client is never built, so no
// credentials are looked up. The cache is read only if its file exists,
// and translation memories are read into memory: nothing is written.
func (s *Stack) openDryRun(ctx context.Context, cfg Config, bcfg backend.Config, key cache.KeyParts) error {
	limits, err := s.info.DeclaredLimits(bcfg)
	if err != nil {
		return errors.New(s.Scrub(fmt.Sprintf("backend %s: %v", s.info.Name, err)))
	}
	s.limits = limits
	s.meter = wrap.DryRun(s.info.Name, limits).Declare(s.info.HTML, s.info.SupportsNativeGlossary(bcfg))
	mem, err := loadMemory(ctx, cfg.TM, s.stats)
	if err != nil {
		return err
	}
	s.tr = mem.wrap(s.meter)
	if s.cachePath != "" {
		db, err := cache.OpenReadOnly(s.cachePath)
		switch {
		case errors.Is(err, os.ErrNotExist):
			return nil // nothing cached yet
		case err != nil:
			return fmt.Errorf("%w (use --cache FILE elsewhere, or --no-cache)", err)
		}
		s.db = db
		lookup, _ := db.Layers(key, cache.WrapOptions{Stats: s.stats, ReadOnly: true, BatchSegments: limits.MaxSegments})
		s.tr = lookup(s.tr)
	}
	return nil
}

// openTM reads a translation memory: TMX, or a corpus.jsonl/.tsv of an
// earlier run.
func openTM(path string) (cache.PairReader, error) {
	format := corpus.TMX
	if f := corpus.DetectFormat(path); f == corpus.JSONL || f == corpus.TSV {
		format = f
	}
	return corpus.Open(path, corpus.OpenOptions{Format: format})
}

// Translate implements backend.Translator through every layer.
func (s *Stack) Translate(ctx context.Context, req backend.Request) ([]string, error) {
	return s.tr.Translate(ctx, req)
}

// Limits implements backend.Limiter: the backend's per-request limits
// (batching applies them; a pipeline may cut over-long sentences to fit).
func (s *Stack) Limits() backend.Limits { return s.limits }

// SupportsHTML reports whether the backend accepts backend.HTML.
func (s *Stack) SupportsHTML() bool {
	h, ok := s.tr.(backend.HTMLTranslator)
	return ok && h.SupportsHTML()
}

// SupportsGlossary reports whether the backend applies a glossary itself.
func (s *Stack) SupportsGlossary() bool {
	g, ok := s.tr.(backend.GlossaryTranslator)
	return ok && g.SupportsGlossary()
}

// Info returns the backend's declaration.
func (s *Stack) Info() backend.Info { return s.info }

// Backend returns the bare client, for its own abilities; nil in a dry run.
func (s *Stack) Backend() backend.Translator { return s.client }

// Scrub removes every configured secret from str.
func (s *Stack) Scrub(str string) string { return s.secrets.scrub(str) }

// Report is what report.json says about the backend.
type Report struct {
	Backend string `json:"backend"`
	wrap.StatsSnapshot
	Cache      string         `json:"cache,omitempty"`
	TM         []string       `json:"tm,omitempty"`
	CacheError string         `json:"cache_error,omitempty"`
	MaxChars   int64          `json:"max_chars,omitempty"`
	DryRun     *wrap.Estimate `json:"dry_run,omitempty"`
}

// Report returns the run's backend statistics so far.
func (s *Stack) Report() Report {
	r := Report{Backend: s.info.Name, StatsSnapshot: s.stats.Snapshot(), Cache: s.cachePath, TM: s.tm, MaxChars: s.maxChars}
	if s.db != nil {
		if err := s.db.Err(); err != nil {
			r.CacheError = s.Scrub(err.Error())
		}
	}
	if s.meter != nil {
		e := s.meter.Estimate(s.prices)
		r.DryRun = &e
	}
	return r
}

// BackendStats implements backend.StatsReporter: the Report.
func (s *Stack) BackendStats() any { return s.Report() }

// WriteEstimate writes a dry run's findings; it writes nothing otherwise.
func (s *Stack) WriteEstimate(w io.Writer) error {
	if s.meter == nil {
		return nil
	}
	e := s.meter.Estimate(s.prices)
	st := s.stats.Snapshot()
	var b strings.Builder
	fmt.Fprintln(&b, "dry run: nothing was sent to the backend.")
	fmt.Fprintf(&b, "  %s\n", e)
	if st.CacheHits+st.TMHits+st.Deduplicated > 0 {
		fmt.Fprintf(&b, "  not counted: %d segments in the cache, %d in the translation memory, %d repeats\n",
			st.CacheHits, st.TMHits, st.Deduplicated)
	}
	if p, ok := s.prices.Lookup(e.Backend); ok {
		fmt.Fprintf(&b, "  price: $%.2f per million characters (%s); change it with --price %s=USD\n", p.USDPerMillion, p.Note, e.Backend)
	}
	if s.maxChars > 0 {
		verdict := "within"
		if e.Chars > s.maxChars {
			verdict = "OVER"
		}
		fmt.Fprintf(&b, "  budget: %d characters of --max-chars %d (%s budget)\n", e.Chars, s.maxChars, verdict)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Close closes the backend and the cache (writing out what is queued) and
// removes a throw-away cache. Closing twice is harmless.
func (s *Stack) Close() error {
	s.closeOnce.Do(func() {
		var errs []error
		if c, ok := s.tr.(backend.Closer); ok {
			errs = append(errs, c.Close())
		}
		if s.db != nil {
			errs = append(errs, s.db.Close())
		}
		if s.tmpDir != "" {
			errs = append(errs, os.RemoveAll(s.tmpDir))
		}
		if err := errors.Join(errs...); err != nil {
			s.closeErr = errors.New(s.Scrub(err.Error()))
		}
	})
	return s.closeErr
}

var (
	_ backend.Translator         = (*Stack)(nil)
	_ backend.Limiter            = (*Stack)(nil)
	_ backend.StatsReporter      = (*Stack)(nil)
	_ backend.HTMLTranslator     = (*Stack)(nil)
	_ backend.GlossaryTranslator = (*Stack)(nil)
	_ backend.Closer             = (*Stack)(nil)
)
