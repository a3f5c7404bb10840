package stack

import (
	"context"
	"errors"
	"fmt"
	"html"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/cache"
	"github.com/tarjama/tarjama/backend/wrap"
	"github.com/tarjama/tarjama/corpus"
)

// memory is a dry run's translation memory and its memory of the run,
// both held in memory so that a dry run writes nothing. It answers as the
// cache layer does in a read-only run: exact matches (after
// cache.Normalize) from the memories, earlier file first, each pair in
// both directions, languages matched on their primary subtag; repeats,
// within a request or of a segment an earlier request carried, are sent
// once. The statistics count the same way.
type memory struct {
	tm    map[memKey]string
	stats *wrap.Stats

	mu   sync.Mutex
	seen map[memKey]bool
}

type memKey struct{ src, tgt, format, text string }

// loadMemory reads the translation memories at paths.
func loadMemory(ctx context.Context, paths []string, stats *wrap.Stats) (*memory, error) {
	m := &memory{tm: map[memKey]string{}, stats: stats, seen: map[memKey]bool{}}
	for _, path := range paths {
		if err := m.load(ctx, path); err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return nil, usagef("--tm: translation memory: %w", err)
			}
			return nil, fmt.Errorf("translation memory %s: %w", path, err)
		}
	}
	return m, nil
}

func (m *memory) load(ctx context.Context, path string) error {
	if _, err := os.Stat(path); err != nil {
		return err
	}
	r, err := openTM(path)
	if err != nil {
		return err
	}
	if c, ok := r.(io.Closer); ok {
		defer c.Close()
	}
	for n := 0; ; n++ {
		p, err := r.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if n%1024 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		src, tgt := corpus.PrimaryLang(p.SrcLang), corpus.PrimaryLang(p.TgtLang)
		a, b := cache.Normalize(p.Src), cache.Normalize(p.Tgt)
		if src == "" || tgt == "" || src == tgt || a == "" || b == "" {
			continue
		}
		// The earlier memory (and the earlier unit) wins.
		for _, e := range [2][4]string{{src, tgt, a, strings.TrimSpace(p.Tgt)}, {tgt, src, b, strings.TrimSpace(p.Src)}} {
			k := memKey{src: e[0], tgt: e[1], text: e[2]}
			if _, ok := m.tm[k]; !ok {
				m.tm[k] = e[3]
			}
		}
	}
}

// lookup finds text (normalized) in the memories. Memories hold plain
// text: an HTML segment is looked up by its text and answered escaped.
func (m *memory) lookup(req backend.Request, text string) (string, bool) {
	if len(m.tm) == 0 {
		return "", false
	}
	k := memKey{src: corpus.PrimaryLang(req.SrcLang), tgt: corpus.PrimaryLang(req.TgtLang), text: text}
	if req.Format == backend.HTML {
		k.text = cache.Normalize(html.UnescapeString(text))
		t, ok := m.tm[k]
		return html.EscapeString(t), ok
	}
	t, ok := m.tm[k]
	return t, ok
}

// wrap puts the memory in front of next.
func (m *memory) wrap(next backend.Translator) backend.Translator {
	return wrap.Decorate(next, func(ctx context.Context, req backend.Request) ([]string, error) {
		return m.translate(ctx, next, req)
	})
}

func (m *memory) translate(ctx context.Context, next backend.Translator, req backend.Request) ([]string, error) {
	out := make([]string, len(req.Segments))
	type item struct {
		key  memKey
		send string
		idx  []int
	}
	byKey := map[memKey]*item{}
	var items []*item
	repeats := 0
	format := string(req.Format)
	if format == "" {
		format = string(backend.Text)
	}
	for i, s := range req.Segments {
		n := cache.Normalize(s)
		if n == "" {
			continue // nothing to translate: stays ""
		}
		k := memKey{src: strings.ToLower(req.SrcLang), tgt: strings.ToLower(req.TgtLang), format: format, text: n}
		if it := byKey[k]; it != nil {
			it.idx = append(it.idx, i)
			repeats++
			continue
		}
		it := &item{key: k, send: s, idx: []int{i}}
		byKey[k] = it
		items = append(items, it)
	}
	m.stats.AddDeduplicated(repeats)
	var send []*item
	tmHits, earlier := 0, 0
	m.mu.Lock()
	for _, it := range items {
		t, inTM := m.lookup(req, it.key.text)
		switch {
		case m.seen[it.key]:
			earlier += len(it.idx)
		case inTM:
			tmHits += len(it.idx)
		default:
			send = append(send, it)
		}
		m.seen[it.key] = true
		for _, i := range it.idx {
			out[i] = t
		}
	}
	m.mu.Unlock()
	m.stats.AddDeduplicated(earlier)
	m.stats.AddTMHits(tmHits)
	if len(send) == 0 {
		return out, nil
	}
	sub := req
	sub.Segments = make([]string, len(send))
	for j, it := range send {
		sub.Segments[j] = it.send
	}
	res, err := next.Translate(ctx, sub)
	if err == nil {
		err = backend.CheckCount("dry run", len(res), len(send))
	}
	if err != nil {
		return nil, err
	}
	for j, it := range send {
		for _, i := range it.idx {
			out[i] = res[j]
		}
	}
	return out, nil
}
