package align

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// FuzzAlign feeds arbitrary documents (one sentence per line, "|" separating
// source, target and the source's translation) and checks the contract:
// no panic, every sentence covered once, in order, scores in [0,1].
func FuzzAlign(f *testing.F) {
	f.Add("a b c\nd e f|a b c\nd e\nf|a b c\nd e f", uint8(6))
	f.Add("\n\n|x||", uint8(1))
	f.Add("قال 12 شخصا.\nوأضاف؟|12 people said.\nHe added?|12 people said.\nand added?", uint8(2))
	f.Add("1\n2\n3\n4\n5\n6\n7\n8|8\n7\n6\n5\n4\n3\n2\n1|", uint8(3))
	f.Add("أ- واحد ب- اثنان ج- ثلاثة د- أربعة|(a) one\n(b) two\n(c) three\n(d) four|(a) one (b) two (c) three (d) four", uint8(2))
	f.Fuzz(func(t *testing.T, data string, maxGroup uint8) {
		parts := strings.SplitN(data, "|", 3)
		for len(parts) < 3 {
			parts = append(parts, "")
		}
		split := func(s string) []string {
			if s == "" {
				return nil
			}
			return strings.Split(s, "\n")
		}
		src, tgt, mt := split(parts[0]), split(parts[1]), split(parts[2])
		opts := Options{MaxGroup: int(maxGroup % 9), Terms: []Term{{Source: "قال", Target: "said"}}}
		if len(mt) == len(src) {
			opts.SrcMT = mt
		}
		links, err := Align(context.Background(), src, tgt, opts)
		if err != nil {
			t.Fatal(err)
		}
		if err := Check(links, len(src), len(tgt)); err != nil {
			t.Fatalf("%v\nlinks %v", err, links)
		}
		g := opts.MaxGroup
		if g == 0 {
			g = DefaultMaxGroup
		}
		for _, l := range links {
			wide := (len(l.Src) == 1 || len(l.Tgt) == 1) && max(len(l.Src), len(l.Tgt)) <= max(g, DefaultEnumGroup)
			if (len(l.Src) > g || len(l.Tgt) > g) && !wide {
				t.Fatalf("link %v exceeds MaxGroup %d and is no enumeration link", l, g)
			}
		}
		// The vecalign text round-trips (scores to two decimals).
		var buf bytes.Buffer
		if err := WriteVecalign(&buf, links); err != nil {
			t.Fatal(err)
		}
		back, err := ReadVecalign(&buf)
		if err != nil || Check(back, len(src), len(tgt)) != nil {
			t.Fatalf("round trip: %v", err)
		}
	})
}

// FuzzReadVecalign: the parser never panics and what it accepts it writes
// back in a form it accepts again, unchanged.
func FuzzReadVecalign(f *testing.F) {
	f.Add("[0]:[0, 1]:0.87\n[]:[2]:0.00\n")
	f.Add(" [1] : [2,3] ")
	f.Add("[0]:[1]:x")
	f.Fuzz(func(t *testing.T, s string) {
		links, err := ReadVecalign(strings.NewReader(s))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WriteVecalign(&buf, links); err != nil {
			t.Fatal(err)
		}
		again, err := ReadVecalign(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("rewritten text rejected: %v\n%s", err, buf.String())
		}
		var buf2 bytes.Buffer
		WriteVecalign(&buf2, again)
		if buf.String() != buf2.String() {
			t.Fatalf("not stable:\n%s\n%s", buf.String(), buf2.String())
		}
	})
}
