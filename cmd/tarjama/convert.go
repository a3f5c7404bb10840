package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/tarjama/tarjama/corpus"
)

// convertOptions is what the convert command's flags say.
type convertOptions struct {
	In, Out          string
	From, To         corpus.Format // "" = by extension
	SrcLang, TgtLang string        // "" = what the input says
	Quiet            bool
	now              func() time.Time
	stdin            io.Reader
}

const formatsHelp = `FORMATS (chosen by extension, or --from/--to):
   .tmx     TMX 1.4b (reads TMX 1.1–1.4 from other tools)
   .jsonl   JSON Lines: {"id","doc","translation":{"ar":…,"en":…},"align","score",…}
   .tsv     header row "ar<TAB>en", then source<TAB>target
   .gz      any of the above, gzip-compressed (e.g. en-ar.tmx.gz)
   STEM     Moses: STEM.<src> and STEM.<tgt>, line-aligned (any other name)
   -        stdin/stdout (needs --from/--to; not for Moses)`

func convertCommand() *cli.Command {
	return &cli.Command{
		Name:      "convert",
		Usage:     "convert a parallel corpus between TMX, JSONL, Moses and TSV",
		ArgsUsage: "IN OUT",
		Description: "Reads every pair of IN and writes it to OUT (atomically: OUT appears only when\n" +
			"complete). A folder written by `tarjama translate` can be IN (its corpus.jsonl).\n" +
			"Units of a TMX file without both languages are skipped and counted (exit 3).\n" +
			"Moses and TSV put each segment on one line: line breaks and tabs become spaces.\n\n" +
			formatsHelp + "\n\n" + exitCodesHelp,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "src-lang", Usage: "source language `CODE` (default: the input's, e.g. the TMX header srclang)"},
			&cli.StringFlag{Name: "tgt-lang", Usage: "target language `CODE` (default: the input's other language)"},
			&cli.StringFlag{Name: "from", Usage: "input `FORMAT`: tmx, jsonl, moses or tsv (default: by extension)"},
			&cli.StringFlag{Name: "to", Usage: "output `FORMAT`: tmx, jsonl, moses or tsv (default: by extension)"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no summary on stderr"},
		},
		Action: func(c *cli.Context) error {
			if err := flagAfterArgs(c); err != nil {
				return err
			}
			if c.NArg() != 2 {
				return usageErrorf("convert: want IN and OUT, got %d argument(s)", c.NArg())
			}
			opts := convertOptions{
				In: c.Args().Get(0), Out: c.Args().Get(1),
				SrcLang: c.String("src-lang"), TgtLang: c.String("tgt-lang"),
				Quiet: c.Bool("quiet"), stdin: c.App.Reader,
			}
			var err error
			if opts.From, err = optFormat(c, "from"); err != nil {
				return err
			}
			if opts.To, err = optFormat(c, "to"); err != nil {
				return err
			}
			if opts.now, err = sourceDate(); err != nil { // nil: the clock
				return usageErrorf("SOURCE_DATE_EPOCH: %v", err)
			}
			return runConvert(c.Context, opts, c.App.Writer, c.App.ErrWriter)
		},
	}
}

// flagAfterArgs catches "IN --flag" when the arguments were not reordered
// (urfave/cli stops parsing flags at the first argument, so the flag would
// silently become a path). Only this command's own flag names count, so a
// file really named like "--x" after "--" still works.
func flagAfterArgs(c *cli.Context) error {
	for _, a := range c.Args().Slice() {
		name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || a == "-" {
			continue
		}
		for _, f := range c.Command.Flags {
			for _, n := range f.Names() {
				if n == name {
					return usageErrorf("%s: flags go before the arguments (%s %s [flags] ARGS...)", a, c.App.Name, c.Command.Name)
				}
			}
		}
	}
	return nil
}

func optFormat(c *cli.Context, name string) (corpus.Format, error) {
	if !c.IsSet(name) {
		return "", nil
	}
	f, err := corpus.ParseFormat(c.String(name))
	if err != nil {
		return "", usageErrorf("--%s: %v", name, err)
	}
	return f, nil
}

// openInput opens a corpus path, or stdin for "-"; a missing path is a
// usage error.
func openInput(path string, f corpus.Format, src, tgt string, stdin io.Reader) (corpus.Reader, error) {
	if path == "-" {
		if f == "" {
			return nil, usageErrorf("reading stdin needs --from (tmx, jsonl or tsv)")
		}
		r, err := corpus.NewReader(stdin, f, src, tgt)
		if err != nil {
			return nil, usageErrorf("%v", err)
		}
		return r, nil
	}
	r, err := corpus.Open(path, corpus.OpenOptions{Format: f, SrcLang: src, TgtLang: tgt})
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, corpus.ErrNoCorpus) || errors.Is(err, corpus.ErrCannotTell) {
		return nil, usageErrorf("%v", err)
	}
	return r, err
}

