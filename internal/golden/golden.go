// Package golden compares test output with golden files and rewrites them
// under `go test -update`, so every package's golden tests share one flag,
// one message and one line diff.
//
// It is imported by tests only: importing it registers the -update flag.
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files from the current output")

// Updating reports whether this test run rewrites golden files (-update),
// for tests whose golden files are not compared byte for byte (screenshots).
func Updating() bool { return *update }

// Check compares got with the golden file at path. Under -update it writes
// got there instead, creating the folder.
func Check(tb testing.TB, path string, got []byte) {
	tb.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(want, got) {
		tb.Errorf("%s differs (run go test -update after checking the change):\n%s", path, Diff(want, got))
	}
}

// maxShown bounds the diff: the first differing lines locate a change.
const maxShown = 10

// Diff lists the first lines where want and got differ, numbered from 1.
func Diff(want, got []byte) string {
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	var b strings.Builder
	shown := 0
	for k := 0; k < max(len(wl), len(gl)); k++ {
		w, g := lineAt(wl, k), lineAt(gl, k)
		if w == g {
			continue
		}
		if shown == maxShown {
			b.WriteString("…\n")
			break
		}
		fmt.Fprintf(&b, "line %d:\n want %q\n  got %q\n", k+1, w, g)
		shown++
	}
	if len(wl) != len(gl) {
		fmt.Fprintf(&b, "%d lines, want %d\n", len(gl), len(wl))
	}
	return b.String()
}

func lineAt(ls []string, k int) string {
	if k < len(ls) {
		return ls[k]
	}
	return ""
}
