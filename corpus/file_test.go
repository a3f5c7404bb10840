package corpus

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/internal/evaldata"
)

// copyAll streams every pair of r into w and closes both.
func copyAll(t testing.TB, r Reader, w Writer) int {
	t.Helper()
	n := 0
	for {
		p, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Write(p); err != nil {
			t.Fatal(err)
		}
		n++
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestTICO19(t *testing.T) {
	path := evaldata.Path(t, "tico19/all.en-ar.tmx")
	r, err := Open(path, OpenOptions{SrcLang: "ar", TgtLang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	tr := r.(*TMXReader)
	pairs := readAll(t, r)
	r.Close()
	if len(pairs) != 3071 || tr.Skipped() != 0 {
		t.Fatalf("read %d pairs, skipped %d; want all 3071", len(pairs), tr.Skipped())
	}
	docs := map[string]bool{}
	for _, p := range pairs {
		if p.Src == "" || p.Tgt == "" || p.ID == "" || p.SrcLang != "ar" || p.TgtLang != "en" {
			t.Fatalf("incomplete pair %+v", p)
		}
		docs[p.Doc] = true
	}
	if len(docs) != 31 {
		t.Errorf("%d documents, want 31", len(docs))
	}
	if pairs[0].ID != "CMU_1:1" || pairs[0].Tgt != "about how long have these symptoms been going on?" {
		t.Errorf("first pair %+v", pairs[0])
	}

	// Converted to our TMX: valid, and intact through translate-toolkit.
	out := filepath.Join(t.TempDir(), "tico.tmx")
	fw, err := Create(out, CreateOptions{TMX: TMXHeader{CreationDate: testDate}})
	if err != nil {
		t.Fatal(err)
	}
	r, _ = Open(path, OpenOptions{SrcLang: "ar", TgtLang: "en"})
	if n := copyAll(t, r, fw); n != 3071 {
		t.Fatalf("converted %d pairs", n)
	}
	validateTMX(t, out)
	checkTTK(t, out, pairs)
	r, _ = Open(out, OpenOptions{})
	if back := readAll(t, r); !reflect.DeepEqual(back, pairs) {
		t.Error("TICO-19 through our TMX does not give the same pairs back")
	}
	r.Close()
}

// TestConvertChain is the TMX → JSONL → TMX → JSONL invariant,
// through files and Open/Create.
func TestConvertChain(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "in.tmx")
	var buf bytes.Buffer
	writeAll(t, NewTMXWriter(&buf, TMXHeader{CreationDate: testDate}), samplePairs())
	os.WriteFile(first, buf.Bytes(), 0o644)
	prev := first
	var jsonls [][]byte
	for i, name := range []string{"a.jsonl", "b.tmx", "c.jsonl"} {
		out := filepath.Join(dir, name)
		r, err := Open(prev, OpenOptions{})
		if err != nil {
			t.Fatal(err)
		}
		fw, err := Create(out, CreateOptions{TMX: TMXHeader{CreationDate: testDate}})
		if err != nil {
			t.Fatal(err)
		}
		copyAll(t, r, fw)
		if i != 1 {
			b, _ := os.ReadFile(out)
			jsonls = append(jsonls, b)
		}
		prev = out
	}
	if !bytes.Equal(jsonls[0], jsonls[1]) {
		t.Errorf("TMX → JSONL → TMX → JSONL changed the pairs:\n%s\n%s", jsonls[0], jsonls[1])
	}
	b, _ := os.ReadFile(filepath.Join(dir, "b.tmx"))
	if !bytes.Equal(b, buf.Bytes()) {
		t.Errorf("TMX → JSONL → TMX is not byte-identical")
	}
}

func TestOpenCreateMosesAndDirs(t *testing.T) {
	dir := t.TempDir()
	stem := filepath.Join(dir, "sub", "train")
	fw, err := Create(stem, CreateOptions{SrcLang: "ar", TgtLang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	writeAll(t, fw, samplePairs()[:2])
	if got := fw.Paths(); !reflect.DeepEqual(got, []string{stem + ".ar", stem + ".en"}) {
		t.Errorf("Paths = %v", got)
	}
	for _, in := range []struct {
		path string
		opts OpenOptions
	}{{stem, OpenOptions{}}, {stem + ".ar", OpenOptions{}}, {stem + ".en", OpenOptions{SrcLang: "ar"}}, {stem, OpenOptions{SrcLang: "ar", TgtLang: "en"}}} {
		r, err := Open(in.path, in.opts)
		if err != nil {
			t.Fatalf("Open(%s, %+v): %v", in.path, in.opts, err)
		}
		got := readAll(t, r)
		r.Close()
		if len(got) != 2 || got[0].SrcLang != "ar" || got[0].TgtLang != "en" || got[0].Src != samplePairs()[0].Src {
			t.Errorf("Open(%s, %+v) read %+v", in.path, in.opts, got)
		}
	}
	os.WriteFile(stem+".tmx", nil, 0o644) // not a third language
	os.WriteFile(stem+".txt", nil, 0o644)
	if r, err := Open(stem, OpenOptions{}); err != nil {
		t.Errorf("Moses stem beside train.tmx: %v", err)
	} else {
		r.Close()
	}
	if _, err := Create(stem, CreateOptions{Format: Moses}); err == nil {
		t.Error("Moses without languages: no error")
	}
	if _, err := Open(stem+".txt", OpenOptions{}); !errors.Is(err, ErrCannotTell) {
		t.Errorf("Open(train.txt): %v", err)
	}
	if _, err := Open(filepath.Join(dir, "nothing"), OpenOptions{}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Open of a missing Moses stem: %v, want fs.ErrNotExist", err)
	}

	// A translate output folder: its corpus.jsonl is read.
	out := filepath.Join(dir, "run")
	fw, _ = Create(filepath.Join(out, "corpus.jsonl"), CreateOptions{})
	writeAll(t, fw, samplePairs())
	r, err := Open(out, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := readAll(t, r); len(got) != len(samplePairs()) {
		t.Errorf("folder: read %d pairs", len(got))
	}
	r.Close()
	if _, err := Open(dir, OpenOptions{}); err == nil || !strings.Contains(err.Error(), "corpus.jsonl") {
		t.Errorf("folder without corpus: %v", err)
	}
}

func TestCreateAbortLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	fw, err := Create(filepath.Join(dir, "x.tmx"), CreateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	fw.Write(samplePairs()[0])
	fw.Abort()
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("Abort left %v", ents)
	}
}

func TestFormats(t *testing.T) {
	for path, want := range map[string]Format{"a.JSONL": JSONL, "a.ndjson": JSONL, "b.tmx": TMX, "c.tsv": TSV, "d/corpus": Moses, "corpus.ar": Moses} {
		if got := DetectFormat(path); got != want {
			t.Errorf("DetectFormat(%s) = %s, want %s", path, got, want)
		}
	}
	if f, err := ParseFormat(" TMX "); err != nil || f != TMX {
		t.Errorf("ParseFormat: %v %v", f, err)
	}
	if _, err := ParseFormat("csv"); err == nil {
		t.Error("ParseFormat(csv): no error")
	}
}

func TestNewReaderWriter(t *testing.T) {
	for _, f := range []Format{JSONL, TMX, TSV} {
		var buf bytes.Buffer
		w, err := NewWriter(&buf, f, TMXHeader{})
		if err != nil {
			t.Fatal(err)
		}
		writeAll(t, w, samplePairs()[:2])
		r, err := NewReader(&buf, f, "", "")
		if err != nil {
			t.Fatal(err)
		}
		if got := readAll(t, r); len(got) != 2 || got[1].Tgt != samplePairs()[1].Tgt || Skipped(r) != 0 {
			t.Errorf("%s: %+v", f, got)
		}
	}
	if _, err := NewWriter(io.Discard, Moses, TMXHeader{}); err == nil {
		t.Error("NewWriter(Moses): no error")
	}
	if _, err := NewReader(strings.NewReader(""), "xml", "", ""); err == nil {
		t.Error("NewReader(xml): no error")
	}
}

func TestGzip(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.tmx.gz", "a.jsonl.gz", "a.tsv.GZ"} {
		path := filepath.Join(dir, name)
		fw, err := Create(path, CreateOptions{})
		if err != nil {
			t.Fatal(err)
		}
		writeAll(t, fw, samplePairs()[:2])
		if b, _ := os.ReadFile(path); len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
			t.Errorf("%s is not gzip", name)
		}
		r, err := Open(path, OpenOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if got := readAll(t, r); len(got) != 2 || got[1].Src != samplePairs()[1].Src {
			t.Errorf("%s: %+v", name, got)
		}
		if err := r.Close(); err != nil {
			t.Error(err)
		}
	}
	if DetectFormat("x.tmx.gz") != TMX || DetectFormat("x.gz") != Moses {
		t.Error("DetectFormat with .gz")
	}
}

func TestCreateTMXCountsRemoved(t *testing.T) {
	fw, err := Create(filepath.Join(t.TempDir(), "out.tmx.gz"), CreateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer fw.Abort()
	if err := fw.Write(Pair{ID: "1", SrcLang: "ar", TgtLang: "en", Src: "س\x01", Tgt: "s\x02"}); err != nil {
		t.Fatal(err)
	}
	if err := fw.Close(); err != nil {
		t.Fatal(err)
	}
	if fw.Removed() != 2 {
		t.Errorf("Removed = %d, want 2 (the report counts them)", fw.Removed())
	}
}

func TestMosesLengthMismatchNamesTheFiles(t *testing.T) {
	stem := filepath.Join(t.TempDir(), "train")
	os.WriteFile(stem+".ar", []byte("أ\nب\n"), 0o644)
	os.WriteFile(stem+".en", []byte("a\n"), 0o644)
	r, err := Open(stem, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	for err == nil {
		_, err = r.Read()
	}
	if want := stem + ".en ends after 1 lines but " + stem + ".ar goes on"; !strings.Contains(err.Error(), want) {
		t.Errorf("err = %v, want it to contain %q", err, want)
	}
}
