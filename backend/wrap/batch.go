package wrap

import (
	"context"
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/sync/errgroup"

	"github.com/tarjama/tarjama/backend"
)

// ErrTooLarge is wrapped by the permanent error Batch returns for a single
// segment that exceeds a per-request limit on its own. Splitting sentences
// is the pipeline's job, not the transport's.
var ErrTooLarge = errors.New("segment exceeds the backend's request limit")

// BatchOptions configures Batch.
type BatchOptions struct {
	// Name is the backend name used in errors.
	Name string
	// Limits to respect; zero Limits means those the wrapped backend declares.
	Limits backend.Limits
	// Concurrency is how many requests are in flight at once (default 1),
	// across all concurrent calls of the returned Translator: documents
	// translated in parallel share it, so the provider never sees more.
	Concurrency int
}

// Span is one batch: segments [Start, End) of a request.
type Span struct{ Start, End int }

// Split cuts segs into consecutive batches that each respect l: at most
// MaxSegments segments, MaxChars code points and MaxBytes request bytes
// (RequestBytes per segment, or its UTF-8 length when RequestBytes is nil).
// A segment over a limit by itself is a permanent *backend.Error wrapping
// ErrTooLarge that names it.
func Split(name string, segs []string, l backend.Limits) ([]Span, error) {
	if len(segs) == 0 {
		return nil, nil
	}
	if l.MaxSegments <= 0 && l.MaxChars <= 0 && l.MaxBytes <= 0 {
		return []Span{{0, len(segs)}}, nil
	}
	var out []Span
	start, chars, size := 0, 0, 0
	for i, s := range segs {
		c, b := 0, 0
		if l.MaxChars > 0 {
			c = utf8.RuneCountInString(s)
			if c > l.MaxChars {
				return nil, tooLarge(name, i, s, fmt.Sprintf("%d characters, limit %d", c, l.MaxChars))
			}
		}
		if l.MaxBytes > 0 {
			if l.RequestBytes != nil {
				b = l.RequestBytes(s)
			} else {
				b = len(s)
			}
			if b > l.MaxBytes {
				return nil, tooLarge(name, i, s, fmt.Sprintf("%d request bytes, limit %d", b, l.MaxBytes))
			}
		}
		full := i > start && ((l.MaxSegments > 0 && i-start >= l.MaxSegments) ||
			(l.MaxChars > 0 && chars+c > l.MaxChars) ||
			(l.MaxBytes > 0 && size+b > l.MaxBytes))
		if full {
			out = append(out, Span{start, i})
			start, chars, size = i, 0, 0
		}
		chars += c
		size += b
	}
	return append(out, Span{start, len(segs)}), nil
}

func tooLarge(name string, i int, s, what string) error {
	return &backend.Error{Backend: name, Kind: backend.Permanent,
		Err: fmt.Errorf("segment %d (%q): %s: %w", i+1, preview(s), what, ErrTooLarge)}
}

// preview shortens s for error messages.
func preview(s string) string {
	const max = 40
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)
	return string(r[:max]) + "…"
}

// Batch splits each request into batches that respect the backend's limits
// and sends up to o.Concurrency of them at once. Results land in place, so
// order never depends on timing; the first failure cancels the rest. The
// concurrency bound holds across concurrent calls. The returned Translator
// declares no limits of its own.
func Batch(next backend.Translator, o BatchOptions) backend.Translator {
	limits := o.Limits
	if limits.MaxSegments == 0 && limits.MaxChars == 0 && limits.MaxBytes == 0 {
		limits = LimitsOf(next)
	}
	conc := max(o.Concurrency, 1)
	sem := make(chan struct{}, conc) // in-flight requests, all calls together
	send := func(ctx context.Context, req backend.Request) ([]string, error) {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		defer func() { <-sem }()
		return next.Translate(ctx, req)
	}
	d := decorate(next, func(ctx context.Context, req backend.Request) ([]string, error) {
		spans, err := Split(o.Name, req.Segments, limits)
		if err != nil {
			return nil, err
		}
		if len(spans) == 0 {
			return []string{}, nil
		}
		if len(spans) == 1 {
			return send(ctx, req)
		}
		out := make([]string, len(req.Segments))
		g, gctx := errgroup.WithContext(ctx)
		g.SetLimit(conc)
		for _, sp := range spans {
			if gctx.Err() != nil {
				break // a batch failed or ctx is done: start no more
			}
			g.Go(func() error {
				// g.Go may have waited for a slot while another batch failed.
				if err := gctx.Err(); err != nil {
					return err
				}
				sub := req
				sub.Segments = req.Segments[sp.Start:sp.End:sp.End]
				got, err := send(gctx, sub)
				if err != nil {
					return err
				}
				if err := backend.CheckCount(o.Name, len(got), len(sub.Segments)); err != nil {
					return err
				}
				copy(out[sp.Start:sp.End], got)
				return nil
			})
		}
		if err := g.Wait(); err != nil {
			return nil, err
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		return out, nil
	})
	d.unlimited = true
	return d
}
