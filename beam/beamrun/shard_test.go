package beamrun

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"path/filepath"
	"slices"
	"testing"

	"github.com/tarjama/tarjama/backend/stack"
	"github.com/tarjama/tarjama/backend/wrap"
	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/pipeline"
)

// TestShardsMergeInOrder writes records over shards in random order and
// reads them back merged: document order, pairs as they were.
func TestShardsMergeInOrder(t *testing.T) {
	ctx := context.Background()
	cfg := Config{Output: t.TempDir(), JobID: "test"}
	rng := rand.New(rand.NewSource(3))
	const docs, shards = 500, 7
	byShard := map[int][][]byte{}
	var names []string
	for i := range docs {
		name := fmt.Sprintf("d/%03d.txt", rng.Intn(1000)*1000+i) // unique, unordered
		names = append(names, name)
		rec := record{Report: pipeline.DocReport{Doc: name, Status: pipeline.StatusOK, Pairs: 2},
			Pairs: []corpus.Pair{{ID: name + "#1", Src: "أ", Tgt: "a", Score: 0.1 + float64(i)/7, HasScore: true}, {ID: name + "#2", Src: "ب", Tgt: "b"}}}
		b, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		k := shardOf(name, shards)
		byShard[k] = append(byShard[k], b)
	}
	var paths []string
	for k, recs := range byShard {
		rng.Shuffle(len(recs), func(i, j int) { recs[i], recs[j] = recs[j], recs[i] })
		i := 0
		p, err := (&writeShardFn{Cfg: cfg}).ProcessElement(ctx, k, func(b *[]byte) bool {
			if i == len(recs) {
				return false
			}
			*b, i = recs[i], i+1
			return true
		})
		if err != nil {
			t.Fatal(err)
		}
		if filepath.Dir(p) != shardDir(&cfg) {
			t.Errorf("shard written to %s", p)
		}
		paths = append(paths, p)
	}
	var got []string
	err := mergeShards(ctx, paths, func(r record) error {
		got = append(got, r.Report.Doc)
		if len(r.Pairs) != 2 || r.Pairs[0].ID != r.Report.Doc+"#1" || !r.Pairs[0].HasScore {
			t.Errorf("%s: pairs %+v", r.Report.Doc, r.Pairs)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(names)
	if !slices.Equal(got, names) {
		t.Errorf("merged %d documents out of order (want %d sorted)", len(got), len(names))
	}
}

// TestStatsSum: a worker's largest snapshot is its total; workers add up.
func TestStatsSum(t *testing.T) {
	snap := func(req, chars int64) *stack.Report {
		return &stack.Report{Backend: "google", StatsSnapshot: wrap.StatsSnapshot{Requests: req, CharsSent: chars}}
	}
	var s statsSum
	if s.total() != nil {
		t.Fatal("statistics without any record")
	}
	s.add("w1", snap(3, 300))
	s.add("w1", snap(1, 100)) // an earlier snapshot, merged later
	s.add("w2", snap(2, 50))
	s.add("w1", nil)
	got := s.total()
	if got.Workers != 2 || got.Requests != 5 || got.CharsSent != 350 || got.Backend != "google" {
		t.Errorf("total %+v", got)
	}
}
