package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// backendsCommand is being built (see the issue list); this placeholder keeps
// the command tree compiling until then.
func backendsCommand() *cli.Command {
	return &cli.Command{
		Name:   "backends",
		Hidden: true,
		Action: func(*cli.Context) error { return errors.New("backends: not built yet") },
	}
}
