package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/tarjama/tarjama/clean"
	"github.com/tarjama/tarjama/segment/stream"
	"github.com/urfave/cli/v2"
)

// segmentOptions are the flags of `tarjama segment`.
type segmentOptions struct {
	Lang            string   // "ar", "en"; anything else: generic rules
	Format          string   // "text" or "jsonl"
	Wrapped         bool     // join hard-wrapped lines; blank lines end paragraphs
	KeepBoilerplate bool     // do not drop boilerplate lines
	Files           []string // inputs; empty or "-" is stdin
}

func segmentCommand() *cli.Command {
	return &cli.Command{
		Name:      "segment",
		Usage:     "split text into sentences, exactly as translate will",
		ArgsUsage: "[FILE|-]...",
		Description: `Reads each FILE (standard input when there is none or for "-"), cleans it
as translate does (boilerplate lines and a repeated headline are dropped and
reported on stderr; spacing around Arabic punctuation is fixed) and writes
its sentences.

By default every input line is a paragraph and blank lines are ignored. With
--wrapped, hard-wrapped lines are joined, a blank line ends a paragraph and a
short unpunctuated first line (a headline) is a paragraph of its own.

--format text writes one sentence per line and a blank line between
paragraphs. --format jsonl writes one object per sentence:
  {"paragraph":p,"sentence":s,"start":b,"end":e,"text":"…"}
p counts paragraphs from 1 across all inputs, s counts sentences from 1
within the paragraph, and [b, e) are byte offsets into the cleaned
paragraph text.

Files are decoded as translate decodes them: UTF-8, UTF-16 with a byte order
mark or Windows-1256, and .html files are reduced to their text. Standard
input must be UTF-8. A file that cannot be decoded is reported with the byte
offset of the first invalid byte; the other files are still processed and
the exit status is 3.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "lang", Aliases: []string{"l"}, Value: "ar", Usage: "language of the text: ar or en (others: generic rules)"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "output format: text or jsonl"},
			&cli.BoolFlag{Name: "wrapped", Usage: "join hard-wrapped lines; blank lines end paragraphs"},
			&cli.BoolFlag{Name: "keep-boilerplate", Usage: "do not drop boilerplate lines or repeated headlines"},
		},
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return usageError{err}
		},
		Action: func(c *cli.Context) error {
			opts := segmentOptions{
				Lang:            c.String("lang"),
				Format:          c.String("format"),
				Wrapped:         c.Bool("wrapped"),
				KeepBoilerplate: c.Bool("keep-boilerplate"),
				Files:           c.Args().Slice(),
			}
			return runSegment(c.Context, opts, c.App.Reader, c.App.Writer, c.App.ErrWriter)
		},
	}
}

// runSegment validates the flags and hands the inputs to stream.Writer.
func runSegment(ctx context.Context, opts segmentOptions, stdin io.Reader, stdout, stderr io.Writer) error {
	format, err := stream.ParseFormat(opts.Format)
	if err != nil {
		return usageErrorf("segment: --format: %v", err)
	}
	if strings.TrimSpace(opts.Lang) == "" {
		return usageErrorf("segment: --lang must not be empty")
	}
	// A missing input is a usage error, as for translate, before any output.
	files, err := stdinOrFiles("segment", opts.Files)
	if err != nil {
		return err
	}
	w := stream.NewWriter(stdout, stream.Options{
		Lang: opts.Lang, Format: format, Wrapped: opts.Wrapped, KeepBoilerplate: opts.KeepBoilerplate,
		OnDrop: func(input string, d clean.Drop) {
			fmt.Fprintf(stderr, "tarjama segment: %s:%d: dropped (%s): %s\n", input, d.Line, d.Rule, preview(d.Text))
		},
	})
	failed, err := w.SegmentInputs(ctx, files, stdin, func(err error) {
		fmt.Fprintf(stderr, "tarjama segment: %v\n", err)
	})
	if err != nil {
		return fmt.Errorf("segment: %w", err)
	}
	if failed > 0 {
		return fmt.Errorf("segment: %d of %d inputs failed: %w", failed, len(files), errPartial)
	}
	return nil
}

func preview(s string) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= 60 {
		return s
	}
	r := []rune(s)
	return string(r[:60]) + "…"
}
