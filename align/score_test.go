package align

// tally accumulates strict precision and recall counts over documents
// (micro average, as alignscore.py does: precision over all test links,
// null links counting unless exactly in gold, recall over gold links with
// both sides non-empty) and the share of given sites (gold links) found.
type tally struct {
	tp, np, rtp, nr int
	sites, found    int
}

func (t *tally) add(gold, test, sites []Link) {
	key := func(l Link) string { return string(appendIDs(append(appendIDs(nil, l.Src), ':'), l.Tgt)) }
	g := map[string]bool{}
	for _, l := range gold {
		g[key(l)] = true
	}
	tt := map[string]bool{}
	for _, l := range test {
		tt[key(l)] = true
	}
	for k := range tt {
		t.np++
		if g[k] {
			t.tp++
		}
	}
	for _, l := range gold {
		if len(l.Src) > 0 && len(l.Tgt) > 0 {
			t.nr++
			if tt[key(l)] {
				t.rtp++
			}
		}
	}
	for _, l := range sites {
		t.sites++
		if tt[key(l)] {
			t.found++
		}
	}
}

func (t tally) precision() float64 { return ratio(t.tp, t.np) }
func (t tally) recall() float64    { return ratio(t.rtp, t.nr) }

func (t tally) f1() float64 {
	if t.np == 0 || t.nr == 0 {
		return 0
	}
	p, r := t.precision(), t.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (t tally) siteRate() float64 { return ratio(t.found, t.sites) }

func ratio(k, n int) float64 {
	if n == 0 {
		return 0
	}
	return float64(k) / float64(n)
}

// strictF1 scores one document's test links against its gold.
func strictF1(gold, test []Link) (p, r, f1 float64) {
	var t tally
	t.add(gold, test, nil)
	return t.precision(), t.recall(), t.f1()
}
