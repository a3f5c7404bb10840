package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/lexicon"
	"github.com/tarjama/tarjama/backend/registry"
	"github.com/tarjama/tarjama/docalign"
	"github.com/tarjama/tarjama/input"
)

// alignDocsOptions is what the align-docs command's flags say.
type alignDocsOptions struct {
	SrcDir, TgtDir   string
	SrcLang, TgtLang string
	MinScore         float64
}

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
		Flags: []cli.Flag{
			&cli.Float64Flag{Name: "min-score", Value: docalign.DefaultMinScore, Usage: "lowest similarity `F` of a pair printed"},
			&cli.StringFlag{Name: "src-lang", Value: "ar", Usage: "source language `CODE`"},
			&cli.StringFlag{Name: "tgt-lang", Value: "en", Usage: "target language `CODE`"},
		},
		Action: func(c *cli.Context) error {
			if err := flagAfterArgs(c); err != nil {
				return err
			}
			if c.NArg() != 2 {
				return usageErrorf("align-docs: want SRC_DIR and TGT_DIR")
			}
			o := alignDocsOptions{SrcDir: c.Args().Get(0), TgtDir: c.Args().Get(1),
				SrcLang: c.String("src-lang"), TgtLang: c.String("tgt-lang"), MinScore: c.Float64("min-score")}
			if !(o.MinScore > 0 && o.MinScore <= 1) {
				return usageErrorf("--min-score %v: want a number in (0,1]", o.MinScore)
			}
			return runAlignDocs(c.Context, o, c.App.Writer)
		},
	}
}

// readArticles reads every article under dir, paths relative to it.
func readArticles(dir string) ([]docalign.Doc, error) {
	docs, _, err := input.Collect([]string{dir})
	if err != nil {
		return nil, usageErrorf("%v", err)
	}
	var out []docalign.Doc
	for _, d := range docs {
		t, err := input.Read(d, nil)
		if err != nil {
			return nil, err
		}
		rel, err := filepath.Rel(dir, d.Path)
		if err != nil {
			rel = d.Name
		}
		out = append(out, docalign.Doc{Path: filepath.ToSlash(rel), Text: t.Text})
	}
	return out, nil
}

func runAlignDocs(ctx context.Context, o alignDocsOptions, stdout io.Writer) error {
	src, err := readArticles(o.SrcDir)
	if err != nil {
		return err
	}
	tgt, err := readArticles(o.TgtDir)
	if err != nil {
		return err
	}
	info, err := registry.Default().Lookup(lexicon.Name)
	if err != nil {
		return err
	}
	tr, err := info.New(backend.Config{})
	if err != nil {
		return err
	}
	pairs, err := docalign.Align(ctx, src, tgt, docalign.Options{Translator: tr, SrcLang: o.SrcLang, TgtLang: o.TgtLang, MinScore: o.MinScore})
	if err != nil {
		return err
	}
	for _, p := range pairs {
		if _, err := fmt.Fprintf(stdout, "%s\t%s\t%.4f\n", p.Src.Path, p.Tgt.Path, p.Score); err != nil {
			return err
		}
	}
	return nil
}
