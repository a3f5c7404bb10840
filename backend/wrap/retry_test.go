package wrap

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/tarjama/tarjama/backend"
)

func TestRetryHonoursRetryAfterOn429(t *testing.T) {
	clk := newFakeClock()
	f := &fake{script: func(call int, r backend.Request) ([]string, error) {
		if call <= 2 {
			return nil, transient(429, 3*time.Second)
		}
		return nil, nil
	}}
	var st Stats
	tr := Retry(f, RetryOptions{MaxAttempts: 5, BaseDelay: 100 * time.Millisecond, Clock: clk.clock(), Stats: &st,
		Rand: func() float64 { return 0.5 }})
	out, err := tr.Translate(context.Background(), req("a", "b"))
	if err != nil || len(out) != 2 || out[1] != "T(b)" {
		t.Fatalf("got %v, %v", out, err)
	}
	if f.callCount() != 3 || st.Snapshot().Retries != 2 {
		t.Fatalf("calls %d retries %d, want 3 and 2", f.callCount(), st.Snapshot().Retries)
	}
	for _, d := range clk.slept {
		if d < 3*time.Second {
			t.Errorf("slept %s, less than Retry-After 3s", d)
		}
	}
}

func TestRetryNeverRetriesPermanent(t *testing.T) {
	bad := &backend.Error{Backend: "fake", Kind: backend.Permanent, Status: 403, Err: errString("bad key")}
	f := &fake{script: func(int, backend.Request) ([]string, error) { return nil, bad }}
	clk := newFakeClock()
	_, err := Retry(f, RetryOptions{Clock: clk.clock()}).Translate(context.Background(), req("a"))
	if !errors.Is(err, bad) || f.callCount() != 1 || len(clk.slept) != 0 {
		t.Fatalf("err %v after %d calls and %d sleeps; want the permanent error after 1 call", err, f.callCount(), len(clk.slept))
	}
	// Unclassified errors are permanent too.
	f2 := &fake{script: func(int, backend.Request) ([]string, error) { return nil, errString("???") }}
	if _, err := Retry(f2, RetryOptions{Clock: clk.clock()}).Translate(context.Background(), req("a")); err == nil || f2.callCount() != 1 {
		t.Fatalf("unclassified error retried: %d calls", f2.callCount())
	}
}

func TestRetryGivesUpAfterMaxAttempts(t *testing.T) {
	f := &fake{script: func(int, backend.Request) ([]string, error) { return nil, transient(503, 0) }}
	clk := newFakeClock()
	_, err := Retry(f, RetryOptions{MaxAttempts: 4, Clock: clk.clock()}).Translate(context.Background(), req("a"))
	if err == nil || !backend.IsTransient(err) || f.callCount() != 4 {
		t.Fatalf("err %v after %d calls; want the transient error after 4", err, f.callCount())
	}
}

func TestRetryStopsAtMaxElapsed(t *testing.T) {
	f := &fake{script: func(int, backend.Request) ([]string, error) { return nil, transient(429, 40*time.Second) }}
	clk := newFakeClock()
	_, err := Retry(f, RetryOptions{MaxAttempts: 100, MaxElapsed: time.Minute, Clock: clk.clock()}).
		Translate(context.Background(), req("a"))
	if err == nil || f.callCount() != 2 || clk.total() > time.Minute {
		t.Fatalf("err %v, %d calls, slept %s; want to stop before a minute", err, f.callCount(), clk.total())
	}
}

func TestBackoffFullJitter(t *testing.T) {
	o := RetryOptions{BaseDelay: time.Second, MaxDelay: 10 * time.Second, Rand: func() float64 { return 0.999999 }}
	for attempt, want := range map[int]time.Duration{1: time.Second, 2: 2 * time.Second, 3: 4 * time.Second, 4: 8 * time.Second, 5: 10 * time.Second, 80: 10 * time.Second} {
		if got := o.Backoff(attempt, 0); got > want || got < want*99/100 {
			t.Errorf("attempt %d: backoff %s, want just under %s", attempt, got, want)
		}
	}
	o.Rand = func() float64 { return 0 }
	if got := o.Backoff(3, 0); got != 0 {
		t.Errorf("full jitter lower bound: got %s, want 0", got)
	}
	if got := o.Backoff(1, 7*time.Second); got != 7*time.Second {
		t.Errorf("Retry-After floor: got %s, want 7s", got)
	}
}

func TestRetryCancelDuringWaitReturnsPromptly(t *testing.T) {
	f := &fake{script: func(int, backend.Request) ([]string, error) { return nil, transient(429, time.Hour) }}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(5*time.Millisecond, cancel)
	start := time.Now()
	_, err := Retry(f, RetryOptions{MaxElapsed: 2 * time.Hour}).Translate(ctx, req("a"))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if backend.IsTransient(err) {
		t.Error("a cancelled run must not look retryable")
	}
	if el := time.Since(start); el > time.Second {
		t.Fatalf("returned after %s", el)
	}
}

