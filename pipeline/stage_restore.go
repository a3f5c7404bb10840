package pipeline

import (
	"context"
	"strings"

	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/glossary"
)

// restoreStage puts protected glossary terms back (or, in verify and
// native modes, checks them), keeps each translation on one line and
// records what became of every term.
func restoreStage(_ context.Context, d *docState) error {
	e := d.env
	d.checks = make([][]corpus.Term, len(d.segs))
	for i := range d.targets {
		var cs []glossary.Check
		switch {
		case d.prot != nil:
			d.targets[i], cs = d.prot[i].Restore(d.targets[i])
		case e.matcher != nil:
			cs = e.matcher.Verify(d.segs[i].src, d.targets[i])
		}
		d.targets[i] = oneLine(d.targets[i])
		d.checks[i] = terms(cs)
	}
	return nil
}

func terms(cs []glossary.Check) []corpus.Term {
	var out []corpus.Term
	for _, c := range cs {
		out = append(out, corpus.Term{Source: c.Entry.Source, Target: c.Entry.Target, Status: c.Status})
	}
	return out
}

// oneLine keeps the one-line-per-segment contract even if an engine puts
// line breaks in its output.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n\u2028\u2029") {
		return strings.TrimSpace(s)
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029'
	}), " ")
}
