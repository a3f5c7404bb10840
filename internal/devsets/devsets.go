// Package devsets reads the shared development sets (UD PUD, IWSLT17
// tst2016, TICO-19) as documents of Arabic–English sentence pairs, for the
// tests and benchmarks of qe and docalign. The data stays in
// ../shared/eval/data (see internal/evaldata); readers skip the test when it
// is absent.
package devsets

import (
	"bufio"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/internal/evaldata"
)

// Doc is one document: its name and its sentence pairs in order.
type Doc struct {
	Name   string
	Ar, En []string
}

// PUD returns the 397 documents of UD PUD (Arabic original_text, English
// text), in file order.
func PUD(tb testing.TB) []Doc {
	ar := conllu(tb, evaldata.Path(tb, "ud-pud/ar_pud-ud-test.conllu"), "# original_text = ")
	en := conllu(tb, evaldata.Path(tb, "ud-pud/en_pud-ud-test.conllu"), "# text = ")
	if len(ar) != len(en) {
		tb.Fatalf("UD PUD: %d Arabic vs %d English sentences", len(ar), len(en))
	}
	var docs []Doc
	for i := range ar {
		if ar[i].doc != "" || len(docs) == 0 {
			docs = append(docs, Doc{Name: ar[i].doc})
		}
		d := &docs[len(docs)-1]
		d.Ar, d.En = append(d.Ar, ar[i].text), append(d.En, en[i].text)
	}
	return docs
}

type sent struct{ doc, text string }

func conllu(tb testing.TB, path, prefix string) []sent {
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []sent
	doc := ""
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if d, ok := strings.CutPrefix(line, "# newdoc id = "); ok {
			doc = d
		}
		if s, ok := strings.CutPrefix(line, prefix); ok {
			out = append(out, sent{doc, s})
			doc = ""
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

var (
	segRE = regexp.MustCompile(`<seg id="(\d+)">(.*)</seg>`)
	docRE = regexp.MustCompile(`<doc docid="(\d+)"`)
)

// IWSLT returns the 13 TED talks of IWSLT17 tst2016, segments matched by
// document and segment id.
func IWSLT(tb testing.TB) []Doc {
	read := func(p string) (map[string]string, []string) {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		m := map[string]string{}
		var order []string
		doc := ""
		for _, line := range strings.Split(string(b), "\n") {
			if d := docRE.FindStringSubmatch(line); d != nil {
				doc = d[1]
			}
			if s := segRE.FindStringSubmatch(line); s != nil {
				k := doc + "/" + s[1]
				m[k] = strings.Join(strings.Fields(xmlUnescape(s[2])), " ")
				order = append(order, k)
			}
		}
		return m, order
	}
	am, order := read(evaldata.Path(tb, "iwslt17-ar-en/IWSLT17.TED.tst2016.ar-en.ar.xml"))
	em, _ := read(evaldata.Path(tb, "iwslt17-ar-en/IWSLT17.TED.tst2016.en-ar.en.xml"))
	var docs []Doc
	for _, k := range order {
		e, ok := em[k]
		if !ok || am[k] == "" || e == "" {
			continue
		}
		name, _, _ := strings.Cut(k, "/")
		if len(docs) == 0 || docs[len(docs)-1].Name != name {
			docs = append(docs, Doc{Name: name})
		}
		d := &docs[len(docs)-1]
		d.Ar, d.En = append(d.Ar, am[k]), append(d.En, e)
	}
	return docs
}

func xmlUnescape(s string) string {
	return strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'", "&#39;", "'").Replace(s)
}

// TICOPath is the TICO-19 TMX inside the evaluation data.
const TICOPath = "tico19/all.en-ar.tmx"

// TICO returns the 31 documents of TICO-19 (documents are the TMX "note"
// prop), read through corpus.Open as Arabic→English.
func TICO(tb testing.TB) []Doc {
	r, err := corpus.Open(evaldata.Path(tb, TICOPath), corpus.OpenOptions{SrcLang: "ar", TgtLang: "en"})
	if err != nil {
		tb.Fatal(err)
	}
	defer r.Close()
	var docs []Doc
	idx := map[string]int{}
	for {
		p, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatal(err)
		}
		i, ok := idx[p.Doc]
		if !ok {
			i = len(docs)
			idx[p.Doc] = i
			docs = append(docs, Doc{Name: p.Doc})
		}
		docs[i].Ar, docs[i].En = append(docs[i].Ar, strings.TrimSpace(p.Src)), append(docs[i].En, strings.TrimSpace(p.Tgt))
	}
	return docs
}
