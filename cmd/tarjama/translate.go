package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/tarjama/tarjama/corpus/filter"
	"github.com/tarjama/tarjama/glossary"
	"github.com/tarjama/tarjama/input"
	"github.com/tarjama/tarjama/pipeline"
	"github.com/tarjama/tarjama/report"
)

// translateOptions is what the translate command's flags say: the
// pipeline's options and what only the command does.
type translateOptions struct {
	pipeline.Options
	Inputs       []string
	GlossaryPath string
	Quiet        bool
	Progress     bool // draw a progress bar (stderr is a terminal and not --quiet)
	// Training, when set, filters and splits the corpus into
	// train/dev/test files as it is written (the export command's flags);
	// LangID and MinQE are its filters that score pairs.
	Training *filter.Options
	LangID   bool
	MinQE    float64
	// open builds the translator stack once the glossary is known (its
	// version is part of cache keys).
	open func(ctx context.Context, glossaryVersion string) (*translatorSetup, error)
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
			opts := translateOptions{Options: pipeline.Options{
				OutDir: c.String("out"), SrcLang: c.String("src-lang"), TgtLang: c.String("tgt-lang"),
				BackendName: c.String("backend"), GlossaryMode: c.String("glossary-mode"), Formats: splitList(c.String("format")),
				Unit: c.String("unit"), Concurrency: c.Int("concurrency"), KeepBoilerplate: c.Bool("keep-boilerplate"),
				DryRun: c.Bool("dry-run"), Fresh: c.Bool("fresh"), Version: version, Stdin: c.App.Reader,
			}, Inputs: c.Args().Slice(), GlossaryPath: translateGlossary(c.String("glossary")),
				Quiet: c.Bool("quiet"), Progress: !c.Bool("quiet") && isTerminal(c.App.ErrWriter)}
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
			if opts.Now, err = sourceDate(); err != nil {
				return usageErrorf("SOURCE_DATE_EPOCH: %w", err)
			}
			opts.open = func(ctx context.Context, glossaryVersion string) (*translatorSetup, error) {
				return openTranslator(ctx, c, opts.BackendName, glossaryVersion)
			}
			return runTranslate(c.Context, opts, c.App.ErrWriter)
		},
	}
}

func runTranslate(ctx context.Context, opts translateOptions, stderr io.Writer) error {
	if opts.Concurrency == 0 { // a flag always has a value: not the library's "default"
		return usageErrorf("--concurrency 0: want 1 to %d documents in flight", pipeline.MaxConcurrency)
	}
	if err := opts.Validate(); err != nil {
		return optionError(err)
	}
	docs, skipped, err := input.Collect(opts.Inputs)
	if errors.Is(err, input.ErrNotFound) {
		return usageError{err}
	} else if err != nil {
		return err
	}
	gversion, err := opts.loadGlossary(stderr)
	if err != nil {
		return err
	}
	setup, err := opts.open(ctx, gversion)
	if err != nil {
		return err
	}
	defer setup.Close()
	if opts.Glossary != nil && opts.GlossaryMode == pipeline.GlossaryNative && !setup.SupportsGlossary() {
		// Otherwise the glossary would be verified but never applied.
		return usageErrorf("--glossary-mode native: backend %s does not apply a glossary itself (deepl does, and google-v3 with --google-glossary); use --glossary-mode protect", opts.BackendName)
	}
	opts.Translator, opts.AlignMT = setup.Stack, pipeline.DefaultAlignMT(opts.Unit, opts.SrcLang, opts.TgtLang)
	train := opts.withTraining()
	rep, err := runWithBar(ctx, docs, skipped, opts, stderr)
	if rep != nil {
		err = afterRun(ctx, rep, err, opts, setup, train, stderr)
	}
	switch {
	case err == nil:
		return nil
	case errors.Is(err, pipeline.ErrPartial):
		return fmt.Errorf("%w: see %s/report.json", errPartial, opts.OutDir)
	case ctx.Err() != nil:
		return ctx.Err()
	}
	return errors.New(setup.Scrub(err.Error()))
}

// loadGlossary loads the --glossary file, if any, warns of conflicts and
// returns its version ("" without one).
func (opts *translateOptions) loadGlossary(stderr io.Writer) (string, error) {
	if opts.GlossaryPath == "" {
		return "", nil
	}
	g, err := glossary.Load(opts.GlossaryPath)
	if err != nil {
		return "", usageErrorf("glossary: %w", err)
	}
	for _, w := range pipeline.ConflictWarnings(opts.GlossaryPath, g) {
		fmt.Fprintf(stderr, "tarjama: warning: %s\n", w)
	}
	opts.Glossary = g
	return g.Version(), nil
}

// runWithBar runs the pipeline, drawing a progress bar when asked.
func runWithBar(ctx context.Context, docs []input.Doc, skipped []input.Skipped, opts translateOptions, stderr io.Writer) (*pipeline.Report, error) {
	var bar *progress
	if opts.Progress {
		bar = newProgress(len(docs), stderr)
		opts.Options.Progress = func(p pipeline.Progress) { bar.Update(p.DocsDone, p.Sentences) }
	}
	rep, err := pipeline.Run(ctx, docs, skipped, opts.Options)
	if bar != nil {
		bar.Finish() // clears its line, so the summary starts on a clean one
	}
	return rep, err
}

// afterRun writes report.html, prints the summary (and a dry run's
// estimate) and the training files' report; it returns the run's error,
// or the first of its own.
func afterRun(ctx context.Context, rep *pipeline.Report, err error, opts translateOptions, setup *translatorSetup, train *trainingSink, stderr io.Writer) error {
	// report.html beside report.json; its failure loses no corpus. A
	// rerun that left every output as it was leaves the pages too.
	unchanged := rep.Resume != nil && rep.Resume.Unchanged && fileExists(filepath.Join(opts.OutDir, report.IndexHTML))
	if !opts.DryRun && ctx.Err() == nil && !unchanged {
		if herr := report.Write(ctx, opts.OutDir); herr != nil && err == nil {
			err = fmt.Errorf("report.html: %w", herr)
		}
	}
	if !opts.Quiet {
		rep.WriteSummary(stderr, opts.OutDir, opts.GlossaryPath)
	}
	if opts.DryRun {
		setup.PrintEstimate(stderr) // an estimate is a diagnostic, not data
	}
	if err == nil || errors.Is(err, pipeline.ErrPartial) {
		if terr := train.finish(rep, opts, stderr); terr != nil {
			return terr
		}
	}
	return err
}
