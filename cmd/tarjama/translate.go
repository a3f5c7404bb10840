package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

func translateCommand() *cli.Command {
	return &cli.Command{Name: "translate", Action: func(*cli.Context) error { return errors.New("translate: not built yet") }}
}
