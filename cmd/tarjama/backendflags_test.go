package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/backendtest"
	"github.com/tarjama/tarjama/backend/cache"
	"github.com/tarjama/tarjama/backend/wrap"
	"github.com/tarjama/tarjama/corpus"
)

// mt is a test backend: "EN:" + segment, two segments a request; the key
// "bad-…" makes every call fail permanently with the key in the message,
// as a careless provider error might.
type mt struct {
	calls *atomic.Int64
	key   string
}

func (m *mt) Translate(_ context.Context, r backend.Request) ([]string, error) {
	m.calls.Add(1)
	if strings.HasPrefix(m.key, "bad-") {
		return nil, &backend.Error{Backend: "fakemt", Kind: backend.Permanent, Status: 401,
			Err: fmt.Errorf("invalid key %s", m.key)}
	}
	out := make([]string, len(r.Segments))
	for i, s := range r.Segments {
		out[i] = "EN:" + s
	}
	return out, nil
}

func (m *mt) Limits() backend.Limits { return backend.Limits{MaxSegments: 2} }

func testRegistry(calls *atomic.Int64) *backend.Registry {
	return backend.NewRegistry(backend.Info{
		Name:        "fakemt",
		Description: "test engine",
		Options: []backend.Option{
			{Name: "fakemt-key", Env: "FAKEMT_KEY", Usage: "API key", Secret: true},
			{Name: "fakemt-model", Env: "FAKEMT_MODEL", Usage: "model name", Default: "base"},
		},
		Limits: backend.Limits{MaxSegments: 2, MaxChars: 5000},
		New: func(cfg backend.Config) (backend.Translator, error) {
			if cfg.Get("fakemt-key") == "" {
				return nil, errors.New("fakemt: no key (set FAKEMT_KEY)")
			}
			return &mt{calls: calls, key: cfg.Get("fakemt-key")}, nil
		},
	})
}

type runResult struct {
	out    []string
	err    error
	setup  *translatorSetup
	stdout string
	stderr string
}

// runWith parses args as a command carrying backendFlags, opens the
// translator and translates segs ar→en.
func runWith(t *testing.T, calls *atomic.Int64, segs []string, args ...string) runResult {
	t.Helper()
	reg := testRegistry(calls)
	var res runResult
	var stdout, stderr bytes.Buffer
	app := &cli.App{
		Name: "t", Writer: &stdout, ErrWriter: &stderr, ExitErrHandler: func(*cli.Context, error) {},
		Flags: append(backendFlagsFor(reg), &cli.StringFlag{Name: "backend", Value: "fakemt"}),
		Action: func(c *cli.Context) error {
			s, err := openTranslatorWith(c.Context, c, reg, c.String("backend"), "gv1")
			if err != nil {
				return err
			}
			res.setup = s
			defer s.Close()
			res.out, err = s.Translator.Translate(c.Context, backend.Request{SrcLang: "ar", TgtLang: "en", Segments: segs})
			if err != nil {
				return errors.New(s.Scrub(err.Error()))
			}
			s.PrintEstimate(c.App.Writer)
			return nil
		},
	}
	res.err = app.RunContext(context.Background(), append([]string{"t"}, args...))
	res.stdout, res.stderr = stdout.String(), stderr.String()
	return res
}

var fiveSegs = []string{"واحد", "اثنان", "ثلاثة", "واحد", "أربعة"}

func TestOpenTranslatorCachesAcrossRuns(t *testing.T) {
	const key = "sk-live-TOPSECRET"
	t.Setenv("FAKEMT_KEY", key)
	db := filepath.Join(t.TempDir(), "c.db")
	var calls atomic.Int64
	r := runWith(t, &calls, fiveSegs, "--cache", db)
	if r.err != nil {
		t.Fatal(r.err)
	}
	if r.out[3] != "EN:واحد" || r.out[4] != "EN:أربعة" || calls.Load() != 2 {
		t.Fatalf("first run: %q after %d calls; want 4 distinct segments in 2 requests", r.out, calls.Load())
	}
	if s := r.setup.Stats(); s.Requests != 2 || s.Deduplicated != 1 || s.Cache != db {
		t.Fatalf("stats %+v", s)
	}
	calls.Store(0)
	r = runWith(t, &calls, fiveSegs, "--cache", db)
	if r.err != nil || calls.Load() != 0 || r.setup.Stats().CacheHits != 5 {
		t.Fatalf("second run: err %v, %d calls, stats %+v; want 0 calls", r.err, calls.Load(), r.setup.Stats())
	}
	// A different glossary version or model is a different key.
	r = runWith(t, &calls, fiveSegs[:1], "--cache", db, "--fakemt-model", "big")
	if r.err != nil || calls.Load() != 1 {
		t.Fatalf("another model was served from the cache (%d calls, %v)", calls.Load(), r.err)
	}
	var all []byte
	for _, p := range []string{db, db + "-wal"} {
		b, _ := os.ReadFile(p)
		all = append(all, b...)
	}
	if !bytes.Contains(all, []byte("fakemt-model=big")) || bytes.Contains(all, []byte(key)) {
		t.Fatal("cache file holds the key, or not the rows")
	}
}

