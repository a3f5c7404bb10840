package beamrun

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/stack"
	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/glossary"
	"github.com/tarjama/tarjama/pipeline"
)

// Config is one translation job. It travels to the workers inside the
// pipeline (as JSON), so it holds values only: the glossary's bytes, not
// its path; the backend options' values, not environment lookups.
type Config struct {
	Inputs  []string // local paths, or globs on any Beam file system
	Output  string   // output folder, local or remote (gs://bucket/run)
	SrcLang string
	TgtLang string
	Formats []string // corpus formats; default tmx, jsonl
	Unit    string   // sentence (default) or paragraph

	GlossaryName string // where the glossary was read from, for messages
	GlossaryData []byte // the glossary file's content; nil for none
	GlossaryMode string

	KeepBoilerplate bool
	// DocsInFlight is how many documents one bundle processes at once
	// (default 4, as tarjama translate's --concurrency).
	DocsInFlight int

	Backend BackendConfig

	// Shards is how many sorted shard files the results go through on
	// their way to the single corpus files (each is sorted in one
	// worker's memory); default 64.
	Shards int
	// JobID names the job's temporary folder under Output.
	JobID string
	// Created dates corpus.tmx and report.json (SOURCE_DATE_EPOCH makes
	// it fixed), the same on every worker.
	Created time.Time
	// Launched is when the job was started, for the report's wall time.
	Launched time.Time
	Version  string // tool version written into the outputs
}

// BackendConfig is the backend and its decorators, as the flags of
// `tarjama` name them; every worker opens its own stack from it.
type BackendConfig struct {
	Name string
	// Options are the backend's option values (flag, else environment of
	// the launching machine), secrets included: see README "Scaling out".
	Options map[string]string

	// Cache is the SQLite cache file on each worker ("" = the default
	// file of the worker's user, unless the backend is uncached);
	// NoCache uses none.
	Cache   string
	NoCache bool

	MaxChars          int64 // per worker
	RequestsPerSecond float64
	// CharsPerMinute is the whole job's quota (0: the backend's declared
	// quota); each worker takes its share, CharsPerMinute/Workers.
	CharsPerMinute int
	Workers        int            // how many workers share the quota; default 1
	Retries        *int           // nil: stack.DefaultRetries
	RetryBaseDelay time.Duration  // first backoff ceiling (0: the stack's)
	Timeout        *time.Duration // nil: the backend's declared timeout
	Concurrency    int            // requests in flight per worker
}

// WorkerCharsPerMinute is one worker's share of the job's quota, the
// backend's declared quota when none is given (0: no limit).
func (b BackendConfig) WorkerCharsPerMinute(info backend.Info) int {
	q := b.CharsPerMinute
	if q == 0 {
		q = info.CharsPerMinute
	}
	if q <= 0 {
		return 0
	}
	return max(1, q/max(1, b.Workers))
}

// ErrConfig is wrapped by every error of Config.Check: a usage error.
var ErrConfig = errors.New("invalid job")

// Check fills in defaults and refuses what would fail on every worker.
func (c *Config) Check() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrConfig, fmt.Sprintf(format, args...))
	}
	if len(c.Inputs) == 0 {
		return bad("no --input given")
	}
	if c.Output == "" {
		return bad("no --output given")
	}
	if c.SrcLang == "" {
		c.SrcLang = "ar"
	}
	if c.TgtLang == "" {
		c.TgtLang = "en"
	}
	if c.Unit == "" {
		c.Unit = pipeline.UnitSentence
	}
	if c.GlossaryMode == "" {
		c.GlossaryMode = pipeline.GlossaryProtect
	}
	if len(c.Formats) == 0 {
		c.Formats = []string{"tmx", "jsonl"}
	}
	for _, f := range c.Formats {
		spec, err := corpus.Spec(corpus.Format(f))
		if err != nil {
			return bad("--format: %v", err)
		}
		if spec.PerDocument {
			return bad("--format %s: one file per document is not written by tarjama-beam (known here: %s)", f, corpus.KnownFormats(notPerDocument))
		}
	}
	if c.DocsInFlight <= 0 {
		c.DocsInFlight = 4
	}
	if c.Shards <= 0 {
		c.Shards = 64
	}
	if c.JobID == "" {
		return bad("no job ID")
	}
	if c.Backend.Name == "" {
		return bad("no --backend given")
	}
	if c.Backend.Workers <= 0 {
		c.Backend.Workers = 1
	}
	if c.GlossaryData != nil {
		if _, err := c.glossary(); err != nil {
			return bad("glossary: %v", err)
		}
	}
	// The pipeline's own checks; the translator is opened on the workers.
	if err := c.pipelineOptions(nil, nil).Validate(); err != nil {
		if oe := (*pipeline.OptionError)(nil); errors.As(err, &oe) {
			return bad("--%s%s", strings.ReplaceAll(oe.Option, "-", "_"), oe.Detail)
		}
		return fmt.Errorf("%w: %w", ErrConfig, err)
	}
	return nil
}

func notPerDocument(s corpus.FormatSpec) bool { return !s.PerDocument }

// glossary parses the glossary carried in the job.
func (c *Config) glossary() (*glossary.Glossary, error) {
	if c.GlossaryData == nil {
		return nil, nil
	}
	return glossary.Parse(bytes.NewReader(c.GlossaryData), c.GlossaryName)
}

// pipelineOptions are the local runner's options for this job.
func (c *Config) pipelineOptions(g *glossary.Glossary, st *stack.Stack) pipeline.Options {
	created := c.Created
	o := pipeline.Options{
		OutDir:          c.Output,
		SrcLang:         c.SrcLang,
		TgtLang:         c.TgtLang,
		Formats:         slices.Clone(c.Formats),
		BackendName:     c.Backend.Name,
		Glossary:        g,
		GlossaryMode:    c.GlossaryMode,
		Unit:            c.Unit,
		KeepBoilerplate: c.KeepBoilerplate,
		Now:             func() time.Time { return created },
		Version:         c.Version,
	}
	if st != nil {
		o.Translator = st
		o.MaxSegmentChars = pipeline.SegmentBudget(st.Limits())
	}
	o.AlignMT = pipeline.DefaultAlignMT(c.Unit, c.SrcLang, c.TgtLang)
	return o
}
