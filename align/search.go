package align

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"

	"golang.org/x/sync/errgroup"
)

const (
	memberShare = 0.5 // a merged sentence's share of its link's similarity below which it is charged
	defaultBand = 4
	maxBand     = 128
	// fullCells is the largest table searched without a band: the
	// coarsest resolution is always at most this big.
	fullCells = 40000
	randPeers = 6 // random partners per sentence for the similarity baseline
)

// params weigh the cost terms. A link of a source and b target sentences
// costs
//
//	-sim·size·excess + len·GC + merge·(a+b-2)
//
// where size is the content size of its sentences (a+b for full-length
// ones), excess how much more similar the two groups are than each is to
// random sentences of the other side (vecalign's normalisation) and GC the
// Gale-Church length cost. An unlinked sentence costs del·size, and a path
// break between sentences that translate each other costs leak·excess.
//
// The weights were chosen on Text+Berg (with MT) and on Arabic–English UD
// PUD and IWSLT documents with merged sentences (without MT), each from a
// plateau rather than a peak. Without a translation, length carries more
// weight and unlinking is dearer, as the anchors are sparse.
type params struct {
	sim, len, merge, del float64
	leak                 float64 // cost of a break between sentences that translate each other
	member               float64 // cost per merged sentence that carries none of its link's similarity
	sized                bool    // weigh links and deletions by content size, not sentence count
	minSize              float64 // smallest content size of a sentence
	variance             float64 // Gale-Church s², per character
	looseLen             float64 // weight of the loose-translation tail of the length model (see lenModel)
}

func paramsFor(hasMT bool) params {
	if hasMT {
		return params{sim: 2, len: 0.6, merge: 1, del: 1.5, leak: 2, member: 1, sized: true, minSize: 0.3, variance: 10, looseLen: 0.05}
	}
	return params{sim: 4, len: 0.5, merge: 1.5, del: 4, sized: true, minSize: 0.3, variance: 6.8}
}

// linkType is a link of a source and b target sentences; wide links
// (beyond MaxGroup, up to EnumGroup) are searched only where one side is an
// enumeration (see level.wideOK).
type linkType struct {
	a, b int
	wide bool
}

// typesUpTo lists 1-0, 0-1 and every a-b link with a, b ≥ 1, max(a,b) ≤ g
// and a+b ≤ g+1 (so 1-6, 2-5, 3-4 … for g = 6).
func typesUpTo(g int) []linkType {
	ts := []linkType{{a: 1}, {b: 1}}
	for s := 2; s <= g+1; s++ {
		for a := 1; a < s; a++ {
			if b := s - a; a <= g && b <= g {
				ts = append(ts, linkType{a: a, b: b})
			}
		}
	}
	return ts
}

// wideTypes lists the 1-k and k-1 links with g < k ≤ e.
func wideTypes(g, e int) []linkType {
	var ts []linkType
	for k := g + 1; k <= e; k++ {
		ts = append(ts, linkType{a: 1, b: k, wide: true}, linkType{a: k, b: 1, wide: true})
	}
	return ts
}

// level is one resolution of the search: single sentences at level 0,
// blocks of 2^k sentences at level k.
type level struct {
	n, m       int
	g          int // largest group size at this level
	rg         int // largest source group of an ordinary link (wider ones are enumerations)
	types      []linkType
	sLen, tLen []float64 // prefix sums of unit lengths
	sSize      []float64 // prefix sums of units' content size (1 for a full sentence)
	tSize      []float64
	sBase      []float64 // prefix sums of units' random-baseline cosine
	tBase      []float64
	sAvg       []float64 // sAvg[i*g+a-1] = mean baseline of units [i-a, i), for a ≤ i
	tAvg       []float64
	sNorm      []float32 // sNorm[i*g+a-1] = |units [i-a, i)|², for a ≤ i
	tNorm      []float32
	cross      func(p, q int) float32 // dot product of source unit p and target unit q
	// crossRow, when set, sets out[k] to cross(p, q+k) for each k, faster.
	crossRow func(out []float32, p, q int)
	self     func(src bool, p, q int) float32
	// sparse, at level 0, holds the sentences' feature vectors: dot
	// products with many partners then go through a probe (see probe.go).
	sparse *features
	ratio  float64
	avg    float64 // mean target sentence length, ×2
	par    params
	// Enumeration markers (level 0 only): each sentence's, and prefix
	// counts of sentences that begin with a marker.
	sEnum, tEnum   []enumInfo
	sStart, tStart []int32
	anyRun         bool // some sentence enumerates items (else enumDiscount is 0)
	// Soft boundaries (level 0 only, see soft.go): sSoft[i] counts the
	// sentences k < i whose boundary with sentence k-1 is soft.
	sSoft, tSoft []int32
	sCut, tCut   []int32 // the same for boundaries inside brackets (bracketBoundary)
}

// softPrefix counts soft boundaries: p[i] = |{k < i : soft[k]}|.
func softPrefix(soft []bool) []int32 {
	p := make([]int32, len(soft)+1)
	for i, s := range soft {
		p[i+1] = p[i]
		if s {
			p[i+1]++
		}
	}
	return p
}

// softInside is the number of soft boundaries inside the many side of a
// 1-k or k-1 link ending at (i, j): the fragments of one sentence that the
// segmenter cut and the translator did not. A many-to-many link counts
// only the boundaries inside brackets on either side (see
// bracketBoundary), as two soft boundaries in the same place on both sides
// are two links, but a cut inside brackets ends no sentence: "… (« Alpine
// Journal » , Nr. 293,S ." then "296-309 ) ." is one sentence whatever the
// other side does with it.
//
// The source group's counts, srcSoft = sSoft[i]-sSoft[i-a+1] and srcCut
// the same of sCut, depend on the row only: the search reads them once per
// row (see level.run).
func (lv *level) softInside(srcSoft, srcCut, j, a, b int) int {
	switch {
	case lv.sSoft == nil:
		return 0
	case a >= 2 && b == 1:
		return srcSoft
	case b >= 2 && a == 1:
		return int(lv.tSoft[j] - lv.tSoft[j-b+1])
	case a >= 2 && b >= 2:
		return srcCut + int(lv.tCut[j]-lv.tCut[j-b+1])
	}
	return 0
}

// softShare is the share of the merge penalty spared per soft boundary
// inside a link's group (chosen on the tune halves: Text+Berg's first half
// and the tune documents of the perturbation tests).
const softShare = 0.5

func hasEnum(es []enumInfo) bool {
	for _, e := range es {
		if e.starts || e.run >= 2 {
			return true
		}
	}
	return false
}

func hasRun(es []enumInfo) bool {
	for _, e := range es {
		if e.run >= 2 {
			return true
		}
	}
	return false
}

func startPrefix(es []enumInfo) []int32 {
	p := make([]int32, len(es)+1)
	for i, e := range es {
		p[i+1] = p[i]
		if e.starts {
			p[i+1]++
		}
	}
	return p
}

