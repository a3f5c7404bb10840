package main

import (
	"context"
	"io"
	"strings"
	"time"

	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/corpus/training"
	"github.com/tarjama/tarjama/pipeline"
)

// trainingSink is the training writer a run feeds as one of its sinks.
type trainingSink struct {
	w     *training.Writer
	start time.Time
}

// withTraining makes the run open the train/dev/test files the training
// flags ask for as one of its sinks (pipeline.Options.OpenSinks, not in a
// dry run): the pairs reach them as the run writes its corpus, never read
// back. nil when the flags ask for none.
func (opts *translateOptions) withTraining() *trainingSink {
	if opts.Training == nil {
		return nil
	}
	t := &trainingSink{}
	opts.OpenSinks = func(ctx context.Context) ([]corpus.Writer, error) {
		formats, err := parseFormats(strings.Join(opts.Formats, ","))
		if err != nil {
			return nil, err
		}
		now, start := time.Now, time.Now()
		if opts.Now != nil {
			now = opts.Now
		}
		w, err := training.Open(ctx, training.Options{
			Dir: opts.OutDir, Formats: formats, SrcLang: opts.SrcLang, TgtLang: opts.TgtLang, Filter: *opts.Training,
			TMX:    corpus.TMXHeader{CreationToolVersion: version, CreationDate: now(), SrcLang: opts.SrcLang},
			XLIFF:  corpus.XLIFFHeader{Version: opts.XLIFFVersion},
			LangID: opts.LangID, MinQE: opts.MinQE,
		})
		if err != nil {
			return nil, err
		}
		*t = trainingSink{w: w, start: start}
		return []corpus.Writer{w}, nil
	}
	return t
}

// finish writes the training files' report and prints its summary, once
// the run has closed the sink with its corpus; nothing when there is none
// (or a dry run).
func (t *trainingSink) finish(rep *pipeline.Report, opts translateOptions, stderr io.Writer) error {
	if t == nil || t.w == nil {
		return nil
	}
	trep, err := t.w.Finish([]training.Input{{Path: opts.OutDir, Pairs: rep.Totals.Pairs}}, t.start)
	if err == nil && !opts.Quiet {
		trep.WriteSummary(stderr, opts.OutDir)
	}
	return err
}
