package qe

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/corpus"
)

// Corpus with a nil Scorer scores on the embedded lexicon: a translated
// pair scores well above its untranslated copy, in input order, in JSONL
// and TMX.
func TestCorpus(t *testing.T) {
	src := "وناقش الكاظمي والمبعوث الامريكي بريت ماكغورك يوم الخميس القضية في بغداد."
	in := "ar\ten\n" + src + "\tal-Kadhimi and US Envoy Brett McGurk discussed the issue in Baghdad on Thursday.\n" + src + "\t" + src + "\n"
	open := func() corpus.Reader {
		r, err := corpus.NewReader(strings.NewReader(in), corpus.TSV, "", "")
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	var out bytes.Buffer
	if err := Corpus(context.Background(), open(), &out, nil, corpus.JSONL, "test"); err != nil {
		t.Fatal(err)
	}
	r := corpus.NewJSONLReader(&out)
	good, err1 := r.Read()
	copied, err2 := r.Read()
	if err1 != nil || err2 != nil || !good.HasQE || !copied.HasQE || !(good.QE > 0.5 && copied.QE < 0.1) {
		t.Errorf("good %v (%v), copy %v (%v); %v %v", good.QE, good.HasQE, copied.QE, copied.HasQE, err1, err2)
	}
	out.Reset()
	if err := Corpus(context.Background(), open(), &out, nil, corpus.TMX, "9.9"); err != nil {
		t.Fatal(err)
	}
	if s := out.String(); strings.Count(s, `<prop type="x-qe">`) != 2 || !strings.Contains(s, `creationtoolversion="9.9"`) {
		t.Errorf("tmx:\n%s", s)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Corpus(ctx, open(), &bytes.Buffer{}, nil, corpus.JSONL, ""); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
}
