package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/lexicon"
	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/corpus/filter"
	"github.com/tarjama/tarjama/corpus/training"
	"github.com/tarjama/tarjama/glossary"
	"github.com/tarjama/tarjama/input"
	"github.com/tarjama/tarjama/pipeline"
	"github.com/tarjama/tarjama/report"
)

// translateOptions is what the translate command's flags say.
type translateOptions struct {
	Inputs          []string
	Out             string
	SrcLang         string
	TgtLang         string
	Backend         string
	GlossaryPath    string
	GlossaryMode    string
	Formats         []string
	XLIFFVersion    string // "" = 2.1
	Unit            string
	Concurrency     int
	KeepBoilerplate bool
	DryRun          bool
	Fresh           bool // ignore the journal of an earlier run in Out
	Quiet           bool
	Progress        bool // draw a progress bar (stderr is a terminal and not --quiet)
	// Training, when set, filters and splits the corpus into
	// train/dev/test files after the run (the export command's flags).
	Training *filter.Options
	// LangID and MinQE are the training filters that score pairs
	// (language identification, quality estimation).
	LangID bool
	MinQE  float64

	// open builds the translator stack once the glossary is known (its
	// version is part of cache keys).
	open func(ctx context.Context, glossaryVersion string) (*translatorSetup, error)
	now  func() time.Time
}

func translateCommand() *cli.Command {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "./tarjama-out", Usage: "output `DIR`"},
		&cli.StringFlag{Name: "src-lang", Value: "ar", Usage: "source language code"},
		&cli.StringFlag{Name: "tgt-lang", Value: "en", Usage: "target language code"},
		&cli.StringFlag{Name: "backend", Aliases: []string{"b"}, Value: "lexicon", Usage: "translation backend `NAME` (see `tarjama backends`)"},
		&cli.StringFlag{Name: "glossary", Aliases: []string{"g"}, EnvVars: []string{"TARJAMA_GLOSSARY"}, Usage: "glossary TSV `FILE` (header row: ar<TAB>en); default ./glossary.tsv when it exists"},
		&cli.StringFlag{Name: "glossary-mode", Value: pipeline.GlossaryProtect, Usage: "protect, native (Google v3, DeepL) or verify"},
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "tmx,jsonl", Usage: "comma `LIST` of corpus formats: " + formatNames(nil) + " (xliff: one file per document under xliff/)"},
		xliffVersionFlag(),
		&cli.StringFlag{Name: "unit", Value: pipeline.UnitSentence, Usage: "translation unit: sentence (1-1 pairs) or paragraph (aligned afterwards)"},
		&cli.IntFlag{Name: "concurrency", Aliases: []string{"j"}, Value: 4, Usage: "documents translated at once"},
		&cli.BoolFlag{Name: "keep-boilerplate", Usage: "keep lines the cleaner would drop (comment forms, share buttons, repeated titles)"},
		&cli.BoolFlag{Name: "fresh", Usage: "start over: ignore what an earlier, interrupted run into --out finished"},
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress bar and no summary"},
	}
	flags = append(flags, backendFlags()...)
	flags = append(flags, exportFlags()...)
	return &cli.Command{
		Name:      "translate",
		Usage:     "translate Arabic articles and write a parallel corpus",
		ArgsUsage: "INPUT... (files, folders, or - for stdin)",
		Description: "Reads every INPUT (a folder is walked for .txt, .md and .html files), cleans,\n" +
			"segments, protects glossary terms, translates and aligns, then writes corpus.tmx,\n" +
			"corpus.jsonl (and corpus.<lang> with --format moses), docs/<path>.<tgt>.txt and\n" +
			"report.json into --out.\n\n" + exitCodesHelp,
		Flags: flags,
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usageErrorf("translate: no INPUT given (a file, a folder, or - for stdin)")
			}
			opts := translateOptions{
				Inputs:          c.Args().Slice(),
				Out:             c.String("out"),
				SrcLang:         c.String("src-lang"),
				TgtLang:         c.String("tgt-lang"),
				Backend:         c.String("backend"),
				GlossaryPath:    translateGlossary(c.String("glossary")),
				GlossaryMode:    c.String("glossary-mode"),
				Formats:         splitList(c.String("format")),
				Unit:            c.String("unit"),
				Concurrency:     c.Int("concurrency"),
				KeepBoilerplate: c.Bool("keep-boilerplate"),
				DryRun:          c.Bool("dry-run"),
				Fresh:           c.Bool("fresh"),
				Quiet:           c.Bool("quiet"),
				Progress:        !c.Bool("quiet") && isTerminal(c.App.ErrWriter),
			}
			var err error
			if opts.XLIFFVersion, err = xliffVersion(c); err != nil {
				return err
			}
			if exportFlagsSet(c) {
				t, err := exportOptions(c)
				if err != nil {
					return err
				}
				opts.Training = &t
				if opts.LangID, opts.MinQE, err = scoringFilters(c); err != nil {
					return err
				}
			}
			if now, err := sourceDate(); err != nil {
				return usageErrorf("SOURCE_DATE_EPOCH: %w", err)
			} else if now != nil {
				opts.now = now
			}
			opts.open = func(ctx context.Context, glossaryVersion string) (*translatorSetup, error) {
				return openTranslator(ctx, c, opts.Backend, glossaryVersion)
			}
			return runTranslate(c.Context, opts, c.App.Reader, c.App.Writer, c.App.ErrWriter)
		},
	}
}

