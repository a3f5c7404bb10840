package pipeline

import (
	"context"
	"errors"
	"fmt"
	"github.com/tarjama/tarjama/backend"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestResumeReusesFinishedDocuments(t *testing.T) {
	in := t.TempDir()
	for i := 0; i < 5; i++ {
		writeFile(t, filepath.Join(in, fmt.Sprintf("d%d.txt", i)), []byte(fmt.Sprintf("الجملة %d.\n", i)))
	}
	out := t.TempDir()
	docs, skipped := collect(t, in)
	run := func(eng *echo, name string, fresh bool) *Report {
		t.Helper()
		rep, err := Run(context.Background(), docs, skipped, Options{OutDir: out, Translator: eng, BackendName: name, Fresh: fresh, Now: fixed})
		if err != nil {
			t.Fatal(err)
		}
		return rep
	}
	first := &echo{}
	run(first, "echo", false)
	want, _ := os.ReadFile(filepath.Join(out, "corpus.tmx"))

	again := &echo{}
	rep := run(again, "echo", false)
	if again.segments != 0 || rep.Resume.Reused != 5 {
		t.Fatalf("second run sent %d segments, reused %d; want 0 and 5", again.segments, rep.Resume.Reused)
	}
	if got, _ := os.ReadFile(filepath.Join(out, "corpus.tmx")); string(got) != string(want) {
		t.Error("resumed run wrote a different corpus.tmx")
	}

	writeFile(t, filepath.Join(in, "d3.txt"), []byte("نص جديد.\n"))
	changed := &echo{}
	rep = run(changed, "echo", false)
	if changed.segments != 1 || rep.Resume.Reused != 4 || rep.Resume.Redone["input changed"] != 1 {
		t.Errorf("after editing one input: sent %d, resume %+v", changed.segments, rep.Resume)
	}

	other := &echo{}
	rep = run(other, "other-backend", false)
	if other.segments != 5 || !strings.Contains(rep.Resume.SettingsChanged, `backend "echo" → "other-backend"`) {
		t.Errorf("after changing backend: sent %d, resume %+v", other.segments, rep.Resume)
	}

	fresh := &echo{}
	rep = run(fresh, "other-backend", true)
	if fresh.segments != 5 || rep.Resume.Reused != 0 {
		t.Errorf("--fresh: sent %d, resume %+v", fresh.segments, rep.Resume)
	}
}

// A run interrupted half-way keeps what it finished: the next run sends
// only the rest, and the outputs equal those of an uninterrupted run.
func TestInterruptedRunResumes(t *testing.T) {
	in := t.TempDir()
	for i := 0; i < 30; i++ {
		writeFile(t, filepath.Join(in, fmt.Sprintf("d%02d.txt", i)), []byte(fmt.Sprintf("الجملة %d. وجملة أخرى.\n", i)))
	}
	docs, skipped := collect(t, in)
	ref := t.TempDir()
	if _, err := Run(context.Background(), docs, skipped, Options{OutDir: ref, Translator: &echo{}, Now: fixed}); err != nil {
		t.Fatal(err)
	}

	out := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	slow := &countdown{echo: &echo{}, left: 10, cancel: cancel}
	if _, err := Run(ctx, docs, skipped, Options{OutDir: out, Translator: slow, Concurrency: 1, Now: fixed}); err == nil {
		t.Fatal("interrupted run returned no error")
	}
	rest := &echo{}
	rep, err := Run(context.Background(), docs, skipped, Options{OutDir: out, Translator: rest, Now: fixed})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Resume.Reused < 9 || rest.segments > 2*(30-rep.Resume.Reused) {
		t.Errorf("reused %d documents, sent %d segments", rep.Resume.Reused, rest.segments)
	}
	for _, f := range []string{"corpus.tmx", "corpus.jsonl", "docs/d17.txt.en.txt"} {
		a, _ := os.ReadFile(filepath.Join(ref, f))
		b, _ := os.ReadFile(filepath.Join(out, f))
		if string(a) != string(b) {
			t.Errorf("%s differs from the uninterrupted run", f)
		}
	}
}

// countdown cancels the run after a number of requests.
type countdown struct {
	*echo
	left   int
	cancel context.CancelFunc
}

func (c *countdown) Translate(ctx context.Context, req backend.Request) ([]string, error) {
	c.left--
	if c.left < 0 {
		c.cancel()
		time.Sleep(time.Millisecond)
		return nil, ctx.Err()
	}
	return c.echo.Translate(ctx, req)
}

// A rerun into the same folder leaves no translation of an earlier run
// behind: not of an input that is gone, nor of one that now has no text.
func TestRerunRemovesStaleDocs(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	for i := 0; i < 3; i++ {
		writeFile(t, filepath.Join(in, "sub", fmt.Sprintf("d%d.txt", i)), []byte(fmt.Sprintf("الجملة %d.\n", i)))
	}
	run := func() *Report {
		t.Helper()
		docs, skipped := collect(t, in)
		rep, err := Run(context.Background(), docs, skipped, Options{OutDir: out, Translator: &echo{}, BackendName: "echo", Now: fixed})
		if err != nil {
			t.Fatal(err)
		}
		return rep
	}
	run()
	doc := func(i int) string { return filepath.Join(out, "docs", "sub", fmt.Sprintf("d%d.txt.en.txt", i)) }
	if _, err := os.Stat(doc(2)); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(in, "sub", "d2.txt"))
	writeFile(t, filepath.Join(in, "sub", "d1.txt"), []byte(" \n"))
	rep := run()
	if fmt.Sprint(rep.Resume.Removed) != "[sub/d2.txt]" {
		t.Errorf("resume.removed = %v, want [sub/d2.txt]", rep.Resume.Removed)
	}
	for i, want := range []bool{true, false, false} {
		if _, err := os.Stat(doc(i)); (err == nil) != want {
			t.Errorf("docs/sub/d%d.txt.en.txt exists: %v, want %v", i, err == nil, want)
		}
	}
	if rep = run(); rep.Resume.Removed != nil {
		t.Errorf("third run removed %v again", rep.Resume.Removed)
	}
}

