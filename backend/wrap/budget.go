package wrap

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/tarjama/tarjama/backend"
)

// ErrBudget is returned, before anything is sent, by a request that would
// take the characters sent past the --max-chars budget.
var ErrBudget = errors.New("character budget exceeded")

// Budget refuses any request that would take the total of code points sent
// through it past maxChars (no limit when maxChars <= 0). The check happens
// before the request leaves, so a run never spends more than its budget.
// Once one request is refused every later one is too: the run stops rather
// than skipping ahead to whatever still fits. A request whose context
// carries a turn (WithTurn) passes it once decided; with InTurn outside
// the cache (as Stack puts it), the documents let through are the first
// ones in order, however many run at once.
func Budget(next backend.Translator, maxChars int64) backend.Translator {
	if maxChars <= 0 {
		return next
	}
	var mu sync.Mutex
	var used int64
	var refused bool
	return decorate(next, func(ctx context.Context, req backend.Request) ([]string, error) {
		n := int64(countChars(req.Segments))
		mu.Lock()
		// Reserve before sending so concurrent requests cannot overspend
		// together; a failed request's characters stay counted because the
		// provider may have billed them.
		sent := used
		ok := !refused && used+n <= maxChars
		if ok {
			used += n
		} else {
			refused = true
		}
		mu.Unlock()
		if tr, ordered := turnOf(ctx); ordered {
			tr.t.Pass(tr.k) // decided: the next document may be
		}
		if !ok {
			return nil, fmt.Errorf("%w: request of %d characters after %d of %d already sent", ErrBudget, n, sent, maxChars)
		}
		return next.Translate(ctx, req)
	})
}
