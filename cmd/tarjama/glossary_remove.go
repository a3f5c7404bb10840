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

// glossaryRemoveOptions are the arguments of `tarjama glossary remove`.
type glossaryRemoveOptions struct{ Path, Source string }

func glossaryRemoveCommand() *cli.Command {
	return glossarySubcommand(cli.Command{Name: "remove", Usage: "remove a term, or one variant spelling of it", ArgsUsage: "AR",
		Description: "Removes the entry whose source is AR. If AR is only a variant spelling of an\nentry, just that spelling is removed."}, 1,
		func(_ *cli.Context, path string, args []string) glossaryRemoveOptions {
			return glossaryRemoveOptions{path, args[0]}
		},
		runGlossaryRemove)
}

func runGlossaryRemove(ctx context.Context, opts glossaryRemoveOptions, _ io.Reader, _, stderr io.Writer) error {
	src := strings.TrimSpace(opts.Source)
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
