package lexicon

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"testing"
)

// The unknown words and fired rules of a file: tarjama lexicon explain FILE.
var dumpFile = flag.String("dump", "", "translate this file line by line to stdout (a development aid)")

// TestDump prints the translation of -dump FILE; it is skipped otherwise.
func TestDump(t *testing.T) {
	if *dumpFile == "" {
		t.Skip("no -dump file")
	}
	tr := newT(t)
	f, err := os.Open(*dumpFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		fmt.Println(tr.TranslateText(sc.Text()))
	}
}
