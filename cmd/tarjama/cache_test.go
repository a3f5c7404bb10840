package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/cache"
	"github.com/tarjama/tarjama/corpus"
)

type echo struct{}

func (echo) Translate(_ context.Context, r backend.Request) ([]string, error) {
	out := make([]string, len(r.Segments))
	for i, s := range r.Segments {
		out[i] = "<" + s + "> & done"
	}
	return out, nil
}

// fillCache writes rows for two backends and returns the file's path.
func fillCache(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "cache.db")
	db, err := cache.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := db.Wrap(echo{}, cache.KeyParts{Backend: "google"}).Translate(ctx,
		backend.Request{SrcLang: "ar", TgtLang: "en", Segments: []string{"مرحبا", "شكرا", "نعم"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Wrap(echo{}, cache.KeyParts{Backend: "deepl"}).Translate(ctx,
		backend.Request{SrcLang: "ar", TgtLang: "fr", Segments: []string{"لا"}}); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestCacheStats(t *testing.T) {
	path := fillCache(t)
	var out bytes.Buffer
	if err := runCacheStats(context.Background(), cacheOptions{Path: path, Format: "text"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"4 rows", "google", "ar→en  3", "deepl", "ar→fr  1", "KiB"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("stats lack %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	if err := runCacheStats(context.Background(), cacheOptions{Path: path, Format: "json"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	var st cache.Stats
	if err := json.Unmarshal(out.Bytes(), &st); err != nil || st.Rows != 4 || len(st.Groups) != 2 || st.Bytes == 0 {
		t.Fatalf("json stats %+v (%v)", st, err)
	}
	// A missing file is reported, not created.
	missing := filepath.Join(t.TempDir(), "none.db")
	out.Reset()
	if err := runCacheStats(context.Background(), cacheOptions{Path: missing, Format: "text"}, &out, io.Discard); err != nil || !strings.Contains(out.String(), "no file yet") {
		t.Fatalf("missing cache: %v, %q", err, out.String())
	}
	if code, _, _ := runCLI(t, "", "cache", "stats", "--cache", path, "--format", "xml"); code != exitUsage {
		t.Fatalf("--format xml: exit %d", code)
	}
}

func TestCacheExportIsTMX(t *testing.T) {
	path := fillCache(t)
	out := filepath.Join(t.TempDir(), "sub", "cache.tmx")
	var stderr bytes.Buffer
	if err := runCacheExport(context.Background(), cacheOptions{Path: path, Out: out, Backend: "google"}, io.Discard, &stderr); err != nil {
		t.Fatal(err)
	}
	r, err := corpus.Open(out, corpus.OpenOptions{Format: corpus.TMX})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	got := map[string]string{}
	for {
		p, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if p.SrcLang != "ar" || p.TgtLang != "en" || p.Backend != "google" {
			t.Errorf("pair %+v", p)
		}
		got[p.Src] = p.Tgt
	}
	if len(got) != 3 || got["شكرا"] != "<شكرا> & done" {
		t.Fatalf("exported %v", got)
	}
	if !strings.Contains(stderr.String(), "exported 3 translations") {
		t.Errorf("stderr %q", stderr.String())
	}
	// To stdout, all backends: mixed source languages are fine in one file.
	var buf bytes.Buffer
	if err := runCacheExport(context.Background(), cacheOptions{Path: path}, &buf, io.Discard); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), "<tu "); n != 4 || !strings.Contains(buf.String(), `srclang="ar"`) ||
		!strings.Contains(buf.String(), ` creationdate="`) {
		t.Fatalf("stdout export has %d units:\n%s", n, buf.String())
	}
}

func TestCacheExportFileArgument(t *testing.T) {
	path := fillCache(t)
	out := filepath.Join(t.TempDir(), "cache.tmx")
	if code, _, stderr := runCLI(t, "", "cache", "export", "--cache", path, out); code != exitOK || !strings.Contains(stderr, "exported 4 translations") {
		t.Fatalf("cache export FILE: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runCLI(t, "", "cache", "export", "--cache", path, out, "extra"); code != exitUsage || !strings.Contains(stderr, "--out FILE") {
		t.Fatalf("two arguments: exit %d: %s", code, stderr)
	}
}

func TestCacheClear(t *testing.T) {
	path := fillCache(t)
	code, stdout, stderr := runCLI(t, "", "cache", "clear", "--cache", path, "--backend", "deepl")
	if code != exitOK || !strings.Contains(stdout, "deleted 1 rows (backend deepl)") {
		t.Fatalf("exit %d: %s %s", code, stdout, stderr)
	}
	code, stdout, _ = runCLI(t, "", "cache", "clear", "--cache", path)
	if code != exitOK || !strings.Contains(stdout, "deleted 3 rows (all backends)") {
		t.Fatalf("exit %d: %s", code, stdout)
	}
	code, stdout, _ = runCLI(t, "", "cache", "stats", "--cache", path)
	if code != exitOK || !strings.Contains(stdout, "0 rows") {
		t.Fatalf("after clear: exit %d: %s", code, stdout)
	}
}
