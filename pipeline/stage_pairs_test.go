package pipeline

import "testing"

func TestPairsStage(t *testing.T) {
	g := testGlossary(t)
	d := upTo(t, Options{Glossary: g, GlossaryMode: GlossaryVerify, BackendName: "echo"}, "التقى بالكاظمي. قال الوزير.\n\nوصل الوفد.\n", "pairs")
	res := d.res
	if len(res.Pairs) != 3 || res.Report.Pairs != 3 || res.Report.Status != StatusOK {
		t.Fatalf("pairs %d, report %+v", len(res.Pairs), res.Report)
	}
	for i, want := range []string{"a.txt#1", "a.txt#2", "a.txt#3"} {
		if p := res.Pairs[i]; p.ID != want || p.Doc != "a.txt" || p.Backend != "echo" || p.SrcLang != "ar" || p.TgtLang != "en" {
			t.Errorf("pair %d = %+v", i, p)
		}
	}
	if res.Lines[0] != "EN[التقى بالكاظمي.] EN[قال الوزير.]" || res.Lines[1] != "" || res.Lines[2] != "EN[وصل الوفد.]" {
		t.Errorf("lines %q", res.Lines)
	}
	if res.Glossary != (GlossaryCounts{Missing: 1}) || len(res.Misses) != 1 || res.Misses[0].ID != "a.txt#1" {
		t.Errorf("glossary %+v, misses %+v", res.Glossary, res.Misses)
	}
}
