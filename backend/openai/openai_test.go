package openai

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/backendtest"
	"github.com/tarjama/tarjama/backend/fake"
	"github.com/tarjama/tarjama/glossary"
)

func newClient(t testing.TB, srv *fake.Server, key string) *Client {
	t.Helper()
	c, err := New(backend.Config{"openai-base-url": srv.URL, "openai-api-key": key, "openai-model": "test-model"})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestConformance(t *testing.T) {
	backendtest.Run(t, backendtest.Harness{
		Start:         func(t testing.TB, o fake.Options) *fake.Server { return fake.NewOpenAI(o) },
		New:           func(t testing.TB, srv *fake.Server, key string) backend.Translator { return newClient(t, srv, key) },
		KeyAuth:       true,
		RecoversCount: true,
	})
}

// TestSplitOnWrongCount: one miscounted answer costs one split (three
// requests in all) and the result is still in order; a model that always
// miscounts ends in ErrCount after splitting down to single segments.
func TestSplitOnWrongCount(t *testing.T) {
	srv := fake.NewOpenAI(fake.Options{})
	defer srv.Close()
	c := newClient(t, srv, "")
	segs := backendtest.Segments[:6]
	req := backend.Request{SrcLang: "ar", TgtLang: "en", Segments: segs}
	srv.FailNext(1, fake.FaultCount)
	got, err := c.Translate(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range segs {
		if want := fake.Marker("ar", "en", backend.Text, s); got[i] != want {
			t.Errorf("segment %d: got %q, want %q", i, got[i], want)
		}
	}
	log := srv.Requests()
	if len(log) != 3 || len(log[1].Segments) != 3 || len(log[2].Segments) != 3 {
		t.Fatalf("requests: %d (want 3: the batch, then its halves)", len(log))
	}

	bad := fake.NewOpenAI(fake.Options{FaultRate: 1, Faults: []fake.Fault{fake.FaultCount}})
	defer bad.Close()
	c = newClient(t, bad, "")
	_, err = c.Translate(context.Background(), req)
	if !errors.Is(err, backend.ErrCount) || !backend.IsTransient(err) {
		t.Fatalf("always miscounting: err = %v, want transient ErrCount", err)
	}
	// 6 → 3 → 1: the first single segment that still fails ends it.
	if n := bad.Stats().Requests; n != 3 {
		t.Errorf("%d requests, want 3 (split down to one segment, then stop)", n)
	}
}

func TestPrompt(t *testing.T) {
	srv := fake.NewOpenAI(fake.Options{})
	defer srv.Close()
	c := newClient(t, srv, "")
	g := &glossary.Glossary{Entries: []glossary.Entry{
		{Source: "الكاظمي", Target: "Kadhimi"},
		{Source: "أوباما", Target: "Obama"},
		{Source: "بايدن", Variants: []string{"جو بايدن"}, Target: "Biden"},
	}}
	_, err := c.Translate(context.Background(), backend.Request{SrcLang: "ar", TgtLang: "en", Format: backend.HTML,
		Segments: []string{`التقى <span translate="no">جو بايدن</span> الكاظمي`}, Glossary: g})
	if err != nil {
		t.Fatal(err)
	}
	r := srv.Requests()[0]
	for _, want := range []string{"Arabic", "English", "exactly 1 string:", `<span translate="no">`, "الكاظمي => Kadhimi", "بايدن => Biden"} {
		if !strings.Contains(r.System, want) {
			t.Errorf("system prompt lacks %q:\n%s", want, r.System)
		}
	}
	if strings.Contains(r.System, "Obama") {
		t.Errorf("prompt carries a glossary term absent from the batch:\n%s", r.System)
	}
	if r.Model != "test-model" || r.KeyIn != "" || r.Format != backend.HTML {
		t.Errorf("request = %+v", r)
	}
}

func TestInsufficientQuotaIsPermanent(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusTooManyRequests)
		fmt.Fprint(w, `{"error":{"message":"You exceeded your current quota","type":"insufficient_quota","code":"insufficient_quota"}}`)
	}))
	defer srv.Close()
	c, _ := New(backend.Config{"openai-base-url": srv.URL})
	_, err := c.Translate(context.Background(), backend.Request{SrcLang: "ar", TgtLang: "en", Segments: []string{"نص"}})
	if err == nil || backend.IsTransient(err) || !strings.Contains(err.Error(), "exceeded your current quota") {
		t.Fatalf("err = %v, want permanent quota error", err)
	}
}

