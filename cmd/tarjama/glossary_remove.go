package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/tarjama/tarjama/glossary"
	"github.com/urfave/cli/v2"
)

// glossaryRemoveOptions are the flags and arguments of `tarjama glossary remove`.
type glossaryRemoveOptions struct {
	Path string   // the glossary file
	Args []string // AR
}

func glossaryRemoveCommand() *cli.Command {
	return glossarySubcommand("remove", "remove a term, or one variant spelling of it", "AR",
		"Removes the entry whose source is AR. If AR is only a variant spelling of an\nentry, just that spelling is removed.", nil,
		func(c *cli.Context, _ glossaryFlags, path string) error {
			opts := glossaryRemoveOptions{Path: path, Args: c.Args().Slice()}
			return runGlossaryRemove(c.Context, opts, c.App.Reader, c.App.Writer, c.App.ErrWriter)
		})
}

func runGlossaryRemove(ctx context.Context, opts glossaryRemoveOptions, _ io.Reader, _, stderr io.Writer) error {
	if err := glossaryWantArgs("remove", opts.Args, 1, "AR"); err != nil {
		return err
	}
	src := strings.TrimSpace(opts.Args[0])
	if _, err := os.Stat(opts.Path); err != nil {
		return fmt.Errorf("glossary remove: %w", err)
	}
	var r glossary.Removal
	err := glossaryErr(glossary.Edit(ctx, opts.Path, func(g *glossary.Glossary) (err error) {
		r, err = g.RemoveSpelling(src)
		return err
	}))
	switch {
	case errors.Is(err, glossary.ErrNotFound):
		return fmt.Errorf("glossary remove: %q is not in %s", src, opts.Path)
	case err != nil:
		return err
	case r.Variant != "":
		fmt.Fprintf(stderr, "%s: removed the spelling %s from %s → %s\n", opts.Path, r.Variant, r.Entry.Source, r.Entry.Target)
	default:
		fmt.Fprintf(stderr, "%s: removed %s → %s\n", opts.Path, r.Entry.Source, r.Entry.Target)
	}
	return nil
}
