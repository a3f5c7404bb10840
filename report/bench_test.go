package report

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkWrite100k renders an output folder of 100,000 pairs in 2,000
// documents of 50 pairs and reports report.html's size, which must stay
// under 5 MB.
func BenchmarkWrite100k(b *testing.B) {
	dir := b.TempDir()
	sample(2000, 50).write(b, dir)
	for b.Loop() {
		if err := Write(context.Background(), dir); err != nil {
			b.Fatal(err)
		}
	}
	fi, err := os.Stat(filepath.Join(dir, IndexHTML))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(fi.Size()), "index-bytes")
	if fi.Size() >= 5<<20 {
		b.Fatalf("report.html is %d bytes, want < 5 MB", fi.Size())
	}
}
