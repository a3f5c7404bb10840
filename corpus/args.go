package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

// ErrBadArg is wrapped by the errors of [OpenArg], [OpenArgs] and
// [ConvertArgs] that come from how a corpus was named rather than from
// reading it: a path that does not exist, a folder without a corpus, a
// format that cannot be told, standard input or output without a format.
// Their messages name the --from and --to flags of the corpus commands.
var ErrBadArg = errors.New("corpus: bad argument")

// argError is an error about how a corpus was named: its own message,
// and both ErrBadArg and the cause (if any) for errors.Is.
type argError struct{ err error }

func (e argError) Error() string   { return e.err.Error() }
func (e argError) Unwrap() []error { return []error{e.err, ErrBadArg} }

func argErrorf(format string, args ...any) error { return argError{fmt.Errorf(format, args...)} }

// OpenArg opens the corpus a command-line argument names: "-" reads stdin
// in format f (which it then needs), anything else is opened with [Open]
// (f "" chooses by extension). srcLang and tgtLang pick the two sides of
// a multilingual input ("" = what the input says).
func OpenArg(path string, f Format, srcLang, tgtLang string, stdin io.Reader) (Reader, error) {
	if path == "-" {
		if f == "" {
			return nil, argErrorf("reading stdin needs --from (%s)", KnownFormats(OneStream))
		}
		r, err := NewReader(stdin, f, srcLang, tgtLang)
		if err != nil {
			return nil, argError{err}
		}
		return r, nil
	}
	r, err := Open(path, OpenOptions{Format: f, SrcLang: srcLang, TgtLang: tgtLang})
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, ErrNoCorpus) || errors.Is(err, ErrCannotTell) {
		return nil, argError{err}
	}
	return r, err
}

// OpenArgs opens every path with [OpenArg] before any is read, so that a
// missing one is an error before any output exists, and returns the
// languages the outputs are named by: srcLang and tgtLang, else the
// first pair's (see [PairLangs]). The readers opened so far are returned
// also with an error; [CloseAll] closes them.
func OpenArgs(paths []string, f Format, srcLang, tgtLang string, stdin io.Reader) (readers []Reader, src, tgt string, err error) {
	for _, path := range paths {
		r, err := OpenArg(path, f, srcLang, tgtLang, stdin)
		if err != nil {
			return readers, "", "", err
		}
		readers = append(readers, r)
	}
	if len(readers) == 0 {
		return nil, "", "", argErrorf("no corpus given")
	}
	first, firstPair, err := Peek(readers[0])
	if err != nil {
		return readers, "", "", fmt.Errorf("%s: %w", paths[0], err)
	}
	readers[0] = first
	src, tgt = PairLangs(firstPair, srcLang, tgtLang)
	return readers, src, tgt, nil
}

// CloseAll closes every reader.
func CloseAll(readers []Reader) {
	for _, r := range readers {
		r.Close()
	}
}

// ParseFormats reads a comma list of format names (see [ParseFormat]),
// each kept once, in order; empty items are passed over.
func ParseFormats(list string) ([]Format, error) {
	var out []Format
	seen := map[Format]bool{}
	for _, s := range strings.Split(list, ",") {
		if strings.TrimSpace(s) == "" {
			continue
		}
		f, err := ParseFormat(s)
		if err != nil {
			return nil, err
		}
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		return nil, errors.New("no format given")
	}
	return out, nil
}

// ConvertArgs converts the corpus the argument in names ([OpenArg], in
// format from) to out, a path or "-" for stdout (which needs o.Format, of
// one stream); see [Convert]. Errors of the conversion name in.
func ConvertArgs(ctx context.Context, in string, from Format, stdin io.Reader, out string, stdout io.Writer, o ConvertOptions) (ConvertResult, error) {
	if out == "-" && o.Format == "" {
		return ConvertResult{}, argErrorf("writing stdout needs --to (%s)", KnownFormats(OneStream))
	}
	if spec, err := Spec(o.Format); err == nil && out == "-" && !OneStream(spec) {
		return ConvertResult{}, argErrorf("a %s corpus is %d files: give OUT as a stem, not -", spec.Name, spec.Streams)
	}
	r, err := OpenArg(in, from, o.SrcLang, o.TgtLang, stdin)
	if err != nil {
		return ConvertResult{}, err
	}
	defer r.Close()
	res, err := Convert(ctx, r, out, stdout, o)
	if err != nil && ctx.Err() != nil {
		return res, ctx.Err()
	} else if err != nil {
		return res, fmt.Errorf("%s: %w", in, err)
	}
	return res, nil
}

// WriteSummary writes what `tarjama convert` says of a conversion to out:
// the pairs and where they went, then any characters removed and units
// skipped.
func (r ConvertResult) WriteSummary(w io.Writer, out string) {
	if len(r.Paths) == 2 {
		out = r.Paths[0] + " + " + r.Paths[1]
	}
	fmt.Fprintf(w, "convert: %d pairs (%s-%s) → %s (%s)\n", r.Pairs, r.SrcLang, r.TgtLang, out, r.Format)
	if r.Removed > 0 {
		fmt.Fprintf(w, "convert: removed %d characters XML 1.0 does not allow\n", r.Removed)
	}
	if r.Skipped > 0 {
		fmt.Fprintf(w, "convert: skipped %d units without both %s and %s\n", r.Skipped, r.SrcLang, r.TgtLang)
	}
}
