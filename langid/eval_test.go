package langid

import (
	"os"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/internal/evaldata"
)

func fileLines(tb testing.TB, rel, prefix string) []string {
	data, err := os.ReadFile(evaldata.Path(tb, rel))
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		if prefix != "" {
			if !strings.HasPrefix(l, prefix) {
				continue
			}
			l = strings.TrimPrefix(l, prefix)
		}
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// TestRealText measures, with the default options, how often real
// sentences are identified as their own language, abstained on, or taken
// for another language (the last is what a --lang-id filter would wrongly
// drop). Sets: UD PUD English and Arabic, Text+Berg French and German.
// Floors sit just under the measured values; -v prints them.
func TestRealText(t *testing.T) {
	id, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		lang, rel, prefix string
		minOK, maxWrong   float64
	}{
		{"en", "ud-pud/en_pud-ud-test.conllu", "# text = ", 0.96, 0.005},
		{"ar", "ud-pud/ar_pud-ud-test.conllu", "# original_text = ", 0.96, 0.006},
		{"fr", "textberg-bleualign/dev.fr", "", 0.78, 0.04},
		{"de", "textberg-bleualign/dev.de", "", 0.83, 0.015},
	} {
		t.Run(c.lang, func(t *testing.T) {
			ss := fileLines(t, c.rel, c.prefix)
			var ok, abstain, wrong int
			for _, s := range ss {
				switch id.Check(s, c.lang) {
				case Match:
					ok++
				case Abstain:
					abstain++
				default:
					wrong++
				}
			}
			n := float64(len(ss))
			t.Logf("%s: %d sentences: %.1f%% identified, %.1f%% abstained, %.1f%% taken for another language",
				c.lang, len(ss), 100*float64(ok)/n, 100*float64(abstain)/n, 100*float64(wrong)/n)
			if float64(ok)/n < c.minOK || float64(wrong)/n > c.maxWrong {
				t.Errorf("below the floor: identified share < %.2f or wrong share > %.3f", c.minOK, c.maxWrong)
			}
		})
	}
}
