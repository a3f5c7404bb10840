package beamrun

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/pipeline"
)

// FuzzShardRoundTrip: whatever a pair holds (line breaks, NULs, invalid
// UTF-8, RTL marks), a record written to a shard reads back the same, so
// the merge writes what the worker produced.
func FuzzShardRoundTrip(f *testing.F) {
	f.Add("d/a.txt", "قال\u200f \"نعم\"\n", "He said <yes> & left\r\n", 0.75)
	f.Add("", "\x00\xff", "", 0.0)
	f.Fuzz(func(t *testing.T, doc, src, tgt string, score float64) {
		if score != score { // NaN is no score JSON can carry; the aligner gives [0,1]
			return
		}
		ctx := context.Background()
		cfg := Config{Output: t.TempDir(), JobID: "fuzz"}
		in := record{Report: pipeline.DocReport{Doc: doc, Status: pipeline.StatusOK},
			Pairs: []corpus.Pair{{ID: doc + "#1", Doc: doc, Src: src, Tgt: tgt, Score: score, HasScore: true}}}
		b, err := json.Marshal(in)
		if err != nil {
			return // ±Inf
		}
		// JSON keeps valid UTF-8 only: compare with what it decodes to.
		var want record
		if err := json.Unmarshal(b, &want); err != nil {
			t.Fatal(err)
		}
		done := false
		p, err := (&writeShardFn{Cfg: cfg}).ProcessElement(ctx, 0, func(r *[]byte) bool {
			if done {
				return false
			}
			*r, done = b, true
			return true
		})
		if err != nil {
			t.Fatal(err)
		}
		var got []record
		if err := mergeShards(ctx, []string{p}, func(r record) error { got = append(got, r); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || !reflect.DeepEqual(got[0], want) {
			t.Fatalf("read back %+v, want %+v", got, want)
		}
	})
}
