package pipeline

import (
	"context"
	"errors"
	"fmt"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/wrap"
)

// translateStage sends every segment of the document in one request (the
// batching decorator splits it by the backend's limits). A permanent
// failure settles the document as failed; refused credentials and
// cancellation stop the run. Once the --max-chars budget is reached, no
// document starts translating. A dry run ends here.
func translateStage(ctx context.Context, d *docState) error {
	e := d.env
	if e.budgetHit.Load() {
		d.res.Lines = nil
		d.settle(StatusFailed, "not translated: the --max-chars budget was reached")
		return nil
	}
	req := backend.Request{SrcLang: e.opts.SrcLang, TgtLang: e.opts.TgtLang, Segments: d.texts, Format: e.format}
	if e.opts.GlossaryMode == GlossaryNative {
		req.Glossary = e.opts.Glossary
	}
	out, err := e.opts.Translator.Translate(ctx, req)
	if err == nil {
		err = backend.CheckCount("translate", len(out), len(d.texts))
	}
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if errors.Is(err, wrap.ErrBudget) {
			e.budgetHit.Store(true)
		}
		if errors.Is(err, backend.ErrUnusable) {
			// No later request can succeed: stop the run, exit 1.
			return fmt.Errorf("%s: %w", d.doc.Name, err)
		}
		d.res.Lines = nil
		d.settle(StatusFailed, err.Error())
		return nil
	}
	d.targets = out
	if e.opts.DryRun {
		d.settle(StatusOK, "")
	}
	return nil
}
