package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/tarjama/tarjama/glossary"
	"github.com/urfave/cli/v2"
)

func glossaryCommand() *cli.Command {
	return &cli.Command{
		Name:  "glossary",
		Usage: "manage the glossary of names and terms that translations must respect",
		Description: `The glossary is a TSV file: a header row of language codes (ar<TAB>en),
optional columns note, variants (extra source spellings, |-separated),
case (exact or ignore) and article (the or none: whether the English target
takes "the"; empty: decided by rule), one term per line; # starts a comment.
Terms are found however they are written: with clitics (و ف ب ك ل س, لل),
with or without the article, with diacritics, tatweel or other hamza, ya
and ta marbuta spellings.

The file is --glossary, else $TARJAMA_GLOSSARY, else ./glossary.tsv. Edits
keep its order and comments, are atomic and are serialised by a lock file,
so concurrent adds never lose an entry.`,
		Flags: []cli.Flag{glossaryPathFlag()},
		Action: func(c *cli.Context) error {
			if c.Args().Present() {
				return usageErrorf("glossary: unknown command %q (see tarjama glossary --help)", c.Args().First())
			}
			return cli.ShowSubcommandHelp(c)
		},
		Subcommands: []*cli.Command{
			glossaryAddCommand(), glossaryRemoveCommand(), glossaryListCommand(), glossaryImportCommand(),
			glossaryExportCommand(), glossaryLintCommand(), glossaryMatchCommand(), glossaryCheckCommand(),
		},
	}
}

func glossaryPathFlag() cli.Flag {
	return &cli.StringFlag{Name: "glossary", Aliases: []string{"g"}, Usage: "glossary file (default: $TARJAMA_GLOSSARY, else ./glossary.tsv)"}
}

func glossaryFormatFlag(def, values string) cli.Flag {
	return &cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: def, Usage: values}
}

// glossarySubcommand is a glossary subcommand with the --glossary flag
// taking nargs arguments (-1: at most one): fill makes its options from
// the glossary file's path, its flags and its arguments; run does the work.
func glossarySubcommand[O any](cmd cli.Command, nargs int, fill func(c *cli.Context, path string, args []string) O,
	run func(context.Context, O, io.Reader, io.Writer, io.Writer) error) *cli.Command {
	cmd.Flags = append([]cli.Flag{glossaryPathFlag()}, cmd.Flags...)
	cmd.Action = func(c *cli.Context) error {
		n, want := c.NArg(), cmd.ArgsUsage
		if nargs == 0 {
			want = "no arguments"
		}
		if nargs < 0 && n > 1 {
			return usageErrorf("glossary %s: want at most one FILE, got %d", cmd.Name, n)
		} else if nargs >= 0 && n != nargs {
			return usageErrorf("glossary %s: want %s, got %d argument(s)", cmd.Name, want, n)
		}
		opts := fill(c, glossary.DefaultPath(glossaryFlag(c, "glossary"), os.Getenv), c.Args().Slice())
		return run(c.Context, opts, c.App.Reader, c.App.Writer, c.App.ErrWriter)
	}
	return &cmd
}

// glossaryFlag reads a string flag of a subcommand. --glossary is defined
// on both `glossary` and its subcommands: the innermost one given wins.
// (Flags after the positional arguments are moved in front by flagsFirst.)
func glossaryFlag(c *cli.Context, name string) string {
	for _, l := range c.Lineage() {
		if v := l.String(name); l.Command != nil && l.IsSet(name) && v != "" {
			return v
		}
	}
	return c.String(name)
}

// glossaryLoadFile reads the glossary for a read-only action. A malformed or
// missing file is a usage error (exit 2), as it is for translate, so that exit
// 1 of lint and check keeps its meaning (problems found).
func glossaryLoadFile(path string) (*glossary.Glossary, error) {
	g, err := glossary.Load(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, usageErrorf("glossary %s does not exist (create it with `tarjama glossary add AR EN`, or point --glossary or TARJAMA_GLOSSARY at one)", path)
	} else if pe := (*glossary.ParseError)(nil); err != nil && !errors.As(err, &pe) {
		return nil, fmt.Errorf("glossary: %w", err)
	}
	return g, glossaryErr(err)
}

// glossaryErr makes a malformed glossary or input a usage error (exit 2).
func glossaryErr(err error) error {
	if pe := (*glossary.ParseError)(nil); errors.As(err, &pe) {
		return usageError{err}
	}
	return err
}

// glossaryInput opens a command's input file, "-" for stdin; a missing
// file is a usage error (exit 2), as it is for every command.
func glossaryInput(action, file string, stdin io.Reader) (io.ReadCloser, error) {
	if file == "-" {
		return io.NopCloser(stdin), nil
	}
	f, err := os.Open(file)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, usageErrorf("glossary %s: %w", action, err)
	} else if err != nil {
		return nil, fmt.Errorf("glossary %s: %w", action, err)
	}
	return f, nil
}
