package main

import (
	"context"
	"fmt"
	"io"

	"github.com/tarjama/tarjama/glossary"
	"github.com/urfave/cli/v2"
)

// glossaryLintOptions are the flags and arguments of `tarjama glossary lint`.
type glossaryLintOptions struct {
	Path string   // the glossary file
	Args []string // none
}

func glossaryLintCommand() *cli.Command {
	return glossarySubcommand("lint", "find duplicates, conflicts, empty sides and terms hidden by longer ones", "",
		"Prints one problem per line (FILE:LINE: kind: message); exit status 1 if any.", nil,
		func(c *cli.Context, _ glossaryFlags, path string) error {
			opts := glossaryLintOptions{Path: path, Args: c.Args().Slice()}
			return runGlossaryLint(c.Context, opts, c.App.Reader, c.App.Writer, c.App.ErrWriter)
		})
}

func runGlossaryLint(_ context.Context, opts glossaryLintOptions, _ io.Reader, stdout, stderr io.Writer) error {
	if err := glossaryWantArgs("lint", opts.Args, 0, "no arguments"); err != nil {
		return err
	}
	g, err := glossaryLoadFile(opts.Path)
	if err != nil {
		return err
	}
	problems := glossary.Lint(g)
	for _, p := range problems {
		if p.Line > 0 {
			fmt.Fprintf(stdout, "%s:%d: %s: %s\n", opts.Path, p.Line, p.Kind, p.Msg)
		} else {
			fmt.Fprintf(stdout, "%s: %s\n", opts.Path, p)
		}
	}
	if len(problems) > 0 {
		fmt.Fprintf(stderr, "%s: %d problem(s) in %d entries\n", opts.Path, len(problems), len(g.Entries))
		return errSilent{exitFailed}
	}
	fmt.Fprintf(stderr, "%s: %d entries, no problems\n", opts.Path, len(g.Entries))
	return nil
}
