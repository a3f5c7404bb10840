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

// withTraining makes the run open the training files as one of its sinks
// (pipeline.Options.OpenSinks) when the training flags ask for them; nil
// otherwise.
func (opts *translateOptions) withTraining() *trainingSink {
	if opts.Training == nil {
		return nil
	}
	t := &trainingSink{}
	opts.OpenSinks = func(ctx context.Context) ([]corpus.Writer, error) {
		s, err := openTrainingSink(ctx, *opts)
		if err != nil {
			return nil, err
		}
		*t = *s
		return []corpus.Writer{t.w}, nil
	}
	return t
}

// finish writes the training files' report, once the run has closed the
// sink with its corpus; nothing when there is none (or a dry run).
func (t *trainingSink) finish(rep *pipeline.Report, opts translateOptions, stderr io.Writer) error {
	if t == nil || t.w == nil {
		return nil
	}
	in := []training.Input{{Path: opts.OutDir, Pairs: rep.Totals.Pairs}}
	return finishTraining(t.w, t.cfg, in, t.start, stderr)
}

// trainingSink is the training writer a run feeds as one of its sinks.
type trainingSink struct {
	w     *training.Writer
	cfg   exportConfig
	start time.Time
}

// openTrainingSink starts the train/dev/test files the training flags ask
// for: the pairs reach them as the run writes its corpus, never read
// back. The run opens it (pipeline.Options.OpenSinks), not in a dry run.
func openTrainingSink(ctx context.Context, opts translateOptions) (*trainingSink, error) {
	formats, err := parseFormats(strings.Join(opts.Formats, ","))
	if err != nil {
		return nil, err
	}
	cfg := exportConfig{
		Out: opts.OutDir, Formats: formats, SrcLang: opts.SrcLang, TgtLang: opts.TgtLang, Filter: *opts.Training,
		LangID: opts.LangID, MinQE: opts.MinQE, XLIFFVersion: opts.XLIFFVersion, Quiet: opts.Quiet, now: opts.Now,
	}
	start := time.Now()
	w, err := openTraining(ctx, cfg, opts.SrcLang, opts.TgtLang)
	if err != nil {
		return nil, err
	}
	return &trainingSink{w: w, cfg: cfg, start: start}, nil
}
