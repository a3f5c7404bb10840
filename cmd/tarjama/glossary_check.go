package main

import (
	"context"
	"fmt"
	"io"
	"strings"

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
	m, audit := glossary.NewMatcher(g), glossary.Audit{}
	for ctx.Err() == nil {
		p, err := r.Read()
		if err == io.EOF {
			break
		} else if err != nil {
			return usageErrorf("glossary check: %s: %w", opts.Corpus, err)
		}
		if missing := audit.Add(m, p.Src, p.Tgt); len(missing) > 0 {
			glossaryPrintMissing(stdout, p, audit.Pairs, missing)
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "%s: %d pairs, %d with glossary terms (%d occurrences), %d missing a term's translation\n",
		opts.Corpus, audit.Pairs, audit.WithTerms, audit.Occurrences, audit.Missing)
	if audit.Missing > 0 {
		return errSilent{exitFailed}
	}
	return nil
}

// glossaryPrintMissing lists a pair whose translation lacks terms; n is its
// number in the corpus, its name when it has no ID.
func glossaryPrintMissing(w io.Writer, p corpus.Pair, n int, missing []glossary.Check) {
	id, terms, line := p.ID, make([]string, len(missing)), func(s string) string { return strings.Join(strings.Fields(s), " ") }
	if id == "" {
		id = fmt.Sprintf("pair %d", n)
	}
	for i, c := range missing {
		terms[i] = fmt.Sprintf("%s → %s", c.Surface, c.Entry.Target)
	}
	fmt.Fprintf(w, "%s\tmissing: %s\n\t%s: %s\n\t%s: %s\n", id, strings.Join(terms, "; "), p.SrcLang, line(p.Src), p.TgtLang, line(p.Tgt))
}
