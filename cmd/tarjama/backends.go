package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

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

type backendOptionJSON struct {
	Flag    string `json:"flag"`
	Env     string `json:"env,omitempty"`
	Usage   string `json:"usage"`
	Default string `json:"default,omitempty"`
	Secret  bool   `json:"secret"`
	// Set says whether the environment variable is set; values are never listed.
	Set bool `json:"set"`
}

type backendLimitsJSON struct {
	MaxSegments int `json:"max_segments,omitempty"`
	MaxChars    int `json:"max_chars,omitempty"`
	MaxBytes    int `json:"max_bytes,omitempty"`
}

type backendJSON struct {
	Name        string              `json:"name"`
	Description string              `json:"description"`
	Default     bool                `json:"default"`
	Limits      backendLimitsJSON   `json:"limits"`
	PriceUSD    *float64            `json:"usd_per_million_chars,omitempty"`
	PriceNote   string              `json:"price_note,omitempty"`
	Options     []backendOptionJSON `json:"options"`
}

func runBackends(_ context.Context, opts backendsOptions, stdout io.Writer) error {
	if opts.Format != "text" && opts.Format != "json" {
		return usageErrorf("--format: %q is neither text nor json", opts.Format)
	}
	reg := opts.Registry
	if reg == nil {
		reg = registry.Default()
	}
	getenv := opts.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	var list []backendJSON
	for i, in := range reg.All() {
		b := backendJSON{Name: in.Name, Description: in.Description, Default: i == 0, Options: []backendOptionJSON{},
			Limits: backendLimitsJSON{in.Limits.MaxSegments, in.Limits.MaxChars, in.Limits.MaxBytes}}
		if p := in.Price; p != nil {
			usd := p.USDPerMillion
			b.PriceUSD, b.PriceNote = &usd, p.Note
		}
		for _, o := range in.Options {
			oj := backendOptionJSON{Flag: "--" + o.Name, Env: o.Env, Usage: o.Usage, Secret: o.Secret, Set: o.Env != "" && getenv(o.Env) != ""}
			if !o.Secret {
				oj.Default = o.Default
			}
			b.Options = append(b.Options, oj)
		}
		list = append(list, b)
	}
	if opts.Format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if list == nil {
			list = []backendJSON{}
		}
		return enc.Encode(list)
	}
	var sb strings.Builder
	for i, b := range list {
		if i > 0 {
			sb.WriteByte('\n')
		}
		sb.WriteString(b.Name)
		if b.Default {
			sb.WriteString(" (default)")
		}
		fmt.Fprintf(&sb, "\n  %s\n", b.Description)
		fmt.Fprintf(&sb, "  limits per request: %s\n", limitsText(b.Limits))
		if b.PriceUSD != nil {
			fmt.Fprintf(&sb, "  price: $%.2f per million characters (%s)\n", *b.PriceUSD, b.PriceNote)
		}
		if len(b.Options) == 0 {
			sb.WriteString("  options: none\n")
			continue
		}
		sb.WriteString("  options:\n")
		for _, o := range b.Options {
			fmt.Fprintf(&sb, "    %s", o.Flag)
			if o.Env != "" {
				fmt.Fprintf(&sb, "  $%s", o.Env)
			}
			fmt.Fprintf(&sb, "\n        %s", o.Usage)
			switch {
			case o.Secret && o.Set:
				sb.WriteString(" (secret; set in the environment)")
			case o.Secret:
				sb.WriteString(" (secret)")
			case o.Default != "":
				fmt.Fprintf(&sb, " (default %q)", o.Default)
			}
			sb.WriteByte('\n')
		}
	}
	_, err := io.WriteString(stdout, sb.String())
	return err
}

func limitsText(l backendLimitsJSON) string {
	var parts []string
	if l.MaxSegments > 0 {
		parts = append(parts, fmt.Sprintf("%d segments", l.MaxSegments))
	}
	if l.MaxChars > 0 {
		parts = append(parts, fmt.Sprintf("%d characters", l.MaxChars))
	}
	if l.MaxBytes > 0 {
		// MaxBytes is the room the request size limit (a 2,000-byte URL for
		// Google v2) leaves for the escaped text.
		parts = append(parts, fmt.Sprintf("%d bytes of escaped text (what the request size limit leaves)", l.MaxBytes))
	}
	if len(parts) == 0 {
		return "none declared"
	}
	return strings.Join(parts, ", ")
}
