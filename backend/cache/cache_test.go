package cache

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/wrap"
	"github.com/tarjama/tarjama/corpus"
)

// fake translates s as "T(s)" and records every call.
type fake struct {
	mu    sync.Mutex
	calls [][]string
	n     atomic.Int64
	// gate, when set, is waited on inside every call.
	gate    chan struct{}
	entered chan struct{}
	fail    func(call int, segs []string) error
	delay   time.Duration
	// quiet keeps no log of calls (benchmarks measuring memory).
	quiet bool
}

func (f *fake) Translate(ctx context.Context, req backend.Request) ([]string, error) {
	call := int(f.n.Add(1))
	if !f.quiet {
		f.mu.Lock()
		f.calls = append(f.calls, append([]string(nil), req.Segments...))
		f.mu.Unlock()
	}
	if f.entered != nil {
		f.entered <- struct{}{}
	}
	if f.gate != nil {
		select {
		case <-f.gate:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	if f.delay > 0 {
		if err := wrap.SleepContext(ctx, f.delay); err != nil {
			return nil, err
		}
	}
	if f.fail != nil {
		if err := f.fail(call, req.Segments); err != nil {
			return nil, err
		}
	}
	out := make([]string, len(req.Segments))
	for i, s := range req.Segments {
		out[i] = "T(" + s + ")"
	}
	return out, nil
}

func (f *fake) sent() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var all []string
	for _, c := range f.calls {
		all = append(all, c...)
	}
	return all
}

func open(t *testing.T) (*DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sub", "cache.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, path
}

func req(s ...string) backend.Request {
	return backend.Request{SrcLang: "ar", TgtLang: "en", Segments: s, Format: backend.Text}
}

var key = KeyParts{Backend: "fake", Model: "model=m1", Glossary: "g1"}

func TestSecondRunMakesZeroCalls(t *testing.T) {
	db, path := open(t)
	f := &fake{}
	in := []string{"مرحبا بكم", "كيف حالك؟", "مرحبا  بكم ", ""}
	var st wrap.Stats
	out1, err := db.WrapWith(f, key, WrapOptions{Stats: &st}).Translate(context.Background(), req(in...))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"T(مرحبا بكم)", "T(كيف حالك؟)", "T(مرحبا بكم)", ""}
	if fmt.Sprint(out1) != fmt.Sprint(want) {
		t.Fatalf("first run %q, want %q", out1, want)
	}
	if got := f.sent(); len(got) != 2 {
		t.Fatalf("sent %q, want the 2 distinct segments", got)
	}
	if s := st.Snapshot(); s.Deduplicated != 1 || s.CacheHits != 0 {
		t.Errorf("first run stats %+v", s)
	}
	db.Close()

	// A new process: reopen the file.
	db2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	f2 := &fake{}
	var st2 wrap.Stats
	out2, err := db2.WrapWith(f2, key, WrapOptions{Stats: &st2}).Translate(context.Background(), req(in...))
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(out2) != fmt.Sprint(want) {
		t.Fatalf("second run %q, want %q", out2, want)
	}
	if n := f2.n.Load(); n != 0 {
		t.Fatalf("second run made %d backend calls, want 0", n)
	}
	if s := st2.Snapshot(); s.CacheHits != 3 {
		t.Errorf("second run stats %+v, want 3 cache hits", s)
	}
}

func TestKeyPartsKeepRowsApart(t *testing.T) {
	db, _ := open(t)
	f := &fake{}
	ctx := context.Background()
	if _, err := db.Wrap(f, key).Translate(ctx, req("a")); err != nil {
		t.Fatal(err)
	}
	variants := []struct {
		k KeyParts
		r backend.Request
	}{
		{KeyParts{Backend: "other", Model: key.Model, Glossary: key.Glossary}, req("a")},
		{KeyParts{Backend: key.Backend, Model: "model=m2", Glossary: key.Glossary}, req("a")},
		{KeyParts{Backend: key.Backend, Model: key.Model, Glossary: "g2"}, req("a")},
		{key, backend.Request{SrcLang: "ar", TgtLang: "fr", Segments: []string{"a"}}},
		{key, backend.Request{SrcLang: "ar", TgtLang: "en", Segments: []string{"a"}, Format: backend.HTML}},
	}
	for i, v := range variants {
		before := f.n.Load()
		if _, err := db.Wrap(f, v.k).Translate(ctx, v.r); err != nil {
			t.Fatal(err)
		}
		if f.n.Load() != before+1 {
			t.Errorf("variant %d was served from another key's row", i)
		}
	}
	// Language tags are compared case-insensitively; "" format is text.
	before := f.n.Load()
	if _, err := db.Wrap(f, key).Translate(ctx, backend.Request{SrcLang: "AR", TgtLang: "EN", Segments: []string{"a"}}); err != nil {
		t.Fatal(err)
	}
	if f.n.Load() != before {
		t.Error("AR/EN with no format missed the ar/en text row")
	}
}

