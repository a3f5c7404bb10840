package beamrun

import (
	"bufio"
	"container/heap"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
)

// A shard is a file of records, one JSON object a line, sorted by
// document name. Shards are written by many workers at once; the merge
// reads them all side by side and yields records in name order, holding
// one record per shard in memory.

// shardDir is the job's temporary folder under the output folder (inside
// .tarjama, which input walking skips, as the local runner's journal).
func shardDir(cfg *Config) string {
	return joinPath(cfg.Output, ".tarjama/beam-"+cfg.JobID)
}

// writeShardFn sorts one shard's records by document and writes them.
type writeShardFn struct {
	Cfg Config
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, recs func(*[]byte) bool) (string, error) {
	type keyed struct {
		name string
		rec  []byte
	}
	var all []keyed
	var rec []byte
	for recs(&rec) {
		var r struct{ Report struct{ Doc string } }
		if err := json.Unmarshal(rec, &r); err != nil {
			return "", fmt.Errorf("shard %d: %w", shard, err)
		}
		all = append(all, keyed{r.Report.Doc, slices.Clone(rec)})
	}
	slices.SortFunc(all, func(a, b keyed) int { return strings.Compare(a.name, b.name) })
	p := joinPath(shardDir(&f.Cfg), fmt.Sprintf("shard-%05d.jsonl", shard))
	out, err := createFile(ctx, p)
	if err != nil {
		return "", err
	}
	w := bufio.NewWriterSize(out, 1<<20)
	for _, k := range all {
		w.Write(k.rec)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		out.Abort()
		return "", fmt.Errorf("shard %s: %w", p, err)
	}
	if err := out.Commit(); err != nil {
		return "", fmt.Errorf("shard %s: %w", p, err)
	}
	return p, nil
}

// shardReader yields one shard's records in order.
type shardReader struct {
	path string
	c    io.Closer
	sc   *bufio.Scanner
	cur  record
}

func (s *shardReader) next() (bool, error) {
	if !s.sc.Scan() {
		if err := s.sc.Err(); err != nil {
			return false, fmt.Errorf("shard %s: %w", s.path, err)
		}
		return false, nil
	}
	s.cur = record{}
	if err := json.Unmarshal(s.sc.Bytes(), &s.cur); err != nil {
		return false, fmt.Errorf("shard %s: %w", s.path, err)
	}
	return true, nil
}

// shardHeap orders the shards by their current record's document.
type shardHeap []*shardReader

func (h shardHeap) Len() int           { return len(h) }
func (h shardHeap) Less(i, j int) bool { return h[i].cur.Report.Doc < h[j].cur.Report.Doc }
func (h shardHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *shardHeap) Push(x any)        { *h = append(*h, x.(*shardReader)) }
func (h *shardHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// mergeShards calls fn with every record of the shards in document order.
func mergeShards(ctx context.Context, paths []string, fn func(record) error) (err error) {
	var h shardHeap
	defer func() {
		for _, s := range h {
			s.c.Close()
		}
	}()
	for _, p := range paths {
		r, err := openFile(ctx, p)
		if err != nil {
			return fmt.Errorf("shard %s: %w", p, err)
		}
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 64<<10), 1<<31-1)
		s := &shardReader{path: p, c: r, sc: sc}
		ok, err := s.next()
		if err != nil {
			r.Close()
			return err
		}
		if !ok {
			r.Close()
			continue
		}
		h = append(h, s)
	}
	heap.Init(&h)
	for len(h) > 0 {
		if err := ctx.Err(); err != nil {
			return err
		}
		s := h[0]
		if err := fn(s.cur); err != nil {
			return err
		}
		ok, err := s.next()
		if err != nil {
			return err
		}
		if ok {
			heap.Fix(&h, 0)
		} else {
			s.c.Close()
			heap.Pop(&h)
		}
	}
	return nil
}
