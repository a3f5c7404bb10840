package clean_test

import (
	"fmt"

	"github.com/tarjama/tarjama/clean"
)

func ExampleDocument() {
	lines := []string{
		"الكاظمي يزور واشنطن",
		"",
		"الكاظمي  يزور واشنطن",
		"وصل الوفد إلى واشنطن ، مع وزراء.",
		"Leave a Reply",
	}
	res := clean.Document(lines, clean.Options{Lang: "ar"})
	for i, l := range res.Lines {
		fmt.Printf("%d %q\n", i+1, l)
	}
	for _, d := range res.Dropped {
		fmt.Printf("dropped line %d (%s)\n", d.Line, d.Rule)
	}
	// Output:
	// 1 "الكاظمي يزور واشنطن"
	// 2 ""
	// 3 ""
	// 4 "وصل الوفد إلى واشنطن، مع وزراء."
	// 5 ""
	// dropped line 3 (repeated-headline)
	// dropped line 5 (comment-form)
}