// A reused document is reported with where it was read from this time.
func TestResumeReportsCurrentPath(t *testing.T) {
	out := t.TempDir()
	var rep *Report
	for _, in := range []string{t.TempDir(), t.TempDir()} {
		writeFile(t, filepath.Join(in, "a.txt"), []byte("الجملة.\n"))
		docs, skipped := collect(t, in)
		var err error
		if rep, err = Run(context.Background(), docs, skipped, Options{OutDir: out, Translator: &echo{}, BackendName: "echo", Now: fixed}); err != nil {
			t.Fatal(err)
		}
		if d := readDocuments(t, out)[0]; d.Path != filepath.Join(in, "a.txt") {
			t.Errorf("report path %s, want %s", d.Path, filepath.Join(in, "a.txt"))
		}
	}
	if rep.Resume.Reused != 1 {
		t.Errorf("second run reused %d, want 1", rep.Resume.Reused)
	}
}

// A second run into a folder another run is writing to stops at once,
// without touching the first run's files.
func TestOutputFolderIsLocked(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeFile(t, filepath.Join(in, "a.txt"), []byte("الجملة.\n"))
	docs, skipped := collect(t, in)
	unlock, err := lockOutput(out)
	if err != nil {
		t.Fatal(err)
	}
	stray := filepath.Join(out, ".corpus.jsonl.tmp-123")
	writeFile(t, stray, []byte("the first run's temporary file"))
	opts := Options{OutDir: out, Translator: &echo{}, BackendName: "echo", Now: fixed}
	if _, err := Run(context.Background(), docs, skipped, opts); !errors.Is(err, ErrOutputBusy) {
		t.Fatalf("err = %v, want ErrOutputBusy", err)
	}
	if _, err := os.Stat(stray); err != nil {
		t.Errorf("the busy run touched the first run's files: %v", err)
	}
	unlock()
	if _, err := Run(context.Background(), docs, skipped, opts); err != nil {
		t.Fatalf("after unlock: %v", err)
	}
}

// gate blocks the segments containing a marker until the run is
// cancelled, and cancels it once the other documents are translated.
type gate struct {
	echo
	marker string
	others int
	cancel context.CancelFunc
}

func (g *gate) Translate(ctx context.Context, req backend.Request) ([]string, error) {
	if strings.Contains(strings.Join(req.Segments, " "), g.marker) {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	out, err := g.echo.Translate(ctx, req)
	g.mu.Lock()
	if g.others--; g.others == 0 {
		// Cancel once this document is done: time for its last stages
		// (the cancel does not reach them in sentence mode).
		go func() { time.Sleep(20 * time.Millisecond); g.cancel() }()
	}
	g.mu.Unlock()
	return out, err
}

// After Ctrl-C, the report counts every document that finished, also
// those after one still in flight, and that is what the next run reuses
// (issue 17.8: "367 documents" then "369 reused").
func TestInterruptedCountsMatchTheResume(t *testing.T) {
	in := t.TempDir()
	for i := 0; i < 6; i++ {
		text := fmt.Sprintf("الجملة %d.\n", i)
		if i == 1 {
			text = "جملة بطيئة.\n"
		}
		writeFile(t, filepath.Join(in, fmt.Sprintf("d%d.txt", i)), []byte(text))
	}
	docs, skipped := collect(t, in)
	out := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	g := &gate{marker: "بطيئة", others: 5, cancel: cancel}
	rep, err := Run(ctx, docs, skipped, Options{OutDir: out, Translator: g, Concurrency: 6, Now: fixed})
	if !errors.Is(err, context.Canceled) || rep.Status != "interrupted" {
		t.Fatalf("err %v, status %q", err, rep.Status)
	}
	if rep.Totals.Documents != 5 || rep.Totals.OK != 5 {
		t.Errorf("interrupted run counted %+v, want the 5 finished documents", rep.Totals)
	}
	if got := readDocuments(t, out); len(got) != 5 || got[1].Doc != "d2.txt" {
		t.Errorf("documents.jsonl lists %+v, want the 5 documents but d1.txt", got)
	}
	rest := &echo{}
	again, err := Run(context.Background(), docs, skipped, Options{OutDir: out, Translator: rest, Now: fixed})
	if err != nil {
		t.Fatal(err)
	}
	if again.Resume.Reused != rep.Totals.OK || rest.calls != 1 {
		t.Errorf("resume reused %d (the interrupted run reported %d ok) and translated %d documents, want 1",
			again.Resume.Reused, rep.Totals.OK, rest.calls)
	}
}
