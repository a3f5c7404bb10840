package alignjob

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tarjama/tarjama/align"
	"github.com/tarjama/tarjama/glossary"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func TestLines(t *testing.T) {
	ar := "مرحبا بكم\nفي فاس"
	cp1256, err := charmap.Windows1256.NewEncoder().String(ar + "\n")
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(ar + "\r\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{"empty", "", nil},
		{"one newline", "\n", nil},
		{"final line end dropped", "a\nb\n", []string{"a", "b"}},
		{"no final line end", "a\nb", []string{"a", "b"}},
		{"crlf", "a\r\n\r\nb\r\n", []string{"a", "", "b"}},
		{"bom", "\ufeffa\nb", []string{"a", "b"}},
		{"blank lines kept", "a\n\n\nb\n\n", []string{"a", "", "", "b", ""}},
		{"windows-1256", cp1256, []string{"مرحبا بكم", "في فاس"}},
		{"utf-16 with bom", utf16, []string{"مرحبا بكم", "في فاس"}},
	} {
		got, err := Lines([]byte(c.in))
		if err != nil || !slices.Equal(got, c.want) {
			t.Errorf("%s: Lines(%q) = %q, %v; want %q", c.name, c.in, got, err, c.want)
		}
	}
	if _, err := Lines([]byte("caf\xe9\x80\n")); err == nil {
		t.Error("bytes that decode as nothing: want an error")
	}
	path := filepath.Join(t.TempDir(), "bad.txt")
	os.WriteFile(path, []byte("caf\xe9\n"), 0o644)
	if _, err := fileLines(path); err == nil || !strings.Contains(err.Error(), path+": invalid UTF-8") {
		t.Errorf("fileLines: err %v, want one naming %s", err, path)
	}
}

func TestSentences(t *testing.T) {
	lines := []string{"الجملة الأولى هنا. والجملة الثانية بعدها.", "", "  ", "فقرة جديدة."}
	if got := Sentences(lines, "ar", true); !slices.Equal(got, lines) {
		t.Errorf("presplit: %q", got)
	}
	want := []string{"الجملة الأولى هنا.", "والجملة الثانية بعدها.", "فقرة جديدة."}
	if got := Sentences(lines, "ar", false); !slices.Equal(got, want) {
		t.Errorf("paragraphs: %q, want %q", got, want)
	}
}

func TestReadPairs(t *testing.T) {
	abs := filepath.Join(string(filepath.Separator), "data", "a.ar")
	for _, c := range []struct {
		name, in string
		want     []DocPair
		err      string // "" for none
	}{
		{"two columns", "a.ar\ta.en\n", []DocPair{{Src: filepath.Join("L", "a.ar"), Tgt: filepath.Join("L", "a.en"), Name: "a.ar"}}, ""},
		{"three columns", "s/a.ar\tt/a.en\tm/a.mt\n", []DocPair{{Src: filepath.Join("L", "s", "a.ar"), Tgt: filepath.Join("L", "t", "a.en"), SrcMT: filepath.Join("L", "m", "a.mt"), Name: "s/a.ar"}}, ""},
		{"empty third column", "a.ar\ta.en\t\r\n", []DocPair{{Src: filepath.Join("L", "a.ar"), Tgt: filepath.Join("L", "a.en"), Name: "a.ar"}}, ""},
		{"absolute kept", abs + "\tb.en\n", []DocPair{{Src: abs, Tgt: filepath.Join("L", "b.en"), Name: filepath.ToSlash(abs)}}, ""},
		{"comments and blanks", "# header\n\n  \na\tb\n", []DocPair{{Src: filepath.Join("L", "a"), Tgt: filepath.Join("L", "b"), Name: "a"}}, ""},
		{"one column", "a.ar\n", nil, "list:1: want SRC<TAB>TGT"},
		{"four columns", "\n\na\tb\tc\td\n", nil, "list:3: want"},
		{"empty source", "\tb\n", nil, "list:1: want"},
		{"nothing listed", "# only a comment\n", nil, "list lists no document pairs"},
	} {
		got, err := ReadPairs(strings.NewReader(c.in), "list", "L")
		switch {
		case c.err == "" && (err != nil || !slices.Equal(got, c.want)):
			t.Errorf("%s: got %+v, %v; want %+v", c.name, got, err, c.want)
		case c.err != "" && (!errors.Is(err, ErrUsage) || !strings.Contains(err.Error(), c.err)):
			t.Errorf("%s: err %v, want a usage error with %q", c.name, err, c.err)
		}
	}
	got, err := ReadPairs(strings.NewReader("a\tb\n"), "-", "")
	if err != nil || got[0].Src != "a" || got[0].Tgt != "b" {
		t.Errorf("no dir: %+v %v", got, err)
	}
}

