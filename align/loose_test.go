package align

import (
	"context"
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestLooseCases runs the numbered cases of testdata/loose_cases.json:
// small documents with a translation, each with links ("4,5:4" is source
// sentences 4 and 5 to target sentence 4) that the alignment must contain.
func TestLooseCases(t *testing.T) {
	data, err := os.ReadFile("testdata/loose_cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Name, Why    string
		Src, MT, Tgt []string
		Want         []string
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	key := func(l Link) string {
		ids := func(xs []int) string {
			s := make([]string, len(xs))
			for k, x := range xs {
				s[k] = strconv.Itoa(x)
			}
			return strings.Join(s, ",")
		}
		return ids(l.Src) + ":" + ids(l.Tgt)
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			links, err := Align(context.Background(), c.Src, c.Tgt, Options{SrcMT: c.MT})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]bool{}
			for _, l := range links {
				got[key(l)] = true
			}
			for _, w := range c.Want {
				if !got[w] {
					t.Errorf("no link %s (%s); got %v", w, c.Why, links)
				}
			}
		})
	}
}
