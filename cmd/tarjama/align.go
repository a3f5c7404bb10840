package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/tarjama/tarjama/align"
	"github.com/tarjama/tarjama/alignjob"
)

// alignOptions are the flags and arguments of `tarjama align`.
type alignOptions = alignjob.Options

const alignDescription = `Aligns the sentences of SRC with those of its translation TGT and prints
which sentences translate which.

Input: UTF-8 text. By default each line of SRC and TGT is a paragraph, split
into sentences by the segmenter translate uses (blank lines are skipped;
unlike segment, no boilerplate is removed). With
--presplit each line is one sentence, blank lines included, so the indices
printed are 0-based line numbers.

Similarity: --src-mt FILE gives a translation of SRC into the target
language with one line per source sentence (per line with --presplit), as
Bleualign's -t. Without it SRC is translated with --backend (default:
lexicon for ar→en, none for other pairs). Where no backend serves the pair,
sentences are aligned on length and anchors (numbers, Latin-script words,
punctuation, --glossary terms) alone, with a note on stderr.

Output (stdout, or --out FILE):
  vecalign  one link per line, covering every sentence of both files in order:
            [0]:[0, 1]:0.87   source 0 ↔ target 0 and 1, score 0.87
            []:[5]:0.00       target 5 is linked to nothing
  tsv       a "SRC_LANG<TAB>TGT_LANG" header, then "source<TAB>target" per link
  jsonl     one corpus record per link, with "align" ("1-2") and "score"
  tmx       TMX 1.4b, one <tu> per link, with x-align and x-score props
Scores are in [0,1]: how sure the aligner is that the link is right.
--min-score S drops links scoring below S. In tsv, jsonl and tmx they are
left out (as unlinked sentences always are); in vecalign, so that every line
stays covered, each of their sentences is printed as unlinked ([3]:[]:0.00).

Many documents: --pairs FILE reads one pair per line, "SRC<TAB>TGT" or
"SRC<TAB>TGT<TAB>SRC_MT" (relative paths are relative to FILE's folder;
blank lines and lines starting with # are skipped). tsv, jsonl and tmx
output is one stream whose records name their document (SRC as written in
FILE); vecalign output needs --out DIR and writes DIR/<SRC name>.align per
pair. Each pair's document score (the share of sentences linked, weighted
by link score) is reported on stderr. A pair that cannot be read or aligned
is reported and skipped: the others are still written and the exit status
is 3.`

func alignCommand() *cli.Command {
	flags := []cli.Flag{
		&cli.BoolFlag{Name: "presplit", Usage: "inputs hold one sentence per line (default: one paragraph per line, split into sentences)"},
		&cli.StringFlag{Name: "src-lang", Value: "ar", Usage: "source language `CODE`"},
		&cli.StringFlag{Name: "tgt-lang", Value: "en", Usage: "target language `CODE`"},
		&cli.StringFlag{Name: "src-mt", Usage: "`FILE` translating SRC into the target language, one line per source sentence"},
		&cli.StringFlag{Name: "backend", Aliases: []string{"b"}, Usage: "translate SRC with backend `NAME` when there is no --src-mt", DefaultText: "lexicon for ar→en, none otherwise"},
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "vecalign", Usage: "output format: vecalign, tsv, jsonl or tmx"},
		&cli.StringFlag{Name: "pairs", Usage: "align every document pair listed in `FILE` (SRC<TAB>TGT[<TAB>SRC_MT] per line)"},
		&cli.Float64Flag{Name: "min-score", Usage: "drop links scoring below `S` (0..1)"},
		&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "write to `PATH` instead of stdout (a folder for --pairs with vecalign)"},
		&cli.IntFlag{Name: "max-group", Value: align.DefaultMaxGroup, Usage: "at most `N` sentences on one side of a link (enumerations such as أ- … ب- … may group up to 10 items)"},
		&cli.StringFlag{Name: "glossary", Aliases: []string{"g"}, Usage: "glossary `FILE` whose terms serve as anchors"},
	}
	return &cli.Command{
		Name: "align", Usage: "align the sentences of a document and its translation", ArgsUsage: "SRC TGT",
		Description: alignDescription,
		Flags:       append(flags, commandBackendFlags("align")...),
		Action: func(c *cli.Context) error {
			opts := alignOptions{
				SrcMT: c.String("src-mt"), Pairs: c.String("pairs"), Presplit: c.Bool("presplit"),
				SrcLang: c.String("src-lang"), TgtLang: c.String("tgt-lang"),
				Format: c.String("format"), MinScore: c.Float64("min-score"), Out: c.String("out"),
				MaxGroup: c.Int("max-group"), Glossary: c.String("glossary"),
			}
			if n := c.NArg(); (opts.Pairs == "") != (n == 2) || (opts.Pairs != "" && n != 0) {
				return usageErrorf("align: want SRC and TGT, or --pairs FILE and no arguments; got %d arguments", n)
			}
			opts.Src, opts.Tgt = c.Args().Get(0), c.Args().Get(1)
			if err := opts.Validate(); err != nil {
				return usageErrorf("align: %v", err)
			}
			closer, err := alignBackend(c, &opts)
			if err != nil {
				return err
			}
			defer closer()
			return runAlign(c.Context, opts, c.App.Reader, c.App.Writer, c.App.ErrWriter)
		},
	}
}

