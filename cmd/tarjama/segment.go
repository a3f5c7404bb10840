package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// segmentCommand is being built (see the issue list); this placeholder keeps
// the command tree compiling until then.
func segmentCommand() *cli.Command {
	return &cli.Command{
		Name:   "segment",
		Hidden: true,
		Action: func(*cli.Context) error { return errors.New("segment: not built yet") },
	}
}
