package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/tarjama/tarjama/backend/registry"
	"github.com/tarjama/tarjama/backend/stack"
	"github.com/tarjama/tarjama/beam/beamrun"
	"github.com/tarjama/tarjama/pipeline"
	"github.com/tarjama/tarjama/report"
)

// run builds the job from the flags, runs it and reads its report back.
func run(ctx context.Context, o *options, fs *flag.FlagSet, getenv func(string) string, stderr io.Writer) error {
	cfg, secrets, err := jobConfig(ctx, o, fs, getenv)
	if err != nil {
		return err
	}
	scrub := func(s string) string {
		for _, v := range secrets {
			s = strings.ReplaceAll(s, v, "[redacted]")
		}
		return s
	}
	p, s := beam.NewPipelineWithRoot()
	beamrun.Build(s, cfg)
	if err := runJob(ctx, p); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		// The runner's error holds its whole plan; the cause comes last.
		full := scrub(err.Error())
		if !o.quiet {
			fmt.Fprintln(stderr, full)
		}
		return errors.New("job failed: " + rootCause(full))
	}
	rep, err := beamrun.ReadReport(ctx, cfg.Output)
	if err != nil {
		return fmt.Errorf("job finished without a report: %w", err)
	}
	if !beamrun.IsRemote(cfg.Output) {
		// report.html beside report.json, as `tarjama translate` writes it.
		if err := report.Write(ctx, cfg.Output); err != nil {
			return fmt.Errorf("report.html: %w", err)
		}
	}
	if !o.quiet {
		printSummary(stderr, rep, cfg.Output)
	}
	switch {
	case rep.Status == "failed":
		return errors.New(scrub(rep.Error))
	case rep.Partial():
		return fmt.Errorf("%w: see %s", errPartial, cfg.Output+"/"+beamrun.ReportName)
	}
	return nil
}

