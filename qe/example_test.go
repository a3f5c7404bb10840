package qe_test

import (
	"fmt"

	"github.com/tarjama/tarjama/backend/lexicon"
	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/qe"
)

func Example() {
	tr, err := lexicon.New()
	if err != nil {
		panic(err)
	}
	sc, err := qe.New(qe.Options{Translator: tr, SrcLang: "ar", TgtLang: "en"})
	if err != nil {
		panic(err)
	}
	src := "وناقش الكاظمي والمبعوث الامريكي بريت ماكغورك يوم الخميس القضية في بغداد."
	good := corpus.Pair{SrcLang: "ar", TgtLang: "en", Src: src, Tgt: "al-Kadhimi and US Envoy Brett McGurk discussed the issue in Baghdad on Thursday."}
	copied := corpus.Pair{SrcLang: "ar", TgtLang: "en", Src: src, Tgt: src}
	fmt.Println(sc.Score(good) > 0.5, sc.Score(copied) < 0.1)
	// Output: true true
}
