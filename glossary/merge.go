package glossary

import (
	"fmt"
	"strings"
)

// Conflict is an imported entry whose target disagrees with an existing one.
type Conflict struct {
	Existing Entry // as it stays (or stood, when replaced)
	Incoming Entry
}

// MergeResult says what Merge did.
type MergeResult struct {
	Added     int // new entries appended
	Updated   int // existing entries that gained variants or a note
	Unchanged int // already present with the same target
	Replaced  []Conflict
	Conflicts []Conflict // kept as they were (replace was false)
}

// Merge adds other's entries to g. An entry is the same as an existing
// one when any of their spellings are equal after normalisation. With the
// same target, new variant spellings and a missing note are added; with a
// different target the existing entry is kept and the disagreement is
// reported in Conflicts, unless replace is set, in which case the incoming
// entry's target, note, variants and case replace the existing ones. New
// entries go at the end, in other's order.
func (g *Glossary) Merge(other *Glossary, replace bool) (MergeResult, error) {
	var res MergeResult
	if !strings.EqualFold(other.SrcLang, g.SrcLang) || !strings.EqualFold(other.TgtLang, g.TgtLang) {
		return res, fmt.Errorf("language pair %s→%s does not match the glossary's %s→%s",
			other.SrcLang, other.TgtLang, g.SrcLang, g.TgtLang)
	}
	index := map[string]int{} // normalised spelling → first entry with it
	note := func(i int) {
		for _, s := range g.Entries[i].Sources() {
			k := Normalize(s)
			if _, ok := index[k]; !ok && k != "" {
				index[k] = i
			}
		}
	}
	for i := range g.Entries {
		note(i)
	}
	for _, in := range other.Entries {
		in.Line = 0
		if err := in.Validate(); err != nil {
			return res, err
		}
		i := -1
		for _, s := range in.Sources() {
			if j, ok := index[Normalize(s)]; ok {
				i = j
				break
			}
		}
		if i < 0 {
			g.Add(in)
			note(len(g.Entries) - 1)
			res.Added++
			continue
		}
		ex := &g.Entries[i]
		if ex.Target != in.Target {
			c := Conflict{Existing: *ex, Incoming: in}
			if !replace {
				res.Conflicts = append(res.Conflicts, c)
				continue
			}
			line := ex.Line
			*ex = in
			ex.Line = line
			// Keep the existing spellings the incoming entry did not list.
			for _, s := range c.Existing.Sources() {
				if !hasSpelling(ex, s) {
					ex.Variants = append(ex.Variants, s)
				}
			}
			note(i)
			res.Replaced = append(res.Replaced, c)
			continue
		}
		changed := false
		for _, s := range in.Sources() {
			if !hasSpelling(ex, s) {
				ex.Variants = append(ex.Variants, s)
				changed = true
			}
		}
		if ex.Note == "" && in.Note != "" {
			ex.Note = in.Note
			changed = true
		}
		if changed {
			note(i)
			res.Updated++
		} else {
			res.Unchanged++
		}
	}
	return res, nil
}

// hasSpelling reports whether e has a spelling that normalises like s.
func hasSpelling(e *Entry, s string) bool {
	key := Normalize(s)
	for _, x := range e.Sources() {
		if Normalize(x) == key {
			return true
		}
	}
	return false
}