func TestOpenTranslatorScrubsSecrets(t *testing.T) {
	const key = "bad-sk-9f8e7d6c5b4a"
	t.Setenv("FAKEMT_KEY", key)
	var calls atomic.Int64
	r := runWith(t, &calls, fiveSegs[:2], "--no-cache")
	if r.err == nil || calls.Load() != 1 {
		t.Fatalf("err %v after %d calls; want one permanent failure, no retries", r.err, calls.Load())
	}
	if strings.Contains(r.err.Error(), key) || !strings.Contains(r.err.Error(), "[redacted]") {
		t.Fatalf("error not scrubbed: %v", r.err)
	}
	if got := r.setup.Scrub("url?key=" + key); strings.Contains(got, key) {
		t.Fatalf("scrub left the key: %s", got)
	}
}

func TestOpenTranslatorUsageErrors(t *testing.T) {
	t.Setenv("FAKEMT_KEY", "key-000111")
	var calls atomic.Int64
	for _, args := range [][]string{
		{"--backend", "nope"},
		{"--price", "fakemt"},
		{"--price", "fakemt=-2"},
		{"--price", "fakmt=2"}, // misspelt: not silently ignored
		{"--batch-concurrency", "0"},
		{"--max-chars", "-1"},
		{"--retries", "-1"},
		{"--no-cache", "--tm", filepath.Join(t.TempDir(), "missing.tmx")},
	} {
		r := runWith(t, &calls, fiveSegs, args...)
		var ue usageError
		if !errors.As(r.err, &ue) {
			t.Errorf("%v: err %v, want a usage error", args, r.err)
		}
	}
	r := runWith(t, &calls, fiveSegs, "--backend", "nope")
	if !strings.Contains(r.err.Error(), "known: fakemt") {
		t.Errorf("unknown backend error does not list the known ones: %v", r.err)
	}
	if calls.Load() != 0 {
		t.Errorf("%d calls made despite usage errors", calls.Load())
	}
}

func TestOpenTranslatorNoKeyFails(t *testing.T) {
	t.Setenv("FAKEMT_KEY", "")
	var calls atomic.Int64
	r := runWith(t, &calls, fiveSegs, "--no-cache")
	if r.err == nil || !strings.Contains(r.err.Error(), "no key") {
		t.Fatalf("err = %v", r.err)
	}
}

func TestDryRunEstimates(t *testing.T) {
	t.Setenv("FAKEMT_KEY", "key-000111")
	var calls atomic.Int64
	r := runWith(t, &calls, fiveSegs, "--dry-run", "--no-cache", "--price", "fakemt=10", "--max-chars", "10")
	if r.err != nil {
		t.Fatal(r.err)
	}
	if calls.Load() != 0 {
		t.Fatalf("dry run made %d calls", calls.Load())
	}
	e := r.setup.Stats().DryRun
	chars := int64(len([]rune("واحداثنانثلاثةأربعة")))
	if e == nil || e.Segments != 4 || e.Requests != 2 || e.Chars != chars || e.USD != float64(chars)/1e6*10 {
		t.Fatalf("estimate %+v", e)
	}
	for _, want := range []string{"dry run: nothing was sent", "2 requests", "estimated cost $0.00", "OVER budget", "--price fakemt=USD"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("estimate output lacks %q:\n%s", want, r.stdout)
		}
	}
	// A dry run leaves the cache untouched and still counts cache hits.
	db := filepath.Join(t.TempDir(), "c.db")
	if r := runWith(t, &calls, fiveSegs[:2], "--cache", db); r.err != nil {
		t.Fatal(r.err)
	}
	calls.Store(0)
	r = runWith(t, &calls, fiveSegs, "--cache", db, "--dry-run")
	if e := r.setup.Stats().DryRun; r.err != nil || e.Segments != 2 || calls.Load() != 0 {
		t.Fatalf("dry run over a warm cache: %+v, %v", e, r.err)
	}
	if !strings.Contains(r.stdout, "3 segments in the cache") {
		t.Errorf("output does not mention the cache hits:\n%s", r.stdout)
	}
}

