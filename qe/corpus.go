package qe

import (
	"context"
	"io"

	"github.com/tarjama/tarjama/backend/lexicon"
	"github.com/tarjama/tarjama/corpus"
)

// CorpusBatch is how many pairs [Corpus] scores per translator request.
const CorpusBatch = 256

// Corpus scores every pair r yields with sc (nil: [Lexicon]'s) and
// writes it, QE set, to w in format f (version goes into a TMX header),
// in the order read. It does not close r.
func Corpus(ctx context.Context, r corpus.Reader, w io.Writer, sc *Scorer, f corpus.Format, version string) error {
	if sc == nil {
		var err error
		if sc, err = Lexicon(); err != nil {
			return err
		}
	}
	out, err := corpus.NewWriter(w, f, corpus.TMXHeader{CreationToolVersion: version})
	if err != nil {
		return err
	}
	qw := NewWriter(ctx, out, sc, CorpusBatch)
	if _, err := corpus.Copy(ctx, qw, r); err != nil {
		qw.Close()
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return err
	}
	return qw.Close()
}

// Lexicon returns a Scorer for ar→en that translates with the embedded
// lexicon.
func Lexicon() (*Scorer, error) {
	tr, err := lexicon.New()
	if err != nil {
		return nil, err
	}
	return New(Options{Translator: tr, SrcLang: "ar", TgtLang: "en"})
}
