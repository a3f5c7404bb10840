package filter

import (
	"testing"

	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/langid"
)

func TestNearKey(t *testing.T) {
	for i, c := range []struct {
		a, b string
		same bool
	}{
		{"Killed 5 people.", "killed 12 people", true},                 // digits, case, punctuation
		{"قُتِلَ ٥ أشخاص في المدينة", "قتل 17 اشخاص في المدينه", true}, // diacritics, digits, hamza seat, ة/ه
		{"كتاب كبير", "کتاب کبیر", true},                               // Persian kaf and yeh
		{"the meeting   was\theld", "The meeting was held!", true},     // white space
		{"killed 5 people", "killed five people", false},
		{"the meeting was held", "the meeting was cancelled", false},
	} {
		if got := NearKey(c.a) == NearKey(c.b); got != c.same {
			t.Errorf("case %d: NearKey(%q)=%q, NearKey(%q)=%q; same=%v, want %v", i+1, c.a, NearKey(c.a), c.b, NearKey(c.b), got, c.same)
		}
	}
}

func TestDedupNearOn(t *testing.T) {
	pairs := []corpus.Pair{
		{ID: "1", Src: "قتل 5 أشخاص", Tgt: "5 people were killed"},
		{ID: "2", Src: "قتل 7 أشخاص", Tgt: "7 people were killed"}, // near dup of 1
		{ID: "3", Src: "قتل 5 أشخاص", Tgt: "Five people died"},     // same source, other target
		{ID: "4", Src: "وصل الوفد", Tgt: "Five people died"},       // other source, same target as 3
		{ID: "5", Src: "قتل 5 أشخاص", Tgt: "5 people were killed"}, // exact dup of 1
	}
	for _, c := range []struct {
		on   DedupOn
		kept string
	}{
		{OnPair, "134"},
		{"", "134"},
		{OnSrc, "14"},
		{OnTgt, "13"},
	} {
		f, err := New(Options{Dedup: DedupNear, DedupOn: c.on})
		if err != nil {
			t.Fatal(err)
		}
		kept := ""
		for _, p := range pairs {
			if _, r := f.Check(p); r == Kept {
				kept += p.ID
			}
		}
		if kept != c.kept {
			t.Errorf("on %q: kept %s, want %s", c.on, kept, c.kept)
		}
		if s := f.Summary(); c.on == OnPair && (s.Removed.ExactDup != 1 || s.Removed.NearDup != 1) {
			t.Errorf("on pair: removed %+v, want 1 exact and 1 near", s.Removed)
		}
	}
	if _, err := New(Options{Dedup: DedupNear, DedupOn: "both"}); err == nil {
		t.Error("dedup-on both accepted")
	}
}

type sliceWriter struct{ got []corpus.Pair }

func (w *sliceWriter) Write(p corpus.Pair) error { w.got = append(w.got, p); return nil }
func (w *sliceWriter) Close() error              { return nil }

type lenScorer struct{}

func (lenScorer) Score(p corpus.Pair) float64 { return float64(len(p.Tgt)) / 100 }

func TestMinQE(t *testing.T) {
	var sink sliceWriter
	w := NewMinQE(&sink, lenScorer{}, 0.1)
	for _, p := range []corpus.Pair{
		{ID: "short", Tgt: "abc"},
		{ID: "long", Tgt: "a longer target sentence"},
		{ID: "scored", Tgt: "x", QE: 0.9, HasQE: true},
	} {
		if err := w.Write(p); err != nil {
			t.Fatal(err)
		}
	}
	if len(sink.got) != 2 || sink.got[0].ID != "long" || !sink.got[0].HasQE || sink.got[1].QE != 0.9 || w.Dropped != 1 {
		t.Errorf("kept %+v, dropped %d", sink.got, w.Dropped)
	}
}

func TestLangIDWriter(t *testing.T) {
	id, err := langid.New(langid.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var sink sliceWriter
	w := NewLangID(&sink, id)
	for _, p := range []corpus.Pair{
		{ID: "ok", SrcLang: "ar", TgtLang: "en", Src: "أعلن مكتب الرئيس أن الاجتماع سيعقد في العاصمة يوم الخميس المقبل.", Tgt: "The office announced that the meeting will be held in the capital next Thursday."},
		{ID: "fa", SrcLang: "ar", TgtLang: "en", Src: "رئیس جمهور روز پنجشنبه با وزیر امور خارجه در تهران دیدار کرد.", Tgt: "The president met the foreign minister in Tehran on Thursday."},
		{ID: "fr", SrcLang: "ar", TgtLang: "en", Src: "أعلن مكتب الرئيس أن الاجتماع سيعقد في العاصمة يوم الخميس المقبل.", Tgt: "Le président a rencontré le premier ministre hier."},
		{ID: "short", SrcLang: "ar", TgtLang: "en", Src: "شكرا", Tgt: "Merci"},
	} {
		if err := w.Write(p); err != nil {
			t.Fatal(err)
		}
	}
	ids := ""
	for _, p := range sink.got {
		ids += p.ID + " "
	}
	if ids != "ok short " || w.DroppedSrc != 1 || w.DroppedTgt != 1 {
		t.Errorf("kept %q, dropped src %d tgt %d", ids, w.DroppedSrc, w.DroppedTgt)
	}
}
