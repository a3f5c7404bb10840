package google

import (
	"context"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/fake"
)

// BenchmarkTranslate measures the client and fake alone: full batches of
// Arabic sentences filled to the URL budget, no latency. It bounds what
// the pipeline's throughput benchmarks can attribute to the backend.
func BenchmarkTranslate(b *testing.B) {
	srv := fake.NewGoogle(fake.Options{})
	defer srv.Close()
	c, err := New(context.Background(), backend.Config{"google-api-key": "k", "google-endpoint": srv.URL})
	if err != nil {
		b.Fatal(err)
	}
	l := c.Limits()
	seg := strings.TrimSpace(strings.Repeat("قال رئيس الوزراء إن المحادثات مثمرة ", 2))
	var batch []string
	for size := 0; size+l.RequestBytes(seg) <= l.MaxBytes && len(batch) < l.MaxSegments; size += l.RequestBytes(seg) {
		batch = append(batch, seg)
	}
	req := backend.Request{SrcLang: "ar", TgtLang: "en", Segments: batch, Format: backend.Text}
	b.ResetTimer()
	for b.Loop() {
		if _, err := c.Translate(context.Background(), req); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(batch)), "segments/op")
	b.ReportMetric(float64(b.N*len(batch))/b.Elapsed().Seconds(), "segments/s")
}
