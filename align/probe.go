package align

import (
	"math/bits"
	"sync"
)

// probe holds one sentence's feature vector in a small hash table, so that
// its dot products with many other sentences cost one lookup per feature
// of the other sentence instead of a merge of two sorted lists. A bit
// filter answers most lookups (features the two sentences do not share)
// without touching the table.
//
// probe.dot(v) equals dot(loaded, v) bit for bit: the matches are summed
// in v's order, which is the ascending feature order a merge visits them
// in, and each product has the same two factors.
type probe struct {
	filter [filterWords]uint64
	keys   []uint32
	vals   []float32 // 0 marks an empty slot: feature weights are > 0
	shift  uint8     // table index = (h·φ) >> shift
	cand   []int32   // dot's scratch: indices of the features the filter lets through
}

const (
	filterWords = 64 // 4096 filter bits
	filterMask  = filterWords*64 - 1
)

var probes = sync.Pool{New: func() any { return new(probe) }}

func getProbe() *probe  { return probes.Get().(*probe) }
func putProbe(p *probe) { probes.Put(p) }

func filterBit(h uint32) uint32 { return (h >> 8) & filterMask }

func (pr *probe) slot(h uint32) uint32 { return (h * 0x9e3779b1) >> pr.shift }

// load replaces the probe's vector with (h, w); h is sorted and distinct.
func (pr *probe) load(h []uint32, w []float32) {
	pr.filter = [filterWords]uint64{}
	tb := max(4, bits.Len(uint(2*len(h))))
	size := 1 << tb
	if cap(pr.vals) < size {
		pr.keys, pr.vals = make([]uint32, size), make([]float32, size)
	}
	pr.keys, pr.vals = pr.keys[:size], pr.vals[:size]
	clear(pr.vals)
	pr.shift = uint8(32 - tb)
	mask := uint32(size - 1)
	for k, x := range h {
		b := filterBit(x)
		pr.filter[b>>6] |= 1 << (b & 63)
		s := pr.slot(x)
		for pr.vals[s] != 0 {
			s = (s + 1) & mask
		}
		pr.keys[s], pr.vals[s] = x, w[k]
	}
}

// dot is the dot product of the loaded vector with (h, w).
func (pr *probe) dot(h []uint32, w []float32) float32 {
	// First the filter, without a branch (taken for a few features only,
	// unpredictably): it collects the indices of the features it lets
	// through, in order; then the table, for those only.
	if cap(pr.cand) < len(h) {
		pr.cand = make([]int32, len(h))
	}
	cand, n := pr.cand[:len(h)], 0
	for k, x := range h {
		b := filterBit(x)
		cand[n] = int32(k)
		n += int(pr.filter[b>>6] >> (b & 63) & 1)
	}
	var sum float32
	mask := uint32(len(pr.vals) - 1)
	for _, k := range cand[:n] {
		x := h[k]
		for s := pr.slot(x); pr.vals[s] != 0; s = (s + 1) & mask {
			if pr.keys[s] == x {
				sum += pr.vals[s] * w[k]
				break
			}
		}
	}
	return sum
}
