package pipeline

import "testing"

func TestAlignStageAlignsWholeParagraphs(t *testing.T) {
	const text = "وصل الوفد. بدأ الاجتماع.\nقال الوزير.\n"
	d := upTo(t, Options{Unit: UnitParagraph}, text, "align")
	pairs, ok := d.aligned[0]
	if !ok || len(pairs) == 0 || !pairs[0].HasScore {
		t.Fatalf("paragraph 0 not aligned: %+v", d.aligned)
	}
	if _, ok := d.aligned[1]; ok {
		t.Errorf("a one-sentence paragraph needs no alignment")
	}
	if d := upTo(t, Options{}, text, "align"); d.aligned != nil {
		t.Errorf("sentence mode aligned %v", d.aligned)
	}
}
