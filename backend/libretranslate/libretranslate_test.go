package libretranslate

import (
	"context"
	"testing"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/backendtest"
	"github.com/tarjama/tarjama/backend/fake"
)

func newClient(t testing.TB, srv *fake.Server, key string) *Client {
	t.Helper()
	c, err := New(backend.Config{"libretranslate-url": srv.URL, "libretranslate-api-key": key})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestConformance(t *testing.T) {
	backendtest.Run(t, backendtest.Harness{
		Start:   func(t testing.TB, o fake.Options) *fake.Server { return fake.NewLibreTranslate(o) },
		New:     func(t testing.TB, srv *fake.Server, key string) backend.Translator { return newClient(t, srv, key) },
		KeyAuth: true,
	})
}

func TestWire(t *testing.T) {
	srv := fake.NewLibreTranslate(fake.Options{APIKey: "k"})
	defer srv.Close()
	c := newClient(t, srv, "k")
	got, err := c.Translate(context.Background(), backend.Request{TgtLang: "EN", Segments: []string{"سلام"}, Format: backend.HTML})
	if err != nil {
		t.Fatal(err)
	}
	if want := fake.Marker("auto", "en", backend.HTML, "سلام"); got[0] != want {
		t.Errorf("got %q, want %q", got[0], want)
	}
	r := srv.Requests()[0]
	if r.SrcLang != "auto" || r.TgtLang != "en" || r.Format != backend.HTML || r.KeyIn != "body" {
		t.Errorf("request = %+v", r)
	}
}

// TestServerLimits: limits configured to match the server's are honoured,
// and a server stricter than declared answers a permanent 400.
func TestServerLimits(t *testing.T) {
	srv := fake.NewLibreTranslate(fake.Options{MaxSegments: 2})
	defer srv.Close()
	c, err := New(backend.Config{"libretranslate-url": srv.URL, "libretranslate-batch-limit": "2"})
	if err != nil {
		t.Fatal(err)
	}
	if c.Limits().MaxSegments != 2 {
		t.Fatalf("limits = %+v", c.Limits())
	}
	segs := []string{"أ", "ب", "ج"}
	if _, err := c.Translate(context.Background(), backend.Request{SrcLang: "ar", TgtLang: "en", Segments: segs}); err == nil || srv.Stats().Requests != 0 {
		t.Fatalf("over-limit request: err %v, %d requests", err, srv.Stats().Requests)
	}
	loose, _ := New(backend.Config{"libretranslate-url": srv.URL})
	_, err = loose.Translate(context.Background(), backend.Request{SrcLang: "ar", TgtLang: "en", Segments: segs})
	if err == nil || backend.IsTransient(err) {
		t.Fatalf("server refusal: %v, want permanent", err)
	}
	if _, err := New(backend.Config{"libretranslate-char-limit": "x"}); err == nil {
		t.Error("bad char limit accepted")
	}
}

func TestInfoLimits(t *testing.T) {
	c, _ := New(backend.Config{})
	if got, want := Info().Limits, c.Limits(); got.MaxSegments != want.MaxSegments || got.MaxChars != want.MaxChars || got.MaxBytes != want.MaxBytes {
		t.Errorf("Info().Limits = %+v, client declares %+v", got, want)
	}
}

func TestURLForms(t *testing.T) {
	for in, want := range map[string]string{
		"http://localhost:5000/":          "http://localhost:5000",
		"http://localhost:5000/translate": "http://localhost:5000",
		"https://lt.example.org/api/":     "https://lt.example.org/api",
	} {
		c, err := New(backend.Config{"libretranslate-url": in})
		if err != nil || c.url != want {
			t.Errorf("url %q: %q, %v; want %q", in, c.url, err, want)
		}
	}
}
