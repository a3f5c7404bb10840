package beamrun

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn3x1[context.Context, []byte, func(string, string), error](&matchFn{})
	register.Emitter2[string, string]()
	register.DoFn4x1[context.Context, string, string, func(int, []byte), error](&processFn{})
	register.Emitter2[int, []byte]()
	register.DoFn3x2[context.Context, int, func(*[]byte) bool, string, error](&writeShardFn{})
	register.Iter1[[]byte]()
	register.DoFn4x1[context.Context, int, func(*string) bool, func(*string) bool, error](&mergeFn{})
	register.Iter1[string]()
	register.Function3x0[string, string, func(string, string)](keepDocs)
	register.Function3x0[string, string, func(string)](keepSkips)
	register.Emitter1[string]()
}

// Build adds the job to the pipeline's root scope s:
//
//	Impulse → match → Reshuffle → process (docs/ written) → shard by name
//	→ GroupByKey → sort and write each shard → one merge (corpus files,
//	report.json)
//
// cfg must have passed Check.
func Build(s beam.Scope, cfg Config) {
	s = s.Scope("tarjama")
	start := beam.Impulse(s)
	docs, skipped := matchDocs(s.Scope("match"), cfg, start)
	// Matching is one element: spread its documents over the workers.
	docs = beam.Reshuffle(s, docs)
	recs := beam.ParDo(s.Scope("translate"), &processFn{Cfg: cfg}, docs)
	shards := beam.ParDo(s.Scope("write shards"), &writeShardFn{Cfg: cfg}, beam.GroupByKey(s, recs))
	// The merge runs once, also when no document matched: give it one
	// empty shard name to wait for.
	all := beam.Flatten(s, shards, beam.Create(s, ""))
	beam.ParDo0(s.Scope("merge"), &mergeFn{Cfg: cfg}, beam.GroupByKey(s, beam.AddFixedKey(s, all)),
		beam.SideInput{Input: skipped})
}

// matchDocs matches the inputs in one worker: the documents as (name,
// path) and the files passed over, as JSON input.Skipped.
func matchDocs(s beam.Scope, cfg Config, start beam.PCollection) (docs, skipped beam.PCollection) {
	matched := beam.ParDo(s, &matchFn{Inputs: cfg.Inputs}, start)
	// Skipped files ride on the same single element, as a name "" entry.
	return beam.ParDo(s, keepDocs, matched), beam.ParDo(s, keepSkips, matched)
}

func keepDocs(name, path string, emit func(string, string)) {
	if name != "" {
		emit(name, path)
	}
}

func keepSkips(name, skipped string, emit func(string)) {
	if name == "" {
		emit(skipped)
	}
}

// matchFn lists the inputs: it emits (name, path) for every document and
// ("", JSON of input.Skipped) for every file passed over.
type matchFn struct {
	Inputs []string
}

func (f *matchFn) ProcessElement(ctx context.Context, _ []byte, emit func(string, string)) error {
	docs, skipped, err := Match(ctx, f.Inputs)
	if err != nil {
		return err
	}
	for _, d := range docs {
		emit(d.Name, d.Path)
	}
	for _, sk := range skipped {
		b, err := json.Marshal(sk)
		if err != nil {
			return fmt.Errorf("skipped %s: %w", sk.Path, err)
		}
		emit("", string(b))
	}
	return nil
}
