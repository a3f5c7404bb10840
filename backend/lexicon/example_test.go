package lexicon_test

import (
	"context"
	"fmt"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/lexicon"
)

func ExampleTranslator_Translate() {
	tr, err := lexicon.New()
	if err != nil {
		panic(err)
	}
	out, err := tr.Translate(context.Background(), backend.Request{
		SrcLang: "ar", TgtLang: "en", Format: backend.HTML,
		Segments: []string{
			"في 26 يوليو/تموز ٢٠٢١",
			`مع <span translate="no">Brett McGurk</span> &amp; AT&amp;T`,
		},
	})
	if err != nil {
		panic(err)
	}
	for _, s := range out {
		fmt.Println(s)
	}
	// Output:
	// On July 26, 2021
	// With <span translate="no">Brett McGurk</span> &amp; AT&amp;T
}
