package wrap

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/tarjama/tarjama/backend"
)

func TestMeterCountsLikeBatch(t *testing.T) {
	limits := backend.Limits{MaxSegments: 3}
	m := DryRun("google", limits)
	out, err := Stack(m, StackOptions{Name: "google"}).Translate(context.Background(), req(segs(10)...))
	if err != nil || len(out) != 10 || out[0] != "" {
		t.Fatalf("got %q, %v", out, err)
	}
	if _, err := m.Translate(context.Background(), req("مرحبا")); err != nil {
		t.Fatal(err)
	}
	e := m.Estimate(testPrices)
	wantChars := int64(countChars(segs(10)) + 5)
	if e.Segments != 11 || e.Requests != 5 || e.Chars != wantChars || !e.Priced {
		t.Fatalf("estimate %+v", e)
	}
	if want := float64(wantChars) / 1e6 * 20; math.Abs(e.USD-want) > 1e-12 {
		t.Errorf("USD %v, want %v", e.USD, want)
	}
	unknown := DryRun("mystery", backend.Limits{}).Estimate(testPrices)
	if unknown.Priced {
		t.Error("unknown backend priced")
	}
}

// testPrices is a price table as PricesOf builds one from backend Infos.
var testPrices = PricesOf([]backend.Info{
	{Name: "google", Price: &backend.Price{USDPerMillion: 20, Note: "list price"}},
	{Name: "deepl", Price: &backend.Price{USDPerMillion: 25, Note: "list price"}},
	{Name: "openai", Price: &backend.Price{USDPerMillion: 0.3, Note: "estimate"}},
	{Name: "unpriced"},
})

func TestPricesOf(t *testing.T) {
	if len(testPrices) != 3 || testPrices["deepl"].USDPerMillion != 25 {
		t.Fatalf("table %+v", testPrices)
	}
	if _, ok := testPrices.Lookup("unpriced"); ok {
		t.Error("a backend without a price is in the table")
	}
}

