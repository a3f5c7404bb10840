package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tarjama/tarjama/backend/fake"
)

// TestTransientFaultsAbsorbed sends a generated folder and the sample
// through the real Google v2 client, on prism, to a local fake that fails
// 30% of requests with 429s, 503s, timeouts, truncated and malformed
// bodies and wrong segment counts: every segment must be translated.
func TestTransientFaultsAbsorbed(t *testing.T) {
	if testing.Short() {
		t.Skip("waits out injected timeouts; skipped with -short")
	}
	srv := fake.NewGoogle(fake.Options{FaultRate: 0.3, Seed: 11, RetryAfter: time.Second, APIKey: "k-beam-faults"})
	defer srv.Close()
	in := genFolder(t, 40, false)
	if err := os.Remove(filepath.Join(in, "local", "photo.jpg")); err != nil { // no skipped file: exit 0
		t.Fatal(err)
	}
	sample, err := os.ReadFile("../../../samples/articles/biden-kadhimi.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(in, "sample.txt"), sample, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	code, stderr := runBeam(t, "--input", in, "--output", out, "--backend", "google",
		"--google_endpoint", srv.URL, "--google_api_key", "k-beam-faults", "--no_cache",
		"--glossary", "../../../samples/glossary.tsv", "--timeout", "2s", "--retries", "8")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if strings.Contains(stderr, "k-beam-faults") {
		t.Errorf("the API key is printed:\n%s", stderr)
	}
	rep := readReport(t, out)
	st := srv.Stats()
	faults := st.Requests - st.OK
	// The empty file is reported empty; every other document is translated
	// whole, one pair per sentence.
	if rep.Totals.OK != 41 || rep.Totals.Failed != 0 || rep.Totals.Pairs != rep.Totals.Sentences || faults*5 < st.Requests {
		t.Fatalf("report %+v; the server saw %d requests, %d faults", rep.Totals, st.Requests, faults)
	}
	// Every pair holds the fake's translation of its source.
	corpus, err := os.ReadFile(filepath.Join(out, "corpus.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(corpus), "\n"), "\n")
	if len(lines) != rep.Totals.Pairs {
		t.Errorf("corpus.jsonl has %d lines, want %d pairs", len(lines), rep.Totals.Pairs)
	}
	for _, l := range lines {
		if !strings.Contains(l, `"en":"en:`) {
			t.Errorf("a pair without the fake's translation: %s", l)
			break
		}
	}
	// report.json sums the workers' statistics: the requests the server saw.
	if bs, ok := rep.BackendStats.(map[string]any); !ok || bs["requests"] != float64(st.Requests) || bs["retries"] == float64(0) {
		t.Errorf("backend_stats %v, the server saw %d requests", rep.BackendStats, st.Requests)
	}
	t.Logf("%d requests, %d faults injected and absorbed (%.0f%%)", st.Requests, faults, 100*float64(faults)/float64(st.Requests))
}

// TestRefusedKeyFailsJob: credentials the backend refuses fail the job
// (exit 1, as tarjama), naming no secret.
func TestRefusedKeyFailsJob(t *testing.T) {
	srv := fake.NewGoogle(fake.Options{APIKey: "k-right-one"})
	defer srv.Close()
	in := genFolder(t, 5, false)
	out := filepath.Join(t.TempDir(), "out")
	code, stderr := runBeam(t, "--input", in, "--output", out, "--backend", "google",
		"--google_endpoint", srv.URL, "--google_api_key", "k-wrong-one", "--no_cache", "--quiet")
	if code != exitFailed {
		t.Fatalf("exit %d, want 1: %s", code, stderr)
	}
	if strings.Contains(stderr, "k-wrong-one") {
		t.Errorf("the API key is printed:\n%s", stderr)
	}
	if !strings.Contains(stderr, "tarjama-beam: job failed: ") || !strings.Contains(stderr, ".txt: google: status 400 (permanent): credentials refused") {
		t.Errorf("stderr does not name the document and the refusal:\n%s", stderr)
	}
}
