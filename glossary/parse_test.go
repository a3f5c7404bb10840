package glossary

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		msg      string
	}{
		{"no header", "الكاظمي\tal-Kadhimi\n", 1, "header row of language codes"},
		{"header after comment", "# c\n\nfoo bar\n", 3, "header row"},
		{"same language", "ar\tar\n", 1, "both"},
		{"unknown column", "ar\ten\tcomment\n", 1, "unknown column"},
		{"column twice", "ar\ten\tnote\tNote\n", 1, "twice"},
		{"one field", "ar\ten\n# x\nالكاظمي\n", 3, "one field"},
		{"too many fields", "ar\ten\nأ\tb\tc\n", 2, "3 fields"},
		{"bad case", "ar\ten\tcase\nأ\tb\tmaybe\n", 2, "case"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tt.in), "g.tsv")
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want *ParseError", err)
			}
			if pe.File != "g.tsv" || pe.Line != tt.line || !strings.Contains(pe.Msg, tt.msg) {
				t.Errorf("got %s:%d %q, want g.tsv:%d containing %q", pe.File, pe.Line, pe.Msg, tt.line, tt.msg)
			}
			if !strings.HasPrefix(err.Error(), "g.tsv:") {
				t.Errorf("Error() = %q does not start with file:line", err)
			}
		})
	}
}

func TestParseFields(t *testing.T) {
	in := "\uFEFF# names\r\nar\ten\tcase\tvariants\tnote\r\n ماكغورك \t McGurk\t\tماكجورك| ماكغرك |\tenvoy\r\nفيروس كورونا\tcoronavirus\tignore\n\nبايدن\tBiden\t\t\t\t\n"
	g, err := Parse(strings.NewReader(in), "")
	if err != nil {
		t.Fatal(err)
	}
	if g.SrcLang != "ar" || g.TgtLang != "en" || len(g.Entries) != 3 {
		t.Fatalf("got %s→%s with %d entries", g.SrcLang, g.TgtLang, len(g.Entries))
	}
	e := g.Entries[0]
	if e.Source != "ماكغورك" || e.Target != "McGurk" || e.Note != "envoy" || strings.Join(e.Variants, ",") != "ماكجورك,ماكغرك" || e.IgnoreCase || e.Line != 3 {
		t.Errorf("entry 0 = %+v", e)
	}
	if !g.Entries[1].IgnoreCase || g.Entries[1].Line != 4 {
		t.Errorf("entry 1 = %+v", g.Entries[1])
	}
}

func TestEmptyInput(t *testing.T) {
	g, err := Parse(strings.NewReader("# only a comment\n"), "x")
	if err != nil || g.SrcLang != "ar" || g.TgtLang != "en" || len(g.Entries) != 0 {
		t.Fatalf("got %+v, %v", g, err)
	}
}

// TestWriteKeepsLayout edits a parsed file and checks that comments, blank
// lines, column order and untouched entries come back as they were.
func TestWriteKeepsLayout(t *testing.T) {
	in := "# Names\n\nar\ten\tnote\n# Iraq\nالكاظمي\tal-Kadhimi\tPM\n\n# US\nبايدن\tBiden\nماكغورك\tMcGurk\n# end\n"
	g, err := Parse(strings.NewReader(in), "")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := g.Write(&b); err != nil {
		t.Fatal(err)
	}
	if b.String() != in {
		t.Errorf("unchanged write:\n%s\nwant:\n%s", b.String(), in)
	}
	g.Remove(1)
	g.Add(Entry{Source: "داعش", Target: "ISIS", Variants: []string{"الدولة الإسلامية"}})
	b.Reset()
	if err := g.Write(&b); err != nil {
		t.Fatal(err)
	}
	want := "# Names\n\nar\ten\tnote\tvariants\n# Iraq\nالكاظمي\tal-Kadhimi\tPM\n\n# US\nماكغورك\tMcGurk\n# end\nداعش\tISIS\t\tالدولة الإسلامية\n"
	if b.String() != want {
		t.Errorf("edited write:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestWriteRejectsUnrepresentable(t *testing.T) {
	for _, e := range []Entry{
		{Source: "a\tb", Target: "x"},
		{Source: "#tag", Target: "x"},
		{Source: "", Target: "#x"},
		{Source: "a", Target: "x\ny"},
		{Source: "a", Target: "x", Variants: []string{"b|c"}},
		{Source: " a", Target: "x"},
	} {
		g := New("ar", "en")
		g.Add(e)
		var b bytes.Buffer
		if err := g.Write(&b); err == nil {
			t.Errorf("Write(%+v) succeeded with %q", e, b.String())
		}
	}
}

func TestVersion(t *testing.T) {
	parse := func(s string) *Glossary {
		g, err := Parse(strings.NewReader(s), "")
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	a := parse("ar\ten\tnote\nبايدن\tBiden\tone\n")
	b := parse("# comment\nar\ten\tnote\n\nبايدن\tBiden\tanother note\n")
	c := parse("ar\ten\nبايدن\tJoe Biden\n")
	if a.Version() != b.Version() {
		t.Error("notes, comments or layout changed the version")
	}
	if a.Version() == c.Version() {
		t.Error("a different target kept the version")
	}
	if len(a.Version()) != 12 {
		t.Errorf("Version() = %q, want 12 hex digits", a.Version())
	}
}

func FuzzParse(f *testing.F) {
	f.Add("ar\ten\tnote\tvariants\tcase\n# c\nماكغورك\tMcGurk\tenvoy\tماكجورك|ماكغرك\tignore\n")
	f.Add("\uFEFF\n\nar\ten\n\tBiden\nالكاظمي\t\n")
	f.Add("en-US\tar_EG\tcase\n a \t b \t exact\t\t\n")
	f.Fuzz(func(t *testing.T, in string) {
		g, err := Parse(strings.NewReader(in), "fuzz")
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line < 1 {
				t.Fatalf("error %v is not a *ParseError with a line", err)
			}
			return
		}
		var b1 bytes.Buffer
		if err := g.Write(&b1); err != nil {
			t.Fatalf("parsed glossary does not write back: %v", err)
		}
		g2, err := Parse(bytes.NewReader(b1.Bytes()), "again")
		if err != nil {
			t.Fatalf("written glossary does not parse: %v\n%q", err, b1.String())
		}
		if g.Version() != g2.Version() || len(g.Entries) != len(g2.Entries) {
			t.Fatalf("parse→write→parse changed the entries:\n%q", b1.String())
		}
		for i := range g.Entries {
			a, b := g.Entries[i], g2.Entries[i]
			if a.Note != b.Note || a.Source != b.Source || a.Target != b.Target {
				t.Fatalf("entry %d: %+v became %+v", i, a, b)
			}
		}
		var b2 bytes.Buffer
		if err := g2.Write(&b2); err != nil || b2.String() != b1.String() {
			t.Fatalf("second write differs (%v):\n%q\n%q", err, b1.String(), b2.String())
		}
	})
}
