package pipeline

import (
	"context"
	"errors"
	"fmt"
	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/wrap"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/tarjama/tarjama/input"
)

// fullDisk is an output file on a disk that fills up after max bytes.
type fullDisk struct {
	sink
	left int
}

func (f *fullDisk) Write(p []byte) (int, error) {
	if len(p) > f.left {
		n := f.left
		f.left = 0
		f.sink.Write(p[:n])
		return n, syscall.ENOSPC
	}
	f.left -= len(p)
	return f.sink.Write(p)
}

func TestDiskFullKeepsPreviousOutputs(t *testing.T) {
	in := t.TempDir()
	for _, n := range []string{"a", "b", "c"} {
		writeFile(t, filepath.Join(in, n+".txt"), []byte(strings.Repeat("جملة طويلة بعض الشيء. ", 2000)+"\n"))
	}
	out := t.TempDir()
	writeFile(t, filepath.Join(out, "corpus.tmx"), []byte("<previous/>\n"))
	docs, skipped := collect(t, in)
	opts := Options{OutDir: out, Translator: &echo{}, Now: fixed}
	opts.create = func(p string) (sink, error) {
		s, err := createAtomic(p)
		return &fullDisk{sink: s, left: 100 << 10}, err
	}
	_, err := Run(context.Background(), docs, skipped, opts)
	if !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("err = %v, want ENOSPC", err)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "corpus.tmx")); string(b) != "<previous/>\n" {
		t.Errorf("corpus.tmx was damaged: %.40q", b)
	}
	// The journal kept the finished documents: the next run sends nothing.
	again := &echo{}
	if _, err := Run(context.Background(), docs, skipped, Options{OutDir: out, Translator: again, Now: fixed}); err != nil {
		t.Fatal(err)
	}
	if again.segments != 0 {
		t.Errorf("after the disk error, the rerun sent %d segments again", again.segments)
	}
}

func TestHostileInputs(t *testing.T) {
	in := t.TempDir()
	writeFile(t, filepath.Join(in, "page.html"), []byte(`<html><head><script>x()</script></head><body><h1>عنوان</h1><p>قال الوزير &amp; أضاف.</p></body></html>`))
	writeFile(t, filepath.Join(in, "bidi.txt"), []byte("\u202bقال\u200f الوزير\u200b إن\u2066 الاجتماع\u2069 ناجح.\u202c\n"))
	writeFile(t, filepath.Join(in, "vanishes.txt"), []byte("نص.\n"))
	docs, skipped := collect(t, in)
	os.Remove(filepath.Join(in, "vanishes.txt")) // gone between listing and reading
	out := t.TempDir()
	_, err := Run(context.Background(), docs, skipped, Options{OutDir: out, Translator: &echo{}, Now: fixed})
	if !errors.Is(err, ErrPartial) {
		t.Fatalf("err = %v", err)
	}
	byDoc := map[string]DocReport{}
	for _, d := range readDocuments(t, out) {
		byDoc[d.Doc] = d
	}
	if d := byDoc["vanishes.txt"]; d.Status != StatusSkipped || !strings.Contains(d.Reason, "vanishes.txt") {
		t.Errorf("vanished file: %+v", d)
	}
	html, _ := os.ReadFile(filepath.Join(out, "docs", "page.html.en.txt"))
	if !strings.Contains(string(html), "EN[عنوان]") || strings.Contains(string(html), "x()") || !strings.Contains(string(html), "&") {
		t.Errorf("html translation = %q", html)
	}
	if byDoc["bidi.txt"].Status != StatusOK || byDoc["bidi.txt"].Sentences != 1 {
		t.Errorf("bidi document: %+v", byDoc["bidi.txt"])
	}
}

func TestUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files whatever their mode")
	}
	in := t.TempDir()
	p := filepath.Join(in, "locked.txt")
	writeFile(t, p, []byte("نص.\n"))
	os.Chmod(p, 0)
	docs, skipped := collect(t, in)
	rep, _ := Run(context.Background(), docs, skipped, Options{OutDir: t.TempDir(), Translator: &echo{}})
	if d := rep.Documents[0]; d.Status != StatusSkipped || !strings.Contains(d.Reason, "permission denied") {
		t.Errorf("%+v", d)
	}
}

