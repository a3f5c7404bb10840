package pipeline

import (
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The speed targets of scripts/bench.sh are measured on generated
// articles: sentences of 6 to 14 words drawn from the sample article's
// vocabulary (so the lexicon knows most of them), a number in most, four
// sentences a paragraph, five paragraphs and a title an article. 4,000
// articles are about 80,000 sentences and 10 MB, like a news archive.
//
//	go test ./pipeline -run TestGenerateArticles -gen DIR -gen-n 4000
var (
	genDir = flag.String("gen", "", "write generated articles into this folder (TestGenerateArticles)")
	genN   = flag.Int("gen-n", 4000, "articles to generate with -gen")
)

func TestGenerateArticles(t *testing.T) {
	if *genDir == "" {
		t.Skip("no -gen DIR")
	}
	if err := generateArticles(*genDir, *genN, 1); err != nil {
		t.Fatal(err)
	}
}

// articleWords is the sample article's vocabulary.
func articleWords() ([]string, error) {
	b, err := os.ReadFile(filepath.Join("..", "samples", "articles", "biden-kadhimi.txt"))
	if err != nil {
		return nil, err
	}
	var words []string
	seen := map[string]bool{}
	for _, w := range strings.Fields(string(b)) {
		w = strings.Trim(w, ".,،:;!?“”\"()|*")
		if w == "" || seen[w] || strings.ContainsAny(w, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") {
			continue
		}
		seen[w] = true
		words = append(words, w)
	}
	return words, nil
}

// generateArticles writes n articles a%05d.txt into dir, deterministically
// from seed.
func generateArticles(dir string, n int, seed int64) error {
	words, err := articleWords()
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewSource(seed))
	sentence := func(b *strings.Builder) {
		k := 6 + rng.Intn(9)
		num := rng.Intn(k + 2)
		for i := 0; i < k; i++ {
			if i > 0 {
				b.WriteByte(' ')
			}
			if i == num {
				fmt.Fprintf(b, "%d ", 1+rng.Intn(2030))
			}
			b.WriteString(words[rng.Intn(len(words))])
		}
		b.WriteByte('.')
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for a := 0; a < n; a++ {
		var b strings.Builder
		for i := 0; i < 5; i++ { // the title
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[rng.Intn(len(words))])
		}
		b.WriteString("\n\n")
		for p := 0; p < 5; p++ {
			for s := 0; s < 4; s++ {
				if s > 0 {
					b.WriteByte(' ')
				}
				sentence(&b)
			}
			b.WriteString("\n\n")
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%05d.txt", a)), []byte(b.String()), 0o644); err != nil {
			return err
		}
	}
	return nil
}
