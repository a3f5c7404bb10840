package command

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/backendtest"
	"github.com/tarjama/tarjama/backend/fake"
)

// The test binary doubles as the translator program: run as
// "<test binary> tarjama-echoer MODE [ARG]" it speaks the line protocol.
// This is a real separate process on real pipes, as Marian would be.
func TestMain(m *testing.M) {
	if len(os.Args) > 2 && os.Args[1] == "tarjama-echoer" {
		os.Exit(echoer(os.Args[2], os.Args[3:]))
	}
	os.Exit(m.Run())
}

func echoer(mode string, args []string) int {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	out := bufio.NewWriter(os.Stdout)
	marker := func(line string) string {
		t, _ := escape(fake.Marker("", "en", backend.Text, unescape(line)))
		return t
	}
	n := 0
	for in.Scan() {
		line := in.Text()
		n++
		switch mode {
		case "cat":
			fmt.Fprintln(out, line)
		case "marker":
			fmt.Fprintln(out, marker(line))
		case "hang":
			continue
		case "slow": // args: start-up delay, as a model loading
			if n == 1 {
				d, _ := time.ParseDuration(args[0])
				time.Sleep(d)
			}
			fmt.Fprintln(out, marker(line))
		case "extra":
			fmt.Fprintln(out, marker(line))
			fmt.Fprintln(out, "stray line")
		case "crashonce": // args: flag file, lines before crashing
			if _, err := os.Stat(args[0]); err != nil && fmt.Sprint(n-1) == args[1] {
				os.WriteFile(args[0], nil, 0o644)
				out.Flush()
				fmt.Fprintln(os.Stderr, "boom: out of memory")
				return 3
			}
			fmt.Fprintln(out, marker(line))
		case "fail":
			fmt.Fprintln(os.Stderr, "error: model file not found")
			return 1
		}
		out.Flush()
	}
	return 0
}

func newClient(t testing.TB, mode string, extra ...string) *Client {
	t.Helper()
	argv := append([]string{os.Args[0], "tarjama-echoer", mode}, extra...)
	cfg := backend.Config{"command": jsonArray(argv), "command-timeout": "5s"}
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func jsonArray(argv []string) string {
	q := make([]string, len(argv))
	for i, a := range argv {
		q[i] = fmt.Sprintf("%q", a)
	}
	return "[" + strings.Join(q, ",") + "]"
}

func TestConformance(t *testing.T) {
	backendtest.Run(t, backendtest.Harness{
		New: func(t testing.TB, _ *fake.Server, _ string) backend.Translator { return newClient(t, "marker") },
		Want: func(_, _ string, f backend.Format, s string) string {
			return fake.Marker("", "en", f, s)
		},
	})
}

func req(segs ...string) backend.Request {
	return backend.Request{SrcLang: "ar", TgtLang: "en", Segments: segs}
}

// TestNewlinesRoundTrip: segments with line breaks (and backslashes) travel
// escaped as one line and come back exactly; others are sent verbatim.
func TestNewlinesRoundTrip(t *testing.T) {
	c := newClient(t, "cat")
	segs := []string{"سطر\nثان", `a\nb`, "c:\\dir\r\nnext", "", "plain \\ text", "\tتبويب"}
	got, err := c.Translate(context.Background(), req(segs...))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"سطر\nثان", `a\nb`, "c:\\dir\nnext", "", "plain \\ text", "\tتبويب"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("segment %d: got %q, want %q", i, got[i], want[i])
		}
	}
}

// TestKeptRunning: one process serves many batches.
func TestKeptRunning(t *testing.T) {
	c := newClient(t, "marker")
	for i := range 5 {
		if _, err := c.Translate(context.Background(), req(fmt.Sprint("جملة ", i), "أخرى")); err != nil {
			t.Fatal(err)
		}
	}
	if n := c.Starts(); n != 1 {
		t.Errorf("program started %d times for 5 batches, want 1", n)
	}
}

