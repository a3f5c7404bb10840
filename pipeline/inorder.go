package pipeline

import (
	"context"
	"sync"

	"github.com/tarjama/tarjama/backend/wrap"
	"github.com/tarjama/tarjama/input"
)

// inOrder is the machinery of run: a producer starts documents on at most
// Concurrency workers, and the consumer emits their results in document
// order through the window of pending channels.
type inOrder struct {
	pending chan chan *docResult // one channel a started file, in order
	workers chan struct{}        // a token a running document
	// stop is closed when the consumer stops early (a write error, refused
	// credentials): no new document starts, but those in flight finish, so
	// their paid-for translations reach the journal.
	stop chan struct{}
	once sync.Once
	wg   sync.WaitGroup // the producer and the documents in flight
	emit func(*docResult) error
}

// finish stops starting documents and waits for those in flight. It closes
// stop before waiting, or a producer blocked on a full window never ends.
func (o *inOrder) finish() {
	o.once.Do(func() {
		close(o.stop)
		o.wg.Wait()
	})
}

// produce starts each document when the window and a worker allow; it
// never blocks without watching ctx and stop, and closes pending when done.
func (o *inOrder) produce(ctx context.Context, docs []input.Doc, r *runner) {
	defer o.wg.Done()
	defer close(o.pending)
	// The --max-chars budget decides in file order (see wrap.Turns).
	turns := wrap.NewTurns()
	for i, d := range docs {
		results := make(chan *docResult, 4)
		select {
		case o.pending <- results:
		case <-ctx.Done():
			return
		case <-o.stop:
			return
		}
		select {
		case o.workers <- struct{}{}:
		case <-ctx.Done():
			return
		case <-o.stop:
			return
		}
		o.wg.Add(1)
		go func(i int, d input.Doc) {
			defer o.wg.Done()
			defer turns.Pass(i)
			r.processFile(wrap.WithTurn(ctx, turns, i), d, func(res *docResult) bool {
				select {
				case results <- res:
					return res.Err == nil
				case <-ctx.Done():
				case <-o.stop:
				}
				return false
			})
			close(results)
			<-o.workers
		}(i, d)
	}
}

// emitFile emits the results of one file as they come and returns the
// sentences emitted. A failed result or a cancelled ctx ends the run
// through stopAt.
func (o *inOrder) emitFile(ctx context.Context, results chan *docResult) (int, error) {
	sentences := 0
	for {
		var res *docResult
		var more bool
		select {
		case res, more = <-results:
		case <-ctx.Done():
			return sentences, o.stopAt(results, ctx.Err())
		}
		if !more {
			return sentences, nil
		}
		if res.Err != nil {
			if ctx.Err() != nil {
				return sentences, o.stopAt(results, ctx.Err())
			}
			return sentences, o.stopAt(results, res.Err)
		}
		if err := o.emit(res); err != nil {
			return sentences, err
		}
		sentences += res.Report.Sentences
	}
}

// stopAt ends the run early at the file whose results are cur (nil when
// none): what finished from it on is emitted, then err is returned.
func (o *inOrder) stopAt(cur chan *docResult, err error) error {
	o.finish() // the producer has closed pending
	if cur != nil && o.drain(cur) != nil {
		return err
	}
	for results := range o.pending {
		if o.drain(results) != nil {
			return err
		}
	}
	return err
}

// drain emits the finished results waiting in results without blocking.
func (o *inOrder) drain(results chan *docResult) error {
	for {
		select {
		case res, ok := <-results:
			if !ok {
				return nil
			}
			if res.Err == nil {
				if e := o.emit(res); e != nil {
					return e
				}
			}
		default: // never started, or stopped
			return nil
		}
	}
}
