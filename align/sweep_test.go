package align

import (
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// The sweep chooses the MT-mode weights on the Text+Berg tune half only
// (textberg-a: the report half is never aligned here), for robustness
// rather than for the tune half's peak:
//
//   - the tune half is cut by its gold units into sweepFolds contiguous
//     folds, each aligned as a document of its own (a short unseen
//     article), clean and under every perturbation kind (insertions drawn
//     from the other folds);
//   - a weight's objective is the micro strict F1 over all of those, and
//     its smoothed objective the mean over -sweep-width grid neighbours
//     each side (× and ÷ sweepStep), so a value on a plateau beats a sharp
//     peak (width 0 is the raw objective);
//   - -sweep-cv checks the procedure itself: each fold in turn is held
//     out, the weights chosen on the others, and the held-out fold scored;
//   - -sweep-folds prints each weight's profile on every fold, with
//     -sweep-ar also on the Arabic tune documents (lexicon MT; PUD fold
//     10, IWSLT fold 11), which share the MT weights: a direction is
//     robust only if it helps on most folds of both languages and hurts
//     none.
//
// What it showed (h14-alignrobust, exact baselines): coordinate ascent
// re-run on three folds lost on the held-out fourth, by 0.005 F1 on the
// raw objective and by 0.045 on the 3-point smoothed one (it drifts to
// extreme values: variance 60, len 0.2). Per fold, leak wants more
// (2 → 4) on all German folds and less on both Arabic ones; member 2–2.5
// helps five of six folds (deletions and insertions), but costs literary
// 0.978 → 0.932; len, merge, del and variance peak at different values on
// different folds, and minSize, looseLen, kindWord and kindPunct are flat.
// So the weights stay: a move that the tune half supports is contradicted
// by the other language or genre.
//
// go test -count=1 -run TestSweep -sweep -v ./align (minutes; run it with
// nice on one core).
var (
	sweepFlag    = flag.Bool("sweep", false, "run the MT-weight sweep on the Text+Berg tune half (slow)")
	sweepCV      = flag.Bool("sweep-cv", false, "with -sweep, cross-validate the selection procedure over the tune folds")
	sweepOnly    = flag.Bool("sweep-only", false, "with -sweep, only score the current weights")
	sweepKinds   = flag.String("sweep-kinds", "", "with -sweep, only these perturbation kinds (comma-separated; default all)")
	sweepKnobSel = flag.String("sweep-knobs", "", "with -sweep-folds, only these weights (comma-separated; default all)")
	sweepAr      = flag.Bool("sweep-ar", false, "with -sweep, add the Arabic tune documents (PUD fold 10, IWSLT fold 11)")
	sweepSpanF   = flag.Int("sweep-span", 4, "with -sweep, grid values each side of the current one")
	sweepPerFold = flag.Bool("sweep-folds", false, "with -sweep, print each weight's profile on each fold (no ascent)")
	sweepWidth   = flag.Int("sweep-width", 1, "with -sweep, grid neighbours each side in the smoothed objective")
)

const (
	sweepFolds = 4
	sweepStep  = 1.25 // ratio between neighbouring grid values
)

// knob is one sweepable weight.
type knob struct {
	name string
	get  func() float64
	set  func(float64)
}

func sweepKnobs() []knob {
	f := func(name string, p *float64) knob {
		return knob{name, func() float64 { return *p }, func(v float64) { *p = v }}
	}
	k32 := func(name string, p *float32) knob {
		return knob{name, func() float64 { return float64(*p) }, func(v float64) { *p = float32(v) }}
	}
	return []knob{
		// sim is left out: scaling every cost weight together changes
		// no path, so sim fixes the scale and the others move against it.
		f("len", &mtParams.len), f("merge", &mtParams.merge),
		f("del", &mtParams.del), f("leak", &mtParams.leak), f("member", &mtParams.member),
		f("minSize", &mtParams.minSize), f("variance", &mtParams.variance), f("looseLen", &mtParams.looseLen),
		k32("kindWord", &kindWeight[kindWord]), k32("kindPunct", &kindWeight[kindPunct]),
	}
}

// sweepDoc is one document of the sweep with the fold it comes from.
type sweepDoc struct {
	fold int
	kind string
	p    perturbed
}

// sweepSet cuts the tune half into folds and perturbs each fold.
func sweepSet(tb testing.TB) []sweepDoc {
	var a devDoc
	for _, d := range loadTextBergHalves(tb) {
		if d.tune {
			a = d
		}
	}
	n := len(a.units)
	var folds []devDoc
	for k := range sweepFolds {
		folds = append(folds, devDoc{name: fmt.Sprintf("tb-a%d", k), lang: "de", tune: true, units: a.units[k*n/sweepFolds : (k+1)*n/sweepFolds]})
	}
	var out []sweepDoc
	if *sweepAr {
		// The Arabic tune documents (lexicon MT) share the MT weights:
		// PUD as fold 10, IWSLT as fold 11.
		var ar []devDoc
		for _, d := range loadDevDocs(tb) {
			if d.lang == "ar" && d.tune {
				ar = append(ar, d)
			}
		}
		set := perturbSet(tb, ar)
		for _, kind := range perturbKinds {
			if *sweepKinds != "" && !slices.Contains(strings.Split(*sweepKinds, ","), kind) {
				continue
			}
			for _, p := range set[kind] {
				fold := 10
				if strings.HasPrefix(p.name, "iwslt") {
					fold = 11
				}
				out = append(out, sweepDoc{fold: fold, kind: kind, p: p})
			}
		}
	}
	for k, d := range folds {
		var pool []unit
		for k2, d2 := range folds {
			if k2 != k {
				for _, u := range d2.units {
					if len(u.src) == 1 && len(u.tgt) == 1 {
						pool = append(pool, u)
					}
				}
			}
		}
		for ki, kind := range perturbKinds {
			rng := rand.New(rand.NewPCG(uint64(ki+1)*7919, uint64(k+101)))
			if *sweepKinds != "" && !slices.Contains(strings.Split(*sweepKinds, ","), kind) {
				continue
			}
			out = append(out, sweepDoc{fold: k, kind: kind, p: perturb(d, kind, rng, pool)})
		}
	}
	return out
}

// sweepScore aligns the documents of the given folds with the current
// weights and returns their micro strict F1.
func sweepScore(docs []sweepDoc, folds map[int]bool) float64 {
	var t tally
	for _, d := range docs {
		if folds[d.fold] {
			t.add(d.p.gold, mustAlign(d.p.src, d.p.tgt, Options{SrcMT: d.p.mt}), nil)
		}
	}
	return t.f1()
}

// profile evaluates knob k at sweepSpan grid values each side of its
// current one (others fixed) and returns the values, raw objectives and
// objectives smoothed over width grid neighbours each side; the knob is
// left as it was.
func profile(k knob, docs []sweepDoc, folds map[int]bool, width int) (vals, raw, smooth []float64) {
	v0 := k.get()
	defer k.set(v0)
	// The grid has width extra values at each end so that every inner
	// value has all its neighbours.
	for s := -*sweepSpanF - width; s <= *sweepSpanF+width; s++ {
		v := v0 * math.Pow(sweepStep, float64(s))
		k.set(v)
		vals = append(vals, v)
		raw = append(raw, sweepScore(docs, folds))
	}
	for s := width; s < len(raw)-width; s++ {
		var sum float64
		for d := -width; d <= width; d++ {
			sum += raw[s+d]
		}
		smooth = append(smooth, sum/float64(2*width+1))
	}
	return vals[width : len(vals)-width], raw[width : len(raw)-width], smooth
}

// choose runs rounds of coordinate ascent on the smoothed (raw for width
// 0) objective over the given folds, setting the knobs as it goes; a knob
// moves only when the best value beats the current one by more than
// minGain. It logs the profiles when log is set.
func choose(t *testing.T, docs []sweepDoc, folds map[int]bool, width, rounds int, log bool) {
	const minGain = 0.002 // about a third of one link's worth on a fold
	for r := range rounds {
		moved := false
		for _, k := range sweepKnobs() {
			vals, raw, sm := profile(k, docs, folds, width)
			obj := sm
			cur := *sweepSpanF
			best := cur
			for s := range obj {
				if obj[s] > obj[best]+1e-12 {
					best = s
				}
			}
			if obj[best] <= obj[cur]+minGain {
				best = cur
			}
			if log {
				var b strings.Builder
				for s := range vals {
					mark := " "
					if s == best {
						mark = "*"
					}
					fmt.Fprintf(&b, " %s%.3g:%.3f/%.3f", mark, vals[s], raw[s], sm[s])
				}
				t.Logf("round %d %-9s%s", r, k.name, b.String())
			}
			if best != cur {
				k.set(vals[best])
				moved = true
			}
		}
		if !moved {
			break
		}
	}
}

func knobValues() string {
	var b strings.Builder
	for _, k := range sweepKnobs() {
		fmt.Fprintf(&b, " %s=%.3g", k.name, k.get())
	}
	return b.String()
}

// TestSweep profiles every MT weight on the tune folds (raw/smoothed F1
// at each grid value) and runs the smoothed coordinate ascent; with
// -sweep-cv it scores the selection procedures by held-out fold.
func TestSweep(t *testing.T) {
	if !*sweepFlag {
		t.Skip("run with -sweep")
	}
	savedMT, savedKW := mtParams, kindWeight
	defer func() { mtParams, kindWeight = savedMT, savedKW }()
	docs := sweepSet(t)
	all := map[int]bool{}
	for k := range sweepFolds {
		all[k] = true
	}
	foldIDs := []int{-1, 0, 1, 2, 3}
	if *sweepAr {
		all[10], all[11] = true, true
		foldIDs = append(foldIDs, 10, 11)
	}
	perFold := func() string {
		var b strings.Builder
		for _, k := range foldIDs[1:] {
			fmt.Fprintf(&b, " %.3f", sweepScore(docs, map[int]bool{k: true}))
		}
		return b.String()
	}
	var a devDoc
	for _, d := range loadTextBergHalves(t) {
		if d.tune {
			a = d
		}
	}
	whole := func() float64 {
		src, mt, tgt, gold := a.flatten()
		_, _, f := strictF1(gold, mustAlign(src, tgt, Options{SrcMT: mt}))
		return f
	}
	t.Logf("current:%s\n  all folds %.4f, per fold%s; textberg-a alone %.4f", knobValues(), sweepScore(docs, all), perFold(), whole())
	if *sweepOnly {
		return
	}
	if *sweepPerFold {
		// One profile per weight and fold, the others at their current
		// values: a peak whose place moves from fold to fold is noise.
		for _, k := range sweepKnobs() {
			if *sweepKnobSel != "" && !slices.Contains(strings.Split(*sweepKnobSel, ","), k.name) {
				continue
			}
			var b strings.Builder
			for _, f := range foldIDs {
				folds := all
				if f >= 0 {
					folds = map[int]bool{f: true}
				}
				vals, raw, _ := profile(k, docs, folds, 0)
				if f < 0 {
					fmt.Fprintf(&b, "\n    values ")
					for _, v := range vals {
						fmt.Fprintf(&b, " %6.3g", v)
					}
					fmt.Fprintf(&b, "\n    all    ")
				} else {
					fmt.Fprintf(&b, "\n    fold %d ", f)
				}
				for _, r := range raw {
					fmt.Fprintf(&b, " %6.3f", r)
				}
			}
			t.Logf("%s:%s", k.name, b.String())
		}
		return
	}
	if *sweepCV {
		for _, width := range []int{0, 1, 2} {
			var sum float64
			for k := range sweepFolds {
				mtParams, kindWeight = savedMT, savedKW
				train := map[int]bool{}
				for j := range sweepFolds {
					train[j] = j != k
				}
				choose(t, docs, train, width, 2, false)
				f := sweepScore(docs, map[int]bool{k: true})
				base := func() float64 {
					m, w := mtParams, kindWeight
					mtParams, kindWeight = savedMT, savedKW
					defer func() { mtParams, kindWeight = m, w }()
					return sweepScore(docs, map[int]bool{k: true})
				}()
				sum += f - base
				t.Logf("cv width %d fold %d: held-out F1 %.4f (current weights %.4f);%s", width, k, f, base, knobValues())
			}
			t.Logf("cv width %d: mean held-out gain %+.4f", width, sum/sweepFolds)
		}
		mtParams, kindWeight = savedMT, savedKW
	}
	choose(t, docs, all, *sweepWidth, 3, true)
	t.Logf("chosen:%s\n  all folds %.4f, per fold%s; textberg-a alone %.4f", knobValues(), sweepScore(docs, all), perFold(), whole())
}
