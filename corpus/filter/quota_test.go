package filter

import (
	"fmt"
	"io"
	"math"
	"testing"

	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/internal/evaldata"
)

func eightDocs(sizes ...int) []DocSize {
	var ds []DocSize
	for i, n := range sizes {
		ds = append(ds, DocSize{fmt.Sprintf("doc%d.txt", i+1), n})
	}
	return ds
}

// The cases of the issue: the hashed split left test empty with
// 0.6,0.2,0.2 on 8 documents and put everything in train with 0.8,0.1,0.1
// (seed 1).
func TestPlanEveryPartGetsADocument(t *testing.T) {
	for _, c := range []struct {
		name   string
		shares [3]float64
		sizes  []int
	}{
		{"01-0.6/0.2/0.2-equal", [3]float64{0.6, 0.2, 0.2}, []int{5, 5, 5, 5, 5, 5, 5, 5}},
		{"02-0.8/0.1/0.1-equal", [3]float64{0.8, 0.1, 0.1}, []int{5, 5, 5, 5, 5, 5, 5, 5}},
		{"03-0.6/0.2/0.2-uneven", [3]float64{0.6, 0.2, 0.2}, []int{40, 3, 12, 7, 1, 25, 9, 3}},
		{"04-0.8/0.1/0.1-uneven", [3]float64{0.8, 0.1, 0.1}, []int{40, 3, 12, 7, 1, 25, 9, 3}},
		{"05-0.9/0.05/0.05-three-docs", [3]float64{0.9, 0.05, 0.05}, []int{10, 10, 10}},
	} {
		t.Run(c.name, func(t *testing.T) {
			pl := NewPlan(eightDocs(c.sizes...), c.shares, 1)
			for _, p := range Parts {
				if pl.Docs(p) == 0 {
					t.Errorf("%s has no document (pairs %d/%d/%d)", p, pl.Pairs(Train), pl.Pairs(Dev), pl.Pairs(Test))
				}
			}
		})
	}
	// Fewer documents than parts: nothing is forced, shares decide.
	pl := NewPlan(eightDocs(4), [3]float64{0.6, 0.2, 0.2}, 1)
	if pl.Part("doc1.txt") != Train {
		t.Errorf("one document went to %s", pl.Part("doc1.txt"))
	}
	// Zero shares are never filled.
	pl = NewPlan(eightDocs(5, 5, 5, 5), [3]float64{0.9, 0.1, 0}, 1)
	if pl.Docs(Test) != 0 || pl.Docs(Dev) == 0 {
		t.Errorf("0.9,0.1,0: docs %d/%d/%d", pl.Docs(Train), pl.Docs(Dev), pl.Docs(Test))
	}
}

func TestPlanDeterministicAndSeeded(t *testing.T) {
	var ds []DocSize
	for i := 0; i < 40; i++ {
		ds = append(ds, DocSize{fmt.Sprintf("d%02d", i), 10})
	}
	a, b := NewPlan(ds, [3]float64{0.8, 0.1, 0.1}, 1), NewPlan(ds, [3]float64{0.8, 0.1, 0.1}, 1)
	c := NewPlan(ds, [3]float64{0.8, 0.1, 0.1}, 2)
	same, differ := true, false
	for _, d := range ds {
		same = same && a.Part(d.Doc) == b.Part(d.Doc)
		differ = differ || a.Part(d.Doc) != c.Part(d.Doc)
	}
	if !same || !differ {
		t.Errorf("same seed same plan: %v; another seed changes it: %v", same, differ)
	}
	if a.Pairs(Train) != 320 || a.Pairs(Dev) != 40 || a.Pairs(Test) != 40 {
		t.Errorf("equal documents: pairs %d/%d/%d, want 320/40/40", a.Pairs(Train), a.Pairs(Dev), a.Pairs(Test))
	}
}

// TestPlanTICO: on TICO-19 (31 documents of 4 to 450 pairs) every part's
// share of pairs lands within 2 points of the requested one, through
// DocCounter and Filter.SetPlan as export would use them.
func TestPlanTICO(t *testing.T) {
	path := evaldata.Path(t, "tico19/all.en-ar.tmx")
	read := func(w corpus.Writer) {
		r, err := corpus.Open(path, corpus.OpenOptions{SrcLang: "ar", TgtLang: "en"})
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		for {
			p, err := r.Read()
			if err == io.EOF {
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if err := w.Write(p); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, split := range [][3]float64{{0.8, 0.1, 0.1}, {0.6, 0.2, 0.2}, {0.9, 0.05, 0.05}} {
		for seed := uint64(1); seed <= 3; seed++ {
			opts := Options{Split: split, Seed: seed}
			dc, err := NewDocCounter(opts)
			if err != nil {
				t.Fatal(err)
			}
			read(dc)
			f, err := New(opts)
			if err != nil {
				t.Fatal(err)
			}
			f.SetPlan(dc.Plan())
			read(NewWriter(f, nil, nil, nil))
			s := f.Summary()
			for _, p := range Parts {
				got := float64(s.Part(p).Pairs) / float64(s.Kept)
				if math.Abs(got-split[p]) > 0.02 || s.Part(p).Docs == 0 {
					t.Errorf("split %v seed %d: %s has %.1f%% of pairs (%d docs), want %.0f%%", split, seed, p, 100*got, s.Part(p).Docs, 100*split[p])
				}
			}
			t.Logf("split %v seed %d: %d/%d/%d pairs, %d/%d/%d docs", split, seed, s.Train.Pairs, s.Dev.Pairs, s.Test.Pairs, s.Train.Docs, s.Dev.Docs, s.Test.Docs)
		}
	}
}
