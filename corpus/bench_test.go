package corpus

import (
	"io"
	"runtime"
	"strconv"
	"testing"
)

// benchPairs writes b.N pairs of news-sized sentences and reports pairs/s
// and the heap in use at the end (flat: writers keep nothing per pair).
// go test -run XXX -bench Write -benchtime 1000000x ./corpus
func benchWrite(b *testing.B, w Writer) {
	base := samplePairs()[0]
	ids := make([]string, 1000)
	for i := range ids {
		ids[i] = "news/a.txt#" + strconv.Itoa(i+1)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := base
		p.ID = ids[i%len(ids)]
		if err := w.Write(p); err != nil {
			b.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pairs/s")
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heapMiB")
}

func BenchmarkWriteTMX(b *testing.B) {
	benchWrite(b, NewTMXWriter(io.Discard, TMXHeader{}))
}

func BenchmarkWriteJSONL(b *testing.B) {
	benchWrite(b, NewJSONLWriter(io.Discard))
}

func BenchmarkWriteMoses(b *testing.B) {
	benchWrite(b, NewMosesWriter(io.Discard, io.Discard))
}
