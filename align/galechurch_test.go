package align

import (
	"math"
	"testing"
)

// galeChurchAlign is the baseline the issue compares against: Gale and
// Church's (1993) length-only aligner, with link types 1-0, 0-1, 1-1, 2-2
// and 1-k, k-1 up to k = maxK, lengths in characters, the length ratio
// estimated from the documents and s² = 6.8. Priors are Gale-Church's for
// 1-1 (0.89), 1-0 + 0-1 (0.0099), 2-1 + 1-2 (0.089) and 2-2 (0.011); wider
// groups share 0.01, halving with each extra sentence. It searches the full
// table, which is fine for test documents.
func galeChurchAlign(src, tgt []string, maxK int) []Link {
	n, m := len(src), len(tgt)
	ls, lt := make([]float64, n+1), make([]float64, m+1)
	for i, s := range src {
		ls[i+1] = ls[i] + runeLen(s)
	}
	for j, s := range tgt {
		lt[j+1] = lt[j] + runeLen(s)
	}
	ratio := 1.0
	if ls[n] > 0 && lt[m] > 0 {
		ratio = lt[m] / ls[n]
	}
	type ty struct {
		a, b  int
		prior float64
	}
	types := []ty{{1, 1, 0.89}, {1, 0, 0.0099 / 2}, {0, 1, 0.0099 / 2}, {2, 1, 0.089 / 2}, {1, 2, 0.089 / 2}, {2, 2, 0.011}}
	p := 0.01
	for k := 3; k <= maxK; k++ {
		types = append(types, ty{1, k, p / 2}, ty{k, 1, p / 2})
		p /= 2
	}
	cost := make([]float64, (n+1)*(m+1))
	back := make([]int8, (n+1)*(m+1))
	for c := range cost {
		cost[c] = math.Inf(1)
	}
	cost[0] = 0
	for i := 0; i <= n; i++ {
		for j := 0; j <= m; j++ {
			if i == 0 && j == 0 {
				continue
			}
			for t, y := range types {
				pi, pj := i-y.a, j-y.b
				if pi < 0 || pj < 0 {
					continue
				}
				prev := cost[pi*(m+1)+pj]
				if math.IsInf(prev, 1) {
					continue
				}
				x, yl := (ls[i]-ls[pi])*ratio, lt[j]-lt[pj]
				d := 0.0
				if x+yl > 0 {
					d = math.Abs(yl-x) / math.Sqrt(6.8*(x+yl)/2)
				}
				pd := math.Erfc(d / math.Sqrt2)
				c := prev - math.Log(y.prior) - math.Log(max(pd, 1e-300))
				if c < cost[i*(m+1)+j] {
					cost[i*(m+1)+j], back[i*(m+1)+j] = c, int8(t)
				}
			}
		}
	}
	var links []Link
	for i, j := n, m; i > 0 || j > 0; {
		y := types[back[i*(m+1)+j]]
		links = append(links, Link{Src: span(i-y.a, i), Tgt: span(j-y.b, j)})
		i, j = i-y.a, j-y.b
	}
	for l, r := 0, len(links)-1; l < r; l, r = l+1, r-1 {
		links[l], links[r] = links[r], links[l]
	}
	return links
}

// TestGaleChurchBaseline checks the baseline itself on crafted lengths: a
// 1-3 split and a deletion are found.
func TestGaleChurchBaseline(t *testing.T) {
	src := []string{"aaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "cccccccccccccccccccccccccccccc", "dddddddddddddddddddddddddddddddddddddddddd"}
	tgt := []string{"aaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "cccccccccccccccccccccccccccccc", "dddddddddddddddddddddddddddddddddddddddddd"}
	got := galeChurchAlign(src, tgt, 8)
	want := []Link{{Src: []int{0}, Tgt: []int{0}}, {Src: []int{1}, Tgt: []int{1, 2, 3}}, {Src: []int{2}, Tgt: []int{4}}, {Src: []int{3}, Tgt: []int{5}}}
	if _, _, f1 := strictF1(want, got); f1 != 1 {
		t.Errorf("got %v, want %v", got, want)
	}
}
