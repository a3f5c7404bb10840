package align

import "testing"

func TestPairsScoreFilter(t *testing.T) {
	src := []string{"你好。", " 世界。 ", "x"}
	tgt := []string{"Hello.", "World.", "y"}
	links := []Link{{Src: []int{0, 1}, Tgt: []int{0, 1}, Score: 0.876}, {Src: []int{2}, Tgt: []int{2}, Score: 0.2}}
	ps := Pairs(links, src, tgt, PairOptions{Doc: "d", SrcLang: "zh", TgtLang: "en", MinScore: 0.5, RoundScore: true})
	if len(ps) != 1 || ps[0].Src != "你好。世界。" || ps[0].Tgt != "Hello. World." || ps[0].Score != 0.88 || ps[0].ID != "d#1" || ps[0].Align != "2-2" {
		t.Errorf("pairs %+v", ps)
	}
	score, linked, unlinked := DocScore(append(links, Link{Tgt: []int{3}}), 3, 4)
	if linked != 2 || unlinked != 1 || score < 0.55 || score > 0.56 {
		t.Errorf("doc score %v %d %d", score, linked, unlinked)
	}
	if f := FilterLinks(links, 0.5); len(f) != 3 || len(f[1].Src) != 1 || len(f[2].Tgt) != 1 {
		t.Errorf("filtered %+v", f)
	}
}