// removedChars returns how many characters a TMX writer dropped.
func removedChars(w corpus.Writer) int {
	switch w := w.(type) {
	case *corpus.FileWriter:
		return w.Removed()
	case *corpus.TMXWriter:
		return w.Removed()
	}
	return 0
}

// peekReader returns a pair read ahead, then the rest.
type peekReader struct {
	corpus.Reader
	first *corpus.Pair
	err   error
}

func peek(r corpus.Reader) (*peekReader, *corpus.Pair, error) {
	p, err := r.Read()
	if err == io.EOF {
		return &peekReader{Reader: r, err: io.EOF}, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	return &peekReader{Reader: r, first: &p}, &p, nil
}

func (r *peekReader) Read() (corpus.Pair, error) {
	if r.first != nil {
		p := *r.first
		r.first = nil
		return p, nil
	}
	if r.err != nil {
		return corpus.Pair{}, r.err
	}
	return r.Reader.Read()
}

// pairLangs returns the languages to name output files by: the first
// pair's, else the requested ones, else tarjama's defaults.
func pairLangs(first *corpus.Pair, src, tgt string) (string, string) {
	if first != nil && first.SrcLang != "" && first.TgtLang != "" {
		return first.SrcLang, first.TgtLang
	}
	if src == "" {
		src = "ar"
	}
	if tgt == "" {
		tgt = "en"
	}
	return src, tgt
}

// copyPairs streams r into w, checking ctx every few hundred pairs.
func copyPairs(ctx context.Context, w corpus.Writer, r corpus.Reader) (int, error) {
	n := 0
	for {
		if n%256 == 0 {
			if err := ctx.Err(); err != nil {
				return n, err
			}
		}
		p, err := r.Read()
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
		if err := w.Write(p); err != nil {
			return n, err
		}
		n++
	}
}

func runConvert(ctx context.Context, opts convertOptions, stdout, stderr io.Writer) error {
	if opts.now == nil {
		opts.now = time.Now
	}
	to := opts.To
	if to == "" {
		if opts.Out == "-" {
			return usageErrorf("writing stdout needs --to (tmx, jsonl or tsv)")
		}
		to = corpus.DetectFormat(opts.Out)
	}
	if opts.Out == "-" && to == corpus.Moses {
		return usageErrorf("a Moses corpus is two files: give OUT as a stem, not -")
	}
	in, err := openInput(opts.In, opts.From, opts.SrcLang, opts.TgtLang, opts.stdin)
	if err != nil {
		return err
	}
	defer in.Close()
	pr, first, err := peek(in)
	if err != nil {
		return fmt.Errorf("%s: %w", opts.In, err)
	}
	src, tgt := pairLangs(first, opts.SrcLang, opts.TgtLang)
	header := corpus.TMXHeader{CreationToolVersion: version, CreationDate: opts.now(), SrcLang: src}

	var w corpus.Writer
	var fw *corpus.FileWriter
	if opts.Out == "-" {
		if w, err = corpus.NewWriter(stdout, to, header); err != nil {
			return usageErrorf("%v", err)
		}
	} else {
		fw, err = corpus.Create(opts.Out, corpus.CreateOptions{Format: to, SrcLang: src, TgtLang: tgt, TMX: header})
		if err != nil {
			return err
		}
		w = fw
	}
	var n int
	if to == corpus.Moses || to == corpus.TSV {
		// Their file names or header carry the languages once for all pairs.
		n, err = copyChecked(ctx, w, pr, src, tgt)
	} else {
		n, err = copyPairs(ctx, w, pr)
	}
	if err != nil {
		if fw != nil {
			fw.Abort()
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("%s: %w", opts.In, err)
	}
	if err := w.Close(); err != nil {
		return err
	}
	skipped := corpus.Skipped(in)
	if !opts.Quiet {
		dest := opts.Out
		if fw != nil && len(fw.Paths()) == 2 {
			dest = fw.Paths()[0] + " + " + fw.Paths()[1]
		}
		fmt.Fprintf(stderr, "convert: %d pairs (%s-%s) → %s (%s)\n", n, src, tgt, dest, to)
		if removed := removedChars(w); removed > 0 {
			fmt.Fprintf(stderr, "convert: removed %d characters XML 1.0 does not allow\n", removed)
		}
		if skipped > 0 {
			fmt.Fprintf(stderr, "convert: skipped %d units without both %s and %s\n", skipped, src, tgt)
		}
	}
	if skipped > 0 {
		return fmt.Errorf("convert: %d units without both languages skipped: %w", skipped, errPartial)
	}
	return nil
}
