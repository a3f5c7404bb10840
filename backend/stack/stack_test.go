package stack

import (
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/backendtest"
	"github.com/tarjama/tarjama/backend/registry"
	"github.com/tarjama/tarjama/corpus"
)

// echo translates "EN:" + segment, two segments a request.
type echo struct {
	calls *atomic.Int64
	delay time.Duration
}

func (e *echo) Translate(ctx context.Context, r backend.Request) ([]string, error) {
	e.calls.Add(1)
	if e.delay > 0 {
		select {
		case <-time.After(e.delay):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	out := make([]string, len(r.Segments))
	for i, s := range r.Segments {
		out[i] = "EN:" + s
	}
	return out, nil
}

func (e *echo) Limits() backend.Limits { return backend.Limits{MaxSegments: 2} }

// testInfo is a paid backend needing a key; New counts its calls.
func testInfo(calls, built *atomic.Int64) backend.Info {
	return backend.Info{
		Name: "paid",
		Options: []backend.Option{
			{Name: "paid-key", Env: "PAID_KEY", Secret: true},
			{Name: "paid-model", Env: "PAID_MODEL", Default: "base"},
		},
		Limits: backend.Limits{MaxSegments: 2},
		New: func(cfg backend.Config) (backend.Translator, error) {
			built.Add(1)
			if cfg.Get("paid-key") == "" {
				return nil, errors.New("paid: no key")
			}
			return &echo{calls: calls}, nil
		},
		HTML:    true,
		Timeout: backend.DefaultTimeout,
		Price:   &backend.Price{USDPerMillion: 10, Note: "list"},
	}
}

func baseConfig() Config {
	return Config{Backend: "paid", Retries: DefaultRetries, Concurrency: DefaultConcurrency,
		Getenv: func(string) string { return "" }}
}

var segs = []string{"واحد", "اثنان", "ثلاثة", "واحد", "أربعة"}

func req(s ...string) backend.Request {
	return backend.Request{SrcLang: "ar", TgtLang: "en", Segments: s}
}

func TestOpenUsageErrors(t *testing.T) {
	var calls, built atomic.Int64
	reg := backend.NewRegistry(testInfo(&calls, &built))
	neg := -time.Second
	for name, change := range map[string]func(*Config){
		"unknown backend":  func(c *Config) { c.Backend = "nope" },
		"price syntax":     func(c *Config) { c.Prices = []string{"paid"} },
		"negative price":   func(c *Config) { c.Prices = []string{"paid=-2"} },
		"misspelt price":   func(c *Config) { c.Prices = []string{"piad=2"} },
		"no concurrency":   func(c *Config) { c.Concurrency = 0 },
		"negative budget":  func(c *Config) { c.MaxChars = -1 },
		"negative retries": func(c *Config) { c.Retries = -1 },
		"negative timeout": func(c *Config) { c.Timeout = &neg },
		"negative quota":   func(c *Config) { c.CharsPerMinute = -1 },
		"negative rate":    func(c *Config) { c.RequestsPerSecond = -1 },
		"missing TM":       func(c *Config) { c.NoCache, c.TM = true, []string{filepath.Join(t.TempDir(), "no.tmx")} },
		"missing TM dryrun": func(c *Config) {
			c.DryRun, c.NoCache, c.TM = true, true, []string{filepath.Join(t.TempDir(), "no.tmx")}
		},
	} {
		cfg := baseConfig()
		cfg.Options = backend.Config{"paid-key": "k-123456"}
		change(&cfg)
		s, err := Open(context.Background(), reg, cfg)
		if !errors.Is(err, ErrUsage) {
			t.Errorf("%s: err %v, want ErrUsage", name, err)
		}
		if s != nil {
			s.Close()
		}
	}
	// A backend that cannot be built is not a usage error, and the key
	// never shows.
	cfg := baseConfig()
	_, err := Open(context.Background(), reg, cfg)
	if err == nil || errors.Is(err, ErrUsage) || !strings.Contains(err.Error(), "backend paid: paid: no key") {
		t.Fatalf("no key: %v", err)
	}
	if calls.Load() != 0 {
		t.Fatalf("%d calls made", calls.Load())
	}
}

// TestRangeErrorNamesTheFlag: a count out of range is a *RangeError that
// names tarjama's flag and is a usage error; another front end respells
// the flag and keeps the rest of the message.
func TestRangeErrorNamesTheFlag(t *testing.T) {
	neg := -2 * time.Second
	for i, c := range []struct {
		change      func(*Config)
		msg, beamed string
	}{
		{func(c *Config) { c.MaxChars = -5 }, "--max-chars: -5 is negative", "--max_chars: -5 is negative"},
		{func(c *Config) { c.RequestsPerSecond = -0.5 }, "--requests-per-second: -0.5 is negative", "--requests_per_second: -0.5 is negative"},
		{func(c *Config) { c.CharsPerMinute = -1 }, "--chars-per-minute: -1 is negative", "--chars_per_minute: -1 is negative"},
		{func(c *Config) { c.Retries = -1 }, "--retries: -1 is negative", "--retries: -1 is negative"},
		{func(c *Config) { c.Timeout = &neg }, "--timeout: -2s is negative", "--timeout: -2s is negative"},
		{func(c *Config) { c.Concurrency = 0 }, "--batch-concurrency: 0, want at least 1", "--batch_concurrency: 0, want at least 1"},
	} {
		cfg := baseConfig()
		c.change(&cfg)
		err := cfg.Check()
		var re *RangeError
		if !errors.As(err, &re) || !errors.Is(err, ErrUsage) {
			t.Fatalf("%d: %v is no usage *RangeError", i+1, err)
		}
		if err.Error() != c.msg || re.Spelled(strings.ReplaceAll(re.Flag, "-", "_")) != c.beamed {
			t.Errorf("%d: %q / %q, want %q / %q", i+1, err, re.Spelled(strings.ReplaceAll(re.Flag, "-", "_")), c.msg, c.beamed)
		}
	}
	if err := baseConfig().Check(); err != nil {
		t.Errorf("base config: %v", err)
	}
}

// walk lists every file under the roots.
func walk(t *testing.T, roots ...string) []string {
	t.Helper()
	var files []string
	for _, root := range roots {
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				files = append(files, p)
			}
			return nil
		})
	}
	return files
}

