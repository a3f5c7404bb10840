package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/tarjama/tarjama/glossary"
	"github.com/urfave/cli/v2"
)

// glossaryAddOptions are the flags and arguments of `tarjama glossary add`.
type glossaryAddOptions struct {
	Path, Source, Target, Note string
	Variants                   []string
	IgnoreCase                 bool   // the target may appear in any letter case
	Article                    string // "", "the" or "none"
}

func glossaryAddCommand() *cli.Command {
	return glossarySubcommand(cli.Command{Name: "add", Usage: "add a term (or more spellings and a note to an existing one)", ArgsUsage: "AR EN",
		Description: "Adds AR → EN. If AR (or a spelling equal to it after normalisation) is\nalready there with the same target, the new variants and note are added to it;\nwith a different target nothing changes and the exit status is 1.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "note", Aliases: []string{"n"}, Usage: "free-text note"},
			&cli.StringSliceFlag{Name: "variant", Usage: "extra source spelling (repeatable)"},
			&cli.BoolFlag{Name: "ignore-case", Usage: "accept the target in any letter case"},
			&cli.StringFlag{Name: "article", Usage: `"the": the target takes "the" (the United States); "none": never (default: by rule)`},
		}}, 2,
		func(c *cli.Context, path string, args []string) glossaryAddOptions {
			return glossaryAddOptions{path, args[0], args[1], c.String("note"), c.StringSlice("variant"), c.Bool("ignore-case"), c.String("article")}
		}, runGlossaryAdd)
}

func runGlossaryAdd(ctx context.Context, opts glossaryAddOptions, _ io.Reader, _, stderr io.Writer) error {
	e, err := glossary.NewEntry(opts.Source, opts.Target, opts.Note, opts.Variants)
	if err != nil {
		return usageErrorf("glossary add: %v", err)
	}
	e.IgnoreCase = opts.IgnoreCase
	var ok bool
	if e.Article, ok = glossary.ParseArticle(opts.Article); !ok {
		return usageErrorf("glossary add: --article must be the or none, not %q", opts.Article)
	}
	res, err := glossary.Add(ctx, opts.Path, e)
	if ce := (*glossary.ConflictError)(nil); errors.As(err, &ce) {
		return fmt.Errorf("glossary add: %q is already in %s as %q → %q; remove it first to change its target",
			e.Source, opts.Path, ce.Existing.Source, ce.Existing.Target)
	} else if err != nil {
		return glossaryErr(err)
	}
	msg := map[glossary.UpsertResult]string{glossary.Added: "added %s → %s", glossary.Updated: "updated %s → %s",
		glossary.Unchanged: "%s → %s is already there"}[res]
	fmt.Fprintf(stderr, "%s: "+msg+"\n", opts.Path, e.Source, e.Target)
	return nil
}
