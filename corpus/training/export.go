package training

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/tarjama/tarjama/corpus"
)

// Job is one export: every pair of every input, in order, into the
// training files of Options.
type Job struct {
	// Options are the training files. SrcLang and TgtLang "" take the
	// first pair's languages; TMX.SrcLang "" the source language.
	Options
	// Inputs are corpus arguments ([corpus.OpenArg]): files, Moses stems,
	// output folders of `tarjama translate`, or "-" for Stdin (which
	// makes the split hashed, see HashSplit).
	Inputs []string
	From   corpus.Format // the inputs' format; "" = by extension
	Stdin  io.Reader
	// Progress, when set, is called with the number of pairs read so far
	// after every 1024th pair.
	Progress func(pairs int)
}

// progressEvery is how many pairs pass between calls of Job.Progress.
const progressEvery = 1024

// Export runs the job: it opens every input first (an input named wrong
// is a [corpus.ErrBadArg] before any file exists), writes every pair of
// each in turn to a [Writer] refusing pairs in another language pair,
// and then [Writer.Finish]es it. An error of an input names it; on any
// error no training file is left. Units that an input skipped (TMX or
// XLIFF units without both languages) are counted in its [Input], not
// an error: see [Report.Skipped].
func Export(ctx context.Context, j Job) (Report, error) {
	start := time.Now()
	readers, src, tgt, err := corpus.OpenArgs(j.Inputs, j.From, j.SrcLang, j.TgtLang, j.Stdin)
	defer corpus.CloseAll(readers)
	if err != nil {
		return Report{}, err
	}
	o := j.Options
	o.SrcLang, o.TgtLang = src, tgt
	o.HashSplit = o.HashSplit || slices.Contains(j.Inputs, "-")
	if o.TMX.SrcLang == "" {
		o.TMX.SrcLang = src
	}
	w, err := Open(ctx, o)
	if err != nil {
		return Report{}, err
	}
	sink := corpus.SameLangs(w, src, tgt)
	if j.Progress != nil {
		sink = &counter{Writer: sink, progress: j.Progress}
	}
	inputs := make([]Input, 0, len(readers))
	for i, r := range readers {
		n, err := corpus.Copy(ctx, sink, r)
		if err != nil {
			w.Abort()
			if ctx.Err() != nil {
				return Report{}, ctx.Err()
			}
			return Report{}, fmt.Errorf("%s: %w", j.Inputs[i], err)
		}
		inputs = append(inputs, Input{Path: j.Inputs[i], Pairs: n, Skipped: corpus.Skipped(r)})
	}
	return w.Finish(inputs, start)
}

// Finish closes w, writes DIR/export-report.json ([Report.WriteFile])
// with the inputs read and the wall time since start, and returns the
// report.
func (w *Writer) Finish(inputs []Input, start time.Time) (Report, error) {
	if err := w.Close(); err != nil {
		return Report{}, err
	}
	rep := w.Report()
	rep.Inputs, rep.Seconds = inputs, time.Since(start).Seconds()
	return rep, rep.WriteFile(w.opts.Dir)
}

// Skipped is the number of units the inputs passed over.
func (r Report) Skipped() int {
	n := 0
	for _, in := range r.Inputs {
		n += in.Skipped
	}
	return n
}

// WriteSummary writes the filters' summary and the files written into
// dir, as `tarjama export` prints them.
func (r Report) WriteSummary(w io.Writer, dir string) {
	r.Summary.WriteText(w)
	fmt.Fprintf(w, "wrote %s to %s\n", strings.Join(r.Files, ", "), dir)
}

// counter calls progress every progressEvery pairs.
type counter struct {
	corpus.Writer
	n        int
	progress func(int)
}

func (c *counter) Write(p corpus.Pair) error {
	if c.n++; c.n%progressEvery == 0 {
		c.progress(c.n)
	}
	return c.Writer.Write(p)
}