func TestPricesOverrides(t *testing.T) {
	p, err := testPrices.WithOverrides([]string{"openai=0", "deepl = 30.5", "mine=1"})
	if err != nil {
		t.Fatal(err)
	}
	if p["openai"].USDPerMillion != 0 || p["deepl"].USDPerMillion != 30.5 || p["mine"].USDPerMillion != 1 {
		t.Fatalf("overrides not applied: %+v", p)
	}
	if testPrices["deepl"].USDPerMillion != 25 {
		t.Fatal("WithOverrides changed the default table")
	}
	for _, bad := range []string{"deepl", "=3", "deepl=-1", "deepl=abc", "deepl=NaN", "deepl=+Inf"} {
		if _, err := testPrices.WithOverrides([]string{bad}); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func FuzzPriceOverrides(f *testing.F) {
	f.Add("deepl=25")
	f.Add("x= 0.5")
	f.Fuzz(func(t *testing.T, spec string) {
		p, err := testPrices.WithOverrides([]string{spec})
		if err != nil {
			return
		}
		name, _, _ := strings.Cut(spec, "=")
		pr, ok := p.Lookup(strings.TrimSpace(name))
		if !ok || pr.USDPerMillion < 0 || math.IsNaN(pr.USDPerMillion) || math.IsInf(pr.USDPerMillion, 0) {
			t.Fatalf("%q accepted as %+v", spec, pr)
		}
	})
}

// capable is a backend with every optional ability.
type capable struct {
	fake
	closed bool
}

func (*capable) SupportsHTML() bool     { return true }
func (*capable) SupportsGlossary() bool { return true }
func (c *capable) Close() error         { c.closed = true; return nil }

func TestDecoratorsForwardOptionalInterfaces(t *testing.T) {
	c := &capable{fake: fake{limits: backend.Limits{MaxSegments: 9}}}
	wrappers := map[string]backend.Translator{
		"retry":   Retry(c, RetryOptions{}),
		"rate":    RateLimit(c, RateOptions{RequestsPerSecond: 1}),
		"timeout": Timeout(c, "x", time.Second),
		"check":   Check(c, "x", nil),
		"budget":  Budget(c, 10),
		"batch":   Batch(c, BatchOptions{}),
		"stack":   Stack(c, StackOptions{MaxChars: 5, Timeout: time.Second, Rate: RateOptions{RequestsPerSecond: 3}}),
	}
	for name, w := range wrappers {
		if h, ok := w.(backend.HTMLTranslator); !ok || !h.SupportsHTML() {
			t.Errorf("%s: HTML support lost", name)
		}
		if g, ok := w.(backend.GlossaryTranslator); !ok || !g.SupportsGlossary() {
			t.Errorf("%s: glossary support lost", name)
		}
		wantLimit := 9
		if name == "batch" || name == "stack" {
			wantLimit = 0 // batching already applied them
		}
		if got := LimitsOf(w).MaxSegments; got != wantLimit {
			t.Errorf("%s: MaxSegments %d, want %d", name, got, wantLimit)
		}
		c.closed = false
		if cl, ok := w.(backend.Closer); !ok || cl.Close() != nil || !c.closed {
			t.Errorf("%s: Close not forwarded", name)
		}
	}
	plain := Retry(&fake{}, RetryOptions{})
	if plain.(backend.HTMLTranslator).SupportsHTML() || plain.(backend.GlossaryTranslator).SupportsGlossary() {
		t.Error("abilities invented for a plain backend")
	}
}

// TestStackCompletesWith30PercentTransientFailures is the issue's target
// in miniature: every segment comes back, in order, despite failures.
func TestStackCompletesWith30PercentTransientFailures(t *testing.T) {
	f := &fake{limits: backend.Limits{MaxSegments: 4}}
	f.script = func(call int, r backend.Request) ([]string, error) {
		if call%10 < 3 { // calls 10,11,12, 20,21,22, … and 1,2 fail
			return nil, transient(503, 0)
		}
		return nil, nil
	}
	var st Stats
	clk := newFakeClock()
	tr := Stack(f, StackOptions{Name: "fake", Concurrency: 3, Stats: &st,
		Retry: RetryOptions{MaxAttempts: 10, Clock: clk.clock()}})
	in := segs(200)
	out, err := tr.Translate(context.Background(), req(in...))
	if err != nil {
		t.Fatal(err)
	}
	for i := range in {
		if out[i] != "T("+in[i]+")" {
			t.Fatalf("out[%d] = %q", i, out[i])
		}
	}
	s := st.Snapshot()
	if s.Retries == 0 || s.Requests != int64(f.callCount()) || s.Requests != 50+s.Retries || s.Failures != s.Retries {
		t.Fatalf("stats %+v with %d calls", s, f.callCount())
	}
}

func TestStackPermanentErrorIsReportedClearly(t *testing.T) {
	f := &fake{script: func(int, backend.Request) ([]string, error) {
		return nil, &backend.Error{Backend: "fake", Kind: backend.Permanent, Status: 401, Err: errString("invalid API key")}
	}}
	_, err := Stack(f, StackOptions{Name: "fake"}).Translate(context.Background(), req("a"))
	var be *backend.Error
	if !errors.As(err, &be) || be.Status != 401 || f.callCount() != 1 {
		t.Fatalf("err = %v after %d calls", err, f.callCount())
	}
}

func ExampleStack() {
	// A backend that accepts two segments a request, driven through the
	// full stack; dry-run metering uses the same batching.
	limits := backend.Limits{MaxSegments: 2}
	var stats Stats
	tr := Stack(upper{limits}, StackOptions{Name: "upper", Concurrency: 2, Stats: &stats})
	out, err := tr.Translate(context.Background(), backend.Request{
		SrcLang: "ar", TgtLang: "en", Segments: []string{"one", "two", "three"}})
	fmt.Println(out, err)
	fmt.Printf("%+v\n", stats.Snapshot())

	m := DryRun("google", limits)
	_, _ = Stack(m, StackOptions{}).Translate(context.Background(), backend.Request{Segments: []string{"مرحبا", "بكم"}})
	fmt.Println(m.Estimate(testPrices))
	// Output:
	// [ONE TWO THREE] <nil>
	// {Requests:2 Retries:0 Failures:0 SegmentsSent:3 CharsSent:11 CacheHits:0 TMHits:0 Deduplicated:0}
	// google: 2 segments, 8 characters, 1 requests, estimated cost $0.00
}

type upper struct{ l backend.Limits }

func (u upper) Limits() backend.Limits { return u.l }
func (upper) Translate(_ context.Context, r backend.Request) ([]string, error) {
	out := make([]string, len(r.Segments))
	for i, s := range r.Segments {
		b := []byte(s)
		for j := range b {
			if b[j] >= 'a' && b[j] <= 'z' {
				b[j] -= 'a' - 'A'
			}
		}
		out[i] = string(b)
	}
	return out, nil
}

func TestStackCancelMidRunReturnsPromptly(t *testing.T) {
	f := &fake{limits: backend.Limits{MaxSegments: 1}, delay: time.Minute}
	tr := Stack(f, StackOptions{Name: "fake", Concurrency: 4, Timeout: time.Hour, Rate: RateOptions{RequestsPerSecond: 100}})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(5*time.Millisecond, cancel)
	start := time.Now()
	_, err := tr.Translate(ctx, req(segs(50)...))
	if !errors.Is(err, context.Canceled) || backend.IsTransient(err) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if el := time.Since(start); el > time.Second {
		t.Fatalf("returned after %s", el)
	}
	if n := f.callCount(); n > 4 {
		t.Fatalf("%d requests started, want at most the 4 in flight", n)
	}
}
