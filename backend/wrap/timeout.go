package wrap

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/tarjama/tarjama/backend"
)

// Timeout gives each request its own deadline d (no deadline when d <= 0).
// A request that runs out of time is a transient *backend.Error, so Retry
// tries again; the caller's own cancellation is passed through unchanged.
func Timeout(next backend.Translator, name string, d time.Duration) backend.Translator {
	if d <= 0 {
		return next
	}
	return decorate(next, func(ctx context.Context, req backend.Request) ([]string, error) {
		tctx, cancel := context.WithTimeout(ctx, d)
		defer cancel()
		out, err := next.Translate(tctx, req)
		if err != nil && ctx.Err() == nil && errors.Is(tctx.Err(), context.DeadlineExceeded) {
			return nil, &backend.Error{Backend: name, Kind: backend.Transient,
				Err: fmt.Errorf("request timed out after %s: %w", d, context.DeadlineExceeded)}
		}
		return out, err
	})
}