// enumSide reports whether a link of a source and b target sentences
// ending at (i, j) joins one enumerating sentence (a run of two or more
// numbered items inside it) to several sentences, and how many of those
// begin with an item marker.
func (lv *level) enumSide(i, j, a, b int) (ok bool, marked int) {
	switch {
	case lv.sEnum == nil:
		return false, 0
	case a == 1 && b >= 2:
		return lv.sEnum[i-1].run >= 2, int(lv.tStart[j] - lv.tStart[j-b])
	case b == 1 && a >= 2:
		return lv.tEnum[j-1].run >= 2, int(lv.sStart[i] - lv.sStart[i-a])
	}
	return false, 0
}

// wideOK reports whether a wide link may end at (i, j): its single
// sentence enumerates items, or all but one of its many sentences begin
// with an item marker.
func (lv *level) wideOK(i, j, a, b int) bool {
	one, marked := lv.enumSide(i, j, a, b)
	return one || marked >= max(a, b)-1
}

// enumDiscount is how much of the merge penalty a link is spared for
// being an enumeration split over lines: most for items that begin with
// their marker.
func (lv *level) enumDiscount(i, j, a, b int) float64 {
	one, marked := lv.enumSide(i, j, a, b)
	if !one {
		return 0
	}
	extra := max(a, b) - 1
	marked = min(marked, extra)
	return lv.par.merge * (enumMarkedDiscount*float64(marked) + enumPlainDiscount*float64(extra-marked))
}

const (
	enumMarkedDiscount = 0.7 // share of the merge penalty spared per merged item that begins with its marker
	enumPlainDiscount  = 0.4 // … per merged sentence without a marker
)

func prefix(xs []float64) []float64 {
	p := make([]float64, len(xs)+1)
	for i, x := range xs {
		p[i+1] = p[i] + x
	}
	return p
}

// prepare computes group norms and similarity baselines from self/cross.
func (lv *level) prepare(rng *rand.Rand) { lv.fillTables(sideRands(rng)) }

// sideRands draws a level's two generators from rng: each side draws from
// its own so the result does not depend on scheduling.
func sideRands(rng *rand.Rand) (rs, rt *rand.Rand) {
	return rand.New(rand.NewPCG(rng.Uint64(), 1)), rand.New(rand.NewPCG(rng.Uint64(), 2))
}

// startPrepare is prepare in the background; the returned function waits
// for it. The seeds are drawn from rng before it returns, so the levels
// prepared after it draw the same ones as if it had run to completion.
func (lv *level) startPrepare(rng *rand.Rand) (wait func()) {
	rs, rt := sideRands(rng)
	done := make(chan struct{})
	go func() {
		defer close(done)
		lv.fillTables(rs, rt)
	}()
	return func() { <-done }
}

// fillTables computes the tables of prepare, drawing random partners from
// rs and rt.
func (lv *level) fillTables(rs, rt *rand.Rand) {
	var g errgroup.Group
	if lv.sparse != nil {
		// Sentence features: one probe load of each sentence serves its
		// dot products with its neighbours (norms) and with its random
		// partners (baseline).
		g.Go(func() error {
			lv.sNorm, lv.sBase = lv.sparseSide(true, rs)
			lv.sAvg = lv.groupMeans(lv.sBase)
			return nil
		})
		g.Go(func() error {
			lv.tNorm, lv.tBase = lv.sparseSide(false, rt)
			lv.tAvg = lv.groupMeans(lv.tBase)
			return nil
		})
		g.Wait()
		return
	}
	g.Go(func() error { lv.sNorm = lv.groupNorms(true, lv.n, nil); return nil })
	g.Go(func() error { lv.tNorm = lv.groupNorms(false, lv.m, nil); return nil })
	g.Wait()
	base := func(src bool, rng *rand.Rand) []float64 {
		n, other, norm, onorm := lv.n, lv.m, lv.sNorm, lv.tNorm
		if !src {
			n, other, norm, onorm = lv.m, lv.n, lv.tNorm, lv.sNorm
		}
		b := make([]float64, n)
		for p := 0; p < n; p++ {
			np := norm[(p+1)*lv.g]
			if np == 0 {
				continue
			}
			var sum float64
			for k := 0; k < randPeers; k++ {
				q := rng.IntN(other)
				nq := onorm[(q+1)*lv.g]
				if nq == 0 {
					continue
				}
				var d float32
				if src {
					d = lv.cross(p, q)
				} else {
					d = lv.cross(q, p)
				}
				sum += float64(d) / math.Sqrt(float64(np)*float64(nq))
			}
			b[p] = sum / randPeers
		}
		return prefix(b)
	}
	g.Go(func() error { lv.sBase = base(true, rs); lv.sAvg = lv.groupMeans(lv.sBase); return nil })
	g.Go(func() error { lv.tBase = base(false, rt); lv.tAvg = lv.groupMeans(lv.tBase); return nil })
	g.Wait()
}

// groupNorms tabulates |units [i-a, i)|² at out[i*g+a-1] for a ≤ min(i, g).
// With a probe (sentence features), pr is loaded with each unit p in turn
// and visit(p, pr) is called with it, so that a caller needing p's dot
// products with other sentences does not load it again.
func (lv *level) groupNorms(src bool, n int, visit func(p int, pr *probe)) []float32 {
	out := make([]float32, (n+1)*lv.g)
	diag := make([]float32, lv.g) // self(p, p-k)
	var pr *probe
	var sd *side
	if lv.sparse != nil {
		pr, sd = getProbe(), &lv.sparse.tgt
		if src {
			sd = &lv.sparse.src
		}
		defer putProbe(pr)
	}
	for i := 1; i <= n; i++ {
		p := i - 1
		if pr != nil {
			diag[0] = sd.norm2[p]
			if (lv.g > 1 && p > 0) || (visit != nil && diag[0] != 0) {
				pr.load(sd.fv(p), sd.wv(p))
			}
			for k := 1; k < lv.g && p-k >= 0; k++ {
				diag[k] = pr.dot(sd.fv(p-k), sd.wv(p-k))
			}
		} else {
			for k := 0; k < lv.g && p-k >= 0; k++ {
				diag[k] = lv.self(src, p-k, p)
			}
		}
		// |[i-a,i)|² = |[i-a,i-1)|² + |x_p|² + 2·Σ_{k=1}^{a-1} x_p·x_{p-k}
		var cum float32
		for a := 1; a <= lv.g && a <= i; a++ {
			if a == 1 {
				cum = diag[0]
			} else {
				cum += 2 * diag[a-1]
			}
			prev := float32(0)
			if a > 1 {
				prev = out[(i-1)*lv.g+a-2]
			}
			out[i*lv.g+a-1] = prev + cum
		}
		if visit != nil {
			visit(p, pr)
		}
	}
	return out
}

