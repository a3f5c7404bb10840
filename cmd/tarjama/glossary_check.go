package main

import (
	"context"
	"fmt"
	"io"

	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/glossary"
	"github.com/urfave/cli/v2"
)

// glossaryCheckOptions are the arguments of `tarjama glossary check`.
type glossaryCheckOptions struct{ Path, Corpus string }

func glossaryCheckCommand() *cli.Command {
	return glossarySubcommand(cli.Command{Name: "check", Usage: "list corpus pairs whose translation misses a glossary term", ArgsUsage: "CORPUS",
		Description: `Reads CORPUS (corpus.jsonl, corpus.tmx, or an output folder of translate)
and lists every pair whose source has a term and whose target lacks the
term's translation. Exit status 1 if there is any, 2 if CORPUS or the glossary
cannot be read.`}, 1,
		func(_ *cli.Context, path string, args []string) glossaryCheckOptions {
			return glossaryCheckOptions{path, args[0]}
		},
		runGlossaryCheck)
}

func runGlossaryCheck(ctx context.Context, opts glossaryCheckOptions, _ io.Reader, stdout, stderr io.Writer) error {
	g, err := glossaryLoadFile(opts.Path)
	if err != nil {
		return err
	}
	// A corpus that cannot be read is exit 2: exit 1 means terms are missing.
	r, err := corpus.Open(opts.Corpus, corpus.OpenOptions{SrcLang: g.SrcLang, TgtLang: g.TgtLang})
	if err != nil {
		return usageErrorf("glossary check: %w", err)
	}
	defer r.Close()
	audit, err := corpus.CheckGlossary(ctx, r, glossary.NewMatcher(g), stdout)
	if ctx.Err() != nil {
		return ctx.Err()
	} else if err != nil {
		return usageErrorf("glossary check: %s: %w", opts.Corpus, err)
	}
	fmt.Fprintf(stderr, "%s: %d pairs, %d with glossary terms (%d occurrences), %d missing a term's translation\n",
		opts.Corpus, audit.Pairs, audit.WithTerms, audit.Occurrences, audit.Missing)
	if audit.Missing > 0 {
		return errSilent{exitFailed}
	}
	return nil
}
