package pipeline

import (
	"strings"
	"testing"
)

func TestSegmentStage(t *testing.T) {
	const text = "وصل الوفد. بدأ الاجتماع.\n\nقال الوزير.\n"
	d := upTo(t, Options{}, text, "segment")
	if len(d.segs) != 3 || d.res.Report.Sentences != 3 || d.res.Report.Paragraphs != 2 {
		t.Fatalf("sentence mode: %d segments, report %+v", len(d.segs), d.res.Report)
	}
	if len(d.groups) != 2 || d.groups[0] != (segGroup{0, 0, 2}) || d.groups[1] != (segGroup{2, 2, 3}) {
		t.Errorf("groups %v", d.groups)
	}
	d = upTo(t, Options{Unit: UnitParagraph}, text, "segment")
	if len(d.segs) != 2 || d.segs[0].src != "وصل الوفد. بدأ الاجتماع." || d.res.Report.Sentences != 3 {
		t.Errorf("paragraph mode: segments %v, report %+v", d.segs, d.res.Report)
	}
	// A paragraph over the limit goes sentence by sentence, cut at spaces.
	long := strings.Repeat("كلمة ", 100) + "."
	d = upTo(t, Options{Unit: UnitParagraph, MaxSegmentChars: 60}, long+"\n", "segment")
	for _, s := range d.segs {
		if n := len([]rune(s.src)); n > 60 {
			t.Errorf("segment of %d runes over the limit of 60", n)
		}
	}
}

func TestSegmentStageSettlesEmptyDocuments(t *testing.T) {
	for text, reason := range map[string]string{"": "empty file", "\n\nLeave a Reply\n": "no text to translate"} {
		d := upTo(t, Options{}, text, "segment")
		if !d.done || d.res.Report.Status != StatusEmpty || d.res.Report.Reason != reason {
			t.Errorf("%q: done %v, report %+v", text, d.done, d.res.Report)
		}
	}
}
