package pipeline

import (
	"context"
	"strings"

	"github.com/tarjama/tarjama/clean"
)

// cleanStage splits the text into lines (paragraphs) and blanks the
// boilerplate lines the cleaner drops, keeping the line structure.
func cleanStage(_ context.Context, d *docState) error {
	d.lines = strings.Split(strings.TrimSuffix(d.doc.Text, "\n"), "\n")
	o := d.env.opts
	cr := clean.Document(d.lines, clean.Options{Lang: o.SrcLang, KeepBoilerplate: o.KeepBoilerplate})
	d.cleaned = cr.Lines
	d.res.Report.Dropped = cr.Dropped
	d.res.Lines = make([]string, len(d.lines))
	return nil
}
