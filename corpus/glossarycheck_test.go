package corpus

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/glossary"
)

func TestCheckGlossary(t *testing.T) {
	g, err := glossary.Parse(strings.NewReader("ar\ten\nالكاظمي\tal-Kadhimi\nماكغورك\tMcGurk\n"), "g.tsv")
	if err != nil {
		t.Fatal(err)
	}
	in := `{"id":"a#1","translation":{"ar":"التقى بالكاظمي","en":"He met al-Kadhimi."}}` + "\n" +
		`{"translation":{"ar":"وناقش الكاظمي وماكغورك  القضية","en":"Kadhimi and\nMcGurk discussed it."}}` + "\n" +
		`{"id":"a#3","translation":{"ar":"لا شيء","en":"Nothing."}}` + "\n"
	var out bytes.Buffer
	audit, err := CheckGlossary(context.Background(), NewJSONLReader(strings.NewReader(in)), glossary.NewMatcher(g), &out)
	if err != nil {
		t.Fatal(err)
	}
	if audit != (glossary.Audit{Pairs: 3, WithTerms: 2, Occurrences: 3, Missing: 1}) {
		t.Errorf("audit %+v", audit)
	}
	// Each side's white space is folded to one line.
	want := "2\tmissing: الكاظمي → al-Kadhimi\n\tar: وناقش الكاظمي وماكغورك القضية\n\ten: Kadhimi and McGurk discussed it.\n"
	if out.String() != want {
		t.Errorf("got\n%q\nwant\n%q", out.String(), want)
	}
	// A pair without an ID is named by its number.
	out.Reset()
	writeMissing(&out, Pair{SrcLang: "ar", TgtLang: "en", Src: "x", Tgt: "y"}, 7, []glossary.Check{{Surface: "ب", Entry: &glossary.Entry{Target: "B"}}})
	if out.String() != "pair 7\tmissing: ب → B\n\tar: x\n\ten: y\n" {
		t.Errorf("no ID: %q", out.String())
	}
	if _, err := CheckGlossary(context.Background(), NewJSONLReader(strings.NewReader("garbage\n")), glossary.NewMatcher(g), &out); err == nil {
		t.Error("a malformed corpus: no error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := CheckGlossary(ctx, NewJSONLReader(strings.NewReader(in)), glossary.NewMatcher(g), &out); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}
