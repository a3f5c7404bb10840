package cache

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/corpus"
)

func TestExportTMXFile(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := filepath.Join(dir, "none.db")
	var stdout bytes.Buffer
	for _, out := range []string{"", "-"} {
		stdout.Reset()
		if _, err := ExportTMXFile(ctx, out, &stdout, db, "", corpus.TMXHeader{}); err != nil || !strings.Contains(stdout.String(), "<body>") {
			t.Errorf("out %q: %v %q", out, err, stdout.String())
		}
	}
	stdout.Reset()
	file := filepath.Join(dir, "cache.tmx")
	if _, err := ExportTMXFile(ctx, file, &stdout, db, "", corpus.TMXHeader{}); err != nil || stdout.Len() != 0 {
		t.Fatalf("file: %v, stdout %q", err, stdout.String())
	}
	if data, err := os.ReadFile(file); err != nil || !bytes.Contains(data, []byte("<body>")) {
		t.Errorf("%s: %v %q", file, err, data)
	}
	// A failed export leaves no file (and no temporary one).
	ctx2, cancel := context.WithCancel(ctx)
	cancel()
	bad := filepath.Join(dir, "bad.tmx")
	os.WriteFile(db, []byte("not a database"), 0o644)
	if _, err := ExportTMXFile(ctx2, bad, &stdout, db, "", corpus.TMXHeader{}); err == nil {
		t.Fatal("export of a broken cache: no error")
	}
	if _, err := os.Stat(bad); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("%s after a failed export: %v", bad, err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*tmp*")); len(left) != 0 {
		t.Errorf("left behind: %v", left)
	}
}
