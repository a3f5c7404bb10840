package wrap

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/tarjama/tarjama/backend"
)

// BenchmarkStackThroughput drives the full stack against a fake backend
// with 50 ms latency. "efficiency" is the achieved segments per second over
// the ceiling concurrency × batch size / latency (target ≥ 0.90);
// B/op divided by segments shows memory stays flat as the input grows.
func BenchmarkStackThroughput(b *testing.B) {
	const (
		latency     = 50 * time.Millisecond
		batch       = 50
		concurrency = 8
	)
	for _, waves := range []int{2, 8} {
		n := waves * batch * concurrency
		b.Run(fmt.Sprintf("segments=%d", n), func(b *testing.B) {
			f := &fake{limits: backend.Limits{MaxSegments: batch}, delay: latency}
			tr := Stack(f, StackOptions{Name: "fake", Concurrency: concurrency,
				Rate: RateOptions{CharsPerMinute: 6_000_000}, Timeout: 10 * time.Second, Stats: &Stats{}})
			in := segs(n)
			r := req(in...)
			b.ReportAllocs()
			b.ResetTimer()
			start := time.Now()
			for b.Loop() {
				if _, err := tr.Translate(context.Background(), r); err != nil {
					b.Fatal(err)
				}
			}
			el := time.Since(start)
			perSec := float64(n*b.N) / el.Seconds()
			ideal := float64(concurrency*batch) / latency.Seconds()
			b.ReportMetric(perSec, "segments/s")
			b.ReportMetric(perSec/ideal, "efficiency")
		})
	}
}
