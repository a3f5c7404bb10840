package wrap

import (
	"context"
	"fmt"
	"unicode/utf8"

	"golang.org/x/time/rate"

	"github.com/tarjama/tarjama/backend"
)

// RateOptions configures RateLimit; a zero field means no limit of that kind.
type RateOptions struct {
	RequestsPerSecond float64
	// CharsPerMinute is a quota on code points sent (Google's default is
	// 6,000,000 a minute per project).
	CharsPerMinute int
	Clock          Clock
}

// RateLimit holds each request until both token buckets allow it: one token
// per request, and one per code point. Buckets start full, so a run may
// burst one second of requests and one minute of characters.
func RateLimit(next backend.Translator, o RateOptions) backend.Translator {
	if o.RequestsPerSecond <= 0 && o.CharsPerMinute <= 0 {
		return next
	}
	var reqs, chars *rate.Limiter
	if o.RequestsPerSecond > 0 {
		reqs = rate.NewLimiter(rate.Limit(o.RequestsPerSecond), max(1, int(o.RequestsPerSecond)))
	}
	if o.CharsPerMinute > 0 {
		chars = rate.NewLimiter(rate.Limit(float64(o.CharsPerMinute)/60), o.CharsPerMinute)
	}
	clock := o.Clock
	return decorate(next, func(ctx context.Context, req backend.Request) ([]string, error) {
		if len(req.Segments) == 0 {
			return []string{}, nil
		}
		if err := wait(ctx, clock, reqs, 1); err != nil {
			return nil, err
		}
		if chars != nil {
			n := 0
			for _, s := range req.Segments {
				n += utf8.RuneCountInString(s)
			}
			// A request larger than a whole minute's quota waits for the
			// bucket to refill in burst-sized steps rather than never going.
			for n > 0 {
				step := min(n, chars.Burst())
				if err := wait(ctx, clock, chars, step); err != nil {
					return nil, err
				}
				n -= step
			}
		}
		return next.Translate(ctx, req)
	})
}

// wait takes n tokens from l, sleeping with clock until they are due.
func wait(ctx context.Context, clock Clock, l *rate.Limiter, n int) error {
	if l == nil {
		return nil
	}
	now := clock.now()
	r := l.ReserveN(now, n)
	if !r.OK() {
		return fmt.Errorf("rate limit: cannot take %d tokens (burst %d)", n, l.Burst())
	}
	if d := r.DelayFrom(now); d > 0 {
		if err := clock.sleep(ctx, d); err != nil {
			r.CancelAt(clock.now())
			return err
		}
	}
	return nil
}