// TestCrashAndRestart: the program dies mid-batch; that batch fails
// (transient, with the program's stderr), the next one restarts it.
func TestCrashAndRestart(t *testing.T) {
	flag := filepath.Join(t.TempDir(), "crashed")
	c := newClient(t, "crashonce", flag, "2")
	segs := []string{"واحد", "اثنان", "ثلاثة", "أربعة"}
	_, err := c.Translate(context.Background(), req(segs...))
	if err == nil || !backend.IsTransient(err) {
		t.Fatalf("crash mid-batch: err = %v, want transient", err)
	}
	if !strings.Contains(err.Error(), "boom: out of memory") || !strings.Contains(err.Error(), "2 of 4") {
		t.Errorf("error lacks stderr or progress: %v", err)
	}
	got, err := c.Translate(context.Background(), req(segs...))
	if err != nil {
		t.Fatalf("after restart: %v", err)
	}
	if got[3] != fake.Marker("", "en", backend.Text, segs[3]) {
		t.Errorf("got %q", got)
	}
	if n := c.Starts(); n != 2 {
		t.Errorf("starts = %d, want 2", n)
	}
}

// TestTimeoutAndCancel: a program that never answers is given up on at
// the timeout (transient) or at cancellation (ctx error), and killed.
func TestTimeoutAndCancel(t *testing.T) {
	c, err := New(backend.Config{"command": jsonArray([]string{os.Args[0], "tarjama-echoer", "hang"}), "command-timeout": "200ms"})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	t0 := time.Now()
	_, err = c.Translate(context.Background(), req("نص"))
	if err == nil || !backend.IsTransient(err) || time.Since(t0) > 3*time.Second {
		t.Fatalf("timeout: err = %v after %v", err, time.Since(t0))
	}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	_, err = c.Translate(ctx, req("نص"))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancel: err = %v", err)
	}
	if n := c.Starts(); n != 2 {
		t.Errorf("starts = %d, want 2 (a fresh process after the timeout)", n)
	}
}

// TestOutOfStep: a program writing more lines than it was given is
// detected before its stray lines can shift the next batch.
func TestOutOfStep(t *testing.T) {
	c := newClient(t, "extra")
	if _, err := c.Translate(context.Background(), req("أ", "ب")); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond) // let the stray lines arrive
	got, err := c.Translate(context.Background(), req("ج"))
	if err != nil {
		t.Fatal(err)
	}
	if want := fake.Marker("", "en", backend.Text, "ج"); got[0] != want {
		t.Fatalf("got %q, want %q: stray output shifted the batch", got[0], want)
	}
	if c.Starts() != 2 {
		t.Errorf("starts = %d, want 2", c.Starts())
	}
}

func TestProgramFails(t *testing.T) {
	c := newClient(t, "fail")
	_, err := c.Translate(context.Background(), req("نص"))
	if err == nil || !strings.Contains(err.Error(), "model file not found") {
		t.Fatalf("err = %v, want the program's stderr", err)
	}
}

