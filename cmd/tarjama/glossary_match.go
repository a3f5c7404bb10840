package main

import (
	"context"
	"fmt"
	"io"

	"github.com/tarjama/tarjama/glossary"
	"github.com/tarjama/tarjama/input"
	"github.com/urfave/cli/v2"
)

// glossaryMatchOptions are the flags and arguments ([FILE|-]) of `tarjama glossary match`.
type glossaryMatchOptions struct {
	Path, File string // File: "-" for standard input
	Format     string // text or jsonl
}

func glossaryMatchCommand() *cli.Command {
	return glossarySubcommand(cli.Command{Name: "match", Usage: "show every term found in a text", ArgsUsage: "[FILE|-]",
		Description: `Reads FILE (standard input if none or "-") and prints each match: byte
offsets [start, end) in the input, the text as written, the clitic prefix, and
the entry (source → target, glossary line). --format jsonl writes one object
per match instead. Windows-1256 and UTF-16 text is decoded as translate
decodes it; the offsets are then in the decoded UTF-8 text.`,
		Flags: []cli.Flag{glossaryFormatFlag(glossary.MatchText, "output format: text or jsonl")}}, -1,
		func(c *cli.Context, path string, args []string) glossaryMatchOptions {
			file := "-" // standard input
			if len(args) == 1 {
				file = args[0]
			}
			return glossaryMatchOptions{path, file, glossaryFlag(c, "format")}
		}, runGlossaryMatch)
}

func runGlossaryMatch(_ context.Context, opts glossaryMatchOptions, stdin io.Reader, stdout, stderr io.Writer) error {
	if opts.Format != glossary.MatchText && opts.Format != glossary.MatchJSONL {
		return usageErrorf("glossary match: --format must be text or jsonl, not %q", opts.Format)
	}
	g, err := glossaryLoadFile(opts.Path)
	if err != nil {
		return err
	}
	in, err := glossaryInput("match", opts.File, stdin)
	if err != nil {
		return err
	}
	defer in.Close()
	data, err := io.ReadAll(in)
	if err != nil {
		return fmt.Errorf("glossary match: %w", err)
	}
	// Windows-1256 or UTF-16: match what translate would read, not the raw
	// bytes (which hold no Arabic letters to match).
	text, encoding, err := input.DecodeText(data)
	if err != nil {
		return usageErrorf("glossary match: %w", err)
	} else if encoding != input.UTF8 {
		fmt.Fprintf(stderr, "tarjama glossary match: read as %s; offsets are in its UTF-8 text\n", encoding)
	}
	return glossary.WriteMatches(stdout, glossary.NewMatcher(g).Find(text), opts.Format, opts.Path)
}
