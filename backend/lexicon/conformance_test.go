package lexicon

import (
	"context"
	"testing"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/backendtest"
	"github.com/tarjama/tarjama/backend/fake"
)

// The shared conformance suite: order, length, empty batches, concurrency,
// cancellation and HTML spans. Want translates each segment alone, so the
// suite checks that a batch gives exactly what single segments give.
func TestConformance(t *testing.T) {
	one, err := New()
	if err != nil {
		t.Fatal(err)
	}
	backendtest.Run(t, backendtest.Harness{
		New: func(t testing.TB, _ *fake.Server, _ string) backend.Translator {
			tr, err := New()
			if err != nil {
				t.Fatal(err)
			}
			return tr
		},
		Want: func(src, tgt string, f backend.Format, s string) string {
			out, err := one.Translate(context.Background(), backend.Request{SrcLang: src, TgtLang: tgt, Format: f, Segments: []string{s}})
			if err != nil {
				t.Fatal(err)
			}
			return out[0]
		},
		Unlimited: true,
	})
}
