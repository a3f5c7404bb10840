package align

import (
	"slices"
	"strings"
	"testing"
)

// TestFieldsMatchesStrings checks the extractor's reused-slice splitter
// against strings.Fields on spaces of every kind, invalid UTF-8 and
// Arabic text.
func TestFieldsMatchesStrings(t *testing.T) {
	var e extractor
	for _, s := range []string{
		"", " ", "a", " a  b\tc\n", "أ- البند الأول\u00a0ب- الثاني", "x\u0085y\u2003z\u3000",
		"\xff\xfe a \xc3", "(a) item; (b) item.", "\v\f\r lead and trail \r\n",
	} {
		if got, want := e.fields(s), strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("fields(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestSortFeatures checks the radix sort against slices.Sort on short
// and long vectors.
func TestSortFeatures(t *testing.T) {
	var e extractor
	for _, n := range []int{0, 1, 63, 64, 65, 300, 5000} {
		v := make([]uint32, n)
		h := uint32(12345)
		for k := range v {
			h = mix32(h + uint32(k))
			v[k] = h
			if k%7 == 0 {
				v[k] &= 0xff // low values and repeats
			}
		}
		want := slices.Clone(v)
		slices.Sort(want)
		e.sort(v)
		if !slices.Equal(v, want) {
			t.Errorf("n=%d: radix sort differs from slices.Sort", n)
		}
	}
}
