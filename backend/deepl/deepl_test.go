package deepl

import (
	"context"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/backendtest"
	"github.com/tarjama/tarjama/backend/fake"
	"github.com/tarjama/tarjama/glossary"
)

func newClient(t testing.TB, srv *fake.Server, key string, extra backend.Config) *Client {
	t.Helper()
	cfg := backend.Config{"deepl-auth-key": key, "deepl-endpoint": srv.URL}
	for k, v := range extra {
		cfg[k] = v
	}
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func TestConformance(t *testing.T) {
	backendtest.Run(t, backendtest.Harness{
		Start: func(t testing.TB, o fake.Options) *fake.Server { return fake.NewDeepL(o) },
		New: func(t testing.TB, srv *fake.Server, key string) backend.Translator {
			return newClient(t, srv, key, nil)
		},
		KeyAuth: true,
	})
}

func TestWire(t *testing.T) {
	srv := fake.NewDeepL(fake.Options{APIKey: backendtest.Key})
	defer srv.Close()
	c := newClient(t, srv, backendtest.Key, backend.Config{"deepl-formality": "prefer_less", "deepl-glossary-id": "g-1"})
	// An unknown glossary id is a permanent 404.
	_, err := c.Translate(context.Background(), backend.Request{SrcLang: "ar", TgtLang: "en", Segments: []string{"نص"}, Format: backend.HTML})
	if err == nil || backend.IsTransient(err) {
		t.Fatalf("unknown glossary: %v", err)
	}
	r := srv.Requests()[0]
	if r.KeyIn != "header" || !r.KeyOK || r.Format != backend.HTML || r.Formality != "prefer_less" || r.Glossary != "g-1" || r.TgtLang != "en" || r.SrcLang != "ar" {
		t.Errorf("request = %+v", r)
	}
}

func TestEndpointFromKey(t *testing.T) {
	for key, want := range map[string]string{"abc:fx": FreeEndpoint, "abc": ProEndpoint} {
		c, err := New(backend.Config{"deepl-auth-key": key})
		if err != nil {
			t.Fatal(err)
		}
		if c.Endpoint() != want {
			t.Errorf("key %q: endpoint %s, want %s", key, c.Endpoint(), want)
		}
	}
	if _, err := New(backend.Config{}); err == nil {
		t.Error("no key accepted")
	}
	if _, err := New(backend.Config{"deepl-auth-key": "k", "deepl-formality": "polite"}); err == nil {
		t.Error("bad formality accepted")
	}
}

// TestNativeGlossary: a glossary in the request is created once through
// the glossary API, reused for later requests, applied, and deleted on Close.
func TestNativeGlossary(t *testing.T) {
	srv := fake.NewDeepL(fake.Options{APIKey: backendtest.Key})
	defer srv.Close()
	c, err := New(backend.Config{"deepl-auth-key": backendtest.Key, "deepl-endpoint": srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	g := &glossary.Glossary{SrcLang: "ar", TgtLang: "en", Entries: []glossary.Entry{
		{Source: "الكاظمي", Target: "Kadhimi", Variants: []string{"مصطفى الكاظمي"}},
		{Source: "بايدن", Target: "Biden"},
	}}
	req := backend.Request{SrcLang: "ar", TgtLang: "en", Segments: []string{"التقى بايدن الكاظمي"}, Glossary: g}
	for range 3 {
		got, err := c.Translate(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(got[0], "Kadhimi") || !strings.Contains(got[0], "Biden") {
			t.Fatalf("glossary not applied: %q", got[0])
		}
	}
	gs := srv.Glossaries()
	if len(gs) != 1 {
		t.Fatalf("%d glossaries created, want 1", len(gs))
	}
	if gs[0].Entries["مصطفى الكاظمي"] != "Kadhimi" || gs[0].SrcLang != "ar" || gs[0].TgtLang != "en" {
		t.Errorf("glossary = %+v", gs[0])
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if last := srv.Requests()[len(srv.Requests())-1]; last.Method != "DELETE" || last.Status != 204 {
		t.Errorf("glossary not deleted on Close: %+v", last)
	}
}

func TestGlossaryTSV(t *testing.T) {
	g := &glossary.Glossary{Entries: []glossary.Entry{
		{Source: "a\tb", Target: "x\ny"},
		{Source: "a b", Target: "dup"},
		{Source: "", Target: "none"},
		{Source: "c", Target: ""},
	}}
	if got, want := glossaryTSV(g), "a b\tx y\n"; got != want {
		t.Errorf("glossaryTSV = %q, want %q", got, want)
	}
}

func TestInfoLimits(t *testing.T) {
	c, _ := New(backend.Config{"deepl-auth-key": "k"})
	if got, want := Info().Limits, c.Limits(); got.MaxSegments != want.MaxSegments || got.MaxBytes != want.MaxBytes || got.MaxSegments != 50 {
		t.Errorf("Info().Limits = %+v, client declares %+v", got, want)
	}
}

func TestEndpointForms(t *testing.T) {
	for in, want := range map[string]string{
		"https://api.deepl.com/":       "https://api.deepl.com",
		"https://api.deepl.com/v2":     "https://api.deepl.com",
		"http://127.0.0.1:9/proxy/v2/": "http://127.0.0.1:9/proxy",
	} {
		c, err := New(backend.Config{"deepl-auth-key": "k", "deepl-endpoint": in})
		if err != nil || c.Endpoint() != want {
			t.Errorf("endpoint %q: %q, %v; want %q", in, c.Endpoint(), err, want)
		}
	}
}
