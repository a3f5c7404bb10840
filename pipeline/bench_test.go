package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/wrap"
	"github.com/tarjama/tarjama/input"
)

// latent is a remote engine seen from here: each request takes a fixed
// latency, whatever its size, and carries at most 32 segments.
type latent struct{ d time.Duration }

func (l latent) Limits() backend.Limits { return backend.Limits{MaxSegments: 32} }
func (l latent) Translate(ctx context.Context, req backend.Request) ([]string, error) {
	select {
	case <-time.After(l.d):
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return req.Segments, nil
}

func benchCorpus(b *testing.B, docs, sentences int) []input.Doc {
	b.Helper()
	dir := b.TempDir()
	for i := 0; i < docs; i++ {
		var sb strings.Builder
		for s := 0; s < sentences; s++ {
			fmt.Fprintf(&sb, "هذه هي الجملة رقم %d في الوثيقة رقم %d.\n", s, i)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("d%04d.txt", i)), []byte(sb.String()), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	d, _, err := input.Collect([]string{dir})
	if err != nil {
		b.Fatal(err)
	}
	return d
}

// BenchmarkThroughputFakeLatency drives the whole pipeline through the
// decorator stack against an engine with 50 ms latency. The stack keeps at
// most 8 requests of 32 segments in flight (--batch-concurrency is global),
// so the ceiling is 8 × 32 / 50 ms; "efficiency" is the share reached with
// 8 documents of 64 sentences in flight.
func BenchmarkThroughputFakeLatency(b *testing.B) {
	const latency = 50 * time.Millisecond
	const docConc, batchConc, batch = 8, 8, 32
	docs := benchCorpus(b, 64, 64)
	engine := wrap.Stack(latent{latency}, wrap.StackOptions{Name: "fake", Concurrency: batchConc})
	ceiling := float64(batchConc*batch) / latency.Seconds()
	b.ResetTimer()
	var segs int
	start := time.Now()
	for i := 0; i < b.N; i++ {
		rep, err := Run(context.Background(), docs, nil, Options{
			OutDir: b.TempDir(), Translator: engine, Concurrency: docConc, Formats: []string{"jsonl"},
		})
		if err != nil {
			b.Fatal(err)
		}
		segs += rep.Totals.Sentences
	}
	rate := float64(segs) / time.Since(start).Seconds()
	b.ReportMetric(rate, "segments/s")
	b.ReportMetric(rate/ceiling, "efficiency")
}

// BenchmarkMemoryFlat runs corpora of growing size and reports the peak
// heap: it must not grow with the number of documents.
func BenchmarkMemoryFlat(b *testing.B) {
	for _, n := range []int{100, 400, 1600} {
		b.Run(fmt.Sprint(n, "docs"), func(b *testing.B) {
			docs := benchCorpus(b, n, 40)
			b.ResetTimer()
			var peak uint64
			for i := 0; i < b.N; i++ {
				stop := make(chan struct{})
				done := make(chan struct{})
				go func() { // sample the heap while the run goes
					defer close(done)
					var ms runtime.MemStats
					for {
						runtime.ReadMemStats(&ms)
						if ms.HeapInuse > peak {
							peak = ms.HeapInuse
						}
						select {
						case <-stop:
							return
						case <-time.After(5 * time.Millisecond):
						}
					}
				}()
				_, err := Run(context.Background(), docs, nil, Options{OutDir: b.TempDir(), Translator: latent{}, Formats: []string{"tmx", "jsonl"}})
				close(stop)
				<-done
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
		})
	}
}
