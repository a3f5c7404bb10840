package alignjob

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/tarjama/tarjama/align"
	"github.com/tarjama/tarjama/backend"
)

// Result is one aligned document pair, or the error that stopped it.
type Result struct {
	Pair     DocPair
	Src, Tgt []string // sentences
	Links    []align.Link
	// Score is the document score ([align.DocScore]); Linked counts the
	// links with both sides, Unlinked the sentences linked to nothing.
	Score            float64
	Linked, Unlinked int
	Err              error
}

// Summary is the one-line report of an aligned pair.
func (r Result) Summary() string {
	return fmt.Sprintf("%s: %d source and %d target sentences, %d links, %d unlinked, document score %.2f",
		r.Pair.Name, len(r.Src), len(r.Tgt), r.Linked, r.Unlinked, r.Score)
}

// aligner aligns the document pairs of one job.
type aligner struct {
	o      *Options
	ao     align.Options // MaxGroup and Terms
	warned bool
}

// pair reads, translates (when needed) and aligns one document pair.
func (a *aligner) pair(ctx context.Context, p DocPair) (Result, error) {
	src, err := fileLines(p.Src)
	if err != nil {
		return Result{Pair: p}, err
	}
	tgt, err := fileLines(p.Tgt)
	if err != nil {
		return Result{Pair: p}, err
	}
	return a.lines(ctx, p, src, tgt)
}

// lines aligns a pair given the lines of its two documents.
func (a *aligner) lines(ctx context.Context, p DocPair, src, tgt []string) (Result, error) {
	r := Result{Pair: p, Src: Sentences(src, a.o.SrcLang, a.o.Presplit), Tgt: Sentences(tgt, a.o.TgtLang, a.o.Presplit)}
	ao := a.ao
	var err error
	if ao.SrcMT, err = a.srcMT(ctx, p, r.Src); err != nil {
		return r, err
	}
	if r.Links, err = align.Align(ctx, r.Src, r.Tgt, ao); err != nil {
		return r, err
	}
	r.Score, r.Linked, r.Unlinked = align.DocScore(r.Links, len(r.Src), len(r.Tgt))
	return r, nil
}

// srcMT returns the translation of the source sentences: the pair's SrcMT
// file, else Translate's; nil when there is neither or the translator
// cannot serve the language pair.
func (a *aligner) srcMT(ctx context.Context, p DocPair, src []string) ([]string, error) {
	if p.SrcMT != "" {
		mt, err := fileLines(p.SrcMT)
		if err != nil {
			return nil, err
		}
		// A trailing blank line is an artefact of how files end, not a sentence.
		for len(mt) > len(src) && strings.TrimSpace(mt[len(mt)-1]) == "" {
			mt = mt[:len(mt)-1]
		}
		if len(mt) != len(src) {
			return nil, fmt.Errorf("%s has %d lines but %s has %d sentences: the translation must have one line per source sentence",
				p.SrcMT, len(mt), p.Src, len(src))
		}
		return mt, nil
	}
	if a.o.Translator == nil || len(src) == 0 {
		return nil, nil
	}
	mt, err := a.o.Translator.Translate(ctx, backend.Request{SrcLang: a.o.SrcLang, TgtLang: a.o.TgtLang, Segments: src, Format: backend.Text})
	var be *backend.Error
	switch {
	case err == nil && len(mt) == len(src):
		return mt, nil
	case err == nil:
		return nil, fmt.Errorf("backend %s returned %d translations for %d sentences", a.o.Backend, len(mt), len(src))
	case ctx.Err() != nil:
		return nil, ctx.Err()
	case errors.As(err, &be) && be.Kind == backend.Permanent:
		// The backend cannot serve this pair (e.g. lexicon and de→fr).
		if !a.warned && a.o.Warn != nil {
			a.o.Warn(&FallbackError{Backend: a.o.Backend, SrcLang: a.o.SrcLang, TgtLang: a.o.TgtLang, Err: err})
		}
		a.warned = true
		return nil, nil
	}
	return nil, fmt.Errorf("translating %s: %w", p.Src, err)
}
