package glossary

import (
	"encoding/json"
	"html"
	"os"
	"regexp"
	"strings"
	"testing"
)

// adherenceCase is one case of testdata/adherence.json: a text and every
// match the test glossary must find in it, in order (none for look-alike
// negatives).
type adherenceCase struct {
	Name string `json:"name"`
	Text string `json:"text"`
	Want []struct {
		Surface  string `json:"surface"`
		Target   string `json:"target"`
		Prefix   string `json:"prefix"`
		Detached string `json:"detached"` // the clitic words Protect writes before the target
		Article  string `json:"article"`  // the article Restore adds after them ("the"), see data/articles.tsv
	} `json:"want"`
}

func loadAdherence(t testing.TB) (*Matcher, []adherenceCase) {
	t.Helper()
	g, err := Load("testdata/glossary.tsv")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("testdata/adherence.json")
	if err != nil {
		t.Fatal(err)
	}
	var f struct{ Cases []adherenceCase }
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	return NewMatcher(g), f.Cases
}

func TestAdherenceMatches(t *testing.T) {
	m, cases := loadAdherence(t)
	positives, negatives := 0, 0
	for _, c := range cases {
		positives += len(c.Want)
		if len(c.Want) == 0 {
			negatives++
		}
		t.Run(c.Name, func(t *testing.T) {
			got := m.Find(c.Text)
			if len(got) != len(c.Want) {
				t.Fatalf("Find(%q) = %d matches %v, want %d", c.Text, len(got), surfaces(got), len(c.Want))
			}
			for i, w := range c.Want {
				g := got[i]
				if g.Surface != w.Surface || g.Entry.Target != w.Target || g.Prefix != w.Prefix {
					t.Errorf("match %d = %q → %q prefix %q, want %q → %q prefix %q",
						i, g.Surface, g.Entry.Target, g.Prefix, w.Surface, w.Target, w.Prefix)
				}
				if c.Text[g.Start:g.End] != g.Surface || c.Text[g.Start:g.TermStart] != g.Prefix {
					t.Errorf("match %d: offsets [%d %d %d] disagree with surface %q and prefix %q", i, g.Start, g.TermStart, g.End, g.Surface, g.Prefix)
				}
			}
		})
	}
	if positives < 40 || negatives < 15 {
		t.Errorf("adherence set has %d positives and %d negatives; want ≥ 40 and ≥ 15", positives, negatives)
	}
	t.Logf("%d positive occurrences, %d look-alike negatives", positives, negatives)
}

func surfaces(ms []Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Surface+"→"+m.Entry.Target)
	}
	return out
}

var (
	arabicWord = regexp.MustCompile(`[\p{Arabic}\x{200c}]+`)
	spanRe     = regexp.MustCompile(`<span translate="no">(.*?)</span>`)
)

// simEngine stands for a translation engine that knows no names: it turns
// every Arabic word into "w", translates a detached clitic as the function
// word it is, copies Latin text and keeps protected spans.
func simEngine(s string) string {
	clitic := map[string]string{"و": "and", "ف": "so", "ب": "with", "ك": "like", "ل": "to", "س": "will"}
	return arabicWord.ReplaceAllStringFunc(s, func(w string) string {
		if en, ok := clitic[w]; ok {
			return en
		}
		return "w"
	})
}

// reverseWords reverses the order of the space-separated words of s.
func reverseWords(s string) string {
	f := strings.Fields(s)
	for i, j := 0, len(f)-1; i < j; i, j = i+1, j-1 {
		f[i], f[j] = f[j], f[i]
	}
	return strings.Join(f, " ")
}

func TestAdherenceProtectRestore(t *testing.T) {
	m, cases := loadAdherence(t)
	clitic := map[string]string{"و": "and", "ف": "so", "ب": "with", "ك": "like", "ل": "to", "س": "will"}
	for _, c := range cases {
		for _, f := range []Markup{MarkupText, MarkupHTML} {
			name := c.Name + "/text"
			if f == MarkupHTML {
				name = c.Name + "/html"
			}
			t.Run(name, func(t *testing.T) {
				p := m.Protect(c.Text, f)
				for _, w := range c.Want {
					protected := strings.Join(strings.Fields(w.Target), "-")
					if f == MarkupHTML {
						protected = `<span translate="no">` + html.EscapeString(w.Target) + `</span>`
					}
					if w.Detached != "" {
						protected = w.Detached + " " + protected
					}
					if !strings.Contains(p.Text, protected) {
						t.Errorf("protected text %q lacks %q", p.Text, protected)
					}
				}
				if f == MarkupText && len(c.Want) == 0 && p.Text != c.Text {
					t.Errorf("text without terms changed: %q", p.Text)
				}
				// Identity engine: every target comes back exactly.
				out, checks := p.Restore(p.Text)
				assertChecks(t, checks, c, StatusOK)
				for _, w := range c.Want {
					if !strings.Contains(out, w.Target) {
						t.Errorf("identity: output %q lacks %q", out, w.Target)
					}
				}
				// An engine that translates the clitics and copies the rest.
				out, checks = p.Restore(simEngine(p.Text))
				assertChecks(t, checks, c, StatusOK)
				for _, w := range c.Want {
					want := w.Target
					if w.Detached != "" {
						var words []string
						for _, d := range strings.Fields(w.Detached) {
							words = append(words, clitic[d])
						}
						want = strings.Join(words, " ") + " " + w.Target
						if w.Article != "" {
							want = strings.Join(words, " ") + " " + w.Article + " " + w.Target
						}
					}
					if !strings.Contains(out, want) {
						t.Errorf("engine: output %q lacks %q", out, want)
					}
				}
				// An engine that reorders every word of the sentence: a
				// multi-word target still comes back whole.
				out, checks = p.Restore(reverseWords(simEngine(p.Text)))
				if f == MarkupText {
					assertChecks(t, checks, c, StatusOK)
					for _, w := range c.Want {
						if !strings.Contains(out, w.Target) {
							t.Errorf("reordering engine: output %q lacks %q", out, w.Target)
						}
					}
				}
			})
		}
	}
}

