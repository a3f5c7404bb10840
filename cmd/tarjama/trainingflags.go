package main

import (
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/tarjama/tarjama/corpus/filter"
	"github.com/tarjama/tarjama/corpus/training"
)

// exportFlags declares the training filters and the split. They are shared
// by `export` and `translate`; defaults are filter.DefaultOptions.
func exportFlags() []cli.Flag {
	d := filter.DefaultOptions()
	const cat = "Training filters and split:"
	return []cli.Flag{
		&cli.StringFlag{Category: cat, Name: "dedup", Value: string(d.Dedup), Usage: "drop duplicate pairs: none, exact, normalized (also ignores case, punctuation, spaces, Arabic diacritics) or near (also folds Persian/Urdu letters and numbers)"},
		&cli.StringFlag{Category: cat, Name: "dedup-on", Usage: "side the duplicate check compares: src, tgt or pair (default: pair)"},
		&cli.BoolFlag{Category: cat, Name: "lang-id", Usage: "drop pairs whose source or target is identified as another language (short sides are kept)"},
		&cli.Float64Flag{Category: cat, Name: "min-qe", Usage: "drop pairs whose quality estimate (see `tarjama qe`) is below `F` in [0,1] (0: off)"},
		&cli.IntFlag{Category: cat, Name: "min-len", Value: d.MinTokens, Usage: "drop pairs with a side shorter than `N` whitespace tokens (characters for zh, ja, th, …)"},
		&cli.IntFlag{Category: cat, Name: "max-len", Value: d.MaxTokens, Usage: "drop pairs with a side longer than `N` tokens (0: no limit)"},
		&cli.Float64Flag{Category: cat, Name: "max-ratio", Value: d.MaxRatio, Usage: "drop pairs whose longer side has more than `R` times the tokens of the shorter (0: off)"},
		&cli.BoolFlag{Category: cat, Name: "script-check", Value: d.ScriptCheck, Usage: "drop pairs whose sides are not mostly in their language's script (ar: Arabic, en: Latin, …); --script-check=false to turn off"},
		&cli.Float64Flag{Category: cat, Name: "min-script-share", Value: d.MinScriptShare, Usage: "share `F` of a side's letters that must be in its script"},
		&cli.Float64Flag{Category: cat, Name: "min-score", Value: d.MinScore, Usage: "drop pairs with an alignment score below `F` (pairs without a score are kept; 0: off)"},
		&cli.BoolFlag{Category: cat, Name: "drop-glossary-miss", Value: d.DropGlossaryMiss, Usage: "drop pairs whose translation misses a glossary term; --drop-glossary-miss=false to keep them"},
		&cli.StringFlag{Category: cat, Name: "split", Usage: "train,dev,test `SHARES` by document, filled in seeded document order (e.g. 0.9,0.05,0.05; default: no split, everything in train)"},
		&cli.Uint64Flag{Category: cat, Name: "seed", Value: d.Seed, Usage: "`N` varying which documents go to dev and test"},
	}
}

// exportOptions reads the flags of exportFlags; bad values are usage
// errors.
func exportOptions(c *cli.Context) (filter.Options, error) {
	o := filter.Options{
		Dedup:            filter.Dedup(strings.ToLower(c.String("dedup"))),
		DedupOn:          filter.DedupOn(strings.ToLower(c.String("dedup-on"))),
		MinTokens:        c.Int("min-len"),
		MaxTokens:        c.Int("max-len"),
		MaxRatio:         c.Float64("max-ratio"),
		ScriptCheck:      c.Bool("script-check"),
		MinScriptShare:   c.Float64("min-script-share"),
		MinScore:         c.Float64("min-score"),
		DropGlossaryMiss: c.Bool("drop-glossary-miss"),
		Seed:             c.Uint64("seed"),
	}
	// No split unless asked: a lone --dedup must not make dev and test.
	o.Split = [3]float64{1, 0, 0}
	if c.IsSet("split") {
		split, err := filter.ParseSplit(c.String("split"))
		if err != nil {
			return o, usageErrorf("--split: %v", err)
		}
		o.Split = split
	}
	if err := o.Validate(); err != nil {
		return o, usageErrorf("%v", err)
	}
	return o, nil
}

// scoringFilters reads --lang-id and --min-qe, the filters that score
// pairs rather than compare their fields.
func scoringFilters(c *cli.Context) (langID bool, minQE float64, err error) {
	minQE = c.Float64("min-qe")
	if minQE < 0 || minQE > 1 {
		return false, 0, usageErrorf("--min-qe %g: want a number in [0,1]", minQE)
	}
	return c.Bool("lang-id"), minQE, nil
}

// exportFlagsSet reports whether any training flag was given, so translate
// can filter only when asked.
func exportFlagsSet(c *cli.Context) bool {
	for _, f := range exportFlags() {
		if c.IsSet(f.Names()[0]) {
			return true
		}
	}
	return false
}

// exportConfig is what the export command's flags say.
type exportConfig struct {
	training.Job
	Quiet    bool
	Progress bool             // count pairs on stderr (a terminal, not --quiet)
	now      func() time.Time // the files' creation date; nil: the clock
}