func runTranslate(ctx context.Context, opts translateOptions, stdin io.Reader, stdout, stderr io.Writer) error {
	if err := checkTranslate(opts); err != nil {
		return err
	}
	docs, skipped, err := input.Collect(opts.Inputs)
	if err != nil {
		if errors.Is(err, input.ErrNotFound) {
			return usageError{err}
		}
		return err
	}
	g, gversion, err := loadGlossary(opts.GlossaryPath, stderr)
	if err != nil {
		return err
	}
	setup, err := opts.open(ctx, gversion)
	if err != nil {
		return err
	}
	defer setup.Close()
	if g != nil && opts.GlossaryMode == pipeline.GlossaryNative {
		// Otherwise the glossary would be verified but never applied.
		if gt, ok := setup.Translator.(backend.GlossaryTranslator); !ok || !gt.SupportsGlossary() {
			return usageErrorf("--glossary-mode native: backend %s does not apply a glossary itself (deepl does, and google-v3 with --google-glossary); use --glossary-mode protect", opts.Backend)
		}
	}
	popts := pipelineOptions(opts, g, setup)
	popts.Stdin = stdin
	var train *trainingSink
	if opts.Training != nil {
		popts.OpenSinks = func(ctx context.Context) (_ []corpus.Writer, err error) {
			train, err = openTrainingSink(ctx, opts)
			if err != nil {
				return nil, err
			}
			return []corpus.Writer{train.w}, nil
		}
	}
	rep, err := runWithBar(ctx, docs, skipped, popts, opts.Progress, stderr)
	if rep != nil {
		err = afterRun(ctx, rep, err, opts, setup, train, stderr)
	}
	switch {
	case err == nil:
		return nil
	case errors.Is(err, pipeline.ErrPartial):
		return fmt.Errorf("%w: see %s/report.json", errPartial, opts.Out)
	case ctx.Err() != nil:
		return ctx.Err()
	}
	return errors.New(setup.Scrub(err.Error()))
}

// loadGlossary loads the --glossary file, if any, and warns of conflicts.
func loadGlossary(path string, stderr io.Writer) (*glossary.Glossary, string, error) {
	if path == "" {
		return nil, "", nil
	}
	g, err := glossary.Load(path)
	if err != nil {
		return nil, "", usageErrorf("glossary: %w", err)
	}
	warnConflicts(stderr, path, g)
	return g, g.Version(), nil
}

// checkTranslate refuses options before the backend is opened or any
// input read.
func checkTranslate(opts translateOptions) error {
	// A flag always has a value, so --concurrency 0 is a mistake here,
	// not the library's "pick the default".
	if opts.Concurrency == 0 {
		return usageErrorf("--concurrency 0: want 1 to %d documents in flight", pipeline.MaxConcurrency)
	}
	if err := pipelineOptions(opts, nil, nil).Validate(); err != nil {
		return optionError(err)
	}
	return nil
}

// runWithBar runs the pipeline, drawing a progress bar when asked.
func runWithBar(ctx context.Context, docs []input.Doc, skipped []input.Skipped, popts pipeline.Options, showBar bool, stderr io.Writer) (*pipeline.Report, error) {
	var bar *progress
	if showBar {
		bar = newProgress(len(docs), stderr)
		popts.Progress = func(p pipeline.Progress) { bar.Update(p.DocsDone, p.Sentences) }
	}
	rep, err := pipeline.Run(ctx, docs, skipped, popts)
	if bar != nil {
		bar.Finish() // clears its line, so the summary starts on a clean one
	}
	return rep, err
}

