package main

import (
	"context"
	"io"

	"github.com/tarjama/tarjama/glossary"
	"github.com/urfave/cli/v2"
)

// glossaryListOptions are the flags of `tarjama glossary list`.
type glossaryListOptions struct{ Path, Format string } // Format: table, tsv or json

func glossaryListCommand() *cli.Command {
	return glossarySubcommand(cli.Command{Name: "list", Usage: "list the terms",
		Flags: []cli.Flag{glossaryFormatFlag(glossary.ListTable, "output format: table, tsv or json")}}, 0,
		func(c *cli.Context, path string, _ []string) glossaryListOptions {
			return glossaryListOptions{path, glossaryFlag(c, "format")}
		}, runGlossaryList)
}

func runGlossaryList(_ context.Context, opts glossaryListOptions, _ io.Reader, stdout, _ io.Writer) error {
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
