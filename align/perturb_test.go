package align

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// The perturbation tests take the development documents (gold 1-1 units,
// see loadDevDocs) and damage them the way real document pairs are damaged,
// with a seeded generator so the gold is known: a sentence deleted or
// inserted on one side, two sentences merged or one split, and legal-style
// enumerations where one side writes "أ- … ب- … ج- …" on one line and the
// other has one line per item.

var perturbOut = flag.String("perturb-out", "", "write each perturbed document's gold and test alignments under `DIR`/MODE/KIND/ for alignscore.py")

// perturbKinds are the perturbations, each applied on its own to every
// document; "none" is the document as it is.
var perturbKinds = []string{
	"none", "del-src", "del-tgt", "ins-src", "ins-tgt",
	"merge-src", "merge-tgt", "split-src", "split-tgt", "enum-src", "enum-tgt",
}

// enumStyle is how one enumeration numbers its items on each side.
type enumStyle struct {
	ar, en, de []string // marker of item k (the text follows after a space)
}

var (
	abjad    = []string{"أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي"}
	latinEnu = []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}
)

func enumStyles() []enumStyle {
	mk := func(f func(k int) (ar, lat string)) enumStyle {
		var s enumStyle
		for k := 0; k < 10; k++ {
			a, l := f(k)
			s.ar, s.en, s.de = append(s.ar, a), append(s.en, l), append(s.de, l)
		}
		return s
	}
	return []enumStyle{
		mk(func(k int) (string, string) { return abjad[k] + "-", "(" + latinEnu[k] + ")" }),
		mk(func(k int) (string, string) { return "(" + abjad[k] + ")", latinEnu[k] + ")" }),
		mk(func(k int) (string, string) { return fmt.Sprintf("%d-", k+1), fmt.Sprintf("%d.", k+1) }),
		mk(func(k int) (string, string) { return fmt.Sprintf("(%d)", k+1), fmt.Sprintf("(%d)", k+1) }),
	}
}

// perturbed is one damaged document: sentences, gold, and which gold links
// the perturbation made (its sites).
type perturbed struct {
	name, lang    string
	src, mt, tgt  []string
	gold          []Link
	sites         []Link
	srcMTProvided bool // the source's translation came with the data
}