func TestFileName(t *testing.T) {
	seen := map[string]int{}
	for k, c := range []struct{ src, want string }{
		{"dir/news.ar", "news.align"},
		{"other/news.txt", "news.2.align"},
		{"-", "pair.align"},
		{".", "pair.4.align"},
		{"x.tar.gz", "x.tar.align"},
	} {
		if got := FileName(seen, c.src, k); got != c.want {
			t.Errorf("FileName(%q, %d) = %q, want %q", c.src, k, got, c.want)
		}
	}
}

func TestTerms(t *testing.T) {
	g, err := glossary.Parse(strings.NewReader("ar\ten\tvariants\nماكغورك\tMcGurk\tمكغورك|ماكجورك\nفاس\tFez\t\n"), "g.tsv")
	if err != nil {
		t.Fatal(err)
	}
	want := []align.Term{{Source: "ماكغورك", Target: "McGurk"}, {Source: "مكغورك", Target: "McGurk"}, {Source: "ماكجورك", Target: "McGurk"}, {Source: "فاس", Target: "Fez"}}
	if got := Terms(g); !slices.Equal(got, want) {
		t.Errorf("Terms = %v, want %v", got, want)
	}
}

// FuzzReadPairs: no panic; every pair read names two files, and a list
// either yields pairs or a usage error.
func FuzzReadPairs(f *testing.F) {
	for _, s := range []string{"a\tb\n", "a\tb\tc\r\n# x\n", "\t\t\n", "a\n", "", "#\ta\tb\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		pairs, err := ReadPairs(strings.NewReader(in), "list", "")
		if err != nil {
			if !errors.Is(err, ErrUsage) && !strings.Contains(err.Error(), "reading list") {
				t.Fatalf("error %v neither a usage error nor a read error", err)
			}
			return
		}
		if len(pairs) == 0 {
			t.Fatal("no pairs and no error")
		}
		for _, p := range pairs {
			if p.Src == "" || p.Tgt == "" || strings.ContainsAny(p.Src+p.Tgt+p.SrcMT, "\t\n") {
				t.Fatalf("pair %+v from %q", p, in)
			}
		}
	})
}

// FuzzLines: UTF-8 text without CR comes back as its lines.
func FuzzLines(f *testing.F) {
	for _, s := range []string{"a\nb\n", "", "\n\n", "مرحبا\nبكم"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if !utf8.ValidString(in) || strings.ContainsAny(in, "\r\ufeff") {
			return
		}
		got, err := Lines([]byte(in))
		if err != nil {
			t.Fatal(err)
		}
		want := strings.TrimSuffix(in, "\n")
		if joined := strings.Join(got, "\n"); joined != want || (want == "" && got != nil) {
			t.Fatalf("Lines(%q) = %q", in, got)
		}
	})
}

func ExampleReadPairs() {
	list := "# source\ttarget\ttranslation\nnews/1.ar\tnews/1.en\n" + "news/2.ar\tnews/2.en\tmt/2.en\n"
	pairs, err := ReadPairs(strings.NewReader(list), "pairs.tsv", "")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range pairs {
		fmt.Printf("%s: %s ↔ %s (mt %q)\n", p.Name, p.Src, p.Tgt, p.SrcMT)
	}
	// Output:
	// news/1.ar: news/1.ar ↔ news/1.en (mt "")
	// news/2.ar: news/2.ar ↔ news/2.en (mt "mt/2.en")
}

func ExampleSentences() {
	fmt.Printf("%q\n", Sentences([]string{"وصل الوفد إلى بغداد. وبدأت المحادثات.", ""}, "ar", false))
	// Output: ["وصل الوفد إلى بغداد." "وبدأت المحادثات."]
}
