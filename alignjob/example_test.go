package alignjob_test

import (
	"context"
	"fmt"
	"os"

	"github.com/tarjama/tarjama/align"
	"github.com/tarjama/tarjama/alignjob"
)

// Align a document with its translation, one sentence per line, using a
// line-by-line machine translation of the source as similarity: line 2 of
// the source is split in two, lines 3 and 4 are merged, and target line 4
// (a reporting credit) translates nothing.
func ExampleRun() {
	o := alignjob.Options{
		Src: "testdata/src.ar", Tgt: "testdata/tgt.en", SrcMT: "testdata/mt.en", Presplit: true,
		SrcLang: "ar", TgtLang: "en", Format: "vecalign", MaxGroup: align.DefaultMaxGroup,
	}
	if err := alignjob.Run(context.Background(), o, nil, os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// [0]:[0]:0.92
	// [1]:[1, 2]:0.95
	// [2, 3]:[3]:0.66
	// []:[4]:0.00
	// [4]:[5]:0.95
	// [5]:[6]:0.67
}
