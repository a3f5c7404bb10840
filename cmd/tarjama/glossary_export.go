package main

import (
	"context"
	"io"
	"strings"

	"github.com/tarjama/tarjama/glossary"
	"github.com/urfave/cli/v2"
)

// glossaryExportOptions are the flags of `tarjama glossary export`.
type glossaryExportOptions struct {
	Path, Format string // Format: tsv, csv or tbx
	Pairs        bool   // --format csv: unidirectional pairs, no header
}

func glossaryExportCommand() *cli.Command {
	return glossarySubcommand(cli.Command{Name: "export", Usage: "write the glossary in another format to standard output",
		Description: `tsv is the glossary file itself. csv is a Google Cloud Translation
equivalent-term-set glossary (header of language codes, variant spellings as
extra rows); with --unidirectional, a unidirectional one (source,target rows,
no header). tbx is TBX-Basic.`,
		Flags: []cli.Flag{
			glossaryFormatFlag(glossary.FormatTSV, "output format: tsv, csv or tbx"),
			&cli.BoolFlag{Name: "unidirectional", Usage: "csv: unidirectional source,target pairs without a header"},
		}}, 0,
		func(c *cli.Context, path string, _ []string) glossaryExportOptions {
			return glossaryExportOptions{path, glossaryFlag(c, "format"), c.Bool("unidirectional")}
		}, runGlossaryExport)
}

func runGlossaryExport(_ context.Context, opts glossaryExportOptions, _ io.Reader, stdout, _ io.Writer) error {
	format := strings.ToLower(opts.Format)
	if !glossary.ValidFormat(format) {
		return usageErrorf("glossary export: --format must be tsv, csv or tbx, not %q", opts.Format)
	}
	g, err := glossaryLoadFile(opts.Path)
	if err != nil {
		return err
	}
	if opts.Pairs && format != glossary.FormatCSV {
		return usageErrorf("glossary export: --unidirectional applies to --format csv only")
	}
	return glossary.WriteFormat(stdout, g, format, opts.Pairs)
}