// sparseSide computes one side's group norms and the prefix sums of its
// sentences' random baselines: each sentence's mean cosine with randPeers
// random sentences of the other side, drawn from rng.
func (lv *level) sparseSide(src bool, rng *rand.Rand) ([]float32, []float64) {
	n, other := lv.n, lv.m
	sd, od := &lv.sparse.src, &lv.sparse.tgt
	if !src {
		n, other = lv.m, lv.n
		sd, od = od, sd
	}
	b := make([]float64, n)
	norms := lv.groupNorms(src, n, func(p int, pr *probe) {
		// norm2 is the group norm of one unit: |[p, p+1)|².
		np := sd.norm2[p]
		if np == 0 {
			return
		}
		var sum float64
		for k := 0; k < randPeers; k++ {
			q := rng.IntN(other)
			nq := od.norm2[q]
			if nq == 0 {
				continue
			}
			d := pr.dot(od.fv(q), od.wv(q))
			sum += float64(d) / math.Sqrt(float64(np)*float64(nq))
		}
		b[p] = sum / randPeers
	})
	return norms, prefix(b)
}

// groupMeans tabulates the mean of each group of up to g units from
// prefix sums: the search needs it for every link type at every cell.
func (lv *level) groupMeans(pre []float64) []float64 {
	out := make([]float64, len(pre)*lv.g)
	for i := 1; i < len(pre); i++ {
		for a := 1; a <= lv.g && a <= i; a++ {
			out[i*lv.g+a-1] = (pre[i] - pre[i-a]) / float64(a)
		}
	}
	return out
}

// rowChunk is the number of rows fillRows hands to its function at a
// time.
const rowChunk = 512

// fillRows calls fn(start, end) for chunks of rows [start, end) covering
// [0, n), in order, on another goroutine, and returns at once: the search
// consumes the rows as they come, so on two CPUs it does not wait for
// them (they cost it about a third of its own time). ready(i) returns
// once the chunk of row i and all before it are done, or skipped because
// ctx is done: the caller checks ctx after it. fn must only write state
// of its own rows.
func fillRows(ctx context.Context, n int, fn func(start, end int)) (ready func(i int)) {
	done := make([]chan struct{}, (n+rowChunk-1)/rowChunk)
	for k := range done {
		done[k] = make(chan struct{})
	}
	go func() {
		for k := range done {
			if ctx.Err() == nil {
				fn(k*rowChunk, min(n, (k+1)*rowChunk))
			}
			close(done[k])
		}
	}()
	return func(i int) { <-done[i/rowChunk] }
}

// band limits the search to cells (i, j) with lo[i] ≤ j ≤ hi[i]; lo and hi
// never decrease, lo[0] = 0 and hi[n] = m.
type band struct{ lo, hi []int }

func fullBand(n, m int) band {
	b := band{lo: make([]int, n+1), hi: make([]int, n+1)}
	for i := range b.hi {
		b.hi[i] = m
	}
	return b
}

// node is a path point: (i, j) sentences aligned so far.
// step is one link of a path: the units it covers and its cost.
type step struct {
	i0, i1, j0, j1 int
	cost           float64
	excess, gc     float64 // the link's similarity excess and length cost
}

// delCost is the cost of leaving source units [i-a, i) or target units
// [j-b, j) unlinked.
func (lv *level) delCost(i, j, a, b int) float64 {
	return lv.par.del * lv.size(i, j, a, b)
}

// lenModel returns a link's plain (Gale-Church) length cost, the
// Gale-Church probability p of its length difference and the weight ε of a
// flat loose-translation tail (0 when the plain model applies), ε =
// looseLen·min(1, excess/looseExcess). The loose cost is
// -log((p + ε)/(1 + ε)), so a length disagreement costs at most about
// -log ε: a free translation (one that condenses two sentences into a
// shorter one) keeps its similarity but not its length, and the more
// similar the link's two sides are, the less its length should decide.
// The search charges the loose cost to a 1-1 link, and to a merged link
// only if every merged sentence carries at least its full share of the
// link's similarity (share ≥ looseShare, see memberPen; ≥ fragShare for
// the fragments of one cut sentence, see looseShareFor): a sentence
// absorbed from a deletion on the other side carries less, and such a link
// pays the plain cost, so deletions are still found.
func (lv *level) lenModel(i, j, a, b int, excess float64) (plain, p, eps float64) {
	ls, lt := (lv.sLen[i]-lv.sLen[i-a])*lv.ratio, lv.tLen[j]-lv.tLen[j-b]
	if lv.par.looseLen <= 0 || excess <= 0 || lv.sparse == nil {
		// Coarse levels (blocks, sketches) keep the plain model: on the
		// test sets it changed no figure there, and it would cost a
		// logarithm per link.
		return lv.par.len * galeChurch(ls, lt, lv.par.variance), 1, 0
	}
	gc, p := galeChurchP(ls, lt, lv.par.variance)
	return lv.par.len * gc, p, lv.par.looseLen * min(1, excess/looseExcess)
}

// looseCost is the weighted loose length cost, -log((p+ε)/(1+ε)).
func (lv *level) looseCost(p, eps float64) float64 {
	return lv.par.len * max(0, math.Log((1+eps)/(p+eps)))
}

// looseBelow bounds looseCost from below without a logarithm
// (log x ≥ 1 - 1/x).
func (lv *level) looseBelow(p, eps float64) float64 {
	return lv.par.len * (1 - p) / (1 + eps)
}

const (
	looseExcess = 0.5 // similarity excess at which the loose tail has its full weight
	looseShare  = 1   // smallest share of a merged sentence for the loose cost
	fragShare   = 0.5 // the same for the fragments of one cut sentence (see looseShareFor)
)

// looseShareFor is the smallest share of a merged sentence for which a
// link of a source and b target sentences, with nsoft soft boundaries
// inside its group (see softInside), is charged the loose length cost.
// When every boundary inside the group is soft, the group is one sentence
// the segmenter cut (at a colon, inside brackets), not neighbours one of
// which the other side may have deleted; a translator who condenses it
// need not give each fragment its full share of the words, so half of it
// (fragShare, memberShare's level) is enough.
func looseShareFor(a, b, nsoft int) float64 {
	if (a == 1 || b == 1) && nsoft > 0 && nsoft == max(a, b)-1 {
		return fragShare
	}
	return looseShare
}

// pruneSlack keeps exact pruning exact under float rounding: a bound
// computed in another order than the cost may differ from it in its last
// bits.
const pruneSlack = 1e-9

// size is a link's content size (a+b for full-length sentences).
func (lv *level) size(i, j, a, b int) float64 {
	if lv.par.sized {
		return lv.sSize[i] - lv.sSize[i-a] + lv.tSize[j] - lv.tSize[j-b]
	}
	return float64(a + b)
}

// simCost is the similarity reward of a link (negative), from its
// linkNorms.
func (lv *level) simCost(ns, nt float32, base float64, dot float32, size float64) float64 {
	return -lv.par.sim * size * excessOf(ns, nt, base, dot)
}

