package wrap

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/tarjama/tarjama/backend"
)

// RetryOptions configures Retry. Zero fields take the defaults shown.
type RetryOptions struct {
	MaxAttempts int           // attempts in all, first included (default 5; 1 disables retries)
	BaseDelay   time.Duration // first backoff ceiling (default 500ms)
	MaxDelay    time.Duration // backoff ceiling cap (default 30s)
	// MaxElapsed bounds the time spent on one request, waits included
	// (default 2m): a wait that would cross it is not started.
	MaxElapsed time.Duration
	Clock      Clock
	// Rand returns a float in [0,1) for jitter (default math/rand/v2).
	Rand  func() float64
	Stats *Stats
	// Name is the backend's, for the unreachable error.
	Name string
	// UnreachableAttempts is how many attempts, each refused or failing
	// to resolve the host, make a request give up with a permanent
	// backend.ErrUnreachable while the backend has not answered once
	// (default 3; a backend that answered before is retried as usual).
	UnreachableAttempts int
}

func (o RetryOptions) withDefaults() RetryOptions {
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 5
	}
	if o.BaseDelay <= 0 {
		o.BaseDelay = 500 * time.Millisecond
	}
	if o.MaxDelay <= 0 {
		o.MaxDelay = 30 * time.Second
	}
	if o.MaxElapsed <= 0 {
		o.MaxElapsed = 2 * time.Minute
	}
	if o.Rand == nil {
		o.Rand = rand.Float64
	}
	if o.UnreachableAttempts <= 0 {
		o.UnreachableAttempts = 3
	}
	return o
}

// Backoff returns the wait before retry number attempt (1-based) with full
// jitter: uniform in [0, min(MaxDelay, BaseDelay·2^(attempt-1))), so that
// many clients failing together do not retry together. A server's
// Retry-After is a floor.
func (o RetryOptions) Backoff(attempt int, retryAfter time.Duration) time.Duration {
	o = o.withDefaults()
	ceil := o.MaxDelay
	if attempt-1 < 32 {
		if c := o.BaseDelay << (attempt - 1); c > 0 && c < ceil {
			ceil = c
		}
	}
	d := time.Duration(o.Rand() * float64(ceil))
	return max(d, retryAfter)
}

// Retry retries transient failures (backend.IsTransient) with exponential
// backoff and full jitter, honouring the server's RetryAfter, up to
// MaxAttempts and MaxElapsed. Permanent errors and ctx cancellation return
// at once; waits end as soon as ctx is done.
//
// Until the backend has answered once (any response, even an error
// status), a request whose attempts are all refused or cannot resolve the
// host gives up after UnreachableAttempts with a permanent error wrapping
// backend.ErrUnreachable (and so backend.ErrUnusable): a wrong URL or a
// server that is not running stops the run in seconds.
func Retry(next backend.Translator, o RetryOptions) backend.Translator {
	o = o.withDefaults()
	var answered atomic.Bool
	return decorate(next, func(ctx context.Context, req backend.Request) ([]string, error) {
		if len(req.Segments) == 0 {
			return []string{}, nil
		}
		start := o.Clock.now()
		unreachable := 0
		for attempt := 1; ; attempt++ {
			out, err := next.Translate(ctx, req)
			if err == nil {
				answered.Store(true)
				return out, nil
			}
			if ctx.Err() != nil {
				return nil, fmt.Errorf("%w (%w)", ctx.Err(), err)
			}
			if !IsUnreachable(err) {
				answered.Store(true)
			} else if unreachable++; !answered.Load() && (unreachable >= o.UnreachableAttempts || attempt >= o.MaxAttempts) {
				return nil, unreachableError(o.Name, attempt, err)
			}
			if !backend.IsTransient(err) {
				return nil, err
			}
			if attempt >= o.MaxAttempts {
				return nil, fmt.Errorf("gave up after %d attempts: %w", attempt, err)
			}
			var be *backend.Error
			var after time.Duration
			if errors.As(err, &be) {
				after = be.RetryAfter
			}
			d := o.Backoff(attempt, after)
			if o.Clock.now().Add(d).Sub(start) > o.MaxElapsed {
				return nil, fmt.Errorf("gave up after %d attempts (next wait %s would pass %s): %w",
					attempt, d.Round(time.Millisecond), o.MaxElapsed, err)
			}
			if serr := o.Clock.sleep(ctx, d); serr != nil {
				return nil, fmt.Errorf("%w while waiting to retry (%w)", serr, err)
			}
			o.Stats.addRetry()
		}
	})
}

// IsUnreachable reports whether err says the backend could not be reached
// at all: connection refused, host or network unreachable, or a failed
// DNS lookup. A timeout is not: the server may be slow, not absent.
func IsUnreachable(err error) bool {
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return !dns.IsTimeout
	}
	return errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.EHOSTUNREACH) || errors.Is(err, syscall.ENETUNREACH)
}

// unreachableError is the permanent error of a backend never reached. The
// backend's own message names the URL (without credentials).
func unreachableError(name string, attempts int, err error) error {
	var be *backend.Error
	if errors.As(err, &be) {
		if name == "" {
			name = be.Backend
		}
		if be.Err != nil {
			err = be.Err // its name and kind are said again below
		}
	}
	return &backend.Error{Backend: name, Kind: backend.Permanent,
		Err: fmt.Errorf("%w (%d attempts, none answered): %w", backend.ErrUnreachable, attempts, err)}
}
