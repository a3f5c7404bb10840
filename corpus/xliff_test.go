package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/internal/golden"
)

// xliffWant is what reading back an XLIFF file gives for p: XML-clean
// text, glossary misses only, and the names XLIFF needs when p has none.
func xliffWant(p Pair, version string, n int) Pair {
	p = tmxClean(p)
	if p.ID == "" {
		if version == XLIFF21 {
			p.ID = p.Doc + "#u" + strconv.Itoa(n)
		} else {
			p.ID = strconv.Itoa(n)
		}
	}
	if p.Doc == "" && version == XLIFF12 {
		p.Doc = "unnamed" // 1.2 requires file/@original
	}
	return p
}

func readXLIFF(t testing.TB, data []byte) []Pair {
	t.Helper()
	r := NewXLIFFReader(bytes.NewReader(data), "", "")
	var got []Pair
	for {
		p, err := r.Read()
		if err == io.EOF {
			return got
		}
		if err != nil {
			t.Fatalf("read: %v\n%s", err, data)
		}
		got = append(got, p)
	}
}

func TestXLIFFRoundTripAndGolden(t *testing.T) {
	for _, v := range []string{XLIFF21, XLIFF12} {
		t.Run(v, func(t *testing.T) {
			var buf bytes.Buffer
			w := NewXLIFFWriter(&buf, XLIFFHeader{Version: v, ToolVersion: "test", Date: testDate})
			writeAll(t, w, samplePairs())
			golden.Check(t, filepath.Join("testdata", "sample-"+v+".xlf"), buf.Bytes())
			got := readXLIFF(t, buf.Bytes())
			in := samplePairs()
			if len(got) != len(in) {
				t.Fatalf("read %d pairs, want %d", len(got), len(in))
			}
			for i := range in {
				if want := xliffWant(in[i], v, i+1); !pairsEqual(got[i], want) {
					t.Errorf("pair %d:\n got %+v\nwant %+v", i, got[i], want)
				}
			}
			checkXLIFFThirdParty(t, writeTemp(t, "pairs.xlf", buf.Bytes()), in, v)
		})
	}
}

// One XLIFF file per document, as translate --format xliff writes them.
func TestXLIFFOneFilePerDocument(t *testing.T) {
	var buf bytes.Buffer
	w := NewXLIFFWriter(&buf, XLIFFHeader{})
	pairs := samplePairs()[:2]
	writeAll(t, w, pairs)
	s := buf.String()
	for _, want := range []string{`srcLang="ar"`, `trgLang="en"`, `<file id="f1" original="news/a.txt">`, `state="translated"`,
		`<mda:meta type="score">0.93</mda:meta>`, `<mda:meta type="glossary-miss">ماكغورك` + "\t" + `McGurk</mda:meta>`,
		`<note category="glossary" priority="2">glossary term missing from the target: ماكغورك → McGurk</note>`} {
		if !strings.Contains(s, want) {
			t.Errorf("lacks %q:\n%s", want, s)
		}
	}
	if strings.Count(s, "<file ") != 1 {
		t.Errorf("want one <file>:\n%s", s)
	}
}

// The note a translator reads rounds the score; the metadata and the
// attribute keep it exact, so convert reads back the score written.
func TestXLIFFNoteRoundsTheScore(t *testing.T) {
	for _, v := range []string{XLIFF21, XLIFF12} {
		var buf bytes.Buffer
		w := NewXLIFFWriter(&buf, XLIFFHeader{Version: v})
		p := Pair{ID: "d#1", Doc: "d", Src: "س", Tgt: "t", SrcLang: "ar", TgtLang: "en", Align: "1-1", Score: 0.9984021687431088, HasScore: true}
		writeAll(t, w, []Pair{p})
		if s := buf.String(); !strings.Contains(s, "alignment 1-1, score 1<") || !strings.Contains(s, "0.9984021687431088") {
			t.Errorf("%s: want a rounded note and the exact score:\n%s", v, s)
		}
		if got := readXLIFF(t, buf.Bytes()); len(got) != 1 || got[0].Score != p.Score {
			t.Errorf("%s: read back %+v", v, got)
		}
	}
}