// rewardBelow reports, without a square root or a division, that a link's
// similarity cost -sim·size·excess is certainly at least t: the link's
// reward is too small for it to beat the best one so far. It answers false
// when in doubt; the caller then computes the cost exactly. With excess =
// (cos-base)/(1-base) and cos = dot/√(ns·nt), the cost is at least t when
// cos ≤ c = base + x·(1-base), x = -t/(sim·size), that is (for dot, c > 0)
// when dot² ≤ c²·ns·nt (or dot ≤ 0), tested as (dot·r)² ≤ (c·r)²·ns·nt
// with r = sim·size to spare the division; a relative margin of 1e-9 there is far larger than
// the rounding of either side and far smaller than pruneSlack.
func (lv *level) rewardBelow(ns, nt float32, base float64, dot float32, size, t float64) bool {
	if !(ns > 0 && nt > 0) {
		return t < -1e-6 // the excess is 0
	}
	// Everything multiplied by r = sim·size > 0: cr = c·r.
	r := lv.par.sim * size
	cr := base*r - t*(1-base)
	if !(cr > 1e-6*r) {
		return false
	}
	if dot <= 0 {
		return true // cos ≤ 0 < c; sentences sharing no feature are most
	}
	dr := float64(dot) * r
	return dr*dr <= cr*cr*(float64(ns)*float64(nt))*(1-1e-9)
}

// maxExcess bounds a link's similarity excess from above (1 for identical
// sides, with room for float32 rounding): a link whose cost without its
// similarity is already worse than the best one by more than the largest
// reward it could earn is not evaluated further.
const maxExcess = 1.05

// evidence returns a link's similarity excess (how much more alike its two
// sides are than each is to random sentences of the other document, 1 for
// identical) and its two lengths in target characters.
func (lv *level) evidence(i, j, a, b int, dot float32) (excess, ls, lt float64) {
	ns, nt, base := lv.linkNorms(i, j, a, b)
	return excessOf(ns, nt, base, dot), (lv.sLen[i] - lv.sLen[i-a]) * lv.ratio, lv.tLen[j] - lv.tLen[j-b]
}

// linkNorms returns the squared norms of a link's two groups and its
// similarity baseline, the mean random-baseline cosine of its two groups
// (at most 0.9). The search reads them once per link for its pruning test
// and its cost.
func (lv *level) linkNorms(i, j, a, b int) (ns, nt float32, base float64) {
	return lv.sNorm[i*lv.g+a-1], lv.tNorm[j*lv.g+b-1], linkBase(lv.sAvg[i*lv.g+a-1], lv.tAvg[j*lv.g+b-1])
}

// linkBase is a link's similarity baseline from its two groups' mean
// baselines.
func linkBase(s, t float64) float64 { return min((s+t)/2, 0.9) }

// excessOf is the similarity excess of a link with linkNorms ns, nt, base
// and dot product dot (see evidence).
func excessOf(ns, nt float32, base float64, dot float32) float64 {
	if !(ns > 0 && nt > 0) {
		return 0
	}
	cos := float64(dot) / math.Sqrt(float64(ns)*float64(nt))
	return (cos - base) / (1 - base)
}

// galeChurch is -log P(|δ| ≥ observed) for the length difference of a link,
// δ = (lt-ls)/sqrt(s²·mean length), read from a table: it is evaluated for
// every link type at every cell.
func galeChurch(ls, lt, variance float64) float64 {
	d := math.Abs(lt-ls) / math.Sqrt(variance*((ls+lt)/2+1))
	x := d * gcSteps
	if k := int(x); k < len(gcTable)-1 {
		f := x - float64(k)
		return gcTable[k]*(1-f) + gcTable[k+1]*f
	}
	// Far out the cost is ~d²/2; continue the table with that slope
	// (math.Log here would dominate the search's run time).
	return gcTable[len(gcTable)-1] + (d*d-64)/2
}

// galeChurchP is galeChurch with P(|δ| ≥ observed) = erfc(δ/√2), also
// read from a table (0 beyond it, where it is below 1e-15).
func galeChurchP(ls, lt, variance float64) (gc, p float64) {
	d := math.Abs(lt-ls) / math.Sqrt(variance*((ls+lt)/2+1))
	x := d * gcSteps
	if k := int(x); k < len(gcTable)-1 {
		f := x - float64(k)
		return gcTable[k]*(1-f) + gcTable[k+1]*f, gcProb[k]*(1-f) + gcProb[k+1]*f
	}
	return gcTable[len(gcTable)-1] + (d*d-64)/2, 0
}

const gcSteps = 64 // table entries per unit of δ

var gcProb = func() []float64 {
	t := make([]float64, 8*gcSteps+1)
	for k := range t {
		t[k] = math.Erfc(float64(k) / gcSteps / math.Sqrt2)
	}
	return t
}()

var gcTable = func() []float64 {
	t := make([]float64, 8*gcSteps+1)
	for k := range t {
		d := float64(k) / gcSteps
		if d > 6 {
			t[k] = gcTail(d)
		} else {
			t[k] = -math.Log(math.Erfc(d / math.Sqrt2))
		}
	}
	return t
}()

// gcTail is the asymptotic form of -log erfc(d/√2), where erfc underflows.
func gcTail(d float64) float64 { return d*d/2 + math.Log(d*math.Sqrt(math.Pi/2)) }

