package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/corpus"
)

// recorder is a sink that keeps what it was given and how it ended.
type recorder struct {
	buf     bytes.Buffer
	w       *corpus.JSONLWriter
	closed  bool
	aborted bool
}

func newRecorder() *recorder {
	r := &recorder{}
	r.w = corpus.NewJSONLWriter(&r.buf)
	return r
}

func (r *recorder) Write(p corpus.Pair) error { return r.w.Write(p) }
func (r *recorder) Close() error              { r.closed = true; return r.w.Close() }
func (r *recorder) Abort()                    { r.aborted = true }

func TestSinksGetThePairsOfCorpusJSONL(t *testing.T) {
	in := t.TempDir()
	for i := 0; i < 6; i++ {
		writeFile(t, filepath.Join(in, fmt.Sprintf("d%d.txt", i)), []byte(fmt.Sprintf("وصل الوفد %d. بدأ الاجتماع.\n", i)))
	}
	writeFile(t, filepath.Join(in, "z.txt"), []byte("\x00\x01binary"))
	docs, skipped := collect(t, in)
	out := t.TempDir()
	a, b := newRecorder(), newRecorder()
	_, err := Run(context.Background(), docs, skipped, Options{OutDir: out, Translator: &echo{jitter: true, rng: rand.New(rand.NewSource(3))}, Now: fixed, Concurrency: 4, Sinks: []corpus.Writer{a, b}})
	if err != ErrPartial {
		t.Fatalf("err = %v, want ErrPartial (z.txt is binary)", err)
	}
	want, _ := os.ReadFile(filepath.Join(out, "corpus.jsonl"))
	for i, r := range []*recorder{a, b} {
		if r.buf.String() != string(want) || !r.closed || r.aborted {
			t.Errorf("sink %d: closed %v aborted %v, got\n%s\nwant\n%s", i, r.closed, r.aborted, r.buf.String(), want)
		}
	}
}

func TestSinksAbortedWhenNothingIsPublished(t *testing.T) {
	in := t.TempDir()
	writeFile(t, filepath.Join(in, "a.txt"), []byte("قال الوزير.\n"))
	docs, skipped := collect(t, in)
	cases := map[string]func(*Options) context.Context{
		"dry run": func(o *Options) context.Context { o.DryRun = true; return context.Background() },
		"interrupted": func(o *Options) context.Context {
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			return ctx
		},
		"output busy": func(o *Options) context.Context {
			unlock, err := lockOutput(o.OutDir)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(unlock)
			return context.Background()
		},
	}
	for name, setup := range cases {
		t.Run(name, func(t *testing.T) {
			r := newRecorder()
			opts := Options{OutDir: t.TempDir(), Translator: &echo{}, Now: fixed, Sinks: []corpus.Writer{r}}
			ctx := setup(&opts)
			Run(ctx, docs, skipped, opts)
			if r.closed || !r.aborted {
				t.Errorf("closed %v, aborted %v; want aborted only", r.closed, r.aborted)
			}
		})
	}
}

// NewCorpusWriter over CorpusFiles writes the bytes Run writes, for every
// format: what another runner needs to produce the same corpus.
func TestNewCorpusWriterWritesRunsBytes(t *testing.T) {
	in := t.TempDir()
	writeFile(t, filepath.Join(in, "a.txt"), []byte("وصل الوفد. بدأ الاجتماع.\n\nقال الوزير <b>&</b>.\n"))
	docs, skipped := collect(t, in)
	opts := Options{OutDir: t.TempDir(), Translator: &echo{}, Now: fixed, Formats: []string{"tmx", "jsonl", "moses", "tsv"}, Version: "test"}
	rep, err := Run(context.Background(), docs, skipped, opts)
	if err != nil {
		t.Fatal(err)
	}
	env, _ := NewEnv(opts)
	files := CorpusFiles(env.Options())
	if !reflect.DeepEqual(files, rep.Outputs) {
		t.Errorf("CorpusFiles = %v, Run wrote %v", files, rep.Outputs)
	}
	bufs := map[string]*bytes.Buffer{}
	w, err := NewCorpusWriter(env.Options(), func(name string) (io.Writer, error) {
		bufs[name] = &bytes.Buffer{}
		return bufs[name], nil
	})
	if err != nil {
		t.Fatal(err)
	}
	res := env.Process(context.Background(), Document{Name: "a.txt", Text: "وصل الوفد. بدأ الاجتماع.\n\nقال الوزير <b>&</b>.\n"})
	for _, p := range res.Pairs {
		if err := w.Write(p); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		want, _ := os.ReadFile(filepath.Join(opts.OutDir, name))
		if bufs[name].String() != string(want) {
			t.Errorf("%s differs:\n%s\nwant\n%s", name, bufs[name], want)
		}
	}
	if _, err := NewCorpusWriter(Options{Formats: []string{"docx"}}, nil); err == nil || !strings.Contains(err.Error(), "docx") {
		t.Errorf("unknown format: %v", err)
	}
}

// Every format of corpus.Table is a format a run can write, named as the
// table says; NewCorpusWriter (for runners that open files one by one)
// refuses the per-document ones rather than writing them wrong.
func TestCorpusFilesFollowTheFormatsTable(t *testing.T) {
	var names []string
	for _, f := range corpus.Formats {
		names = append(names, string(f))
	}
	opts := Options{Formats: names, SrcLang: "ar", TgtLang: "en"}
	if err := opts.Validate(); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(CorpusFiles(opts), " "); got != "corpus.tmx corpus.jsonl corpus.ar corpus.en corpus.tsv xliff/" {
		t.Errorf("CorpusFiles = %s", got)
	}
	_, err := NewCorpusWriter(Options{Formats: []string{"xliff"}}, func(string) (io.Writer, error) { return io.Discard, nil })
	if oe := (*OptionError)(nil); !errors.As(err, &oe) || !strings.Contains(err.Error(), "one file per document") {
		t.Errorf("xliff through NewCorpusWriter: %v", err)
	}
	if err := (Options{XLIFFVersion: "3.0"}).Validate(); err == nil || !strings.Contains(err.Error(), "xliff-version") {
		t.Errorf("XLIFF 3.0 accepted: %v", err)
	}
}
