package align

// strictF1 scores test links against gold as alignscore.py does: precision
// over all test links (null links count unless exactly in gold), recall
// over gold links with both sides non-empty.
func strictF1(gold, test []Link) (p, r, f1 float64) {
	key := func(l Link) string {
		var b []byte
		b = appendIDs(b, l.Src)
		b = append(b, ':')
		return string(appendIDs(b, l.Tgt))
	}
	g := map[string]bool{}
	for _, l := range gold {
		g[key(l)] = true
	}
	t := map[string]bool{}
	for _, l := range test {
		t[key(l)] = true
	}
	var tp, np int
	for k := range t {
		np++
		if g[k] {
			tp++
		}
	}
	var rtp, nr int
	for _, l := range gold {
		if len(l.Src) == 0 || len(l.Tgt) == 0 {
			continue
		}
		nr++
		if t[key(l)] {
			rtp++
		}
	}
	p, r = float64(tp)/float64(np), float64(rtp)/float64(nr)
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}
