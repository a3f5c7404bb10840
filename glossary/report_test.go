package glossary

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

func TestAdd(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "g.tsv")
	e, _ := NewEntry("ماكغورك", "McGurk", "", nil)
	if res, err := Add(ctx, path, e); err != nil || res != Added {
		t.Fatalf("first add: %v %v", res, err)
	}
	if res, err := Add(ctx, path, e); err != nil || res != Unchanged {
		t.Errorf("again: %v %v", res, err)
	}
	other, _ := NewEntry("ماكغورك", "MacGurk", "", nil)
	var ce *ConflictError
	if _, err := Add(ctx, path, other); !errors.As(err, &ce) || ce.Existing.Target != "McGurk" {
		t.Errorf("conflict: %v", err)
	}
	if g, err := Load(path); err != nil || len(g.Entries) != 1 || g.Entries[0].Target != "McGurk" {
		t.Errorf("file after a conflict: %+v %v", g, err)
	}
}

func TestMergeResultWriteReport(t *testing.T) {
	a, b := Entry{Source: "بايدن", Target: "Biden"}, Entry{Source: "بايدن", Target: "Baiden"}
	r := MergeResult{Added: 2, Replaced: []Conflict{{Existing: a, Incoming: b}}, Conflicts: []Conflict{{Existing: b, Incoming: a}}}
	var out bytes.Buffer
	r.WriteReport(&out, "g.tsv", "in.csv")
	want := strings.Join([]string{
		`replaced: بايدن → "Baiden" (was "Biden")`,
		`conflict: بايدن → "Baiden" kept; in.csv says "بايدن" → "Biden" (use --replace to take it)`,
		`g.tsv: 2 added, 0 updated, 0 unchanged, 1 replaced, 1 conflicts`, ""}, "\n")
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}
