package align

import (
	"fmt"
	"testing"
)

// deletionWindows cuts the development documents into windows of 20
// consecutive 1-1 gold units: the new user's case of issue 14 is one of
// them with English line 10 deleted.
func deletionWindows(docs []devDoc) (tune, report [][]unit) {
	for _, d := range docs {
		var run []unit
		for _, u := range d.units {
			if len(u.src) != 1 || len(u.tgt) != 1 {
				run = nil
				continue
			}
			run = append(run, u)
			if len(run) == 20 {
				if d.tune {
					tune = append(tune, run)
				} else {
					report = append(report, run)
				}
				run = nil
			}
		}
	}
	return tune, report
}

// deleteOne deletes sentence 9 (line 10) of one side of a 20-unit window
// and returns the documents and the expected alignment: 1-1 links
// everywhere and [9]:[] (or []:[9]) at the deletion.
func deleteOne(tb testing.TB, lang string, w []unit, srcSide bool) (src, mt, tgt []string, gold []Link) {
	for k, u := range w {
		i, j := len(src), len(tgt)
		switch {
		case k == 9 && srcSide:
			tgt = append(tgt, u.tgt[0])
			gold = append(gold, Link{Tgt: []int{j}})
		case k == 9:
			src, mt = append(src, u.src[0]), append(mt, firstOr(u.mt)...)
			gold = append(gold, Link{Src: []int{i}})
		default:
			src, mt, tgt = append(src, u.src[0]), append(mt, firstOr(u.mt)...), append(tgt, u.tgt[0])
			gold = append(gold, Link{Src: []int{i}, Tgt: []int{j}})
		}
	}
	if len(mt) != len(src) {
		mt = nil
	}
	return src, mtFor(tb, lang, src, mt), tgt, gold
}

// TestDeleteLineTen is issue 14's alignment category 3: with line 10 of 20
// deleted on one side, the aligner must give the orphan a 0-1 or 1-0 link
// and leave its neighbours' 1-1 links intact (the user got [10]:[10] and
// [11, 12]:[11]). It counts the windows whose alignment is entirely right
// and those whose deletion link and two neighbours are right.
func TestDeleteLineTen(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus-scale test")
	}
	docs := loadDevDocs(t)
	langOf := map[string]string{}
	for _, d := range docs {
		langOf[d.name] = d.lang
	}
	var tuneW, reportW [][]unit
	var tuneL, reportL []string
	for _, d := range docs {
		tw, rw := deletionWindows([]devDoc{d})
		tuneW, reportW = append(tuneW, tw...), append(reportW, rw...)
		for range tw {
			tuneL = append(tuneL, d.lang)
		}
		for range rw {
			reportL = append(reportL, d.lang)
		}
	}
	type count struct{ n, exact, local int }
	run := func(ws [][]unit, langs []string, srcSide bool) count {
		var c count
		for k, w := range ws {
			src, mt, tgt, gold := deleteOne(t, langs[k], w, srcSide)
			links := mustAlign(src, tgt, Options{SrcMT: mt})
			if err := Check(links, len(src), len(tgt)); err != nil {
				t.Fatal(err)
			}
			got := map[string]bool{}
			for _, l := range links {
				got[fmt.Sprint(l.Src, l.Tgt)] = true
			}
			ok := 0
			for g, l := range gold {
				if got[fmt.Sprint(l.Src, l.Tgt)] {
					ok++
				} else if g >= 8 && g <= 10 {
					ok -= 100
				}
			}
			c.n++
			if ok == len(gold) {
				c.exact++
			}
			if ok >= 0 {
				c.local++
			}
		}
		return c
	}
	for _, side := range []struct {
		name string
		src  bool
	}{{"source", true}, {"target", false}} {
		tc, rc := run(tuneW, tuneL, side.src), run(reportW, reportL, side.src)
		t.Logf("delete %s line 10 of 20: tune %d windows, all right %.3f, deletion and neighbours right %.3f; report %d windows, %.3f, %.3f",
			side.name, tc.n, float64(tc.exact)/float64(tc.n), float64(tc.local)/float64(tc.n),
			rc.n, float64(rc.exact)/float64(rc.n), float64(rc.local)/float64(rc.n))
		if r := float64(rc.local) / float64(rc.n); r < 0.75 {
			t.Errorf("delete %s line 10: deletion and neighbours right in %.3f of report windows, want ≥ 0.75", side.name, r)
		}
	}
}
