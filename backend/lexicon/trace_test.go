package lexicon

import (
	"reflect"
	"strings"
	"testing"
)

// TestExplainerLines: explaining line by line gives Explain's translation
// and counts, and each line reports only its own words and rules.
func TestExplainerLines(t *testing.T) {
	tr, err := New()
	if err != nil {
		t.Fatal(err)
	}
	lines := []string{
		"وقال الرئيس إن الحكومة ستعقد اجتماعا يوم الخميس.",
		"",
		"زرقطيل كبير في زرقطيل.",
		"تم إلقاء القبض على الرجل الذي سرق السيارة.",
	}
	whole := tr.Explain(strings.Join(lines, "\n"))
	e := tr.NewExplainer()
	var texts []string
	words := 0
	for i, l := range lines {
		x := e.Line(l)
		texts = append(texts, x.Text)
		words += x.Words
		if i == 2 && (len(x.Unknown) != 1 || x.Unknown[0] != (Count{"زرقطيل", 2})) {
			t.Errorf("line 3 unknown = %v, want [{زرقطيل 2}]", x.Unknown)
		}
		if i == 1 && (x.Words != 0 || len(x.Rules) != 0 || x.Text != "") {
			t.Errorf("empty line explained as %+v", x)
		}
	}
	if got := strings.Join(texts, "\n"); got != whole.Text {
		t.Errorf("lines give %q, Explain %q", got, whole.Text)
	}
	total := e.Total()
	if total.Words != whole.Words || words != whole.Words {
		t.Errorf("words: total %d, sum of lines %d, Explain %d", total.Words, words, whole.Words)
	}
	if !reflect.DeepEqual(total.Unknown, whole.Unknown) || !reflect.DeepEqual(total.Rules, whole.Rules) {
		t.Errorf("total %+v, Explain %+v", total, whole)
	}
	if len(whole.Rules) == 0 {
		t.Error("no rule fired on four sentences; the trace is not recording")
	}
}
