package cliargs

import (
	"strings"

	"github.com/urfave/cli/v2"
)

// FlagsFirst moves each command's flags in front of its positional
// arguments. args is the whole command line, args[0] the program name.
// "--" still ends flag parsing (it is moved in front of the positional
// arguments, where the flag parser stops), and the separate value of a
// flag that takes one stays with it.
func FlagsFirst(cmds []*cli.Command, args []string) []string {
	if len(args) < 2 {
		return args
	}
	out := []string{args[0]}
	return append(out, reorder(cmds, nil, args[1:])...)
}

// reorder handles the arguments of one command level: flags (of this
// level) first, then the subcommand name and its own arguments, or the
// positional arguments.
func reorder(cmds []*cli.Command, flags []cli.Flag, args []string) []string {
	var fl, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return append(append(append(fl, "--"), pos...), args[i+1:]...)
		}
		if strings.HasPrefix(a, "-") && a != "-" {
			fl = append(fl, a)
			if !strings.Contains(a, "=") && takesValue(flags, strings.TrimLeft(a, "-")) && i+1 < len(args) {
				i++
				fl = append(fl, args[i])
			}
			continue
		}
		if c := find(cmds, a); c != nil && len(pos) == 0 {
			rest := reorder(c.Subcommands, c.Flags, args[i+1:])
			return append(append(fl, a), rest...)
		}
		pos = append(pos, a)
	}
	return append(fl, pos...)
}

func find(cmds []*cli.Command, name string) *cli.Command {
	for _, c := range cmds {
		if c.HasName(name) {
			return c
		}
	}
	return nil
}

// takesValue reports whether the flag called name expects a value.
func takesValue(flags []cli.Flag, name string) bool {
	f := lookup(flags, name)
	_, isBool := f.(*cli.BoolFlag)
	return f != nil && !isBool
}

func lookup(flags []cli.Flag, name string) cli.Flag {
	for _, f := range flags {
		for _, n := range f.Names() {
			if n == name {
				return f
			}
		}
	}
	return nil
}

// FlagAfterArgs returns the first argument of c that is one of c's own
// flags ("--out", "-o=x"), or "" when there is none. Only the command's
// own flag names count, so a file really named like "--x" after "--"
// still works.
func FlagAfterArgs(c *cli.Context) string {
	for _, a := range c.Args().Slice() {
		if !strings.HasPrefix(a, "-") || a == "-" {
			continue
		}
		if name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "="); lookup(c.Command.Flags, name) != nil {
			return a
		}
	}
	return ""
}