func TestOutputsNeverLeaveOutDir(t *testing.T) {
	in := t.TempDir()
	writeFile(t, filepath.Join(in, "a.txt"), []byte("نص.\n"))
	out, elsewhere := t.TempDir(), t.TempDir()
	// A symbolic link planted where the translated documents go.
	if err := os.Symlink(elsewhere, filepath.Join(out, "docs")); err != nil {
		t.Fatal(err)
	}
	docs, skipped := collect(t, in)
	_, err := Run(context.Background(), docs, skipped, Options{OutDir: out, Translator: &echo{}})
	if err == nil || !strings.Contains(err.Error(), "outside") {
		t.Errorf("err = %v, want a refusal", err)
	}
	if ents, _ := os.ReadDir(elsewhere); len(ents) != 0 {
		t.Errorf("wrote outside --out: %v", ents)
	}
	// Names derived from input paths are cleaned of "..".
	d := []input.Doc{{Name: "../../escape.txt", Path: filepath.Join(in, "a.txt")}}
	out2 := t.TempDir()
	Run(context.Background(), d, nil, Options{OutDir: filepath.Join(out2, "o"), Translator: &echo{}})
	if _, err := os.Stat(filepath.Join(out2, "escape.txt.en.txt")); err == nil {
		t.Error("a document name with .. escaped the output folder")
	}
}

func TestTenMegabyteLine(t *testing.T) {
	if testing.Short() {
		t.Skip("10 MB input; skipped with -short")
	}
	in := t.TempDir()
	writeFile(t, filepath.Join(in, "huge.txt"), []byte(strings.Repeat("كلمة ", 2_000_000)+"\n"))
	eng := &limited{max: 5000}
	docs, skipped := collect(t, in)
	rep, err := Run(context.Background(), docs, skipped, Options{OutDir: t.TempDir(), Translator: eng, Formats: []string{"jsonl"}})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Totals.CharsIn < 9_000_000 || eng.longest > 2500 {
		t.Errorf("chars in %d, longest segment %d", rep.Totals.CharsIn, eng.longest)
	}
}

// Once the character budget refuses a request, no later document is sent:
// they are reported as not translated and the finished ones are written.
func TestBudgetStopsTheRun(t *testing.T) {
	in := t.TempDir()
	for i := 0; i < 10; i++ {
		writeFile(t, filepath.Join(in, fmt.Sprintf("d%d.txt", i)), []byte("عشرة أحرف.\n"))
	}
	docs, skipped := collect(t, in)
	eng := &echo{}
	rep, err := Run(context.Background(), docs, skipped, Options{
		OutDir: t.TempDir(), Translator: wrap.Budget(eng, 35), Concurrency: 1, Formats: []string{"jsonl"},
	})
	if !errors.Is(err, ErrPartial) {
		t.Fatalf("err = %v", err)
	}
	if rep.Totals.OK != 3 || rep.Totals.Failed != 7 || eng.calls != 3 {
		t.Errorf("ok %d, failed %d, backend calls %d; want 3, 7, 3", rep.Totals.OK, rep.Totals.Failed, eng.calls)
	}
}

// refusing is a backend whose credentials are refused.
type refusing struct{ calls int }

func (r *refusing) Translate(context.Context, backend.Request) ([]string, error) {
	r.calls++
	return nil, &backend.Error{Backend: "x", Kind: backend.Permanent, Status: 401, Err: fmt.Errorf("%w: key revoked", backend.ErrAuth)}
}

func TestRefusedCredentialsStopTheRun(t *testing.T) {
	in := t.TempDir()
	for i := 0; i < 20; i++ {
		writeFile(t, filepath.Join(in, fmt.Sprintf("d%02d.txt", i)), []byte("نص.\n"))
	}
	docs, skipped := collect(t, in)
	eng := &refusing{}
	rep, err := Run(context.Background(), docs, skipped, Options{OutDir: t.TempDir(), Translator: eng, Concurrency: 1})
	if !errors.Is(err, backend.ErrAuth) || errors.Is(err, ErrPartial) || rep.Status != "failed" {
		t.Fatalf("err = %v, status %s; want a run failure", err, rep.Status)
	}
	if eng.calls > 2 {
		t.Errorf("%d requests after the credentials were refused", eng.calls)
	}
}
