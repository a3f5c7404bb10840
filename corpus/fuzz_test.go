package corpus

import (
	"bytes"
	"encoding/json"
	"io"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func fuzzSeeds(f *testing.F) {
	for _, p := range samplePairs() {
		f.Add(p.ID, p.Src, p.Tgt, p.Backend)
	}
	f.Add("\u200f#1", "\u202bنص\u202c &amp; <![CDATA[x]]>", "a\x00b\x1f\uFFFE\uFFFF", "\xff\xfe")
	f.Add("", "\r\n\r", "]]>\u2028", "")
}

func FuzzJSONLRoundTrip(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, id, src, tgt, backend string) {
		in := Pair{ID: id, Doc: id, SrcLang: "ar", TgtLang: "en", Src: src, Tgt: tgt, Backend: backend,
			Glossary: []Term{{Source: src, Target: tgt, Status: "missing"}}}
		var buf bytes.Buffer
		w := NewJSONLWriter(&buf)
		if err := w.Write(in); err != nil {
			t.Fatal(err)
		}
		w.Close()
		if bytes.Count(buf.Bytes(), []byte("\n")) != 1 || !json.Valid(bytes.TrimSpace(buf.Bytes())) {
			t.Fatalf("not one valid JSON line: %q", buf.Bytes())
		}
		got, err := NewJSONLReader(&buf).Read()
		if err != nil {
			t.Fatal(err)
		}
		want := in
		fix := perByte
		want.ID, want.Doc, want.Src, want.Tgt, want.Backend = fix(id), fix(id), fix(src), fix(tgt), fix(backend)
		if want.ID == "" {
			want.ID = "1" // the line number stands in for a missing id
		}
		want.Glossary = []Term{{Source: want.Src, Target: want.Tgt, Status: "missing"}}
		if !pairsEqual(got, want) {
			t.Fatalf("got %+v\nwant %+v", got, want)
		}
	})
}

// perByte replaces each invalid byte by U+FFFD, as the JSONL writer does.
func perByte(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func pairsEqual(a, b Pair) bool {
	if len(a.Glossary) != len(b.Glossary) {
		return false
	}
	for i := range a.Glossary {
		if a.Glossary[i] != b.Glossary[i] {
			return false
		}
	}
	a.Glossary, b.Glossary = nil, nil
	return reflect.DeepEqual(a, b)
}

func FuzzTMXRoundTrip(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, id, src, tgt, backend string) {
		in := Pair{ID: id, Doc: id, SrcLang: "ar", TgtLang: "en", Src: src, Tgt: tgt, Backend: backend,
			Align: "1-1", Score: 0.25, HasScore: true,
			Glossary: []Term{{Source: strings.ReplaceAll(src, "\t", " "), Target: tgt, Status: "missing"}}}
		var buf bytes.Buffer
		w := NewTMXWriter(&buf, TMXHeader{})
		if err := w.Write(in); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		removed := 0
		for _, s := range []string{id, id, src, tgt, backend, in.Glossary[0].Source, tgt} {
			_, n := CleanXML(s)
			removed += n
		}
		if w.Removed() != removed {
			t.Errorf("Removed() = %d, want %d", w.Removed(), removed)
		}
		r := NewTMXReader(&buf, "", "")
		got, err := r.Read()
		if err != nil {
			t.Fatalf("%v\n%s", err, buf.Bytes())
		}
		if _, err := r.Read(); err != io.EOF {
			t.Fatalf("second Read: %v", err)
		}
		want := tmxClean(in)
		if want.ID == "" {
			want.ID = "1" // position in the file
		}
		if !pairsEqual(got, want) {
			t.Fatalf("got %+v\nwant %+v", got, want)
		}
	})
}

func FuzzTMXReader(f *testing.F) {
	var buf bytes.Buffer
	writeAll(f, NewTMXWriter(&buf, TMXHeader{}), samplePairs())
	f.Add(buf.String())
	f.Add(`<tmx><header srclang="en"/><body><tu><tuv lang="en"><seg>a<hi>b<bpt i="1">c</bpt></hi></seg></tuv><tuv xml:lang="ar"><seg>d</seg></tuv></tu></body></tmx>`)
	f.Fuzz(func(t *testing.T, in string) {
		r := NewTMXReader(strings.NewReader(in), "", "")
		for i := 0; i < 10000; i++ {
			if _, err := r.Read(); err != nil {
				return
			}
		}
	})
}

// FuzzJSONLReader: arbitrary input never panics, and whatever parses
// writes back to JSON that parses to the same pair.
func FuzzJSONLReader(f *testing.F) {
	var buf bytes.Buffer
	writeAll(f, NewJSONLWriter(&buf), samplePairs())
	for _, line := range strings.SplitAfter(buf.String(), "\n") {
		f.Add(line)
	}
	f.Add(`{"translation":{"ar":"\ud83d\ude00","en":"\u0000"},"score":1e400}`)
	f.Fuzz(func(t *testing.T, in string) {
		r := NewJSONLReader(strings.NewReader(in))
		for i := 0; i < 1000; i++ {
			p, err := r.Read()
			if err != nil {
				return
			}
			if p.SrcLang == p.TgtLang {
				continue // a duplicate key: not writable, by design
			}
			var out bytes.Buffer
			w := NewJSONLWriter(&out)
			if err := w.Write(p); err != nil {
				t.Fatalf("read %+v but cannot write it: %v", p, err)
			}
			w.Close()
			back, err := NewJSONLReader(&out).Read()
			if err != nil || !pairsEqual(back, p) {
				t.Fatalf("%+v\nwrote %s\nread back %+v (%v)", p, out.Bytes(), back, err)
			}
		}
	})
}

// FuzzTSVRoundTrip: what the TSV writer writes, the reader reads back
// with tabs and line breaks turned into spaces.
func FuzzTSVRoundTrip(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, _, src, tgt, _ string) {
		var buf bytes.Buffer
		w := NewTSVWriter(&buf)
		w.Write(Pair{SrcLang: "ar", TgtLang: "en", Src: src, Tgt: tgt})
		w.Close()
		got, err := NewTSVReader(&buf, "", "").Read()
		want := Pair{ID: "1", SrcLang: "ar", TgtLang: "en", Src: oneLine(src, true), Tgt: oneLine(tgt, true)}
		if strings.TrimSpace(want.Src+"\t"+want.Tgt) == "" {
			if err != io.EOF {
				t.Fatalf("blank row: want io.EOF, got %+v %v", got, err)
			}
			return // a blank row is skipped
		}
		if err != nil {
			t.Fatal(err)
		}
		if !pairsEqual(got, want) {
			t.Fatalf("got %+v want %+v", got, want)
		}
	})
}