// Files from other tools: inline codes dropped, inline text kept,
// several segments joined, units without target skipped.
func TestXLIFFReaderForeign(t *testing.T) {
	v2 := `<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ar-IQ" trgLang="en-US">
<file id="f" original="doc.html"><unit id="1"><originalData><data id="d1">&lt;b&gt;</data></originalData>
<segment><source>قال <pc id="1">الوزير</pc><ph id="2" dataRef="d1"/>.</source><target>The <pc id="1">minister</pc> said.</target></segment>
<ignorable><source> </source><target> </target></ignorable>
<segment><source>ثم غادر.</source><target>Then left.</target></segment></unit>
<unit id="2"><segment><source>بلا ترجمة</source></segment></unit></file></xliff>`
	r := NewXLIFFReader(strings.NewReader(v2), "", "")
	p, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	if p.Src != "قال الوزير. ثم غادر." || p.Tgt != "The minister said. Then left." || p.ID != "doc.html#1" || p.SrcLang != "ar-IQ" || p.TgtLang != "en-US" {
		t.Errorf("got %+v", p)
	}
	if _, err := r.Read(); err != io.EOF || r.Skipped() != 1 {
		t.Errorf("second read %v, skipped %d", err, r.Skipped())
	}
	v12 := `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.docx" source-language="ar" target-language="en" datatype="x-docx"><body>
<trans-unit id="tu1"><source>نص <g id="1">مهم</g><x id="2"/></source><seg-source><mrk mtype="seg" mid="1">نص</mrk></seg-source><target>important <g id="1">text</g></target>
<alt-trans><target>other</target></alt-trans></trans-unit></body></file></xliff>`
	p, err = NewXLIFFReader(strings.NewReader(v12), "", "").Read()
	if err != nil || p.Src != "نص مهم" || p.Tgt != "important text" || p.Doc != "a.docx" || p.ID != "tu1" {
		t.Errorf("1.2: %+v %v", p, err)
	}
	if _, err := NewXLIFFReader(strings.NewReader("<xliff version='2.1' xmlns='urn:oasis:names:tc:xliff:document:2.0'><file><unit id='1'><segment><source>a"), "", "").Read(); err == nil {
		t.Error("cut file read without error")
	}
}

// checkXLIFFThirdParty reads the file with translate-toolkit (1.2) or
// ElementTree (2.1) and compares every unit.
func checkXLIFFThirdParty(t *testing.T, path string, pairs []Pair, version string) {
	t.Helper()
	const py = "/usr/bin/python3"
	if err := exec.Command(py, "-c", "import translate.storage.xliff").Run(); err != nil {
		t.Log("translate-toolkit not installed (Debian translate-toolkit): third-party read-back skipped")
		return
	}
	cmd := exec.Command(py, filepath.Join("testdata", "ttk_read_xliff.py"), path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python: %v\n%s", err, stderr.String())
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<24)
	i := 0
	for ; sc.Scan(); i++ {
		var u struct{ ID, Src, Tgt, State string }
		if err := json.Unmarshal(sc.Bytes(), &u); err != nil {
			t.Fatal(err)
		}
		if i >= len(pairs) {
			t.Fatalf("more units than pairs: %s", sc.Text())
		}
		want := xliffWant(pairs[i], version, i+1)
		wantID := want.ID
		if version == XLIFF21 && pairs[i].ID == "" {
			wantID = ""
		}
		if u.ID != wantID || u.Src != want.Src || u.Tgt != want.Tgt || u.State != "translated" {
			t.Errorf("unit %d: third party read %q %q %q %q, want %q %q %q translated", i, u.ID, u.Src, u.Tgt, u.State, wantID, want.Src, want.Tgt)
		}
	}
	if i != len(pairs) {
		t.Errorf("third party read %d units, want %d", i, len(pairs))
	}
}

func FuzzXLIFFRoundTrip(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, id, src, tgt, backend string) {
		for _, v := range []string{XLIFF21, XLIFF12} {
			in := Pair{ID: id, Doc: id, SrcLang: "ar", TgtLang: "en", Src: src, Tgt: tgt, Backend: backend,
				Align: "1-1", Score: 0.25, HasScore: true,
				Glossary: []Term{{Source: strings.ReplaceAll(src, "\t", " "), Target: tgt, Status: "missing"}}}
			var buf bytes.Buffer
			w := NewXLIFFWriter(&buf, XLIFFHeader{Version: v})
			if err := w.Write(in); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			r := NewXLIFFReader(bytes.NewReader(buf.Bytes()), "", "")
			got, err := r.Read()
			if err != nil {
				t.Fatalf("%s: %v\n%s", v, err, buf.Bytes())
			}
			if _, err := r.Read(); err != io.EOF {
				t.Fatalf("%s: second Read: %v", v, err)
			}
			if want := xliffWant(in, v, 1); !pairsEqual(got, want) {
				t.Fatalf("%s:\n got %+v\nwant %+v\n%s", v, got, want, buf.Bytes())
			}
		}
	})
}

func FuzzXLIFFReader(f *testing.F) {
	for _, v := range []string{XLIFF21, XLIFF12} {
		var buf bytes.Buffer
		writeAll(f, NewXLIFFWriter(&buf, XLIFFHeader{Version: v}), samplePairs())
		f.Add(buf.String())
	}
	f.Fuzz(func(t *testing.T, in string) {
		r := NewXLIFFReader(strings.NewReader(in), "", "")
		for i := 0; i < 10000; i++ {
			if _, err := r.Read(); err != nil {
				return
			}
		}
	})
}