// run searches the band and returns the best path's steps, and whether the
// path ran along the band's edge (so a wider band might do better).
func (lv *level) run(ctx context.Context, bd band) ([]step, bool, error) {
	n, m, g := lv.n, lv.m, lv.g
	// Cross dot products of each source unit with the target units any
	// link through it can reach, as prefix sums along the target side.
	dlo := make([]int, n)
	doff := make([]int, n+1)
	dhiOf := func(p int) int { return dlo[p] + doff[p+1] - doff[p] - 1 }
	for p := 0; p < n; p++ {
		dlo[p] = bd.lo[max(0, p+1-lv.rg)]
		dhi := bd.hi[min(n, p+lv.rg)]
		doff[p+1] = doff[p] + dhi - dlo[p] + 1
	}
	pre := make([]float32, doff[n])
	maxFeats, maxRow := 0, 0
	if sp := lv.sparse; sp != nil {
		for p := 0; p < n; p++ {
			if hi := dhiOf(p); hi > dlo[p] {
				maxFeats = max(maxFeats, int(sp.tgt.off[hi]-sp.tgt.off[dlo[p]]))
				maxRow = max(maxRow, hi-dlo[p])
			}
		}
	}
	rowsReady := fillRows(ctx, n, func(start, end int) {
		if sp := lv.sparse; sp != nil {
			// Sentence features: the row's target sentences in a window,
			// each source sentence looked up in it.
			win := getWindow(&sp.tgt, maxFeats, dlo[start])
			defer putWindow(win)
			acc := make([]float32, maxRow)
			for p := start; p < end; p++ {
				row := pre[doff[p]:doff[p+1]]
				if lv.sNorm[(p+1)*g] == 0 || len(row) < 2 {
					continue // no features: all dots are zero
				}
				win.move(dlo[p], dhiOf(p))
				a := acc[:len(row)-1]
				clear(a)
				win.dots(a, sp.src.fv(p), sp.src.wv(p))
				for k := 1; k < len(row); k++ {
					row[k] = row[k-1] + a[k-1]
				}
			}
			return
		}
		var dots []float32
		for p := start; p < end; p++ {
			row := pre[doff[p]:doff[p+1]]
			if lv.sNorm[(p+1)*g] == 0 || len(row) < 2 {
				continue
			}
			if lv.crossRow != nil {
				dots = slices.Grow(dots[:0], len(row)-1)[:len(row)-1]
				lv.crossRow(dots, p, dlo[p])
				for k := 1; k < len(row); k++ {
					row[k] = row[k-1] + dots[k-1]
				}
				continue
			}
			for k := 1; k < len(row); k++ {
				row[k] = row[k-1] + lv.cross(p, dlo[p]+k-1)
			}
		}
	})
	// Row p's prefix sum up to target q is pre[rowAt[p]+q].
	rowAt := make([]int, n)
	for p := range rowAt {
		rowAt[p] = doff[p] - dlo[p]
	}
	groupDot := func(i, j, a, b int) float32 {
		var s float32
		for p := i - a; p < i; p++ {
			o := rowAt[p] + j
			s += pre[o] - pre[o-b]
		}
		return s
	}

	// memberPen charges a merged link for each of its sentences that does
	// not carry its share of the link's similarity: a sentence absorbed
	// into a neighbour's link instead of being left unlinked (a deletion)
	// adds to the group's norm but not to its dot product. A sentence's
	// share is its dot product with the other side's group over the
	// link's, relative to its share of its own group's squared norm: about
	// 1 for a real part of the link, near 0 for an absorbed one.
	//
	// It also returns the smallest share of the link's sentences (0 when
	// the link has no similarity), which decides its length model (see
	// lenModel).
	memberPen := func(i, j, a, b int, dot float32) (pen, minShare float64) {
		if lv.par.member == 0 || dot <= 0 || a == 0 || b == 0 {
			return 0, 0
		}
		minShare = math.Inf(1)
		charge := func(dp, np, ng float32, size float64) {
			if np <= 0 || ng <= 0 {
				minShare = 0 // a sentence without features carries nothing
				return
			}
			share := (float64(dp) / float64(dot)) / (float64(np) / float64(ng))
			minShare = min(minShare, share)
			if share < memberShare {
				pen += size * size * (memberShare - share) / memberShare
			}
		}
		if a > 1 {
			ng := lv.sNorm[i*g+a-1]
			for p := i - a; p < i; p++ {
				r := pre[doff[p]:doff[p+1]]
				charge(r[j-dlo[p]]-r[j-b-dlo[p]], lv.sNorm[(p+1)*g], ng, lv.sSize[p+1]-lv.sSize[p])
			}
		}
		if b > 1 {
			ng := lv.tNorm[j*g+b-1]
			for q := j - b; q < j; q++ {
				var dq float32
				for p := i - a; p < i; p++ {
					r := pre[doff[p]:doff[p+1]]
					dq += r[q+1-dlo[p]] - r[q-dlo[p]]
				}
				charge(dq, lv.tNorm[(q+1)*g], ng, lv.tSize[q+1]-lv.tSize[q])
			}
		}
		return lv.par.member * pen, minShare
	}

	// leak measures how much a path break at (i, j) cuts through a
	// translation: how alike the sentences just before the break on one
	// side are to those just after it on the other. A high value means
	// the break splits a unit that translators kept together.
	single := func(p, q int) float64 {
		if p < 0 || p >= n || q < 0 || q >= m || q < dlo[p] || q+1-dlo[p] >= doff[p+1]-doff[p] {
			return 0
		}
		r := pre[doff[p]:doff[p+1]]
		ns, nt := lv.sNorm[(p+1)*g], lv.tNorm[(q+1)*g]
		if ns == 0 || nt == 0 {
			return 0
		}
		cos := float64(r[q+1-dlo[p]]-r[q-dlo[p]]) / math.Sqrt(float64(ns)*float64(nt))
		base := (lv.sBase[p+1] - lv.sBase[p] + lv.tBase[q+1] - lv.tBase[q]) / 2
		return max(0, (cos-base)/(1-min(base, 0.9)))
	}
	// leak(i, j) is single(i-1, j) + single(i, j-1), so each single(p, q)
	// serves two cells, (p+1, q) and (p, q+1): row p's are computed once,
	// by nextLeakRow at row p, for the targets both rows reach, and the
	// previous row's are kept.
	var above, here []float64 // single(i-1, q) at above[q-aboveLo], single(i, q) at here[q-hereLo]
	aboveLo, hereLo := 0, 0
	nextLeakRow := func(i int) { // i < n
		above, here = here, above[:0]
		aboveLo, hereLo = hereLo, max(0, bd.lo[i]-1)
		for q := hereLo; q <= min(m-1, bd.hi[i+1]); q++ {
			here = append(here, single(i, q))
		}
	}
	leak := func(i, j int) float64 {
		if i == 0 || j == 0 || i == n || j == m {
			return 0
		}
		return above[j-aboveLo] + here[j-1-hereLo]
	}

	coff := make([]int, n+2)
	for i := 0; i <= n; i++ {
		coff[i+1] = coff[i] + bd.hi[i] - bd.lo[i] + 1
	}
	cost := make([]float64, coff[n+1])
	back := make([]uint8, coff[n+1])
	inf := math.Inf(1)
	// Loop invariants of the cell loop, taken out of it: each type's
	// merge penalty (the same product the loop computed) and, per row i,
	// where each earlier row i-a of the table lies.
	type rowRef struct {
		off, lo, hi int     // cell (i-a, pj) is cost[off+pj], lo ≤ pj ≤ hi
		size        float64 // source side's part of lv.size: sSize[i]-sSize[i-a]
		soft, cut   int     // the source group's counts for lv.softInside, for a ≥ 2
	}
	rows := make([]rowRef, g+1)
	mcs := make([]float64, len(lv.types))
	for t, ty := range lv.types {
		mcs[t] = lv.par.merge * float64(ty.a+ty.b-2)
	}
	for i := 0; i <= n; i++ {
		if i < n && i%rowChunk == 0 {
			rowsReady(i) // row i reads pre's rows up to i (nextLeakRow)
		}
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, false, err
			}
		}
		for a := 0; a <= min(i, g); a++ {
			rows[a] = rowRef{off: coff[i-a] - bd.lo[i-a], lo: bd.lo[i-a], hi: bd.hi[i-a], size: lv.sSize[i] - lv.sSize[i-a]}
			if lv.sSoft != nil && a >= 2 {
				rows[a].soft, rows[a].cut = int(lv.sSoft[i]-lv.sSoft[i-a+1]), int(lv.sCut[i]-lv.sCut[i-a+1])
			}
		}
		if lv.par.leak != 0 && i < n {
			nextLeakRow(i)
		}
		// linkNorms' tables at row i (and column j below).
		sn, sa := lv.sNorm[i*g:(i+1)*g], lv.sAvg[i*g:(i+1)*g]
		for j := bd.lo[i]; j <= bd.hi[i]; j++ {
			tn, ta := lv.tNorm[j*g:(j+1)*g], lv.tAvg[j*g:(j+1)*g]
			c := coff[i] + j - bd.lo[i]
			if i == 0 && j == 0 {
				cost[c] = 0
				back[c] = 255
				continue
			}
			best, bt := inf, uint8(255)
			for t, ty := range lv.types {
				if ty.a > i {
					continue
				}
				pi, pj := i-ty.a, j-ty.b
				r := &rows[ty.a]
				if pj < r.lo || pj > r.hi { // also when pj < 0: lo ≥ 0
					continue
				}
				prev := cost[r.off+pj]
				if prev == inf {
					continue
				}
				if ty.wide && (!lv.wideOK(i, j, ty.a, ty.b) ||
					// Rows reach lv.rg source sentences either way; a
					// wider k-1 link must stay within them.
					(ty.a > lv.rg && (pj < dlo[i-1] || j > dhiOf(pi)))) {
					continue
				}
				var v float64
				if ty.a == 0 || ty.b == 0 {
					v = prev + lv.delCost(i, j, ty.a, ty.b)
				} else {
					var disc float64
					nsoft := 0
					size := float64(ty.a + ty.b)
					if lv.par.sized { // lv.size, the same sum in the same order
						size = r.size + lv.tSize[j] - lv.tSize[j-ty.b]
					}
					if ty.a > 1 || ty.b > 1 {
						if lv.anyRun {
							disc = lv.enumDiscount(i, j, ty.a, ty.b)
						}
						nsoft = lv.softInside(r.soft, r.cut, j, ty.a, ty.b)
						disc += softShare * lv.par.merge * float64(nsoft)
						// Exact pruning: no similarity can save this
						// link, even before its length is costed.
						if prev+mcs[t]-disc-lv.par.sim*size*maxExcess >= best {
							continue
						}
					}
					// The similarity reward is cheaper than the length
					// cost (and often decides alone): with it, prune
					// exactly (the length cost is ≥ 0) before the length.
					mc := mcs[t]
					dot := groupDot(i, j, ty.a, ty.b)
					ns, nt, base := sn[ty.a-1], tn[ty.b-1], linkBase(sa[ty.a-1], ta[ty.b-1]) // lv.linkNorms
					if lv.rewardBelow(ns, nt, base, dot, size, best+pruneSlack-(prev+mc-disc)) {
						continue
					}
					sc := lv.simCost(ns, nt, base, dot, size)
					if prev+sc+mc-disc >= best+pruneSlack {
						continue
					}
					// sc = -sim·size·excess: the link's excess sets how
					// loose its length may be.
					plain, p, eps := lv.lenModel(i, j, ty.a, ty.b, -sc/(lv.par.sim*size))
					loose := plain
					if eps > 0 {
						// Exact pruning again, before the logarithm.
						if prev+sc+mc-disc+lv.looseBelow(p, eps) >= best+pruneSlack {
							continue
						}
						loose = lv.looseCost(p, eps)
					}
					v = prev + (sc + loose + mc)
					if ty.a > 1 || ty.b > 1 {
						v -= disc
						if v >= best {
							continue // the member penalty (and plain ≥ loose) only adds
						}
						pen, share := memberPen(i, j, ty.a, ty.b, dot)
						v += pen
						if ty.a >= 2 && ty.b >= 2 && share < memberShare {
							// A many-to-many link keeps its bracket
							// discount only if each of its sentences
							// carries its share: a cut group must not
							// pull in a neighbour, or a sentence the
							// other side inserted, at a discount.
							v += softShare * lv.par.merge * float64(nsoft)
						}
						if share < looseShareFor(ty.a, ty.b, nsoft) {
							v += plain - loose
						}
					}
				}
				if v < best {
					best, bt = v, uint8(t)
				}
			}
			if lv.par.leak != 0 && best != inf {
				best += lv.par.leak * leak(i, j)
			}
			cost[c], back[c] = best, bt
		}
	}
	// Backtrack from (n, m).
	var steps []step
	touched := false
	i, j := n, m
	for i > 0 || j > 0 {
		c := coff[i] + j - bd.lo[i]
		if (j == bd.lo[i] && j > 0 && bd.lo[i] > 0) || (j == bd.hi[i] && j < m) {
			touched = true
		}
		t := back[c]
		if t == 255 {
			// Unreachable cell: cannot happen with a band containing a
			// monotone path from (0,0) to (n,m); fall back to deletions.
			break
		}
		ty := lv.types[t]
		pi, pj := i-ty.a, j-ty.b
		st := step{i0: pi, i1: i, j0: pj, j1: j, cost: cost[c] - cost[coff[pi]+pj-bd.lo[pi]]}
		if ty.a > 0 && ty.b > 0 {
			var ls, lt float64
			st.excess, ls, lt = lv.evidence(i, j, ty.a, ty.b, groupDot(i, j, ty.a, ty.b))
			st.gc = galeChurch(ls, lt, lv.par.variance)
		}
		steps = append(steps, st)
		i, j = pi, pj
	}
	for i > 0 {
		steps = append(steps, step{i0: i - 1, i1: i, j0: j, j1: j, cost: lv.par.del})
		i--
	}
	for j > 0 {
		steps = append(steps, step{i0: 0, i1: 0, j0: j - 1, j1: j, cost: lv.par.del})
		j--
	}
	for l, r := 0, len(steps)-1; l < r; l, r = l+1, r-1 {
		steps[l], steps[r] = steps[r], steps[l]
	}
	return steps, touched, nil
}

