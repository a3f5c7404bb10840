package wrap

import (
	"context"
	"errors"
	"sort"
	"sync"
	"testing"
	"time"
)

// With turns, the budget lets through the first documents in order even
// when the later ones ask first (issue 17.10: which documents --max-chars
// let through depended on --concurrency).
func TestBudgetTurnsDecideInDocumentOrder(t *testing.T) {
	tr := InTurn(Budget(&fake{}, 30)) // three requests of 10 characters
	turns := NewTurns()
	const docs = 8
	var mu sync.Mutex
	var admitted []int
	var wg sync.WaitGroup
	for k := docs - 1; k >= 0; k-- { // the last document asks first
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			defer turns.Pass(k)
			_, err := tr.Translate(WithTurn(context.Background(), turns, k), req("abcdefghij"))
			if err == nil {
				mu.Lock()
				admitted = append(admitted, k)
				mu.Unlock()
			} else if !errors.Is(err, ErrBudget) {
				t.Errorf("document %d: %v", k, err)
			}
		}(k)
		time.Sleep(time.Millisecond)
	}
	wg.Wait()
	sort.Ints(admitted)
	if len(admitted) != 3 || admitted[0] != 0 || admitted[1] != 1 || admitted[2] != 2 {
		t.Errorf("admitted %v, want [0 1 2]", admitted)
	}
}

// A document that never reaches the budget passes its turn, and a waiting
// request gives up when its context ends.
func TestTurnsPassAndCancel(t *testing.T) {
	tr := InTurn(Budget(&fake{}, 100))
	turns := NewTurns()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if _, err := tr.Translate(WithTurn(ctx, turns, 1), req("a")); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("document 1 before document 0 passed: err = %v, want the context's", err)
	}
	turns.Pass(0) // e.g. all of it was cached
	turns.Pass(0) // passing twice is harmless
	if _, err := tr.Translate(WithTurn(context.Background(), turns, 1), req("a")); err != nil {
		t.Fatal(err)
	}
	// Without a turn nothing waits.
	if _, err := tr.Translate(context.Background(), req("a")); err != nil {
		t.Fatal(err)
	}
}
