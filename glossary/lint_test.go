package glossary

import (
	"strings"
	"testing"
)

func TestLint(t *testing.T) {
	in := `ar	en	note	variants
بايدن	Biden
بايدن	Biden
الكاظمى	Kadhimi
الكاظمي	al-Kadhimi
مصطفى الكاظمي	Mustafa Kazemi
ماكغورك		no target
	Psaki
!!!	bangs
ترامب	Trump		ترامب
عين الأسد	Ain al-Asad
وبعين الأسد	Ain al-Asad
للكاظمي	the Kadhimi
`
	g, err := Parse(strings.NewReader(in), "g.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range Lint(g) {
		got = append(got, p.String())
	}
	want := []string{
		`line 3: duplicate: "بايدن" → "Biden" is already line 2`,
		`line 4: hidden: "الكاظمي" → "Kadhimi" is inside "مصطفى الكاظمي" of line 6, whose target "Mustafa Kazemi" does not contain "Kadhimi"`,
		`line 5: conflict: "الكاظمي" → "al-Kadhimi", but line 4 says "الكاظمى" → "Kadhimi"`,
		`line 7: empty-target: "ماكغورك" has no target; it is ignored`,
		`line 8: empty-source: no source term for target "Psaki"`,
		`line 9: empty-source: "!!!" has no letters or digits to match`,
		`line 10: duplicate: "ترامب" is the same spelling as "ترامب" in the same entry`,
		`line 12: duplicate: "وبعين الأسد" is "عين الأسد" of line 11 with a clitic or the article, which are matched anyway`,
		`line 13: conflict: "للكاظمي" → "the Kadhimi", but it reads as "الكاظمى" of line 4 → "Kadhimi" with a clitic or the article`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Lint:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	clean, _ := Load("testdata/glossary.tsv")
	if ps := Lint(clean); len(ps) != 0 {
		t.Errorf("testdata/glossary.tsv has problems: %v", ps)
	}
}

func TestMerge(t *testing.T) {
	g, _ := Parse(strings.NewReader("# keep me\nar\ten\tnote\nبايدن\tBiden\nالكاظمي\tal-Kadhimi\tPM\n"), "")
	in := New("ar", "en")
	in.Add(Entry{Source: "بايدن", Target: "Biden", Note: "US president", Variants: []string{"بایدن"}})
	in.Add(Entry{Source: "الكاظمى", Target: "Kadhimi"})
	in.Add(Entry{Source: "ماكغورك", Target: "McGurk"})
	in.Add(Entry{Source: "ماكغورك", Target: "McGurk"})
	res, err := g.Merge(in, false)
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 1 || res.Updated != 1 || res.Unchanged != 1 || len(res.Conflicts) != 1 || len(res.Replaced) != 0 {
		t.Fatalf("result %+v", res)
	}
	if c := res.Conflicts[0]; c.Existing.Target != "al-Kadhimi" || c.Incoming.Target != "Kadhimi" {
		t.Errorf("conflict %+v", c)
	}
	if g.Entries[1].Target != "al-Kadhimi" {
		t.Error("a conflicting target was overwritten without replace")
	}
	if e := g.Entries[0]; e.Note != "US president" || len(e.Variants) != 0 {
		// بایدن normalises like بايدن: not a new spelling.
		t.Errorf("entry 0 = %+v", e)
	}
	res, err = g.Merge(in, true)
	if err != nil || len(res.Replaced) != 1 || g.Entries[1].Target != "Kadhimi" {
		t.Fatalf("replace: %+v %v %+v", res, err, g.Entries[1])
	}
	if e := g.Entries[1]; e.Source != "الكاظمى" || strings.Join(e.Variants, "|") != "" {
		// الكاظمي normalises like الكاظمى, so it is not kept twice.
		t.Errorf("replaced entry %+v", e)
	}
	if _, err := g.Merge(New("en", "ar"), false); err == nil {
		t.Error("merging another language pair succeeded")
	}
}
