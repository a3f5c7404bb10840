package wrap

import (
	"context"

	"github.com/tarjama/tarjama/backend"
)

// translateFunc is the Translate method of a decorator.
type translateFunc func(ctx context.Context, req backend.Request) ([]string, error)

// decorated is what every decorator returns: its own Translate in front of
// inner, with the optional interfaces answered by inner. Always
// implementing them is safe because each reports a value: a backend that
// lacks HTML support answers false, one without limits answers zero Limits.
type decorated struct {
	translate translateFunc
	inner     backend.Translator
	// unlimited hides inner's Limits: set by decorators (Batch) after which
	// any request size is accepted.
	unlimited bool
}

func decorate(inner backend.Translator, fn translateFunc) *decorated {
	return &decorated{translate: fn, inner: inner}
}

func (d *decorated) Translate(ctx context.Context, req backend.Request) ([]string, error) {
	return d.translate(ctx, req)
}

// Limits reports the wrapped backend's limits (zero when it has none or
// when a Batch decorator below already splits requests).
func (d *decorated) Limits() backend.Limits {
	if d.unlimited {
		return backend.Limits{}
	}
	return LimitsOf(d.inner)
}

// SupportsHTML reports whether the wrapped backend accepts backend.HTML.
func (d *decorated) SupportsHTML() bool {
	h, ok := d.inner.(backend.HTMLTranslator)
	return ok && h.SupportsHTML()
}

// SupportsGlossary reports whether the wrapped backend applies glossaries natively.
func (d *decorated) SupportsGlossary() bool {
	g, ok := d.inner.(backend.GlossaryTranslator)
	return ok && g.SupportsGlossary()
}

// Close closes the wrapped backend if it holds resources.
func (d *decorated) Close() error {
	if c, ok := d.inner.(backend.Closer); ok {
		return c.Close()
	}
	return nil
}

// LimitsOf returns t's declared limits, or zero Limits when t declares none.
func LimitsOf(t backend.Translator) backend.Limits {
	if l, ok := t.(backend.Limiter); ok {
		return l.Limits()
	}
	return backend.Limits{}
}

var (
	_ backend.Translator         = (*decorated)(nil)
	_ backend.Limiter            = (*decorated)(nil)
	_ backend.HTMLTranslator     = (*decorated)(nil)
	_ backend.GlossaryTranslator = (*decorated)(nil)
	_ backend.Closer             = (*decorated)(nil)
)

// Decorate returns a Translator whose Translate is fn and which answers
// Limiter, HTMLTranslator, GlossaryTranslator and Closer as inner does.
// Decorators outside this package (the cache) use it to forward them.
func Decorate(inner backend.Translator, fn func(ctx context.Context, req backend.Request) ([]string, error)) backend.Translator {
	return decorate(inner, fn)
}
