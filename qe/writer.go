package qe

import (
	"context"
	"math"

	"github.com/tarjama/tarjama/corpus"
)

// Writer is a corpus.Writer that sets QE and HasQE on every pair and passes
// it on to the next writer (rounded to 4 decimals). It holds up to Batch pairs so that the backend
// gets one request per batch; Close scores what is left, then closes next.
type Writer struct {
	ctx   context.Context
	sc    *Scorer
	next  corpus.Writer
	batch int
	buf   []corpus.Pair
	err   error
}

// NewWriter returns a Writer scoring through sc in batches of batch pairs
// (at least 1).
func NewWriter(ctx context.Context, next corpus.Writer, sc *Scorer, batch int) *Writer {
	return &Writer{ctx: ctx, sc: sc, next: next, batch: max(1, batch)}
}

// Write queues p; a full batch is scored and written.
func (w *Writer) Write(p corpus.Pair) error {
	if w.err != nil {
		return w.err
	}
	w.buf = append(w.buf, p)
	if len(w.buf) >= w.batch {
		w.err = w.flush()
	}
	return w.err
}

func (w *Writer) flush() error {
	if len(w.buf) == 0 {
		return nil
	}
	scores, err := w.sc.ScoreBatch(w.ctx, w.buf)
	if err != nil {
		return err
	}
	for i, p := range w.buf {
		p.QE, p.HasQE = math.Round(scores[i]*1e4)/1e4, true
		if err := w.next.Write(p); err != nil {
			return err
		}
	}
	w.buf = w.buf[:0]
	return nil
}

// Close scores the pairs still queued and closes next.
func (w *Writer) Close() error {
	if w.err == nil {
		w.err = w.flush()
	}
	if err := w.next.Close(); err != nil && w.err == nil {
		w.err = err
	}
	return w.err
}
