package wrap

import (
	"context"
	"strings"
	"testing"
	"time"
)

func TestRateLimitRequestsPerSecond(t *testing.T) {
	clk := newFakeClock()
	f := &fake{}
	tr := RateLimit(f, RateOptions{RequestsPerSecond: 2, Clock: clk.clock()})
	for i := 0; i < 6; i++ {
		if _, err := tr.Translate(context.Background(), req("a")); err != nil {
			t.Fatal(err)
		}
	}
	// A burst of 2, then one every 500ms.
	if got, want := clk.total(), 2*time.Second; got < want-time.Millisecond || got > want+time.Millisecond {
		t.Fatalf("waited %s for 6 requests at 2/s, want %s", got, want)
	}
}

func TestRateLimitCharsPerMinute(t *testing.T) {
	clk := newFakeClock()
	f := &fake{}
	tr := RateLimit(f, RateOptions{CharsPerMinute: 60, Clock: clk.clock()})
	ctx := context.Background()
	if _, err := tr.Translate(ctx, req(strings.Repeat("ع", 60))); err != nil { // the full bucket
		t.Fatal(err)
	}
	if clk.total() != 0 {
		t.Fatalf("first minute's quota waited %s", clk.total())
	}
	if _, err := tr.Translate(ctx, req(strings.Repeat("ع", 30))); err != nil {
		t.Fatal(err)
	}
	if got := clk.total(); got < 29*time.Second || got > 31*time.Second {
		t.Fatalf("30 more characters at 60/min waited %s, want 30s", got)
	}
	// A request larger than the whole bucket still goes, after refills.
	if _, err := tr.Translate(ctx, req(strings.Repeat("ع", 150))); err != nil {
		t.Fatal(err)
	}
	if got := clk.total(); got < 179*time.Second || got > 181*time.Second {
		t.Fatalf("total wait %s, want 180s", got)
	}
}

func TestRateLimitCancelWhileWaiting(t *testing.T) {
	f := &fake{}
	tr := RateLimit(f, RateOptions{RequestsPerSecond: 0.001})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel()
	if _, err := tr.Translate(ctx, req("a")); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if _, err := tr.Translate(ctx, req("b")); err == nil {
		t.Fatal("second request should wait past the deadline")
	}
	if time.Since(start) > time.Second || f.callCount() != 1 {
		t.Fatalf("did not return promptly, or sent anyway (%d calls)", f.callCount())
	}
}
