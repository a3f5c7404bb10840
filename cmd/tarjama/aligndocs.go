package main

import (
	"context"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/tarjama/tarjama/alignjob"
	"github.com/tarjama/tarjama/docalign"
)

// alignDocsOptions is what the align-docs command's flags say.
type alignDocsOptions = alignjob.DocsOptions

func alignDocsCommand() *cli.Command {
	return &cli.Command{
		Name:      "align-docs",
		Usage:     "find which source article translates which target article in two folders",
		ArgsUsage: "SRC_DIR TGT_DIR",
		Description: "Reads every .txt, .md and .html article under SRC_DIR and TGT_DIR, translates the\n" +
			"sources with the embedded lexicon and pairs the documents 1-1 by tf-idf over words,\n" +
			"bigrams and anchors (numbers, Latin names, URLs). Prints one line per pair found,\n" +
			"src_path<TAB>tgt_path<TAB>score (paths relative to each DIR), sorted by src_path.\n" +
			"Articles without a counterpart are left out.\n\n" + exitCodesHelp,
		Flags: append([]cli.Flag{
			&cli.Float64Flag{Name: "min-score", Value: docalign.DefaultMinScore, Usage: "lowest similarity `F` of a pair printed"},
			&cli.StringFlag{Name: "src-lang", Value: "ar", Usage: "source language `CODE`"},
			&cli.StringFlag{Name: "tgt-lang", Value: "en", Usage: "target language `CODE`"},
			&cli.StringFlag{Name: "out", Usage: "also sentence-align each pair and write corpus.jsonl, corpus.tmx, docs/, report.json, report.html and align-docs.json into `DIR`"},
		}, commandBackendFlags("align-docs")...),
		Action: func(c *cli.Context) error {
			if err := flagAfterArgs(c); err != nil {
				return err
			}
			if c.NArg() != 2 {
				return usageErrorf("align-docs: want SRC_DIR and TGT_DIR")
			}
			o := alignDocsOptions{SrcDir: c.Args().Get(0), TgtDir: c.Args().Get(1),
				SrcLang: c.String("src-lang"), TgtLang: c.String("tgt-lang"), MinScore: c.Float64("min-score"), Out: c.String("out")}
			return runAlignDocs(c.Context, o, c.App.Writer, c.App.ErrWriter)
		},
	}
}

// runAlignDocs pairs the documents with the embedded lexicon, reporting
// each sentence-aligned pair on stderr.
func runAlignDocs(ctx context.Context, o alignDocsOptions, stdout, stderr io.Writer) error {
	o.Version = version
	o.Warn, o.Progress = reportPairs("align-docs", stderr, true)
	return alignError("align-docs", alignjob.Docs(ctx, o, stdout))
}
