package remote

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/tarjama/tarjama/backend"
)

func TestRetryAfter(t *testing.T) {
	for v, want := range map[string]time.Duration{"": 0, "3": 3 * time.Second, "0.5": 500 * time.Millisecond, "soon": 0, "-1": 0} {
		if got := RetryAfter(http.Header{"Retry-After": {v}}); got != want {
			t.Errorf("RetryAfter(%q) = %v, want %v", v, got, want)
		}
	}
	date := time.Now().Add(90 * time.Second).UTC().Format(http.TimeFormat)
	if got := RetryAfter(http.Header{"Retry-After": {date}}); got < 80*time.Second || got > 91*time.Second {
		t.Errorf("RetryAfter(date) = %v", got)
	}
}

func TestKindOf(t *testing.T) {
	for status, want := range map[int]backend.Kind{400: backend.Permanent, 401: backend.Permanent, 403: backend.Permanent, 404: backend.Permanent,
		408: backend.Transient, 413: backend.Permanent, 429: backend.Transient, 456: backend.Permanent, 500: backend.Transient, 503: backend.Transient, 529: backend.Transient} {
		if got := KindOf(status); got != want {
			t.Errorf("KindOf(%d) = %v, want %v", status, got, want)
		}
	}
}

func TestScrub(t *testing.T) {
	const key = "s3cr3t/+key"
	err := fmt.Errorf("wrapped: %w", &url.Error{Op: "Get", URL: "https://x/v2?key=" + url.QueryEscape(key) + "&q=a", Err: context.DeadlineExceeded})
	s := Scrub(err, key)
	if strings.Contains(s.Error(), "s3cr3t") {
		t.Errorf("Scrub left the key: %v", s)
	}
	if !errors.Is(s, context.DeadlineExceeded) {
		t.Errorf("Scrub broke errors.Is: %v", s)
	}
	// key= values are blanked even when the secret was not passed.
	if got := Scrub(errors.New(`GET "http://h/v2?alt=json&key=AIzaXYZ&q=b"`)).Error(); strings.Contains(got, "AIzaXYZ") || !strings.Contains(got, "q=b") {
		t.Errorf("Scrub = %q", got)
	}
	if Scrub(nil) != nil {
		t.Error("Scrub(nil) != nil")
	}
}

func TestDo(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/ok":
			fmt.Fprint(w, `{"a": 1}`)
		case "/bad":
			fmt.Fprint(w, `{"a": `)
		case "/429":
			w.Header().Set("Retry-After", "7")
			w.WriteHeader(429)
			fmt.Fprint(w, `{"message": "slow down, key `+r.Header.Get("X-Key")+`"}`)
		}
	}))
	defer srv.Close()
	call := func(path string) Call {
		return Call{Name: "t", Method: "GET", URL: srv.URL + path, Header: http.Header{"X-Key": {"topsecret"}}, Secrets: []string{"topsecret"},
			Message: func(b []byte) string { return JSONField(b, "message") }}
	}
	var out struct{ A int }
	if err := Do(context.Background(), call("/ok"), &out); err != nil || out.A != 1 {
		t.Fatalf("ok: %v %+v", err, out)
	}
	if err := Do(context.Background(), call("/bad"), &out); !backend.IsTransient(err) {
		t.Errorf("malformed body: %v, want transient", err)
	}
	err := Do(context.Background(), call("/429"), &out)
	var be *backend.Error
	if !errors.As(err, &be) || be.Status != 429 || be.RetryAfter != 7*time.Second || be.Kind != backend.Transient {
		t.Fatalf("429: %#v", err)
	}
	if strings.Contains(err.Error(), "topsecret") || !strings.Contains(err.Error(), "slow down") {
		t.Errorf("429 message: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Do(ctx, call("/ok"), &out); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

func TestCheckLimits(t *testing.T) {
	l := backend.Limits{MaxSegments: 2, MaxChars: 5, MaxBytes: 10}
	for _, c := range []struct {
		segs []string
		size int
		ok   bool
	}{
		{[]string{"ab", "cd"}, 10, true},
		{[]string{"a", "b", "c"}, 3, false},
		{[]string{"أبجدهو"}, 6, false},
		{[]string{"a"}, 11, false},
	} {
		err := CheckLimits("t", l, c.segs, c.size)
		if (err == nil) != c.ok || (err != nil && (backend.IsTransient(err) || !errors.Is(err, ErrTooLarge))) {
			t.Errorf("CheckLimits(%q, %d) = %v", c.segs, c.size, err)
		}
	}
}

// FuzzScrub: a secret embedded anywhere in an error, raw or URL-escaped,
// never survives Scrub.
func FuzzScrub(f *testing.F) {
	f.Add("Get \"https://h/v2?key=", "AIzaSyD-0123456789abcdef", "&q=x\": EOF")
	f.Add("", "sk-proj/+=&?#", "")
	f.Fuzz(func(t *testing.T, before, secret, after string) {
		if len(secret) < 8 || strings.Contains("REDACTED", secret) {
			return
		}
		for _, form := range []string{secret, url.QueryEscape(secret)} {
			err := Scrub(errors.New(before+form+after), secret)
			if strings.Contains(err.Error(), secret) {
				t.Fatalf("secret %q survives in %q", secret, err.Error())
			}
		}
	})
}

func TestOptionParsers(t *testing.T) {
	for v, ok := range map[string]bool{"http://127.0.0.1:5000": true, "https://api.example.com/v1": true, "ftp://x": false, "localhost:5000": false, "http://": false} {
		if _, err := BaseURL("b", "b-url", v); (err == nil) != ok {
			t.Errorf("BaseURL(%q): err %v", v, err)
		}
	}
	cfg := backend.Config{"n": "12", "zero": "0", "word": "x"}
	if n, err := PositiveInt("b", cfg, "n", 5); n != 12 || err != nil {
		t.Errorf("set: %d, %v", n, err)
	}
	if n, err := PositiveInt("b", cfg, "unset", 5); n != 5 || err != nil {
		t.Errorf("unset: %d, %v", n, err)
	}
	for _, o := range []string{"zero", "word"} {
		if _, err := PositiveInt("b", cfg, o, 5); err == nil || !strings.Contains(err.Error(), "b: "+o) {
			t.Errorf("%s: err %v, want one naming the backend and option", o, err)
		}
	}
}
