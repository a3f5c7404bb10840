package pipeline

import (
	"context"

	"github.com/tarjama/tarjama/glossary"
)

// protectStage makes the request's segments: in protect mode, glossary
// terms are replaced by placeholders the engine leaves alone.
func protectStage(_ context.Context, d *docState) error {
	e := d.env
	d.texts = make([]string, len(d.segs))
	protect := e.matcher != nil && e.opts.GlossaryMode == GlossaryProtect
	if protect {
		d.prot = make([]glossary.Protected, len(d.segs))
	}
	for i, s := range d.segs {
		d.texts[i] = s.src
		if protect {
			d.prot[i] = e.matcher.Protect(s.src, e.markup)
			d.texts[i] = d.prot[i].Text
		}
	}
	return nil
}
