package pipeline

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/tarjama/tarjama/corpus"
)

// pairsStage builds the translated document (one line per input line) and
// the numbered pairs, and counts characters and glossary terms.
func pairsStage(_ context.Context, d *docState) error {
	o := d.env.opts
	res := &d.res
	emit := func(p corpus.Pair) {
		p.ID = fmt.Sprintf("%s#%d", d.doc.Name, len(res.Pairs)+1)
		p.Doc, p.SrcLang, p.TgtLang, p.Backend = d.doc.Name, o.SrcLang, o.TgtLang, o.BackendName
		for _, t := range p.Glossary {
			res.Glossary.Count(TermStatus(t.Status))
			if TermStatus(t.Status) == TermMissing {
				res.Misses = append(res.Misses, GlossaryMiss{ID: p.ID, Source: t.Source, Target: t.Target})
			}
		}
		res.Report.CharsOut += utf8.RuneCountInString(p.Tgt)
		res.Pairs = append(res.Pairs, p)
	}
	for _, g := range d.groups {
		res.Lines[g.line] = strings.Join(d.targets[g.k:g.j], " ")
		if pairs, ok := d.aligned[g.line]; ok {
			for _, p := range pairs {
				emit(p)
			}
			continue
		}
		for s := g.k; s < g.j; s++ {
			emit(corpus.Pair{Src: d.segs[s].src, Tgt: d.targets[s], Align: "1-1", Glossary: d.checks[s]})
		}
	}
	res.Report.Status = StatusOK
	res.Report.Pairs = len(res.Pairs)
	return nil
}
