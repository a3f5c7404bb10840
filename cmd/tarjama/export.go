package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"

	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/corpus/training"
)

func exportCommand() *cli.Command {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "./tarjama-export", Usage: "output `DIR`"},
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "jsonl,moses", Usage: "comma `LIST` of output formats: " + formatNames(nil)},
		&cli.StringFlag{Name: "from", Usage: "input `FORMAT` (default: by extension)"},
		&cli.StringFlag{Name: "src-lang", Usage: "source language `CODE` (default: the input's)"},
		&cli.StringFlag{Name: "tgt-lang", Usage: "target language `CODE` (default: the input's)"},
		xliffVersionFlag(),
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no summary on stderr"},
	}
	return &cli.Command{
		Name:      "export",
		Usage:     "filter a parallel corpus for training and split it into train/dev/test",
		ArgsUsage: "IN... (corpus files, Moses stems, or `tarjama translate` output folders)",
		Description: "Reads every pair of every IN in order, drops what the training filters reject,\n" +
			"and writes the rest to DIR/train.*, DIR/dev.* and DIR/test.* (parts with a zero\n" +
			"share are not written) in each --format (xliff: one file per document under\n" +
			"DIR/xliff/train/ …), plus DIR/" + training.ReportName + " with what each filter\n" +
			"removed. A document never lands in two parts; the same input and seed give\n" +
			"the same split. Moses and TSV inputs carry no document names, so they are split\n" +
			"pair by pair. Files appear only when complete.\n\n" + corpus.FormatsHelp("--from") + "\n\n" +
			strings.Replace(exitCodesHelp, "report.json", training.ReportName, 1),
		Flags: append(flags, exportFlags()...),
		Action: func(c *cli.Context) error {
			if err := flagAfterArgs(c); err != nil {
				return err
			}
			if c.NArg() == 0 {
				return usageErrorf("export: no IN given")
			}
			cfg := exportConfig{
				Inputs: c.Args().Slice(), Out: c.String("out"), SrcLang: c.String("src-lang"), TgtLang: c.String("tgt-lang"),
				Quiet: c.Bool("quiet"), stdin: c.App.Reader, Progress: !c.Bool("quiet") && isTerminal(c.App.ErrWriter),
			}
			var err error
			if cfg.From, err = optFormat(c, "from"); err != nil {
				return err
			}
			if cfg.Formats, err = parseFormats(c.String("format")); err != nil {
				return err
			}
			if cfg.XLIFFVersion, err = xliffVersion(c); err != nil {
				return err
			}
			if cfg.Filter, err = exportOptions(c); err != nil {
				return err
			}
			if cfg.LangID, cfg.MinQE, err = scoringFilters(c); err != nil {
				return err
			}
			if cfg.now, err = sourceDate(); err != nil {
				return usageErrorf("SOURCE_DATE_EPOCH: %v", err)
			}
			return runExport(c.Context, cfg, c.App.Writer, c.App.ErrWriter)
		},
	}
}

// exportReportName and exportReport are DIR/export-report.json.
const exportReportName = training.ReportName

type exportReport = training.Report

func runExport(ctx context.Context, cfg exportConfig, stdout, stderr io.Writer) error {
	start := time.Now() // wall time for the report; cfg.now dates the files
	readers, src, tgt, err := openInputs(cfg.Inputs, cfg.From, cfg.SrcLang, cfg.TgtLang, cfg.stdin)
	defer closeAll(readers)
	if err != nil {
		return err
	}
	w, err := openTraining(ctx, cfg, src, tgt)
	if err != nil {
		return err
	}
	sink, done := exportProgress(corpus.SameLangs(w, src, tgt), cfg.Progress, stderr)
	var inputs []training.Input
	skipped := 0
	for i, r := range readers {
		n, err := corpus.Copy(ctx, sink, r)
		if err != nil {
			w.Abort()
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return inputError(cfg.Inputs[i], err)
		}
		inputs = append(inputs, training.Input{Path: cfg.Inputs[i], Pairs: n, Skipped: corpus.Skipped(r)})
		skipped += corpus.Skipped(r)
	}
	done()
	if err := finishTraining(w, cfg, inputs, start, stderr); err != nil {
		return err
	}
	if skipped > 0 {
		fmt.Fprintf(stderr, "export: skipped %d TMX units without both %s and %s\n", skipped, src, tgt)
		return fmt.Errorf("export: %d units skipped: %w", skipped, errPartial)
	}
	return nil
}

// finishTraining closes w, writes DIR/export-report.json and prints the
// summary on stderr (a diagnostic: stdout stays for data). translate
// calls it after a run that fed w as one of its sinks.
func finishTraining(w *training.Writer, cfg exportConfig, inputs []training.Input, start time.Time, stderr io.Writer) error {
	if err := w.Close(); err != nil {
		return err
	}
	rep := w.Report()
	rep.Inputs, rep.Seconds = inputs, time.Since(start).Seconds()
	if err := rep.WriteFile(cfg.Out); err != nil {
		return err
	}
	if !cfg.Quiet {
		rep.Summary.WriteText(stderr)
		fmt.Fprintf(stderr, "wrote %s to %s\n", strings.Join(rep.Files, ", "), cfg.Out)
	}
	return nil
}

// openTraining starts the training files named by the languages src and
// tgt. Standard input keeps the hashed split (as before the split was one
// pass). translate opens its training sink with it.
func openTraining(ctx context.Context, cfg exportConfig, src, tgt string) (*training.Writer, error) {
	if cfg.now == nil {
		cfg.now = time.Now
	}
	o := training.Options{
		Dir: cfg.Out, Formats: cfg.Formats, SrcLang: src, TgtLang: tgt, Filter: cfg.Filter,
		TMX:    corpus.TMXHeader{CreationToolVersion: version, CreationDate: cfg.now(), SrcLang: src},
		XLIFF:  corpus.XLIFFHeader{Version: cfg.XLIFFVersion},
		LangID: cfg.LangID, MinQE: cfg.MinQE, HashSplit: slices.Contains(cfg.Inputs, "-"),
	}
	if cfg.MinQE > 0 {
		sc, err := newQEScorer()
		if err != nil {
			return nil, err
		}
		o.QE = sc
	}
	if err := o.Filter.Validate(); err != nil {
		return nil, usageErrorf("%v", err)
	}
	return training.Open(ctx, o)
}

// exportProgress counts pairs on stderr when asked: the total is unknown
// without reading twice, so a spinner with a count. done clears it.
func exportProgress(w corpus.Writer, show bool, stderr io.Writer) (corpus.Writer, func()) {
	if !show {
		return w, func() {}
	}
	bar := progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionSetDescription("exporting"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("pairs"),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
	n := 0
	return writerFunc(func(p corpus.Pair) error {
		if n++; n%1024 == 0 {
			bar.Add(1024)
		}
		return w.Write(p)
	}), func() { bar.Finish() }
}