func TestTimeoutIsTransient(t *testing.T) {
	f := &fake{delay: time.Minute}
	_, err := Timeout(f, "fake", 5*time.Millisecond).Translate(context.Background(), req("a"))
	var be *backend.Error
	if !errors.As(err, &be) || be.Kind != backend.Transient || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want a transient timeout", err)
	}
	// The caller's cancellation is not turned into a timeout.
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(2*time.Millisecond, cancel)
	_, err = Timeout(f, "fake", time.Minute).Translate(ctx, req("a"))
	if !errors.Is(err, context.Canceled) || backend.IsTransient(err) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestCheckDetectsWrongCount(t *testing.T) {
	f := &fake{script: func(_ int, r backend.Request) ([]string, error) { return r.Segments[1:], nil }}
	var st Stats
	out, err := Check(f, "fake", &st).Translate(context.Background(), req("a", "b", "c"))
	if out != nil || !errors.Is(err, backend.ErrCount) || !backend.IsTransient(err) {
		t.Fatalf("got %v, %v; want a transient ErrCount", out, err)
	}
	s := st.Snapshot()
	if s.Requests != 1 || s.CharsSent != 3 || s.Failures != 1 {
		t.Errorf("stats %+v", s)
	}
}

func TestWrongCountIsRetriedThenSucceeds(t *testing.T) {
	f := &fake{script: func(call int, r backend.Request) ([]string, error) {
		if call == 1 {
			return []string{"only one"}, nil
		}
		return nil, nil
	}}
	clk := newFakeClock()
	out, err := Stack(f, StackOptions{Name: "fake", Retry: RetryOptions{Clock: clk.clock()}}).
		Translate(context.Background(), req("a", "b"))
	if err != nil || out[0] != "T(a)" || out[1] != "T(b)" {
		t.Fatalf("got %v, %v", out, err)
	}
}

func TestBudgetStopsBeforeOverspending(t *testing.T) {
	f := &fake{}
	tr := Budget(f, 10)
	ctx := context.Background()
	if _, err := tr.Translate(ctx, req("سلام", "ab")); err != nil { // 6 chars
		t.Fatal(err)
	}
	if _, err := tr.Translate(ctx, req("abcde")); !errors.Is(err, ErrBudget) {
		t.Fatalf("err = %v, want ErrBudget", err)
	}
	if _, err := tr.Translate(ctx, req("a")); !errors.Is(err, ErrBudget) {
		t.Fatalf("after a refusal the run must stop; err = %v", err)
	}
	if f.callCount() != 1 {
		t.Fatalf("%d calls, want 1", f.callCount())
	}
	sent := 0
	for _, c := range f.calls {
		sent += countChars(c)
	}
	if sent > 10 {
		t.Fatalf("sent %d characters over a budget of 10", sent)
	}
}

// refused is what remote.TransportError makes of a refused connection.
func refused() error {
	return &backend.Error{Backend: "fake", Kind: backend.Transient,
		Err: fmt.Errorf("Post http://127.0.0.1:9/translate: %w", &net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", syscall.ECONNREFUSED)})}
}

func TestRetryStopsOnAnUnreachableBackend(t *testing.T) {
	for name, fail := range map[string]error{
		"refused": refused(),
		"dns":     &backend.Error{Backend: "fake", Kind: backend.Transient, Err: &net.DNSError{Err: "no such host", Name: "nowhere.invalid", IsNotFound: true}},
	} {
		f := &fake{script: func(int, backend.Request) ([]string, error) { return nil, fail }}
		clk := newFakeClock()
		_, err := Retry(f, RetryOptions{MaxAttempts: 9, Clock: clk.clock(), Name: "fake"}).Translate(context.Background(), req("a"))
		if !errors.Is(err, backend.ErrUnreachable) || !errors.Is(err, backend.ErrUnusable) || backend.IsTransient(err) || f.callCount() != 3 {
			t.Fatalf("%s: err %v after %d calls; want a permanent ErrUnreachable after 3", name, err, f.callCount())
		}
		if name == "refused" && !strings.Contains(err.Error(), "http://127.0.0.1:9/translate") {
			t.Errorf("message does not name the URL: %v", err)
		}
	}
}

func TestRetryKeepsRetryingABackendThatAnswered(t *testing.T) {
	// Answered once (a 503 counts), then refused: a restart, not a wrong URL.
	f := &fake{script: func(call int, _ backend.Request) ([]string, error) {
		if call == 1 {
			return nil, transient(503, 0)
		}
		return nil, refused()
	}}
	clk := newFakeClock()
	_, err := Retry(f, RetryOptions{MaxAttempts: 6, Clock: clk.clock()}).Translate(context.Background(), req("a"))
	if errors.Is(err, backend.ErrUnreachable) || !backend.IsTransient(err) || f.callCount() != 6 {
		t.Fatalf("err %v after %d calls; want the transient error after 6", err, f.callCount())
	}
	if IsUnreachable(transient(503, 0)) || IsUnreachable(context.DeadlineExceeded) || !IsUnreachable(refused()) {
		t.Error("IsUnreachable misclassifies")
	}
}
