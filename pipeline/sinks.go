package pipeline

import (
	"errors"
	"fmt"
	"io"

	"github.com/tarjama/tarjama/corpus"
)

// corpusFormat is how a run writes one corpus format: the files it makes
// in the output folder and its writer over them.
type corpusFormat struct {
	name   string
	files  func(o Options) []string
	writer func(w []io.Writer, o Options) corpus.Writer
}

// corpusFormats are the formats a run writes, in the order of
// corpus.Formats.
var corpusFormats = []corpusFormat{
	{"tmx", oneFile("corpus.tmx"), func(w []io.Writer, o Options) corpus.Writer { return corpus.NewTMXWriter(w[0], o.TMXHeader()) }},
	{"jsonl", oneFile("corpus.jsonl"), func(w []io.Writer, _ Options) corpus.Writer { return corpus.NewJSONLWriter(w[0]) }},
	{"moses", func(o Options) []string { return []string{"corpus." + o.SrcLang, "corpus." + o.TgtLang} },
		func(w []io.Writer, _ Options) corpus.Writer { return corpus.NewMosesWriter(w[0], w[1]) }},
	{"tsv", oneFile("corpus.tsv"), func(w []io.Writer, _ Options) corpus.Writer { return corpus.NewTSVWriter(w[0]) }},
}

func oneFile(name string) func(Options) []string {
	return func(Options) []string { return []string{name} }
}

func formatOf(name string) (corpusFormat, bool) {
	for _, f := range corpusFormats {
		if f.name == name {
			return f, true
		}
	}
	return corpusFormat{}, false
}

// CorpusFiles lists the files a run with these options (defaults filled
// in, as Env.Options gives them) writes its corpus to, relative to the
// output folder, in the order NewCorpusWriter opens them.
func CorpusFiles(opts Options) []string {
	var names []string
	for _, name := range opts.Formats {
		if f, ok := formatOf(name); ok {
			names = append(names, f.files(opts)...)
		}
	}
	return names
}

// NewCorpusWriter returns one writer that tees every pair to each of the
// run's formats, over the files open opens (named as CorpusFiles lists
// them), so another runner writes the bytes Run writes. Closing it closes
// every format's writer (trailers, flushes), not the files.
func NewCorpusWriter(opts Options, open func(name string) (io.Writer, error)) (*Tee, error) {
	var t Tee
	for _, name := range opts.Formats {
		f, ok := formatOf(name)
		if !ok {
			return nil, &OptionError{"format", fmt.Sprintf(": unknown format %q (known: %s)", name, knownFormats())}
		}
		var ws []io.Writer
		for _, file := range f.files(opts) {
			w, err := open(file)
			if err != nil {
				return nil, err
			}
			ws = append(ws, w)
		}
		t = append(t, f.writer(ws, opts))
	}
	return &t, nil
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
