package filter_test

import (
	"fmt"

	"github.com/tarjama/tarjama/corpus/filter"
)

func ExampleNewPlan() {
	var docs []filter.DocSize
	for i := 1; i <= 8; i++ {
		docs = append(docs, filter.DocSize{Doc: fmt.Sprintf("doc%d.txt", i), Pairs: 10})
	}
	pl := filter.NewPlan(docs, [3]float64{0.6, 0.2, 0.2}, 1)
	for _, p := range filter.Parts {
		fmt.Printf("%s: %d docs, %d pairs\n", p, pl.Docs(p), pl.Pairs(p))
	}
	// Output:
	// train: 5 docs, 50 pairs
	// dev: 2 docs, 20 pairs
	// test: 1 docs, 10 pairs
}