func writeTM(t *testing.T, path string, pairs ...corpus.Pair) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := corpus.NewTMXWriter(f, corpus.TMXHeader{})
	for _, p := range pairs {
		if err := w.Write(p); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

// A dry run builds no client (so needs no key), creates no file (not the
// default cache, not a temporary one), reads --tm into memory and counts
// what it would send by the declared limits.
func TestDryRunWritesNothing(t *testing.T) {
	home, cacheHome, tmp, tmDir := t.TempDir(), t.TempDir(), t.TempDir(), t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CACHE_HOME", cacheHome)
	t.Setenv("TMPDIR", tmp)
	tm := filepath.Join(tmDir, "mem.tmx")
	// An en→ar memory, used ar→en.
	writeTM(t, tm, corpus.Pair{ID: "1", SrcLang: "en", TgtLang: "ar", Src: "four", Tgt: "أربعة"})
	var calls, built atomic.Int64
	reg := backend.NewRegistry(testInfo(&calls, &built))
	for _, noCache := range []bool{false, true} {
		cfg := baseConfig()
		cfg.DryRun, cfg.NoCache, cfg.TM, cfg.MaxChars = true, noCache, []string{tm}, 10
		s, err := Open(context.Background(), reg, cfg)
		if err != nil {
			t.Fatal(err)
		}
		out, err := s.Translate(context.Background(), req(segs...))
		if err != nil || len(out) != 5 || out[4] != "four" || out[0] != "" {
			t.Fatalf("%q, %v", out, err)
		}
		// A later request repeating a segment sends it no more.
		if _, err := s.Translate(context.Background(), req("واحد")); err != nil {
			t.Fatal(err)
		}
		if !s.SupportsHTML() || s.SupportsGlossary() || s.Backend() != nil {
			t.Error("the dry run does not answer as declared")
		}
		r := s.Report()
		if r.DryRun == nil || r.DryRun.Segments != 3 || r.DryRun.Requests != 2 || r.TMHits != 1 || r.Deduplicated != 2 {
			t.Fatalf("report %+v, estimate %+v", r, r.DryRun)
		}
		if want := filepath.Join(cacheHome, "tarjama", "cache.db"); !noCache && r.Cache != want {
			t.Errorf("report names cache %q, want %q", r.Cache, want)
		}
		var b strings.Builder
		if err := s.WriteEstimate(&b); err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"paid: 3 segments", "2 requests", "0 segments in the cache, 1 in the translation memory, 2 repeats", "$10.00 per million", "OVER budget"} {
			if !strings.Contains(b.String(), want) {
				t.Errorf("estimate lacks %q:\n%s", want, b.String())
			}
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if built.Load() != 0 || calls.Load() != 0 {
		t.Fatalf("dry run built the client %d times, made %d calls", built.Load(), calls.Load())
	}
	if files := walk(t, home, cacheHome, tmp); len(files) != 0 {
		t.Fatalf("dry run wrote %v", files)
	}
	if files := walk(t, tmDir); len(files) != 1 {
		t.Fatalf("dry run wrote beside the memory: %v", files)
	}
}

// Over an existing cache file, a dry run counts its hits and leaves the
// directory as it was.
func TestDryRunReadsExistingCache(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	var calls, built atomic.Int64
	reg := backend.NewRegistry(testInfo(&calls, &built))
	cfg := baseConfig()
	cfg.Cache, cfg.Options = db, backend.Config{"paid-key": "k-123456"}
	s, err := Open(context.Background(), reg, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Translate(context.Background(), req(segs[:2]...)); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	before := walk(t, dir)
	cfg.DryRun, cfg.Options = true, nil
	s, err = Open(context.Background(), reg, cfg)
	if err != nil {
		t.Fatal(err)
	}
	out, err := s.Translate(context.Background(), req(segs...))
	if err != nil || out[0] != "EN:واحد" || out[3] != "EN:واحد" || out[2] != "" {
		t.Fatalf("%q, %v", out, err)
	}
	r := s.Report()
	if r.CacheHits != 3 || r.DryRun.Segments != 2 {
		t.Fatalf("report %+v, estimate %+v", r, r.DryRun)
	}
	s.Close()
	if after := walk(t, dir); strings.Join(after, " ") != strings.Join(before, " ") {
		t.Fatalf("files %v became %v", before, after)
	}
}

// The backend's declared policy applies unless the Config says otherwise:
// an Uncached backend uses no cache file unless one is named, and the
// declared timeout bounds each request.
func TestPolicyFromInfo(t *testing.T) {
	var calls atomic.Int64
	slow := backend.Info{Name: "slow", Uncached: true, Timeout: 30 * time.Millisecond,
		New: func(backend.Config) (backend.Translator, error) {
			return &echo{calls: &calls, delay: 150 * time.Millisecond}, nil
		}}
	reg := backend.NewRegistry(slow)
	cfg := baseConfig()
	cfg.Backend, cfg.Retries = "slow", 0
	s, err := Open(context.Background(), reg, cfg)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = s.Translate(context.Background(), req("a"))
	if err == nil || !strings.Contains(err.Error(), "timed out after 30ms") || time.Since(start) > 500*time.Millisecond {
		t.Fatalf("declared timeout not applied: %v after %s", err, time.Since(start))
	}
	if r := s.Report(); r.Cache != "" {
		t.Errorf("uncached backend used cache %q", r.Cache)
	}
	s.Close()
	none := time.Duration(0)
	cfg.Timeout, cfg.Cache = &none, filepath.Join(t.TempDir(), "c.db")
	if s, err = Open(context.Background(), reg, cfg); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Translate(context.Background(), req("a")); err != nil {
		t.Fatalf("--timeout 0 still timed out: %v", err)
	}
	if r := s.Report(); r.Cache != cfg.Cache {
		t.Errorf("named cache not used: %q", r.Cache)
	}
}

// report.json's "backend" object keeps its fields and their order.
func TestBackendStatsJSON(t *testing.T) {
	var calls, built atomic.Int64
	reg := backend.NewRegistry(testInfo(&calls, &built))
	cfg := baseConfig()
	cfg.NoCache, cfg.Options = true, backend.Config{"paid-key": "k-123456"}
	s, err := Open(context.Background(), reg, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Translate(context.Background(), req(segs...)); err != nil {
		t.Fatal(err)
	}
	var sr backend.StatsReporter = s
	b, err := json.Marshal(sr.BackendStats())
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"backend":"paid","requests":2,"retries":0,"failures":0,"segments_sent":4,"chars_sent":19,"cache_hits":0,"tm_hits":0,"deduplicated":1}`
	if string(b) != want {
		t.Fatalf("got  %s\nwant %s", b, want)
	}
	if l := s.Limits(); l.MaxSegments != 2 {
		t.Errorf("limits %+v", l)
	}
}

func TestScrubRemovesEverySecretForm(t *testing.T) {
	var calls, built atomic.Int64
	reg := backend.NewRegistry(testInfo(&calls, &built))
	cfg := baseConfig()
	cfg.NoCache, cfg.DryRun = true, true
	cfg.Options = backend.Config{"paid-key": "sk/live key"}
	cfg.Getenv = func(k string) string { return map[string]string{"PAID_KEY": "env-secret-42"}[k] }
	s, err := Open(context.Background(), reg, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got := s.Scrub("a sk/live key b sk%2Flive+key c sk%2Flive%20key d env-secret-42 e abc")
	if strings.Contains(got, "live") || strings.Contains(got, "env-secret") || !strings.Contains(got, "e abc") {
		t.Fatalf("scrubbed: %s", got)
	}
}

// A backend that cannot be reached at all is unusable within seconds, and
// the error names the URL.
func TestUnreachableBackendIsUnusable(t *testing.T) {
	for _, tc := range []struct{ backend, option string }{
		{"libretranslate", "libretranslate-url"},
		{"openai", "openai-base-url"},
	} {
		url := backendtest.RefusedURL(t)
		cfg := baseConfig()
		cfg.Backend, cfg.NoCache = tc.backend, true
		cfg.Options = backend.Config{tc.option: url, "openai-api-key": "sk-unreach-0000"}
		s, err := Open(context.Background(), registry.Default(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		_, err = s.Translate(context.Background(), req("مرحبا"))
		el := time.Since(start)
		s.Close()
		if !errors.Is(err, backend.ErrUnreachable) || !errors.Is(err, backend.ErrUnusable) || backend.IsTransient(err) {
			t.Fatalf("%s: err %v, want a permanent ErrUnreachable", tc.backend, err)
		}
		if !strings.Contains(err.Error(), url) || strings.Contains(err.Error(), "sk-unreach") {
			t.Errorf("%s: message does not name %s (or shows the key): %v", tc.backend, url, err)
		}
		if el > 3*time.Second {
			t.Errorf("%s: gave up after %s", tc.backend, el)
		}
	}
}
