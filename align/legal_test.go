package align

import (
	"encoding/json"
	"os"
	"testing"
)

// loadLegalGold reads testdata/legal_gold.json: Arabic–English statute and
// contract articles written for this test (see its provenance field), with
// enumerations joined on one side and one clause a line on the other.
func loadLegalGold(tb testing.TB) []devDoc {
	data, err := os.ReadFile("testdata/legal_gold.json")
	if err != nil {
		tb.Fatal(err)
	}
	var file struct {
		Provenance string
		Docs       []struct {
			Name  string
			Units []struct{ Ar, En []string }
		}
	}
	if err := json.Unmarshal(data, &file); err != nil {
		tb.Fatal(err)
	}
	if file.Provenance == "" {
		tb.Fatal("legal_gold.json states no provenance")
	}
	var docs []devDoc
	for _, d := range file.Docs {
		doc := devDoc{name: d.Name, lang: "ar"}
		for _, u := range d.Units {
			doc.units = append(doc.units, unit{src: u.Ar, tgt: u.En})
		}
		docs = append(docs, doc)
	}
	return docs
}

// TestLegalGold aligns the legal documents with the lexicon's MT, on
// length and anchors only, and with length-only Gale-Church (groups up to
// 1-8, the anchor on unseen legal text), and reports strict F1
// per document and over all (micro). The enumerations (1-5 to 1-10 and
// 5-1 to 9-1) must be found whole in the MT mode, and the MT mode must
// beat the anchor.
func TestLegalGold(t *testing.T) {
	docs := loadLegalGold(t)
	totals := map[string]*tally{}
	for _, a := range perturbAligners() {
		totals[a.name] = &tally{}
	}
	for _, d := range docs {
		src, _, tgt, gold := d.flatten()
		var wide []Link
		for _, l := range gold {
			if max(len(l.Src), len(l.Tgt)) >= 5 {
				wide = append(wide, l)
			}
		}
		p := perturbed{src: src, tgt: tgt, mt: mtFor(t, "ar", src, nil), gold: gold}
		for _, a := range perturbAligners() {
			links := a.align(p)
			if err := Check(links, len(src), len(tgt)); err != nil {
				t.Fatalf("%s %s: %v", d.name, a.name, err)
			}
			var one tally
			one.add(gold, links, wide)
			totals[a.name].add(gold, links, wide)
			t.Logf("%-20s %-4s strict F1 %.3f, enumerations found %d/%d", d.name, a.name, one.f1(), one.found, one.sites)
			if testing.Verbose() && one.f1() < 1 {
				t.Logf("  %v", links)
			}
		}
	}
	for _, a := range perturbAligners() {
		tt := totals[a.name]
		t.Logf("all %-4s strict F1 %.3f, enumerations found %d/%d", a.name, tt.f1(), tt.found, tt.sites)
	}
	if mt, gc := totals["mt"].f1(), totals["gc8"].f1(); mt <= gc || mt < 0.97 {
		t.Errorf("MT strict F1 %.3f: want ≥ 0.97 and above Gale-Church's %.3f", mt, gc)
	}
}
