package alignjob

import (
	"errors"
	"fmt"

	"github.com/tarjama/tarjama/backend"
)

// Options describe one alignment job. The field comments name the flags
// of `tarjama align` that set them.
type Options struct {
	Src, Tgt string // one document pair (when Pairs is "")
	SrcMT    string // --src-mt: translation of Src, one line per source sentence
	// Pairs is a list of pairs, SRC<TAB>TGT[<TAB>SRC_MT] per line (see
	// [ReadPairs]); "-" reads it from Run's stdin.
	Pairs string
	// SrcRoot, when set, is the folder relative source paths of Pairs are
	// read from (align-docs names documents relative to its SRC_DIR).
	SrcRoot string

	Presplit         bool // one sentence per line instead of one paragraph
	SrcLang, TgtLang string
	Format           string  // vecalign, tsv, jsonl or tmx
	MinScore         float64 // links scoring below are dropped
	// Out is the output file ("" or "-": Run's stdout); a folder for
	// Pairs with vecalign, one file per pair.
	Out      string
	MaxGroup int    // at most this many sentences on one side of a link
	Glossary string // glossary file whose terms serve as anchors

	// Translator translates source sentences into TgtLang when a pair has
	// no SrcMT; nil aligns on length and anchors alone. Backend names it
	// in messages.
	Translator backend.Translator
	Backend    string

	Version string // TMX creationtoolversion

	// Progress, when set, is called after each pair: with Err set when
	// the pair failed (a job of more than one pair then goes on).
	Progress func(Result)
	// Warn, when set, is called once, the first time Translate cannot
	// serve the language pair (a [*FallbackError]).
	Warn func(error)
}

// ErrUsage is wrapped by every error caused by how a job was asked for
// rather than by the work itself.
var ErrUsage = errors.New("usage error")

type usageErr struct{ msg string }

func (e usageErr) Error() string        { return e.msg }
func (e usageErr) Is(target error) bool { return target == ErrUsage }

func usagef(format string, args ...any) error { return usageErr{fmt.Sprintf(format, args...)} }

// ErrPartial is what a [*PartialError] is.
var ErrPartial = errors.New("some pairs failed")

// PartialError is returned when the output is written but some pairs
// failed (each was reported through Progress).
type PartialError struct{ Failed, Total int }

func (e *PartialError) Error() string {
	return fmt.Sprintf("%d of %d pairs failed", e.Failed, e.Total)
}

// Is makes errors.Is(err, ErrPartial) hold.
func (e *PartialError) Is(target error) bool { return target == ErrPartial }

// FallbackError says that the translator cannot serve the language pair,
// so that pairs are aligned on length and anchors only.
type FallbackError struct {
	Backend, SrcLang, TgtLang string
	Err                       error
}

func (e *FallbackError) Error() string {
	return fmt.Sprintf("backend %s cannot translate %s→%s (%v); aligning on length and anchors only", e.Backend, e.SrcLang, e.TgtLang, e.Err)
}

func (e *FallbackError) Unwrap() error { return e.Err }

// Validate checks the options before any work; its errors wrap ErrUsage
// and name the flags of `tarjama align`.
func (o *Options) Validate() error {
	switch o.Format {
	case "vecalign", "tsv", "jsonl", "tmx":
	default:
		return usagef("unknown --format %q (vecalign, tsv, jsonl or tmx)", o.Format)
	}
	switch {
	case o.MinScore < 0 || o.MinScore > 1:
		return usagef("--min-score %v is outside 0..1", o.MinScore)
	case o.MaxGroup < 1:
		return usagef("--max-group must be at least 1")
	case o.Pairs != "" && o.SrcMT != "":
		return usagef("with --pairs, give each pair's translation in the third column instead of --src-mt")
	case o.Pairs != "" && o.Format == "vecalign" && (o.Out == "" || o.Out == "-"):
		return usagef("--pairs with --format vecalign writes one file per pair: give --out DIR")
	case o.SrcLang == "" || o.TgtLang == "":
		return usagef("--src-lang and --tgt-lang must not be empty")
	}
	return nil
}
