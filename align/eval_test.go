package align

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/tarjama/tarjama/internal/evaldata"
)

func readLines(tb testing.TB, path string) []string {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return lines
}

type textBerg struct {
	de, fr, mt []string
	gold       []Link
}

func loadTextBerg(tb testing.TB) textBerg {
	dir := filepath.Dir(evaldata.Path(tb, "textberg-bleualign/dev.defr"))
	gf, err := os.Open(filepath.Join(dir, "dev.defr"))
	if err != nil {
		tb.Fatal(err)
	}
	defer gf.Close()
	gold, err := ReadVecalign(gf)
	if err != nil {
		tb.Fatal(err)
	}
	return textBerg{
		de:   readLines(tb, filepath.Join(dir, "dev.de")),
		fr:   readLines(tb, filepath.Join(dir, "dev.fr")),
		mt:   readLines(tb, filepath.Join(dir, "dev.google-mt.fr")),
		gold: gold,
	}
}

// TestTextBerg holds the aligner to the target on the Text+Berg
// German–French dev document: strict F1 ≥ 0.90 with the machine translation
// (hunalign reaches 0.751 and Bleualign 0.809 on it), and keeps the
// length+anchors mode from regressing. It takes well under a second.
func TestTextBerg(t *testing.T) {
	d := loadTextBerg(t)
	links, err := Align(context.Background(), d.de, d.fr, Options{SrcMT: d.mt})
	if err != nil {
		t.Fatal(err)
	}
	if err := Check(links, len(d.de), len(d.fr)); err != nil {
		t.Fatal(err)
	}
	p, r, f1 := strictF1(d.gold, links)
	t.Logf("with MT: strict P %.3f R %.3f F1 %.3f", p, r, f1)
	if f1 < 0.90 {
		t.Errorf("strict F1 %.3f < 0.90", f1)
	}
	inA := d.firstHalf()
	for _, half := range []struct {
		name string
		in   func(Link) bool
	}{{"a (tune)", inA}, {"b (report)", func(l Link) bool { return !inA(l) }}} {
		p, r, f1 := strictF1(filterLinks(d.gold, half.in), filterLinks(links, half.in))
		t.Logf("with MT, half %s: strict P %.3f R %.3f F1 %.3f", half.name, p, r, f1)
	}
	links, err = Align(context.Background(), d.de, d.fr, Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, r, f1 = strictF1(d.gold, links)
	t.Logf("length+anchors: strict P %.3f R %.3f F1 %.3f", p, r, f1)
	if f1 < 0.80 {
		t.Errorf("length+anchors strict F1 %.3f < 0.80", f1)
	}
}

// firstHalf splits the document where loadTextBergHalves does, at the
// gold link nearest its middle: it reports whether a link (gold or test)
// starts before that point, so each half can be scored on its own while
// the document is aligned whole. Weights are tuned on the first half.
func (d textBerg) firstHalf() func(Link) bool {
	cutS, cutT := 0, 0
	for _, l := range d.gold[:len(d.gold)/2] {
		for _, i := range l.Src {
			cutS = max(cutS, i+1)
		}
		for _, j := range l.Tgt {
			cutT = max(cutT, j+1)
		}
	}
	return func(l Link) bool {
		if len(l.Src) > 0 {
			return l.Src[0] < cutS
		}
		return l.Tgt[0] < cutT
	}
}

func filterLinks(ls []Link, keep func(Link) bool) []Link {
	var out []Link
	for _, l := range ls {
		if (len(l.Src) > 0 || len(l.Tgt) > 0) && keep(l) {
			out = append(out, l)
		}
	}
	return out
}

// TestTextBergSeeds measures how much of the Text+Berg figures is the
// draw of random partners for the similarity baseline: it aligns the
// document with MT under eight baseline seeds (the first is the fixed
// one Align uses) and reports strict F1 whole and on each half, with
// their mean and range. A change to the aligner that moves a half by less
// than this range has not been shown to help. The floor holds the worst
// seed to the target for the whole document less one link.
func TestTextBergSeeds(t *testing.T) {
	d := loadTextBerg(t)
	inA := d.firstHalf()
	inB := func(l Link) bool { return !inA(l) }
	saved := baselineSeed
	defer func() { baselineSeed = saved }()
	const seeds = 8
	var sum, lo, hi [3]float64
	for k := range seeds {
		baselineSeed = [2]uint64{saved[0] + uint64(k), saved[1]}
		links, err := Align(context.Background(), d.de, d.fr, Options{SrcMT: d.mt})
		if err != nil {
			t.Fatal(err)
		}
		var f [3]float64
		_, _, f[0] = strictF1(d.gold, links)
		_, _, f[1] = strictF1(filterLinks(d.gold, inA), filterLinks(links, inA))
		_, _, f[2] = strictF1(filterLinks(d.gold, inB), filterLinks(links, inB))
		t.Logf("seed %d: strict F1 whole %.3f, a (tune) %.3f, b (report) %.3f", k, f[0], f[1], f[2])
		for x := range f {
			sum[x] += f[x]
			if k == 0 || f[x] < lo[x] {
				lo[x] = f[x]
			}
			hi[x] = max(hi[x], f[x])
		}
	}
	for x, name := range []string{"whole", "a (tune)", "b (report)"} {
		t.Logf("%-10s mean %.3f, range %.3f-%.3f", name, sum[x]/seeds, lo[x], hi[x])
	}
	if lo[0] < 0.91 {
		t.Errorf("worst seed's strict F1 %.3f < 0.91", lo[0])
	}
}