func TestDedupeAcrossConcurrentCalls(t *testing.T) {
	db, _ := open(t)
	f := &fake{gate: make(chan struct{}), entered: make(chan struct{}, 10)}
	tr := db.Wrap(f, key)
	var wg sync.WaitGroup
	results := make([][]string, 3)
	errs := make([]error, 3)
	wg.Add(1)
	go func() {
		defer wg.Done()
		results[0], errs[0] = tr.Translate(context.Background(), req("same", "one"))
	}()
	<-f.entered // the first call is in flight
	for i := 1; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = tr.Translate(context.Background(), req("two", "same"))
		}()
	}
	// Let the others find "same" in flight; "two" is sent by one of them.
	time.Sleep(5 * time.Millisecond)
	close(f.gate)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("call %d: %v", i, err)
		}
	}
	count := map[string]int{}
	for _, s := range f.sent() {
		count[s]++
	}
	if count["same"] != 1 || count["two"] != 1 {
		t.Fatalf("sent %v, want each distinct segment once", count)
	}
	if results[1][1] != "T(same)" || results[2][0] != "T(two)" || results[0][0] != "T(same)" {
		t.Fatalf("results %q", results)
	}
}

func TestFailedFlightIsRetriedByWaiter(t *testing.T) {
	db, _ := open(t)
	boom := errors.New("boom")
	f := &fake{gate: make(chan struct{}), entered: make(chan struct{}, 10),
		fail: func(call int, _ []string) error {
			if call == 1 {
				return boom
			}
			return nil
		}}
	tr := db.Wrap(f, key)
	errc := make(chan error, 1)
	go func() { _, err := tr.Translate(context.Background(), req("x")); errc <- err }()
	<-f.entered
	done := make(chan []string, 1)
	go func() { out, _ := tr.Translate(context.Background(), req("x")); done <- out }()
	time.Sleep(2 * time.Millisecond)
	close(f.gate)
	if err := <-errc; !errors.Is(err, boom) {
		t.Fatalf("first caller got %v", err)
	}
	<-f.entered
	if out := <-done; len(out) != 1 || out[0] != "T(x)" {
		t.Fatalf("waiter got %q", out)
	}
}

func TestStoredBatchByBatchThroughStack(t *testing.T) {
	db, _ := open(t)
	perm := &backend.Error{Backend: "fake", Kind: backend.Permanent, Status: 400, Err: errors.New("bad")}
	f := &fake{fail: func(call int, _ []string) error {
		if call == 3 {
			return perm
		}
		return nil
	}}
	lookup, store := db.Layers(key, WrapOptions{})
	lf := limited{f, backend.Limits{MaxSegments: 2}}
	tr := wrap.Stack(lf, wrap.StackOptions{Name: "fake", Cache: lookup, Store: store})
	in := []string{"a", "b", "c", "d", "e", "f"}
	if _, err := tr.Translate(context.Background(), req(in...)); !errors.Is(err, perm) {
		t.Fatalf("err %v, want the permanent failure of batch 3", err)
	}
	st, err := db.Stats(context.Background())
	if err != nil || st.Rows != 4 {
		t.Fatalf("rows %d (%v), want the 4 segments of the 2 good batches", st.Rows, err)
	}
	f.fail = nil
	before := f.n.Load()
	if _, err := tr.Translate(context.Background(), req(in...)); err != nil {
		t.Fatal(err)
	}
	if got := f.sent()[4:]; f.n.Load() != before+1 || fmt.Sprint(got[len(got)-2:]) != "[e f]" {
		t.Fatalf("resume sent %v", got)
	}
}

