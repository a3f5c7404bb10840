package glossary_test

import (
	"fmt"
	"strings"

	"github.com/tarjama/tarjama/glossary"
)

const exampleTSV = `# Names in the news
ar	en	note	variants
ماكغورك	McGurk	US envoy	ماكجورك
مصطفى الكاظمي	Mustafa al-Kadhimi
الكاظمي	al-Kadhimi
`

func ExampleParse() {
	g, err := glossary.Parse(strings.NewReader(exampleTSV), "names.tsv")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range g.Entries {
		fmt.Printf("line %d: %s → %s %v\n", e.Line, e.Source, e.Target, e.Variants)
	}
	_, err = glossary.Parse(strings.NewReader("ar\ten\nبايدن\n"), "bad.tsv")
	fmt.Println(err)
	// Output:
	// line 3: ماكغورك → McGurk [ماكجورك]
	// line 4: مصطفى الكاظمي → Mustafa al-Kadhimi []
	// line 5: الكاظمي → al-Kadhimi []
	// bad.tsv:2: want source<TAB>target, got one field "بايدن"
}

func ExampleMatcher_Find() {
	g, _ := glossary.Parse(strings.NewReader(exampleTSV), "names.tsv")
	m := glossary.NewMatcher(g)
	text := "التقى مصطفى الكاظمي بماكجورك، ثم قال للكاظمي"
	for _, mt := range m.Find(text) {
		fmt.Printf("[%d,%d) %q prefix %q → %s\n", mt.Start, mt.End, mt.Surface, mt.Prefix, mt.Entry.Target)
	}
	// Output:
	// [11,36) "مصطفى الكاظمي" prefix "" → Mustafa al-Kadhimi
	// [37,53) "بماكجورك" prefix "ب" → McGurk
	// [68,82) "للكاظمي" prefix "لل" → al-Kadhimi
}

func ExampleMatcher_Protect() {
	g, _ := glossary.Parse(strings.NewReader(exampleTSV), "names.tsv")
	m := glossary.NewMatcher(g)
	p := m.Protect("التقى الوزير بالكاظمي وماكغورك", glossary.MarkupHTML)
	fmt.Println(p.Text)
	// What an HTML-capable engine sends back:
	out, checks := p.Restore(`The minister met with <span translate="no">al-Kadhimi</span> and <span translate="no">McGurk</span>`)
	fmt.Println(out)
	for _, c := range checks {
		fmt.Println(c.Surface, c.Entry.Target, c.Status)
	}
	// Output:
	// التقى الوزير ب <span translate="no">al-Kadhimi</span> و <span translate="no">McGurk</span>
	// The minister met with al-Kadhimi and McGurk
	// بالكاظمي al-Kadhimi ok
	// وماكغورك McGurk ok
}

func ExampleMatcher_Verify() {
	g, _ := glossary.Parse(strings.NewReader(exampleTSV), "names.tsv")
	m := glossary.NewMatcher(g)
	for _, c := range m.Verify("وناقش الكاظمي وماكغورك القضية", "Kadhimi and McGurk discussed the issue") {
		fmt.Println(c.Entry.Target, c.Status)
	}
	// Output:
	// al-Kadhimi missing
	// McGurk ok
}

func ExampleLint() {
	g, _ := glossary.Parse(strings.NewReader("ar\ten\nبايدن\tBiden\nبایدن\tBaiden\n"), "g.tsv")
	for _, p := range glossary.Lint(g) {
		fmt.Println(p)
	}
	// Output:
	// line 3: conflict: "بایدن" → "Baiden", but line 2 says "بايدن" → "Biden"
}
