package glossary

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

type articleCase struct {
	Name     string `json:"name"`
	Rule     string `json:"rule"`     // the rule of data/articles.tsv the case pins
	Glossary string `json:"glossary"` // the glossary file
	Src      string `json:"src"`
	Markup   string `json:"markup"` // "text" (default) or "html"
	MT       string `json:"mt"`     // what the engine returned for the protected text
	Want     string `json:"want"`   // after Restore
}

// TestArticles runs the numbered cases of testdata/articles.json: the
// article Restore writes before a target (issue: "in the United States"
// came out "in United States").
func TestArticles(t *testing.T) {
	data, err := os.ReadFile("testdata/articles.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []articleCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	pinned := map[string]bool{}
	for _, c := range cases {
		pinned[c.Rule] = true
		t.Run(c.Name, func(t *testing.T) {
			g, err := Parse(strings.NewReader(c.Glossary), c.Name)
			if err != nil {
				t.Fatal(err)
			}
			markup := MarkupText
			if c.Markup == "html" {
				markup = MarkupHTML
			}
			p := NewMatcher(g).Protect(c.Src, markup)
			if len(p.Matches) == 0 {
				t.Fatalf("no term found in %q", c.Src)
			}
			got, checks := p.Restore(c.MT)
			if got != c.Want {
				t.Errorf("Restore(%q) = %q, want %q", c.MT, got, c.Want)
			}
			for _, ch := range checks {
				if ch.Status == StatusMissing {
					t.Errorf("%s reported missing", ch.Entry.Target)
				}
			}
		})
	}
	for name := range articles.names {
		if !pinned[name] {
			t.Errorf("rule %q of data/articles.tsv has no case in testdata/articles.json", name)
		}
	}
}

func TestArticleRulesParse(t *testing.T) {
	for _, bad := range []string{"name\twhere\tarabic\twords\nx\tsomewhere\tany\ta|b\n", "name\twhere\tarabic\twords\nx\thead\ta\n", "name\twhere\tarabic\twords\nx\thead\tsometimes\ta\n"} {
		if _, err := parseArticleRules(bad); err == nil {
			t.Errorf("parseArticleRules(%q) accepted", bad)
		}
	}
}

// Verify only checks: it never adds an article.
func TestVerifyAddsNoArticle(t *testing.T) {
	g, _ := Parse(strings.NewReader("ar\ten\nالولايات المتحدة\tUnited States\n"), "")
	checks := NewMatcher(g).Verify("في الولايات المتحدة", "in United States")
	if len(checks) != 1 || checks[0].Status != StatusOK {
		t.Errorf("%+v", checks)
	}
}
