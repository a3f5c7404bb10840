package align

import (
	"math"
	"testing"
)

// TestLooseLength pins the loose-translation length model (lenCosts): it
// never costs more than Gale-Church's, equals it without similarity,
// is bounded by about -log ε for a wild length disagreement, and loosens
// with the link's similarity up to looseExcess.
func TestLooseLength(t *testing.T) {
	par := paramsFor(true)
	// One source sentence of 100 characters; targets of 100, 140 and 300.
	lv := &level{sLen: []float64{0, 100}, tLen: []float64{0, 100, 240, 540}, ratio: 1, par: par}
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
	// Without a translation the model is Gale-Church's.
	lv.par = paramsFor(false)
	if loose, plain := lv.lenCosts(1, 3, 1, 1, 0.4); loose != plain {
		t.Errorf("without MT: loose %.3f ≠ plain %.3f", loose, plain)
	}
}
