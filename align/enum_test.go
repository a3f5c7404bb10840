package align

import (
	"encoding/json"
	"os"
	"testing"
)

// TestEnumerate runs the numbered marker cases of testdata/enum_cases.json.
func TestEnumerate(t *testing.T) {
	data, err := os.ReadFile("testdata/enum_cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Name, Text string
		Run        int
		Starts     bool
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			info, _ := enumerate(c.Text)
			if int(info.run) != c.Run || info.starts != c.Starts {
				t.Errorf("enumerate(%q) = run %d starts %v, want run %d starts %v", c.Text, info.run, info.starts, c.Run, c.Starts)
			}
		})
	}
}
