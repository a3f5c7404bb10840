package filter

import (
	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/langid"
)

// Scorer estimates the quality of a pair in [0,1] (qe.Scorer is one).
type Scorer interface {
	Score(p corpus.Pair) float64
}

// MinQE is a corpus.Writer that sets QE on pairs that have none (through
// its Scorer) and passes on those scoring at least Min. Pairs are never
// held: a Scorer that batches should be applied before (qe.Writer), in
// which case MinQE only compares.
type MinQE struct {
	next    corpus.Writer
	sc      Scorer
	min     float64
	Dropped int // pairs below Min
}

// NewMinQE returns a MinQE in front of next; sc may be nil when every pair
// already carries a QE (pairs without one are then kept).
func NewMinQE(next corpus.Writer, sc Scorer, min float64) *MinQE {
	return &MinQE{next: next, sc: sc, min: min}
}

// Write scores p if needed and writes it when its QE reaches the minimum.
func (w *MinQE) Write(p corpus.Pair) error {
	if !p.HasQE && w.sc != nil {
		p.QE, p.HasQE = w.sc.Score(p), true
	}
	if p.HasQE && p.QE < w.min {
		w.Dropped++
		return nil
	}
	return w.next.Write(p)
}

// Close closes next.
func (w *MinQE) Close() error { return w.next.Close() }

// LangID is a corpus.Writer that drops pairs whose source is identified as
// another language than the pair's SrcLang, or whose target as another
// than its TgtLang. Sides the identifier abstains on (short, ambiguous)
// pass.
type LangID struct {
	next                   corpus.Writer
	id                     *langid.Identifier
	DroppedSrc, DroppedTgt int
}

// NewLangID returns a LangID in front of next.
func NewLangID(next corpus.Writer, id *langid.Identifier) *LangID {
	return &LangID{next: next, id: id}
}

// Write checks both sides of p and writes it unless one is in another
// language.
func (w *LangID) Write(p corpus.Pair) error {
	if w.id.Check(p.Src, p.SrcLang) == langid.Mismatch {
		w.DroppedSrc++
		return nil
	}
	if w.id.Check(p.Tgt, p.TgtLang) == langid.Mismatch {
		w.DroppedTgt++
		return nil
	}
	return w.next.Write(p)
}

// Close closes next.
func (w *LangID) Close() error { return w.next.Close() }
