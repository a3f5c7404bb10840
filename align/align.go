package align

import (
	"context"
	"errors"
	"fmt"
)

// Link joins source sentences Src to target sentences Tgt (0-based indices,
// ascending). Either side may be empty for an unlinked sentence.
type Link struct {
	Src, Tgt []int
	Score    float64
}

// Term is a known translation pair (e.g. a glossary entry) used as an anchor:
// a source sentence containing Source and a target sentence containing Target
// are more likely to be translations of each other. Matching is
// case-insensitive substring matching.
type Term struct {
	Source, Target string
}

// Options tune Align. The zero value is ready to use.
type Options struct {
	// SrcMT, when non-nil, holds a translation of each source sentence into
	// the target language, line-aligned with src (len(SrcMT) == len(src)).
	// It enables the character n-gram similarity signal, the strongest one;
	// without it Align relies on sentence length and anchors alone.
	SrcMT []string

	// MaxGroup is the largest number of sentences on one side of a link
	// (links up to 1-MaxGroup and MaxGroup-1, and a+b ≤ MaxGroup+1 for
	// many-to-many links), enumerations aside (see EnumGroup). 0 means
	// DefaultMaxGroup.
	MaxGroup int

	// EnumGroup is the largest number of sentences joined to a single
	// sentence of the other side when that sentence numbers its items
	// ("أ- … ب- … ج- …", "(a) … (b) …") or the sentences begin with item
	// markers: legal texts put a list on one line on one side and one item
	// a line on the other. 0 means DefaultEnumGroup; a value at most
	// MaxGroup (e.g. -1) allows no wider links than MaxGroup does.
	EnumGroup int

	// Ratio is the expected target/source length ratio in characters;
	// 0 estimates it from the two documents.
	Ratio float64

	// Terms are extra anchors, typically glossary entries.
	Terms []Term

	// Anchors, when set, returns extra anchor keys for a sentence (isSrc
	// tells which side it comes from). A key found on both sides of a
	// candidate link counts as evidence for it, like a shared number.
	Anchors func(sentence string, isSrc bool) []string

	// Band is the initial half-width, in sentences, of the search band
	// around the path found at the coarser resolution; 0 means a default.
	// The band widens by itself where the path runs into its edge.
	Band int
}

// DefaultMaxGroup is the default Options.MaxGroup.
const DefaultMaxGroup = 6

// DefaultEnumGroup is the default Options.EnumGroup.
const DefaultEnumGroup = 10

// ErrMTLength is returned when Options.SrcMT is not line-aligned with src.
var ErrMTLength = errors.New("align: SrcMT must have one line per source sentence")

// Align aligns the sentences of a source document with those of its
// translation. The links it returns cover every sentence of both sides
// exactly once, in order (both Src and Tgt indices increase from one link to
// the next), and each carries a score in [0,1]: 0 for unlinked sentences,
// otherwise a confidence that the link is right.
//
// Time and memory grow linearly with the documents' length: the alignment is
// searched coarse-to-fine, in a band around the path found at the coarser
// resolution.
func Align(ctx context.Context, src, tgt []string, opts Options) ([]Link, error) {
	if opts.SrcMT != nil && len(opts.SrcMT) != len(src) {
		return nil, fmt.Errorf("%w (got %d, want %d)", ErrMTLength, len(opts.SrcMT), len(src))
	}
	if opts.MaxGroup <= 0 {
		opts.MaxGroup = DefaultMaxGroup
	}
	if opts.EnumGroup == 0 {
		opts.EnumGroup = DefaultEnumGroup
	}
	opts.EnumGroup = max(opts.EnumGroup, opts.MaxGroup)
	if opts.Band <= 0 {
		opts.Band = defaultBand
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(src) == 0 || len(tgt) == 0 {
		return trivial(len(src), len(tgt)), nil
	}
	f := extract(src, tgt, opts)
	return search(ctx, f, opts)
}

// trivial aligns documents one of which is empty: every sentence unlinked.
func trivial(n, m int) []Link {
	links := make([]Link, 0, n+m)
	for i := 0; i < n; i++ {
		links = append(links, Link{Src: []int{i}})
	}
	for j := 0; j < m; j++ {
		links = append(links, Link{Tgt: []int{j}})
	}
	return links
}

// Check reports whether links cover sentences 0..n-1 and 0..m-1 exactly once
// each, in order, with scores in [0,1]. It returns nil when they do.
func Check(links []Link, n, m int) error {
	ni, nj := 0, 0
	for k, l := range links {
		if len(l.Src) == 0 && len(l.Tgt) == 0 {
			return fmt.Errorf("link %d: empty on both sides", k)
		}
		if !(l.Score >= 0 && l.Score <= 1) {
			return fmt.Errorf("link %d: score %v outside [0,1]", k, l.Score)
		}
		for _, i := range l.Src {
			if i != ni {
				return fmt.Errorf("link %d: source sentence %d, want %d", k, i, ni)
			}
			ni++
		}
		for _, j := range l.Tgt {
			if j != nj {
				return fmt.Errorf("link %d: target sentence %d, want %d", k, j, nj)
			}
			nj++
		}
	}
	if ni != n || nj != m {
		return fmt.Errorf("links cover %d source and %d target sentences, want %d and %d", ni, nj, n, m)
	}
	return nil
}