type limited struct {
	*fake
	l backend.Limits
}

func (l limited) Limits() backend.Limits { return l.l }

func TestSecretsNeverReachTheFile(t *testing.T) {
	db, path := open(t)
	const secret = "sk-SECRET-0123456789abcdef"
	opts := []backend.Option{
		{Name: "x-api-key", Env: "X_API_KEY", Secret: true},
		{Name: "x-model", Default: "small"},
		{Name: "x-endpoint"},
	}
	cfg := backend.Config{"x-api-key": secret, "x-endpoint": "http://127.0.0.1:9"}
	k := KeyParts{Backend: "x", Model: EngineKey(opts, cfg), Glossary: "v1"}
	if strings.Contains(k.Model, secret) || k.Model != "x-endpoint=http://127.0.0.1:9;x-model=small" {
		t.Fatalf("EngineKey = %q", k.Model)
	}
	userinfo := backend.Config{"x-endpoint": "https://bob:hunter22@mt.example/v1"}
	if m := EngineKey(opts, userinfo); strings.Contains(m, "hunter22") || !strings.Contains(m, "https://mt.example/v1") {
		t.Fatalf("EngineKey kept URL credentials: %q", m)
	}
	if _, err := db.Wrap(&fake{}, k).Translate(context.Background(), req("سر", "نص")); err != nil {
		t.Fatal(err)
	}
	db.Flush()
	if err := db.Err(); err != nil {
		t.Fatal(err)
	}
	var all []byte
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		b, _ := os.ReadFile(p)
		all = append(all, b...)
	}
	if !bytes.Contains(all, []byte("x-model=small")) {
		t.Fatal("the file does not hold the rows (test would pass vacuously)")
	}
	if bytes.Contains(all, []byte(secret)) {
		t.Fatal("the secret is in the cache file")
	}
}

func TestReadOnlyStoresNothingButDedupes(t *testing.T) {
	db, _ := open(t)
	m := wrap.DryRun("fake", backend.Limits{})
	tr := db.WrapWith(m, key, WrapOptions{ReadOnly: true})
	for i := 0; i < 2; i++ {
		if _, err := tr.Translate(context.Background(), req("a", "b", "a")); err != nil {
			t.Fatal(err)
		}
	}
	if e := m.Estimate(wrap.Prices{}); e.Segments != 2 || e.Chars != 2 {
		t.Fatalf("estimate %+v, want the 2 distinct segments once", e)
	}
	if st, _ := db.Stats(context.Background()); st.Rows != 0 {
		t.Fatalf("dry run stored %d rows", st.Rows)
	}
}