func TestParseTranslations(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{"object", `{"translations": ["a", "b"]}`, []string{"a", "b"}},
		{"fenced", "Here you go:\n```json\n{\"translations\": [\"a\"]}\n```\n", []string{"a"}},
		{"array", `["a", "b <span translate=\"no\">x</span>"]`, []string{"a", `b <span translate="no">x</span>`}},
		{"numbered", "1. one\n2) two\n\n3: three", []string{"one", "two", "three"}},
		{"numbering gap", "1. one\n3. three", nil},
		{"prose", "I cannot translate this.", nil},
		{"empty", "", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := ParseTranslations(c.in)
			if strings.Join(got, "|") != strings.Join(c.want, "|") || len(got) != len(c.want) {
				t.Errorf("ParseTranslations(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func FuzzParseTranslations(f *testing.F) {
	f.Add(`{"translations": ["a"]}`)
	f.Add("1. a\n2. b")
	f.Add("```\n[\"x\"]\n```")
	f.Fuzz(func(t *testing.T, s string) {
		_ = ParseTranslations(s) // must not panic
		if !utf8.ValidString(s) {
			return // JSON replaces invalid bytes; nothing to compare
		}
		// A well-formed answer always round-trips.
		want := []string{s, "b"}
		body, _ := jsonAnswer(want)
		got := ParseTranslations(body)
		if len(got) != 2 || got[0] != s {
			t.Fatalf("round trip of %q gave %q", s, got)
		}
	})
}

func jsonAnswer(tr []string) (string, error) {
	b, err := remoteMarshal(map[string][]string{"translations": tr})
	return string(b), err
}

func TestConfig(t *testing.T) {
	if _, err := New(backend.Config{"openai-base-url": "localhost:11434"}); err == nil {
		t.Error("URL without scheme accepted")
	}
	if _, err := New(backend.Config{"openai-batch-limit": "0"}); err == nil {
		t.Error("zero batch limit accepted")
	}
	c, err := New(backend.Config{})
	if err != nil || c.base != DefaultBaseURL || c.model != DefaultModel {
		t.Fatalf("defaults: %v %+v", err, c)
	}
}

var remoteMarshal = func(v any) ([]byte, error) { return json.Marshal(v) }

// TestOptionalFieldsRefused: a model that only accepts its default
// temperature, on a server without JSON mode, is retried without each
// refused field, and never sent them again.
func TestOptionalFieldsRefused(t *testing.T) {
	var withTemp, without, withJSON int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var p map[string]any
		json.NewDecoder(r.Body).Decode(&p)
		if _, ok := p["response_format"]; ok {
			withJSON++
			w.WriteHeader(400)
			fmt.Fprint(w, `{"error":{"message":"Unrecognized request argument supplied: response_format","type":"invalid_request_error"}}`)
			return
		}
		if _, ok := p["temperature"]; ok {
			withTemp++
			w.WriteHeader(400)
			fmt.Fprint(w, `{"error":{"message":"Unsupported value: 'temperature' does not support 0 with this model. Only the default (1) value is supported.","type":"invalid_request_error","code":"unsupported_value"}}`)
			return
		}
		without++
		fmt.Fprint(w, `{"choices":[{"message":{"role":"assistant","content":"{\"translations\":[\"ok\"]}"},"finish_reason":"stop"}]}`)
	}))
	defer srv.Close()
	c, _ := New(backend.Config{"openai-base-url": srv.URL})
	for range 2 {
		got, err := c.Translate(context.Background(), backend.Request{SrcLang: "ar", TgtLang: "en", Segments: []string{"نص"}})
		if err != nil || got[0] != "ok" {
			t.Fatalf("got %q, %v", got, err)
		}
	}
	if withJSON != 1 || withTemp != 1 || without != 2 {
		t.Errorf("requests with response_format %d (want 1), with temperature %d (want 1), with neither %d (want 2)", withJSON, withTemp, without)
	}
}

func TestInfoLimits(t *testing.T) {
	c, _ := New(backend.Config{})
	if got, want := Info().Limits, c.Limits(); got.MaxSegments != want.MaxSegments || got.MaxChars != want.MaxChars || got.MaxBytes != want.MaxBytes {
		t.Errorf("Info().Limits = %+v, client declares %+v", got, want)
	}
}

func TestBaseURLForms(t *testing.T) {
	for in, want := range map[string]string{
		"http://localhost:11434":                      "http://localhost:11434/v1",
		"http://localhost:11434/v1/":                  "http://localhost:11434/v1",
		"https://api.example.com/v1/chat/completions": "https://api.example.com/v1",
		"https://gw.example.com/openai/v1":            "https://gw.example.com/openai/v1",
	} {
		c, err := New(backend.Config{"openai-base-url": in})
		if err != nil || c.base != want {
			t.Errorf("base %q: %q, %v; want %q", in, c.base, err, want)
		}
	}
}
