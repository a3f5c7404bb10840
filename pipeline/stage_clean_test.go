package pipeline

import "testing"

func TestCleanStageKeepsLinesAndDropsBoilerplate(t *testing.T) {
	d := upTo(t, Options{}, "وصل الوفد.\n\nLeave a Reply\n", "clean")
	if len(d.lines) != 3 || len(d.cleaned) != 3 || len(d.res.Lines) != 3 {
		t.Fatalf("lines %q, cleaned %q, out %d", d.lines, d.cleaned, len(d.res.Lines))
	}
	if d.cleaned[2] != "" || len(d.res.Report.Dropped) != 1 {
		t.Errorf("boilerplate kept: cleaned %q, dropped %v", d.cleaned, d.res.Report.Dropped)
	}
	d = upTo(t, Options{KeepBoilerplate: true}, "وصل الوفد.\n\nLeave a Reply\n", "clean")
	if d.cleaned[2] == "" {
		t.Errorf("--keep-boilerplate dropped %q", d.lines[2])
	}
}
