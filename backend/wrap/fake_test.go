package wrap

import (
	"context"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tarjama/tarjama/backend"
)

// fake is a scriptable in-package backend. Its translation of s is "T(s)".
type fake struct {
	limits backend.Limits
	// script, when set, may replace a call's answer; call counts from 1.
	script func(call int, req backend.Request) ([]string, error)
	// delay is slept (ctx-aware) inside every call.
	delay time.Duration

	mu       sync.Mutex
	calls    [][]string
	n        atomic.Int64
	inflight atomic.Int64
	peak     atomic.Int64
}

func (f *fake) Translate(ctx context.Context, req backend.Request) ([]string, error) {
	call := int(f.n.Add(1))
	f.mu.Lock()
	f.calls = append(f.calls, append([]string(nil), req.Segments...))
	f.mu.Unlock()
	cur := f.inflight.Add(1)
	defer f.inflight.Add(-1)
	for {
		p := f.peak.Load()
		if cur <= p || f.peak.CompareAndSwap(p, cur) {
			break
		}
	}
	if f.delay > 0 {
		if err := SleepContext(ctx, f.delay); err != nil {
			return nil, err
		}
	}
	if f.script != nil {
		if out, err := f.script(call, req); out != nil || err != nil {
			return out, err
		}
	}
	out := make([]string, len(req.Segments))
	for i, s := range req.Segments {
		out[i] = "T(" + s + ")"
	}
	return out, nil
}

func (f *fake) Limits() backend.Limits { return f.limits }

func (f *fake) callCount() int { return int(f.n.Load()) }

// fakeClock advances only when slept on, and records each sleep.
type fakeClock struct {
	mu    sync.Mutex
	t     time.Time
	slept []time.Duration
}

func newFakeClock() *fakeClock { return &fakeClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
	c.slept = append(c.slept, d)
	return nil
}

func (c *fakeClock) clock() Clock { return Clock{Now: c.Now, Sleep: c.Sleep} }

func (c *fakeClock) total() time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	var t time.Duration
	for _, d := range c.slept {
		t += d
	}
	return t
}

func segs(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = "s" + strings.Repeat("x", i%5) + string(rune('a'+i%26))
	}
	return out
}

func req(s ...string) backend.Request {
	return backend.Request{SrcLang: "ar", TgtLang: "en", Segments: s, Format: backend.Text}
}

func transient(status int, after time.Duration) error {
	return &backend.Error{Backend: "fake", Kind: backend.Transient, Status: status, RetryAfter: after,
		Err: errString("slow down")}
}

type errString string

func (e errString) Error() string { return string(e) }
