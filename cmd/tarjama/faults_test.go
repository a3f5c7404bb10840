package main

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tarjama/tarjama/backend/fake"
)

type runReport struct {
	Status    string
	Totals    struct{ OK, Failed, Pairs, Sentences int }
	Documents []struct {
		Doc, Status, Reason string
	}
	BackendStats struct {
		Requests, Retries, Failures, CacheHits int
	} `json:"backend_stats"`
}

func readReport(t *testing.T, out string) runReport {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(out, "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	var r runReport
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	return r
}

// TestTransientFaultsAbsorbed sends the sample and a generated corpus
// through the real Google client to a fake that fails 30% of requests with
// 429s, 503s, timeouts, truncated and malformed bodies and wrong segment
// counts. Every segment must come through, and the same command again must
// send nothing.
func TestTransientFaultsAbsorbed(t *testing.T) {
	if testing.Short() {
		t.Skip("waits out injected timeouts; skipped with -short")
	}
	srv := fake.NewGoogle(fake.Options{FaultRate: 0.3, Seed: 5, RetryAfter: time.Second, APIKey: "k-faults"})
	defer srv.Close()
	in := genCorpus(t, 40)
	os.WriteFile(filepath.Join(in, "sample.txt"), mustRead(t, "../../samples/articles/biden-kadhimi.txt"), 0o644)
	dir := t.TempDir()
	args := []string{"translate", in, "--out", filepath.Join(dir, "out"), "--cache", filepath.Join(dir, "c.db"),
		"--backend", "google", "--google-endpoint", srv.URL, "--google-api-key", "k-faults",
		"--glossary", "../../samples/glossary.tsv", "--timeout", "2s", "--retries", "8", "--quiet"}
	code, _, stderr := runCLI(t, "", args...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	rep := readReport(t, filepath.Join(dir, "out"))
	st := srv.Stats()
	faults := st.Requests - st.OK
	if rep.Totals.OK != 41 || rep.Totals.Pairs != rep.Totals.Sentences || faults*4 < st.Requests {
		t.Fatalf("report %+v; server saw %d requests, %d faults", rep.Totals, st.Requests, faults)
	}
	t.Logf("%d requests, %d faults injected and absorbed (%.0f%%), %d retries", st.Requests, faults, 100*float64(faults)/float64(st.Requests), rep.BackendStats.Retries)

	srv.Reset()
	if code, _, stderr := runCLI(t, "", args...); code != 0 {
		t.Fatalf("second run: exit %d: %s", code, stderr)
	}
	if n := srv.Stats().Requests; n != 0 {
		t.Errorf("the second identical run sent %d requests, want 0", n)
	}
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestPermanentErrorFailsOneDocument: a bad request for one document is
// reported by name, the others are written, exit 3.
func TestPermanentErrorFailsOneDocument(t *testing.T) {
	srv := fake.NewGoogle(fake.Options{})
	defer srv.Close()
	in := t.TempDir()
	os.WriteFile(filepath.Join(in, "a.txt"), []byte("جملة أولى.\n"), 0o644)
	os.WriteFile(filepath.Join(in, "b.txt"), []byte("جملة ثانية.\n"), 0o644)
	os.WriteFile(filepath.Join(in, "c.txt"), []byte("جملة ثالثة.\n"), 0o644)
	// One document at a time in sorted order: the first request is a.txt's.
	srv.FailNext(1, fake.FaultBadRequest)
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := runCLI(t, "", "translate", in, "--out", out, "--no-cache", "--backend", "google",
		"--google-endpoint", srv.URL, "--google-api-key", "x", "--concurrency", "1", "--quiet")
	if code != 3 {
		t.Fatalf("exit %d, want 3: %s", code, stderr)
	}
	rep := readReport(t, out)
	if rep.Totals.OK != 2 || rep.Totals.Failed != 1 || rep.Documents[0].Doc != "a.txt" || rep.Documents[0].Status != "failed" ||
		!strings.Contains(rep.Documents[0].Reason, "400") {
		t.Errorf("report: %+v", rep)
	}
}

// TestSecretsNeverWritten runs with an API key through success and failure
// and greps every file written, the cache and the messages for it.
func TestSecretsNeverWritten(t *testing.T) {
	const key = "AIzaSy-very-secret-key-0123456789"
	srv := fake.NewGoogle(fake.Options{APIKey: key, FaultRate: 0.2, Seed: 3})
	defer srv.Close()
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	var logs strings.Builder
	for _, args := range [][]string{
		{"translate", "../../samples/articles", "--out", out, "--cache", filepath.Join(dir, "cache.db"), "--backend", "google",
			"--google-endpoint", srv.URL, "--google-api-key", key, "--retries", "8", "--timeout", "2s"},
		// A wrong key: the error message must not echo it either.
		{"translate", "../../samples/articles", "--out", filepath.Join(dir, "out2"), "--no-cache", "--backend", "google",
			"--google-endpoint", srv.URL, "--google-api-key", key + "-wrong", "--retries", "0"},
		{"backends"},
		{"cache", "stats", "--cache", filepath.Join(dir, "cache.db")},
	} {
		_, stdout, stderr := runCLI(t, "", args...)
		logs.WriteString(stdout + stderr)
	}
	if strings.Contains(logs.String(), key) || strings.Contains(logs.String(), "very-secret") {
		t.Errorf("the key appears in the command output:\n%s", logs.String())
	}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if b, _ := os.ReadFile(p); strings.Contains(string(b), "very-secret") {
			t.Errorf("the key is written in %s", p)
		}
		return nil
	})
}

// A refused key makes every request fail the same way: the run stops with
// exit 1 and says why, instead of failing document after document.
func TestBadKeyFailsTheRun(t *testing.T) {
	srv := fake.NewGoogle(fake.Options{APIKey: "right-key"})
	defer srv.Close()
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := runCLI(t, "", "translate", genCorpus(t, 10), "--out", out, "--no-cache", "--backend", "google",
		"--google-endpoint", srv.URL, "--google-api-key", "wrong-key", "--concurrency", "1", "--quiet")
	if code != 1 || !strings.Contains(stderr, "credentials refused") || strings.Contains(stderr, "wrong-key") {
		t.Fatalf("exit %d, stderr %q; want 1 naming refused credentials without the key", code, stderr)
	}
	if n := srv.Stats().Requests; n > 2 {
		t.Errorf("%d requests sent after the key was refused", n)
	}
}
