package cache

import (
	"context"
	"fmt"
	"html"
	"strings"

	"golang.org/x/sync/errgroup"

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
	// BatchSegments is the backend's MaxSegments, if any: a large request
	// is looked up in chunks of whole batches, so chunking adds no
	// part-filled request.
	BatchSegments int
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

// lookupChunk is how many segments one lookup pass handles. A larger
// request is cut into chunks worked on concurrently, so that the first
// chunk's misses are on their way to the backend while later chunks are
// still being looked up: the cache's own time hides behind the backend's.
const lookupChunk = 1024

func (db *DB) translate(ctx context.Context, next backend.Translator, key KeyParts, o WrapOptions, req backend.Request) ([]string, error) {
	n := len(req.Segments)
	chunk := lookupChunk
	if b := o.BatchSegments; b > 0 {
		chunk = max(1, (lookupChunk+b-1)/b) * b
	}
	if n < 2*chunk {
		return db.translateChunk(ctx, next, key, o, req)
	}
	out := make([]string, n)
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(4)
	for start := 0; start < n; start += chunk {
		end := start + chunk
		if n-end < chunk/2 {
			end = n // no small tail chunk
		}
		g.Go(func() error {
			sub := req
			sub.Segments = req.Segments[start:end:end]
			res, err := db.translateChunk(gctx, next, key, o, sub)
			if err != nil {
				return err
			}
			copy(out[start:end], res)
			return nil
		})
		if end == n {
			break
		}
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return out, nil
}

// translateChunk serves req from the cache and memory, and sends each
// distinct miss once. Every distinct segment is claimed as a flight before
// the cache is even read, so a concurrent call wanting the same segment
// waits for this one rather than racing it to the backend; if this call
// fails, a waiting call sends it itself.
func (db *DB) translateChunk(ctx context.Context, next backend.Translator, key KeyParts, o WrapOptions, req backend.Request) ([]string, error) {
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

	for pending := items; len(pending) > 0; {
		own, wait := db.claim(pending)
		if len(own) > 0 {
			if err := db.resolve(ctx, next, key, o, req, rk, own); err != nil {
				return nil, err
			}
			for _, it := range own {
				for _, i := range it.idx {
					out[i] = it.flight.target
				}
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
				pending = append(pending, it) // its owner failed: try ourselves
				continue
			}
			for _, i := range it.idx {
				out[i] = it.flight.target
			}
			waited += len(it.idx)
		}
		o.Stats.AddDeduplicated(waited)
	}
	return out, nil
}

// claim registers a flight for each item nobody is translating yet (own)
// and returns those that someone else is (wait).
func (db *DB) claim(items []*item) (own, wait []*item) {
	db.mu.Lock()
	defer db.mu.Unlock()
	for _, it := range items {
		if f := db.flights[it.key]; f != nil {
			it.flight = f
			wait = append(wait, it)
			continue
		}
		it.flight = &flight{done: make(chan struct{})}
		db.flights[it.key] = it.flight
		own = append(own, it)
	}
	return own, wait
}

// land completes flights: with err, or with targets[i] for items[i]. A
// flight leaves the table at once when its row is already in the file (or
// it failed); otherwise once the writer has committed it (release), the
// store layer having queued the row before. A read-only run keeps its
// flights as the memory of the run.
func (db *DB) land(items []*item, targets []string, err error, inFile, readOnly bool) {
	var release []rowKey
	db.mu.Lock()
	for j, it := range items {
		if err != nil {
			it.flight.err = err
		} else {
			it.flight.target = targets[j]
		}
		switch {
		case err != nil || (inFile && !readOnly):
			delete(db.flights, it.key)
		case !readOnly:
			release = append(release, it.key)
		}
		close(it.flight.done)
	}
	db.mu.Unlock()
	if len(release) > 0 {
		db.send(writeMsg{release: release})
	}
}

// resolve answers own (claimed by this call) from the cache, then the
// translation memories, then one request to next; every flight is landed.
func (db *DB) resolve(ctx context.Context, next backend.Translator, key KeyParts, o WrapOptions, req backend.Request, rk request, own []*item) error {
	hits, err := db.lookup(ctx, own)
	if err != nil {
		err = fmt.Errorf("cache lookup: %w", err)
		db.land(own, nil, err, false, o.ReadOnly)
		return err
	}
	misses := split(own, hits, func(it *item) string { return string(it.key[:]) }, o.Stats.AddCacheHits, func(found []*item, t []string) {
		db.land(found, t, nil, true, o.ReadOnly)
	})
	if len(o.TM) > 0 && len(misses) > 0 {
		// Memories hold plain text. An HTML request (glossary spans) is
		// looked up by its text and answered with the match escaped, since
		// the caller unescapes what comes back.
		tmKey, answer := func(it *item) string { return it.norm }, func(s string) string { return s }
		if rk.format == string(backend.HTML) {
			tmKey = func(it *item) string { return Normalize(html.UnescapeString(it.norm)) }
			answer = html.EscapeString
		}
		tm, err := db.lookupTM(ctx, o.TM, rk, misses, tmKey)
		if err != nil {
			err = fmt.Errorf("translation memory lookup: %w", err)
			db.land(misses, nil, err, false, o.ReadOnly)
			return err
		}
		for k, v := range tm {
			tm[k] = answer(v)
		}
		misses = split(misses, tm, tmKey, o.Stats.AddTMHits, func(found []*item, t []string) {
			// Not in the cache file: TM answers are not stored as the
			// backend's translations.
			db.land(found, t, nil, true, o.ReadOnly)
		})
	}
	if len(misses) == 0 {
		return nil
	}
	sub := req
	sub.Segments = make([]string, len(misses))
	for j, it := range misses {
		sub.Segments[j] = it.send
	}
	res, err := next.Translate(ctx, sub)
	if err == nil {
		err = backend.CheckCount(key.Backend, len(res), len(misses))
	}
	db.land(misses, res, err, false, o.ReadOnly)
	return err
}

// split lands the items found in m (by the id function) through landFound,
// counts the segments they serve with count, and returns the rest.
func split(items []*item, m map[string]string, id func(*item) string, count func(int), landFound func([]*item, []string)) []*item {
	var found, rest []*item
	var targets []string
	served := 0
	for _, it := range items {
		if t, ok := m[id(it)]; ok {
			found = append(found, it)
			targets = append(targets, t)
			served += len(it.idx)
		} else {
			rest = append(rest, it)
		}
	}
	if len(found) > 0 {
		landFound(found, targets)
	}
	count(served)
	return rest
}

// maxParams keeps IN lists well under SQLite's bound-parameter limit.
const maxParams = 500

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// lookup fetches the cached targets of items, in chunks.
func (db *DB) lookup(ctx context.Context, items []*item) (map[string]string, error) {
	hits := map[string]string{}
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
			hits[string(k)] = t
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
