package qe

import (
	"bufio"
	"bytes"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/langid"
)

//go:embed data/dangling.txt
var danglingTxt []byte

//go:embed data/letters.txt
var lettersTxt []byte

// Options configure a [Scorer].
type Options struct {
	// Translator translates sources for the MT-based features; required.
	Translator backend.Translator
	// SrcLang and TgtLang are the direction Translator translates, e.g.
	// "ar" and "en" for the lexicon. Pairs the other way round are scored
	// with their sides swapped.
	SrcLang, TgtLang string
	// Model is the logistic model; nil means DefaultModel.
	Model *Model
	// NoLangID turns language identification off (its features are 0).
	NoLangID bool
}

// Scorer scores pairs. Its methods are not safe for concurrent use (they
// reuse buffers); make one Scorer per goroutine.
type Scorer struct {
	tr                   backend.Translator
	srcLang, tgtLang     string
	model                *Model
	srcID, tgtID         *langid.Identifier
	srcScript, tgtScript []*unicode.RangeTable
	dangling             map[string]bool
	foreign              map[rune]bool
	scratch              scratch
	err                  error
}

// New returns a Scorer.
func New(o Options) (*Scorer, error) {
	if o.Translator == nil {
		return nil, errors.New("qe: no translator")
	}
	if o.SrcLang == "" || o.TgtLang == "" {
		return nil, errors.New("qe: source and target language required")
	}
	sc := &Scorer{tr: o.Translator, srcLang: corpus.PrimaryLang(o.SrcLang), tgtLang: corpus.PrimaryLang(o.TgtLang), model: o.Model}
	if sc.model == nil {
		m, err := DefaultModel()
		if err != nil {
			return nil, err
		}
		sc.model = m
	}
	if !o.NoLangID {
		var err error
		// Candidates: the language expected on each side and those it is
		// most often confused with or polluted by.
		if sc.srcID, err = langid.New(langid.Options{Langs: candidates(sc.srcLang), MaxRunes: 60}); err != nil {
			return nil, err
		}
		if sc.tgtID, err = langid.New(langid.Options{Langs: candidates(sc.tgtLang), MaxRunes: 60}); err != nil {
			return nil, err
		}
	}
	sc.srcScript, sc.tgtScript = scriptsOf(sc.srcLang), scriptsOf(sc.tgtLang)
	sc.dangling = map[string]bool{}
	for _, w := range dataLines(danglingTxt) {
		sc.dangling[w] = true
	}
	sc.foreign = map[rune]bool{}
	for _, l := range dataLines(lettersTxt) {
		for _, r := range l {
			sc.foreign[r] = true
		}
	}
	if sc.srcLang != "ar" {
		sc.foreign = nil // the letter list is about Arabic sources
	}
	return sc, nil
}

func candidates(lang string) []string {
	set := []string{lang}
	switch lang {
	case "ar", "fa", "ur":
		set = append(set, "ar", "fa", "ur")
	default:
		set = append(set, "en", "fr", "de", "es", "tr")
	}
	slicesCompact(&set)
	return set
}

func slicesCompact(s *[]string) {
	seen := map[string]bool{}
	out := (*s)[:0]
	for _, v := range *s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	*s = out
}

func scriptsOf(lang string) []*unicode.RangeTable {
	switch lang {
	case "ar", "fa", "ur":
		return []*unicode.RangeTable{unicode.Arabic}
	case "en", "fr", "de", "es", "tr", "it", "pt", "nl", "id":
		return []*unicode.RangeTable{unicode.Latin}
	}
	return nil
}

func dataLines(b []byte) []string {
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

// orient returns the pair's source and target in the scorer's direction.
func (sc *Scorer) orient(p corpus.Pair) (src, tgt string) {
	if p.SrcLang != "" && corpus.PrimaryLang(p.SrcLang) == sc.tgtLang && corpus.PrimaryLang(p.TgtLang) == sc.srcLang {
		return p.Tgt, p.Src
	}
	return p.Src, p.Tgt
}

// ScoreMT scores p given mt, the translation of its source (in the
// scorer's direction). It is pure: no backend call.
func (sc *Scorer) ScoreMT(p corpus.Pair, mt string) float64 {
	var f [nFeatures]float64
	sc.FeaturesMT(p, mt, &f)
	return sc.model.Predict(&f)
}

// FeaturesMT fills f with p's features given mt (for training and
// inspection).
func (sc *Scorer) FeaturesMT(p corpus.Pair, mt string, f *[nFeatures]float64) {
	src, tgt := sc.orient(p)
	misses := len(p.Misses())
	sc.features(src, tgt, mt, len(p.Glossary), misses, f)
}

// ScoreBatch translates the sources of pairs in one request and returns
// their scores, in order.
func (sc *Scorer) ScoreBatch(ctx context.Context, pairs []corpus.Pair) ([]float64, error) {
	segs := make([]string, len(pairs))
	for i, p := range pairs {
		segs[i], _ = sc.orient(p)
	}
	mt, err := sc.tr.Translate(ctx, backend.Request{SrcLang: sc.srcLang, TgtLang: sc.tgtLang, Segments: segs, Format: backend.Text})
	if err != nil {
		return nil, fmt.Errorf("qe: translate: %w", err)
	}
	if err := backend.CheckCount("qe", len(mt), len(segs)); err != nil {
		return nil, err
	}
	out := make([]float64, len(pairs))
	for i, p := range pairs {
		out[i] = sc.ScoreMT(p, mt[i])
	}
	return out, nil
}

// Score scores one pair, translating its source without a deadline. A
// backend error gives 0 and is kept for [Scorer.Err]; use ScoreBatch to
// handle errors and cancellation per call.
func (sc *Scorer) Score(p corpus.Pair) float64 {
	s, err := sc.ScoreBatch(context.Background(), []corpus.Pair{p})
	if err != nil {
		if sc.err == nil {
			sc.err = err
		}
		return 0
	}
	return s[0]
}

// Err returns the first backend error Score met, if any.
func (sc *Scorer) Err() error { return sc.err }
