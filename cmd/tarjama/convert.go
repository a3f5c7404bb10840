package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/tarjama/tarjama/corpus"
)

// convertOptions is what the convert command's flags say.
type convertOptions struct {
	In, Out          string
	From, To         corpus.Format // "" = by extension
	SrcLang, TgtLang string        // "" = what the input says
	XLIFFVersion     string        // "" = 2.1
	Quiet            bool
	now              func() time.Time
	stdin            io.Reader
}

func convertCommand() *cli.Command {
	return &cli.Command{
		Name:      "convert",
		Usage:     "convert a parallel corpus from one format to another (" + formatNames(nil) + ")",
		ArgsUsage: "IN OUT",
		Description: "Reads every pair of IN and writes it to OUT (atomically: OUT appears only when\n" +
			"complete). A folder written by `tarjama translate` can be IN (its corpus.jsonl).\n" +
			"Units of a TMX or XLIFF file without both languages are skipped and counted (exit 3).\n" +
			"Moses and TSV put each segment on one line: line breaks and tabs become spaces.\n\n" +
			formatsHelp + "\n\n" + exitCodesHelp,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "src-lang", Usage: "source language `CODE` (default: the input's, e.g. the TMX header srclang)"},
			&cli.StringFlag{Name: "tgt-lang", Usage: "target language `CODE` (default: the input's other language)"},
			&cli.StringFlag{Name: "from", Usage: "input `FORMAT`: " + formatNames(nil) + " (default: by extension)"},
			&cli.StringFlag{Name: "to", Usage: "output `FORMAT`: " + formatNames(nil) + " (default: by extension)"},
			xliffVersionFlag(),
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no summary on stderr"},
		},
		Action: func(c *cli.Context) error {
			if err := flagAfterArgs(c); err != nil {
				return err
			}
			if c.NArg() != 2 {
				return usageErrorf("convert: want IN and OUT, got %d argument(s)", c.NArg())
			}
			opts := convertOptions{
				In: c.Args().Get(0), Out: c.Args().Get(1), SrcLang: c.String("src-lang"), TgtLang: c.String("tgt-lang"),
				Quiet: c.Bool("quiet"), stdin: c.App.Reader,
			}
			var errs [4]error // the first is reported
			opts.From, errs[0] = optFormat(c, "from")
			opts.To, errs[1] = optFormat(c, "to")
			opts.XLIFFVersion, errs[2] = xliffVersion(c)
			opts.now, errs[3] = epochFlag() // nil: the clock
			if err := cmp.Or(errs[:]...); err != nil {
				return err
			}
			return runConvert(c.Context, opts, c.App.Writer, c.App.ErrWriter)
		},
	}
}

func runConvert(ctx context.Context, opts convertOptions, stdout, stderr io.Writer) error {
	if opts.now == nil {
		opts.now = time.Now
	}
	res, err := corpus.ConvertArgs(ctx, opts.In, opts.From, opts.stdin, opts.Out, stdout, corpus.ConvertOptions{
		Format: opts.To, SrcLang: opts.SrcLang, TgtLang: opts.TgtLang,
		TMX:   corpus.TMXHeader{CreationToolVersion: version, CreationDate: opts.now()},
		XLIFF: corpus.XLIFFHeader{Version: opts.XLIFFVersion},
	})
	if err != nil {
		return corpusError(err)
	}
	if !opts.Quiet {
		res.WriteSummary(stderr, opts.Out)
	}
	if res.Skipped > 0 {
		return fmt.Errorf("convert: %d units without both languages skipped: %w", res.Skipped, errPartial)
	}
	return nil
}
