package cache

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

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

// BenchmarkStackWithCache is the throughput target with the cache in
// place: new segments each call, a backend of 50 ms latency taking 50
// segments a request, 8 requests in flight; "efficiency" is segments/s over
// the 8 × 50 / 50 ms ceiling.
func BenchmarkStackWithCache(b *testing.B) {
	db, err := Open(filepath.Join(b.TempDir(), "c.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	const n = 3200
	lookup, store := db.Layers(key, WrapOptions{})
	f := limited{&fake{delay: 50 * time.Millisecond}, backend.Limits{MaxSegments: 50}}
	tr := wrap.Stack(f, wrap.StackOptions{Name: "fake", Concurrency: 8, Cache: lookup, Store: store})
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		if _, err := tr.Translate(context.Background(), req(benchSegs(fmt.Sprint(i), n)...)); err != nil {
			b.Fatal(err)
		}
	}
	perSec := float64(n*b.N) / b.Elapsed().Seconds()
	b.ReportMetric(perSec, "segments/s")
	b.ReportMetric(perSec/(8*50/0.050), "efficiency")
}