func TestMaxCharsStopsBeforeSending(t *testing.T) {
	t.Setenv("FAKEMT_KEY", "key-000111")
	var calls atomic.Int64
	r := runWith(t, &calls, fiveSegs, "--no-cache", "--max-chars", "6")
	if !errors.Is(r.err, wrap.ErrBudget) && !strings.Contains(fmt.Sprint(r.err), wrap.ErrBudget.Error()) {
		t.Fatalf("err = %v, want the budget error", r.err)
	}
	if calls.Load() != 0 {
		t.Fatalf("%d calls made over budget", calls.Load())
	}
}

func TestHelpNeverShowsSecrets(t *testing.T) {
	t.Setenv("FAKEMT_KEY", "sk-HELP-LEAK-CHECK")
	var calls atomic.Int64
	r := runWith(t, &calls, nil, "--help")
	if !strings.Contains(r.stdout, "FAKEMT_KEY") || !strings.Contains(r.stdout, "secret") {
		t.Fatalf("help lacks the option:\n%s", r.stdout)
	}
	if strings.Contains(r.stdout+r.stderr, "sk-HELP-LEAK-CHECK") {
		t.Fatal("help printed the secret")
	}
	if !strings.Contains(r.stdout, `"base"`) {
		t.Errorf("help lacks the non-secret default")
	}
}

func TestTranslationMemoryFlag(t *testing.T) {
	t.Setenv("FAKEMT_KEY", "key-000111")
	dir := t.TempDir()
	tmx := filepath.Join(dir, "mem.tmx")
	f, err := os.Create(tmx)
	if err != nil {
		t.Fatal(err)
	}
	w := corpus.NewTMXWriter(f, corpus.TMXHeader{})
	// An en→ar memory, used here ar→en.
	if err := w.Write(corpus.Pair{ID: "1", SrcLang: "en", TgtLang: "ar", Src: "one", Tgt: "واحد"}); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	var calls atomic.Int64
	for _, args := range [][]string{{"--no-cache", "--tm", tmx}, {"--cache", filepath.Join(dir, "c.db"), "--tm", tmx}} {
		calls.Store(0)
		r := runWith(t, &calls, []string{"واحد", " واحد", "اثنان"}, args...)
		if r.err != nil {
			t.Fatal(r.err)
		}
		if r.out[0] != "one" || r.out[1] != "one" || r.out[2] != "EN:اثنان" || calls.Load() != 1 {
			t.Fatalf("%v: %q after %d calls", args, r.out, calls.Load())
		}
		if s := r.setup.Stats(); s.TMHits != 2 || len(s.TM) != 1 {
			t.Fatalf("%v: stats %+v", args, s)
		}
	}
}

// flaky fails about 30% of its calls with a transient 503.
type flaky struct {
	calls atomic.Int64
	sent  atomic.Int64
}

func (f *flaky) Translate(_ context.Context, r backend.Request) ([]string, error) {
	if n := f.calls.Add(1); n%10 < 3 {
		return nil, &backend.Error{Backend: "flaky", Kind: backend.Transient, Status: 503, Err: errors.New("unavailable")}
	}
	f.sent.Add(int64(len(r.Segments)))
	out := make([]string, len(r.Segments))
	for i, s := range r.Segments {
		out[i] = "EN:" + s
	}
	return out, nil
}

func (f *flaky) Limits() backend.Limits { return backend.Limits{MaxSegments: 3} }

