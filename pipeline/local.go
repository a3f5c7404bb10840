package pipeline

import (
	"context"
	"fmt"

	"github.com/tarjama/tarjama/input"
)

// docResult is a document's result as the local runner handles it.
type docResult struct {
	Result
	reused bool   // taken from the journal of an earlier run
	redo   string // why a journal entry could not be reused
	// textHash identifies the decoded text (set when there is a journal).
	textHash string
}

// runner is the local runner's per-document work: read and decode the
// file, reuse the journal's entry when the text and settings are
// unchanged, else Env.Process it and journal the result.
type runner struct {
	env     *Env
	journal *journal // nil in dry runs
}

func (r *runner) process(ctx context.Context, d input.Doc) *docResult {
	opts := r.env.opts
	txt, err := input.Read(d, opts.Stdin)
	if err != nil {
		res := &docResult{}
		res.Report = DocReport{Doc: d.Name, Path: d.Path, Status: StatusSkipped, Reason: err.Error()}
		return res
	}
	res := &docResult{}
	var textHash string
	if r.journal != nil {
		textHash = hash(txt.Text)
		res.textHash = textHash
		rec, why, err := r.journal.lookup(ctx, d.Name, textHash)
		if err != nil {
			res.Err = fmt.Errorf("journal: %w", err)
			return res
		}
		if rec != nil {
			// The text is the same; where it was read from and how it
			// was encoded may not be.
			rec.Report.Path, rec.Report.Encoding = d.Path, txt.Encoding
			res.Result = rec.result()
			res.reused = true
			return res
		}
		res.redo = why
	}
	res.Result = r.env.Process(ctx, Document{Name: d.Name, Path: d.Path, Text: txt.Text, Encoding: txt.Encoding})
	if r.journal != nil && res.Err == nil && (res.Report.Status == StatusOK || res.Report.Status == StatusEmpty) {
		// Not cancelled with ctx: a finished document always reaches the
		// journal (a local write), so an interrupted run's report counts
		// what the next run reuses.
		if err := r.journal.store(context.WithoutCancel(ctx), d.Name, textHash, recordOf(res.Result)); err != nil {
			res.Err = fmt.Errorf("journal: %w", err)
		}
	}
	return res
}
