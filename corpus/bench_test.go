package corpus

import (
	"bytes"
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

// benchRead reads a corpus of n pairs written by w through newReader.
func benchRead(b *testing.B, write func(io.Writer) Writer, read func(io.Reader) Reader) {
	const n = 10000
	var buf bytes.Buffer
	w := write(&buf)
	for i := 0; i < n; i++ {
		p := samplePairs()[i%2]
		p.ID = strconv.Itoa(i)
		w.Write(p)
	}
	w.Close()
	data := buf.Bytes()
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := read(bytes.NewReader(data))
		for {
			if _, err := r.Read(); err != nil {
				if err != io.EOF {
					b.Fatal(err)
				}
				break
			}
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "pairs/s")
}

func BenchmarkReadTMX(b *testing.B) {
	benchRead(b, func(w io.Writer) Writer { return NewTMXWriter(w, TMXHeader{}) },
		func(r io.Reader) Reader { return NewTMXReader(r, "", "") })
}

func BenchmarkReadJSONL(b *testing.B) {
	benchRead(b, func(w io.Writer) Writer { return NewJSONLWriter(w) }, NewJSONLReader)
}
