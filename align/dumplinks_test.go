package align

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var dumpLinks = flag.String("dump-links", "", "write the links (without scores) of every dev golden case under `DIR`, one file per case")

// TestDumpLinks writes the links of the dev golden cases without their
// scores, so that two versions of the aligner can be compared link by
// link (diff -r) when a change moves scores everywhere.
func TestDumpLinks(t *testing.T) {
	if *dumpLinks == "" {
		t.Skip("run with -dump-links=DIR")
	}
	docs := loadDevDocs(t)
	set := perturbSet(t, docs)
	type c struct {
		name     string
		src, tgt []string
		opts     Options
	}
	var cases []c
	for _, kind := range perturbKinds {
		for _, p := range set[kind] {
			cases = append(cases, c{kind + "_" + p.name + "_mt", p.src, p.tgt, Options{SrcMT: p.mt}}, c{kind + "_" + p.name + "_len", p.src, p.tgt, Options{}})
		}
	}
	for _, file := range []string{"legal_gold.json", "legal_gold2.json", "literary_gold.json"} {
		for _, ld := range loadUnitGold(t, file) {
			src, _, tgt, _ := ld.flatten()
			mt := mtFor(t, ld.lang, src, nil)
			name := strings.TrimSuffix(file, ".json") + "_" + ld.name
			cases = append(cases, c{name + "_mt", src, tgt, Options{SrcMT: mt}}, c{name + "_len", src, tgt, Options{}})
		}
	}
	if err := os.MkdirAll(*dumpLinks, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, k := range cases {
		links, err := Align(context.Background(), k.src, k.tgt, k.opts)
		if err != nil {
			t.Fatal(err)
		}
		var b []byte
		for _, l := range links {
			b = appendIDs(b, l.Src)
			b = append(b, ':')
			b = appendIDs(b, l.Tgt)
			b = append(b, '\n')
		}
		if err := os.WriteFile(filepath.Join(*dumpLinks, strings.ReplaceAll(k.name, "/", "_")), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
