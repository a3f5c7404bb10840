package cache

import (
	"context"
	"fmt"
	"strings"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/wrap"
)

// WrapOptions configures WrapWith and Layers.
type WrapOptions struct {
	// Stats receives cache hits, translation-memory hits and repeats.
	Stats *wrap.Stats
	// ReadOnly serves hits but stores nothing (for --dry-run, whose
	// "translations" are empty). Repeats are still sent once per run.
	ReadOnly bool
	// TM lists imported translation memories (see LoadTM) consulted, in
	// order, after the cache and before the backend.
	TM []TMFile
}

// Wrap puts the cache in front of next for backend key: see WrapWith.
func (db *DB) Wrap(next backend.Translator, key KeyParts) backend.Translator {
	return db.WrapWith(next, key, WrapOptions{})
}

// WrapWith puts the cache in front of next: segments found in the cache or
// a translation memory make no call, each distinct segment is sent once
// even across concurrent calls, and what next returns is stored.
func (db *DB) WrapWith(next backend.Translator, key KeyParts, o WrapOptions) backend.Translator {
	lookup, store := db.Layers(key, o)
	return lookup(store(next))
}

// Layers returns the cache's two halves for wrap.StackOptions: lookup
// (Cache, outermost) answers from the cache and memory and sends each
// distinct segment once; store (Store, under the batching) keeps every
// batch the moment it succeeds. lookup expects store somewhere below it.
func (db *DB) Layers(key KeyParts, o WrapOptions) (lookup, store func(backend.Translator) backend.Translator) {
	lookup = func(next backend.Translator) backend.Translator {
		return wrap.Decorate(next, func(ctx context.Context, req backend.Request) ([]string, error) {
			return db.translate(ctx, next, key, o, req)
		})
	}
	store = func(next backend.Translator) backend.Translator {
		if o.ReadOnly {
			return next
		}
		return wrap.Decorate(next, func(ctx context.Context, req backend.Request) ([]string, error) {
			out, err := next.Translate(ctx, req)
			if err == nil && len(out) == len(req.Segments) {
				// The translation is paid for even if the run is being
				// cancelled: keep it.
				db.put(key, reqKey(req), req.Segments, out)
			}
			return out, err
		})
	}
	return lookup, store
}

func reqKey(req backend.Request) request {
	f := string(req.Format)
	if f == "" {
		f = string(backend.Text)
	}
	return request{src: lang(req.SrcLang), tgt: lang(req.TgtLang), format: f}
}

// flight is one distinct segment being translated by some caller; others
// wanting it wait on done instead of sending it again.
type flight struct {
	done   chan struct{}
	target string
	err    error
}

type item struct {
	key    rowKey
	norm   string
	send   string // the first occurrence as written
	idx    []int
	flight *flight
}