// project turns a coarse path (units of 2 finer units) into a band at the
// finer level with n×m units, w units either side of the path.
func project(steps []step, n, m, w int) band {
	baseLo := make([]int, n+1)
	baseHi := make([]int, n+1)
	for i := range baseLo {
		baseLo[i] = m
	}
	for _, s := range steps {
		i0, i1 := min(2*s.i0, n), min(2*s.i1, n)
		j0, j1 := min(2*s.j0, m), min(2*s.j1, m)
		for i := i0; i <= i1; i++ {
			baseLo[i] = min(baseLo[i], j0)
			baseHi[i] = max(baseHi[i], j1)
		}
	}
	return widen(baseLo, baseHi, n, m, w)
}

func widen(baseLo, baseHi []int, n, m, w int) band {
	b := band{lo: make([]int, n+1), hi: make([]int, n+1)}
	for i := 0; i <= n; i++ {
		b.lo[i] = max(0, baseLo[max(0, i-w)]-w)
		b.hi[i] = min(m, baseHi[min(n, i+w)]+w)
	}
	b.lo[0], b.hi[n] = 0, m
	for i := 1; i <= n; i++ { // keep monotone after clamping
		b.lo[i] = max(b.lo[i], b.lo[i-1])
	}
	for i := n - 1; i >= 0; i-- {
		b.hi[i] = min(b.hi[i], b.hi[i+1])
	}
	return b
}

