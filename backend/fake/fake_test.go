package fake_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/fake"
)

func TestMarker(t *testing.T) {
	for _, c := range []struct {
		format   backend.Format
		in, want string
	}{
		{backend.Text, "abc", "en:cba"},
		{backend.Text, "", "en:"},
		{backend.Text, "<b>x</b>", "en:>b/<x>b<"},
		{backend.HTML, "ab <b>cd</b>", "en: ba<b>dc</b>"},
		{backend.HTML, `ab <span translate="no">Joe Biden</span> cd`, `en: ba<span translate="no">Joe Biden</span>dc `},
		{backend.HTML, `<span translate="no">a <span>b</span> c</span>xy`, `en:<span translate="no">a <span>b</span> c</span>yx`},
		{backend.HTML, "a &amp; b", "en:b &amp; a"},
		{backend.HTML, "1 < 2", "en:2 < 1"},
	} {
		if got := fake.Marker("ar", "en", c.format, c.in); got != c.want {
			t.Errorf("Marker(%s, %q) = %q, want %q", c.format, c.in, got, c.want)
		}
	}
}

func FuzzMarkerKeepsSpans(f *testing.F) {
	f.Add("قال", "Joe Biden")
	f.Add("<i>x</i> &amp;", "a&b")
	f.Fuzz(func(t *testing.T, text, name string) {
		if strings.ContainsAny(name, "<>") || !utf8.ValidString(text) ||
			strings.LastIndexByte(text, '<') > strings.LastIndexByte(text, '>') {
			return // an unclosed tag in text swallows what follows, as in HTML
		}
		span := `<span translate="no">` + name + `</span>`
		out := fake.Marker("ar", "en", backend.HTML, text+" "+span)
		if !strings.Contains(out, span) {
			t.Fatalf("span lost: %q", out)
		}
	})
}

func get(t *testing.T, u string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// TestFaultRate: a seeded fault rate is reproducible and near its rate;
// every request is logged and counted.
func TestFaultRate(t *testing.T) {
	run := func() []fake.Fault {
		srv := fake.NewGoogle(fake.Options{FaultRate: 0.3, Seed: 7, Faults: []fake.Fault{fake.Fault429, fake.Fault503, fake.FaultCount}})
		defer srv.Close()
		var faults []fake.Fault
		for range 200 {
			resp, _ := get(t, srv.URL+"v2?q=a&q=bb&target=en")
			_ = resp
		}
		for _, r := range srv.Requests() {
			faults = append(faults, r.Fault)
		}
		if st := srv.Stats(); st.Requests != 200 || st.Segments != 400 || st.Chars != 600 {
			t.Errorf("stats = %+v", st)
		}
		return faults
	}
	a, b := run(), run()
	n := 0
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("request %d: fault %q then %q with the same seed", i, a[i], b[i])
		}
		if a[i] != "" {
			n++
		}
	}
	if n < 40 || n > 80 {
		t.Errorf("%d faults in 200 requests at rate 0.3", n)
	}
}

func TestGoogleWire(t *testing.T) {
	srv := fake.NewGoogle(fake.Options{APIKey: "k1", RetryAfter: 2 * time.Second})
	defer srv.Close()
	q := url.Values{"q": {"سلام", "<b>x</b>"}, "target": {"en"}, "source": {"ar"}, "format": {"text"}, "key": {"k1"}}
	resp, body := get(t, srv.URL+"v2?"+q.Encode())
	var ok struct {
		Data struct {
			Translations []struct{ TranslatedText string }
		}
	}
	if err := json.Unmarshal([]byte(body), &ok); err != nil || resp.StatusCode != 200 || len(ok.Data.Translations) != 2 {
		t.Fatalf("%d %s", resp.StatusCode, body)
	}
	if got := ok.Data.Translations[1].TranslatedText; got != "en:>b/<x>b<" {
		t.Errorf("text mode translation %q", got)
	}
	srv.FailNext(1, fake.Fault429)
	resp, body = get(t, srv.URL+"v2?"+q.Encode())
	if resp.StatusCode != 429 || resp.Header.Get("Retry-After") != "2" || !strings.Contains(body, "rateLimitExceeded") {
		t.Errorf("429: %d %q %s", resp.StatusCode, resp.Header.Get("Retry-After"), body)
	}
	q.Set("key", "wrong")
	if resp, _ = get(t, srv.URL+"v2?"+q.Encode()); resp.StatusCode != 400 {
		t.Errorf("bad key: %d", resp.StatusCode)
	}
	q.Del("key")
	if resp, _ = get(t, srv.URL+"v2?"+q.Encode()); resp.StatusCode != 403 {
		t.Errorf("missing key: %d", resp.StatusCode)
	}
	q.Set("key", "k1")
	q["q"] = []string{strings.Repeat("ب", 1500)}
	if resp, _ = get(t, srv.URL+"v2?"+q.Encode()); resp.StatusCode != 413 {
		t.Errorf("long URL: %d, want 413", resp.StatusCode)
	}
	log := srv.Requests()
	if len(log) != 5 || log[0].KeyIn != "query" || log[4].URLBytes <= fake.GoogleMaxURLBytes {
		t.Errorf("log = %+v", log)
	}
}

// TestTimeoutReleasedOnClose: a hung request ends when the server closes.
func TestTimeoutReleasedOnClose(t *testing.T) {
	srv := fake.NewDeepL(fake.Options{})
	srv.FailNext(1, fake.FaultTimeout)
	done := make(chan error, 1)
	go func() {
		req, _ := http.NewRequestWithContext(context.Background(), "POST", srv.URL+"/v2/translate", strings.NewReader(`{"text":["a"],"target_lang":"EN"}`))
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			resp.Body.Close()
		}
		done <- err
	}()
	time.Sleep(100 * time.Millisecond)
	srv.Close()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("hung request not released by Close")
	}
}

// Example shows a fake Google v2 service failing its first request with
// a 429, as a retry test would use it.
func Example() {
	srv := fake.NewGoogle(fake.Options{APIKey: "test-key"})
	defer srv.Close()
	srv.FailNext(1, fake.Fault429)

	u := srv.URL + "v2?" + url.Values{"q": {"سلام"}, "target": {"en"}, "format": {"text"}, "key": {"test-key"}}.Encode()
	for range 2 {
		resp, err := http.Get(u)
		if err != nil {
			panic(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(resp.StatusCode, resp.Header.Get("Retry-After"), strings.Contains(string(body), "en:مالس"))
	}
	fmt.Printf("%+v\n", srv.Stats())
	// Output:
	// 429 1 false
	// 200  true
	// {Requests:2 OK:1 Segments:2 Chars:8}
}
