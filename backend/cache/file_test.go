package cache

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/corpus"
)

func TestFileCommandsOnMissingFile(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "none.db")
	var out bytes.Buffer
	if err := WriteStats(ctx, &out, path, "text"); err != nil || !strings.Contains(out.String(), "no file yet (0 rows)") {
		t.Errorf("stats: %v %q", err, out.String())
	}
	out.Reset()
	if err := ClearFile(ctx, &out, path, ""); err != nil || !strings.Contains(out.String(), "nothing to clear") {
		t.Errorf("clear: %v %q", err, out.String())
	}
	out.Reset()
	n, err := ExportTMX(ctx, &out, path, "", corpus.TMXHeader{})
	if err != nil || n != 0 || !strings.Contains(out.String(), "<body>") {
		t.Errorf("export: %d %v %q", n, err, out.String())
	}
	if _, ok, err := OpenExisting(path); ok || err != nil {
		t.Errorf("OpenExisting created a file: %v %v", ok, err)
	}
}

func TestHumanBytes(t *testing.T) {
	for n, want := range map[int64]string{0: "0 B", 1023: "1023 B", 1536: "1.5 KiB", 3 << 20: "3.0 MiB"} {
		if got := HumanBytes(n); got != want {
			t.Errorf("HumanBytes(%d) = %q, want %q", n, got, want)
		}
	}
}