// refine searches lv in a band of half-width w around the coarse path,
// doubling w while the best path runs into the band's edge.
func (lv *level) refine(ctx context.Context, coarse []step, w int) ([]step, error) {
	for {
		bd := project(coarse, lv.n, lv.m, w)
		steps, touched, err := lv.run(ctx, bd)
		if err != nil {
			return nil, err
		}
		// Widening stops at maxBand: drift beyond it shows at a coarser
		// level, where it is a few units, and keeps the search linear.
		if !touched || w >= maxBand || (w > lv.n && w > lv.m) {
			return steps, nil
		}
		w *= 2
	}
}

// baselineSeed seeds the draw of random partners for the similarity
// baselines of every level. It is fixed, so Align's output is
// deterministic; tests vary it to tell how much of a figure is the luck of
// the draw (see TestTextBergSeeds).
var baselineSeed = [2]uint64{0x7a72, 0x6a61}

// search runs the coarse-to-fine alignment of extracted documents.
func search(ctx context.Context, f *features, opts Options) ([]Link, error) {
	par := paramsFor(f.hasMT)
	rng := rand.New(rand.NewPCG(baselineSeed[0], baselineSeed[1]))
	n, m := f.src.n(), f.tgt.n()
	if !hasEnum(f.src.enum) && !hasEnum(f.tgt.enum) {
		opts.EnumGroup = opts.MaxGroup // no wide links possible: do not pay for their norms
	}
	g0 := max(opts.MaxGroup, opts.EnumGroup)
	lv0 := &level{
		n: n, m: m, g: g0, rg: opts.MaxGroup, types: append(typesUpTo(opts.MaxGroup), wideTypes(opts.MaxGroup, opts.EnumGroup)...),
		sEnum: f.src.enum, tEnum: f.tgt.enum,
		sSoft: softPrefix(f.src.soft), tSoft: softPrefix(f.tgt.soft), sCut: softPrefix(f.src.cut), tCut: softPrefix(f.tgt.cut), sStart: startPrefix(f.src.enum), tStart: startPrefix(f.tgt.enum),
		sLen: prefix(f.src.lens), tLen: prefix(f.tgt.lens),
		sSize: prefix(contentSize(f.src.lens, par.minSize)), tSize: prefix(contentSize(f.tgt.lens, par.minSize)),
		ratio: f.ratio, par: par, sparse: f,
		cross: func(p, q int) float32 { return dot(f.src.fv(p), f.src.wv(p), f.tgt.fv(q), f.tgt.wv(q)) },

		self: func(src bool, p, q int) float32 {
			switch {
			case p == q && src:
				return f.src.norm2[p]
			case p == q:
				return f.tgt.norm2[p]
			case src:
				return dot(f.src.fv(p), f.src.wv(p), f.src.fv(q), f.src.wv(q))
			}
			return dot(f.tgt.fv(p), f.tgt.wv(p), f.tgt.fv(q), f.tgt.wv(q))
		},
	}
	lv0.anyRun = hasRun(f.src.enum) || hasRun(f.tgt.enum)
	lv0.avg = 2 * lv0.tLen[m] / float64(m)
	// The finest level's tables are needed only once the coarser levels
	// are searched: they fill on another CPU meanwhile.
	lv0Ready := lv0.startPrepare(rng)
	defer lv0Ready()
	levels := []*level{lv0}
	var sk, tk []float32 // sketches of the current coarse level
	srcLens, tgtLens := f.src.lens, f.tgt.lens
	srcSize, tgtSize := contentSize(f.src.lens, par.minSize), contentSize(f.tgt.lens, par.minSize)
	for k := 1; ; k++ {
		cur := levels[len(levels)-1]
		if (cur.n+1)*(cur.m+1) <= fullCells || cur.n < 4 || cur.m < 4 {
			break
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if k == 1 {
			done := make(chan struct{})
			go func() {
				defer close(done)
				tk = sentenceSketches(f, &f.tgt)
			}()
			sk = sentenceSketches(f, &f.src)
			<-done
		}
		sk, tk = halve(sk), halve(tk)
		srcLens, tgtLens = halveLens(srcLens), halveLens(tgtLens)
		srcSize, tgtSize = halveLens(srcSize), halveLens(tgtSize)
		skk, tkk := sk, tk
		lv := &level{
			n: len(srcLens), m: len(tgtLens), g: 3, rg: 3, types: typesUpTo(3),
			sLen: prefix(srcLens), tLen: prefix(tgtLens),
			sSize: prefix(srcSize), tSize: prefix(tgtSize),
			ratio: f.ratio, par: coarsePar(par, k),
			cross:    func(p, q int) float32 { return denseDot(skk[p*sketchDim:], tkk[q*sketchDim:]) },
			crossRow: func(out []float32, p, q int) { denseDots(out, skk[p*sketchDim:], tkk[q*sketchDim:]) },
			self: func(src bool, p, q int) float32 {
				if src {
					return denseDot(skk[p*sketchDim:], skk[q*sketchDim:])
				}
				return denseDot(tkk[p*sketchDim:], tkk[q*sketchDim:])
			},
		}
		lv.avg = 2 * lv.tLen[lv.m] / float64(lv.m)
		lv.prepare(rng)
		levels = append(levels, lv)
	}
	top := levels[len(levels)-1]
	if top == lv0 {
		lv0Ready()
	}
	steps, _, err := top.run(ctx, fullBand(top.n, top.m))
	if err != nil {
		return nil, err
	}
	sk, tk = nil, nil
	for k := len(levels) - 2; k >= 0; k-- {
		// The coarser level (its sketches and tables) is done with:
		// let the collector have it before the finer, bigger search.
		levels[k+1] = nil
		if k == 0 {
			lv0Ready()
		}
		if steps, err = levels[k].refine(ctx, steps, opts.Band); err != nil {
			return nil, err
		}
	}
	links := make([]Link, len(steps))
	for k, s := range steps {
		l := Link{Src: span(s.i0, s.i1), Tgt: span(s.j0, s.j1)}
		if a, b := s.i1-s.i0, s.j1-s.j0; a > 0 && b > 0 {
			l.Score = linkScore(f.hasMT, s.excess, s.gc) * lv0.memberFactor(s)
		}
		links[k] = l
	}
	contextScores(links, steps)
	return links, nil
}

// memberFactor discounts the score of a merged link by its weakest
// sentence: one that is no more like the other side than random sentences
// are (a sentence deleted on the other side and absorbed into its
// neighbour's link) makes the link wrong however alike the rest is. A
// sentence's share is its own similarity excess over the link's, scaled
// by the square root of its share of its group's squared norm (1 for one
// of two equal halves that both translate the other side); shares of
// memberShare and above cost nothing.
func (lv *level) memberFactor(s step) float64 {
	a, b := s.i1-s.i0, s.j1-s.j0
	if a+b <= 2 || s.excess <= 0 || a > lv.g || b > lv.g {
		return 1
	}
	g := lv.g
	ns, nt := lv.sNorm[s.i1*g+a-1], lv.tNorm[s.j1*g+b-1]
	if ns <= 0 || nt <= 0 {
		return 1
	}
	worst := 1.0
	member := func(d, np, ng, no float32, base float64) {
		if np <= 0 {
			return
		}
		cos := float64(d) / math.Sqrt(float64(np)*float64(no))
		e := (cos - base) / (1 - min(base, 0.9))
		share := e / s.excess * math.Sqrt(float64(ng)/float64(np))
		worst = min(worst, max(0, share)/memberShare)
	}
	if a > 1 {
		for p := s.i0; p < s.i1; p++ {
			var d float32
			for q := s.j0; q < s.j1; q++ {
				d += lv.cross(p, q)
			}
			member(d, lv.sNorm[(p+1)*g], ns, nt, lv.sBase[p+1]-lv.sBase[p])
		}
	}
	if b > 1 {
		for q := s.j0; q < s.j1; q++ {
			var d float32
			for p := s.i0; p < s.i1; p++ {
				d += lv.cross(p, q)
			}
			member(d, lv.tNorm[(q+1)*g], nt, ns, lv.tBase[q+1]-lv.tBase[q])
		}
	}
	return min(1, worst)
}

// contextScores raises the score of a link whose own similarity says
// little (a short sentence shares few n-grams with its translation) but
// whose lengths agree and whose neighbours on both sides are confident
// links: sandwiched between two right links, with nothing else left to
// pair, it is almost always right itself. The raised score is the weaker
// neighbour's, discounted by the link's length disagreement.
func contextScores(links []Link, steps []step) {
	own := make([]float64, len(links))
	for k, l := range links {
		own[k] = l.Score
	}
	linked := func(k int) bool { return k >= 0 && k < len(links) && len(links[k].Src) > 0 && len(links[k].Tgt) > 0 }
	for k := range links {
		if !linked(k) {
			continue
		}
		var nb []float64
		if k > 0 {
			if !linked(k - 1) {
				continue
			}
			nb = append(nb, own[k-1])
		}
		if k+1 < len(links) {
			if !linked(k + 1) {
				continue
			}
			nb = append(nb, own[k+1])
		}
		if len(nb) == 0 {
			continue
		}
		c := slices.Min(nb)
		if c < contextMin {
			continue
		}
		links[k].Score = max(own[k], c*contextShare*math.Exp(-steps[k].gc/4))
	}
}

const (
	contextMin   = 0.5 // neighbours scoring at least this vouch for a link between them
	contextShare = 0.9 // share of the weaker neighbour's score the link may inherit
)

// coarsePar adapts the weights to level k, where a unit is 2^k sentences:
// the length of a block varies more than Gale-Church's per-sentence model
// says (insertions, local drift of the length ratio), so its variance is
// scaled up with the block size, else length would overrule similarity.
func coarsePar(p params, k int) params {
	p.variance *= float64(int(1) << k)
	return p
}

// contentSize weighs each sentence by how much it says: 1 for a sentence
// of at least half the document's mean length, less for shorter ones (down
// to min), so that absorbing a stray fragment ("( 1 )", OCR debris) into a
// link earns little, and leaving it unlinked costs little.
func contentSize(lens []float64, min float64) []float64 {
	var sum float64
	for _, l := range lens {
		sum += l
	}
	half := sum / float64(len(lens)) / 2
	out := make([]float64, len(lens))
	for i, l := range lens {
		out[i] = 1
		if l < half {
			out[i] = max(min, l/half)
		}
	}
	return out
}

// linkScore turns a link's evidence into a confidence in [0,1]. With a
// translation, similarity is the evidence (an excess of 0.1 gives about
// 0.5, 0.3 about 0.86), discounted when the lengths disagree (a 5% tail
// length difference halves it). Without one, matching lengths alone give
// 0.6 and shared anchors raise it towards 1.
func linkScore(hasMT bool, excess, gc float64) float64 {
	sim := 1 - math.Exp(-max(0, excess)/0.15)
	var s float64
	if hasMT {
		s = sim * math.Exp(-gc/4)
	} else {
		s = (0.6 + 0.4*sim) * math.Exp(-gc/3)
	}
	return max(0, min(1, s))
}

func span(i0, i1 int) []int {
	if i0 == i1 {
		return nil
	}
	s := make([]int, i1-i0)
	for k := range s {
		s[k] = i0 + k
	}
	return s
}

func sentenceSketches(f *features, s *side) []float32 {
	out := make([]float32, s.n()*sketchDim)
	for i := 0; i < s.n(); i++ {
		f.sketch(out[i*sketchDim:(i+1)*sketchDim], s.fv(i), s.wv(i))
	}
	return out
}

// halve sums consecutive pairs of sketches (the last one alone if odd).
func halve(sk []float32) []float32 {
	n := len(sk) / sketchDim
	out := make([]float32, (n+1)/2*sketchDim)
	for i := 0; i < n; i++ {
		dst := out[i/2*sketchDim : (i/2+1)*sketchDim]
		for k, v := range sk[i*sketchDim : (i+1)*sketchDim] {
			dst[k] += v
		}
	}
	return out
}

func halveLens(l []float64) []float64 {
	out := make([]float64, (len(l)+1)/2)
	for i, v := range l {
		out[i/2] += v
	}
	return out
}

// denseDots sets out[k] to denseDot(a, bs[k*sketchDim:]) for each k. Four
// at a time: each of the four sums adds its products in denseDot's order
// (so it is the same, bit for bit), and the CPU overlaps the four chains
// of additions, where one chain waits for each addition to finish.
func denseDots(out, a, bs []float32) {
	a = a[:sketchDim]
	k := 0
	for ; k+4 <= len(out); k += 4 {
		b := bs[k*sketchDim : (k+4)*sketchDim]
		b0, b1, b2, b3 := b[:sketchDim], b[sketchDim:2*sketchDim], b[2*sketchDim:3*sketchDim], b[3*sketchDim:]
		var s0, s1, s2, s3 float32
		for d, x := range a {
			s0 += x * b0[d]
			s1 += x * b1[d]
			s2 += x * b2[d]
			s3 += x * b3[d]
		}
		out[k], out[k+1], out[k+2], out[k+3] = s0, s1, s2, s3
	}
	for ; k < len(out); k++ {
		out[k] = denseDot(a, bs[k*sketchDim:])
	}
}

func denseDot(a, b []float32) float32 {
	a, b = a[:sketchDim], b[:sketchDim]
	var s float32
	for k := range a {
		s += a[k] * b[k]
	}
	return s
}
