package backendtest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/fake"
)

// Key is the API key the suite configures fakes to require. It is long
// and distinctive so that any leak into error text is caught.
const Key = "sk-conformance-SECRET-7f3a9c0e1b2d4f6a"

// BadKey is the wrong key used for the bad-key case.
const BadKey = "sk-wrong-SECRET-0d9e8c7b6a5f4e3d"

// Harness tells the suite how to run one backend.
type Harness struct {
	// Start starts the backend's fake with opts (the suite always calls
	// it with APIKey set to Key when KeyAuth). Nil for backends with no
	// server (command): the fault cases are skipped.
	Start func(t testing.TB, opts fake.Options) *fake.Server
	// New returns the backend under test talking to srv (nil without
	// Start) and authenticating with key. It should register cleanup.
	New func(t testing.TB, srv *fake.Server, key string) backend.Translator
	// Want is the expected translation of one segment; nil means
	// fake.Marker with the request's languages.
	Want func(srcLang, tgtLang string, format backend.Format, text string) string
	// KeyAuth: the backend sends a key that the fake checks.
	KeyAuth bool
	// Transport is the faults the backend's transport can see; nil means
	// all of fake.TransientFaults. (The gRPC fake cannot truncate.)
	Transport []fake.Fault
	// RecoversCount: the backend repairs a wrong count itself (openai
	// splits the batch); the suite then accepts a correct result too.
	RecoversCount bool
	// Unlimited: an in-process backend with no request limits by design
	// (lexicon): the Limits case is skipped instead of failing.
	Unlimited bool
}

// Segments used throughout: Arabic with punctuation, a duplicate, digits,
// Latin text, quotes and an ampersand.
var Segments = []string{
	"قال الرئيس إن المحادثات كانت مثمرة.",
	"وصل الوفد إلى بغداد يوم الاثنين.",
	"قال الرئيس إن المحادثات كانت مثمرة.",
	"بلغت الميزانية 1.5 مليار دولار في عام 2021.",
	"\"نحن هنا\" & هناك <لا>",
	"NATO",
	"ثم انتهى الاجتماع",
}

// Run runs the suite as subtests of t.
func Run(t *testing.T, h Harness) {
	if h.Want == nil {
		h.Want = fake.Marker
	}
	if h.Transport == nil {
		h.Transport = fake.TransientFaults
	}
	s := &suite{h: h}
	t.Run("OrderAndLength", s.orderAndLength)
	t.Run("Concurrent", s.concurrent)
	t.Run("Empty", s.empty)
	t.Run("Cancel", s.cancellation)
	t.Run("HTML", s.html)
	t.Run("Limits", s.limits)
	if h.Start == nil {
		return // no server: no faults to inject
	}
	for _, f := range h.Transport {
		t.Run("Transient/"+string(f), func(t *testing.T) { s.transient(t, f) })
	}
	t.Run("Permanent/400", s.badRequest)
	t.Run("Permanent/BadKey", s.badKey)
	t.Run("NoKeyInErrors", s.noKeyInErrors)
}

// suite is one backend's run of the conformance cases.
type suite struct{ h Harness }

// start starts the backend (and its fake, if it has one) with opts.
func (s *suite) start(t *testing.T, opts fake.Options) (*fake.Server, backend.Translator) {
	t.Helper()
	if s.h.Start == nil {
		return nil, s.h.New(t, nil, Key)
	}
	if s.h.KeyAuth {
		opts.APIKey = Key
	}
	srv := s.h.Start(t, opts)
	t.Cleanup(srv.Close)
	return srv, s.h.New(t, srv, Key)
}

func (s *suite) req(segs []string, f backend.Format) backend.Request {
	return backend.Request{SrcLang: "ar", TgtLang: "en", Segments: segs, Format: f}
}

func (s *suite) want(segs []string, f backend.Format) []string {
	out := make([]string, len(segs))
	for i, seg := range segs {
		out[i] = s.h.Want("ar", "en", f, seg)
	}
	return out
}

func (s *suite) ctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return c
}

