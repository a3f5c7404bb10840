package main

import (
	"context"
	"fmt"
	"io"

	"github.com/tarjama/tarjama/glossary"
	"github.com/urfave/cli/v2"
)

// glossaryLintOptions are the options of `tarjama glossary lint`.
type glossaryLintOptions struct{ Path string }

func glossaryLintCommand() *cli.Command {
	return glossarySubcommand(cli.Command{Name: "lint", Usage: "find duplicates, conflicts, empty sides and terms hidden by longer ones",
		Description: "Prints one problem per line (FILE:LINE: kind: message); exit status 1 if any."}, 0,
		func(_ *cli.Context, path string, _ []string) glossaryLintOptions { return glossaryLintOptions{path} }, runGlossaryLint)
}

func runGlossaryLint(_ context.Context, opts glossaryLintOptions, _ io.Reader, stdout, stderr io.Writer) error {
	g, err := glossaryLoadFile(opts.Path)
	if err != nil {
		return err
	}
	problems := glossary.Lint(g)
	for _, p := range problems {
		fmt.Fprintln(stdout, p.In(opts.Path))
	}
	if len(problems) > 0 {
		fmt.Fprintf(stderr, "%s: %d problem(s) in %d entries\n", opts.Path, len(problems), len(g.Entries))
		return errSilent{exitFailed}
	}
	fmt.Fprintf(stderr, "%s: %d entries, no problems\n", opts.Path, len(g.Entries))
	return nil
}
