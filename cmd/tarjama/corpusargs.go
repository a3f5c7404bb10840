package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/tarjama/tarjama/corpus"
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
// (urfave/cli stops parsing flags at the first argument, so the flag would
// silently become a path). Only this command's own flag names count, so a
// file really named like "--x" after "--" still works.
func flagAfterArgs(c *cli.Context) error {
	for _, a := range c.Args().Slice() {
		name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || a == "-" {
			continue
		}
		for _, f := range c.Command.Flags {
			for _, n := range f.Names() {
				if n == name {
					return usageErrorf("%s: flags go before the arguments (%s %s [flags] ARGS...)", a, c.App.Name, c.Command.Name)
				}
			}
		}
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

// parseFormats reads a comma list of formats, each once, in order.
func parseFormats(list string) ([]corpus.Format, error) {
	var out []corpus.Format
	seen := map[corpus.Format]bool{}
	for _, s := range strings.Split(list, ",") {
		if strings.TrimSpace(s) == "" {
			continue
		}
		f, err := corpus.ParseFormat(s)
		if err != nil {
			return nil, usageErrorf("--format: %v", err)
		}
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		return nil, usageErrorf("--format: no format given")
	}
	return out, nil
}

// openInput opens a corpus path, or stdin for "-"; a missing path is a
// usage error.
func openInput(path string, f corpus.Format, src, tgt string, stdin io.Reader) (corpus.Reader, error) {
	if path == "-" {
		if f == "" {
			return nil, usageErrorf("reading stdin needs --from (%s)", formatNames(corpus.OneStream))
		}
		r, err := corpus.NewReader(stdin, f, src, tgt)
		if err != nil {
			return nil, usageErrorf("%v", err)
		}
		return r, nil
	}
	r, err := corpus.Open(path, corpus.OpenOptions{Format: f, SrcLang: src, TgtLang: tgt})
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, corpus.ErrNoCorpus) || errors.Is(err, corpus.ErrCannotTell) {
		return nil, usageErrorf("%v", err)
	}
	return r, err
}

// inputError names the input an error came from, and says how to fix a
// pair in another language pair.
func inputError(in string, err error) error {
	var lm *corpus.LangMismatchError
	if errors.As(err, &lm) {
		return fmt.Errorf("%s: %w (use --src-lang/--tgt-lang)", in, err)
	}
	return fmt.Errorf("%s: %w", in, err)
}

// cmpOr returns the first of its arguments that is not "".
func cmpOr(fs ...corpus.Format) corpus.Format {
	for _, f := range fs {
		if f != "" {
			return f
		}
	}
	return ""
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

// openInputs opens every input first, so that a missing one is a
// usage error before any output exists, and returns the languages the
// outputs are named by (the first pair's).
func openInputs(inputs []string, from corpus.Format, srcLang, tgtLang string, stdin io.Reader) (readers []corpus.Reader, src, tgt string, err error) {
	for _, in := range inputs {
		r, err := openInput(in, from, srcLang, tgtLang, stdin)
		if err != nil {
			return readers, "", "", err
		}
		readers = append(readers, r)
	}
	first, firstPair, err := corpus.Peek(readers[0])
	if err != nil {
		return readers, "", "", fmt.Errorf("%s: %w", inputs[0], err)
	}
	readers[0] = first
	src, tgt = corpus.PairLangs(firstPair, srcLang, tgtLang)
	return readers, src, tgt, nil
}

func closeAll(readers []corpus.Reader) {
	for _, r := range readers {
		r.Close()
	}
}

// writerFunc is a corpus.Writer of one function; Close does nothing.
type writerFunc func(corpus.Pair) error

func (f writerFunc) Write(p corpus.Pair) error { return f(p) }
func (f writerFunc) Close() error              { return nil }
