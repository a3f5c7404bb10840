package align_test

import (
	"context"
	"fmt"
	"os"

	"github.com/tarjama/tarjama/align"
)

func ExampleAlign() {
	src := []string{
		"قال الرئيس إن الاجتماع سيعقد في 12 مايو.",
		"وأضاف أن الوفد سيضم 40 عضوا. وسيزور بغداد أيضا.",
		"ولم يذكر تفاصيل أخرى.",
	}
	// A line-aligned machine translation of src (e.g. from a backend).
	mt := []string{
		"The president said the meeting will be held on 12 May.",
		"He added that the delegation will include 40 members. It will also visit Baghdad.",
		"He did not mention other details.",
	}
	tgt := []string{
		"The president said the meeting would take place on 12 May.",
		"He added that the delegation would include 40 members.",
		"It would also visit Baghdad.",
		"He gave no further details.",
	}
	links, err := align.Align(context.Background(), src, tgt, align.Options{SrcMT: mt})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range links {
		fmt.Println(l.Src, l.Tgt)
	}
	// Output:
	// [0] [0]
	// [1] [1 2]
	// [2] [3]
}

func ExampleWriteVecalign() {
	links := []align.Link{
		{Src: []int{0}, Tgt: []int{0, 1}, Score: 0.87},
		{Tgt: []int{2}},
		{Src: []int{1}, Tgt: []int{3}, Score: 0.5},
	}
	if err := align.WriteVecalign(os.Stdout, links); err != nil {
		fmt.Println(err)
	}
	// Output:
	// [0]:[0, 1]:0.87
	// []:[2]:0.00
	// [1]:[3]:0.50
}
