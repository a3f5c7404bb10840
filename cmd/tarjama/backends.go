package main

import (
	"context"
	"io"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/registry"
)

// backendsOptions is what `tarjama backends` is asked.
type backendsOptions struct {
	Format   string            // text or json
	Registry *backend.Registry // nil: registry.Default()
	Getenv   func(string) string
}

func backendsCommand() *cli.Command {
	return &cli.Command{
		Name:  "backends",
		Usage: "list the translation backends, their options, environment variables and limits",
		Description: "Each option is a flag of `tarjama translate` (and `align`) that falls back to its\n" +
			"environment variable. Secret options (API keys) are never printed; the listing only\n" +
			"says whether one is set.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Value: "text", Usage: "text or json"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageErrorf("backends: takes no arguments (got %q)", c.Args().First())
			}
			return runBackends(c.Context, backendsOptions{Format: c.String("format")}, c.App.Writer)
		},
	}
}

func runBackends(_ context.Context, opts backendsOptions, stdout io.Writer) error {
	if opts.Format != "text" && opts.Format != "json" {
		return usageErrorf("--format: %q is neither text nor json", opts.Format)
	}
	reg, getenv := opts.Registry, opts.Getenv
	if reg == nil {
		reg = registry.Default()
	}
	if getenv == nil {
		getenv = os.Getenv
	}
	return registry.Write(stdout, reg, opts.Format, getenv)
}
