package lexicon

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// unmasked returns the rule set of rules with every kind mask cleared: run
// then calls each rule on every word, as before the masks.
func unmasked(rules []rule) *ruleSet {
	rs := append([]rule(nil), rules...)
	for i := range rs {
		rs[i].kinds, rs[i].keys = 0, nil
	}
	return newRuleSet(rs)
}

// TestKindMasksOnlySkipPasses translates our development text, the own
// reference sources and the rule table's cases once with the rules' kind
// masks and once with every rule called on every word: the text and the
// rules that fired must be the same line by line, as a mask may only skip
// a call that would have returned pass.
func TestKindMasksOnlySkipPasses(t *testing.T) {
	files, _ := filepath.Glob("testdata/devtext*_ar.txt")
	own, _ := filepath.Glob("testdata/ownref/*.ar")
	files = append(files, own...)
	if len(files) < 2 {
		t.Fatalf("found only %v", files)
	}
	var lines []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if strings.TrimSpace(l) != "" {
				lines = append(lines, l)
			}
		}
	}
	var cases []string
	for _, c := range loadRuleCases(t) {
		cases = append(cases, c.Ar)
	}
	full, mini := newT(t), miniTranslator(t)
	explain := func() (a, b []Explanation) {
		for _, l := range lines {
			a = append(a, full.Explain(l))
		}
		for _, c := range cases {
			b = append(b, mini.Explain(c))
		}
		return a, b
	}
	masked, maskedCases := explain()

	saved := [4]*ruleSet{homographSet, verbSet, contextSet, mergeSet}
	t.Cleanup(func() { homographSet, verbSet, contextSet, mergeSet = saved[0], saved[1], saved[2], saved[3] })
	homographSet, verbSet, contextSet, mergeSet = unmasked(homographRules), unmasked(verbRules), unmasked(contextRules), unmasked(mergeRules)
	plain, plainCases := explain()

	diff := func(src []string, got, want []Explanation) {
		n := 0
		for i := range src {
			if !reflect.DeepEqual(got[i], want[i]) {
				if n++; n <= 5 {
					t.Errorf("%s\n masked   %q %v\n unmasked %q %v", src[i], got[i].Text, got[i].Rules, want[i].Text, want[i].Rules)
				}
			}
		}
		if n > 5 {
			t.Errorf("… %d lines differ in all", n)
		}
	}
	diff(lines, masked, plain)
	diff(cases, maskedCases, plainCases)
	if len(lines) < 500 {
		t.Errorf("only %d lines read", len(lines))
	}
}