// alignBackend sets opts.Translator from --backend (lexicon for ar→en by
// default) unless a lone pair brings its --src-mt. A default backend that
// cannot be opened is noted and left out; the returned func closes it.
func alignBackend(c *cli.Context, opts *alignOptions) (func() error, error) {
	name, none := c.String("backend"), func() error { return nil }
	if !c.IsSet("backend") && strings.EqualFold(opts.SrcLang, "ar") && strings.EqualFold(opts.TgtLang, "en") {
		name = "lexicon"
	}
	if name == "" || (opts.Pairs == "" && opts.SrcMT != "") {
		return none, nil
	}
	setup, err := openTranslator(c.Context, c, name, "")
	var u usageError
	switch {
	case err != nil && (c.IsSet("backend") || errors.As(err, &u)):
		return nil, err
	case err != nil:
		fmt.Fprintf(c.App.ErrWriter, "tarjama: align: backend %s unavailable (%v); aligning on length and anchors only\n", name, err)
		return none, nil
	}
	opts.Backend, opts.Translator = name, setup.Translator
	return setup.Close, nil
}

// runAlign runs the alignment job, reporting pairs on stderr.
func runAlign(ctx context.Context, opts alignOptions, stdin io.Reader, stdout, stderr io.Writer) error {
	opts.Version = version
	opts.Warn, opts.Progress = reportPairs("align", stderr, opts.Pairs != "" || opts.Format != "vecalign")
	return alignError("align", alignjob.Run(ctx, opts, stdin, stdout))
}

// reportPairs returns the Warn and Progress callbacks of a job of cmd:
// notes and failed pairs on stderr, and pair summaries when summaries.
func reportPairs(cmd string, stderr io.Writer, summaries bool) (func(error), func(alignjob.Result)) {
	return func(err error) { fmt.Fprintf(stderr, "tarjama: %s: %v\n", cmd, err) }, func(r alignjob.Result) {
		if r.Err != nil {
			fmt.Fprintf(stderr, "tarjama: %s: %s: %v\n", cmd, r.Pair.Name, r.Err)
		} else if summaries {
			fmt.Fprintln(stderr, r.Summary())
		}
	}
}

// alignError maps an alignjob error to the exit codes: usage (2), partial (3).
func alignError(cmd string, err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, alignjob.ErrUsage):
		return usageErrorf("%s: %w", cmd, err)
	case errors.Is(err, alignjob.ErrPartial):
		return fmt.Errorf("%s: %v: %w", cmd, err, errPartial)
	}
	return fmt.Errorf("%s: %w", cmd, err)
}
