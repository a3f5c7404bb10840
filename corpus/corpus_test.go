package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/tarjama/tarjama/internal/golden"
)

var testDate = time.Date(2026, 11, 28, 19, 0, 0, 0, time.UTC)

// samplePairs covers the metadata and the characters that break writers:
// RTL marks, XML metacharacters, emoji, quotes, tabs, line breaks and
// controls XML forbids.
func samplePairs() []Pair {
	return []Pair{
		{ID: "news/a.txt#1", Doc: "news/a.txt", SrcLang: "ar", TgtLang: "en",
			Src: "استقبل الرئيس بايدن رئيس الوزراء مصطفى الكاظمي.", Tgt: "President Biden received Prime Minister Mustafa al-Kadhimi.",
			Align: "1-1", Score: 0.93, HasScore: true, Backend: "lexicon",
			Glossary: []Term{{Source: "مصطفى الكاظمي", Target: "Mustafa al-Kadhimi", Status: "ok"}}},
		{ID: "news/a.txt#2", Doc: "news/a.txt", SrcLang: "ar", TgtLang: "en",
			Src: "قال \u200fماكغورك\u200f: \"<نعم> & 'لا'\"", Tgt: "McGurk said: \"<yes> & 'no'\" ]]> 🇮🇶😀",
			Align: "2-1", Score: 0.5, HasScore: true, Backend: "lexicon",
			Glossary: []Term{{Source: "ماكغورك", Target: "McGurk", Status: "missing"}, {Source: "بايدن", Target: "Biden", Status: "repaired"}}},
		{ID: "news/b.txt#1", Doc: "news/b.txt", SrcLang: "ar", TgtLang: "en",
			Src: "سطر\nثان\r\nوثالث\tمع\u2028فاصل", Tgt: "line\ntwo\r\nthree\twith\u2029sep\x01\x7f"},
		{ID: "x\t\"y\"", Doc: "", SrcLang: "ar", TgtLang: "en", Src: "", Tgt: "only target"},
	}
}

func writeAll(t testing.TB, w Writer, pairs []Pair) {
	t.Helper()
	for _, p := range pairs {
		if err := w.Write(p); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

func readAll(t testing.TB, r Reader) []Pair {
	t.Helper()
	var out []Pair
	for {
		p, err := r.Read()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
}

// tmxClean is what a pair looks like after a TMX round trip: forbidden
// characters gone, only glossary misses kept.
func tmxClean(p Pair) Pair {
	p.Src, _ = CleanXML(p.Src)
	p.Tgt, _ = CleanXML(p.Tgt)
	p.ID, _ = CleanXML(p.ID)
	p.Doc, _ = CleanXML(p.Doc)
	p.Backend, _ = CleanXML(p.Backend)
	p.Align, _ = CleanXML(p.Align)
	var g []Term
	for _, t := range p.Glossary {
		if t.Status == "missing" {
			t.Source, _ = CleanXML(t.Source)
			t.Target, _ = CleanXML(t.Target)
			g = append(g, t)
		}
	}
	p.Glossary = g
	return p
}

func TestJSONLGoldenAndRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	writeAll(t, NewJSONLWriter(&buf), samplePairs())
	golden.Check(t, filepath.Join("testdata", "pairs.jsonl.golden"), buf.Bytes())
	for i, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		if !json.Valid([]byte(line)) {
			t.Errorf("line %d is not valid JSON: %s", i+1, line)
		}
	}
	got := readAll(t, NewJSONLReader(bytes.NewReader(buf.Bytes())))
	if want := samplePairs(); !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, want)
	}
}

func TestJSONLNoHTMLEscapeAndOmissions(t *testing.T) {
	var buf bytes.Buffer
	writeAll(t, NewJSONLWriter(&buf), []Pair{{ID: "d#1", Doc: "d", SrcLang: "ar", TgtLang: "en", Src: "<a&b>", Tgt: "x"}})
	want := `{"id":"d#1","doc":"d","translation":{"ar":"<a&b>","en":"x"}}` + "\n"
	if buf.String() != want {
		t.Errorf("got %s want %s", buf.String(), want)
	}
}

func TestJSONLReaderLangsAndErrors(t *testing.T) {
	in := "\uFEFF{\"id\":\"1\",\"translation\":{\"en\":\"hi\",\"ar-SA\":\"مرحبا\"},\"score\":0}\n\n" +
		"{\"id\":\"2\",\"translation\":{\"en\":\"x\"}}\n"
	r := NewJSONLReaderLangs(strings.NewReader(in), "ar", "en")
	p, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	if p.Src != "مرحبا" || p.Tgt != "hi" || p.SrcLang != "ar" || !p.HasScore || p.Score != 0 {
		t.Errorf("got %+v", p)
	}
	if _, err := r.Read(); err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("want an error naming line 3, got %v", err)
	}
	r2 := NewJSONLReader(strings.NewReader("{\"translation\":{\"en\":\"hi\",\"fr\":\"salut\"}}\nnot json\n"))
	if p, _ := r2.Read(); p.SrcLang != "en" || p.TgtLang != "fr" || p.ID != "1" {
		t.Errorf("default order: got %+v", p)
	}
	if _, err := r2.Read(); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("want an error naming line 2, got %v", err)
	}
}

func TestTMXGoldenAndRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	w := NewTMXWriter(&buf, TMXHeader{CreationToolVersion: "1.2.3", CreationDate: testDate})
	writeAll(t, w, samplePairs())
	golden.Check(t, filepath.Join("testdata", "pairs.tmx.golden"), buf.Bytes())
	if w.Removed() != 1 { // \x01; \x7f and the tab in the tuid are allowed
		t.Errorf("Removed = %d, want 1", w.Removed())
	}
	got := readAll(t, NewTMXReader(bytes.NewReader(buf.Bytes()), "", ""))
	var want []Pair
	for _, p := range samplePairs() {
		want = append(want, tmxClean(p))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, want)
	}
	validateTMX(t, writeTemp(t, "pairs.tmx", buf.Bytes()))
}

func writeTemp(t testing.TB, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// dtdPath is the TMX 1.4 DTD among the shared evaluation data.
func dtdPath(t testing.TB) string {
	t.Helper()
	dir := evalDir(t)
	return filepath.Join(dir, "tmx", "tmx14.dtd")
}

// validateTMX runs xmllint against the TMX 1.4 DTD.
func validateTMX(t testing.TB, path string) {
	t.Helper()
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Log("xmllint not installed (Debian libxml2-utils): DTD validation skipped")
		return
	}
	out, err := exec.Command(xmllint, "--noout", "--dtdvalid", dtdPath(t), path).CombinedOutput()
	if err != nil || len(out) > 0 {
		t.Errorf("xmllint --dtdvalid: %v\n%s", err, out)
	}
}

type ttkUnit struct {
	ID  string  `json:"id"`
	Src *string `json:"src"`
	Tgt *string `json:"tgt"`
}

// ttkRead reads a TMX file with translate-toolkit; ok is false (and the
// reason logged) when it is not installed.
func ttkRead(t testing.TB, path, src, tgt string) ([]ttkUnit, bool) {
	t.Helper()
	const py = "/usr/bin/python3"
	if err := exec.Command(py, "-c", "from translate.storage import tmx").Run(); err != nil {
		t.Log("translate-toolkit not installed (Debian translate-toolkit): read-back skipped")
		return nil, false
	}
	cmd := exec.Command(py, filepath.Join("testdata", "ttk_read.py"), path, src, tgt)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("translate-toolkit: %v\n%s", err, stderr.String())
	}
	var units []ttkUnit
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var u ttkUnit
		if err := json.Unmarshal(sc.Bytes(), &u); err != nil {
			t.Fatal(err)
		}
		units = append(units, u)
	}
	return units, true
}

