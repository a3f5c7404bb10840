package pipeline

import (
	"fmt"
	"testing"
	"time"

	"github.com/tarjama/tarjama/glossary"
)

// TestReportMissesBounded: report.json lists the first MaxReportMisses
// glossary misses in document order and counts the rest, so it does not
// grow with the corpus; the totals still count every miss.
func TestReportMissesBounded(t *testing.T) {
	rep := NewReport(Options{Now: time.Now, Glossary: &glossary.Glossary{}}, nil)
	const docs, per = 30, 50 // 1,500 misses
	for d := range docs {
		res := Result{Report: DocReport{Doc: fmt.Sprintf("d%02d.txt", d), Status: StatusOK}, Glossary: GlossaryCounts{Missing: per}}
		for k := range per {
			res.Misses = append(res.Misses, GlossaryMiss{ID: fmt.Sprintf("d%02d.txt#%d", d, k+1), Source: "ماكغورك", Target: "McGurk"})
		}
		rep.AddResult(res)
	}
	g := rep.Glossary
	if g.Missing != docs*per {
		t.Errorf("missing %d, want %d", g.Missing, docs*per)
	}
	if len(g.Misses) != MaxReportMisses || g.MissesOmitted != docs*per-MaxReportMisses {
		t.Fatalf("listed %d, omitted %d; want %d and %d", len(g.Misses), g.MissesOmitted, MaxReportMisses, docs*per-MaxReportMisses)
	}
	if first, last := g.Misses[0].ID, g.Misses[len(g.Misses)-1].ID; first != "d00.txt#1" || last != "d19.txt#50" {
		t.Errorf("listed %s … %s, want the first ones in document order", first, last)
	}
}
