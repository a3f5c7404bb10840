package glossary

import (
	"errors"
	"fmt"
	"strings"
)

// ErrNotFound is wrapped by RemoveSpelling when no entry has the spelling.
var ErrNotFound = errors.New("not in the glossary")

// ConflictError is returned by Upsert when the entry's source (or one of
// its variants) is already in the glossary with another target.
type ConflictError struct {
	Existing Entry // the entry as it stays
	Incoming Entry
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("%q is already there as %q → %q", e.Incoming.Source, e.Existing.Source, e.Existing.Target)
}

// UpsertResult says what Upsert did.
type UpsertResult int

const (
	Added     UpsertResult = iota // a new entry was appended
	Updated                       // an existing entry gained spellings, a note, a case or article rule
	Unchanged                     // the entry was already there as given
)

// Upsert adds e, or merges it into the entry that already has one of its
// spellings (see Index) when that entry has the same target: new variant
// spellings are appended, and a non-empty note, IgnoreCase and a non-empty
// Article given in e replace the existing ones. With a different target
// nothing changes and the error is a *ConflictError. e must pass Validate.
func (g *Glossary) Upsert(e Entry) (UpsertResult, error) {
	if err := e.Validate(); err != nil {
		return Unchanged, err
	}
	i := -1
	for _, s := range e.Sources() {
		if i = g.Index(s); i >= 0 {
			break
		}
	}
	if i < 0 {
		e.Line = 0
		g.Add(e)
		return Added, nil
	}
	ex := &g.Entries[i]
	if ex.Target != e.Target {
		return Unchanged, &ConflictError{Existing: *ex, Incoming: e}
	}
	changed := false
	for _, s := range e.Sources() {
		if !hasSpelling(ex, s) {
			ex.Variants = append(ex.Variants, s)
			changed = true
		}
	}
	if e.Note != "" && ex.Note != e.Note {
		ex.Note, changed = e.Note, true
	}
	if e.IgnoreCase && !ex.IgnoreCase {
		ex.IgnoreCase, changed = true, true
	}
	if e.Article != ArticleAuto && ex.Article != e.Article {
		ex.Article, changed = e.Article, true
	}
	if changed {
		return Updated, nil
	}
	return Unchanged, nil
}

// Removal says what RemoveSpelling removed.
type Removal struct {
	Entry Entry // the entry removed, or the one that lost a spelling
	// Variant is the variant spelling removed from Entry (as written in
	// the file); "" when the whole entry was removed.
	Variant string
}

// RemoveSpelling removes the entry that has src as a spelling (see Index):
// the whole entry when src is its Source, else only the matching variant.
// When no entry has it, the error wraps ErrNotFound.
func (g *Glossary) RemoveSpelling(src string) (Removal, error) {
	i := g.Index(src)
	if i < 0 {
		return Removal{}, fmt.Errorf("%q is %w", src, ErrNotFound)
	}
	e := &g.Entries[i]
	key := Normalize(src)
	if Normalize(e.Source) == key {
		r := Removal{Entry: *e}
		g.Remove(i)
		return r, nil
	}
	for k, v := range e.Variants {
		if Normalize(v) == key {
			e.Variants = append(e.Variants[:k:k], e.Variants[k+1:]...)
			return Removal{Entry: *e, Variant: v}, nil
		}
	}
	return Removal{}, fmt.Errorf("%q is %w", src, ErrNotFound) // not reached: Index found it
}

// NewEntry returns the entry for a source and target typed by a person:
// fields and variants trimmed, empty variants dropped. It fails when a
// side is empty, the source has nothing to match, or the entry could not
// be written (see Validate).
func NewEntry(source, target, note string, variants []string) (Entry, error) {
	e := Entry{Source: strings.TrimSpace(source), Target: strings.TrimSpace(target), Note: strings.TrimSpace(note)}
	for _, v := range variants {
		if v = strings.TrimSpace(v); v != "" {
			e.Variants = append(e.Variants, v)
		}
	}
	switch {
	case e.Source == "" || e.Target == "":
		return e, errors.New("source and target must not be empty")
	case Normalize(e.Source) == "":
		return e, fmt.Errorf("%q has no letters or digits to match", e.Source)
	}
	return e, e.Validate()
}
