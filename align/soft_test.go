package align

import (
	"encoding/json"
	"os"
	"testing"
)

// TestSoftBoundary runs the numbered cases of testdata/soft_cases.json;
// a case with "cut" also checks bracketBoundary.
func TestSoftBoundary(t *testing.T) {
	data, err := os.ReadFile("testdata/soft_cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Name, Prev, Cur string
		Soft            bool
		Cut             *bool
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			if got := softBoundary(c.Prev, c.Cur); got != c.Soft {
				t.Errorf("softBoundary(%q, %q) = %v, want %v", c.Prev, c.Cur, got, c.Soft)
			}
			if c.Cut != nil {
				if got := bracketBoundary(c.Prev, c.Cur); got != *c.Cut {
					t.Errorf("bracketBoundary(%q, %q) = %v, want %v", c.Prev, c.Cur, got, *c.Cut)
				}
			}
		})
	}
	if s, _ := boundaryMarks([]string{"a,", "b.", "C."}); s[0] || !s[1] || s[2] {
		t.Errorf("soft boundaryMarks = %v, want [false true false]", s)
	}
	if _, c := boundaryMarks([]string{"a (b", "c) d.", "E."}); c[0] || !c[1] || c[2] {
		t.Errorf("cut boundaryMarks = %v, want [false true false]", c)
	}
}
