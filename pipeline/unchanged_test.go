package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/tarjama/tarjama/corpus"
)

// A rerun with nothing changed leaves every output as it is and says so;
// any change (an input, an output file, the settings, a sink to feed)
// makes it a full run that rewrites the outputs as they should be.
func TestRerunOfAFinishedRunLeavesOutputs(t *testing.T) {
	cases := []struct {
		name      string
		change    func(t *testing.T, in, out string, o *Options)
		unchanged bool
	}{
		{"nothing", func(*testing.T, string, string, *Options) {}, true},
		{"clock", func(_ *testing.T, _, _ string, o *Options) { // outputs keep the date they were made on
			o.Now = func() time.Time { return fixed().Add(time.Hour) }
		}, true},
		{"input edited", func(t *testing.T, in, _ string, _ *Options) {
			writeFile(t, filepath.Join(in, "d1.txt"), []byte("نص جديد.\n"))
		}, false},
		{"input added", func(t *testing.T, in, _ string, _ *Options) {
			writeFile(t, filepath.Join(in, "d9.txt"), []byte("نص جديد.\n"))
		}, false},
		{"input removed", func(t *testing.T, in, _ string, _ *Options) { os.Remove(filepath.Join(in, "d2.txt")) }, false},
		{"docs file edited", func(t *testing.T, _, out string, _ *Options) {
			writeFile(t, filepath.Join(out, "docs", "d0.txt.en.txt"), []byte("edited\n"))
		}, false},
		{"corpus removed", func(t *testing.T, _, out string, _ *Options) { os.Remove(filepath.Join(out, "corpus.tmx")) }, false},
		{"formats", func(_ *testing.T, _, _ string, o *Options) { o.Formats = []string{"jsonl"} }, false},
		{"unit", func(_ *testing.T, _, _ string, o *Options) { o.Unit = UnitParagraph }, false},
		{"sink", func(_ *testing.T, _, _ string, o *Options) { o.Sinks = []corpus.Writer{newRecorder()} }, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in, out, ref := t.TempDir(), t.TempDir(), t.TempDir()
			for i := 0; i < 4; i++ {
				writeFile(t, filepath.Join(in, fmt.Sprintf("d%d.txt", i)), []byte(fmt.Sprintf("الجملة %d. وجملة أخرى.\n\nفقرة ثانية.\n", i)))
			}
			docs, skipped := collect(t, in)
			opts := Options{OutDir: out, Translator: &echo{}, Now: fixed, Formats: []string{"tmx", "jsonl"}}
			first, err := Run(context.Background(), docs, skipped, opts)
			if err != nil {
				t.Fatal(err)
			}
			before := snapshot(t, out)
			time.Sleep(10 * time.Millisecond) // a rewritten file gets a later time
			eng := &echo{}
			opts.Translator = eng
			c.change(t, in, out, &opts)
			docs, skipped = collect(t, in)
			rep, err := Run(context.Background(), docs, skipped, opts)
			if err != nil {
				t.Fatal(err)
			}
			if rep.Resume.Unchanged != c.unchanged {
				t.Fatalf("Unchanged = %v, want %v", rep.Resume.Unchanged, c.unchanged)
			}
			if !c.unchanged {
				// What a fresh run writes.
				opts.OutDir, opts.Translator, opts.Sinks = ref, &echo{}, nil
				if _, err := Run(context.Background(), docs, skipped, opts); err != nil {
					t.Fatal(err)
				}
				for name, data := range snapshot(t, ref) {
					if got := snapshot(t, out)[name]; got.data != data.data {
						t.Errorf("%s differs from a fresh run's", name)
					}
				}
				return
			}
			if !reflect.DeepEqual(snapshot(t, out), before) {
				t.Errorf("outputs were rewritten")
			}
			if eng.calls != 0 || rep.Resume.Reused != 4 || !reflect.DeepEqual(rep.Totals, first.Totals) || rep.Status != "complete" {
				t.Errorf("calls %d, reused %d, totals %+v (first %+v), status %s", eng.calls, rep.Resume.Reused, rep.Totals, first.Totals, rep.Status)
			}
			// A third run still sees them unchanged.
			if rep, err := Run(context.Background(), docs, skipped, opts); err != nil || !rep.Resume.Unchanged {
				t.Errorf("third run: unchanged %v, err %v", rep.Resume.Unchanged, err)
			}
		})
	}
}

// A run that did not finish every document records nothing to skip by.
func TestRerunAfterFailureIsAFullRun(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeFile(t, filepath.Join(in, "a.txt"), []byte("جملة سليمة.\n"))
	writeFile(t, filepath.Join(in, "b.txt"), []byte("جملة فيها سم.\n"))
	docs, skipped := collect(t, in)
	if _, err := Run(context.Background(), docs, skipped, Options{OutDir: out, Translator: &echo{failOn: "سم"}, Now: fixed}); err != ErrPartial {
		t.Fatalf("err %v", err)
	}
	eng := &echo{}
	rep, err := Run(context.Background(), docs, skipped, Options{OutDir: out, Translator: eng, Now: fixed})
	if err != nil || rep.Resume.Unchanged || eng.calls != 1 || rep.Resume.Reused != 1 {
		t.Errorf("err %v, unchanged %v, calls %d, reused %d", err, rep.Resume.Unchanged, eng.calls, rep.Resume.Reused)
	}
}

type fileState struct {
	data string
	mod  time.Time
}

// snapshot reads every output file but report.json (which records each run).
func snapshot(t *testing.T, dir string) map[string]fileState {
	t.Helper()
	out := map[string]fileState{}
	err := filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if info.IsDir() {
			if rel == ".tarjama" {
				return filepath.SkipDir
			}
			return nil
		}
		if rel == "report.json" {
			return nil
		}
		b, err := os.ReadFile(p)
		out[rel] = fileState{string(b), info.ModTime()}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// A rerun after one input changed rewrites that document's docs/ file
// only; the others already hold their bytes.
func TestRerunRewritesOnlyChangedDocs(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	for i := 0; i < 3; i++ {
		writeFile(t, filepath.Join(in, fmt.Sprintf("d%d.txt", i)), []byte(fmt.Sprintf("الجملة %d.\n", i)))
	}
	docs, skipped := collect(t, in)
	opts := Options{OutDir: out, Translator: &echo{}, Now: fixed}
	if _, err := Run(context.Background(), docs, skipped, opts); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, out)
	time.Sleep(10 * time.Millisecond)
	writeFile(t, filepath.Join(in, "d1.txt"), []byte("نص جديد.\n"))
	if _, err := Run(context.Background(), docs, skipped, opts); err != nil {
		t.Fatal(err)
	}
	after := snapshot(t, out)
	for _, name := range []string{"d0.txt", "d1.txt", "d2.txt"} {
		p := filepath.Join("docs", name+".en.txt")
		if same := after[p] == before[p]; same != (name != "d1.txt") {
			t.Errorf("%s: left as it was %v", p, same)
		}
	}
	if after["corpus.jsonl"].data == before["corpus.jsonl"].data {
		t.Errorf("corpus.jsonl not rewritten")
	}
}
