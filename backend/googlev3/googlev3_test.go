package googlev3

import (
	"context"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/backendtest"
	"github.com/tarjama/tarjama/backend/fake"
)

func newClient(t testing.TB, srv *fake.Server, extra backend.Config) *Client {
	t.Helper()
	cfg := backend.Config{"google-project": "tarjama-test", "google-v3-endpoint": srv.URL}
	for k, v := range extra {
		cfg[k] = v
	}
	c, err := New(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// The real apiv3 client over gRPC to the in-process fake; v3 uses OAuth
// credentials rather than keys, so the bad-key case is the service's
// UNAUTHENTICATED answer.
func TestConformance(t *testing.T) {
	backendtest.Run(t, backendtest.Harness{
		Start: func(t testing.TB, o fake.Options) *fake.Server { return fake.NewGoogleV3(o) },
		New: func(t testing.TB, srv *fake.Server, key string) backend.Translator {
			return newClient(t, srv, nil)
		},
	})
}

func TestWire(t *testing.T) {
	srv := fake.NewGoogleV3(fake.Options{})
	defer srv.Close()
	c := newClient(t, srv, backend.Config{"google-location": "us-central1", "google-v3-model": "general/translation-llm", "google-glossary": "names"})
	if !c.SupportsGlossary() {
		t.Fatal("glossary configured but SupportsGlossary is false")
	}
	got, err := c.Translate(context.Background(), backend.Request{SrcLang: "ar", TgtLang: "en", Segments: []string{"نص", "آخر"}, Format: backend.Text})
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range got {
		if !strings.HasPrefix(g, fake.GlossaryMark) {
			t.Errorf("glossary translation not used: %q", g)
		}
	}
	r := srv.Requests()[0]
	parent := "projects/tarjama-test/locations/us-central1"
	if r.Path != parent || r.Model != parent+"/models/general/translation-llm" || r.Glossary != parent+"/glossaries/names" || r.Format != backend.Text {
		t.Errorf("request = %+v", r)
	}
	if _, err := c.Translate(context.Background(), backend.Request{SrcLang: "ar", TgtLang: "en", Segments: []string{"<b>x</b>"}, Format: backend.HTML}); err != nil {
		t.Fatal(err)
	}
	if f := srv.Requests()[1].Format; f != backend.HTML {
		t.Errorf("format %q, want text/html", f)
	}
}

func TestConfig(t *testing.T) {
	for _, cfg := range []backend.Config{
		{},
		{"google-project": "p", "google-glossary": "g"}, // glossary needs a region
		{"google-project": "p", "google-credentials": "/nonexistent/creds.json"},
		{"google-project": "projects/p"},
	} {
		if _, err := New(context.Background(), cfg); err == nil {
			t.Errorf("New(%v) accepted a bad config", cfg)
		}
	}
	if in := Info(); in.Name != "google-v3" || len(in.Options) != 6 {
		t.Errorf("Info() = %+v", in)
	}
}
