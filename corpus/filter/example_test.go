package filter_test

import (
	"fmt"
	"os"

	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/corpus/filter"
)

func ExampleWriter() {
	f, _ := filter.New(filter.Options{Dedup: filter.DedupNormalized, MinTokens: 1, ScriptCheck: true, MinScriptShare: 0.5})
	train := corpus.NewMosesWriter(os.Stdout, os.Stdout)
	w := filter.NewWriter(f, train, nil, nil)
	for _, p := range []corpus.Pair{
		{ID: "1", SrcLang: "ar", TgtLang: "en", Src: "مرحبا", Tgt: "Hello!"},
		{ID: "2", SrcLang: "ar", TgtLang: "en", Src: "مرحبا", Tgt: "hello"}, // normalized duplicate
		{ID: "3", SrcLang: "ar", TgtLang: "en", Src: "شكرا", Tgt: ""},       // too short
		{ID: "4", SrcLang: "ar", TgtLang: "en", Src: "شكرا", Tgt: "شكرا"},   // target not in Latin script
	} {
		w.Write(p)
	}
	w.Close()
	s := w.Summary()
	fmt.Println("kept", s.Kept, "duplicates", s.Removed.NormalizedDup, "short", s.Removed.TooShort, "script", s.Removed.Script)
	// Output:
	// مرحبا
	// Hello!
	// kept 1 duplicates 1 short 1 script 1
}
