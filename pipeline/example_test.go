package pipeline_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/input"
	"github.com/tarjama/tarjama/pipeline"
)

// tagger "translates" by tagging each segment, so the example's output
// does not depend on a real engine.
type tagger struct{}

func (tagger) Translate(_ context.Context, req backend.Request) ([]string, error) {
	out := make([]string, len(req.Segments))
	for i, s := range req.Segments {
		out[i] = fmt.Sprintf("<%d runes>", len([]rune(s)))
	}
	return out, nil
}

// Run reads, cleans, segments, translates and aligns every document and
// writes the corpus, the translated documents and report.json.
func ExampleRun() {
	dir, _ := os.MkdirTemp("", "tarjama-example")
	defer os.RemoveAll(dir)
	os.Mkdir(filepath.Join(dir, "articles"), 0o755)
	os.WriteFile(filepath.Join(dir, "articles", "a.txt"), []byte("وصل الوفد. بدأ الاجتماع.\n\nLeave a Reply\n"), 0o644)

	docs, skipped, _ := input.Collect([]string{filepath.Join(dir, "articles")})
	out := filepath.Join(dir, "out")
	rep, err := pipeline.Run(context.Background(), docs, skipped, pipeline.Options{
		OutDir: out, Translator: tagger{}, BackendName: "tagger", Formats: []string{"jsonl"},
	})
	fmt.Println(rep.Status, err, rep.Totals.Sentences, "sentences,", rep.Totals.Dropped, "line dropped")
	corpus, _ := os.ReadFile(filepath.Join(out, "corpus.jsonl"))
	fmt.Print(string(corpus))
	translated, _ := os.ReadFile(filepath.Join(out, "docs", "a.txt.en.txt"))
	fmt.Printf("%q\n", strings.Split(string(translated), "\n"))
	// Output:
	// complete <nil> 2 sentences, 1 line dropped
	// {"id":"a.txt#1","doc":"a.txt","translation":{"ar":"وصل الوفد.","en":"<10 runes>"},"align":"1-1","backend":"tagger"}
	// {"id":"a.txt#2","doc":"a.txt","translation":{"ar":"بدأ الاجتماع.","en":"<13 runes>"},"align":"1-1","backend":"tagger"}
	// ["<10 runes> <13 runes>" "" "" ""]
}
