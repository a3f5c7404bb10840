package align

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// English "translations" stand in for MT output so the crafted cases test
// the search, not a translation engine.
var story = []string{
	"The committee met on Monday to discuss the new water budget for the region.",
	"Farmers complained that the price of diesel had doubled since March.",
	"A spokesman said the ministry would publish its figures within two weeks.",
	"The river has fallen to its lowest level in forty years.",
	"Fishermen in the south say their catch has shrunk by half.",
	"Engineers proposed building three small dams instead of one large one.",
	"The plan would cost about 120 million dollars over five years.",
	"Opposition deputies called the proposal reckless and unfunded.",
	"Talks will resume after the holiday, officials said.",
	"No date has been set for the parliamentary vote.",
}

func TestAlignCrafted(t *testing.T) {
	join := func(a ...int) string {
		var parts []string
		for _, i := range a {
			parts = append(parts, story[i])
		}
		return strings.Join(parts, " ")
	}
	type L = [2][]int
	tests := []struct {
		name     string
		src, tgt []string // src holds the MT of the source
		want     []L
	}{
		{
			name: "one-to-one",
			src:  story[:5], tgt: story[:5],
			want: []L{{{0}, {0}}, {{1}, {1}}, {{2}, {2}}, {{3}, {3}}, {{4}, {4}}},
		},
		{
			name: "split 1-2",
			src:  []string{story[0], join(1, 2), story[3], story[4]},
			tgt:  story[:5],
			want: []L{{{0}, {0}}, {{1}, {1, 2}}, {{2}, {3}}, {{3}, {4}}},
		},
		{
			name: "merge 2-1",
			src:  story[:6],
			tgt:  []string{story[0], story[1], join(2, 3), story[4], story[5]},
			want: []L{{{0}, {0}}, {{1}, {1}}, {{2, 3}, {2}}, {{4}, {3}}, {{5}, {4}}},
		},
		{
			name: "split 1-3",
			src:  []string{story[0], join(1, 2, 3), story[4], story[5]},
			tgt:  story[:6],
			want: []L{{{0}, {0}}, {{1}, {1, 2, 3}}, {{2}, {4}}, {{3}, {5}}},
		},
		{
			name: "deletion",
			src:  story[:6],
			tgt:  []string{story[0], story[1], story[3], story[4], story[5]},
			want: []L{{{0}, {0}}, {{1}, {1}}, {{2}, nil}, {{3}, {2}}, {{4}, {3}}, {{5}, {4}}},
		},
		{
			name: "insertion",
			src:  []string{story[0], story[1], story[3], story[4], story[5]},
			tgt:  story[:6],
			want: []L{{{0}, {0}}, {{1}, {1}}, {nil, {2}}, {{2}, {3}}, {{3}, {4}}, {{4}, {5}}},
		},
		{
			name: "crossing 2-2",
			src:  []string{story[0], story[1] + " " + story[2][:30], story[2][30:], story[3]},
			tgt:  []string{story[0], story[1][:40], story[1][40:] + " " + story[2], story[3]},
			want: []L{{{0}, {0}}, {{1, 2}, {1, 2}}, {{3}, {3}}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			links, err := Align(context.Background(), tc.src, tc.tgt, Options{SrcMT: tc.src})
			if err != nil {
				t.Fatal(err)
			}
			if err := Check(links, len(tc.src), len(tc.tgt)); err != nil {
				t.Fatal(err)
			}
			var got []L
			for _, l := range links {
				got = append(got, L{l.Src, l.Tgt})
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %v\nwant %v", got, tc.want)
			}
		})
	}
}

func TestAlignEmptyAndErrors(t *testing.T) {
	ctx := context.Background()
	links, err := Align(ctx, nil, []string{"a", "b"}, Options{})
	if err != nil || Check(links, 0, 2) != nil || len(links) != 2 {
		t.Fatalf("empty source: %v %v", links, err)
	}
	links, err = Align(ctx, []string{"a"}, nil, Options{})
	if err != nil || Check(links, 1, 0) != nil {
		t.Fatalf("empty target: %v %v", links, err)
	}
	if _, err := Align(ctx, []string{"a"}, []string{"b"}, Options{SrcMT: []string{}}); !errors.Is(err, ErrMTLength) {
		t.Errorf("short SrcMT: err = %v, want ErrMTLength", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Align(cctx, story, story, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
}

func TestCheck(t *testing.T) {
	good := []Link{{Src: []int{0}, Tgt: []int{0, 1}, Score: 0.5}, {Tgt: []int{2}}}
	if err := Check(good, 1, 3); err != nil {
		t.Errorf("valid links: %v", err)
	}
	bad := map[string][]Link{
		"gap":       {{Src: []int{1}, Tgt: []int{0}}},
		"empty":     {{}},
		"score":     {{Src: []int{0}, Tgt: []int{0}, Score: 2}},
		"short":     {{Src: []int{0}, Tgt: []int{0}}},
		"backwards": {{Src: []int{0}, Tgt: []int{1}}, {Tgt: []int{0}}},
	}
	for name, links := range bad {
		if Check(links, 1, 3) == nil {
			t.Errorf("%s: Check accepted %v", name, links)
		}
	}
}

func TestVecalignRoundTrip(t *testing.T) {
	links := []Link{{Src: []int{0}, Tgt: []int{0, 1}, Score: 0.87}, {Tgt: []int{2}}, {Src: []int{1, 2}, Tgt: []int{3}, Score: 1}}
	var buf bytes.Buffer
	if err := WriteVecalign(&buf, links); err != nil {
		t.Fatal(err)
	}
	want := "[0]:[0, 1]:0.87\n[]:[2]:0.00\n[1, 2]:[3]:1.00\n"
	if buf.String() != want {
		t.Fatalf("got %q, want %q", buf.String(), want)
	}
	back, err := ReadVecalign(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, links) {
		t.Errorf("round trip: got %v", back)
	}
	for _, bad := range []string{"[0]", "[a]:[1]", "[0]:[1]:x", "0:1", "[0]:[1", "[-1]:[0]"} {
		if _, err := ReadVecalign(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadVecalign(%q) accepted", bad)
		}
	}
}
