package wrap

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/tarjama/tarjama/backend"
)

func TestSplit(t *testing.T) {
	urlBytes := func(s string) int { return len(s) * 3 }
	tests := []struct {
		name   string
		segs   []string
		limits backend.Limits
		want   []Span
	}{
		{"no limits", []string{"a", "b", "c"}, backend.Limits{}, []Span{{0, 3}}},
		{"segments", []string{"a", "b", "c", "d", "e"}, backend.Limits{MaxSegments: 2}, []Span{{0, 2}, {2, 4}, {4, 5}}},
		{"chars count code points", []string{"ببب", "ببب", "ب"}, backend.Limits{MaxChars: 4}, []Span{{0, 1}, {1, 3}}},
		{"chars exact fit", []string{"ab", "cd", "e"}, backend.Limits{MaxChars: 4}, []Span{{0, 2}, {2, 3}}},
		{"bytes via RequestBytes", []string{"ab", "cd", "ef"}, backend.Limits{MaxBytes: 12, RequestBytes: urlBytes}, []Span{{0, 2}, {2, 3}}},
		{"bytes default utf8", []string{"ب", "ب", "ب"}, backend.Limits{MaxBytes: 4}, []Span{{0, 2}, {2, 3}}},
		{"bytes exact fit", []string{"ab", "c", "d"}, backend.Limits{MaxBytes: 3}, []Span{{0, 2}, {2, 3}}},
		{"all limits", []string{"a", "b", "c", "dddd"}, backend.Limits{MaxSegments: 3, MaxChars: 5}, []Span{{0, 3}, {3, 4}}},
		{"empty", nil, backend.Limits{MaxSegments: 1}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Split("fake", tt.segs, tt.limits)
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("Split = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSplitOversizedSegmentIsPermanent(t *testing.T) {
	long := strings.Repeat("ك", 11)
	for _, l := range []backend.Limits{{MaxChars: 10}, {MaxBytes: 10}} {
		_, err := Split("fake", []string{"ok", long}, l)
		var be *backend.Error
		if !errors.As(err, &be) || be.Kind != backend.Permanent || !errors.Is(err, ErrTooLarge) {
			t.Fatalf("limits %+v: err = %v, want permanent ErrTooLarge", l, err)
		}
		if !strings.Contains(err.Error(), "segment 2") {
			t.Errorf("error does not name the segment: %v", err)
		}
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("a b ccc dddd ببب", 2, 5, 9)
	f.Fuzz(func(t *testing.T, text string, maxSeg, maxChars, maxBytes int) {
		l := backend.Limits{MaxSegments: maxSeg % 50, MaxChars: maxChars % 200, MaxBytes: maxBytes % 400}
		s := strings.Fields(text)
		spans, err := Split("fuzz", s, l)
		if err != nil {
			if !errors.Is(err, ErrTooLarge) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		next := 0
		for _, sp := range spans {
			if sp.Start != next || sp.End <= sp.Start {
				t.Fatalf("spans %v do not tile %d segments", spans, len(s))
			}
			next = sp.End
			chars, bytes := 0, 0
			for _, x := range s[sp.Start:sp.End] {
				chars += utf8.RuneCountInString(x)
				bytes += len(x)
			}
			n := sp.End - sp.Start
			if n > 1 && ((l.MaxSegments > 0 && n > l.MaxSegments) || (l.MaxChars > 0 && chars > l.MaxChars) || (l.MaxBytes > 0 && bytes > l.MaxBytes)) {
				t.Fatalf("span %v breaks limits %+v", sp, l)
			}
		}
		if next != len(s) {
			t.Fatalf("spans %v cover %d of %d", spans, next, len(s))
		}
	})
}

func TestBatchKeepsOrderAcrossConcurrentBatches(t *testing.T) {
	// Earlier batches are slower, so they finish last.
	f := &fake{limits: backend.Limits{MaxSegments: 7, MaxChars: 30}}
	f.script = func(call int, r backend.Request) ([]string, error) {
		time.Sleep(time.Duration(10-call%10) * 200 * time.Microsecond)
		return nil, nil
	}
	tr := Batch(f, BatchOptions{Name: "fake", Concurrency: 4})
	in := segs(100)
	out, err := tr.Translate(context.Background(), req(in...))
	if err != nil {
		t.Fatal(err)
	}
	for i := range in {
		if out[i] != "T("+in[i]+")" {
			t.Fatalf("out[%d] = %q, want T(%s)", i, out[i], in[i])
		}
	}
	if p := f.peak.Load(); p > 4 || p < 2 {
		t.Errorf("peak concurrency %d, want 2..4", p)
	}
	for _, c := range f.calls {
		if len(c) > 7 || countChars(c) > 30 {
			t.Errorf("batch %v breaks the limits", c)
		}
	}
	if _, ok := tr.(backend.Limiter); ok && LimitsOf(tr).MaxSegments != 0 {
		t.Errorf("Batch should declare no limits, got %+v", LimitsOf(tr))
	}
}

func TestBatchStopsAtFirstFailure(t *testing.T) {
	boom := &backend.Error{Backend: "fake", Kind: backend.Permanent, Status: 400, Err: errString("bad request")}
	f := &fake{limits: backend.Limits{MaxSegments: 1}}
	f.script = func(call int, r backend.Request) ([]string, error) {
		if call == 1 {
			return nil, boom
		}
		return nil, nil
	}
	out, err := Batch(f, BatchOptions{Name: "fake", Concurrency: 1}).Translate(context.Background(), req(segs(20)...))
	if !errors.Is(err, boom) || out != nil {
		t.Fatalf("got %v, %v; want the batch error", out, err)
	}
	if n := f.callCount(); n != 1 {
		t.Errorf("%d calls after the first failed, want 1", n)
	}
}

func TestBatchEmptyRequestMakesNoCall(t *testing.T) {
	f := &fake{}
	out, err := Stack(f, StackOptions{Name: "fake"}).Translate(context.Background(), req())
	if err != nil || len(out) != 0 || out == nil {
		t.Fatalf("got %#v, %v; want empty non-nil slice", out, err)
	}
	if f.callCount() != 0 {
		t.Fatal("empty request reached the backend")
	}
}

func TestBatchConcurrencyIsSharedAcrossCalls(t *testing.T) {
	f := &fake{limits: backend.Limits{MaxSegments: 2}, delay: 2 * time.Millisecond}
	tr := Batch(f, BatchOptions{Name: "fake", Concurrency: 3})
	done := make(chan error, 5)
	for i := 0; i < 5; i++ {
		go func() {
			_, err := tr.Translate(context.Background(), req(segs(8)...))
			done <- err
		}()
	}
	for i := 0; i < 5; i++ {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	if p := f.peak.Load(); p > 3 {
		t.Fatalf("%d requests in flight across calls, want at most 3", p)
	}
	if f.callCount() != 20 {
		t.Fatalf("%d calls, want 20", f.callCount())
	}
}
