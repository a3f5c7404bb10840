package docalign

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tarjama/tarjama/backend"
)

// Doc is one document: a path (relative to its folder) and its text.
type Doc struct {
	Path string
	Text string
}

// Pair is a source document and the target document found to translate
// it, with the cosine similarity of their vectors in [0,1].
type Pair struct {
	Src, Tgt Doc
	Score    float64
}

// Options configure [Align].
type Options struct {
	// Translator translates the source documents' lines into the target
	// language; nil means the sources are compared as they are (for
	// documents already in one language).
	Translator       backend.Translator
	SrcLang, TgtLang string
	// MinScore is the lowest score of a pair kept; 0 means DefaultMinScore.
	MinScore float64
	// Candidates is how many targets each source is scored against; 0
	// means 20.
	Candidates int
	// Batch is the most lines sent to the translator in one request; 0
	// means 256.
	Batch int
}

// DefaultMinScore is the threshold when Options.MinScore is 0.
const DefaultMinScore = 0.07

// A pair scoring below sureScore must also score minMargin times the
// runner-up candidate of its source and of its target.
const (
	sureScore = 0.3
	minMargin = 1.5
)

// Align pairs source and target documents 1-1 and returns the pairs
// sorted by source path.
func Align(ctx context.Context, src, tgt []Doc, o Options) ([]Pair, error) {
	if o.MinScore == 0 {
		o.MinScore = DefaultMinScore
	}
	if o.Candidates <= 0 {
		o.Candidates = 20
	}
	if o.Batch <= 0 {
		o.Batch = 256
	}
	mt, err := translateDocs(ctx, src, o)
	if err != nil {
		return nil, err
	}
	ix := newIndex()
	srcVecs := make([]vector, len(src))
	tgtVecs := make([]vector, len(tgt))
	for i, d := range tgt {
		tgtVecs[i] = ix.terms(d.Text, "")
	}
	for i := range src {
		srcVecs[i] = ix.terms(mt[i], src[i].Text)
	}
	ix.weigh(srcVecs, tgtVecs)
	edges, err := candidates(ctx, srcVecs, tgtVecs, o)
	if err != nil {
		return nil, err
	}
	// 1-1: best score first (ties by source then target index, so the
	// result does not depend on map order).
	sort.Slice(edges, func(a, b int) bool {
		if edges[a].score != edges[b].score {
			return edges[a].score > edges[b].score
		}
		if edges[a].s != edges[b].s {
			return edges[a].s < edges[b].s
		}
		return edges[a].t < edges[b].t
	})
	// The runner-up of each document: a pair that barely beats another
	// candidate of the same source or target is likely two articles on one
	// topic, not a translation.
	second := func(n int, key func(edge) int) []float64 {
		best, next := make([]float64, n), make([]float64, n)
		for _, e := range edges {
			k := key(e)
			if e.score > best[k] {
				best[k], next[k] = e.score, best[k]
			} else if e.score > next[k] {
				next[k] = e.score
			}
		}
		return next
	}
	nextS := second(len(src), func(e edge) int { return e.s })
	nextT := second(len(tgt), func(e edge) int { return e.t })
	usedS := make([]bool, len(src))
	usedT := make([]bool, len(tgt))
	var out []Pair
	for _, e := range edges {
		if e.score < o.MinScore {
			break
		}
		if usedS[e.s] || usedT[e.t] {
			continue
		}
		if e.score < sureScore && e.score < minMargin*max(nextS[e.s], nextT[e.t]) {
			continue
		}
		usedS[e.s], usedT[e.t] = true, true
		out = append(out, Pair{Src: src[e.s], Tgt: tgt[e.t], Score: e.score})
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Src.Path < out[b].Src.Path })
	return out, nil
}

