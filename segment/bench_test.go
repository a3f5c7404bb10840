package segment

import (
	"bufio"
	"html"
	"os"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/internal/evaldata"
)

// sharedSentences reads the sentences that pick finds in the lines of the
// shared evaluation file rel (skipping the benchmark when it is absent).
func sharedSentences(tb testing.TB, rel string, pick func(string) (string, bool)) []string {
	tb.Helper()
	f, err := os.Open(evaldata.Path(tb, rel))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if s, ok := pick(sc.Text()); ok && strings.TrimSpace(s) != "" {
			lines = append(lines, strings.TrimSpace(s))
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return lines
}

// repeatParagraphs joins blocks of eight sentences into paragraphs and
// repeats them until they hold at least minBytes; it returns them and
// their size.
func repeatParagraphs(tb testing.TB, lines []string, minBytes int) ([]string, int) {
	var paras []string
	total := 0
	for i := 0; i < len(lines); i += 8 {
		p := strings.Join(lines[i:min(i+8, len(lines))], " ")
		paras = append(paras, p)
		total += len(p)
	}
	if total == 0 {
		tb.Skip("no text in the evaluation data")
	}
	out := make([]string, 0, len(paras)*(minBytes/total+1))
	n := 0
	for n < minBytes {
		for _, p := range paras {
			out = append(out, p)
			n += len(p)
		}
	}
	return out, n
}

func wholeLine(s string) (string, bool) { return s, true }

// arabicParagraphs builds paragraphs of up to eight sentences from the
// shared Arabic data (ersatz news commentary, UD PUD, IWSLT TED), repeated
// until they hold at least minBytes.
func arabicParagraphs(tb testing.TB, minBytes int) ([]string, int) {
	tb.Helper()
	lines := sharedSentences(tb, "ersatz-seg/news-commentary-v15.dev.ar", wholeLine)
	lines = append(lines, sharedSentences(tb, "ud-pud/ar_pud-ud-test.conllu", func(s string) (string, bool) {
		return strings.CutPrefix(s, "# original_text = ")
	})...)
	lines = append(lines, sharedSentences(tb, "iwslt17-ar-en/IWSLT17.TED.tst2016.ar-en.ar.xml", func(s string) (string, bool) {
		s = strings.TrimSpace(s)
		if !strings.HasPrefix(s, "<seg") {
			return "", false
		}
		if i := strings.IndexByte(s, '>'); i >= 0 {
			s = s[i+1:]
		}
		s = strings.TrimSuffix(s, "</seg>")
		return html.UnescapeString(s), true
	})...)
	return repeatParagraphs(tb, lines, minBytes)
}

// BenchmarkSplitArabic measures throughput over ≥ 20 MB of Arabic paragraphs.
func BenchmarkSplitArabic(b *testing.B) {
	paras, n := arabicParagraphs(b, 20<<20)
	benchSplit(b, "ar", paras, n)
}

// benchSplit splits every paragraph once per iteration, n bytes in all.
func benchSplit(b *testing.B, lang string, paras []string, n int) {
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, p := range paras {
			Split(lang, p)
		}
	}
}

// englishParagraphs builds paragraphs of eight sentences from the shared
// English data (UD PUD, GUM), repeated until they hold at least minBytes.
func englishParagraphs(tb testing.TB, minBytes int) ([]string, int) {
	tb.Helper()
	lines := sharedSentences(tb, "ud-pud/en_pud-ud-test.conllu", func(s string) (string, bool) {
		return strings.CutPrefix(s, "# text = ")
	})
	lines = append(lines, sharedSentences(tb, "ersatz-seg/en_gum-ud-test.en", wholeLine)...)
	return repeatParagraphs(tb, lines, minBytes)
}

// BenchmarkSplitEnglish measures throughput over ≥ 4 MB of English
// paragraphs, where the English layer's heading rules run on every sentence.
func BenchmarkSplitEnglish(b *testing.B) {
	paras, n := englishParagraphs(b, 4<<20)
	benchSplit(b, "en", paras, n)
}

// BenchmarkSplitGolden runs the edge cases of testdata/golden_*.json.
func BenchmarkSplitGolden(b *testing.B) {
	var cases []goldenCase
	var langs []string
	for _, g := range [][2]string{{"ar", "golden_ar.json"}, {"en", "golden_en.json"}} {
		for _, c := range loadGolden(b, g[1]) {
			cases = append(cases, c)
			langs = append(langs, g[0])
		}
	}
	n := 0
	for _, c := range cases {
		n += len(c.Input)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for i, c := range cases {
			Split(langs[i], c.Input)
		}
	}
}
