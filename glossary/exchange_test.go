package glossary

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/internal/golden"
)

func TestExportGolden(t *testing.T) {
	g, err := Load("testdata/glossary.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteCSV(&b, g); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/export.csv.golden", b.Bytes())
	b.Reset()
	if err := WriteTBX(&b, g); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/export.tbx.golden", b.Bytes())
}

// sameTerms compares what two glossaries make a translation do, ignoring
// notes (CSV keeps them) and case rules (neither format has them).
func sameTerms(t *testing.T, a, b *Glossary) {
	t.Helper()
	if len(a.Entries) != len(b.Entries) {
		t.Fatalf("%d entries, want %d", len(b.Entries), len(a.Entries))
	}
	for i := range a.Entries {
		x, y := a.Entries[i], b.Entries[i]
		if x.Source != y.Source || x.Target != y.Target || x.Note != y.Note || strings.Join(x.Variants, "|") != strings.Join(y.Variants, "|") {
			t.Errorf("entry %d: %+v came back as %+v", i, x, y)
		}
	}
}

func TestCSVRoundTrip(t *testing.T) {
	g, _ := Load("testdata/glossary.tsv")
	var b bytes.Buffer
	if err := WriteCSV(&b, g); err != nil {
		t.Fatal(err)
	}
	back, err := ReadCSV(&b, "x.csv", "ar", "en")
	if err != nil {
		t.Fatal(err)
	}
	sameTerms(t, g, back)
}

func TestCSVPairsRoundTrip(t *testing.T) {
	g, _ := Load("testdata/glossary.tsv")
	var b bytes.Buffer
	if err := WriteCSVPairs(&b, g); err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(b.String(), "ar,en") {
		t.Error("unidirectional CSV has a header")
	}
	back, err := ReadCSV(&b, "x.csv", "ar", "en")
	if err != nil {
		t.Fatal(err)
	}
	for i := range g.Entries {
		g.Entries[i].Note = "" // not in this format
	}
	sameTerms(t, g, back)
}

func TestTBXRoundTrip(t *testing.T) {
	g, _ := Load("testdata/glossary.tsv")
	g.Entries[0].Note = `notes with <markup> & "quotes"`
	var b bytes.Buffer
	if err := WriteTBX(&b, g); err != nil {
		t.Fatal(err)
	}
	back, err := ReadTBX(&b, "x.tbx", "", "")
	if err != nil {
		t.Fatal(err)
	}
	if back.SrcLang != "ar" || back.TgtLang != "en" {
		t.Errorf("languages %s→%s", back.SrcLang, back.TgtLang)
	}
	sameTerms(t, g, back)
}

func TestReadCSVShapes(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // entries as source=target[/variants] joined by ";"
	}{
		{"unidirectional", "بايدن,Biden\nالكاظمي,al-Kadhimi\n", "بايدن=Biden;الكاظمي=al-Kadhimi"},
		{"equivalent sets, other columns", "\uFEFFfr,EN,pos,ar,description\nBiden,Biden,noun,بايدن,president\n,UN,noun,,\nx,McGurk,noun,ماكغورك,\ny,McGurk,noun,ماكجورك,\n",
			"بايدن=Biden;ماكغورك=McGurk/ماكجورك"},
		{"quoted commas and newlines", "ar,en\n\"جو بايدن\",\"Biden, Joe\"\n\"قوات\nالحشد\",PMF\n", "جو بايدن=Biden, Joe;قوات الحشد=PMF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := ReadCSV(strings.NewReader(tt.in), "x.csv", "ar", "en")
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range g.Entries {
				s := e.Source + "=" + e.Target
				if len(e.Variants) > 0 {
					s += "/" + strings.Join(e.Variants, "/")
				}
				got = append(got, s)
			}
			if strings.Join(got, ";") != tt.want {
				t.Errorf("got %s, want %s", strings.Join(got, ";"), tt.want)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	var pe *ParseError
	if _, err := ReadCSV(strings.NewReader("ar,en\nبايدن,\"Biden\nx\"y,z\n"), "g.csv", "ar", "en"); !errors.As(err, &pe) || pe.File != "g.csv" || pe.Line < 2 {
		t.Errorf("bad quote: %v", err)
	}
	if _, err := ReadCSV(strings.NewReader("fr,de\na,b\n"), "g.csv", "ar", "en"); !errors.As(err, &pe) || pe.Line != 1 {
		t.Errorf("missing language column: %v", err)
	}
	if _, err := ReadTBX(strings.NewReader("<martif>\n<text><body>\n<termEntry>\n</body>"), "g.tbx", "ar", "en"); !errors.As(err, &pe) || pe.Line != 4 {
		t.Errorf("broken XML: %v", err)
	}
	if _, err := ReadTBX(strings.NewReader("<html/>"), "g.tbx", "ar", "en"); !errors.As(err, &pe) {
		t.Errorf("not TBX: %v", err)
	}
}

func TestReadTBXv3(t *testing.T) {
	in := `<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
 <text><body>
  <conceptEntry id="1">
   <descrip type="definition">Iraqi prime minister</descrip>
   <langSec xml:lang="en"><termSec><term>al-Kadhimi</term></termSec></langSec>
   <langSec xml:lang="ar-IQ"><termSec><term>الكاظمي</term></termSec><termSec><term>كاظمي</term></termSec></langSec>
  </conceptEntry>
 </body></text>
</tbx>`
	g, err := ReadTBX(strings.NewReader(in), "g.tbx", "ar", "en")
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Entries) != 1 {
		t.Fatalf("%d entries", len(g.Entries))
	}
	e := g.Entries[0]
	if e.Source != "الكاظمي" || e.Target != "al-Kadhimi" || e.Note != "Iraqi prime minister" || strings.Join(e.Variants, "|") != "كاظمي" || e.Line != 4 {
		t.Errorf("entry %+v", e)
	}
}
