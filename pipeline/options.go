package pipeline

import (
	"context"
	"io"
	"strings"
	"time"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/glossary"
)

// Translation units.
const (
	UnitSentence  = "sentence"  // one request segment per sentence: pairs are 1-1 by construction
	UnitParagraph = "paragraph" // one segment per paragraph: sentences aligned afterwards
)

// Glossary modes.
const (
	GlossaryProtect = "protect" // replace terms before translation, verify after
	GlossaryNative  = "native"  // hand the glossary to backends that support it, verify after
	GlossaryVerify  = "verify"  // only verify (and repair) after translation
)

// Options configures a run.
type Options struct {
	OutDir           string
	SrcLang, TgtLang string
	Formats          []string // any of corpus.Formats ("tmx", "jsonl", "moses", "tsv", "xliff"); default tmx, jsonl
	XLIFFVersion     string   // of the xliff format's files: corpus.XLIFF21 (default) or corpus.XLIFF12

	// Translator translates the segments. When it implements
	// backend.StatsReporter, its statistics (requests, retries, cache
	// hits: the decorators know them, the pipeline does not) go into
	// report.json once the run is over.
	Translator  backend.Translator
	BackendName string
	// AlignMT, when set, translates source sentences cheaply for the
	// aligner in paragraph mode (e.g. the embedded lexicon); may be nil.
	AlignMT backend.Translator

	Glossary     *glossary.Glossary // nil for none
	GlossaryMode string             // protect (default), native or verify

	Unit            string // sentence (default) or paragraph
	Concurrency     int    // documents in flight, 1 to MaxConcurrency; 0 picks 4
	KeepBoilerplate bool
	// MaxSegmentChars caps a segment's length in code points; longer
	// sentences are cut at spaces. 0 picks a default from the backend's limits.
	MaxSegmentChars int

	// DryRun runs everything up to translation (the translator is expected
	// to be a meter) and writes no corpus or documents.
	DryRun bool
	// Fresh ignores (and clears) the journal of an earlier run in OutDir.
	Fresh bool

	// Sinks are extra writers every pair of a finished document is also
	// written to, in the order of corpus.jsonl (a training split, a
	// filter…). Run closes them once the corpus files are published and
	// aborts them (those with an Abort method) when the run fails, is
	// interrupted or is a dry run.
	Sinks []corpus.Writer
	// OpenSinks, when set, opens more sinks once the output folder is
	// locked and cleaned of stale temporary files (so a sink may write
	// its own files there); a dry run does not call it.
	OpenSinks func(context.Context) ([]corpus.Writer, error)

	Stdin    io.Reader        // read for the "-" input
	Progress func(Progress)   // called after each document; may be nil
	Now      func() time.Time // clock for report and TMX header; default time.Now
	Version  string           // tool version recorded in outputs

	// create opens an output file; tests swap it for one that fails.
	create func(path string) (sink, error)
}

// TMXHeader is the header of the run's corpus.tmx.
func (o Options) TMXHeader() corpus.TMXHeader {
	now := o.Now
	if now == nil {
		now = time.Now
	}
	return corpus.TMXHeader{CreationTool: "tarjama", CreationToolVersion: o.Version, SrcLang: o.SrcLang, CreationDate: now()}
}

// Progress is reported after each finished document.
type Progress struct {
	DocsDone, DocsTotal int
	Sentences           int // sentences translated so far
}

func (o *Options) setDefaults() {
	if o.SrcLang == "" {
		o.SrcLang = "ar"
	}
	if o.TgtLang == "" {
		o.TgtLang = "en"
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 4
	}
	if o.Unit == "" {
		o.Unit = UnitSentence
	}
	if o.GlossaryMode == "" {
		o.GlossaryMode = GlossaryProtect
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.create == nil {
		o.create = createAtomic
	}
	if len(o.Formats) == 0 {
		o.Formats = []string{"tmx", "jsonl"}
	}
	if o.MaxSegmentChars <= 0 {
		var l backend.Limits
		if lt, ok := o.Translator.(backend.Limiter); ok {
			l = lt.Limits()
		}
		o.MaxSegmentChars = SegmentBudget(l)
	}
}

// SegmentBudget picks a segment length (in code points) that fits in one
// request of a backend with these limits, with room to spare, so that a
// sentence without punctuation (even a 10 MB line) is cut before the
// backend could refuse it. The byte budget is judged with the backend's
// own cost function on worst-case text (4-byte characters), so a backend
// that sends long segments another way (Google v2 falls back to POST)
// does not get its sentences cut short.
func SegmentBudget(lim backend.Limits) int {
	const def, floor = 1500, 50
	n := def
	if lim.MaxChars > 0 && lim.MaxChars/2 < n {
		n = lim.MaxChars / 2
	}
	if lim.MaxBytes > 0 {
		cost := func(k int) int {
			s := strings.Repeat("\U0001F600", k)
			if lim.RequestBytes != nil {
				return lim.RequestBytes(s)
			}
			return len(s)
		}
		// A backend whose cost stays within its budget for any segment
		// sends long ones alone (Google v2 by POST): no cut needed. Else
		// keep a segment under half the budget, for markup added later.
		if cost(n) > lim.MaxBytes {
			lo, hi := 0, n // largest k with cost(k) <= MaxBytes/2
			for lo < hi {
				mid := (lo + hi + 1) / 2
				if cost(mid) <= lim.MaxBytes/2 {
					lo = mid
				} else {
					hi = mid - 1
				}
			}
			n = lo
		}
	}
	if n < floor {
		n = floor
	}
	return n
}
