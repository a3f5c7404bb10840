package wrap

import (
	"context"
	"sync"

	"github.com/tarjama/tarjama/backend"
)

// Turns makes the --max-chars budget decide in document order rather than
// in the order concurrent requests arrive, so that the documents a budget
// lets through are the first ones in path order whatever the concurrency.
// A runner numbers its documents 0, 1, 2 …, gives each one's requests a
// context from WithTurn, and calls Pass once the document will send nothing
// more. InTurn lets a document's request in once every earlier document has
// passed; Budget passes a document's turn as soon as it has decided its
// request, so documents wait for each other's budget decision only, not for
// each other's translation.
//
// The gate goes outside the cache: a segment two documents share is then
// always claimed by the earlier one, which has its turn first, and a later
// document never holds a segment an earlier one waits for.
type Turns struct {
	mu     sync.Mutex
	next   int          // every document before next has passed
	passed map[int]bool // passed documents at or after next
	moved  chan struct{}
}

// NewTurns returns the turns of documents 0, 1, 2 …
func NewTurns() *Turns {
	return &Turns{passed: map[int]bool{}, moved: make(chan struct{})}
}

// Pass records that document k's turn at the budget is over. It may be
// called more than once; a document that never reaches the budget (cached,
// reused, skipped, failed) must still pass, or the later ones wait for it.
func (t *Turns) Pass(k int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if k < t.next || t.passed[k] {
		return
	}
	t.passed[k] = true
	moved := false
	for t.passed[t.next] {
		delete(t.passed, t.next)
		t.next++
		moved = true
	}
	if moved {
		close(t.moved)
		t.moved = make(chan struct{})
	}
}

// wait returns once every document before k has passed, or ctx is done.
func (t *Turns) wait(ctx context.Context, k int) error {
	for {
		t.mu.Lock()
		if t.next >= k {
			t.mu.Unlock()
			return nil
		}
		moved := t.moved
		t.mu.Unlock()
		select {
		case <-moved:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

type turnKey struct{}

type turn struct {
	t *Turns
	k int
}

// WithTurn returns ctx carrying document k's turn in t.
func WithTurn(ctx context.Context, t *Turns, k int) context.Context {
	return context.WithValue(ctx, turnKey{}, turn{t, k})
}

func turnOf(ctx context.Context) (turn, bool) {
	tr, ok := ctx.Value(turnKey{}).(turn)
	return tr, ok && tr.t != nil
}

// InTurn is the entry of a budgeted stack: a request whose context carries
// a turn waits until every earlier document has passed, and passes its own
// when it returns (if Budget has not passed it already: a request served
// from the cache never reaches the budget).
func InTurn(next backend.Translator) backend.Translator {
	return decorate(next, func(ctx context.Context, req backend.Request) ([]string, error) {
		tr, ok := turnOf(ctx)
		if !ok {
			return next.Translate(ctx, req)
		}
		if err := tr.t.wait(ctx, tr.k); err != nil {
			return nil, err
		}
		defer tr.t.Pass(tr.k)
		return next.Translate(ctx, req)
	})
}
