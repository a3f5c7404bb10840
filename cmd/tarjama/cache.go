package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/tarjama/tarjama/backend/cache"
	"github.com/tarjama/tarjama/backend/stack"
	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/internal/atomicfile"
)

// cacheOptions is what `tarjama cache stats|clear|export` is asked.
type cacheOptions struct {
	Path    string           // cache file; "" = the default
	Backend string           // clear/export: only this backend's rows
	Out     string           // export: file, "" or "-" for stdout
	Format  string           // stats: text or json
	now     func() time.Time // export: the header's creationdate; nil = the clock
}

func cacheCommand() *cli.Command {
	cacheFlag := func() cli.Flag {
		return &cli.StringFlag{Name: "cache", EnvVars: []string{"TARJAMA_CACHE"}, Usage: "translation cache `FILE`", DefaultText: defaultCacheText()}
	}
	opts := func(c *cli.Context) (cacheOptions, error) {
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
		if o.now, err = sourceDate(); err != nil {
			return cacheOptions{}, usageErrorf("SOURCE_DATE_EPOCH: %v", err)
		}
		return o, nil
	}
	return &cli.Command{
		Name:  "cache",
		Usage: "inspect, clear or export the translation cache",
		Description: "The cache keeps every translation a backend returned, keyed by backend, engine\n" +
			"settings, language pair, glossary version and normalized source, so that re-running\n" +
			"a command sends nothing already paid for. API keys are never stored.",
		Subcommands: []*cli.Command{
			{
				Name:  "stats",
				Usage: "rows by backend and language pair, file size, imported translation memories",
				Flags: []cli.Flag{cacheFlag(), &cli.StringFlag{Name: "format", Value: "text", Usage: "text or json"}},
				Action: func(c *cli.Context) error {
					o, err := opts(c)
					if err != nil {
						return err
					}
					return runCacheStats(c.Context, o, c.App.Writer)
				},
			},
			{
				Name:  "clear",
				Usage: "delete cached translations (all, or one backend's) and shrink the file",
				Flags: []cli.Flag{cacheFlag(), &cli.StringFlag{Name: "backend", Usage: "only this backend `NAME`'s rows"}},
				Action: func(c *cli.Context) error {
					o, err := opts(c)
					if err != nil {
						return err
					}
					return runCacheClear(c.Context, o, c.App.Writer)
				},
			},
			{
				Name:      "export",
				Usage:     "write the cached translations as TMX 1.4b",
				ArgsUsage: "[FILE] (or --out FILE; default: standard output)",
				Flags: []cli.Flag{cacheFlag(),
					&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "output `FILE` (default: standard output)"},
					&cli.StringFlag{Name: "backend", Usage: "only this backend `NAME`'s rows"}},
				Action: func(c *cli.Context) error {
					o, err := opts(c)
					if err != nil {
						return err
					}
					return runCacheExport(c.Context, o, c.App.Writer, c.App.ErrWriter)
				},
			},
		},
	}
}

// openExistingCache opens the cache at o.Path (or the default) without
// creating one; ok is false when there is no file.
func openExistingCache(o cacheOptions) (db *cache.DB, path string, ok bool, err error) {
	path = o.Path
	if path == "" {
		if path, err = stack.DefaultCachePath(); err != nil {
			return nil, "", false, usageErrorf("no user cache directory (%v): give --cache FILE", err)
		}
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil, path, false, nil
	}
	db, err = cache.Open(path)
	if err != nil {
		return nil, path, false, err
	}
	return db, path, true, nil
}

func runCacheStats(ctx context.Context, o cacheOptions, stdout io.Writer) error {
	if o.Format != "text" && o.Format != "json" {
		return usageErrorf("--format: %q is neither text nor json", o.Format)
	}
	db, path, ok, err := openExistingCache(o)
	if err != nil {
		return err
	}
	st := cache.Stats{Path: path, Groups: []cache.Group{}, TM: []cache.TMFile{}}
	if ok {
		defer db.Close()
		if st, err = db.Stats(ctx); err != nil {
			return fmt.Errorf("cache %s: %w", path, err)
		}
	}
	if o.Format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(st)
	}
	if !ok {
		_, err := fmt.Fprintf(stdout, "cache %s: no file yet (0 rows)\n", path)
		return err
	}
	fmt.Fprintf(stdout, "cache %s: %d rows, %s\n", path, st.Rows, humanBytes(st.Bytes))
	for _, g := range st.Groups {
		fmt.Fprintf(stdout, "  %-16s %s→%s  %d\n", g.Backend, g.SrcLang, g.TgtLang, g.Rows)
	}
	for _, f := range st.TM {
		fmt.Fprintf(stdout, "  translation memory %s: %d units (imported %s)\n", f.Path, f.Units, f.Imported.Format("2006-01-02 15:04"))
	}
	return nil
}

func runCacheClear(ctx context.Context, o cacheOptions, stdout io.Writer) error {
	db, path, ok, err := openExistingCache(o)
	if err != nil {
		return err
	}
	if !ok {
		_, err := fmt.Fprintf(stdout, "cache %s: no file, nothing to clear\n", path)
		return err
	}
	defer db.Close()
	n, err := db.Clear(ctx, o.Backend)
	if err != nil {
		return fmt.Errorf("cache %s: %w", path, err)
	}
	what := "all backends"
	if o.Backend != "" {
		what = "backend " + o.Backend
	}
	_, err = fmt.Fprintf(stdout, "cache %s: deleted %d rows (%s)\n", path, n, what)
	return err
}

func runCacheExport(ctx context.Context, o cacheOptions, stdout, stderr io.Writer) error {
	db, path, ok, err := openExistingCache(o)
	if err != nil {
		return err
	}
	if ok {
		defer db.Close()
	}
	// One source language for the header when the rows agree, else *all*.
	if o.now == nil {
		o.now = time.Now
	}
	h := corpus.TMXHeader{CreationToolVersion: version, CreationDate: o.now()}
	if ok {
		st, err := db.Stats(ctx)
		if err != nil {
			return fmt.Errorf("cache %s: %w", path, err)
		}
		src := ""
		for _, g := range st.Groups {
			if o.Backend != "" && g.Backend != o.Backend {
				continue
			}
			if src == "" {
				src = g.SrcLang
			} else if src != g.SrcLang {
				src = "*all*"
			}
		}
		h.SrcLang = src
	}
	out := stdout
	var af *atomicfile.File
	if o.Out != "" && o.Out != "-" {
		if af, err = atomicfile.Create(o.Out); err != nil {
			return err
		}
		defer af.Abort()
		out = af
	}
	w := corpus.NewTMXWriter(out, h)
	n := 0
	if ok {
		err = db.Each(ctx, o.Backend, func(e cache.Entry) error {
			n++
			return w.Write(corpus.Pair{ID: strconv.Itoa(n), SrcLang: e.SrcLang, TgtLang: e.TgtLang,
				Src: e.Source, Tgt: e.Target, Backend: e.Backend})
		})
		if err != nil {
			return fmt.Errorf("cache export: %w", err)
		}
	}
	if err := w.Close(); err != nil {
		return err
	}
	if af != nil {
		if err := af.Commit(); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "cache %s: exported %d translations to %s\n", path, n, o.Out)
	}
	return nil
}

func humanBytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}
