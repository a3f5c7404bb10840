package main

import (
	"context"
	"io"
	"strings"

	"github.com/tarjama/tarjama/glossary"
	"github.com/urfave/cli/v2"
)

// glossaryExportOptions are the flags and arguments of `tarjama glossary export`.
type glossaryExportOptions struct {
	Path   string   // the glossary file
	Args   []string // none
	Format string   // tsv, csv or tbx
	Pairs  bool     // --format csv: unidirectional pairs, no header
}

func glossaryExportCommand() *cli.Command {
	return glossarySubcommand("export", "write the glossary in another format to standard output", "",
		`tsv is the glossary file itself. csv is a Google Cloud Translation
equivalent-term-set glossary (header of language codes, variant spellings as
extra rows); with --unidirectional, a unidirectional one (source,target rows,
no header). tbx is TBX-Basic.`,
		[]cli.Flag{
			glossaryFormatFlag(glossary.FormatTSV, "output format: tsv, csv or tbx"),
			&cli.BoolFlag{Name: "unidirectional", Usage: "csv: unidirectional source,target pairs without a header"},
		},
		func(c *cli.Context, fv glossaryFlags, path string) error {
			opts := glossaryExportOptions{Path: path, Args: c.Args().Slice(), Format: fv.String("format"), Pairs: c.Bool("unidirectional")}
			return runGlossaryExport(c.Context, opts, c.App.Reader, c.App.Writer, c.App.ErrWriter)
		})
}

func runGlossaryExport(_ context.Context, opts glossaryExportOptions, _ io.Reader, stdout, _ io.Writer) error {
	if err := glossaryWantArgs("export", opts.Args, 0, "no arguments"); err != nil {
		return err
	}
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
