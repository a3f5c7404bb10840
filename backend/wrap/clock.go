package wrap

import (
	"context"
	"time"
)

// Clock lets tests replace time. The zero Clock is the real one.
type Clock struct {
	Now func() time.Time
	// Sleep waits for d or until ctx is done, returning ctx.Err() then.
	Sleep func(ctx context.Context, d time.Duration) error
}

func (c Clock) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

func (c Clock) sleep(ctx context.Context, d time.Duration) error {
	if c.Sleep != nil {
		return c.Sleep(ctx, d)
	}
	return SleepContext(ctx, d)
}

// SleepContext waits for d with a timer that stops when ctx is done.
func SleepContext(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
