package lexicon

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var draftRules = flag.String("draftrules", "", "print the translation and fired rules of each RULE|ARABIC line of this file (to write testdata/rules.json)")

// ruleCase is one numbered case of testdata/rules.json: the Arabic, the
// English wanted and the rule that must fire on it.
type ruleCase struct {
	Name string `json:"name"`
	Rule string `json:"rule"`
	Ar   string `json:"ar"`
	Want string `json:"want"`
}

func loadRuleCases(tb testing.TB) []ruleCase {
	tb.Helper()
	b, err := os.ReadFile("testdata/rules.json")
	if err != nil {
		tb.Fatal(err)
	}
	var cs []ruleCase
	if err := json.Unmarshal(b, &cs); err != nil {
		tb.Fatal(err)
	}
	return cs
}

func fired(x Explanation, name string) bool {
	for _, c := range x.Rules {
		if c.Name == name {
			return true
		}
	}
	return false
}

// TestRuleCases runs testdata/rules.json on the small fixed vocabulary of
// rules_test.go: each case must translate as wanted with its rule firing,
// and every rule must have a case.
func TestRuleCases(t *testing.T) {
	tr := miniTranslator(t)
	known := map[string]bool{}
	for _, r := range allRules() {
		known[r.name] = true
	}
	covered := map[string]bool{}
	names := map[string]bool{}
	for _, c := range loadRuleCases(t) {
		if names[c.Name] {
			t.Errorf("duplicate case name %q", c.Name)
		}
		names[c.Name] = true
		if !known[c.Rule] {
			t.Errorf("%s: unknown rule %q", c.Name, c.Rule)
		}
		covered[c.Rule] = true
		t.Run(c.Name, func(t *testing.T) {
			x := tr.Explain(c.Ar)
			if x.Text != c.Want {
				t.Errorf("%s\n got %q\nwant %q", c.Ar, x.Text, c.Want)
			}
			if !fired(x, c.Rule) {
				t.Errorf("%s: rule %q did not fire (fired: %v)", c.Ar, c.Rule, x.Rules)
			}
		})
	}
	for name := range known {
		if !covered[name] {
			t.Errorf("rule %q has no case in testdata/rules.json", name)
		}
	}
}

func TestDraftRules(t *testing.T) {
	if *draftRules == "" {
		t.Skip("no -draftrules file")
	}
	b, err := os.ReadFile(*draftRules)
	if err != nil {
		t.Fatal(err)
	}
	tr := miniTranslator(t)
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		rule, ar, _ := strings.Cut(line, "|")
		x := tr.Explain(ar)
		fmt.Printf("%s|%s|%s|%v|%v\n", rule, ar, x.Text, fired(x, rule), x.Rules)
	}
}
