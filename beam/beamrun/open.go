package beamrun

import (
	"context"
	"fmt"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/registry"
	"github.com/tarjama/tarjama/backend/wrap"
)

// stackHandle is a worker's opened backend stack.
type stackHandle struct {
	Translator backend.Translator
	Limits     backend.Limits
	Close      func() error
}

// openStack opens the job's backend stack on a worker: the backend named
// in b, wrapped in batching, retries and the worker's share of the rate
// limits.
func openStack(_ context.Context, b BackendConfig) (*stackHandle, error) {
	info, err := registry.Default().Lookup(b.Name)
	if err != nil {
		return nil, err
	}
	t, err := info.New(backend.Config(b.Options))
	if err != nil {
		return nil, fmt.Errorf("backend %s: %w", b.Name, err)
	}
	retries := 4
	if b.Retries != nil {
		retries = *b.Retries
	}
	opts := wrap.StackOptions{
		Name:        b.Name,
		MaxChars:    b.MaxChars,
		Concurrency: max(1, b.Concurrency),
		Rate:        wrap.RateOptions{RequestsPerSecond: b.RequestsPerSecond, CharsPerMinute: b.WorkerCharsPerMinute()},
		Retry:       wrap.RetryOptions{MaxAttempts: retries + 1},
	}
	if b.Timeout != nil {
		opts.Timeout = *b.Timeout
	}
	return &stackHandle{
		Translator: wrap.Stack(t, opts),
		Limits:     wrap.LimitsOf(t),
		Close: func() error {
			if c, ok := t.(backend.Closer); ok {
				return c.Close()
			}
			return nil
		},
	}, nil
}