func assertChecks(t *testing.T, checks []Check, c adherenceCase, status string) {
	t.Helper()
	if len(checks) != len(c.Want) {
		t.Fatalf("%d checks, want %d", len(checks), len(c.Want))
	}
	for i, ch := range checks {
		if ch.Status != status || ch.Entry.Target != c.Want[i].Target || ch.Surface != c.Want[i].Surface {
			t.Errorf("check %d = %q %q %s, want %q %q %s", i, ch.Surface, ch.Entry.Target, ch.Status, c.Want[i].Surface, c.Want[i].Target, status)
		}
	}
}

// TestRestoreRepairs feeds Restore what real engines do to protected
// terms: HTML spans whose content was touched, targets re-cased or
// re-spaced in text mode, and terms dropped altogether.
func TestRestoreRepairs(t *testing.T) {
	m, _ := loadAdherence(t)
	src := "التقى بايدن بالكاظمي وماكغورك"
	tests := []struct {
		name   string
		markup Markup
		engine func(string) string
		want   string
		status []string
	}{
		{"html span content translated", MarkupHTML, func(s string) string {
			return spanRe.ReplaceAllStringFunc(simEngine(s), func(sp string) string {
				return `<span translate="no">` + strings.ToUpper(spanRe.FindStringSubmatch(sp)[1]) + `</span>`
			})
		}, "w Biden with al-Kadhimi and McGurk", []string{StatusRepaired, StatusRepaired, StatusRepaired}},
		{"html span attributes rewritten and spaces added", MarkupHTML, func(s string) string {
			return strings.ReplaceAll(strings.ReplaceAll(simEngine(s), `<span translate="no">`, `<span translate='no' class="x"> `), `</span>`, ` </span>`)
		}, "w Biden with al-Kadhimi and McGurk", []string{StatusOK, StatusOK, StatusOK}},
		{"html tags dropped, text kept", MarkupHTML, func(s string) string {
			return spanRe.ReplaceAllString(simEngine(s), "$1")
		}, "w Biden with al-Kadhimi and McGurk", []string{StatusOK, StatusOK, StatusOK}},
		{"html markup escaped as text", MarkupHTML, func(s string) string {
			return html.EscapeString(simEngine(s))
		}, "w Biden with al-Kadhimi and McGurk", []string{StatusRepaired, StatusRepaired, StatusRepaired}},
		{"text re-cased and re-spaced", MarkupText, func(s string) string {
			return strings.NewReplacer("McGurk", "Mc Gurk", "al-Kadhimi", "Al Kadhimi").Replace(simEngine(s))
		}, "w Biden with al-Kadhimi and McGurk", []string{StatusOK, StatusRepaired, StatusRepaired}},
		{"sentence-initial capital is fine", MarkupText, func(string) string {
			return "Al-Kadhimi met Biden and McGurk."
		}, "Al-Kadhimi met Biden and McGurk.", []string{StatusOK, StatusOK, StatusOK}},
		{"term dropped", MarkupText, func(string) string {
			return "He met Biden and the envoy."
		}, "He met Biden and the envoy.", []string{StatusOK, StatusMissing, StatusMissing}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := m.Protect(src, tt.markup)
			out, checks := p.Restore(tt.engine(p.Text))
			if out != tt.want {
				t.Errorf("Restore = %q, want %q", out, tt.want)
			}
			var got []string
			for _, c := range checks {
				got = append(got, c.Status)
			}
			if strings.Join(got, " ") != strings.Join(tt.status, " ") {
				t.Errorf("statuses %v, want %v", got, tt.status)
			}
		})
	}
}

func TestVerify(t *testing.T) {
	m, _ := loadAdherence(t)
	tests := []struct {
		src, tgt string
		want     []string
	}{
		{"التقى بايدن بالكاظمي", "Biden met al-Kadhimi.", []string{"ok", "ok"}},
		{"التقى بايدن بالكاظمي", "Biden met Kadhimi.", []string{"ok", "missing"}},
		// Two occurrences need two translations.
		{"بايدن وبايدن", "Biden and Biden", []string{"ok", "ok"}},
		{"بايدن وبايدن", "Biden and him", []string{"ok", "missing"}},
		// "Joe Biden" does not count as the other "Biden".
		{"جو بايدن وبايدن", "Joe Biden and him", []string{"ok", "missing"}},
		{"جو بايدن وبايدن", "Joe Biden and Biden", []string{"ok", "ok"}},
		// Whole words only; letter case as the entry says.
		{"ماكغورك", "McGurkian", []string{"missing"}},
		{"ماكغورك", "MCGURK", []string{"missing"}},
		{"فيروس كورونا", "The Coronavirus", []string{"ok"}},
		{"بغداد", "", []string{"missing"}},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range m.Verify(tt.src, tt.tgt) {
			got = append(got, c.Status)
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("Verify(%q, %q) = %v, want %v", tt.src, tt.tgt, got, tt.want)
		}
	}
}
