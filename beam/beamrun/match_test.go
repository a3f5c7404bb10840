package beamrun

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
)

func TestFixedPrefix(t *testing.T) {
	for i, c := range []struct{ glob, want string }{
		{"gs://b/news/2024-*/*.html", "gs://b/news/"},
		{"gs://b/news/**", "gs://b/news/"},
		{"archive/*/*.txt", "archive/"},
		{"archive/a?.txt", "archive/"},
		{"*.txt", ""},
		{"/data/[ab]/x.txt", "/data/"},
		{"gs://b/one.txt", "gs://b/"},
	} {
		if got := FixedPrefix(c.glob); got != c.want {
			t.Errorf("%d: FixedPrefix(%q) = %q, want %q", i+1, c.glob, got, c.want)
		}
	}
}

func write(t *testing.T, dir string, files ...string) {
	t.Helper()
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("نص.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestMatch: a folder is collected as tarjama translate collects it; a
// glob names its matches relative to its fixed prefix and passes over
// unknown types; a name two inputs share gets the local runner's suffix.
func TestMatch(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "news/2024/01/a.txt", "news/2024/02/b.html", "news/2024/02/c.jpg", "news/2024/notes.txt", "other/01/a.txt")
	ctx := context.Background()
	names := func(inputs ...string) ([]string, int) {
		docs, skipped, err := Match(ctx, inputs)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, d := range docs {
			out = append(out, d.Name)
		}
		return out, len(skipped)
	}
	for i, c := range []struct {
		inputs  []string
		want    []string
		skipped int
	}{
		{[]string{filepath.Join(dir, "news")}, []string{"2024/01/a.txt", "2024/02/b.html", "2024/notes.txt"}, 1},
		{[]string{filepath.Join(dir, "news/2024/*/*")}, []string{"01/a.txt", "02/b.html"}, 1},
		{[]string{filepath.Join(dir, "news/2024/0*/a.txt")}, []string{"01/a.txt"}, 0},
		{[]string{filepath.Join(dir, "news/2024/*/a.txt"), filepath.Join(dir, "other/*/a.txt")}, []string{"01/a.txt", "01/a~2.txt"}, 0},
		{[]string{filepath.Join(dir, "news/2024/*/a.txt"), filepath.Join(dir, "news/2024/01/*.txt")}, []string{"01/a.txt"}, 1},
		{[]string{filepath.Join(dir, "none/*.txt")}, nil, 1},
	} {
		got, skipped := names(c.inputs...)
		if !slices.Equal(got, c.want) || skipped != c.skipped {
			t.Errorf("%d: Match(%q) = %q with %d skipped, want %q with %d", i+1, c.inputs, got, skipped, c.want, c.skipped)
		}
	}
	if _, _, err := Match(ctx, []string{filepath.Join(dir, "missing")}); err == nil {
		t.Error("a missing folder is no error")
	}
	if err := CheckInputs([]string{filepath.Join(dir, "missing")}); err == nil {
		t.Error("CheckInputs accepts a missing folder")
	}
}
