package filter

import (
	"math"
	"math/rand/v2"
	"sort"

	"github.com/tarjama/tarjama/corpus"
)

// DocSize is a document and how many pairs it holds.
type DocSize struct {
	Doc   string
	Pairs int
}

// Plan assigns whole documents to parts so that each part's share of the
// pairs is as close as possible to the requested one. Build it with
// [NewPlan] from the kept pairs' document sizes (see [DocCounter]) and
// hand it to [Filter.SetPlan]; documents it does not know go to train.
type Plan struct {
	part map[string]Part
	sum  [3]int
}

// NewPlan fills quotas by document in an order set by the seed:
//
//  1. the documents are shuffled with the seed (after sorting by name, so
//     the input order does not matter);
//  2. every part with a non-zero share first receives one document, in that
//     order, when there are at least as many documents as such parts;
//  3. each further document goes to the part furthest below its target
//     number of pairs;
//  4. moves and swaps of documents between parts that bring the pair counts
//     closer to the targets are made until none helps (never emptying a
//     part), for up to 4,000 documents; above that the documents are small
//     next to the quotas and step 3 already lands close.
//
// All-zero shares put everything in train.
func NewPlan(docs []DocSize, shares [3]float64, seed uint64) *Plan {
	pl := &Plan{part: make(map[string]Part, len(docs))}
	total := shares[0] + shares[1] + shares[2]
	if total == 0 {
		shares, total = [3]float64{1, 0, 0}, 1
	}
	ds := append([]DocSize(nil), docs...)
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].Doc < ds[j].Doc })
	rng := rand.New(rand.NewPCG(seed, 0x7461726a616d61))
	rng.Shuffle(len(ds), func(i, j int) { ds[i], ds[j] = ds[j], ds[i] })
	pairs := 0
	for _, d := range ds {
		pairs += d.Pairs
	}
	var target [3]float64
	var active []Part
	for _, p := range Parts {
		target[p] = shares[p] / total * float64(pairs)
		if shares[p] > 0 {
			active = append(active, p)
		}
	}
	assign := make([]Part, len(ds))
	var cnt [3]int
	var ndocs [3]int
	put := func(i int, p Part) {
		assign[i] = p
		cnt[p] += ds[i].Pairs
		ndocs[p]++
	}
	start := 0
	if len(ds) >= len(active) {
		// One document for each part; step 4 evens out the sizes.
		for k, p := range active {
			put(k, p)
		}
		start = len(active)
	}
	for i := start; i < len(ds); i++ {
		best := active[0]
		for _, p := range active[1:] {
			if target[p]-float64(cnt[p]) > target[best]-float64(cnt[best]) {
				best = p
			}
		}
		put(i, best)
	}
	if len(ds) <= 4000 {
		improve(ds, assign, &cnt, &ndocs, target, active)
	}
	for i, d := range ds {
		pl.part[d.Doc] = assign[i]
		pl.sum[assign[i]] += d.Pairs
	}
	return pl
}

// improve makes moves and swaps that lower Σ|count − target| until none
// does (bounded by 50 passes).
func improve(ds []DocSize, assign []Part, cnt, ndocs *[3]int, target [3]float64, active []Part) {
	cost := func(c [3]int) float64 {
		s := 0.0
		for _, p := range active {
			s += math.Abs(float64(c[p]) - target[p])
		}
		return s
	}
	for pass := 0; pass < 50; pass++ {
		improved := false
		for i := range ds {
			from := assign[i]
			// Move i to another part.
			if ndocs[from] > 1 {
				for _, to := range active {
					if to == from {
						continue
					}
					c := *cnt
					c[from] -= ds[i].Pairs
					c[to] += ds[i].Pairs
					if cost(c) < cost(*cnt)-1e-9 {
						*cnt = c
						ndocs[from]--
						ndocs[to]++
						assign[i] = to
						from = to
						improved = true
						break
					}
				}
			}
			// Swap i with a document of another part.
			for j := range ds {
				to := assign[j]
				if to == from || ds[i].Pairs == ds[j].Pairs {
					continue
				}
				c := *cnt
				c[from] += ds[j].Pairs - ds[i].Pairs
				c[to] += ds[i].Pairs - ds[j].Pairs
				if cost(c) < cost(*cnt)-1e-9 {
					*cnt = c
					assign[i], assign[j] = to, from
					from = to
					improved = true
				}
			}
		}
		if !improved {
			return
		}
	}
}

// Part returns the part of doc (train for documents the plan does not
// hold).
func (pl *Plan) Part(doc string) Part { return pl.part[doc] }

// Pairs returns how many pairs the plan puts in part p.
func (pl *Plan) Pairs(p Part) int { return pl.sum[p] }

// Docs returns how many documents the plan puts in part p.
func (pl *Plan) Docs(p Part) int {
	n := 0
	for _, q := range pl.part {
		if q == p {
			n++
		}
	}
	return n
}

// DocCounter is a corpus.Writer for a first pass over a corpus: it runs
// the filter's checks (deduplication included) and counts the pairs kept
// per document, so that [DocCounter.Plan] can fill the quotas of the
// second pass. It writes nothing.
type DocCounter struct {
	f     *Filter
	order []string
	count map[string]int
}

// NewDocCounter returns a DocCounter over a fresh Filter with opts.
func NewDocCounter(opts Options) (*DocCounter, error) {
	f, err := New(opts)
	if err != nil {
		return nil, err
	}
	return &DocCounter{f: f, count: map[string]int{}}, nil
}

// Write counts p if the checks keep it.
func (c *DocCounter) Write(p corpus.Pair) error {
	if _, reason := c.f.Check(p); reason != Kept {
		return nil
	}
	k := docKey(p)
	if _, ok := c.count[k]; !ok {
		c.order = append(c.order, k)
	}
	c.count[k]++
	return nil
}

// Close does nothing.
func (c *DocCounter) Close() error { return nil }

// Docs returns the documents and their kept pairs, in first-seen order.
func (c *DocCounter) Docs() []DocSize {
	out := make([]DocSize, len(c.order))
	for i, d := range c.order {
		out[i] = DocSize{d, c.count[d]}
	}
	return out
}

// Plan returns the quota plan for the counted documents with the options'
// Split and Seed.
func (c *DocCounter) Plan() *Plan { return NewPlan(c.Docs(), c.f.opts.Split, c.f.opts.Seed) }
