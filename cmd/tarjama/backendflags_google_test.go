package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/fake"
	"github.com/tarjama/tarjama/backend/registry"
	"github.com/tarjama/tarjama/internal/evaldata"
)

// pudArabic reads the raw Arabic sentences of UD PUD.
func pudArabic(t *testing.T) []string {
	f, err := os.Open(evaldata.Path(t, "ud-pud/ar_pud-ud-test.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if s, ok := strings.CutPrefix(sc.Text(), "# original_text = "); ok {
			out = append(out, s)
		}
	}
	return out
}

// TestGoogleFakeEndToEnd drives the real Google v2 client, through the
// whole stack built from flags, against the local fake with 30% of
// requests failing transiently (5xx, hangs, truncated and malformed
// bodies, wrong counts): every one of UD PUD's 1,000 sentences comes back
// in order, no request breaks the URL budget, the second run sends
// nothing, and the key reaches neither the cache file nor the report.
func TestGoogleFakeEndToEnd(t *testing.T) {
	segs := pudArabic(t)
	old := retryBaseDelay
	retryBaseDelay = time.Millisecond
	defer func() { retryBaseDelay = old }()
	const key = "AIzaSy-test-key-0123456789"
	srv := fake.NewGoogle(fake.Options{APIKey: key, FaultRate: 0.3, Seed: 7,
		Faults: []fake.Fault{fake.Fault503, fake.FaultTimeout, fake.FaultTruncated, fake.FaultCount, fake.FaultMalformed}})
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "cache.db")
	reg := registry.Default()
	run := func() (out []string, report []byte) {
		app := &cli.App{Name: "t", ExitErrHandler: func(*cli.Context, error) {}, Flags: backendFlagsFor(reg),
			Action: func(c *cli.Context) error {
				s, err := openTranslatorWith(c.Context, c, reg, "google", "")
				if err != nil {
					return err
				}
				defer s.Close()
				out, err = s.Translator.Translate(c.Context, backend.Request{SrcLang: "ar", TgtLang: "en", Segments: segs})
				if err != nil {
					return errors.New(s.Scrub(err.Error()))
				}
				report, err = json.Marshal(s.Stats())
				return err
			}}
		err := app.RunContext(context.Background(), []string{"t", "--google-api-key", key, "--google-endpoint", srv.URL,
			"--cache", db, "--timeout", "300ms", "--retries", "12", "--batch-concurrency", "4"})
		if err != nil {
			t.Fatal(err)
		}
		return out, report
	}
	out, report := run()
	for i, s := range segs {
		if want := fake.Marker("ar", "en", backend.Text, s); out[i] != want {
			t.Fatalf("segment %d: %q, want %q", i, out[i], want)
		}
	}
	st := srv.Stats()
	for _, r := range srv.Requests() {
		if r.Status == 413 || r.Status == 400 || len(r.Segments) > fake.GoogleMaxSegments {
			t.Fatalf("a request broke Google's limits: %d segments, %d URL bytes, status %d", len(r.Segments), r.URLBytes, r.Status)
		}
	}
	t.Logf("%d sentences: %d requests, %d answered, report %s", len(segs), st.Requests, st.OK, report)
	if st.Requests == st.OK {
		t.Fatal("no fault was injected; the test proves nothing")
	}
	srv.Reset()
	out2, _ := run()
	if n := srv.Stats().Requests; n != 0 || strings.Join(out2, "\n") != strings.Join(out, "\n") {
		t.Fatalf("second run sent %d requests", n)
	}
	var all []byte
	for _, p := range []string{db, db + "-wal"} {
		b, _ := os.ReadFile(p)
		all = append(all, b...)
	}
	if bytes.Contains(all, []byte(key)) || bytes.Contains(report, []byte(key)) {
		t.Fatal("the API key reached the cache file or the report")
	}
}
