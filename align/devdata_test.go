package align

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"html"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/tarjama/tarjama/backend/lexicon"
	"github.com/tarjama/tarjama/internal/evaldata"
)

// unit is one gold link of a development document: the source sentences
// (with their machine translation, line by line) and the target sentences
// that translate each other.
type unit struct {
	src, mt, tgt []string
}

// devDoc is a development document as a list of gold units. lang is the
// source language ("ar" or "de"); tune says which half of the split it
// belongs to: weights are chosen on tune documents, figures reported on
// the others.
type devDoc struct {
	name  string
	lang  string
	tune  bool
	units []unit
}

// flatten returns the document's sentences and gold links.
func (d devDoc) flatten() (src, mt, tgt []string, gold []Link) {
	for _, u := range d.units {
		l := Link{Src: span(len(src), len(src)+len(u.src)), Tgt: span(len(tgt), len(tgt)+len(u.tgt))}
		src = append(src, u.src...)
		mt = append(mt, u.mt...)
		tgt = append(tgt, u.tgt...)
		gold = append(gold, l)
	}
	return src, mt, tgt, gold
}

// loadDevDocs returns the development documents (skipping the test when
// the shared data is absent):
//
//   - UD PUD Arabic–English, its 397 small documents concatenated in order
//     into pseudo-documents of about 40 sentences; even-numbered ones tune;
//   - IWSLT17 TED tst2016 Arabic–English, 13 talks; even-numbered talks tune;
//   - Text+Berg German–French dev with its machine translation, cut at the
//     gold link nearest its middle: the first half tunes.
//
// Arabic sources get their translation from the embedded lexicon backend
// when a perturbation has produced their final text (see mtFor).
func loadDevDocs(tb testing.TB) []devDoc {
	var docs []devDoc
	docs = append(docs, loadPUD(tb)...)
	docs = append(docs, loadIWSLT(tb)...)
	docs = append(docs, loadTextBergHalves(tb)...)
	return docs
}

func loadPUD(tb testing.TB) []devDoc {
	type sent struct{ id, text string }
	read := func(rel, field string) []sent {
		f, err := os.Open(evaldata.Path(tb, rel))
		if err != nil {
			tb.Fatal(err)
		}
		defer f.Close()
		var out []sent
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		id := ""
		for sc.Scan() {
			line := sc.Text()
			if v, ok := strings.CutPrefix(line, "# sent_id = "); ok {
				id = v
			} else if v, ok := strings.CutPrefix(line, "# "+field+" = "); ok {
				out = append(out, sent{id, v})
			}
		}
		if err := sc.Err(); err != nil {
			tb.Fatal(err)
		}
		return out
	}
	ar := read("ud-pud/ar_pud-ud-test.conllu", "original_text")
	en := read("ud-pud/en_pud-ud-test.conllu", "text")
	if len(ar) != len(en) {
		tb.Fatalf("PUD: %d Arabic and %d English sentences", len(ar), len(en))
	}
	var docs []devDoc
	var cur []unit
	flush := func() {
		k := len(docs)
		docs = append(docs, devDoc{name: fmt.Sprintf("pud%02d", k), lang: "ar", tune: k%2 == 0, units: cur})
		cur = nil
	}
	for i := range ar {
		if ar[i].id != en[i].id {
			tb.Fatalf("PUD: sentence %d is %s in Arabic, %s in English", i, ar[i].id, en[i].id)
		}
		// A document boundary (the id without its last three digits
		// changes) after 40 sentences closes the pseudo-document.
		if len(cur) >= 40 && ar[i].id[:len(ar[i].id)-3] != ar[i-1].id[:len(ar[i-1].id)-3] {
			flush()
		}
		cur = append(cur, unit{src: []string{ar[i].text}, tgt: []string{en[i].text}})
	}
	flush()
	return docs
}

func loadIWSLT(tb testing.TB) []devDoc {
	type seg struct {
		ID   string `xml:"id,attr"`
		Text string `xml:",chardata"`
	}
	type doc struct {
		ID   string `xml:"docid,attr"`
		Segs []seg  `xml:"seg"`
	}
	type mteval struct {
		Docs []doc `xml:"srcset>doc"`
	}
	read := func(rel string) []doc {
		data, err := os.ReadFile(evaldata.Path(tb, rel))
		if err != nil {
			tb.Fatal(err)
		}
		var m mteval
		if err := xml.Unmarshal(data, &m); err != nil {
			tb.Fatalf("%s: %v", rel, err)
		}
		return m.Docs
	}
	ar := read("iwslt17-ar-en/IWSLT17.TED.tst2016.ar-en.ar.xml")
	en := read("iwslt17-ar-en/IWSLT17.TED.tst2016.en-ar.en.xml")
	if len(ar) != len(en) {
		tb.Fatalf("IWSLT: %d Arabic and %d English talks", len(ar), len(en))
	}
	var docs []devDoc
	for k := range ar {
		if ar[k].ID != en[k].ID || len(ar[k].Segs) != len(en[k].Segs) {
			tb.Fatalf("IWSLT: talk %d does not match", k)
		}
		d := devDoc{name: "iwslt" + ar[k].ID, lang: "ar", tune: k%2 == 0}
		for s := range ar[k].Segs {
			clean := func(x string) string { return strings.Join(strings.Fields(html.UnescapeString(x)), " ") }
			d.units = append(d.units, unit{src: []string{clean(ar[k].Segs[s].Text)}, tgt: []string{clean(en[k].Segs[s].Text)}})
		}
		docs = append(docs, d)
	}
	return docs
}

func loadTextBergHalves(tb testing.TB) []devDoc {
	d := loadTextBerg(tb)
	var units []unit
	for _, l := range d.gold {
		u := unit{}
		for _, i := range l.Src {
			u.src = append(u.src, d.de[i])
			u.mt = append(u.mt, d.mt[i])
		}
		for _, j := range l.Tgt {
			u.tgt = append(u.tgt, d.fr[j])
		}
		units = append(units, u)
	}
	h := len(units) / 2
	return []devDoc{
		{name: "textberg-a", lang: "de", tune: true, units: units[:h]},
		{name: "textberg-b", lang: "de", tune: false, units: units[h:]},
	}
}

// mtFor fills in the machine translation of Arabic source sentences with
// the embedded lexicon backend (what `tarjama align` uses for ar→en by
// default); German sources keep the given translation.
func mtFor(tb testing.TB, lang string, src, mt []string) []string {
	if lang != "ar" {
		return mt
	}
	tr := lexiconTranslator(tb)
	out := make([]string, len(src))
	for i, s := range src {
		out[i] = tr.TranslateText(s)
	}
	return out
}

var (
	lexOnce sync.Once
	lexTr   *lexicon.Translator
	lexErr  error
)

func lexiconTranslator(tb testing.TB) *lexicon.Translator {
	lexOnce.Do(func() { lexTr, lexErr = lexicon.New() })
	if lexErr != nil {
		tb.Fatal(lexErr)
	}
	return lexTr
}
