package training

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/corpus/filter"
)

// pairs makes ndocs documents of growing size, with one duplicate pair.
func pairs(ndocs int) []corpus.Pair {
	var out []corpus.Pair
	for d := 0; d < ndocs; d++ {
		for i := 0; i <= d%4+1; i++ {
			out = append(out, corpus.Pair{
				ID: fmt.Sprintf("d%02d.txt#%d", d, i+1), Doc: fmt.Sprintf("d%02d.txt", d), SrcLang: "ar", TgtLang: "en",
				Src: fmt.Sprintf("قال المتحدث في البيان رقم %d من الوثيقة %d", i, d),
				Tgt: fmt.Sprintf("The spokesman said in statement %d of document %d", i, d),
			})
		}
	}
	return append(out, out[0])
}

func write(t *testing.T, o Options, in []corpus.Pair) *Writer {
	t.Helper()
	w, err := Open(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range in {
		if err := w.Write(p); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return w
}

func splitOptions(dir string, formats ...corpus.Format) Options {
	f := filter.DefaultOptions()
	f.Split, f.Seed = [3]float64{0.6, 0.2, 0.2}, 7
	return Options{Dir: dir, Formats: formats, SrcLang: "ar", TgtLang: "en", Filter: f}
}

// The one-pass Writer (spooling, planning at Close) writes exactly what a
// two-pass export writes: a DocCounter over the corpus, then the filter
// with the plan.
func TestQuotaSplitEqualsTwoPasses(t *testing.T) {
	in := pairs(12)
	dir := t.TempDir()
	o := splitOptions(dir, corpus.JSONL)
	w := write(t, o, in)

	dc, _ := filter.NewDocCounter(o.Filter)
	for _, p := range in {
		dc.Write(p)
	}
	f, _ := filter.New(o.Filter)
	f.SetPlan(dc.Plan())
	var bufs [3]bytes.Buffer
	var parts [3]corpus.Writer
	for i := range parts {
		parts[i] = corpus.NewJSONLWriter(&bufs[i])
	}
	fw := filter.NewWriter(f, parts[0], parts[1], parts[2])
	for _, p := range in {
		fw.Write(p)
	}
	fw.Close()
	for _, part := range filter.Parts {
		got, err := os.ReadFile(filepath.Join(dir, part.String()+".jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, bufs[part].Bytes()) || len(got) == 0 {
			t.Errorf("%s differs from the two-pass split:\n%s\nwant\n%s", part, got, bufs[part].Bytes())
		}
	}
	rep := w.Report()
	if rep.Summary != f.Summary() || rep.Summary.Removed.ExactDup != 1 || rep.SrcLang != "ar" {
		t.Errorf("report %+v, want summary %+v", rep, f.Summary())
	}
	if want := "train.jsonl dev.jsonl test.jsonl"; strings.Join(rep.Files, " ") != want {
		t.Errorf("files %v, want %s", rep.Files, want)
	}
	if ents, _ := filepath.Glob(filepath.Join(dir, ".training-spool-*")); len(ents) != 0 {
		t.Errorf("spool left: %v", ents)
	}
}

// HashSplit streams: no spool is created and documents go where their hash
// sends them.
func TestHashSplitStreams(t *testing.T) {
	dir := t.TempDir()
	o := splitOptions(dir, corpus.JSONL, corpus.Moses)
	o.HashSplit = true
	w, err := Open(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	if ents, _ := filepath.Glob(filepath.Join(dir, ".training-spool-*")); len(ents) != 0 {
		t.Errorf("hashed split spools: %v", ents)
	}
	f, _ := filter.New(o.Filter)
	for _, p := range pairs(12) {
		w.Write(p)
	}
	w.Close()
	for _, p := range pairs(12)[:5] {
		part := f.PartOf(p.Doc)
		found := false
		for _, q := range readAll(t, filepath.Join(dir, part.String()+".jsonl")) {
			found = found || q.ID == p.ID
		}
		if !found {
			t.Errorf("%s not in %s", p.ID, part)
		}
	}
	if got := w.Files(); len(got) != 9 || got[1] != "train.ar" || got[2] != "train.en" {
		t.Errorf("files %v", got)
	}
}

func readAll(t *testing.T, path string) []corpus.Pair {
	t.Helper()
	r, err := corpus.Open(path, corpus.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var out []corpus.Pair
	for {
		p, err := r.Read()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
}

func TestAbortLeavesNothing(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	w, err := Open(context.Background(), splitOptions(dir, corpus.JSONL, corpus.TMX, corpus.XLIFF))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pairs(6) {
		w.Write(p)
	}
	w.Abort()
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("Abort left %v", ents)
	}
}

// A cancelled context stops the replay and publishes nothing.
func TestCancelledReplayPublishesNothing(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	w, err := Open(ctx, splitOptions(dir, corpus.JSONL))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pairs(12) {
		w.Write(p)
	}
	cancel()
	if err := w.Close(); err == nil {
		t.Fatal("Close after cancel: no error")
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("left %v", ents)
	}
}

// XLIFF, a per-document format, gets one folder per part.
func TestPerDocumentFormat(t *testing.T) {
	dir := t.TempDir()
	w := write(t, splitOptions(dir, corpus.XLIFF), pairs(12))
	rep := w.Report()
	if want := "xliff/train/ xliff/dev/ xliff/test/"; strings.Join(rep.Files, " ") != want {
		t.Errorf("files %v, want %s", rep.Files, want)
	}
	n := 0
	for _, part := range filter.Parts {
		ents, _ := os.ReadDir(filepath.Join(dir, "xliff", part.String()))
		if len(ents) != rep.Summary.Part(part).Docs {
			t.Errorf("%s: %d files for %d documents", part, len(ents), rep.Summary.Part(part).Docs)
		}
		for _, e := range ents {
			n += len(readAll(t, filepath.Join(dir, "xliff", part.String(), e.Name())))
		}
	}
	if n != rep.Summary.Kept {
		t.Errorf("%d pairs in the XLIFF files, %d kept", n, rep.Summary.Kept)
	}
}

func TestValidate(t *testing.T) {
	for name, o := range map[string]Options{
		"no format":      {Filter: filter.DefaultOptions()},
		"unknown format": {Formats: []corpus.Format{"csv"}, Filter: filter.DefaultOptions()},
		"qe no scorer":   {Formats: []corpus.Format{corpus.JSONL}, MinQE: 0.5, Filter: filter.DefaultOptions()},
		"qe range":       {Formats: []corpus.Format{corpus.JSONL}, MinQE: 2, Filter: filter.DefaultOptions()},
		"bad filter":     {Formats: []corpus.Format{corpus.JSONL}, Filter: filter.Options{Split: [3]float64{-1, 0, 0}}},
	} {
		if _, err := Open(context.Background(), o); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
