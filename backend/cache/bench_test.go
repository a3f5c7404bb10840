package cache

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/wrap"
)

func benchSegs(prefix string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s هذه جملة عربية رقم %d في مقال طويل عن السياسة", prefix, i)
	}
	return out
}

// BenchmarkHits serves 1000 segments a call from the cache file.
func BenchmarkHits(b *testing.B) {
	db, err := Open(filepath.Join(b.TempDir(), "c.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	tr := db.Wrap(&fake{}, key)
	r := req(benchSegs("x", 1000)...)
	if _, err := tr.Translate(context.Background(), r); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tr.Translate(context.Background(), r); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(1000*b.N)/b.Elapsed().Seconds(), "segments/s")
}

// BenchmarkMissAndStore looks up, sends and stores 1000 new segments a call.
func BenchmarkMissAndStore(b *testing.B) {
	db, err := Open(filepath.Join(b.TempDir(), "c.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	tr := db.Wrap(&fake{}, key)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		if _, err := tr.Translate(context.Background(), req(benchSegs(fmt.Sprint(i), 1000)...)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(1000*b.N)/b.Elapsed().Seconds(), "segments/s")
}

// The throughput target with the cache in place: a backend of 50 ms
// latency taking 50 segments a request, 8 requests in flight, new segments
// every time; "efficiency" is segments/s over the 8 × 50 / 50 ms ceiling.
const (
	benchLatency = 50 * time.Millisecond
	benchBatch   = 50
	benchConc    = 8
	benchCallers = 8
)

func benchStack(b *testing.B, withCache bool) backend.Translator {
	f := limited{&fake{delay: benchLatency, quiet: true}, backend.Limits{MaxSegments: benchBatch}}
	o := wrap.StackOptions{Name: "fake", Concurrency: benchConc}
	if withCache {
		db, err := Open(filepath.Join(b.TempDir(), "c.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { db.Close() })
		// As openTranslator builds it.
		o.Cache, o.Store = db.Layers(key, WrapOptions{BatchSegments: benchBatch})
	}
	return wrap.Stack(f, o)
}

func reportEfficiency(b *testing.B, segments int) {
	perSec := float64(segments*b.N) / b.Elapsed().Seconds()
	b.ReportMetric(perSec, "segments/s")
	b.ReportMetric(perSec/(benchConc*benchBatch/benchLatency.Seconds()), "efficiency")
}

// BenchmarkStackDocs translates documents of 100 sentences, 8 at a time,
// as the pipeline calls a backend, with and without the cache: the
// difference in efficiency is what the cache costs. heap-MB (live heap
// after the run) staying put as docs grows shows memory is flat.
func BenchmarkStackDocs(b *testing.B) {
	for _, c := range []struct {
		cache bool
		docs  int
	}{{false, 64}, {true, 64}, {true, 256}} {
		b.Run(fmt.Sprintf("cache=%v/docs=%d", c.cache, c.docs), func(b *testing.B) {
			tr := benchStack(b, c.cache)
			const perDoc = 100
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				i++
				g, ctx := errgroup.WithContext(context.Background())
				g.SetLimit(benchCallers)
				for d := 0; d < c.docs; d++ {
					segs := benchSegs(fmt.Sprintf("%d/%d", i, d), perDoc)
					g.Go(func() error {
						_, err := tr.Translate(ctx, req(segs...))
						return err
					})
				}
				if err := g.Wait(); err != nil {
					b.Fatal(err)
				}
			}
			reportEfficiency(b, c.docs*perDoc)
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MB")
			runtime.KeepAlive(tr) // measured with the stack (and its cache) alive
		})
	}
}

// BenchmarkStackWithCacheOneCall sends 3,200 new segments in one call.
func BenchmarkStackWithCacheOneCall(b *testing.B) {
	tr := benchStack(b, true)
	const n = 3200
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		if _, err := tr.Translate(context.Background(), req(benchSegs(fmt.Sprint(i), n)...)); err != nil {
			b.Fatal(err)
		}
	}
	reportEfficiency(b, n)
}
