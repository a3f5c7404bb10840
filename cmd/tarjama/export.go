package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// exportCommand is being built (see the issue list); this placeholder keeps
// the command tree compiling until then.
func exportCommand() *cli.Command {
	return &cli.Command{
		Name:   "export",
		Hidden: true,
		Action: func(*cli.Context) error { return errors.New("export: not built yet") },
	}
}
