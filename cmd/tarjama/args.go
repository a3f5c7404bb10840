package main

import (
	"strings"

	"github.com/urfave/cli/v2"
)

// flagsFirst moves each command's flags in front of its positional
// arguments, so that `tarjama translate DIR --out X` works as users expect
// (urfave/cli v2 stops reading flags at the first positional argument).
// "--" still ends flag parsing, and a flag's separate value stays with it.
func flagsFirst(cmds []*cli.Command, args []string) []string {
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
			// "--" goes before every positional argument: the flag
			// parser stops at the first one and would pass a later
			// "--" on as an argument.
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
		if c.Name == name {
			return c
		}
		for _, a := range c.Aliases {
			if a == name {
				return c
			}
		}
	}
	return nil
}

// takesValue reports whether the flag called name expects a value.
func takesValue(flags []cli.Flag, name string) bool {
	for _, f := range flags {
		for _, n := range f.Names() {
			if n == name {
				if _, ok := f.(*cli.BoolFlag); ok {
					return false
				}
				return true
			}
		}
	}
	return false
}