// orderAndLength checks that translations come back in order, one per segment.
func (s *suite) orderAndLength(t *testing.T) {
	srv, tr := s.start(t, fake.Options{})
	got, err := tr.Translate(s.ctx(t), s.req(Segments, backend.Text))
	if err != nil {
		t.Fatal(err)
	}
	equal(t, got, s.want(Segments, backend.Text))
	// One segment on its own works too.
	got, err = tr.Translate(s.ctx(t), s.req(Segments[1:2], backend.Text))
	if err != nil {
		t.Fatal(err)
	}
	equal(t, got, s.want(Segments[1:2], backend.Text))
	if srv != nil {
		if n := srv.Stats().Requests; n < 2 {
			t.Errorf("server saw %d requests, want at least 2", n)
		}
	}
}

// concurrent sends batches in flight at once (as the concurrency decorator does); each gets its own answers back.
func (s *suite) concurrent(t *testing.T) {
	// Batches in flight at once (as the concurrency decorator sends
	// them) each get their own answers back.
	_, tr := s.start(t, fake.Options{})
	var wg sync.WaitGroup
	errs := make([]error, 8)
	for g := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			segs := []string{fmt.Sprintf("الدفعة رقم %d", g), Segments[g%len(Segments)], fmt.Sprintf("نهاية %d", g)}
			got, err := tr.Translate(s.ctx(t), s.req(segs, backend.Text))
			if err == nil && !sameStrings(got, s.want(segs, backend.Text)) {
				err = fmt.Errorf("batch %d: got %q", g, got)
			}
			errs[g] = err
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

// empty checks that an empty request is answered without reaching the server.
func (s *suite) empty(t *testing.T) {
	srv, tr := s.start(t, fake.Options{})
	for _, segs := range [][]string{nil, {}} {
		got, err := tr.Translate(s.ctx(t), s.req(segs, backend.Text))
		if err != nil {
			t.Fatalf("empty request: %v", err)
		}
		if got == nil || len(got) != 0 {
			t.Fatalf("empty request gave %#v, want an empty non-nil slice", got)
		}
	}
	if srv != nil && srv.Stats().Requests != 0 {
		t.Fatalf("empty request reached the server (%d requests)", srv.Stats().Requests)
	}
}

// cancellation checks that a cancelled context ends a call at once, also while the server is slow.
func (s *suite) cancellation(t *testing.T) {
	opts := fake.Options{}
	if s.h.Start != nil {
		opts.Latency = time.Minute
	}
	_, tr := s.start(t, opts)
	// Already cancelled: no wait at all.
	c, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := tr.Translate(c, s.req(Segments, backend.Text)); !errors.Is(err, context.Canceled) {
		t.Fatalf("pre-cancelled ctx: err = %v, want context.Canceled", err)
	}
	if s.h.Start == nil {
		return
	}
	// Cancelled while the server is slow.
	c, cancel = context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	t0 := time.Now()
	_, err := tr.Translate(c, s.req(Segments, backend.Text))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if d := time.Since(t0); d > 3*time.Second {
		t.Fatalf("returned %v after cancellation", d)
	}
	if backend.IsTransient(err) {
		t.Errorf("cancellation classified transient: %v", err)
	}
}

// html checks that a backend declaring HTML support keeps translate="no" spans and entities.
func (s *suite) html(t *testing.T) {
	if ht, ok := s.h.New(t, s.nilServer(t), Key).(backend.HTMLTranslator); !ok || !ht.SupportsHTML() {
		t.Skip("backend does not declare HTML support")
	}
	_, tr := s.start(t, fake.Options{})
	segs := []string{
		`التقى <span translate="no">Joe Biden</span> مع <span translate="no">الكاظمي</span> في البيت الأبيض.`,
		`<span translate="no">NATO</span>`,
		`قال &quot;نعم&quot; &amp; غادر.`,
	}
	got, err := tr.Translate(s.ctx(t), s.req(segs, backend.HTML))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(segs) {
		t.Fatalf("got %d translations, want %d", len(got), len(segs))
	}
	for i, span := range []string{`<span translate="no">Joe Biden</span>`, `<span translate="no">الكاظمي</span>`} {
		if !strings.Contains(got[0], span) {
			t.Errorf("span %d lost: %q", i, got[0])
		}
	}
	if !strings.Contains(got[1], `<span translate="no">NATO</span>`) {
		t.Errorf("span lost: %q", got[1])
	}
	equal(t, got, s.want(segs, backend.HTML))
}

// limits checks that requests over the declared limits are refused before reaching the server, and that one filled to them is accepted.
func (s *suite) limits(t *testing.T) {
	if s.h.Unlimited {
		t.Skip("in-process backend without request limits")
	}
	srv, tr := s.start(t, fake.Options{})
	lim, ok := tr.(backend.Limiter)
	if !ok {
		t.Fatal("backend does not implement backend.Limiter")
	}
	l := lim.Limits()
	if l.MaxSegments <= 0 && l.MaxChars <= 0 && l.MaxBytes <= 0 {
		t.Fatalf("no limit declared: %+v", l)
	}
	if l.MaxBytes > 0 && l.RequestBytes == nil {
		t.Errorf("MaxBytes declared without RequestBytes")
	}
	var over [][]string
	if l.MaxSegments > 0 {
		segs := make([]string, l.MaxSegments+1)
		for i := range segs {
			segs[i] = fmt.Sprintf("جملة %d.", i)
		}
		over = append(over, segs)
	}
	if l.MaxChars > 0 {
		over = append(over, []string{strings.Repeat("ب", l.MaxChars+1)})
	}
	if l.MaxBytes > 0 {
		seg := strings.Repeat("ت", 200)
		var segs []string
		for n := 0; n <= l.MaxBytes; n += l.RequestBytes(seg) {
			segs = append(segs, seg)
		}
		if l.MaxSegments <= 0 || len(segs) <= l.MaxSegments {
			over = append(over, segs)
		}
	}
	for _, segs := range over {
		_, err := tr.Translate(s.ctx(t), s.req(segs, backend.Text))
		if err == nil {
			t.Fatalf("request of %d segments over %+v accepted", len(segs), l)
		}
		if backend.IsTransient(err) {
			t.Errorf("over-limit refusal is transient: %v", err)
		}
	}
	if srv != nil && srv.Stats().Requests != 0 {
		t.Fatalf("over-limit requests reached the server (%d)", srv.Stats().Requests)
	}
	// A request right at the limits is accepted by the real
	// service's limits as the fake enforces them.
	if srv != nil && (l.MaxSegments > 0 || l.MaxBytes > 0) {
		full := fillTo(l)
		got, err := tr.Translate(s.ctx(t), s.req(full, backend.Text))
		if err != nil {
			t.Fatalf("request filled to the declared limits (%d segments) failed: %v", len(full), err)
		}
		equal(t, got, s.want(full, backend.Text))
	}
}

// transient checks that a transport fault f is one transient error, with no retry inside the backend, and leaves the backend usable.
func (s *suite) transient(t *testing.T, f fake.Fault) {
	srv, tr := s.start(t, fake.Options{RetryAfter: 3 * time.Second})
	srv.FailNext(1, f)
	c := s.ctx(t)
	if f == fake.FaultTimeout {
		var cancel context.CancelFunc
		c, cancel = context.WithTimeout(c, 300*time.Millisecond)
		defer cancel()
	}
	got, err := tr.Translate(c, s.req(Segments, backend.Text))
	noKey(t, err)
	if f == fake.FaultCount && s.h.RecoversCount && err == nil {
		equal(t, got, s.want(Segments, backend.Text)) // repaired, never shifted
		return
	}
	if err == nil {
		t.Fatalf("fault %s: no error, got %q", f, got)
	}
	// Retrying is the retry decorator's job: a backend that
	// also retried would multiply attempts and hide Retry-After.
	if n := srv.Stats().Requests; n != 1 {
		t.Errorf("fault %s: %d requests for one call, want 1 (no retries inside the backend)", f, n)
	}
	if !backend.IsTransient(err) {
		t.Fatalf("fault %s: not transient: %v", f, err)
	}
	if f == fake.FaultCount && !errors.Is(err, backend.ErrCount) {
		t.Errorf("wrong count not reported as backend.ErrCount: %v", err)
	}
	if f == fake.Fault429 {
		var be *backend.Error
		if !errors.As(err, &be) || be.RetryAfter != 3*time.Second {
			t.Errorf("429: RetryAfter not carried over (want 3s): %#v", err)
		}
	}
	// The next request succeeds: the backend is still usable.
	got, err = tr.Translate(s.ctx(t), s.req(Segments[:2], backend.Text))
	if err != nil {
		t.Fatalf("after fault %s: %v", f, err)
	}
	equal(t, got, s.want(Segments[:2], backend.Text))
}

// badRequest checks that a 400 is a permanent error carrying its status.
func (s *suite) badRequest(t *testing.T) {
	srv, tr := s.start(t, fake.Options{})
	srv.FailNext(1, fake.FaultBadRequest)
	_, err := tr.Translate(s.ctx(t), s.req(Segments, backend.Text))
	noKey(t, err)
	if err == nil || backend.IsTransient(err) {
		t.Fatalf("400: err = %v, want a permanent error", err)
	}
	var be *backend.Error
	if !errors.As(err, &be) || be.Status != 400 {
		t.Errorf("400: status not reported: %#v", err)
	}
}

// badKey checks that a wrong key is a permanent error.
func (s *suite) badKey(t *testing.T) {
	var srv *fake.Server
	var tr backend.Translator
	if s.h.KeyAuth {
		srv = s.h.Start(t, fake.Options{APIKey: Key})
		t.Cleanup(srv.Close)
		tr = s.h.New(t, srv, BadKey)
	} else {
		srv, tr = s.start(t, fake.Options{})
		srv.FailNext(1, fake.FaultAuth)
	}
	_, err := tr.Translate(s.ctx(t), s.req(Segments, backend.Text))
	noKey(t, err)
	if err == nil || backend.IsTransient(err) {
		t.Fatalf("bad key: err = %v, want a permanent error", err)
	}
}

// noKeyInErrors checks that neither server faults nor a vanished server put the key in error text.
func (s *suite) noKeyInErrors(t *testing.T) {
	srv, tr := s.start(t, fake.Options{})
	srv.FailNext(1, fake.Fault503)
	_, err := tr.Translate(s.ctx(t), s.req(Segments, backend.Text))
	noKey(t, err)
	// A transport failure (server gone) is where URLs, and with
	// them keys, tend to leak into messages.
	srv.Close()
	_, err = tr.Translate(s.ctx(t), s.req(Segments, backend.Text))
	if err == nil {
		t.Fatal("request to a closed server succeeded")
	}
	noKey(t, err)
	if !backend.IsTransient(err) {
		t.Errorf("connection failure not transient: %v", err)
	}
}

// nilServer returns a running server for capability checks when the
// backend has one, nil otherwise.
func (s *suite) nilServer(t *testing.T) *fake.Server {
	if s.h.Start == nil {
		return nil
	}
	srv, _ := s.start(t, fake.Options{})
	return srv
}

// fillTo builds a batch as large as the declared limits allow, with
// Arabic text (the costly case for URL-encoded requests).
func fillTo(l backend.Limits) []string {
	seg := "ذكرت وكالة الأنباء أن رئيس الوزراء العراقي وصل إلى واشنطن؛ (وقال): \"المحادثات مثمرة\" & بنّاءة."
	var segs []string
	bytes, chars := 0, 0
	for {
		if l.MaxSegments > 0 && len(segs) >= l.MaxSegments {
			return segs
		}
		if l.MaxChars > 0 && chars+len([]rune(seg)) > l.MaxChars {
			return segs
		}
		if l.MaxBytes > 0 && bytes+l.RequestBytes(seg) > l.MaxBytes {
			return segs
		}
		if len(segs) >= 2000 {
			return segs
		}
		segs = append(segs, seg)
		chars += len([]rune(seg))
		if l.RequestBytes != nil {
			bytes += l.RequestBytes(seg)
		}
	}
}

func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func equal(t *testing.T, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d translations, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("segment %d:\n got %q\nwant %q", i, got[i], want[i])
		}
	}
}

func noKey(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		return
	}
	for _, k := range []string{Key, BadKey} {
		if strings.Contains(err.Error(), k) || strings.Contains(fmt.Sprintf("%+v", err), k) {
			t.Fatalf("error text contains the API key: %v", err)
		}
	}
}
