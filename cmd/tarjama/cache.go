package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/tarjama/tarjama/backend/cache"
	"github.com/tarjama/tarjama/backend/stack"
	"github.com/tarjama/tarjama/corpus"
)

// cacheOptions is what `tarjama cache stats|clear|export` is asked.
type cacheOptions struct {
	Path    string           // cache file (cacheFlags fills in the default)
	Backend string           // clear/export: only this backend's rows
	Out     string           // export: file, "" or "-" for stdout
	Format  string           // stats: text or json
	now     func() time.Time // export: the header's creationdate; nil = the clock
}

func cacheCommand() *cli.Command {
	sub := func(cmd cli.Command, run func(context.Context, cacheOptions, io.Writer, io.Writer) error) *cli.Command {
		cmd.Flags = append([]cli.Flag{&cli.StringFlag{Name: "cache", EnvVars: []string{"TARJAMA_CACHE"}, Usage: "translation cache `FILE`", DefaultText: defaultCacheText()}}, cmd.Flags...)
		cmd.Action = func(c *cli.Context) error {
			o, err := cacheFlags(c)
			if err != nil {
				return err
			}
			return run(c.Context, o, c.App.Writer, c.App.ErrWriter)
		}
		return &cmd
	}
	backend := func() cli.Flag { return &cli.StringFlag{Name: "backend", Usage: "only this backend `NAME`'s rows"} }
	return &cli.Command{
		Name:  "cache",
		Usage: "inspect, clear or export the translation cache",
		Description: "The cache keeps every translation a backend returned, keyed by backend, engine\n" +
			"settings, language pair, glossary version and normalized source, so that re-running\n" +
			"a command sends nothing already paid for. API keys are never stored.",
		Subcommands: []*cli.Command{
			sub(cli.Command{Name: "stats", Usage: "rows by backend and language pair, file size, imported translation memories",
				Flags: []cli.Flag{&cli.StringFlag{Name: "format", Value: "text", Usage: "text or json"}}}, runCacheStats),
			sub(cli.Command{Name: "clear", Usage: "delete cached translations (all, or one backend's) and shrink the file",
				Flags: []cli.Flag{backend()}}, runCacheClear),
			sub(cli.Command{Name: "export", Usage: "write the cached translations as TMX 1.4b", ArgsUsage: "[FILE] (or --out FILE; default: standard output)",
				Flags: []cli.Flag{&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "output `FILE` (default: standard output)"}, backend()}}, runCacheExport),
		},
	}
}

// cacheFlags reads the flags and arguments of a cache subcommand.
func cacheFlags(c *cli.Context) (cacheOptions, error) {
	o := cacheOptions{Path: c.String("cache"), Backend: c.String("backend"), Out: c.String("out"), Format: c.String("format")}
	// `cache export FILE` is what people type: the same as --out FILE.
	if c.Command.Name == "export" && c.NArg() == 1 && !c.IsSet("out") {
		o.Out = c.Args().First()
	} else if c.NArg() > 0 {
		hint := ""
		if c.Command.Name == "export" {
			hint = "; give one output FILE, or --out FILE"
		}
		return cacheOptions{}, usageErrorf("cache %s: takes no arguments (got %q)%s", c.Command.Name, c.Args().First(), hint)
	}
	var err error
	if o.now, err = epochFlag(); err != nil {
		return cacheOptions{}, err
	}
	if o.Path == "" {
		if o.Path, err = stack.DefaultCachePath(); err != nil {
			return cacheOptions{}, usageErrorf("no user cache directory (%v): give --cache FILE", err)
		}
	}
	return o, nil
}

func runCacheStats(ctx context.Context, o cacheOptions, stdout, _ io.Writer) error {
	if o.Format != "text" && o.Format != "json" {
		return usageErrorf("--format: %q is neither text nor json", o.Format)
	}
	return cache.WriteStats(ctx, stdout, o.Path, o.Format)
}

func runCacheClear(ctx context.Context, o cacheOptions, stdout, _ io.Writer) error {
	return cache.ClearFile(ctx, stdout, o.Path, o.Backend)
}

func runCacheExport(ctx context.Context, o cacheOptions, stdout, stderr io.Writer) error {
	if o.now == nil {
		o.now = time.Now
	}
	n, err := cache.ExportTMXFile(ctx, o.Out, stdout, o.Path, o.Backend, corpus.TMXHeader{CreationToolVersion: version, CreationDate: o.now()})
	if err != nil || o.Out == "" || o.Out == "-" {
		return err
	}
	fmt.Fprintf(stderr, "cache %s: exported %d translations to %s\n", o.Path, n, o.Out)
	return nil
}
