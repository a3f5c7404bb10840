package cliargs

import (
	"reflect"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

// commands is a small app: a command with value, bool and aliased flags,
// and a command with a flag of its own on each of two levels.
func commands() []*cli.Command {
	return []*cli.Command{
		{Name: "run", Aliases: []string{"r"}, Flags: []cli.Flag{
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}},
			&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}},
			&cli.Float64Flag{Name: "min"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}},
		}},
		{Name: "list", Flags: []cli.Flag{&cli.StringFlag{Name: "file", Aliases: []string{"f"}}}, Subcommands: []*cli.Command{
			{Name: "add", Flags: []cli.Flag{&cli.StringFlag{Name: "note"}}},
		}},
	}
}

func TestFlagsFirst(t *testing.T) {
	cases := []struct{ in, want string }{
		{"run a --out x --quiet", "run --out x --quiet a"},
		{"run --out x a", "run --out x a"},
		{"r a b --out=x -j 2", "r --out=x -j 2 a b"},   // alias, flag=value
		{"run a --quiet b", "run --quiet a b"},         // a bool flag takes no value
		{"run - -o x", "run -o x -"},                   // "-" is an argument
		{"run a -- --odd-name", "run -- a --odd-name"}, // "--" before every argument
		{"run --out x -- -a", "run --out x -- -a"},     // …and ends the flags
		{"run a --min -1", "run --min -1 a"},           // a negative value stays with its flag
		{"list add x y --note n", "list add --note n x y"},
		{"list -f g add x --note n", "list -f g add --note n x"},
		{"list add --file g x", "list add --file g x"}, // not add's flag: kept in place, no value taken
		{"other a --out x", "--out other a x"},         // no such command: positional, and --out takes no value
		{"run", "run"},
	}
	for _, c := range cases {
		got := FlagsFirst(commands(), append([]string{"prog"}, strings.Fields(c.in)...))[1:]
		if want := strings.Fields(c.want); !reflect.DeepEqual(got, want) {
			t.Errorf("%q → %q, want %q", c.in, got, want)
		}
	}
	if got := FlagsFirst(nil, []string{"prog"}); !reflect.DeepEqual(got, []string{"prog"}) {
		t.Errorf("no arguments: %q", got)
	}
}

func TestFlagAfterArgs(t *testing.T) {
	cases := []struct{ args, want string }{
		{"a b", ""},
		{"a --out", "--out"},
		{"a -o=x", "-o=x"},
		{"a --quiet b", "--quiet"},
		{"a - --other", ""}, // "-" is stdin; --other is no flag of run
	}
	for _, c := range cases {
		var got string
		app := &cli.App{Commands: commands()}
		app.Commands[0].Action = func(ctx *cli.Context) error { got = FlagAfterArgs(ctx); return nil }
		// "--" keeps the flag parser off the arguments, as when FlagsFirst
		// did not run.
		if err := app.Run(append([]string{"prog", "run", "--"}, strings.Fields(c.args)...)); err != nil {
			t.Fatal(err)
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.args, got, c.want)
		}
	}
}
