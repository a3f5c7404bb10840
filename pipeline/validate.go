package pipeline

import (
	"errors"
	"fmt"
	"github.com/tarjama/tarjama/corpus"
)

// ErrInvalidOptions is wrapped by every error of Options.Validate: the
// options cannot describe a run (a usage error, not a failure of the run).
var ErrInvalidOptions = errors.New("invalid options")

// OptionError is a refused option. Option names the field the way the
// command line spells its flag ("format", "unit", "concurrency" …), so a
// command can print "--" + err.Error().
type OptionError struct {
	Option string
	// Detail follows the option's name: " 0: want 1 to 1024 …" or
	// ": unknown format …".
	Detail string
}

func (e *OptionError) Error() string { return e.Option + e.Detail }

// Unwrap makes errors.Is(err, ErrInvalidOptions) hold.
func (e *OptionError) Unwrap() error { return ErrInvalidOptions }

// MaxConcurrency is the most documents a run keeps in flight.
const MaxConcurrency = 1024

// Validate checks the options before any work (and before a backend is
// opened: Translator is not checked here, NewEnv requires it). A zero
// value means the default for every field (see Options). Every error
// wraps ErrInvalidOptions; those about one option are an *OptionError.
func (o Options) Validate() error {
	for _, f := range o.Formats {
		if _, err := corpus.Spec(corpus.Format(f)); err != nil {
			return formatError(f)
		}
	}
	if o.Concurrency < 0 || o.Concurrency > MaxConcurrency {
		return &OptionError{"concurrency", fmt.Sprintf(" %d: want 1 to %d documents in flight", o.Concurrency, MaxConcurrency)}
	}
	switch o.Unit {
	case "", UnitSentence, UnitParagraph:
	default:
		return &OptionError{"unit", fmt.Sprintf(": %q is neither %s nor %s", o.Unit, UnitSentence, UnitParagraph)}
	}
	switch o.GlossaryMode {
	case "", GlossaryProtect, GlossaryNative, GlossaryVerify:
	default:
		return &OptionError{"glossary-mode", fmt.Sprintf(": %q is not %s, %s or %s", o.GlossaryMode, GlossaryProtect, GlossaryNative, GlossaryVerify)}
	}
	switch o.XLIFFVersion {
	case "", corpus.XLIFF21, corpus.XLIFF12:
	default:
		return &OptionError{"xliff-version", fmt.Sprintf(" %q: want %s or %s", o.XLIFFVersion, corpus.XLIFF21, corpus.XLIFF12)}
	}
	if o.MaxSegmentChars < 0 {
		return &OptionError{"max-segment", fmt.Sprintf(" %d: want a positive number of characters (0 picks one from the backend's limits)", o.MaxSegmentChars)}
	}
	return nil
}
