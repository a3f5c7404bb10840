package pipeline

import (
	"context"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/glossary"
)

// upTo runs the stages of one document up to and including the stage
// called last, and returns the document value for a stage's test to read.
func upTo(t *testing.T, opts Options, text, last string) *docState {
	t.Helper()
	if opts.Translator == nil {
		opts.Translator = &echo{}
	}
	env, err := NewEnv(opts)
	if err != nil {
		t.Fatal(err)
	}
	d := &docState{env: env, doc: Document{Name: "a.txt", Text: text}}
	for _, s := range stages {
		if err := s.run(context.Background(), d); err != nil {
			t.Fatalf("stage %s: %v", s.name, err)
		}
		if s.name == last || d.done {
			return d
		}
	}
	t.Fatalf("no stage %q", last)
	return nil
}

func testGlossary(t *testing.T) *glossary.Glossary {
	t.Helper()
	g, err := glossary.Parse(strings.NewReader("ar\ten\nالكاظمي\tal-Kadhimi\nبريت ماكغورك\tBrett McGurk\n"), "g.tsv")
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestStagesHaveUniqueNames(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range stages {
		if s.name == "" || seen[s.name] || s.run == nil {
			t.Errorf("stage %q: empty, repeated or without a function", s.name)
		}
		seen[s.name] = true
	}
}
