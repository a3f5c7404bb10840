package main

import (
	"context"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/qe"
)

// qeOptions is what the qe command's flags say.
type qeOptions struct {
	In               string
	From, Format     corpus.Format
	SrcLang, TgtLang string
	stdin            io.Reader
}

func qeCommand() *cli.Command {
	return &cli.Command{
		Name:      "qe",
		Usage:     "score every pair of a corpus with a quality estimate in [0,1] (higher: better)",
		ArgsUsage: "FILE|-",
		Description: "Reads a corpus in any format convert reads and writes its pairs to stdout with a\n" +
			"\"qe\" field (JSONL; x-qe prop in TMX): chrF between the embedded lexicon's\n" +
			"translation of the source and the target, length ratios, numbers, punctuation,\n" +
			"scripts, language identification, untranslated copies and names, combined by a\n" +
			"logistic model calibrated on generated noise. Pairs en→ar are scored with their\n" +
			"sides swapped.\n\n" + formatsHelp + "\n\n" + exitCodesHelp,
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "jsonl", Usage: "output `FORMAT`: jsonl or tmx"},
			&cli.StringFlag{Name: "from", Usage: "input `FORMAT` (default: by extension; required for stdin)"},
			&cli.StringFlag{Name: "src-lang", Usage: "source language `CODE` (default: the input's)"},
			&cli.StringFlag{Name: "tgt-lang", Usage: "target language `CODE` (default: the input's)"},
		}, commandBackendFlags("qe")...),
		Action: func(c *cli.Context) error {
			if err := flagAfterArgs(c); err != nil {
				return err
			}
			if c.NArg() != 1 {
				return usageErrorf("qe: want one FILE or -")
			}
			o := qeOptions{In: c.Args().First(), SrcLang: c.String("src-lang"), TgtLang: c.String("tgt-lang"), stdin: c.App.Reader}
			var err error
			if o.From, err = optFormat(c, "from"); err != nil {
				return err
			}
			if o.Format, err = corpus.ParseFormat(c.String("format")); err != nil || (o.Format != corpus.JSONL && o.Format != corpus.TMX) {
				return usageErrorf("--format %q: want jsonl or tmx", c.String("format"))
			}
			return runQE(c.Context, o, c.App.Writer)
		},
	}
}

func runQE(ctx context.Context, o qeOptions, stdout io.Writer) error {
	r, err := openInput(o.In, o.From, o.SrcLang, o.TgtLang, o.stdin)
	if err != nil {
		return err
	}
	defer r.Close()
	err = qe.Corpus(ctx, r, stdout, nil, o.Format, version)
	if err != nil && ctx.Err() == nil {
		return fmt.Errorf("%s: %w", o.In, err)
	}
	return err
}
