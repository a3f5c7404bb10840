package main

import (
	"context"
	"errors"
	"io"
	"strings"

	"github.com/tarjama/tarjama/glossary"
	"github.com/urfave/cli/v2"
)

// glossaryImportOptions are the flags and arguments of `tarjama glossary import`.
type glossaryImportOptions struct {
	Path, File string // File: "-" for standard input
	Format     string // tsv, csv or tbx; "" from the file's extension
	Replace    bool   // the file's target replaces a conflicting one
}

func glossaryImportCommand() *cli.Command {
	return glossarySubcommand(cli.Command{Name: "import", Usage: "merge terms from another glossary file", ArgsUsage: "FILE",
		Description: `Merges FILE ("-" for standard input) into the glossary. Known terms gain new
variant spellings and notes; a term whose target differs is reported and left
as it is, unless --replace is given (exit status 3 when any conflict was left).
--format defaults from the extension: .csv is a Google Cloud Translation
glossary (equivalent term sets with a language-code header, or unidirectional
source,target rows), .tbx or .xml is TBX (TBX-Basic or TBX v3), else tsv.`,
		Flags: []cli.Flag{
			glossaryFormatFlag("", "input format: tsv, csv or tbx (default: from the extension)"),
			&cli.BoolFlag{Name: "replace", Usage: "let the file's target replace a conflicting one"},
		}}, 1,
		func(c *cli.Context, path string, args []string) glossaryImportOptions {
			return glossaryImportOptions{path, args[0], glossaryFlag(c, "format"), c.Bool("replace")}
		}, runGlossaryImport)
}

func runGlossaryImport(ctx context.Context, opts glossaryImportOptions, stdin io.Reader, _, stderr io.Writer) error {
	file, format := opts.File, strings.ToLower(opts.Format)
	if format == "" {
		format = glossary.FormatFor(file)
	}
	if !glossary.ValidFormat(format) {
		return usageErrorf("glossary import: --format must be tsv, csv or tbx, not %q", opts.Format)
	}
	in, err := glossaryInput("import", file, stdin)
	if err != nil {
		return err
	}
	defer in.Close()
	res, err := glossary.Import(ctx, opts.Path, in, file, format, opts.Replace)
	if me := (*glossary.MergeError)(nil); errors.As(err, &me) {
		return usageErrorf("glossary import: %v", me)
	} else if err != nil {
		return glossaryErr(err)
	}
	res.WriteReport(stderr, opts.Path, file)
	if n := len(res.Conflicts); n == 1 {
		return partialf("glossary import: 1 conflicting entry was left as it was (--replace takes the file's target)")
	} else if n > 1 {
		return partialf("glossary import: %d conflicting entries were left as they were (--replace takes the file's targets)", n)
	}
	return nil
}
