package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/tarjama/tarjama/glossary"
	"github.com/urfave/cli/v2"
)

// glossaryAddOptions are the flags and arguments of `tarjama glossary add`.
type glossaryAddOptions struct {
	Path       string   // the glossary file
	Args       []string // AR EN
	Note       string
	Variants   []string
	IgnoreCase bool   // the target may appear in any letter case
	Article    string // "", "the" or "none"
}

func glossaryAddCommand() *cli.Command {
	return glossarySubcommand("add", "add a term (or more spellings and a note to an existing one)", "AR EN",
		"Adds AR → EN. If AR (or a spelling equal to it after normalisation) is\nalready there with the same target, the new variants and note are added to it;\nwith a different target nothing changes and the exit status is 1.",
		[]cli.Flag{
			&cli.StringFlag{Name: "note", Aliases: []string{"n"}, Usage: "free-text note"},
			&cli.StringSliceFlag{Name: "variant", Usage: "extra source spelling (repeatable)"},
			&cli.BoolFlag{Name: "ignore-case", Usage: "accept the target in any letter case"},
			&cli.StringFlag{Name: "article", Usage: `"the": the target takes "the" (the United States); "none": never (default: by rule)`},
		},
		func(c *cli.Context, fv glossaryFlags, path string) error {
			opts := glossaryAddOptions{Path: path, Args: c.Args().Slice(), Note: c.String("note"),
				Variants: c.StringSlice("variant"), IgnoreCase: c.Bool("ignore-case"), Article: c.String("article")}
			return runGlossaryAdd(c.Context, opts, c.App.Reader, c.App.Writer, c.App.ErrWriter)
		})
}

func runGlossaryAdd(ctx context.Context, opts glossaryAddOptions, _ io.Reader, _, stderr io.Writer) error {
	e, err := opts.entry()
	if err != nil {
		return err
	}
	var res glossary.UpsertResult
	err = glossaryErr(glossary.Edit(ctx, opts.Path, func(g *glossary.Glossary) error {
		res, err = g.Upsert(e)
		return err
	}))
	if ce := (*glossary.ConflictError)(nil); errors.As(err, &ce) {
		return fmt.Errorf("glossary add: %q is already in %s as %q → %q; remove it first to change its target",
			e.Source, opts.Path, ce.Existing.Source, ce.Existing.Target)
	} else if err != nil {
		return err
	}
	msg := map[glossary.UpsertResult]string{glossary.Added: "added %s → %s", glossary.Updated: "updated %s → %s",
		glossary.Unchanged: "%s → %s is already there"}[res]
	fmt.Fprintf(stderr, "%s: "+msg+"\n", opts.Path, e.Source, e.Target)
	return nil
}

// entry checks the arguments and returns the entry to add.
func (opts glossaryAddOptions) entry() (glossary.Entry, error) {
	if err := glossaryWantArgs("add", opts.Args, 2, "AR EN"); err != nil {
		return glossary.Entry{}, err
	}
	e := glossary.Entry{
		Source:     strings.TrimSpace(opts.Args[0]),
		Target:     strings.TrimSpace(opts.Args[1]),
		Note:       strings.TrimSpace(opts.Note),
		IgnoreCase: opts.IgnoreCase,
	}
	for _, v := range opts.Variants {
		if v = strings.TrimSpace(v); v != "" {
			e.Variants = append(e.Variants, v)
		}
	}
	var ok bool
	if e.Article, ok = glossary.ParseArticle(opts.Article); !ok {
		return e, usageErrorf("glossary add: --article must be the or none, not %q", opts.Article)
	}
	switch {
	case e.Source == "" || e.Target == "":
		return e, usageErrorf("glossary add: source and target must not be empty")
	case glossary.Normalize(e.Source) == "":
		return e, usageErrorf("glossary add: %q has no letters or digits to match", e.Source)
	}
	if err := e.Validate(); err != nil {
		return e, usageErrorf("glossary add: %v", err)
	}
	return e, nil
}