// afterRun writes report.html, prints the summary (and a dry run's
// estimate) and makes the training files; it returns the run's error, or
// the first of its own.
func afterRun(ctx context.Context, rep *pipeline.Report, err error, opts translateOptions, setup *translatorSetup, train *trainingSink, stderr io.Writer) error {
	// report.html beside report.json; its failure loses no corpus. A
	// rerun that left every output as it was leaves the pages too.
	unchanged := rep.Resume != nil && rep.Resume.Unchanged && fileExists(filepath.Join(opts.Out, report.IndexHTML))
	if !opts.DryRun && ctx.Err() == nil && !unchanged {
		if herr := report.Write(ctx, opts.Out); herr != nil && err == nil {
			err = fmt.Errorf("report.html: %w", herr)
		}
	}
	if !opts.Quiet {
		printSummary(stderr, rep, opts)
	}
	if opts.DryRun {
		setup.PrintEstimate(stderr) // an estimate is a diagnostic, not data
	}
	if train != nil && (err == nil || errors.Is(err, pipeline.ErrPartial)) {
		// The run closed the sink with its corpus; this writes the report.
		in := []training.Input{{Path: opts.Out, Pairs: rep.Totals.Pairs}}
		if terr := finishTraining(train.w, train.cfg, in, train.start, stderr); terr != nil {
			return terr
		}
	}
	return err
}

// pipelineOptions maps the command's options to the pipeline's; setup is
// nil when only validating them.
func pipelineOptions(opts translateOptions, g *glossary.Glossary, setup *translatorSetup) pipeline.Options {
	p := pipeline.Options{
		OutDir:          opts.Out,
		SrcLang:         opts.SrcLang,
		TgtLang:         opts.TgtLang,
		Formats:         opts.Formats,
		XLIFFVersion:    opts.XLIFFVersion,
		BackendName:     opts.Backend,
		Glossary:        g,
		GlossaryMode:    opts.GlossaryMode,
		Unit:            opts.Unit,
		Concurrency:     opts.Concurrency,
		KeepBoilerplate: opts.KeepBoilerplate,
		DryRun:          opts.DryRun,
		Fresh:           opts.Fresh,
		Version:         version,
		Now:             opts.now,
	}
	if setup != nil {
		p.Translator = withStats{setup.Translator, setup}
		p.AlignMT = alignMT(opts)
		p.MaxSegmentChars = pipeline.SegmentBudget(setup.Limits)
	}
	return p
}

// withStats gives the pipeline the stack's statistics through
// backend.StatsReporter, keeping the abilities the pipeline asks the
// stack about. It goes once the stack itself reports its statistics.
type withStats struct {
	backend.Translator
	setup *translatorSetup
}

func (w withStats) BackendStats() any { return w.setup.Stats() }

func (w withStats) Limits() backend.Limits { return w.setup.Limits }

func (w withStats) SupportsHTML() bool {
	h, ok := w.Translator.(backend.HTMLTranslator)
	return ok && h.SupportsHTML()
}

func (w withStats) SupportsGlossary() bool {
	g, ok := w.Translator.(backend.GlossaryTranslator)
	return ok && g.SupportsGlossary()
}

var _ backend.StatsReporter = withStats{}

// optionError turns the pipeline's refusal of an option into a usage
// error naming the flag.
func optionError(err error) error {
	if oe := (*pipeline.OptionError)(nil); errors.As(err, &oe) {
		return usageErrorf("--%s", oe)
	}
	return usageError{err}
}

