package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/tarjama/tarjama/glossary"
	"github.com/urfave/cli/v2"
)

// glossaryPath picks the glossary file: the flag, else $TARJAMA_GLOSSARY,
// else ./glossary.tsv.
func glossaryPath(flag string, getenv func(string) string) string {
	if flag != "" {
		return flag
	}
	if p := getenv("TARJAMA_GLOSSARY"); p != "" {
		return p
	}
	return "glossary.tsv"
}

func glossaryPathFlag() cli.Flag {
	return &cli.StringFlag{
		Name: "glossary", Aliases: []string{"g"},
		Usage: "glossary file (default: $TARJAMA_GLOSSARY, else ./glossary.tsv)",
	}
}

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

// glossarySubcommand is a glossary subcommand with the --glossary flag;
// action gets its flags and the glossary file's path.
func glossarySubcommand(name, usage, argsUsage, desc string, flags []cli.Flag, action func(c *cli.Context, fv glossaryFlags, path string) error) *cli.Command {
	return &cli.Command{
		Name: name, Usage: usage, ArgsUsage: argsUsage, Description: desc,
		Flags: append([]cli.Flag{glossaryPathFlag()}, flags...),
		Action: func(c *cli.Context) error {
			fv := glossaryFlags{c}
			return action(c, fv, glossaryPath(fv.String("glossary"), os.Getenv))
		},
	}
}

func glossaryFormatFlag(def, values string) *cli.StringFlag {
	return &cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: def, Usage: values}
}

// glossaryFlags reads a subcommand's flags. --glossary is defined on both
// `glossary` and its subcommands: the innermost one given wins. (Flags
// after the positional arguments are moved in front by flagsFirst in main.)
type glossaryFlags struct{ c *cli.Context }

func (fv glossaryFlags) String(name string) string {
	for _, c := range fv.c.Lineage() {
		if c.Command != nil && c.IsSet(name) {
			if v := c.String(name); v != "" {
				return v
			}
		}
	}
	return fv.c.String(name)
}

// glossaryLoadFile reads the glossary for a read-only action. A malformed or
// missing file is a usage error (exit 2), as it is for translate, so that exit
// 1 of lint and check keeps its meaning (problems found).
func glossaryLoadFile(path string) (*glossary.Glossary, error) {
	g, err := glossary.Load(path)
	var pe *glossary.ParseError
	switch {
	case errors.As(err, &pe):
		return nil, usageError{err}
	case errors.Is(err, fs.ErrNotExist):
		return nil, usageErrorf("glossary %s does not exist (create it with `tarjama glossary add AR EN`, or point --glossary or TARJAMA_GLOSSARY at one)", path)
	case err != nil:
		return nil, fmt.Errorf("glossary: %w", err)
	}
	return g, nil
}

// glossaryErr makes a malformed glossary or input a usage error (exit 2).
func glossaryErr(err error) error {
	var pe *glossary.ParseError
	if errors.As(err, &pe) {
		return usageError{err}
	}
	return err
}

// glossaryInput opens a command's input file, "-" (or "") for stdin; a
// missing file is a usage error (exit 2), as it is for every command.
func glossaryInput(action, file string, stdin io.Reader) (io.ReadCloser, error) {
	if file == "-" || file == "" {
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

func glossaryWantArgs(action string, args []string, n int, usage string) error {
	if len(args) != n {
		return usageErrorf("glossary %s: want %s, got %d argument(s)", action, usage, len(args))
	}
	return nil
}
