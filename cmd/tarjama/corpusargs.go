package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/internal/cliargs"
)

// formatsHelp is the FORMATS paragraph of the corpus commands' help,
// generated from the table of formats.
var formatsHelp = corpus.FormatsHelp("--from/--to")

// formatNames is "tmx, jsonl, moses, tsv, xliff" (or the formats keep
// accepts), for flag usage texts.
func formatNames(keep func(corpus.FormatSpec) bool) string {
	return corpus.KnownFormats(keep)
}

// flagAfterArgs catches "IN --flag" when the arguments were not reordered
// (see cliargs.FlagAfterArgs): the flag would silently become a path.
func flagAfterArgs(c *cli.Context) error {
	if a := cliargs.FlagAfterArgs(c); a != "" {
		return usageErrorf("%s: flags go before the arguments (%s %s [flags] ARGS...)", a, c.App.Name, c.Command.Name)
	}
	return nil
}

// optFormat reads a format flag; "" when it is not set.
func optFormat(c *cli.Context, name string) (corpus.Format, error) {
	if !c.IsSet(name) {
		return "", nil
	}
	f, err := corpus.ParseFormat(c.String(name))
	if err != nil {
		return "", usageErrorf("--%s: %v", name, err)
	}
	return f, nil
}

// parseFormats reads --format's comma list of formats, each once, in order.
func parseFormats(list string) ([]corpus.Format, error) {
	formats, err := corpus.ParseFormats(list)
	if err != nil {
		return nil, usageErrorf("--format: %v", err)
	}
	return formats, nil
}

// openInput opens a corpus argument, or stdin for "-" (corpus.OpenArg);
// a missing path is a usage error.
func openInput(path string, f corpus.Format, src, tgt string, stdin io.Reader) (corpus.Reader, error) {
	r, err := corpus.OpenArg(path, f, src, tgt, stdin)
	return r, corpusError(err)
}

// corpusError makes an error in how a corpus was named a usage error
// (exit 2), and says how to fix a pair in another language pair.
func corpusError(err error) error {
	var lm *corpus.LangMismatchError
	switch {
	case errors.Is(err, corpus.ErrBadArg):
		return usageError{err}
	case errors.As(err, &lm):
		return fmt.Errorf("%w (use --src-lang/--tgt-lang)", err)
	}
	return err
}

// xliffVersionFlag is --xliff-version, for the commands that write XLIFF.
func xliffVersionFlag() cli.Flag {
	return &cli.StringFlag{Name: "xliff-version", Value: corpus.XLIFF21, Usage: "XLIFF `VERSION` written: " + corpus.XLIFF21 + " or " + corpus.XLIFF12}
}

func xliffVersion(c *cli.Context) (string, error) {
	switch v := c.String("xliff-version"); v {
	case corpus.XLIFF21, corpus.XLIFF12:
		return v, nil
	default:
		return "", usageErrorf("--xliff-version %q: want %s or %s", v, corpus.XLIFF21, corpus.XLIFF12)
	}
}
