package glossary

import (
	"fmt"
	"sort"
	"strings"
)

// Problem kinds reported by Lint.
const (
	ProblemEmptySource = "empty-source" // no source term (or nothing matchable in it)
	ProblemEmptyTarget = "empty-target" // no target: the entry is ignored
	ProblemDuplicate   = "duplicate"    // same spelling and target as an earlier entry
	ProblemConflict    = "conflict"     // same spelling, different target
	ProblemHidden      = "hidden"       // its rule is overridden by a longer entry
)

// Problem is one finding of Lint.
type Problem struct {
	Line  int    // line of the entry in its file, 0 if unknown
	Entry int    // index in Entries
	Kind  string // one of the Problem* constants
	Msg   string
}

// In formats p for a glossary file: "FILE:LINE: kind: message".
func (p Problem) In(file string) string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s: %s", file, p.Line, p.Kind, p.Msg)
	}
	return file + ": " + p.String()
}

func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("line %d: %s: %s", p.Line, p.Kind, p.Msg)
	}
	return fmt.Sprintf("entry %d: %s: %s", p.Entry+1, p.Kind, p.Msg)
}

// Lint finds entries that will not do what their author meant:
//   - empty sides;
//   - duplicates and conflicts: two entries (or an entry's own variants)
//     whose spellings are the same after normalisation — only the first is
//     ever matched — or a spelling that is another entry with a clitic or
//     the article attached (بالكاظمي beside الكاظمي);
//   - entries hidden by longer ones: a longer entry contains the term, but
//     its target does not contain the term's target, so inside the longer
//     term the shorter one's translation is not enforced (e.g. الكاظمي →
//     al-Kadhimi but مصطفى الكاظمي → Mustafa Kadhimi).
func Lint(g *Glossary) []Problem {
	var out []Problem
	add := func(i int, kind, format string, args ...any) {
		out = append(out, Problem{Line: g.Entries[i].Line, Entry: i, Kind: kind, Msg: fmt.Sprintf(format, args...)})
	}
	type spelling struct {
		entry int
		text  string
	}
	first := map[string]spelling{} // normalised spelling → first owner
	for i := range g.Entries {
		e := &g.Entries[i]
		if strings.TrimSpace(e.Target) == "" {
			add(i, ProblemEmptyTarget, "%q has no target; it is ignored", e.Source)
		}
		if strings.TrimSpace(e.Source) == "" {
			add(i, ProblemEmptySource, "no source term for target %q", e.Target)
		}
		for _, s := range e.Sources() {
			if strings.TrimSpace(s) == "" {
				continue
			}
			key := Normalize(s)
			if key == "" {
				add(i, ProblemEmptySource, "%q has no letters or digits to match", s)
				continue
			}
			prev, seen := first[key]
			switch {
			case !seen:
				first[key] = spelling{i, s}
			case prev.entry == i:
				add(i, ProblemDuplicate, "%q is the same spelling as %q in the same entry", s, prev.text)
			case g.Entries[prev.entry].Target == e.Target:
				add(i, ProblemDuplicate, "%q → %q is already %s", s, e.Target, where(g, prev.entry))
			default:
				add(i, ProblemConflict, "%q → %q, but %s says %q → %q", s, e.Target,
					where(g, prev.entry), prev.text, g.Entries[prev.entry].Target)
			}
		}
	}
	m := NewMatcher(g)
	// A spelling that is another entry with a clitic or the article
	// attached (بالكاظمي beside الكاظمي) adds nothing, or contradicts it.
	for i := range g.Entries {
		e := &g.Entries[i]
		if strings.TrimSpace(e.Target) == "" {
			continue
		}
		for _, s := range e.Sources() {
			for _, j := range m.cliticReadings(s) {
				if j == i {
					continue
				}
				o := &g.Entries[j]
				if o.Target == e.Target {
					add(i, ProblemDuplicate, "%q is %q of %s with a clitic or the article, which are matched anyway", s, o.Source, where(g, j))
				} else {
					add(i, ProblemConflict, "%q → %q, but it reads as %q of %s → %q with a clitic or the article", s, e.Target, o.Source, where(g, j), o.Target)
				}
			}
		}
	}
	// Hidden: run the matcher over each entry's spellings.
	for i := range g.Entries {
		long := &g.Entries[i]
		if strings.TrimSpace(long.Target) == "" {
			continue
		}
		for _, s := range long.Sources() {
			words := strings.Fields(s)
			if len(words) < 2 {
				continue
			}
			// Without its first word, then without its last, the spelling
			// shows the shorter terms inside it rather than itself.
			for _, part := range []string{strings.Join(words[1:], " "), strings.Join(words[:len(words)-1], " ")} {
				for _, mt := range m.Find(part) {
					short := mt.Entry
					if mt.Index == i || containsFold(long.Target, short.Target, short.IgnoreCase) {
						continue
					}
					add(mt.Index, ProblemHidden, "%q → %q is inside %q of %s, whose target %q does not contain %q",
						mt.Surface, short.Target, s, where(g, i), long.Target, short.Target)
				}
			}
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Entry < out[b].Entry })
	return dedupProblems(out)
}

func dedupProblems(ps []Problem) []Problem {
	seen := map[string]bool{}
	out := ps[:0]
	for _, p := range ps {
		k := fmt.Sprint(p.Entry, p.Kind, p.Msg)
		if !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	return out
}

func where(g *Glossary, i int) string {
	if l := g.Entries[i].Line; l > 0 {
		return fmt.Sprintf("line %d", l)
	}
	return fmt.Sprintf("entry %d", i+1)
}

func containsFold(s, sub string, fold bool) bool {
	if fold {
		return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
	}
	return strings.Contains(s, sub)
}
