package lexicon

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"sort"
	"testing"
)

var (
	dumpFile    = flag.String("dump", "", "translate this file line by line to stdout (a development aid)")
	unknownFile = flag.String("unknown", "", "print the unknown-word rate of this Arabic file and its most frequent unknown words (a development aid)")
)

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

// TestUnknown reports how many Arabic words of -unknown FILE the lexicon
// cannot read (after phrases and morphology) and the most frequent of them,
// to find missing general vocabulary; it is skipped otherwise.
func TestUnknown(t *testing.T) {
	if *unknownFile == "" {
		t.Skip("no -unknown file")
	}
	tr := newT(t)
	f, err := os.Open(*unknownFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	count := map[string]int{}
	words, unknown := 0, 0
	for sc.Scan() {
		g := engine{lex: tr.lex, sc: new(scratch)}
		for _, it := range g.build(tokenize(sc.Text(), nil)) {
			if it.kind == kPunct || it.kind == kNum || it.verbatim {
				continue
			}
			words++
			if it.unknown {
				unknown++
				count[it.key]++
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if count[keys[i]] != count[keys[j]] {
			return count[keys[i]] > count[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Printf("%d words, %d unknown (%.1f%%)\n", words, unknown, 100*float64(unknown)/float64(max(words, 1)))
	for _, k := range keys[:min(len(keys), 100)] {
		fmt.Printf("%d\t%s\n", count[k], k)
	}
}