// rootCause is the last line of a runner's error: the DoFn's own error.
func rootCause(msg string) string {
	lines := strings.Split(strings.TrimSpace(msg), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

// jobConfig maps the flags to the job; it also returns the secret values
// configured, to keep them out of messages.
func jobConfig(ctx context.Context, o *options, fs *flag.FlagSet, getenv func(string) string) (beamrun.Config, []string, error) {
	bad := func(format string, args ...any) (beamrun.Config, []string, error) {
		return beamrun.Config{}, nil, usageError{fmt.Errorf(format, args...)}
	}
	if fs.NArg() > 0 {
		return bad("unexpected argument %q: name inputs with --input, flags as --name value", fs.Arg(0))
	}
	if err := beamrun.CheckInputs(o.inputs); err != nil {
		return bad("%w", err)
	}
	if o.output == "" {
		return bad("no --output DIR given")
	}
	info, err := registry.Default().Lookup(o.backend)
	if err != nil {
		return bad("--backend: %w", err)
	}
	// Option values: flag, else the launching machine's environment
	// variable (workers do not share it), else the declared default.
	bopts := map[string]string{}
	var secrets []string
	for _, opt := range info.Options {
		v := *o.backendOpts[opt.Name]
		if v == "" && opt.Env != "" {
			v = getenv(opt.Env)
		}
		if v == "" {
			v = opt.Default
		}
		if v != "" {
			bopts[opt.Name] = v
			if opt.Secret && len(v) >= 4 {
				secrets = append(secrets, v)
			}
		}
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	b := beamrun.BackendConfig{
		Name:              o.backend,
		Options:           bopts,
		Cache:             o.cache,
		NoCache:           o.noCache,
		MaxChars:          o.maxChars,
		RequestsPerSecond: o.requestsPerSecond,
		CharsPerMinute:    o.charsPerMinute,
		Workers:           workerCount(),
		Concurrency:       o.batchConcurrency,
	}
	if set["retries"] {
		b.Retries = &o.retries
	}
	if set["timeout"] {
		b.Timeout = &o.timeout
	}
	// The stack's own range check, with this command's flag spellings,
	// on the job's quota rather than a worker's share of it.
	sc := b.StackConfig(info, "")
	sc.CharsPerMinute = o.charsPerMinute
	if err := sc.Check(); err != nil {
		var re *stack.RangeError
		if errors.As(err, &re) {
			return bad("%s", re.Spelled(strings.ReplaceAll(re.Flag, "-", "_")))
		}
		return bad("%w", err)
	}
	switch {
	case o.concurrency < 1 || o.concurrency > pipeline.MaxConcurrency:
		return bad("--concurrency %d: want 1 to %d documents in flight", o.concurrency, pipeline.MaxConcurrency)
	case o.shards < 1:
		return bad("--shards: %d, want at least 1", o.shards)
	}
	created, err := sourceDate(getenv)
	if err != nil {
		return bad("SOURCE_DATE_EPOCH: %w", err)
	}
	cfg := beamrun.Config{
		Inputs:          o.inputs,
		Output:          o.output,
		SrcLang:         o.srcLang,
		TgtLang:         o.tgtLang,
		Formats:         splitList(o.format),
		Unit:            o.unit,
		GlossaryMode:    o.glossaryMode,
		KeepBoilerplate: o.keepBoilerplate,
		Backend:         b,
		Shards:          o.shards,
		DocsInFlight:    o.concurrency,
		JobID:           jobID(),
		Created:         created,
		Launched:        time.Now(),
		Version:         version,
	}
	if g := glossaryFile(o.glossary, getenv); g != "" {
		data, err := beamrun.ReadFile(ctx, g)
		if err != nil {
			return bad("glossary: %w", err)
		}
		cfg.GlossaryName, cfg.GlossaryData = g, data
	}
	if err := cfg.Check(); err != nil {
		return bad("%w", err)
	}
	return cfg, secrets, nil
}

// workerCount is how many workers share --chars_per_minute: Beam's
// --max_num_workers, else --num_workers, else 1 (prism: this process).
func workerCount() int {
	for _, name := range []string{"max_num_workers", "num_workers"} {
		if f := flag.Lookup(name); f != nil {
			if n, err := strconv.Atoi(f.Value.String()); err == nil && n > 0 {
				return n
			}
		}
	}
	return 1
}

// glossaryFile applies tarjama translate's default: --glossary, else
// $TARJAMA_GLOSSARY, else ./glossary.tsv when it exists.
func glossaryFile(flagValue string, getenv func(string) string) string {
	if flagValue != "" {
		return flagValue
	}
	if p := getenv("TARJAMA_GLOSSARY"); p != "" {
		return p
	}
	if st, err := os.Stat("glossary.tsv"); err == nil && st.Mode().IsRegular() {
		return "glossary.tsv"
	}
	return ""
}

// sourceDate honours SOURCE_DATE_EPOCH, as tarjama does, so the outputs'
// dates are fixed; otherwise now.
func sourceDate(getenv func(string) string) (time.Time, error) {
	v := getenv("SOURCE_DATE_EPOCH")
	if v == "" {
		return time.Now(), nil
	}
	sec, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a number of seconds", v)
	}
	return time.Unix(sec, 0).UTC(), nil
}

func jobID() string {
	b := make([]byte, 6)
	rand.Read(b)
	return time.Now().UTC().Format("20060102-150405") + "-" + hex.EncodeToString(b)
}

// splitList splits a comma list, dropping empty items and repeats.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

func printSummary(w io.Writer, rep *pipeline.Report, out string) {
	t := rep.Totals
	fmt.Fprintf(w, "%s: %d documents (%d ok, %d empty, %d skipped, %d failed), %d sentences, %d pairs in %.1fs → %s\n",
		rep.Status, t.Documents, t.OK, t.Empty, t.Skipped, t.Failed, t.Sentences, t.Pairs, rep.WallSeconds, out)
	for _, d := range rep.Documents {
		if d.Status == pipeline.StatusSkipped || d.Status == pipeline.StatusFailed {
			fmt.Fprintf(w, "  %s %s: %s\n", d.Status, d.Doc, d.Reason)
		}
	}
	for _, s := range rep.Skipped {
		fmt.Fprintf(w, "  skipped %s: %s\n", s.Path, s.Reason)
	}
}
