package cache

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/wrap"
)

type prefixT struct{}

func (prefixT) Translate(_ context.Context, r backend.Request) ([]string, error) {
	out := make([]string, len(r.Segments))
	for i, s := range r.Segments {
		out[i] = "T:" + s
	}
	return out, nil
}

// A read-only cache serves the rows a run stored and creates no file: not
// the -wal or -shm files SQLite would make, whether or not another
// connection has the file open.
func TestOpenReadOnlyCreatesNoFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.db")
	if _, err := OpenReadOnly(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing file: %v", err)
	}
	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Wrap(prefixT{}, key).Translate(context.Background(), req("a", "b")); err != nil {
		t.Fatal(err)
	}
	names := func() []string {
		es, _ := os.ReadDir(dir)
		var n []string
		for _, e := range es {
			n = append(n, e.Name())
		}
		return n
	}
	for _, writerOpen := range []bool{true, false} {
		if !writerOpen {
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
		} else {
			w.Flush()
		}
		before := names()
		ro, err := OpenReadOnly(path)
		if err != nil {
			t.Fatal(err)
		}
		m := wrap.DryRun("fake", backend.Limits{})
		var st wrap.Stats
		out, err := ro.WrapWith(m, key, WrapOptions{ReadOnly: true, Stats: &st}).Translate(context.Background(), req("a", "c"))
		if err != nil || out[0] != "T:a" || out[1] != "" || st.Snapshot().CacheHits != 1 {
			t.Fatalf("writer open %v: %q, %v, %+v", writerOpen, out, err, st.Snapshot())
		}
		if err := ro.Close(); err != nil {
			t.Fatal(err)
		}
		if after := names(); !slices.Equal(before, after) {
			t.Fatalf("writer open %v: files %v became %v", writerOpen, before, after)
		}
	}
}
