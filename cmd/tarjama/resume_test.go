package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/tarjama/tarjama/backend/fake"
)

// binary is built once for the tests that run tarjama as a real process
// (TestMain removes it).
var binary struct {
	once sync.Once
	dir  string
	path string
	err  error
}

func buildBinary(t *testing.T) string {
	t.Helper()
	binary.once.Do(func() {
		if binary.dir, binary.err = os.MkdirTemp("", "tarjama-bin-"); binary.err != nil {
			return
		}
		binary.path = filepath.Join(binary.dir, "tarjama")
		if out, err := exec.Command("go", "build", "-o", binary.path, ".").CombinedOutput(); err != nil {
			binary.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binary.err != nil {
		t.Fatal(binary.err)
	}
	return binary.path
}

// genCorpus writes n small Arabic documents.
func genCorpus(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	words := strings.Fields("قال الوزير إن الحكومة ستعقد اجتماعا في بغداد يوم الخميس لمناقشة الأزمة الاقتصادية والأمنية مع الوفد الأمريكي")
	rng := rand.New(rand.NewSource(7))
	for i := 0; i < n; i++ {
		var b strings.Builder
		for p := 0; p < 2; p++ {
			for s := 0; s < 2; s++ {
				for w := 0; w < 8; w++ {
					b.WriteString(words[rng.Intn(len(words))])
					b.WriteByte(' ')
				}
				fmt.Fprintf(&b, "%d. ", i*10+p*2+s)
			}
			b.WriteString("\n\n")
		}
		p := filepath.Join(dir, fmt.Sprintf("sec%d", i%7), fmt.Sprintf("doc%03d.txt", i))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// treeBytes reads every output file except the journal and report (which
// record timings) into a map for byte-for-byte comparison.
func treeBytes(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			if rel == ".tarjama" {
				return filepath.SkipDir
			}
			return nil
		}
		if rel == "report.json" || rel == "report.html" {
			return nil // a run's own account (resume counts, wall time), not its output
		}
		b, _ := os.ReadFile(p)
		m[rel] = string(b)
		return nil
	})
	return m
}

func compareTrees(t *testing.T, want, got map[string]string) {
	t.Helper()
	if len(want) != len(got) {
		t.Errorf("%d files after resuming, %d in the uninterrupted run", len(got), len(want))
	}
	for name, w := range want {
		if g, ok := got[name]; !ok {
			t.Errorf("%s missing after resuming", name)
		} else if g != w {
			t.Errorf("%s differs from the uninterrupted run", name)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("unexpected file %s after resuming", name)
		}
	}
}

// TestKillAndResume kills the real binary with SIGKILL at random points of
// a run against a fake Google server with latency, reruns the same command
// each time, and checks that the final outputs equal an uninterrupted
// run's byte for byte and that finished segments were never sent again.
func TestKillAndResume(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a real process many times; skipped with -short")
	}
	bin := buildBinary(t)
	for _, tc := range []struct {
		name    string
		input   string
		kills   int
		maxGap  time.Duration
		latency time.Duration
	}{
		// One document, one request: a slow server so that kills land
		// before, during and after the request.
		{"samples", "../../samples/articles", 20, 300 * time.Millisecond, 500 * time.Millisecond},
		{"generated-500", genCorpus(t, 500), 20, 400 * time.Millisecond, 30 * time.Millisecond},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := fake.NewGoogle(fake.Options{Latency: tc.latency, APIKey: "resume-test-key"})
			defer srv.Close()
			run := func(out, cache string) *exec.Cmd {
				cmd := exec.Command(bin, "translate", tc.input, "--out", out, "--cache", cache,
					"--backend", "google", "--google-endpoint", srv.URL, "--glossary", "../../samples/glossary.tsv",
					"--format", "tmx,jsonl,moses", "--quiet")
				cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=1785000000", "GOOGLE_API_KEY=resume-test-key")
				return cmd
			}
			tmp := t.TempDir()
			ref := filepath.Join(tmp, "ref")
			if out, err := run(ref, filepath.Join(tmp, "ref.db")).CombinedOutput(); err != nil {
				t.Fatalf("uninterrupted run: %v\n%s", err, out)
			}
			unique := map[string]bool{}
			for _, r := range srv.Requests() {
				for _, s := range r.Segments {
					unique[s] = true
				}
			}
			srv.Reset()

			out, cache := filepath.Join(tmp, "out"), filepath.Join(tmp, "cache.db")
			rng := rand.New(rand.NewSource(time.Now().UnixNano()))
			killed, finished := 0, false
			for killed < tc.kills && !finished {
				cmd := run(out, cache)
				var stderr bytes.Buffer
				cmd.Stderr = &stderr
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				done := make(chan error, 1)
				go func() { done <- cmd.Wait() }()
				select {
				case err := <-done:
					if err != nil {
						t.Fatalf("run ended with %v before being killed:\n%s", err, stderr.String())
					}
					finished = true
				case <-time.After(time.Duration(rng.Int63n(int64(tc.maxGap)))):
					cmd.Process.Signal(syscall.SIGKILL)
					<-done
					killed++
				}
			}
			if !finished {
				if b, err := run(out, cache).CombinedOutput(); err != nil {
					t.Fatalf("final run: %v\n%s", err, b)
				}
			}
			compareTrees(t, treeBytes(t, ref), treeBytes(t, out))

			sent, resent := 0, 0
			seen := map[string]bool{}
			for _, r := range srv.Requests() {
				if r.Status != 200 {
					continue
				}
				for _, s := range r.Segments {
					sent++
					if seen[s] {
						resent++
					}
					seen[s] = true
				}
			}
			// A segment can be sent again only if the process was killed
			// while its request was in flight: at most the in-flight
			// segments (4 batches of at most 128) per kill.
			if resent > killed*4*128 {
				t.Errorf("%d segments sent again over %d kills", resent, killed)
			}
			t.Logf("%s: %d kill points, %d unique segments, %d sent across all runs, %d sent again (in flight at a kill)",
				tc.name, killed, len(unique), sent, resent)
		})
	}
}

