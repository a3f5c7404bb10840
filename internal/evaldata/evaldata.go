// Package evaldata locates the shared third-party evaluation data that
// tests and benchmarks may read (../shared/eval/data beside the repository).
// It is never copied into the repository; tests skip cleanly without it.
package evaldata

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the absolute path of shared/eval/data, or "" when absent.
// TARJAMA_EVAL_DATA overrides the location.
func Dir() string {
	if d := os.Getenv("TARJAMA_EVAL_DATA"); d != "" {
		return d
	}
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			d := filepath.Join(filepath.Dir(dir), "shared", "eval", "data")
			if st, err := os.Stat(d); err == nil && st.IsDir() {
				return d
			}
			return ""
		}
		if filepath.Dir(dir) == dir {
			return ""
		}
	}
}

// Path returns the path of rel inside the evaluation data, skipping tb with
// a message when the data (or that file) is not there.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	d := Dir()
	if d == "" {
		tb.Skip("shared evaluation data not found (../shared/eval/data); skipping")
	}
	p := filepath.Join(d, rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("evaluation file %s not found; skipping", rel)
	}
	return p
}
