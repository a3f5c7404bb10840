package alignjob

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/tarjama/tarjama/align"
	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/glossary"
	"github.com/tarjama/tarjama/internal/atomicfile"
)

// Run aligns the pairs o asks for and writes them as o.Format to o.Out,
// or to stdout when o.Out is "" or "-". A file is written whole or not at
// all. A lone pair's error is returned as it is; with a list, a failed
// pair is reported through Progress and skipped, and the error is a
// [*PartialError] once the others are written.
func Run(ctx context.Context, o Options, stdin io.Reader, stdout io.Writer) error {
	if err := o.Validate(); err != nil {
		return err
	}
	a, err := newAligner(&o)
	if err != nil {
		return err
	}
	pairs, err := listPairs(&o, stdin)
	if err != nil {
		return err
	}
	if o.Pairs != "" && o.Format == "vecalign" {
		if err := os.MkdirAll(o.Out, 0o755); err != nil {
			return err
		}
		return a.run(ctx, len(pairs), a.files(pairs), &vecDirSink{dir: o.Out, o: &o, seen: map[string]int{}})
	}
	out := stdout
	var f *atomicfile.File // readers never see a half-written file
	if o.Out != "" && o.Out != "-" {
		if f, err = atomicfile.Create(o.Out); err != nil {
			return err
		}
		defer f.Abort() // no-op after Commit
		out = f
	}
	s, err := newSink(out, &o, o.Format)
	if err != nil {
		return err
	}
	err = a.run(ctx, len(pairs), a.files(pairs), s)
	if cerr := s.close(); cerr != nil && (err == nil || isPartial(err)) {
		return cerr
	}
	if f != nil && (err == nil || isPartial(err)) {
		if cerr := f.Commit(); cerr != nil {
			return cerr
		}
	}
	return err
}

func isPartial(err error) bool { return errors.Is(err, ErrPartial) }

func newAligner(o *Options) (*aligner, error) {
	a := &aligner{o: o, ao: align.Options{MaxGroup: o.MaxGroup}}
	if o.Glossary != "" {
		g, err := glossary.Load(o.Glossary)
		if err != nil {
			return nil, usagef("%v", err)
		}
		a.ao.Terms = Terms(g)
	}
	return a, nil
}

// Terms are a glossary's entries as alignment anchors, one per source
// spelling (variants included).
func Terms(g *glossary.Glossary) []align.Term {
	var terms []align.Term
	for _, e := range g.Entries {
		for _, s := range append([]string{e.Source}, e.Variants...) {
			terms = append(terms, align.Term{Source: s, Target: e.Target})
		}
	}
	return terms
}

// files aligns the pairs read from their files.
func (a *aligner) files(pairs []DocPair) func(context.Context, int) (Result, error) {
	return func(ctx context.Context, k int) (Result, error) { return a.pair(ctx, pairs[k]) }
}

// run aligns n pairs in order, pair k by align(ctx, k), and hands each
// result to s.
func (a *aligner) run(ctx context.Context, n int, align func(context.Context, int) (Result, error), s sink) error {
	failed := 0
	for k := range n {
		if err := ctx.Err(); err != nil {
			return err
		}
		r, err := align(ctx, k)
		if err == nil {
			err = s.write(k, r)
		}
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if n == 1 {
				return err
			}
			failed++
			r.Err = err
		}
		if a.o.Progress != nil {
			a.o.Progress(r)
		}
	}
	if failed > 0 {
		return &PartialError{Failed: failed, Total: n}
	}
	return nil
}

// A sink receives the aligned pairs of a job: write is called once per
// pair in order (k counts pairs from 0), close once at the end.
type sink interface {
	write(k int, r Result) error
	close() error
}

// newSink writes format to w: one vecalign stream, or corpus records.
func newSink(w io.Writer, o *Options, format string) (sink, error) {
	if format == "vecalign" {
		return vecSink{w: w, min: o.MinScore}, nil
	}
	cw, err := corpus.NewWriter(w, corpus.Format(format), corpus.TMXHeader{CreationToolVersion: o.Version, SrcLang: o.SrcLang})
	if err != nil {
		return nil, err
	}
	return &corpusSink{w: cw, o: o}, nil
}

type vecSink struct {
	w   io.Writer
	min float64
}

func (s vecSink) write(_ int, r Result) error {
	return align.WriteVecalign(s.w, align.FilterLinks(r.Links, s.min))
}

func (vecSink) close() error { return nil }

// corpusSink writes each link with both sides as a corpus pair.
type corpusSink struct {
	w corpus.Writer
	o *Options
}

func (s *corpusSink) write(_ int, r Result) error {
	for _, p := range pairsOf(r, s.o) {
		if err := s.w.Write(p); err != nil {
			return err
		}
	}
	return nil
}

func (s *corpusSink) close() error { return s.w.Close() }

// pairsOf turns a result's links into corpus pairs named after the
// document, with scores rounded as vecalign prints them.
func pairsOf(r Result, o *Options) []corpus.Pair {
	return align.Pairs(r.Links, r.Src, r.Tgt, align.PairOptions{
		Doc: r.Pair.Name, SrcLang: o.SrcLang, TgtLang: o.TgtLang, MinScore: o.MinScore, RoundScore: true,
	})
}

// vecDirSink writes each pair's links to its own file in dir.
type vecDirSink struct {
	dir  string
	o    *Options
	seen map[string]int
}

func (s *vecDirSink) write(k int, r Result) error {
	f, err := atomicfile.Create(filepath.Join(s.dir, FileName(s.seen, r.Pair.Src, k)))
	if err != nil {
		return err
	}
	defer f.Abort()
	if err := align.WriteVecalign(f, align.FilterLinks(r.Links, s.o.MinScore)); err != nil {
		return err
	}
	return f.Commit()
}

func (*vecDirSink) close() error { return nil }

// FileName names pair k's vecalign file after its source document, adding
// the pair's number (from 1) when an earlier pair took the name; seen
// holds the names taken.
func FileName(seen map[string]int, src string, k int) string {
	base := strings.TrimSuffix(filepath.Base(src), filepath.Ext(src))
	if base == "" || base == "." || base == "-" {
		base = "pair"
	}
	name := base + ".align"
	if seen[name] > 0 {
		name = fmt.Sprintf("%s.%d.align", base, k+1)
	}
	seen[name]++
	return name
}
