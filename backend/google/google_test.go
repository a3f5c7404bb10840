package google

import (
	"context"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/backendtest"
	"github.com/tarjama/tarjama/backend/fake"
)

func newClient(t testing.TB, srv *fake.Server, key string) *Client {
	t.Helper()
	c, err := New(context.Background(), backend.Config{"google-api-key": key, "google-endpoint": srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func TestConformance(t *testing.T) {
	backendtest.Run(t, backendtest.Harness{
		Start:   func(t testing.TB, o fake.Options) *fake.Server { return fake.NewGoogle(o) },
		New:     func(t testing.TB, srv *fake.Server, key string) backend.Translator { return newClient(t, srv, key) },
		KeyAuth: true,
	})
}

// TestWire checks what the real v2 client puts on the wire: a GET, every
// segment as a repeated q parameter, the key as the key parameter, format
// and model as asked, and a URL no longer than we predicted.
func TestWire(t *testing.T) {
	srv := fake.NewGoogle(fake.Options{APIKey: backendtest.Key})
	defer srv.Close()
	c := newClient(t, srv, backendtest.Key)
	segs := []string{"مرحبا بالعالم", "a&b=c d+e", "سطر\nجديد"}
	if _, err := c.Translate(context.Background(), backend.Request{SrcLang: "ar", TgtLang: "en", Segments: segs, Format: backend.Text}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Translate(context.Background(), backend.Request{SrcLang: "ar", TgtLang: "en", Segments: segs[:1], Format: backend.HTML}); err != nil {
		t.Fatal(err)
	}
	log := srv.Requests()
	if len(log) != 2 {
		t.Fatalf("%d requests, want 2", len(log))
	}
	r := log[0]
	if r.Method != "GET" || r.KeyIn != "query" || !r.KeyOK || r.Format != backend.Text || r.Model != "nmt" || r.SrcLang != "ar" || r.TgtLang != "en" {
		t.Errorf("request = %+v", r)
	}
	if strings.Join(r.Segments, "|") != strings.Join(segs, "|") {
		t.Errorf("segments sent %q, want %q", r.Segments, segs)
	}
	if log[1].Format != backend.HTML {
		t.Errorf("format = %q, want html", log[1].Format)
	}
	predicted := c.fixedURLBytes("ar", "en", "text")
	for _, s := range segs {
		predicted += segmentURLBytes(s)
	}
	// The prediction counts one '&' too many (before the first q).
	if r.URLBytes > predicted || predicted-r.URLBytes > 1 {
		t.Errorf("URL was %d bytes, predicted %d", r.URLBytes, predicted)
	}
}

// TestURLBudget fills batches with long Arabic segments exactly as a
// batching decorator would from Limits, and checks every one is accepted
// by a fake enforcing the URL limit, while the real client on its own
// would have hit 413 with the same segments in one request.
func TestURLBudget(t *testing.T) {
	srv := fake.NewGoogle(fake.Options{APIKey: backendtest.Key})
	defer srv.Close()
	c := newClient(t, srv, backendtest.Key)
	l := c.Limits()
	seg := strings.Repeat("الحكومة العراقية ", 4) // 68 characters, 60 letters
	if per := l.RequestBytes(seg); per < 5*len([]rune(seg)) {
		t.Fatalf("RequestBytes(%d letters) = %d, expected about 6 bytes a letter", len([]rune(seg)), per)
	}
	var all []string
	for range 40 {
		all = append(all, seg)
	}
	var batches [][]string
	var cur []string
	size := 0
	for _, s := range all {
		if n := l.RequestBytes(s); len(cur) > 0 && (size+n > l.MaxBytes || len(cur) == l.MaxSegments) {
			batches = append(batches, cur)
			cur, size = nil, 0
		}
		cur = append(cur, s)
		size += l.RequestBytes(s)
	}
	batches = append(batches, cur)
	for _, b := range batches {
		if _, err := c.Translate(context.Background(), backend.Request{SrcLang: "ar", TgtLang: "en", Segments: b, Format: backend.HTML}); err != nil {
			t.Fatalf("batch of %d: %v", len(b), err)
		}
	}
	for _, r := range srv.Requests() {
		if r.Method != "GET" || r.Status != 200 || r.URLBytes > URLBudget {
			t.Errorf("%s request status %d, %d URL bytes (budget %d)", r.Method, r.Status, r.URLBytes, URLBudget)
		}
	}
	if len(batches) < 5 {
		t.Errorf("%d batches for %d long segments: the budget is not binding", len(batches), len(all))
	}
}

// TestLongSegmentByPost: a segment too long for any GET under 2K counts as
// a full request, travels alone by POST (translations.translate) and is
// translated; two such segments in one request are refused unsent. The
// fake answers an over-long GET with 413, as Google does.
func TestLongSegmentByPost(t *testing.T) {
	srv := fake.NewGoogle(fake.Options{APIKey: backendtest.Key})
	defer srv.Close()
	c := newClient(t, srv, backendtest.Key)
	long := strings.Repeat("وقال المتحدث باسم الحكومة العراقية ", 30) // ~1000 letters, ~6 KB escaped
	l := c.Limits()
	if l.RequestBytes(long) != l.MaxBytes {
		t.Fatalf("RequestBytes(long) = %d, want the whole budget %d", l.RequestBytes(long), l.MaxBytes)
	}
	got, err := c.Translate(context.Background(), backend.Request{SrcLang: "ar", TgtLang: "en", Segments: []string{long}, Format: backend.Text})
	if err != nil {
		t.Fatal(err)
	}
	if want := fake.Marker("ar", "en", backend.Text, long); got[0] != want {
		t.Errorf("long segment: got %.40q…", got[0])
	}
	r := srv.Requests()[0]
	if r.Method != "POST" || r.KeyIn != "query" || r.URLBytes > URLBudget || r.Format != backend.Text || r.Model != "nmt" || r.SrcLang != "ar" {
		t.Errorf("POST request = %+v", r)
	}
	_, err = c.Translate(context.Background(), backend.Request{SrcLang: "ar", TgtLang: "en", Segments: []string{long, long}})
	if err == nil || backend.IsTransient(err) || srv.Stats().Requests != 1 {
		t.Fatalf("two long segments: err = %v, %d requests; want a local permanent refusal", err, srv.Stats().Requests)
	}
	// What the budget prevents: the same segment by GET is a 413.
	resp, err := http.Get(srv.URL + "v2?" + url.Values{"q": {long}, "target": {"en"}, "key": {backendtest.Key}}.Encode())
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 413 {
		t.Errorf("over-long GET: status %d, want 413", resp.StatusCode)
	}
}

// TestRateLimit403 checks Google's per-minute quota answer (403
// userRateLimitExceeded) is transient while a daily one is not retried.
func TestRateLimit403(t *testing.T) {
	srv := fake.NewGoogle(fake.Options{})
	defer srv.Close()
	c := newClient(t, srv, "k")
	srv.FailNext(1, fake.FaultRateLimit)
	_, err := c.Translate(context.Background(), backend.Request{SrcLang: "ar", TgtLang: "en", Segments: []string{"نص"}})
	if !backend.IsTransient(err) {
		t.Fatalf("403 userRateLimitExceeded: %v, want transient", err)
	}
}

// TestKeyScrubbedFromTransportErrors: the client's *url.Error repeats the
// request URL, whose key= parameter holds the key.
func TestKeyScrubbedFromTransportErrors(t *testing.T) {
	c, err := New(context.Background(), backend.Config{"google-api-key": backendtest.Key, "google-endpoint": "http://127.0.0.1:1/"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Translate(context.Background(), backend.Request{SrcLang: "ar", TgtLang: "en", Segments: []string{"نص"}})
	if err == nil {
		t.Fatal("no error from a closed port")
	}
	if strings.Contains(err.Error(), backendtest.Key) || strings.Contains(err.Error(), url.QueryEscape(backendtest.Key)) || strings.Contains(err.Error(), "key=sk") {
		t.Fatalf("key leaked: %v", err)
	}
	if !backend.IsTransient(err) {
		t.Errorf("connection refused should be transient: %v", err)
	}
}

func TestConfig(t *testing.T) {
	for _, cfg := range []backend.Config{
		{"google-api-key": "k", "google-endpoint": "ftp://x"},
		{"google-api-key": "k", "google-model": "gpt"},
	} {
		if _, err := New(context.Background(), cfg); err == nil {
			t.Errorf("New(%v) accepted a bad config", cfg)
		}
	}
	c, err := New(context.Background(), backend.Config{"google-api-key": "k", "google-endpoint": "https://translation.example.com"})
	if err != nil {
		t.Fatal(err)
	}
	if c.endpoint != "https://translation.example.com/language/translate/" {
		t.Errorf("endpoint = %q", c.endpoint)
	}
	in := Info()
	if in.Name != "google" || in.New == nil || len(in.Options) == 0 {
		t.Fatalf("Info() = %+v", in)
	}
	if s := in.Secrets(backend.Config{"google-api-key": "abc"}); len(s) != 1 || s[0] != "abc" {
		t.Errorf("Secrets = %v", s)
	}
}

// TestInfoLimits: what `tarjama backends` shows is what a default client
// declares.
func TestInfoLimits(t *testing.T) {
	c, err := New(context.Background(), backend.Config{"google-api-key": strings.Repeat("A", 39)})
	if err != nil {
		t.Fatal(err)
	}
	got, want := Info().Limits, c.Limits()
	if got.MaxSegments != want.MaxSegments || got.MaxBytes != want.MaxBytes || got.RequestBytes == nil {
		t.Errorf("Info().Limits = %+v, client declares %+v", got, want)
	}
}

func TestNoKeyNoCredentialsSaysHow(t *testing.T) {
	t.Setenv("GOOGLE_APPLICATION_CREDENTIALS", filepath.Join(t.TempDir(), "missing.json"))
	_, err := New(context.Background(), backend.Config{})
	if err == nil {
		t.Skip("Application Default Credentials found on this machine")
	}
	if !strings.Contains(err.Error(), "--google-api-key") {
		t.Errorf("error does not say how to give a key: %v", err)
	}
}
