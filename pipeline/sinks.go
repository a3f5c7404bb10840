package pipeline

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/tarjama/tarjama/corpus"
)

// CorpusFiles lists the files a run with these options (defaults filled
// in, as Env.Options gives them) writes its corpus to, relative to the
// output folder, in the order NewCorpusWriter opens them; a per-document
// format (XLIFF) is its folder, with a trailing slash.
func CorpusFiles(opts Options) []string {
	var names []string
	for _, name := range opts.Formats {
		if s, err := corpus.Spec(corpus.Format(name)); err == nil {
			names = append(names, s.Files(corpusStem, opts.SrcLang, opts.TgtLang)...)
		}
	}
	return names
}

// corpusStem names a run's corpus files: corpus.tmx, corpus.ar …
const corpusStem = "corpus"

// createOptions are what the run's corpus writers are made with.
func (o Options) createOptions(f corpus.Format) corpus.CreateOptions {
	return corpus.CreateOptions{Format: f, SrcLang: o.SrcLang, TgtLang: o.TgtLang, TMX: o.TMXHeader(),
		XLIFF: corpus.XLIFFHeader{Version: o.XLIFFVersion}}
}

// NewCorpusWriter returns one writer that tees every pair to each of the
// run's formats, over the files open opens (named as CorpusFiles lists
// them), so another runner writes the bytes Run writes. Closing it closes
// every format's writer (trailers, flushes), not the files. A
// per-document format (corpus.FormatSpec.PerDocument) is refused: it is
// not a set of files one open can give.
func NewCorpusWriter(opts Options, open func(name string) (io.Writer, error)) (*Tee, error) {
	return newCorpusWriter(opts, open, nil)
}

// newCorpusWriter is NewCorpusWriter where openDocs, when not nil, opens
// the folder of a per-document format (named as CorpusFiles lists it,
// without the slash).
func newCorpusWriter(opts Options, open func(name string) (io.Writer, error),
	openDocs func(dir string, o corpus.CreateOptions) (corpus.Writer, error)) (*Tee, error) {
	var t Tee
	for _, name := range opts.Formats {
		f := corpus.Format(name)
		spec, err := corpus.Spec(f)
		if err != nil {
			return nil, formatError(name)
		}
		files := spec.Files(corpusStem, opts.SrcLang, opts.TgtLang)
		if spec.PerDocument {
			if openDocs == nil {
				return nil, &OptionError{"format", fmt.Sprintf(" %s: one file per document is not written by this runner", name)}
			}
			w, err := openDocs(strings.TrimSuffix(files[0], "/"), opts.createOptions(f))
			if err != nil {
				return nil, err
			}
			t = append(t, w)
			continue
		}
		var ws []io.Writer
		for _, file := range files {
			w, err := open(file)
			if err != nil {
				return nil, err
			}
			ws = append(ws, w)
		}
		t = append(t, spec.Writer(ws, opts.createOptions(f)))
	}
	return &t, nil
}

func formatError(name string) error {
	return &OptionError{"format", fmt.Sprintf(": unknown format %q (known: %s)", name, corpus.KnownFormats(nil))}
}

// Tee is a corpus.Writer that writes every pair to each of its writers in
// order.
type Tee []corpus.Writer

// Write writes p to every writer, stopping at the first error.
func (t Tee) Write(p corpus.Pair) error {
	for _, w := range t {
		if err := w.Write(p); err != nil {
			return err
		}
	}
	return nil
}

// Close closes every writer and returns the errors joined.
func (t Tee) Close() error {
	var errs []error
	for _, w := range t {
		errs = append(errs, w.Close())
	}
	return errors.Join(errs...)
}

// Abort gives up every writer that can be given up (such as a
// corpus.FileWriter, which then publishes nothing).
func (t Tee) Abort() {
	for _, w := range t {
		if a, ok := w.(interface{ Abort() }); ok {
			a.Abort()
		}
	}
}

// Removed sums the characters XML forbids that the writers dropped (TMX).
func (t Tee) Removed() int {
	n := 0
	for _, w := range t {
		if r, ok := w.(interface{ Removed() int }); ok {
			n += r.Removed()
		}
	}
	return n
}

var _ corpus.Writer = Tee(nil)
