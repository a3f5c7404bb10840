package glossary

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/internal/evaldata"
)

// pudSentences reads `# original_text` (Arabic) or `# text` (English) of a
// UD PUD file, in order.
func pudSentences(t *testing.T, rel, prefix string) []string {
	f, err := os.Open(evaldata.Path(t, rel))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if s, ok := strings.CutPrefix(sc.Text(), prefix); ok {
			out = append(out, s)
		}
	}
	return out
}

// TestPUDNames matches unambiguous names in the 1,000 Arabic PUD sentences
// and checks their human English translations: a false match (a name
// found where there is none) would show up as a miss, as would a wrong
// entry. The text is unseen by the matcher's authors.
func TestPUDNames(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus-scale")
	}
	ar := pudSentences(t, "ud-pud/ar_pud-ud-test.conllu", "# original_text = ")
	en := pudSentences(t, "ud-pud/en_pud-ud-test.conllu", "# text = ")
	if len(ar) != 1000 || len(en) != 1000 {
		t.Fatalf("%d Arabic and %d English sentences, want 1000 each", len(ar), len(en))
	}
	g, err := Parse(strings.NewReader(`ar	en
أوباما	Obama
ترامب	Trump
كلينتون	Clinton
بوتين	Putin
لندن	London
باريس	Paris
ألمانيا	Germany
فرنسا	France
الصين	China
اليابان	Japan
روسيا	Russia
`), "pud-names")
	if err != nil {
		t.Fatal(err)
	}
	m := NewMatcher(g)
	found, missing := 0, 0
	for i := range ar {
		checkMatches(t, ar[i], m.Find(ar[i]))
		for _, c := range m.Verify(ar[i], en[i]) {
			found++
			if c.Status == StatusMissing {
				missing++
				t.Logf("%d: %q → %s not in %q", i, c.Surface, c.Entry.Target, en[i])
			}
		}
	}
	t.Logf("%d name occurrences in PUD, %d without the name in the human translation", found, missing)
	if found < 50 || missing*20 > found {
		t.Errorf("%d occurrences, %d misses: want ≥ 50 and misses ≤ 5%%", found, missing)
	}
}
