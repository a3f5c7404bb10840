package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// convertCommand is being built (see the issue list); this placeholder keeps
// the command tree compiling until then.
func convertCommand() *cli.Command {
	return &cli.Command{
		Name:   "convert",
		Hidden: true,
		Action: func(*cli.Context) error { return errors.New("convert: not built yet") },
	}
}