// perturb applies kind to d at random 1-1 units (about one in eight, never
// two adjacent sites), drawing inserted sentences from pool (units of other
// documents in the same language).
func perturb(d devDoc, kind string, rng *rand.Rand, pool []unit) perturbed {
	styles := enumStyles()
	var out []unit
	var site []bool
	one := func(u unit) bool { return len(u.src) == 1 && len(u.tgt) == 1 }
	items := func(u unit) (src, mt, tgt string) {
		mt = ""
		if len(u.mt) > 0 {
			mt = u.mt[0]
		}
		return u.src[0], mt, u.tgt[0]
	}
	langOf := func(srcSide bool) string {
		if srcSide {
			return d.lang
		}
		if d.lang == "de" {
			return "fr"
		}
		return "en"
	}
	marker := func(st enumStyle, lang string, k int) string {
		switch lang {
		case "ar":
			return st.ar[k]
		case "de", "fr":
			return st.de[k]
		}
		return st.en[k]
	}
	for i := 0; i < len(d.units); i++ {
		u := d.units[i]
		if kind == "none" || !one(u) || rng.Float64() >= 1.0/8 || i == 0 {
			out, site = append(out, u), append(site, kind == "none")
			continue
		}
		s, m, t := items(u)
		applied := true
		switch kind {
		case "del-src":
			out = append(out, unit{tgt: u.tgt})
		case "del-tgt":
			out = append(out, unit{src: u.src, mt: u.mt})
		case "ins-src", "ins-tgt":
			p := pool[rng.IntN(len(pool))]
			if kind == "ins-src" {
				out = append(out, unit{src: p.src[:1], mt: firstOr(p.mt)})
			} else {
				out = append(out, unit{tgt: p.tgt[:1]})
			}
			out, site = append(out, u), append(site, true)
		case "merge-src", "merge-tgt":
			if i+1 >= len(d.units) || !one(d.units[i+1]) {
				applied = false
				break
			}
			s2, m2, t2 := items(d.units[i+1])
			i++
			if kind == "merge-src" {
				out = append(out, unit{src: []string{s + " " + s2}, mt: []string{strings.TrimSpace(m + " " + m2)}, tgt: []string{t, t2}})
			} else {
				out = append(out, unit{src: []string{s, s2}, mt: []string{m, m2}, tgt: []string{t + " " + t2}})
			}
		case "split-src", "split-tgt":
			text := t
			if kind == "split-src" {
				text = s
			}
			a, b, frac, ok := splitSentence(text)
			if !ok {
				applied = false
				break
			}
			if kind == "split-src" {
				ma, mb := splitAt(m, frac)
				out = append(out, unit{src: []string{a, b}, mt: []string{ma, mb}, tgt: u.tgt})
			} else {
				out = append(out, unit{src: u.src, mt: u.mt, tgt: []string{a, b}})
			}
		case "enum-src", "enum-tgt":
			k := 3 + rng.IntN(8) // 3..10 items
			if i+k > len(d.units) {
				applied = false
				break
			}
			for _, v := range d.units[i : i+k] {
				if !one(v) {
					applied = false
				}
			}
			if !applied {
				break
			}
			st := styles[rng.IntN(len(styles))]
			semi := rng.IntN(2) == 0
			var joinS, joinM, joinT []string
			var lineS, lineM, lineT []string
			for n, v := range d.units[i : i+k] {
				vs, vm, vt := items(v)
				ms, mm, mtg := marker(st, langOf(true), n), marker(st, "en", n), marker(st, langOf(false), n)
				lineS = append(lineS, ms+" "+vs)
				lineM = append(lineM, strings.TrimSpace(mm+" "+vm))
				lineT = append(lineT, mtg+" "+vt)
				end := func(x string, ar bool) string {
					if !semi || n == k-1 {
						return x
					}
					x = strings.TrimRight(x, ".。 ")
					if ar {
						return x + "؛"
					}
					return x + ";"
				}
				joinS = append(joinS, end(ms+" "+vs, d.lang == "ar"))
				joinM = append(joinM, end(strings.TrimSpace(mm+" "+vm), false))
				joinT = append(joinT, end(mtg+" "+vt, false))
			}
			i += k - 1
			if kind == "enum-src" {
				out = append(out, unit{src: []string{strings.Join(joinS, " ")}, mt: []string{strings.Join(joinM, " ")}, tgt: lineT})
			} else {
				out = append(out, unit{src: lineS, mt: lineM, tgt: []string{strings.Join(joinT, " ")}})
			}
		}
		if !applied {
			out, site = append(out, u), append(site, false)
			continue
		}
		site = append(site, true)
		// Keep the next unit as it is, so each site has clean neighbours.
		if i+1 < len(d.units) {
			i++
			out, site = append(out, d.units[i]), append(site, false)
		}
	}
	p := perturbed{name: d.name, lang: d.lang, srcMTProvided: d.lang != "ar"}
	for k, u := range out {
		l := Link{Src: span(len(p.src), len(p.src)+len(u.src)), Tgt: span(len(p.tgt), len(p.tgt)+len(u.tgt))}
		p.src = append(p.src, u.src...)
		p.mt = append(p.mt, u.mt...)
		p.tgt = append(p.tgt, u.tgt...)
		p.gold = append(p.gold, l)
		if site[k] {
			p.sites = append(p.sites, l)
		}
	}
	if !p.srcMTProvided {
		p.mt = nil
	}
	return p
}

func firstOr(xs []string) []string {
	if len(xs) == 0 {
		return nil
	}
	return xs[:1]
}

// splitSentence cuts a sentence of at least eight words in two at the
// comma nearest its middle (or at the middle word), returning the parts
// and the cut's position as a fraction of the words.
func splitSentence(s string) (a, b string, frac float64, ok bool) {
	ws := strings.Fields(s)
	if len(ws) < 8 {
		return "", "", 0, false
	}
	cut := len(ws) / 2
	best := len(ws)
	for k := 2; k < len(ws)-2; k++ {
		if strings.HasSuffix(ws[k-1], ",") || strings.HasSuffix(ws[k-1], "،") {
			if d := abs(k - len(ws)/2); d < best {
				best, cut = d, k
			}
		}
	}
	return strings.Join(ws[:cut], " "), strings.Join(ws[cut:], " "), float64(cut) / float64(len(ws)), true
}

