package beamrun

import (
	"context"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/registry"
	"github.com/tarjama/tarjama/backend/stack"
)

// openStack opens the job's backend stack on a worker with the library's
// stack.Open, the same stack `tarjama translate` runs, its rate taking the
// worker's share of the job's quota.
func openStack(ctx context.Context, b BackendConfig, glossaryVersion string) (*stack.Stack, error) {
	reg := registry.Default()
	info, err := reg.Lookup(b.Name)
	if err != nil {
		return nil, err
	}
	cfg := b.StackConfig(info, glossaryVersion)
	cfg.Concurrency = max(1, cfg.Concurrency) // a Config built in code may leave it 0
	return stack.Open(ctx, reg, cfg)
}

// StackConfig is the library configuration one worker opens; a launcher
// checks it with stack.Config.Check before the job starts.
func (b BackendConfig) StackConfig(info backend.Info, glossaryVersion string) stack.Config {
	retries := stack.DefaultRetries
	if b.Retries != nil {
		retries = *b.Retries
	}
	return stack.Config{
		Backend:           b.Name,
		Options:           backend.Config(b.Options),
		GlossaryVersion:   glossaryVersion,
		Cache:             b.Cache,
		NoCache:           b.NoCache,
		MaxChars:          b.MaxChars,
		RequestsPerSecond: b.RequestsPerSecond,
		CharsPerMinute:    b.WorkerCharsPerMinute(info),
		Retries:           retries,
		RetryBaseDelay:    b.RetryBaseDelay,
		Timeout:           b.Timeout,
		Concurrency:       b.Concurrency,
		// The job carries every value the launching machine resolved;
		// a worker's own environment does not count.
		Getenv: func(string) string { return "" },
	}
}
