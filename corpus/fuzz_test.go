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
