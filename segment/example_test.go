package segment_test

import (
	"fmt"

	"github.com/tarjama/tarjama/segment"
)

func ExampleSplit() {
	text := "قال د. محمد إن النمو بلغ 3.5 في المئة. هل يكفي ذلك؟ لا أحد يعرف."
	for _, s := range segment.Split("ar", text) {
		fmt.Printf("[%d:%d] %s\n", s.Start, s.End, text[s.Start:s.End])
	}
	// Output:
	// [0:63] قال د. محمد إن النمو بلغ 3.5 في المئة.
	// [64:86] هل يكفي ذلك؟
	// [87:108] لا أحد يعرف.
}

func ExampleSentences() {
	fmt.Printf("%q\n", segment.Sentences("en", "Mr. Smith went to Washington. He arrived on Jan. 5."))
	// Output:
	// ["Mr. Smith went to Washington." "He arrived on Jan. 5."]
}

func ExampleSplit_dateline() {
	// A headline run into the story: the dateline starts the sentence.
	text := "انفجار في مرفأ بيروت بيروت (رويترز) - قال مسؤولون إن الانفجار ضخم."
	for _, s := range segment.Sentences("ar", text) {
		fmt.Println(s)
	}
	// Output:
	// انفجار في مرفأ بيروت
	// بيروت (رويترز) - قال مسؤولون إن الانفجار ضخم.
}