func TestParseArgv(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{`["marian-decoder", "-c", "my config.yml"]`, []string{"marian-decoder", "-c", "my config.yml"}},
		{`ct2-translate --model "/models/ar en" -q`, []string{"ct2-translate", "--model", "/models/ar en", "-q"}},
		{`prog 'a $HOME' b\ c ""`, []string{"prog", "a $HOME", "b c", ""}},
		{"prog;rm -rf x", []string{"prog;rm", "-rf", "x"}},
	} {
		got, err := ParseArgv(c.in)
		if err != nil || strings.Join(got, "|") != strings.Join(c.want, "|") || len(got) != len(c.want) {
			t.Errorf("ParseArgv(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{"", "  ", `prog "open`, `[]`, `["a",`} {
		if _, err := ParseArgv(bad); err == nil {
			t.Errorf("ParseArgv(%q) accepted", bad)
		}
	}
	if _, err := New(backend.Config{"command": "/nonexistent/translator"}); err == nil {
		t.Error("missing program accepted")
	}
}

func FuzzEscape(f *testing.F) {
	for _, s := range []string{"a\nb", `\n`, "\r\n", `\\`, "سطر"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		line, esc := escape(s)
		if strings.ContainsAny(line, "\r\n") {
			t.Fatalf("escape(%q) = %q spans lines", s, line)
		}
		back := line
		if esc {
			back = unescape(line)
		}
		want := strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
		if back != want {
			t.Fatalf("round trip %q -> %q -> %q", s, line, back)
		}
	})
}

func TestInfoLimits(t *testing.T) {
	c, err := New(backend.Config{"command": jsonArray([]string{os.Args[0]})})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := Info().Limits, c.Limits(); got.MaxSegments != want.MaxSegments || got.MaxChars != want.MaxChars || got.MaxBytes != want.MaxBytes {
		t.Errorf("Info().Limits = %+v, client declares %+v", got, want)
	}
}

// probing shortens the probe's waits.
func probing(c *Client, wait, eof time.Duration) *Client {
	c.probeWait, c.eofWait = wait, eof
	return c
}

func sedClient(t *testing.T, args ...string) *Client {
	t.Helper()
	if _, err := exec.LookPath("sed"); err != nil {
		t.Skip("no sed")
	}
	c, err := New(backend.Config{"command": jsonArray(append([]string{"sed"}, args...)), "command-timeout": "10s"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// TestProbeFindsBufferedOutput (issue 17, item 2): sed without -u buffers
// its output on a pipe, so it would never answer a batch. The probe says
// so within seconds, names the fixes, and is permanent: no retry and no
// second start. sed -u answers line by line and works.
func TestProbeFindsBufferedOutput(t *testing.T) {
	c := probing(sedClient(t, "s/^/X/"), 300*time.Millisecond, 2*time.Second)
	t0 := time.Now()
	_, err := c.Translate(context.Background(), req("واحد", "اثنان"))
	if err == nil || backend.IsTransient(err) || !errors.Is(err, backend.ErrUnusable) || time.Since(t0) > 3*time.Second {
		t.Fatalf("err = %v after %v; want a permanent ErrUnusable at once", err, time.Since(t0))
	}
	for _, want := range []string{"buffers its output", "stdbuf -oL", "sed -u", "python3 -u"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message lacks %q: %v", want, err)
		}
	}
	if _, err2 := c.Translate(context.Background(), req("ثلاثة")); err2 != err || c.Starts() != 1 {
		t.Errorf("second call: %v after %d starts; want the same error, no restart", err2, c.Starts())
	}

	c = probing(sedClient(t, "-u", "s/^/X/"), 300*time.Millisecond, 2*time.Second)
	for range 2 {
		got, err := c.Translate(context.Background(), req("واحد", "اثنان", "ثلاثة"))
		if err != nil || strings.Join(got, "|") != "Xواحد|Xاثنان|Xثلاثة" {
			t.Fatalf("sed -u: %q, %v", got, err)
		}
	}
	if c.Starts() != 1 {
		t.Errorf("sed -u started %d times", c.Starts())
	}
}

// TestProbeWaitsForASlowStart: a program that takes longer than the probe
// to load answers late, not at once when its input closes: that is no
// buffering. Its answer is kept and the rest goes to a fresh process.
func TestProbeWaitsForASlowStart(t *testing.T) {
	c := probing(newClient(t, "slow", "700ms"), 200*time.Millisecond, 100*time.Millisecond)
	segs := []string{"واحد", "اثنان", "ثلاثة"}
	got, err := c.Translate(context.Background(), req(segs...))
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range segs {
		if want := fake.Marker("", "en", backend.Text, s); got[i] != want {
			t.Errorf("segment %d: %q, want %q", i, got[i], want)
		}
	}
	if c.Starts() != 2 {
		t.Errorf("starts = %d, want 2", c.Starts())
	}
}
