package main

import (
	"context"
	"io"

	"github.com/tarjama/tarjama/glossary"
	"github.com/urfave/cli/v2"
)

// glossaryListOptions are the flags and arguments of `tarjama glossary list`.
type glossaryListOptions struct {
	Path   string   // the glossary file
	Args   []string // none
	Format string   // table, tsv or json
}

func glossaryListCommand() *cli.Command {
	return glossarySubcommand("list", "list the terms", "", "",
		[]cli.Flag{glossaryFormatFlag(glossary.ListTable, "output format: table, tsv or json")},
		func(c *cli.Context, fv glossaryFlags, path string) error {
			opts := glossaryListOptions{Path: path, Args: c.Args().Slice(), Format: fv.String("format")}
			return runGlossaryList(c.Context, opts, c.App.Reader, c.App.Writer, c.App.ErrWriter)
		})
}

func runGlossaryList(_ context.Context, opts glossaryListOptions, _ io.Reader, stdout, _ io.Writer) error {
	if err := glossaryWantArgs("list", opts.Args, 0, "no arguments"); err != nil {
		return err
	}
	switch opts.Format {
	case glossary.ListTable, glossary.ListTSV, glossary.ListJSON:
	default:
		return usageErrorf("glossary list: --format must be table, tsv or json, not %q", opts.Format)
	}
	g, err := glossaryLoadFile(opts.Path)
	if err != nil {
		return err
	}
	return glossary.WriteList(stdout, g, opts.Format)
}