// translateDocs translates every non-empty line of every source.
func translateDocs(ctx context.Context, src []Doc, o Options) ([]string, error) {
	out := make([]string, len(src))
	if o.Translator == nil {
		for i, d := range src {
			out[i] = d.Text
		}
		return out, nil
	}
	type loc struct{ doc int }
	var segs []string
	var locs []loc
	parts := make([][]string, len(src))
	flush := func() error {
		if len(segs) == 0 {
			return nil
		}
		res, err := o.Translator.Translate(ctx, backend.Request{SrcLang: o.SrcLang, TgtLang: o.TgtLang, Segments: segs, Format: backend.Text})
		if err != nil {
			return fmt.Errorf("docalign: translate: %w", err)
		}
		if err := backend.CheckCount("docalign", len(res), len(segs)); err != nil {
			return err
		}
		for i, r := range res {
			parts[locs[i].doc] = append(parts[locs[i].doc], r)
		}
		segs, locs = segs[:0], locs[:0]
		return nil
	}
	for i, d := range src {
		for _, line := range strings.Split(d.Text, "\n") {
			if line = strings.TrimSpace(line); line == "" {
				continue
			}
			segs = append(segs, line)
			locs = append(locs, loc{i})
			if len(segs) >= o.Batch {
				if err := flush(); err != nil {
					return nil, err
				}
			}
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	for i := range src {
		out[i] = strings.Join(parts[i], "\n")
	}
	return out, nil
}

// term is a term id and its weight in one document.
type term struct {
	id uint32
	w  float32
}

// vector is a document's terms sorted by id, weights L2-normalised.
type vector []term

// index interns terms and counts document frequencies.
type index struct {
	ids map[string]uint32
	df  []int32
	buf []string
}

func newIndex() *index { return &index{ids: map[string]uint32{}} }

// anchorWeight multiplies the raw count of numbers and Latin tokens.
const anchorWeight = 3

// terms returns the counts (as weights) of the words, bigrams and anchors
// of text; orig, when set, is the untranslated source whose numbers and
// Latin tokens count as anchors too.
func (ix *index) terms(text, orig string) vector {
	counts := map[uint32]float32{}
	add := func(s string, w float32) {
		id, ok := ix.ids[s]
		if !ok {
			id = uint32(len(ix.df))
			ix.ids[s] = id
			ix.df = append(ix.df, 0)
		}
		counts[id] += w
	}
	ix.buf = words(ix.buf[:0], text)
	for i, w := range ix.buf {
		if isAnchor(w) {
			add("#"+w, anchorWeight)
		}
		add(w, 1)
		if i > 0 {
			add(ix.buf[i-1]+" "+w, 1)
		}
	}
	if orig != "" {
		// The untranslated source's numbers and Latin-script words (names,
		// acronyms, URLs) are anchors whatever the MT made of them: a Latin
		// word counts as the same word in the target.
		for _, w := range words(ix.buf[:0], orig) {
			switch {
			case isAnchor(w):
				add("#"+w, anchorWeight)
			case isLatin(w):
				add(w, anchorWeight)
			}
		}
	}
	v := make(vector, 0, len(counts))
	for id, c := range counts {
		v = append(v, term{id, c})
		ix.df[id]++
	}
	slices.SortFunc(v, func(a, b term) int { return int(a.id) - int(b.id) })
	return v
}

// weigh turns counts into sublinear tf × idf, L2-normalised.
func (ix *index) weigh(vs ...[]vector) {
	n := 0
	for _, set := range vs {
		n += len(set)
	}
	for _, set := range vs {
		for _, v := range set {
			norm := 0.0
			for i, t := range v {
				idf := math.Log(float64(n+1) / float64(ix.df[t.id]+1))
				w := (1 + math.Log(float64(t.w))) * idf
				v[i].w = float32(w)
				norm += w * w
			}
			if norm > 0 {
				inv := float32(1 / math.Sqrt(norm))
				for i := range v {
					v[i].w *= inv
				}
			}
		}
	}
}

type edge struct {
	s, t  int
	score float64
}

// candidates proposes targets for each source through an inverted index
// of the targets' rarer terms, and scores the best ones by cosine.
func candidates(ctx context.Context, srcs, tgts []vector, o Options) ([]edge, error) {
	n := len(srcs) + len(tgts)
	maxDF := max(50, n/100)
	post := map[uint32][]int32{}
	dfT := map[uint32]int{}
	for _, v := range tgts {
		for _, t := range v {
			dfT[t.id]++
		}
	}
	for j, v := range tgts {
		for _, t := range v {
			if dfT[t.id] <= maxDF {
				post[t.id] = append(post[t.id], int32(j))
			}
		}
	}
	var edges []edge
	acc := make([]float32, len(tgts))
	var touched []int32
	type cand struct {
		t int32
		a float32
	}
	var cs []cand
	for i, v := range srcs {
		if i%256 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		touched = touched[:0]
		for _, t := range v {
			for _, j := range post[t.id] {
				if acc[j] == 0 {
					touched = append(touched, j)
				}
				acc[j] += t.w
			}
		}
		cs = cs[:0]
		for _, j := range touched {
			cs = append(cs, cand{j, acc[j]})
			acc[j] = 0
		}
		sort.Slice(cs, func(a, b int) bool {
			if cs[a].a != cs[b].a {
				return cs[a].a > cs[b].a
			}
			return cs[a].t < cs[b].t
		})
		for _, c := range cs[:min(len(cs), o.Candidates)] {
			edges = append(edges, edge{i, int(c.t), cosine(v, tgts[c.t])})
		}
	}
	return edges, nil
}

func cosine(a, b vector) float64 {
	s := float32(0)
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id == b[j].id:
			s += a[i].w * b[j].w
			i++
			j++
		case a[i].id < b[j].id:
			i++
		default:
			j++
		}
	}
	return math.Min(1, float64(s))
}

// words appends the lower-cased words of s: runs of letters, digits and
// marks, digits of every script made ASCII, separators inside numbers
// kept out ("1,234" → "1234"), URLs whole.
func words(dst []string, s string) []string {
	for _, f := range strings.Fields(s) {
		if strings.HasPrefix(f, "http://") || strings.HasPrefix(f, "https://") || strings.HasPrefix(f, "www.") {
			dst = append(dst, strings.ToLower(strings.TrimRight(f, ".,;:!?)\"'")))
			continue
		}
		var b []byte
		flush := func() {
			if len(b) > 0 {
				dst = append(dst, string(b))
				b = b[:0]
			}
		}
		prevDigit := false
		for _, r := range f {
			switch {
			case unicode.IsDigit(r):
				b = append(b, byte('0'+int(r)&0xF%10))
				prevDigit = true
				continue
			case prevDigit && (r == ',' || r == '.' || r == '٬' || r == '٫'):
				continue
			case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
				if prevDigit {
					flush()
				}
				b = utf8.AppendRune(b, unicode.ToLower(r))
			default:
				flush()
			}
			prevDigit = false
		}
		flush()
	}
	return dst
}

func isLatin(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return w != ""
}

// isAnchor reports numbers of two digits or more and URLs.
func isAnchor(w string) bool {
	if strings.Contains(w, "://") || strings.HasPrefix(w, "www.") {
		return true
	}
	digits := 0
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
		digits++
	}
	return digits >= 2
}
