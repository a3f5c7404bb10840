package deepl

import (
	"testing"
	"time"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/backendtest"
	"github.com/tarjama/tarjama/backend/fake"
)

// BenchmarkThroughput: 8 requests in flight against the fake with 50 ms
// latency; efficiency_% is the share of 8 × batch / 50 ms reached.
func BenchmarkThroughput(b *testing.B) {
	backendtest.Throughput(b, backendtest.Harness{
		Start: func(t testing.TB, o fake.Options) *fake.Server { return fake.NewDeepL(o) },
		New: func(t testing.TB, srv *fake.Server, key string) backend.Translator {
			return newClient(t, srv, key, nil)
		},
	}, 8, 50, 50*time.Millisecond)
}