func TestStatsEachClear(t *testing.T) {
	db, _ := open(t)
	ctx := context.Background()
	f := &fake{}
	db.Wrap(f, key).Translate(ctx, req("a", "b"))
	db.Wrap(f, KeyParts{Backend: "deepl"}).Translate(ctx, backend.Request{SrcLang: "ar", TgtLang: "fr", Segments: []string{"c"}})
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Rows != 3 || len(st.Groups) != 2 || st.Groups[0] != (Group{"deepl", "ar", "fr", 1}) || st.Bytes == 0 {
		t.Fatalf("stats %+v", st)
	}
	var got []string
	if err := db.Each(ctx, "fake", func(e Entry) error { got = append(got, e.Source+"="+e.Target); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("Each(fake) = %v", got)
	}
	n, err := db.Clear(ctx, "fake")
	if err != nil || n != 2 {
		t.Fatalf("Clear(fake) = %d, %v", n, err)
	}
	if n, err := db.Clear(ctx, ""); err != nil || n != 1 {
		t.Fatalf("Clear() = %d, %v", n, err)
	}
}

func TestNewerSchemaIsRefused(t *testing.T) {
	db, path := open(t)
	if _, err := db.sql.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := Open(path); !errors.Is(err, ErrSchema) {
		t.Fatalf("err = %v, want ErrSchema", err)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"  a \t b\n", "e\u0301", "مرحبا  بكم", "\u00a0x", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if Normalize(n) != n {
			t.Fatalf("not idempotent: %q → %q → %q", s, n, Normalize(n))
		}
		if strings.TrimSpace(n) != n || strings.Contains(n, "  ") {
			t.Fatalf("space left in %q", n)
		}
	})
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"  a \t b\n":           "a b",
		"e\u0301":              "\u00e9",
		"\u00a0x\u00a0\u00a0y": "x y",
		"   ":                  "",
		"مرحبا  بكم":           "مرحبا بكم",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// pairs is an in-memory PairReader.
type pairs struct{ p []corpus.Pair }

func (r *pairs) Read() (corpus.Pair, error) {
	if len(r.p) == 0 {
		return corpus.Pair{}, io.EOF
	}
	p := r.p[0]
	r.p = r.p[1:]
	return p, nil
}

func TestTranslationMemoryServesBothDirections(t *testing.T) {
	db, _ := open(t)
	ctx := context.Background()
	tmx := filepath.Join(t.TempDir(), "mem.tmx")
	os.WriteFile(tmx, []byte("stand-in; the reader below supplies the pairs"), 0o644)
	opens := 0
	openFn := func(string) (PairReader, error) {
		opens++
		return &pairs{[]corpus.Pair{
			{SrcLang: "en-US", TgtLang: "ar", Src: "good  morning", Tgt: "صباح الخير"},
			{SrcLang: "en", TgtLang: "ar", Src: "thanks", Tgt: "شكرا"},
		}}, nil
	}
	tm, err := db.LoadTM(ctx, tmx, openFn)
	if err != nil || tm.Units != 2 {
		t.Fatalf("LoadTM = %+v, %v", tm, err)
	}
	if tm2, err := db.LoadTM(ctx, tmx, openFn); err != nil || opens != 1 || tm2.ID != tm.ID {
		t.Fatalf("unchanged TM imported again (opens %d, %v)", opens, err)
	}
	f := &fake{}
	var st wrap.Stats
	tr := db.WrapWith(f, key, WrapOptions{TM: []TMFile{tm}, Stats: &st})
	out, err := tr.Translate(ctx, req(" صباح  الخير", "جديد"))
	if err != nil {
		t.Fatal(err)
	}
	if out[0] != "good  morning" || out[1] != "T(جديد)" || fmt.Sprint(f.sent()) != "[جديد]" {
		t.Fatalf("out %q, sent %q", out, f.sent())
	}
	out, _ = db.WrapWith(f, key, WrapOptions{TM: []TMFile{tm}}).Translate(ctx,
		backend.Request{SrcLang: "en", TgtLang: "ar", Segments: []string{"Good morning", "good morning"}})
	if out[1] != "صباح الخير" || out[0] != "T(Good morning)" {
		t.Fatalf("en→ar: %q (matching is exact, case included)", out)
	}
	if st.Snapshot().TMHits != 1 {
		t.Errorf("stats %+v", st.Snapshot())
	}
	if s, _ := db.Stats(ctx); len(s.TM) != 1 || s.TM[0].Units != 2 {
		t.Errorf("stats TM %+v", s.TM)
	}
}

func TestTranslationMemoryAnswersHTMLRequests(t *testing.T) {
	// With glossary spans the pipeline sends HTML-escaped segments and
	// unescapes the answers; the memory holds plain text.
	db, _ := open(t)
	ctx := context.Background()
	tmx := filepath.Join(t.TempDir(), "mem.tmx")
	os.WriteFile(tmx, []byte("stand-in"), 0o644)
	tm, err := db.LoadTM(ctx, tmx, func(string) (PairReader, error) {
		return &pairs{[]corpus.Pair{{SrcLang: "ar", TgtLang: "en", Src: `قال "نعم" & غادر`, Tgt: `He said "yes" & left`}}}, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	f := &fake{}
	r := backend.Request{SrcLang: "ar", TgtLang: "en", Format: backend.HTML,
		Segments: []string{html.EscapeString(`قال "نعم" & غادر`), `<span translate="no">NATO</span>`}}
	out, err := db.WrapWith(f, key, WrapOptions{TM: []TMFile{tm}}).Translate(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	if html.UnescapeString(out[0]) != `He said "yes" & left` || out[0] == html.UnescapeString(out[0]) {
		t.Errorf("HTML request: got %q, want the memory's target escaped", out[0])
	}
	if fmt.Sprint(f.sent()) != `[<span translate="no">NATO</span>]` {
		t.Errorf("sent %q, want only the segment the memory lacks", f.sent())
	}
}

func ExampleDB_Wrap() {
	dir, _ := os.MkdirTemp("", "tarjama-cache")
	defer os.RemoveAll(dir)
	db, err := Open(filepath.Join(dir, "cache.db"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()
	calls := 0
	echo := backendFunc(func(_ context.Context, r backend.Request) ([]string, error) {
		calls++
		out := make([]string, len(r.Segments))
		for i, s := range r.Segments {
			out[i] = "<" + s + ">"
		}
		return out, nil
	})
	tr := db.Wrap(echo, KeyParts{Backend: "echo"})
	r := backend.Request{SrcLang: "ar", TgtLang: "en", Segments: []string{"سلام", "سلام ", "شكرا"}}
	out, _ := tr.Translate(context.Background(), r)
	fmt.Println(out, calls)
	out, _ = tr.Translate(context.Background(), r)
	fmt.Println(out, calls)
	// Output:
	// [<سلام> <سلام> <شكرا>] 1
	// [<سلام> <سلام> <شكرا>] 1
}

type backendFunc func(context.Context, backend.Request) ([]string, error)

func (f backendFunc) Translate(ctx context.Context, r backend.Request) ([]string, error) {
	return f(ctx, r)
}

func TestLargeRequestIsChunkedInOrder(t *testing.T) {
	db, _ := open(t)
	f := &fake{}
	in := make([]string, 2*lookupChunk+700)
	for i := range in {
		in[i] = fmt.Sprintf("جملة %d", i%(lookupChunk+300)) // repeats across chunks
	}
	out, err := db.Wrap(f, key).Translate(context.Background(), req(in...))
	if err != nil {
		t.Fatal(err)
	}
	for i := range in {
		if out[i] != "T("+in[i]+")" {
			t.Fatalf("out[%d] = %q, want T(%s)", i, out[i], in[i])
		}
	}
	if n := len(f.sent()); n != lookupChunk+300 {
		t.Fatalf("sent %d segments, want each of the %d distinct ones once", n, lookupChunk+300)
	}
}

func TestCancelWhileWaitingOnAnotherCall(t *testing.T) {
	db, _ := open(t)
	f := &fake{gate: make(chan struct{}), entered: make(chan struct{}, 10)}
	defer close(f.gate)
	tr := db.Wrap(f, key)
	go tr.Translate(context.Background(), req("slow"))
	<-f.entered
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel()
	start := time.Now()
	if _, err := tr.Translate(ctx, req("slow")); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v", err)
	}
	if time.Since(start) > time.Second || f.n.Load() != 1 {
		t.Fatalf("waiter did not return promptly, or sent the segment again (%d calls)", f.n.Load())
	}
}

// TestTwoProcessesShareTheFile opens the same file twice, as two tarjama
// runs would, and writes from both at once.
func TestTwoProcessesShareTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.db")
	a, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i, db := range []*DB{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				segs := []string{fmt.Sprintf("p%d-%d", i, j), fmt.Sprintf("shared-%d", j)}
				if _, err := db.Wrap(&fake{}, key).Translate(context.Background(), req(segs...)); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(a.Close(), b.Close()); err != nil {
		t.Fatalf("closing: %v", err)
	}
	c, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	st, err := c.Stats(context.Background())
	if err != nil || st.Rows != 60 {
		t.Fatalf("rows %d (%v), want 60", st.Rows, err)
	}
}

func TestNotACacheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "junk.db")
	os.WriteFile(path, bytes.Repeat([]byte("not sqlite "), 200), 0o644)
	if _, err := Open(path); err == nil || !strings.Contains(err.Error(), path) {
		t.Fatalf("err = %v, want an error naming the file", err)
	}
}
