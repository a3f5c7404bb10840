package align

import (
	"math"
	"testing"
)

// TestLooseLength pins the loose-translation length model (lenModel): it
// never costs more than Gale-Church's, equals it without similarity,
// is bounded by about -log ε for a wild length disagreement, and loosens
// with the link's similarity up to looseExcess.
func TestLooseLength(t *testing.T) {
	par := paramsFor(true)
	// One source sentence of 100 characters; targets of 100, 140 and 300.
	// sparse is set: the loose model is for sentences, not coarse blocks.
	lv := &level{sLen: []float64{0, 100}, tLen: []float64{0, 100, 240, 540}, ratio: 1, par: par, sparse: &features{}}
	bound := par.len * (math.Log1p(par.looseLen) - math.Log(par.looseLen))
	for _, tc := range []struct {
		j      int
		excess float64
	}{{1, 0.4}, {2, 0.4}, {3, 0.4}, {3, 0.1}, {3, 0}, {3, -0.2}} {
		// Target sentence j-1 alone: tLen[j]-tLen[j-1].
		loose, plain := lv.lenCosts(1, tc.j, 1, 1, tc.excess)
		if loose > plain+1e-12 || loose < 0 {
			t.Errorf("j=%d excess %.1f: loose %.3f, plain %.3f: want 0 ≤ loose ≤ plain", tc.j, tc.excess, loose, plain)
		}
		if tc.excess <= 0 && loose != plain {
			t.Errorf("j=%d excess %.1f: loose %.3f ≠ plain %.3f without similarity", tc.j, tc.excess, loose, plain)
		}
		if tc.excess >= looseExcess && loose > bound+1e-9 {
			t.Errorf("j=%d: loose %.3f above the tail's bound %.3f", tc.j, loose, bound)
		}
	}
	// A wild disagreement: the loose cost is far below Gale-Church's, and
	// less similarity leaves it dearer.
	l4, p := lv.lenCosts(1, 3, 1, 1, 0.4)
	l1, _ := lv.lenCosts(1, 3, 1, 1, 0.1)
	if !(l4 < p/2 && l4 < l1) {
		t.Errorf("300 vs 100 characters: loose %.3f (excess 0.4), %.3f (0.1), plain %.3f", l4, l1, p)
	}
	// The search prunes with a cheap lower bound of the loose cost.
	for _, j := range []int{1, 2, 3} {
		for _, e := range []float64{0.05, 0.2, 0.6} {
			plain, p, eps := lv.lenModel(1, j, 1, 1, e)
			if b, l := lv.looseBelow(p, eps), lv.looseCost(p, eps); b > l+1e-12 || l > plain+1e-12 {
				t.Errorf("j=%d excess %.2f: bound %.4f, loose %.4f, plain %.4f: want bound ≤ loose ≤ plain", j, e, b, l, plain)
			}
		}
	}
	// Coarse levels, and the search without a translation, keep
	// Gale-Church's model.
	lv.sparse = nil
	if loose, plain := lv.lenCosts(1, 3, 1, 1, 0.4); loose != plain {
		t.Errorf("coarse level: loose %.3f ≠ plain %.3f", loose, plain)
	}
	lv.sparse = &features{}
	lv.par = paramsFor(false)
	if loose, plain := lv.lenCosts(1, 3, 1, 1, 0.4); loose != plain {
		t.Errorf("without MT: loose %.3f ≠ plain %.3f", loose, plain)
	}
}

// lenCosts is a link's weighted length cost under the loose and the plain
// model, as the search charges them.
func (lv *level) lenCosts(i, j, a, b int, excess float64) (loose, plain float64) {
	plain, p, eps := lv.lenModel(i, j, a, b, excess)
	if eps == 0 {
		return plain, plain
	}
	return lv.looseCost(p, eps), plain
}
