package backendtest

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/fake"
)

// Throughput benchmarks a backend against its fake with the given latency
// and requests in flight, each a full batch of Arabic sentences as large
// as the backend's limits allow (at most maxBatch). It reports
// segments/s and "efficiency_%": the share of concurrency × batch /
// latency actually reached, i.e. what the client and transport cost on
// top of the service's own latency.
func Throughput(b *testing.B, h Harness, concurrency, maxBatch int, latency time.Duration) {
	srv := h.Start(b, fake.Options{Latency: latency})
	defer srv.Close()
	tr := h.New(b, srv, Key)
	seg := "قال رئيس الوزراء العراقي إن المحادثات كانت مثمرة."
	l := tr.(backend.Limiter).Limits()
	var batch []string
	size := 0
	for len(batch) < maxBatch {
		n := len(seg)
		if l.RequestBytes != nil {
			n = l.RequestBytes(seg)
		}
		if (l.MaxSegments > 0 && len(batch) >= l.MaxSegments) || (l.MaxBytes > 0 && size+n > l.MaxBytes) ||
			(l.MaxChars > 0 && (len(batch)+1)*len([]rune(seg)) > l.MaxChars) {
			break
		}
		batch = append(batch, seg)
		size += n
	}
	req := backend.Request{SrcLang: "ar", TgtLang: "en", Segments: batch, Format: backend.Text}
	jobs := make(chan struct{})
	var wg sync.WaitGroup
	errs := make(chan error, concurrency)
	for range concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range jobs {
				if _, err := tr.Translate(context.Background(), req); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		select {
		case jobs <- struct{}{}:
		case err := <-errs:
			b.Fatal(err)
		}
	}
	close(jobs)
	wg.Wait()
	elapsed := time.Since(start)
	select {
	case err := <-errs:
		b.Fatal(err)
	default:
	}
	got := float64(b.N*len(batch)) / elapsed.Seconds()
	ideal := float64(concurrency*len(batch)) / latency.Seconds()
	b.ReportMetric(float64(len(batch)), "segments/request")
	b.ReportMetric(got, "segments/s")
	b.ReportMetric(100*got/ideal, "efficiency_%")
	if b.N >= 10*concurrency && got < 0.5*ideal {
		b.Logf("throughput %.0f segments/s is under half of the ideal %.0f", got, ideal)
	}
}
