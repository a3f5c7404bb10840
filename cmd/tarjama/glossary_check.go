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

// glossaryCheckOptions are the flags and arguments of `tarjama glossary check`.
type glossaryCheckOptions struct {
	Path string   // the glossary file
	Args []string // CORPUS
}

func glossaryCheckCommand() *cli.Command {
	return glossarySubcommand("check", "list corpus pairs whose translation misses a glossary term", "CORPUS",
		`Reads CORPUS (corpus.jsonl, corpus.tmx, or an output folder of translate)
and lists every pair whose source has a term and whose target lacks the
term's translation. Exit status 1 if there is any, 2 if CORPUS or the glossary
cannot be read.`, nil,
		func(c *cli.Context, _ glossaryFlags, path string) error {
			opts := glossaryCheckOptions{Path: path, Args: c.Args().Slice()}
			return runGlossaryCheck(c.Context, opts, c.App.Reader, c.App.Writer, c.App.ErrWriter)
		})
}

func runGlossaryCheck(ctx context.Context, opts glossaryCheckOptions, _ io.Reader, stdout, stderr io.Writer) error {
	if err := glossaryWantArgs("check", opts.Args, 1, "CORPUS"); err != nil {
		return err
	}
	g, err := glossaryLoadFile(opts.Path)
	if err != nil {
		return err
	}
	// A corpus that cannot be read is exit 2: exit 1 means terms are missing.
	r, err := corpus.Open(opts.Args[0], corpus.OpenOptions{SrcLang: g.SrcLang, TgtLang: g.TgtLang})
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
			return usageErrorf("glossary check: %s: %w", opts.Args[0], err)
		}
		if missing := audit.Add(m, p.Src, p.Tgt); len(missing) > 0 {
			glossaryPrintMissing(stdout, p, audit.Pairs, missing)
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "%s: %d pairs, %d with glossary terms (%d occurrences), %d missing a term's translation\n",
		opts.Args[0], audit.Pairs, audit.WithTerms, audit.Occurrences, audit.Missing)
	if audit.Missing > 0 {
		return errSilent{exitFailed}
	}
	return nil
}

// glossaryPrintMissing lists one pair whose translation lacks terms; n is its
// number in the corpus, its name when it has no ID.
func glossaryPrintMissing(w io.Writer, p corpus.Pair, n int, missing []glossary.Check) {
	id, terms := p.ID, make([]string, len(missing))
	if id == "" {
		id = fmt.Sprintf("pair %d", n)
	}
	for i, c := range missing {
		terms[i] = fmt.Sprintf("%s → %s", c.Surface, c.Entry.Target)
	}
	oneLine := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	fmt.Fprintf(w, "%s\tmissing: %s\n\t%s: %s\n\t%s: %s\n", id, strings.Join(terms, "; "), p.SrcLang, oneLine(p.Src), p.TgtLang, oneLine(p.Tgt))
}