// TestCtrlC interrupts a run with SIGINT: exit 130 with a clear message,
// no truncated corpus, and the same command then finishes the job.
func TestCtrlC(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and signals a real process; skipped with -short")
	}
	bin := buildBinary(t)
	srv := fake.NewGoogle(fake.Options{Latency: 200 * time.Millisecond})
	defer srv.Close()
	in := genCorpus(t, 30)
	out := filepath.Join(t.TempDir(), "out")
	args := []string{"translate", in, "--out", out, "--no-cache", "--backend", "google", "--google-endpoint", srv.URL,
		"--google-api-key", "k", "--concurrency", "2"}
	cmd := exec.Command(bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(700 * time.Millisecond)
	cmd.Process.Signal(os.Interrupt)
	err := cmd.Wait()
	if code := cmd.ProcessState.ExitCode(); code != 130 || !strings.Contains(stderr.String(), "interrupted") {
		t.Fatalf("exit %d (%v), stderr %q; want 130 and a message", code, err, stderr.String())
	}
	if _, err := os.Stat(filepath.Join(out, "corpus.jsonl")); err == nil {
		t.Error("an interrupted first run published a corpus")
	}
	b, err := exec.Command(bin, args...).CombinedOutput()
	if err != nil || !strings.Contains(string(b), "resumed:") {
		t.Fatalf("rerun: %v\n%s", err, b)
	}
	// The interrupted run's count of finished documents is the number the
	// resume takes from the journal (issue 17.8: "367 documents" then
	// "369 reused").
	done, reused := countAfter(stderr.String(), "interrupted: "), countAfter(string(b), "resumed: ")
	if done < 0 || reused < 0 {
		t.Fatalf("no document count in the interrupted summary or the resume line:\n%s\n%s", stderr.String(), b)
	}
	if done != reused {
		t.Errorf("interrupted run finished %d documents, the resume reused %d", done, reused)
	}
}

// countAfter returns the number of documents in text's "PREFIX N documents",
// or -1 when there is none.
func countAfter(text, prefix string) int {
	i := strings.Index(text, prefix)
	if i < 0 {
		return -1
	}
	var n int
	if _, err := fmt.Sscanf(text[i+len(prefix):], "%d documents", &n); err != nil {
		return -1
	}
	return n
}
