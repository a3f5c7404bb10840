package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder keeps what Check reports instead of failing the test.
type recorder struct {
	testing.TB
	errs, fatals []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}
func (r *recorder) Fatalf(format string, args ...any) {
	r.fatals = append(r.fatals, fmt.Sprintf(format, args...))
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "x.golden")

	r := &recorder{TB: t}
	Check(r, path, []byte("a\n"))
	if len(r.fatals) != 1 || !strings.Contains(r.fatals[0], "run go test -update") {
		t.Errorf("missing file: fatals %q, want one naming -update", r.fatals)
	}

	*update = true
	Check(t, path, []byte("a\nb\n"))
	*update = false
	if b, err := os.ReadFile(path); err != nil || string(b) != "a\nb\n" {
		t.Fatalf("-update wrote %q, %v", b, err)
	}

	r = &recorder{TB: t}
	Check(r, path, []byte("a\nb\n"))
	if len(r.errs)+len(r.fatals) != 0 {
		t.Errorf("equal output reported %q %q", r.errs, r.fatals)
	}
	Check(r, path, []byte("a\nc\n"))
	if len(r.errs) != 1 || !strings.Contains(r.errs[0], path) || !strings.Contains(r.errs[0], `line 2:`) {
		t.Errorf("changed line: errs %q, want one naming the file and line 2", r.errs)
	}
}

func TestDiff(t *testing.T) {
	for _, c := range []struct{ want, got, has string }{
		{"a\nb", "a\nx", "line 2:\n want \"b\"\n  got \"x\"\n"},
		{"a", "a\nb", "2 lines, want 1"},
		{strings.Repeat("a\n", 20), strings.Repeat("b\n", 20), "…"},
	} {
		if d := Diff([]byte(c.want), []byte(c.got)); !strings.Contains(d, c.has) {
			t.Errorf("Diff(%q, %q) = %q, want it to contain %q", c.want, c.got, d, c.has)
		}
	}
	if n := strings.Count(Diff([]byte(strings.Repeat("a\n", 20)), []byte(strings.Repeat("b\n", 20))), "line "); n != maxShown {
		t.Errorf("Diff shows %d lines, want %d", n, maxShown)
	}
}
