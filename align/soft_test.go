package align

import (
	"encoding/json"
	"os"
	"testing"
)

// TestSoftBoundary runs the numbered cases of testdata/soft_cases.json.
func TestSoftBoundary(t *testing.T) {
	data, err := os.ReadFile("testdata/soft_cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Name, Prev, Cur string
		Soft            bool
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			if got := softBoundary(c.Prev, c.Cur); got != c.Soft {
				t.Errorf("softBoundary(%q, %q) = %v, want %v", c.Prev, c.Cur, got, c.Soft)
			}
		})
	}
	if s := softBoundaries([]string{"a,", "b.", "C."}); s[0] || !s[1] || s[2] {
		t.Errorf("softBoundaries = %v, want [false true false]", s)
	}
}
