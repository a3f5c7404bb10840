package pipeline

import (
	"context"
	"fmt"
	"strings"

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

// alignParagraph splits a paragraph's translation into sentences and aligns
// them with the source sentences.
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
	var pairs []corpus.Pair
	for _, l := range links {
		p := corpus.Pair{
			Src:      joinIdx(src, l.Src),
			Tgt:      joinIdx(tsents, l.Tgt),
			Align:    fmt.Sprintf("%d-%d", len(l.Src), len(l.Tgt)),
			Score:    l.Score,
			HasScore: true,
		}
		if e.matcher != nil {
			p.Glossary = terms(e.matcher.Verify(p.Src, p.Tgt))
		}
		pairs = append(pairs, p)
	}
	return pairs, nil
}

func joinIdx(s []string, idx []int) string {
	parts := make([]string, len(idx))
	for i, k := range idx {
		parts[i] = s[k]
	}
	return strings.Join(parts, " ")
}
