package pipeline

import (
	"fmt"
	"strconv"
	"time"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/lexicon"
)

// DefaultAlignMT is the translator every runner gives the aligner in
// paragraph mode (Options.AlignMT): the embedded lexicon when it serves
// the language pair, a free sentence-level translation; nil otherwise.
func DefaultAlignMT(unit, srcLang, tgtLang string) backend.Translator {
	if unit != UnitParagraph || srcLang != "ar" || tgtLang != "en" {
		return nil
	}
	t, err := lexicon.New()
	if err != nil {
		return nil
	}
	return t
}

// SourceDate honours SOURCE_DATE_EPOCH (reproducible-builds.org), given
// its value: with it, dates written into outputs are fixed, so reruns and
// resumed runs are byte-identical. "" gives nil: the clock.
func SourceDate(epoch string) (func() time.Time, error) {
	if epoch == "" {
		return nil, nil
	}
	sec, err := strconv.ParseInt(epoch, 10, 64)
	if err != nil {
		return nil, fmt.Errorf("%q is not a number of seconds", epoch)
	}
	t := time.Unix(sec, 0).UTC()
	return func() time.Time { return t }, nil
}