func (db *DB) translate(ctx context.Context, next backend.Translator, key KeyParts, o WrapOptions, req backend.Request) ([]string, error) {
	out := make([]string, len(req.Segments))
	rk := reqKey(req)
	byKey := map[rowKey]*item{}
	var items []*item
	repeats := 0
	for i, s := range req.Segments {
		n := Normalize(s)
		if n == "" {
			continue // nothing to translate: stays ""
		}
		k := makeKey(key, rk, n)
		if it := byKey[k]; it != nil {
			it.idx = append(it.idx, i)
			repeats++
			continue
		}
		it := &item{key: k, norm: n, send: s, idx: []int{i}}
		byKey[k] = it
		items = append(items, it)
	}
	o.Stats.AddDeduplicated(repeats)
	fill := func(it *item, target string) {
		for _, i := range it.idx {
			out[i] = target
		}
	}

	hits, err := db.lookup(ctx, items)
	if err != nil {
		return nil, fmt.Errorf("cache lookup: %w", err)
	}
	pending := items[:0:0]
	served := 0
	for _, it := range items {
		if t, ok := hits[it.key]; ok {
			fill(it, t)
			served += len(it.idx)
		} else {
			pending = append(pending, it)
		}
	}
	o.Stats.AddCacheHits(served)

	if len(o.TM) > 0 && len(pending) > 0 {
		tm, err := db.lookupTM(ctx, o.TM, rk, pending)
		if err != nil {
			return nil, fmt.Errorf("translation memory lookup: %w", err)
		}
		rest, served := pending[:0:0], 0
		for _, it := range pending {
			if t, ok := tm[it.norm]; ok {
				fill(it, t)
				served += len(it.idx)
			} else {
				rest = append(rest, it)
			}
		}
		o.Stats.AddTMHits(served)
		pending = rest
	}

	for len(pending) > 0 {
		var own, wait []*item
		db.mu.Lock()
		for _, it := range pending {
			if f := db.flights[it.key]; f != nil {
				it.flight = f
				wait = append(wait, it)
				continue
			}
			it.flight = &flight{done: make(chan struct{})}
			db.flights[it.key] = it.flight
			own = append(own, it)
		}
		db.mu.Unlock()

		if len(own) > 0 {
			sub := req
			sub.Segments = make([]string, len(own))
			for j, it := range own {
				sub.Segments[j] = it.send
			}
			res, err := next.Translate(ctx, sub)
			if err == nil {
				err = backend.CheckCount(key.Backend, len(res), len(own))
			}
			var release []rowKey
			db.mu.Lock()
			for j, it := range own {
				if err != nil {
					it.flight.err = err
					delete(db.flights, it.key)
				} else {
					it.flight.target = res[j]
					release = append(release, it.key)
				}
				close(it.flight.done)
			}
			db.mu.Unlock()
			if err != nil {
				return nil, err
			}
			// A done flight stays in the table, answering latecomers, until
			// the writer has committed its row (the store layer below queued
			// it before this message). A read-only run keeps them all as its
			// memory of the run.
			if !o.ReadOnly {
				db.send(writeMsg{release: release})
			}
			for j, it := range own {
				fill(it, res[j])
			}
		}

		pending = nil
		waited := 0
		for _, it := range wait {
			select {
			case <-it.flight.done:
			case <-ctx.Done():
				return nil, ctx.Err()
			}
			if it.flight.err != nil {
				// Its sender failed (perhaps only its own ctx ended): try
				// this one ourselves.
				pending = append(pending, it)
				continue
			}
			fill(it, it.flight.target)
			waited += len(it.idx)
		}
		o.Stats.AddDeduplicated(waited)
	}
	return out, nil
}

// maxParams keeps IN lists well under SQLite's bound-parameter limit.
const maxParams = 500

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// lookup fetches the cached targets of items, in chunks.
func (db *DB) lookup(ctx context.Context, items []*item) (map[rowKey]string, error) {
	hits := map[rowKey]string{}
	for start := 0; start < len(items); start += maxParams {
		chunk := items[start:min(start+maxParams, len(items))]
		args := make([]any, len(chunk))
		for i, it := range chunk {
			args[i] = it.key[:]
		}
		rows, err := db.sql.QueryContext(ctx, `SELECT key, target FROM translations WHERE key IN (`+placeholders(len(chunk))+`)`, args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var k []byte
			var t string
			if err := rows.Scan(&k, &t); err != nil {
				rows.Close()
				return nil, err
			}
			var key rowKey
			copy(key[:], k)
			hits[key] = t
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, err
		}
	}
	return hits, nil
}

// put queues translations of segs for the writer: a batch's goroutine
// never waits on the disk, and the writer commits many batches in one
// transaction.
func (db *DB) put(key KeyParts, rk request, segs, targets []string) {
	now := db.now().Unix()
	rows := make([]row, 0, len(segs))
	for i, s := range segs {
		n := Normalize(s)
		if n == "" {
			continue
		}
		rows = append(rows, row{key: makeKey(key, rk, n), parts: key, req: rk, source: n, target: targets[i], created: now})
	}
	db.send(writeMsg{rows: rows})
}