func splitAt(s string, frac float64) (string, string) {
	ws := strings.Fields(s)
	cut := int(frac*float64(len(ws)) + 0.5)
	cut = max(1, min(len(ws)-1, cut))
	if len(ws) < 2 {
		return s, ""
	}
	return strings.Join(ws[:cut], " "), strings.Join(ws[cut:], " ")
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// perturbSet builds every kind's perturbed documents, seeded per kind and
// document so that adding a kind does not change the others.
func perturbSet(tb testing.TB, docs []devDoc) map[string][]perturbed {
	pools := map[string][][]unit{}
	for k, d := range docs {
		var p []unit
		for k2, d2 := range docs {
			if k2 != k && d2.lang == d.lang {
				for _, u := range d2.units {
					if len(u.src) == 1 && len(u.tgt) == 1 {
						p = append(p, u)
					}
				}
			}
		}
		pools[d.name] = append(pools[d.name], p)
	}
	cache := map[string]string{}
	set := map[string][]perturbed{}
	for ki, kind := range perturbKinds {
		for di, d := range docs {
			rng := rand.New(rand.NewPCG(uint64(ki+1)*7919, uint64(di+1)))
			p := perturb(d, kind, rng, pools[d.name][0])
			if !p.srcMTProvided {
				p.mt = make([]string, len(p.src))
				tr := lexiconTranslator(tb)
				for i, s := range p.src {
					m, ok := cache[s]
					if !ok {
						m = tr.TranslateText(s)
						cache[s] = m
					}
					p.mt[i] = m
				}
			}
			set[kind] = append(set[kind], p)
		}
	}
	return set
}

// aligner is one system under test.
type aligner struct {
	name  string
	align func(p perturbed) []Link
}

func perturbAligners() []aligner {
	return []aligner{
		{"mt", func(p perturbed) []Link { return mustAlign(p.src, p.tgt, Options{SrcMT: p.mt}) }},
		{"len", func(p perturbed) []Link { return mustAlign(p.src, p.tgt, Options{}) }},
		{"gc8", func(p perturbed) []Link { return galeChurchAlign(p.src, p.tgt, 8) }},
	}
}

func mustAlign(src, tgt []string, o Options) []Link {
	l, err := Align(context.Background(), src, tgt, o)
	if err != nil {
		panic(err) // only with a cancelled context or a malformed MT, neither here
	}
	return l
}

// perturbFloors are the strict F1 floors on the report documents for the
// MT mode (what `tarjama align` runs for ar→en) per kind; every kind must
// also beat length-only Gale-Church. Site floors: share of the
// perturbation's own gold links found exactly.
var perturbFloors = map[string]struct{ f1, site float64 }{
	"none":      {0.93, 0.93},
	"del-src":   {0.91, 0.65},
	"del-tgt":   {0.91, 0.65},
	"ins-src":   {0.91, 0.75},
	"ins-tgt":   {0.91, 0.75},
	"merge-src": {0.90, 0.80},
	"merge-tgt": {0.90, 0.80},
	"split-src": {0.90, 0.80},
	"split-tgt": {0.90, 0.80},
	"enum-src":  {0.90, 0.80},
	"enum-tgt":  {0.90, 0.80},
}

// TestPerturbations aligns every perturbed development document with the
// aligner (with MT, and on length and anchors only) and with length-only
// Gale-Church (groups up to 1-8), and reports strict F1 and the share of
// perturbation sites found, per kind, on the tune and the report halves.
// Floors apply to the report half.
func TestPerturbations(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus-scale test")
	}
	docs := loadDevDocs(t)
	set := perturbSet(t, docs)
	als := perturbAligners()
	type res struct{ tune, report tally }
	results := map[string]map[string]*res{}
	for _, kind := range perturbKinds {
		results[kind] = map[string]*res{}
		for _, al := range als {
			r := &res{}
			results[kind][al.name] = r
			for _, p := range set[kind] {
				links := al.align(p)
				if err := Check(links, len(p.src), len(p.tgt)); err != nil {
					t.Fatalf("%s %s %s: %v", kind, al.name, p.name, err)
				}
				tuneDoc := false
				for _, d := range docs {
					if d.name == p.name {
						tuneDoc = d.tune
					}
				}
				if tuneDoc {
					r.tune.add(p.gold, links, p.sites)
				} else {
					r.report.add(p.gold, links, p.sites)
				}
				if *perturbOut != "" {
					half := "report"
					if tuneDoc {
						half = "tune"
					}
					writeAlignment(t, filepath.Join(*perturbOut, al.name, kind, half, p.name+".gold"), p.gold)
					writeAlignment(t, filepath.Join(*perturbOut, al.name, kind, half, p.name+".test"), links)
				}
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-10s", "kind")
	for _, al := range als {
		fmt.Fprintf(&b, " | %-8s tune F1 site  report F1 site", al.name)
	}
	for _, kind := range perturbKinds {
		fmt.Fprintf(&b, "\n%-10s", kind)
		for _, al := range als {
			r := results[kind][al.name]
			fmt.Fprintf(&b, " | %-8s  %.3f %.3f      %.3f %.3f", "", r.tune.f1(), r.tune.siteRate(), r.report.f1(), r.report.siteRate())
		}
	}
	t.Log(b.String())
	for _, kind := range perturbKinds {
		mt, gc := results[kind]["mt"].report, results[kind]["gc8"].report
		fl := perturbFloors[kind]
		if mt.f1() < fl.f1 {
			t.Errorf("%s: report strict F1 %.3f < %.2f", kind, mt.f1(), fl.f1)
		}
		if mt.siteRate() < fl.site {
			t.Errorf("%s: report sites found %.3f < %.2f", kind, mt.siteRate(), fl.site)
		}
		if mt.f1() <= gc.f1() {
			t.Errorf("%s: report strict F1 %.3f does not beat Gale-Church's %.3f", kind, mt.f1(), gc.f1())
		}
	}
}

func writeAlignment(tb testing.TB, path string, links []Link) {
	tb.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	if err := WriteVecalign(f, links); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
}

// runeLen is a sentence's length in characters, as Gale-Church counts it.
func runeLen(s string) float64 { return float64(utf8.RuneCountInString(strings.TrimSpace(s))) }
