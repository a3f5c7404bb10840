package main

import (
	"context"
	"fmt"
	"io"

	"github.com/tarjama/tarjama/glossary"
	"github.com/tarjama/tarjama/input"
	"github.com/urfave/cli/v2"
)

// glossaryMatchOptions are the flags and arguments of `tarjama glossary match`.
type glossaryMatchOptions struct {
	Path   string   // the glossary file
	Args   []string // [FILE|-]
	Format string   // text or jsonl
}

func glossaryMatchCommand() *cli.Command {
	return glossarySubcommand("match", "show every term found in a text", "[FILE|-]",
		`Reads FILE (standard input if none or "-") and prints each match: byte
offsets [start, end) in the input, the text as written, the clitic prefix, and
the entry (source → target, glossary line). --format jsonl writes one object
per match instead. Windows-1256 and UTF-16 text is decoded as translate
decodes it; the offsets are then in the decoded UTF-8 text.`,
		[]cli.Flag{glossaryFormatFlag(glossary.MatchText, "output format: text or jsonl")},
		func(c *cli.Context, fv glossaryFlags, path string) error {
			opts := glossaryMatchOptions{Path: path, Args: c.Args().Slice(), Format: fv.String("format")}
			return runGlossaryMatch(c.Context, opts, c.App.Reader, c.App.Writer, c.App.ErrWriter)
		})
}

func runGlossaryMatch(_ context.Context, opts glossaryMatchOptions, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(opts.Args) > 1 {
		return usageErrorf("glossary match: want at most one FILE, got %d", len(opts.Args))
	}
	if opts.Format != glossary.MatchText && opts.Format != glossary.MatchJSONL {
		return usageErrorf("glossary match: --format must be text or jsonl, not %q", opts.Format)
	}
	g, err := glossaryLoadFile(opts.Path)
	if err != nil {
		return err
	}
	file := "-"
	if len(opts.Args) == 1 {
		file = opts.Args[0]
	}
	in, err := glossaryInput("match", file, stdin)
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
	}
	if encoding != input.UTF8 {
		fmt.Fprintf(stderr, "tarjama glossary match: read as %s; offsets are in its UTF-8 text\n", encoding)
	}
	return glossary.WriteMatches(stdout, glossary.NewMatcher(g).Find(text), opts.Format, opts.Path)
}
