package glossary

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func mustParse(t *testing.T, s string) *Glossary {
	t.Helper()
	g, err := Parse(strings.NewReader(s), "g.tsv")
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestUpsert(t *testing.T) {
	g := mustParse(t, "ar\ten\nالكاظمي\tal-Kadhimi\n")
	tests := []struct {
		e    Entry
		want UpsertResult
		err  bool
	}{
		{Entry{Source: "ماكغورك", Target: "McGurk"}, Added, false},
		{Entry{Source: "الكاظمى", Target: "al-Kadhimi"}, Unchanged, false},                            // same after normalisation
		{Entry{Source: "الكاظمي", Target: "al-Kadhimi", Variants: []string{"كاظمي"}}, Updated, false}, // new spelling
		{Entry{Source: "كاظمي", Target: "al-Kadhimi", Note: "Iraqi PM"}, Updated, false},              // found by its variant
		{Entry{Source: "الكاظمي", Target: "al-Kadhimi", Article: ArticleNone}, Updated, false},
		{Entry{Source: "الكاظمي", Target: "Kadhimi"}, Unchanged, true},
		{Entry{Source: "x\ty", Target: "z"}, Unchanged, true},
	}
	for i, tt := range tests {
		got, err := g.Upsert(tt.e)
		if got != tt.want || (err != nil) != tt.err {
			t.Errorf("%d: Upsert(%+v) = %v, %v; want %v, error %v", i, tt.e, got, err, tt.want, tt.err)
		}
	}
	var ce *ConflictError
	if _, err := g.Upsert(Entry{Source: "الكاظمي", Target: "Kadhimi"}); !errors.As(err, &ce) || ce.Existing.Target != "al-Kadhimi" {
		t.Errorf("conflict: %v", err)
	}
	e := g.Entries[0]
	if len(g.Entries) != 2 || e.Note != "Iraqi PM" || strings.Join(e.Variants, "|") != "كاظمي" || e.Article != ArticleNone {
		t.Errorf("after upserts: %+v", g.Entries)
	}
}

func TestRemoveSpelling(t *testing.T) {
	g := mustParse(t, "# c\nar\ten\tnote\tvariants\nالكاظمي\tal-Kadhimi\t\tكاظمي\nماكغورك\tMcGurk\t\tماكجورك|ماكغرك\n")
	if r, err := g.RemoveSpelling("ماكغرك"); err != nil || r.Variant != "ماكغرك" || r.Entry.Source != "ماكغورك" {
		t.Errorf("variant: %+v %v", r, err)
	}
	if r, err := g.RemoveSpelling("الكاظمى"); err != nil || r.Variant != "" || r.Entry.Source != "الكاظمي" {
		t.Errorf("entry: %+v %v", r, err)
	}
	if _, err := g.RemoveSpelling("الكاظمي"); !errors.Is(err, ErrNotFound) {
		t.Errorf("absent: %v", err)
	}
	var b bytes.Buffer
	g.Write(&b)
	if want := "# c\nar\ten\tnote\tvariants\nماكغورك\tMcGurk\t\tماكجورك\n"; b.String() != want {
		t.Errorf("file:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestNewEntry(t *testing.T) {
	e, err := NewEntry(" بايدن ", " Biden ", " US president ", []string{" بايدين ", "  "})
	if err != nil || e.Source != "بايدن" || e.Target != "Biden" || e.Note != "US president" || strings.Join(e.Variants, "|") != "بايدين" {
		t.Errorf("%+v %v", e, err)
	}
	for _, bad := range [][2]string{{"", "x"}, {"بايدن", " "}, {"...", "x"}, {"#بايدن", "x"}} {
		if _, err := NewEntry(bad[0], bad[1], "", nil); err == nil {
			t.Errorf("NewEntry(%q, %q) accepted", bad[0], bad[1])
		}
	}
}

func TestImportCountsConflicts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.tsv")
	os.WriteFile(path, []byte("# mine\nar\ten\nبايدن\tBiden\nالكاظمي\tal-Kadhimi\n"), 0o644)
	in := "en,ar,description\nBiden,بايدن,US president\nKadhimi,الكاظمي,\nMcGurk,ماكغورك,\n"
	res, err := Import(context.Background(), path, strings.NewReader(in), "google.csv", FormatFor("google.csv"), false)
	if err != nil || res.Summary() != "1 added, 1 updated, 0 unchanged, 0 replaced, 1 conflicts" || res.Conflicts[0].Incoming.Target != "Kadhimi" {
		t.Errorf("import: %+v %v", res, err)
	}
	res, err = Import(context.Background(), path, strings.NewReader(in), "google.csv", FormatCSV, true)
	if err != nil || len(res.Replaced) != 1 || len(res.Conflicts) != 0 {
		t.Errorf("import --replace: %+v %v", res, err)
	}
	var me *MergeError
	if _, err := Import(context.Background(), path, strings.NewReader("fr\tde\nx\ty\n"), "other.tsv", FormatTSV, false); !errors.As(err, &me) {
		t.Errorf("other language pair: %v", err)
	}
	var pe *ParseError
	if _, err := Import(context.Background(), path, strings.NewReader("ar\ten\nبايدن\n"), "bad.tsv", FormatTSV, false); !errors.As(err, &pe) {
		t.Errorf("malformed: %v", err)
	}
	if g, _ := Load(path); len(g.Entries) != 3 || g.Entries[1].Target != "Kadhimi" {
		t.Errorf("file after imports: %+v", g.Entries)
	}
}

func TestFormats(t *testing.T) {
	for name, want := range map[string]string{"a.csv": FormatCSV, "a.TBX": FormatTBX, "a.xml": FormatTBX, "a.tsv": FormatTSV, "-": FormatTSV} {
		if got := FormatFor(name); got != want {
			t.Errorf("FormatFor(%q) = %q", name, got)
		}
	}
	g := mustParse(t, "ar\ten\nبايدن\tBiden\n")
	var b bytes.Buffer
	if err := WriteFormat(&b, g, FormatCSV, true); err != nil || b.String() != "بايدن,Biden\n" {
		t.Errorf("csv pairs: %q %v", b.String(), err)
	}
	if WriteFormat(&b, g, FormatTSV, true) == nil || WriteFormat(&b, g, "xml", false) == nil || WriteList(&b, g, "xml") == nil {
		t.Error("bad format accepted")
	}
	if _, err := ReadFormat(strings.NewReader(""), "xml", "x", "ar", "en"); err == nil {
		t.Error("ReadFormat accepted xml")
	}
}

func TestWriteListAndMatches(t *testing.T) {
	g := mustParse(t, "ar\ten\tarticle\nالولايات المتحدة\tUnited States\tthe\n")
	var b bytes.Buffer
	if err := WriteList(&b, g, ListJSON); err != nil || !strings.Contains(b.String(), `"article": "the"`) {
		t.Errorf("json: %s %v", b.String(), err)
	}
	b.Reset()
	if err := WriteList(&b, g, ListTSV); err != nil || b.String() != "ar\ten\tarticle\nالولايات المتحدة\tUnited States\tthe\n" {
		t.Errorf("tsv: %q %v", b.String(), err)
	}
	b.Reset()
	ms := NewMatcher(g).Find("في الولايات المتحدة")
	if err := WriteMatches(&b, ms, MatchText, "g.tsv"); err != nil || b.String() != "5-36\tالولايات المتحدة\tالولايات المتحدة → United States\t(g.tsv:2)\n" {
		t.Errorf("text: %q %v", b.String(), err)
	}
	if WriteMatches(&b, ms, "xml", "g.tsv") == nil {
		t.Error("bad match format accepted")
	}
	if _, err := Parse(strings.NewReader("ar\ten\tarticle\nبايدن\tBiden\tsome\n"), "a.tsv"); err == nil || !strings.Contains(err.Error(), "a.tsv:2: article") {
		t.Errorf("bad article: %v", err)
	}
}

func TestAudit(t *testing.T) {
	m := NewMatcher(mustParse(t, "ar\ten\nالكاظمي\tal-Kadhimi\nماكغورك\tMcGurk\n"))
	var a Audit
	a.Add(m, "التقى بالكاظمي", "He met al-Kadhimi.")
	missing := a.Add(m, "وناقش الكاظمي وماكغورك", "Kadhimi and McGurk discussed.")
	a.Add(m, "لا شيء", "Nothing.")
	if a != (Audit{Pairs: 3, WithTerms: 2, Occurrences: 3, Missing: 1}) || len(missing) != 1 || missing[0].Entry.Target != "al-Kadhimi" {
		t.Errorf("%+v %+v", a, missing)
	}
}

func TestDefaultPath(t *testing.T) {
	env := map[string]string{}
	getenv := func(k string) string { return env[k] }
	if p := DefaultPath("", getenv); p != "glossary.tsv" {
		t.Errorf("default %q", p)
	}
	env["TARJAMA_GLOSSARY"] = "/x/env.tsv"
	if p := DefaultPath("", getenv); p != "/x/env.tsv" {
		t.Errorf("env %q", p)
	}
	if p := DefaultPath("flag.tsv", getenv); p != "flag.tsv" {
		t.Errorf("flag %q", p)
	}
}