// TestSampleWithTransientFailures is the target at this layer:
// with 30% of requests failing transiently every segment of the sample
// article is translated, and the second identical run sends nothing.
func TestSampleWithTransientFailures(t *testing.T) {
	old := retryBaseDelay
	retryBaseDelay = time.Millisecond
	defer func() { retryBaseDelay = old }()
	text, err := os.ReadFile("../../samples/articles/biden-kadhimi.txt")
	if err != nil {
		t.Fatal(err)
	}
	var segs []string
	for _, line := range strings.Split(string(text), "\n") {
		for _, s := range strings.SplitAfter(line, ".") {
			if strings.TrimSpace(s) != "" {
				segs = append(segs, s)
			}
		}
	}
	f := &flaky{}
	reg := backend.NewRegistry(backend.Info{Name: "flaky", New: func(backend.Config) (backend.Translator, error) { return f, nil }})
	db := filepath.Join(t.TempDir(), "c.db")
	for run := 1; run <= 2; run++ {
		before := f.calls.Load()
		var out []string
		app := &cli.App{Name: "t", ExitErrHandler: func(*cli.Context, error) {}, Flags: backendFlagsFor(reg),
			Action: func(c *cli.Context) error {
				s, err := openTranslatorWith(c.Context, c, reg, "flaky", "")
				if err != nil {
					return err
				}
				defer s.Close()
				out, err = s.Translator.Translate(c.Context, backend.Request{SrcLang: "ar", TgtLang: "en", Segments: segs})
				return err
			}}
		if err := app.Run([]string{"t", "--cache", db, "--retries", "8", "--batch-concurrency", "3"}); err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
		for i, s := range segs {
			// Repeats differing only in spacing share one translation.
			if cache.Normalize(out[i]) != cache.Normalize("EN:"+s) {
				t.Fatalf("run %d: segment %d = %q", run, i, out[i])
			}
		}
		if run == 1 && f.calls.Load()-before < int64(len(segs)/3) {
			t.Fatalf("run 1 made only %d calls for %d segments", f.calls.Load()-before, len(segs))
		}
		if run == 2 && f.calls.Load() != before {
			t.Fatalf("second run made %d calls, want 0", f.calls.Load()-before)
		}
	}
	t.Logf("%d segments, %d calls in the first run", len(segs), f.calls.Load())
}

func TestDryRunWithoutCredentialsUsesDeclaredLimits(t *testing.T) {
	t.Setenv("FAKEMT_KEY", "")
	var calls atomic.Int64
	r := runWith(t, &calls, fiveSegs, "--dry-run", "--no-cache")
	if r.err != nil {
		t.Fatal(r.err)
	}
	// A dry run builds no client: no credentials are needed, and nothing
	// is said about them.
	if r.stderr != "" {
		t.Errorf("dry run wrote to stderr: %q", r.stderr)
	}
	// Declared limits: 2 segments a request, so 4 distinct segments → 2 requests.
	if e := r.setup.Stats().DryRun; e == nil || e.Requests != 2 || e.Segments != 4 {
		t.Fatalf("estimate %+v", e)
	}
}

func TestTranslationMemoryFromJSONLCorpus(t *testing.T) {
	t.Setenv("FAKEMT_KEY", "key-000111")
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := corpus.NewJSONLWriter(f)
	if err := w.Write(corpus.Pair{ID: "a#1", Doc: "a", SrcLang: "ar", TgtLang: "en", Src: "اثنان", Tgt: "two"}); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	var calls atomic.Int64
	r := runWith(t, &calls, []string{"اثنان"}, "--no-cache", "--tm", path)
	if r.err != nil || r.out[0] != "two" || calls.Load() != 0 {
		t.Fatalf("%q, %v after %d calls", r.out, r.err, calls.Load())
	}
}

// A backend that cannot be reached at all stops the run with exit 1 in
// seconds, and the message names the URL (issue 17, item 3).
func TestUnreachableBackendExitsOne(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(in, []byte("جملة أولى. جملة ثانية.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ backend, flag string }{
		{"libretranslate", "--libretranslate-url"},
		{"openai", "--openai-base-url"},
	} {
		url := backendtest.RefusedURL(t)
		start := time.Now()
		code, _, stderr := runCLI(t, "", "translate", "--backend", tc.backend, tc.flag, url, "--no-cache", "-q",
			"--out", filepath.Join(dir, tc.backend), in)
		if el := time.Since(start); code != exitFailed || !strings.Contains(stderr, url) || el > 5*time.Second {
			t.Errorf("%s: exit %d after %s, stderr %q; want exit 1 naming %s", tc.backend, code, el, stderr, url)
		}
	}
}

// A dry run writes nothing in the user's home, cache or temporary
// directories, and says nothing about credentials (issue 17, item 6).
func TestDryRunWritesNoFile(t *testing.T) {
	home, cacheHome, tmp, dir := t.TempDir(), t.TempDir(), t.TempDir(), t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CACHE_HOME", cacheHome)
	t.Setenv("TMPDIR", tmp)
	t.Setenv("GOOGLE_API_KEY", "")
	t.Setenv("GOOGLE_APPLICATION_CREDENTIALS", "")
	in := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(in, []byte("جملة أولى. جملة ثانية.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, "", "translate", "--dry-run", "--backend", "google", "--out", filepath.Join(dir, "out"), in)
	if code != exitOK || !strings.Contains(stderr, "dry run: nothing was sent") || strings.Contains(stdout+stderr, "cannot build") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "out")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("dry run created its --out folder (%v)", err)
	}
	for _, root := range []string{home, cacheHome, tmp} {
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err == nil && p != root {
				t.Errorf("dry run created %s", p)
			}
			return nil
		})
	}
}