// translateGlossary applies the glossary commands' default: without
// --glossary or $TARJAMA_GLOSSARY, ./glossary.tsv is used when it exists
// (the file `tarjama glossary add` writes).
func translateGlossary(flag string) string {
	if flag != "" {
		return flag
	}
	if p := glossaryPath("", os.Getenv); fileExists(p) {
		return p
	}
	return ""
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// trainingSink is the training writer a run feeds as one of its sinks.
type trainingSink struct {
	w     *training.Writer
	cfg   exportConfig
	start time.Time
}

// openTrainingSink starts the train/dev/test files the training flags ask
// for: the pairs reach them as the run writes its corpus, never read
// back. The run opens it (pipeline.Options.OpenSinks), not in a dry run.
func openTrainingSink(ctx context.Context, opts translateOptions) (*trainingSink, error) {
	formats, err := parseFormats(strings.Join(opts.Formats, ","))
	if err != nil {
		return nil, err
	}
	cfg := exportConfig{
		Out: opts.Out, Formats: formats, SrcLang: opts.SrcLang, TgtLang: opts.TgtLang, Filter: *opts.Training,
		LangID: opts.LangID, MinQE: opts.MinQE, XLIFFVersion: opts.XLIFFVersion, Quiet: opts.Quiet, now: opts.now,
	}
	start := time.Now()
	w, err := openTraining(ctx, cfg, opts.SrcLang, opts.TgtLang)
	if err != nil {
		return nil, err
	}
	return &trainingSink{w: w, cfg: cfg, start: start}, nil
}

// alignMT gives the aligner a free sentence-level translation in
// paragraph mode when the embedded lexicon serves the pair.
func alignMT(opts translateOptions) backend.Translator {
	if opts.Unit != pipeline.UnitParagraph || opts.SrcLang != "ar" || opts.TgtLang != "en" {
		return nil
	}
	t, err := lexicon.New()
	if err != nil {
		return nil
	}
	return t
}

func printSummary(w io.Writer, rep *pipeline.Report, opts translateOptions) {
	t := rep.Totals
	// Files passed over while collecting inputs count as skipped, so the
	// counts add up and match the lines that name them below.
	skipped := t.Skipped + len(rep.Skipped)
	fmt.Fprintf(w, "%s: %d documents (%d ok, %d empty, %d skipped, %d failed), %d sentences, %d pairs in %.1fs → %s\n",
		rep.Status, t.Documents+len(rep.Skipped), t.OK, t.Empty, skipped, t.Failed, t.Sentences, t.Pairs, rep.WallSeconds, opts.Out)
	for _, d := range rep.Documents {
		if d.Status == pipeline.StatusSkipped || d.Status == pipeline.StatusFailed {
			fmt.Fprintf(w, "  %s %s: %s\n", d.Status, d.Doc, d.Reason)
		}
	}
	for _, s := range rep.Skipped {
		fmt.Fprintf(w, "  skipped %s: %s\n", s.Path, s.Reason)
	}
	if r := rep.Resume; r != nil {
		if r.SettingsChanged != "" {
			fmt.Fprintf(w, "  settings changed since the last run into %s (%s): its finished documents are redone\n", opts.Out, r.SettingsChanged)
		}
		switch {
		case r.Unchanged:
			fmt.Fprintf(w, "  unchanged: the inputs and settings are those of the last run into %s; its outputs are left as they are (--fresh starts over)\n", opts.Out)
		case r.Reused > 0:
			fmt.Fprintf(w, "  resumed: %d documents taken from the earlier run's journal (--fresh starts over)\n", r.Reused)
		}
		for _, why := range slices.Sorted(maps.Keys(r.Redone)) {
			fmt.Fprintf(w, "  redone: %d documents (%s)\n", r.Redone[why], why)
		}
		if n := len(r.Removed); n > 0 {
			names := strings.Join(r.Removed[:min(n, 3)], ", ")
			if n > 3 {
				names += ", … (report.json lists them)"
			}
			fmt.Fprintf(w, "  removed: docs/ translations of %d documents of an earlier run that are no longer inputs: %s\n", n, names)
		}
	}
	if g := rep.Glossary; g != nil {
		fmt.Fprintf(w, "  glossary %s: %d entries, %d terms found, %d repaired, %d missing\n", opts.GlossaryPath, g.Entries, g.Hits, g.Repaired, g.Missing)
	}
	if g := rep.Glossary; g != nil && g.Missing > 0 {
		fmt.Fprintf(w, "  glossary: %d of %d terms missing in the output (see report.json)\n", g.Missing, g.Hits)
	}
}

// sourceDate honours SOURCE_DATE_EPOCH (reproducible-builds.org): with
// it, dates written into outputs are fixed, so reruns and resumed runs are
// byte-identical.
func sourceDate() (func() time.Time, error) {
	v := os.Getenv("SOURCE_DATE_EPOCH")
	if v == "" {
		return nil, nil
	}
	sec, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return nil, fmt.Errorf("%q is not a number of seconds", v)
	}
	t := time.Unix(sec, 0).UTC()
	return func() time.Time { return t }, nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// splitList splits a comma list, dropping empty items and repeats
// ("moses,moses" must not write corpus.ar twice).
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// warnConflicts names the entries that give one spelling two targets: only
// one of them can be applied, so the user hears of it before paying for a
// run with the other.
func warnConflicts(w io.Writer, path string, g *glossary.Glossary) {
	const most = 5
	n := 0
	for _, p := range glossary.Lint(g) {
		if p.Kind != glossary.ProblemConflict {
			continue
		}
		if n++; n <= most {
			fmt.Fprintf(w, "tarjama: warning: glossary %s:%d: %s\n", path, p.Line, p.Msg)
		}
	}
	if n > most {
		fmt.Fprintf(w, "tarjama: warning: glossary %s: %d more conflicts\n", path, n-most)
	}
	if n > 0 {
		fmt.Fprintf(w, "tarjama: warning: glossary %s: one spelling with two targets; `tarjama glossary lint` lists every problem\n", path)
	}
}
