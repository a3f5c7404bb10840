package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
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
			cfg := exportConfig{Job: training.Job{Inputs: c.Args().Slice(), Stdin: c.App.Reader, Options: training.Options{
				Dir: c.String("out"), SrcLang: c.String("src-lang"), TgtLang: c.String("tgt-lang")}},
				Quiet: c.Bool("quiet"), Progress: !c.Bool("quiet") && isTerminal(c.App.ErrWriter),
			}
			var errs [6]error // the first is reported
			cfg.From, errs[0] = optFormat(c, "from")
			cfg.Formats, errs[1] = parseFormats(c.String("format"))
			cfg.XLIFF.Version, errs[2] = xliffVersion(c)
			cfg.Filter, errs[3] = exportOptions(c)
			cfg.LangID, cfg.MinQE, errs[4] = scoringFilters(c)
			cfg.now, errs[5] = epochFlag()
			if err := cmp.Or(errs[:]...); err != nil {
				return err
			}
			return runExport(c.Context, cfg, c.App.Writer, c.App.ErrWriter)
		},
	}
}

func runExport(ctx context.Context, cfg exportConfig, stdout, stderr io.Writer) error {
	if cfg.now == nil {
		cfg.now = time.Now
	}
	cfg.TMX = corpus.TMXHeader{CreationToolVersion: version, CreationDate: cfg.now()}
	var done func()
	cfg.Job.Progress, done = exportProgress(cfg.Progress, stderr)
	rep, err := training.Export(ctx, cfg.Job)
	done()
	if err != nil {
		return corpusError(err)
	}
	if !cfg.Quiet {
		rep.WriteSummary(stderr, cfg.Dir)
	}
	if n := rep.Skipped(); n > 0 {
		fmt.Fprintf(stderr, "export: skipped %d TMX units without both %s and %s\n", n, rep.SrcLang, rep.TgtLang)
		return fmt.Errorf("export: %d units skipped: %w", n, errPartial)
	}
	return nil
}

// exportProgress counts pairs on stderr when asked: the total is unknown
// without reading twice, so a spinner with a count. done clears it.
func exportProgress(show bool, stderr io.Writer) (progress func(pairs int), done func()) {
	if !show {
		return nil, func() {}
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
	return func(n int) { bar.Set(n) }, func() { bar.Finish() }
}
