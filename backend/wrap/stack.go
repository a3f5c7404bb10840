package wrap

import (
	"time"

	"github.com/tarjama/tarjama/backend"
)

// StackOptions configures Stack. Zero values disable the corresponding
// decorator, except Retry which defaults to RetryOptions' defaults.
type StackOptions struct {
	Name string // backend name, for errors
	// Cache, when set, wraps everything else (cache and translation
	// memory): hits cost nothing and repeats are sent once.
	Cache func(backend.Translator) backend.Translator
	// Store, when set, goes just under the batching, so each batch that
	// succeeds is kept at once: a run that fails half-way has paid for the
	// first half only once.
	Store func(backend.Translator) backend.Translator
	// MaxChars is the --max-chars budget.
	MaxChars int64
	// Limits overrides the backend's declared limits when non-zero.
	Limits      backend.Limits
	Concurrency int
	Rate        RateOptions
	Retry       RetryOptions
	Timeout     time.Duration
	Stats       *Stats
}

// Stack wraps next in every decorator, outermost first:
//
//	turns → cache → budget → batch (+ concurrency) → store → retry → rate limit → timeout → check → next
//
// The cache is outermost so hits cost nothing and count against no budget
// or quota; the budget sees only what would really be sent; batches are
// cut before retrying so a failure retries one batch, not a document. The
// rate limiter sits inside Retry so that every attempt, retries included,
// waits for tokens (providers count a refused request against the quota
// too); the timeout sits inside the rate limiter so that waiting for a
// token never eats a request's time. Check is innermost so it counts
// every request really sent.
//
// For a dry run, pass a *Meter as next: it batches by the limits it was
// given and makes no call, so only the cache goes in front of it (a budget
// would refuse the very requests the estimate must count; compare the
// Estimate with the budget instead).
func Stack(next backend.Translator, o StackOptions) backend.Translator {
	if m, ok := next.(*Meter); ok {
		if o.Cache != nil {
			return o.Cache(m)
		}
		return m
	}
	limits := o.Limits
	if limits.MaxSegments == 0 && limits.MaxChars == 0 && limits.MaxBytes == 0 {
		limits = LimitsOf(next)
	}
	retry := o.Retry
	if retry.Stats == nil {
		retry.Stats = o.Stats
	}
	if retry.Name == "" {
		retry.Name = o.Name
	}
	t := Check(next, o.Name, o.Stats)
	t = Timeout(t, o.Name, o.Timeout)
	t = RateLimit(t, o.Rate)
	t = Retry(t, retry)
	if o.Store != nil {
		t = o.Store(t)
	}
	t = Batch(t, BatchOptions{Name: o.Name, Limits: limits, Concurrency: o.Concurrency})
	t = Budget(t, o.MaxChars)
	if o.Cache != nil {
		t = o.Cache(t)
	}
	if o.MaxChars > 0 {
		t = InTurn(t) // documents reach the budget in order (see Turns)
	}
	return t
}