// checkTTK compares translate-toolkit's view of a TMX file with pairs.
func checkTTK(t testing.TB, path string, pairs []Pair) {
	t.Helper()
	if len(pairs) == 0 {
		t.Fatal("no pairs to compare")
	}
	units, ok := ttkRead(t, path, pairs[0].SrcLang, pairs[0].TgtLang)
	if !ok {
		return
	}
	if len(units) != len(pairs) {
		t.Fatalf("translate-toolkit read %d units, want %d", len(units), len(pairs))
	}
	bad := 0
	for i, u := range units {
		p := tmxClean(pairs[i])
		if u.ID != p.ID || u.Src == nil || *u.Src != p.Src || u.Tgt == nil || *u.Tgt != p.Tgt {
			if bad++; bad <= 5 {
				t.Errorf("unit %d: translate-toolkit read %q %v %v, want %q %q %q", i, u.ID, deref(u.Src), deref(u.Tgt), p.ID, p.Src, p.Tgt)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d pairs not intact through translate-toolkit", bad, len(pairs))
	} else {
		t.Logf("translate-toolkit read all %d pairs intact", len(pairs))
	}
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

func TestTMXThroughTranslateToolkit(t *testing.T) {
	var buf bytes.Buffer
	writeAll(t, NewTMXWriter(&buf, TMXHeader{CreationDate: testDate}), samplePairs())
	checkTTK(t, writeTemp(t, "pairs.tmx", buf.Bytes()), samplePairs())
}

func TestTMXEmpty(t *testing.T) {
	var buf bytes.Buffer
	writeAll(t, NewTMXWriter(&buf, TMXHeader{}), nil)
	if !strings.Contains(buf.String(), `srclang="*all*"`) || !strings.HasSuffix(buf.String(), "<body>\n</body>\n</tmx>\n") {
		t.Errorf("empty TMX: %s", buf.String())
	}
	validateTMX(t, writeTemp(t, "empty.tmx", buf.Bytes()))
	if got := readAll(t, NewTMXReader(&buf, "", "")); len(got) != 0 {
		t.Errorf("read %d pairs from an empty TMX", len(got))
	}
}

func TestTMXReaderOtherTools(t *testing.T) {
	// TMX 1.1-style lang attributes, inline codes, notes, a unit with one
	// language only, no tuid, and an Okapi-style note prop.
	in := `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx11.dtd">
<tmx version="1.1"><header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="EN-US" srclang="EN-US" datatype="html"/>
<body>
<tu tuid="a"><note>n</note><prop type="note">file1.html</prop>
  <tuv lang="EN-US"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> <ph x="2">&lt;br/&gt;</ph>now <hi type="x">please</hi>.</seg></tuv>
  <tuv lang="AR-SA"><note>t</note><seg>اضغط <bpt i="1">&lt;b&gt;</bpt>حفظ<ept i="1">&lt;/b&gt;</ept> الآن&nbsp;رجاء.</seg></tuv>
</tu>
<tu tuid="b"><tuv lang="EN-US"><seg>orphan</seg></tuv></tu>
<tu><tuv lang="fr"><seg>bonjour</seg></tuv><tuv lang="ar"><seg>مرحبا</seg></tuv><tuv lang="en-GB"><seg>hello</seg></tuv></tu>
</body></tmx>`
	r := NewTMXReader(strings.NewReader(in), "ar", "en")
	got := readAll(t, r)
	want := []Pair{
		{ID: "a", Doc: "file1.html", SrcLang: "ar", TgtLang: "en", Src: "اضغط حفظ الآن\u00a0رجاء.", Tgt: "Press Save now please."},
		{ID: "3", SrcLang: "ar", TgtLang: "en", Src: "مرحبا", Tgt: "hello"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if tr := r.(*TMXReader); tr.Skipped() != 1 || tr.Units() != 3 {
		t.Errorf("Skipped %d Units %d, want 1 and 3", tr.Skipped(), tr.Units())
	}
	// No languages asked: the header's srclang is the source.
	got = readAll(t, NewTMXReader(strings.NewReader(in), "", ""))
	if len(got) != 2 || got[0].SrcLang != "EN-US" || got[0].TgtLang != "AR-SA" || got[1].Src != "hello" || got[1].Tgt != "bonjour" {
		t.Errorf("header srclang: got %+v", got)
	}
}

func TestTMXReaderErrors(t *testing.T) {
	for name, in := range map[string]string{
		"truncated": `<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>a`,
		"bad xml":   "<tmx>\n<body>\n<tu></tuv></body></tmx>",
		"bad score": `<tmx><body><tu><prop type="x-score">high</prop><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ar"><seg>b</seg></tuv></tu></body></tmx>`,
		// Cut after a whole unit: must not read as a shorter corpus.
		"cut between units": `<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ar"><seg>b</seg></tuv></tu>`,
		"empty":             "",
		"not tmx":           "<html><body>hi</body></html>",
	} {
		r := NewTMXReader(strings.NewReader(in), "en", "ar")
		_, err := r.Read()
		for err == nil {
			_, err = r.Read()
		}
		if err == io.EOF || !strings.Contains(err.Error(), "tmx line") {
			t.Errorf("%s: got %v, want an error with a line number", name, err)
		}
	}
}

func TestTMXReaderUTF16(t *testing.T) {
	in := `<?xml version="1.0" encoding="UTF-16"?><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>hi</seg></tuv><tuv xml:lang="ar"><seg>مرحبا</seg></tuv></tu></body></tmx>`
	b := []byte{0xFF, 0xFE}
	for _, r := range in {
		b = append(b, byte(r), byte(r>>8))
	}
	got := readAll(t, NewTMXReader(bytes.NewReader(b), "ar", "en"))
	if len(got) != 1 || got[0].Src != "مرحبا" || got[0].Tgt != "hi" {
		t.Errorf("got %+v", got)
	}
}

func TestMosesAndTSV(t *testing.T) {
	var src, tgt, tsv bytes.Buffer
	writeAll(t, NewMosesWriter(&src, &tgt), samplePairs())
	writeAll(t, NewTSVWriter(&tsv), samplePairs())
	golden.Check(t, filepath.Join("testdata", "pairs.ar.golden"), src.Bytes())
	golden.Check(t, filepath.Join("testdata", "pairs.en.golden"), tgt.Bytes())
	golden.Check(t, filepath.Join("testdata", "pairs.tsv.golden"), tsv.Bytes())
	n := len(samplePairs())
	if c := strings.Count(src.String(), "\n"); c != n {
		t.Errorf("source has %d lines, want %d", c, n)
	}
	moses := readAll(t, NewMosesReader(&src, &tgt, "ar", "en"))
	tsvPairs := readAll(t, NewTSVReader(&tsv, "", ""))
	for i, p := range samplePairs() {
		for _, got := range []Pair{moses[i], tsvPairs[i]} {
			if got.SrcLang != "ar" || got.TgtLang != "en" || strings.ContainsAny(got.Src+got.Tgt, "\n\r\u2028\u2029") {
				t.Errorf("pair %d: %+v", i, got)
			}
			if len(strings.Fields(got.Src)) != len(strings.Fields(strings.ReplaceAll(p.Src, "\u2028", " "))) {
				t.Errorf("pair %d: words changed: %q from %q", i, got.Src, p.Src)
			}
		}
		if strings.Contains(tsvPairs[i].Src+tsvPairs[i].Tgt, "\t") {
			t.Errorf("pair %d: tab in TSV cell", i)
		}
	}
	if _, err := NewMosesReader(strings.NewReader("a\nb\n"), strings.NewReader("x\n"), "ar", "en").Read(); err != nil {
		t.Fatal(err)
	}
	r := NewMosesReader(strings.NewReader("a\nb\n"), strings.NewReader("x\n"), "ar", "en")
	readOne := func() error { _, err := r.Read(); return err }
	readOne()
	if err := readOne(); err == nil || err == io.EOF || !strings.Contains(err.Error(), "target file ends after 1") {
		t.Errorf("uneven files: %v", err)
	}
}

func TestTSVHeaderless(t *testing.T) {
	got := readAll(t, NewTSVReader(strings.NewReader("مرحبا\thello\textra\nنعم\tyes\n"), "ar", "en"))
	if len(got) != 2 || got[0].Src != "مرحبا" || got[0].Tgt != "hello" || got[1].ID != "2" {
		t.Errorf("got %+v", got)
	}
	if _, err := NewTSVReader(strings.NewReader("ar\ten\nno tab here\n"), "", "").Read(); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("want an error naming line 2, got %v", err)
	}
}

func TestLangMatch(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{{"ar", "AR", true}, {"ar-SA", "ar", true}, {"en_US", "en-GB", true}, {"en", "eng", false}, {"", "", false}, {"ar", "arz", false}} {
		if got := LangMatch(c.a, c.b); got != c.want {
			t.Errorf("LangMatch(%q, %q) = %v", c.a, c.b, got)
		}
	}
}

func TestWriterAfterClose(t *testing.T) {
	for name, w := range map[string]Writer{
		"jsonl": NewJSONLWriter(io.Discard), "tmx": NewTMXWriter(io.Discard, TMXHeader{}),
		"moses": NewMosesWriter(io.Discard, io.Discard), "tsv": NewTSVWriter(io.Discard),
	} {
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if err := w.Write(samplePairs()[0]); !errors.Is(err, errClosed) {
			t.Errorf("%s: Write after Close = %v", name, err)
		}
	}
}

type failWriter struct{ after int }

func (f *failWriter) Write(p []byte) (int, error) {
	if f.after -= len(p); f.after < 0 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

// TestWriterErrors: a failing destination surfaces on Write or Close and
// sticks; NaN scores and same-language pairs are refused, not written.
func TestWriterErrors(t *testing.T) {
	big := samplePairs()[0]
	big.Src = strings.Repeat("نص ", 40000) // more than the 64 KiB buffer
	for name, w := range map[string]Writer{
		"jsonl": NewJSONLWriter(&failWriter{after: 100}), "tmx": NewTMXWriter(&failWriter{after: 100}, TMXHeader{}),
		"moses": NewMosesWriter(&failWriter{after: 100}, io.Discard), "tsv": NewTSVWriter(&failWriter{after: 100}),
	} {
		err := w.Write(big)
		if err == nil {
			err = w.Close()
		}
		if err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("%s: error %v, want disk full", name, err)
		}
		if err := w.Write(samplePairs()[1]); err == nil {
			t.Errorf("%s: Write after a failure succeeded", name)
		}
	}
	nan := samplePairs()[0]
	nan.Score = math.NaN()
	var buf bytes.Buffer
	if err := NewJSONLWriter(&buf).Write(nan); err == nil {
		t.Error("JSONL wrote a NaN score")
	}
	if err := NewTMXWriter(&buf, TMXHeader{}).Write(nan); err == nil {
		t.Error("TMX wrote a NaN score")
	}
	same := samplePairs()[0]
	same.TgtLang = "ar"
	if err := NewJSONLWriter(&buf).Write(same); err == nil {
		t.Error("JSONL wrote a pair with one language twice")
	}
}
