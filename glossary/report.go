package glossary

import (
	"context"
	"fmt"
	"io"
)

// Add upserts e into the glossary file at path, under [Edit]'s lock (see
// [Glossary.Upsert]); a *ConflictError leaves the file as it was.
func Add(ctx context.Context, path string, e Entry) (UpsertResult, error) {
	var res UpsertResult
	err := Edit(ctx, path, func(g *Glossary) (err error) {
		res, err = g.Upsert(e)
		return err
	})
	return res, err
}

// WriteReport writes, as `tarjama glossary import` says them, each target
// a merge from file replaced, each conflict it left, and then the summary
// of the glossary at path.
func (r MergeResult) WriteReport(w io.Writer, path, file string) {
	for _, c := range r.Replaced {
		fmt.Fprintf(w, "replaced: %s → %q (was %q)\n", c.Existing.Source, c.Incoming.Target, c.Existing.Target)
	}
	for _, c := range r.Conflicts {
		fmt.Fprintf(w, "conflict: %s → %q kept; %s says %q → %q (use --replace to take it)\n",
			c.Existing.Source, c.Existing.Target, file, c.Incoming.Source, c.Incoming.Target)
	}
	fmt.Fprintf(w, "%s: %s\n", path, r.Summary())
}
