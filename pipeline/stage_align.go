package pipeline

import (
	"context"

	"github.com/tarjama/tarjama/align"
	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/segment"
)

// alignStage aligns the sentences of every paragraph that went as one
// segment (paragraph mode) with the sentences of its translation.
func alignStage(ctx context.Context, d *docState) error {
	for _, g := range d.groups {
		if g.j-g.k != 1 || len(d.sents[g.line]) < 2 {
			continue
		}
		pairs, err := alignParagraph(ctx, d.env, d.sents[g.line], d.targets[g.k])
		if err != nil {
			return err
		}
		if d.aligned == nil {
			d.aligned = map[int][]corpus.Pair{}
		}
		d.aligned[g.line] = pairs
	}
	return nil
}

// alignParagraph splits a paragraph's translation into sentences, aligns
// them with the source sentences and makes the pairs with align.Pairs (the
// one home of links → pairs: sides trimmed and joined with the language's
// separator; a link with an empty side, a sentence left unmatched, makes
// no pair), each verified against the glossary.
func alignParagraph(ctx context.Context, e *Env, src []string, tgt string) ([]corpus.Pair, error) {
	var tsents []string
	for _, sp := range segment.Split(e.opts.TgtLang, tgt) {
		tsents = append(tsents, tgt[sp.Start:sp.End])
	}
	var mt []string
	if e.opts.AlignMT != nil {
		out, err := e.opts.AlignMT.Translate(ctx, backend.Request{SrcLang: e.opts.SrcLang, TgtLang: e.opts.TgtLang, Segments: src, Format: backend.Text})
		if err == nil && len(out) == len(src) {
			mt = out
		} else if ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
	links, err := align.Align(ctx, src, tsents, align.Options{SrcMT: mt})
	if err != nil {
		return nil, err
	}
	// IDs and the document's fields are the pairs stage's to set.
	pairs := align.Pairs(links, src, tsents, align.PairOptions{SrcLang: e.opts.SrcLang, TgtLang: e.opts.TgtLang})
	if e.matcher != nil {
		for i := range pairs {
			pairs[i].Glossary = terms(e.matcher.Verify(pairs[i].Src, pairs[i].Tgt))
		}
	}
	return pairs, nil
}
