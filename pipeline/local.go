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
// file (a WARC file holds many documents, one per HTML page), reuse the
// journal's entry when the text and settings are unchanged, else
// Env.Process it and journal the result.
type runner struct {
	env     *Env
	reader  *input.Reader // shared: its Stats sum every file
	journal *journal      // nil in dry runs
}

// processFile reads the documents of one input file and hands each one's
// result to send, in file order; it stops when send returns false.
func (r *runner) processFile(ctx context.Context, d input.Doc, send func(*docResult) bool) {
	n := 0
	for doc, err := range r.reader.Documents(ctx, d) {
		n++
		var res *docResult
		if err != nil {
			name := doc.Name
			if name == "" {
				name = d.Name
			}
			res = &docResult{}
			res.Report = DocReport{Doc: name, Path: d.Path, Status: StatusSkipped, Reason: err.Error()}
		} else {
			res = r.process(ctx, d.Path, doc)
		}
		if !send(res) {
			return
		}
	}
	if n == 0 && ctx.Err() == nil { // a WARC file without an HTML page
		res := &docResult{}
		res.Report = DocReport{Doc: d.Name, Path: d.Path, Status: StatusEmpty, Reason: "no document in the file"}
		send(res)
	}
}

// process handles one decoded document read from the file at path.
func (r *runner) process(ctx context.Context, path string, doc input.Document) *docResult {
	res := &docResult{}
	var textHash string
	if r.journal != nil {
		textHash = hash(doc.Text.Text)
		res.textHash = textHash
		rec, why, err := r.journal.lookup(ctx, doc.Name, textHash)
		if err != nil {
			res.Err = fmt.Errorf("journal: %w", err)
			return res
		}
		if rec != nil {
			// The text is the same; where it was read from and how it
			// was encoded may not be.
			rec.Report.Path, rec.Report.Encoding = path, doc.Encoding
			res.Result = rec.result()
			res.reused = true
			return res
		}
		res.redo = why
	}
	res.Result = r.env.Process(ctx, Document{Name: doc.Name, Path: path, Text: doc.Text.Text, Encoding: doc.Encoding})
	if r.journal != nil && res.Err == nil && (res.Report.Status == StatusOK || res.Report.Status == StatusEmpty) {
		// Not cancelled with ctx: a finished document always reaches the
		// journal (a local write), so an interrupted run's report counts
		// what the next run reuses.
		if err := r.journal.store(context.WithoutCancel(ctx), doc.Name, textHash, recordOf(res.Result)); err != nil {
			res.Err = fmt.Errorf("journal: %w", err)
		}
	}
	return res
}
