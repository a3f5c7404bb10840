package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"

	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/corpus/filter"
	"github.com/tarjama/tarjama/internal/atomicfile"
	"github.com/tarjama/tarjama/langid"
	"github.com/tarjama/tarjama/qe"
)

// exportConfig is what the export command's flags say.
type exportConfig struct {
	Inputs           []string
	Out              string
	Formats          []corpus.Format
	From             corpus.Format
	SrcLang, TgtLang string
	Filter           filter.Options
	LangID           bool    // drop pairs whose sides are identified as another language
	MinQE            float64 // drop pairs whose quality estimate is below this (0: off)
	Quiet            bool
	Progress         bool // count pairs on stderr (a terminal, not --quiet)
	now              func() time.Time
	stdin            io.Reader
}

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

func splitString(s [3]float64) string {
	return fmt.Sprintf("%g,%g,%g", s[0], s[1], s[2])
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

// planSplit reads the inputs once more to count each document's pairs,
// so that the split fills every part's quota by document instead of
// hashing documents into parts. Standard input cannot be read twice: it
// keeps the hashed split.
func planSplit(ctx context.Context, cfg exportConfig, f *filter.Filter, src, tgt string) error {
	if s := cfg.Filter.Split; s[1]+s[2] == 0 || slices.Contains(cfg.Inputs, "-") {
		return nil
	}
	dc, err := filter.NewDocCounter(cfg.Filter)
	if err != nil {
		return usageErrorf("%v", err)
	}
	for _, in := range cfg.Inputs {
		r, err := openInput(in, cfg.From, cfg.SrcLang, cfg.TgtLang, cfg.stdin)
		if err != nil {
			return err
		}
		_, err = copyChecked(ctx, dc, r, src, tgt)
		r.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", in, err)
		}
	}
	f.SetPlan(dc.Plan())
	return nil
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

// scoringChain puts the language-identification and quality filters in
// front of w; the returned counts are filled as pairs go through.
func scoringChain(ctx context.Context, cfg exportConfig, w corpus.Writer) (corpus.Writer, *scoringDrops, error) {
	drops := &scoringDrops{}
	if cfg.LangID {
		id, err := langid.New(langid.Options{})
		if err != nil {
			return nil, nil, err
		}
		drops.langID = filter.NewLangID(w, id)
		w = drops.langID
	}
	if cfg.MinQE > 0 {
		sc, err := newQEScorer()
		if err != nil {
			return nil, nil, err
		}
		drops.minQE = filter.NewMinQE(w, nil, cfg.MinQE)
		w = qe.NewWriter(ctx, drops.minQE, sc, 256) // scores in batches, then compares
	}
	return w, drops, nil
}

// scoringDrops reports what the scoring filters dropped.
type scoringDrops struct {
	langID *filter.LangID
	minQE  *filter.MinQE
}

func (d *scoringDrops) fill(r *exportReport) {
	if d.langID != nil {
		r.LangIDSrc, r.LangIDTgt = d.langID.DroppedSrc, d.langID.DroppedTgt
	}
	if d.minQE != nil {
		r.BelowMinQE = d.minQE.Dropped
	}
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

func exportCommand() *cli.Command {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "./tarjama-export", Usage: "output `DIR`"},
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "jsonl,moses", Usage: "comma `LIST` of output formats: tmx, jsonl, moses, tsv"},
		&cli.StringFlag{Name: "from", Usage: "input `FORMAT` (default: by extension)"},
		&cli.StringFlag{Name: "src-lang", Usage: "source language `CODE` (default: the input's)"},
		&cli.StringFlag{Name: "tgt-lang", Usage: "target language `CODE` (default: the input's)"},
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no summary on stderr"},
	}
	return &cli.Command{
		Name:      "export",
		Usage:     "filter a parallel corpus for training and split it into train/dev/test",
		ArgsUsage: "IN... (corpus files, Moses stems, or `tarjama translate` output folders)",
		Description: "Reads every pair of every IN in order, drops what the training filters reject,\n" +
			"and writes the rest to DIR/train.*, DIR/dev.* and DIR/test.* (parts with a zero\n" +
			"share are not written) in each --format, plus DIR/export-report.json with what each\n" +
			"filter removed. A document never lands in two parts; the same input and seed give\n" +
			"the same split. Moses and TSV inputs carry no document names, so they are split\n" +
			"pair by pair. Files appear only when complete.\n\n" + formatsHelp + "\n\n" + exitCodesHelp,
		Flags: append(flags, exportFlags()...),
		Action: func(c *cli.Context) error {
			if err := flagAfterArgs(c); err != nil {
				return err
			}
			if c.NArg() == 0 {
				return usageErrorf("export: no IN given")
			}
			cfg := exportConfig{
				Inputs: c.Args().Slice(), Out: c.String("out"),
				SrcLang: c.String("src-lang"), TgtLang: c.String("tgt-lang"),
				Quiet: c.Bool("quiet"), stdin: c.App.Reader,
				Progress: !c.Bool("quiet") && isTerminal(c.App.ErrWriter),
			}
			var err error
			if cfg.From, err = optFormat(c, "from"); err != nil {
				return err
			}
			if cfg.Formats, err = parseFormats(c.String("format")); err != nil {
				return err
			}
			if cfg.Filter, err = exportOptions(c); err != nil {
				return err
			}
			if cfg.LangID, cfg.MinQE, err = scoringFilters(c); err != nil {
				return err
			}
			if cfg.now, err = sourceDate(); err != nil {
				return usageErrorf("SOURCE_DATE_EPOCH: %v", err)
			}
			return runExport(c.Context, cfg, c.App.Writer, c.App.ErrWriter)
		},
	}
}

// exportReportName is export's report in DIR; not report.json, so that
// exporting into a translate output folder keeps translate's report.
const exportReportName = "export-report.json"

// exportReport is DIR/export-report.json.
type exportReport struct {
	Inputs  []exportInput  `json:"inputs"`
	SrcLang string         `json:"src_lang"`
	TgtLang string         `json:"tgt_lang"`
	Options filter.Options `json:"options"`
	Summary filter.Summary `json:"summary"`
	Files   []string       `json:"files"`
	// Pairs dropped by --lang-id (source, target in another language)
	// and by --min-qe.
	LangIDSrc  int     `json:"lang_id_src_dropped,omitempty"`
	LangIDTgt  int     `json:"lang_id_tgt_dropped,omitempty"`
	BelowMinQE int     `json:"min_qe_dropped,omitempty"`
	Seconds    float64 `json:"seconds"`
}

type exportInput struct {
	Path    string `json:"path"`
	Pairs   int    `json:"pairs"`
	Skipped int    `json:"skipped_units,omitempty"` // TMX units without both languages
}

// multiWriter writes every pair to each writer (one part, several formats).
type multiWriter []corpus.Writer

func (m multiWriter) Write(p corpus.Pair) error {
	for _, w := range m {
		if err := w.Write(p); err != nil {
			return err
		}
	}
	return nil
}

func (m multiWriter) Close() error {
	var first error
	for _, w := range m {
		if err := w.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

func runExport(ctx context.Context, cfg exportConfig, stdout, stderr io.Writer) error {
	if cfg.now == nil {
		cfg.now = time.Now
	}
	start := time.Now() // wall time for the report; cfg.now dates the files
	f, err := filter.New(cfg.Filter)
	if err != nil {
		return usageErrorf("%v", err)
	}
	// Open every input first, so a missing one is a usage error before any
	// output exists; they are read one after the other.
	var readers []corpus.Reader
	defer func() {
		for _, r := range readers {
			r.Close()
		}
	}()
	for _, in := range cfg.Inputs {
		r, err := openInput(in, cfg.From, cfg.SrcLang, cfg.TgtLang, cfg.stdin)
		if err != nil {
			return err
		}
		readers = append(readers, r)
	}
	first, firstPair, err := corpus.Peek(readers[0])
	if err != nil {
		return fmt.Errorf("%s: %w", cfg.Inputs[0], err)
	}
	readers[0] = first
	src, tgt := corpus.PairLangs(firstPair, cfg.SrcLang, cfg.TgtLang)
	if err := planSplit(ctx, cfg, f, src, tgt); err != nil {
		return err
	}

	header := corpus.TMXHeader{CreationToolVersion: version, CreationDate: cfg.now(), SrcLang: src}
	w, err := createSplit(cfg.Out, cfg.Formats, f, src, tgt, header)
	if err != nil {
		return err
	}
	abort := w.Abort

	rep := exportReport{SrcLang: src, TgtLang: tgt, Options: cfg.Filter}
	chain, drops, err := scoringChain(ctx, cfg, w)
	if err != nil {
		abort()
		return err
	}
	var sink corpus.Writer = chain
	if cfg.Progress {
		// The total is unknown without reading twice: a spinner with a count.
		bar := progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(stderr),
			progressbar.OptionSetDescription("exporting"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("pairs"),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
		defer bar.Finish()
		n := 0
		sink = writerFunc(func(p corpus.Pair) error {
			if n++; n%1024 == 0 {
				bar.Add(1024)
			}
			return chain.Write(p)
		})
	}
	skipped := 0
	for i, r := range readers {
		n, err := copyChecked(ctx, sink, r, src, tgt)
		if err != nil {
			abort()
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fmt.Errorf("%s: %w", cfg.Inputs[i], err)
		}
		in := exportInput{Path: cfg.Inputs[i], Pairs: n, Skipped: corpus.Skipped(r)}
		skipped += in.Skipped
		rep.Inputs = append(rep.Inputs, in)
	}
	if err := chain.Close(); err != nil { // closes w last
		abort()
		return err
	}
	drops.fill(&rep)
	rep.Files = w.Files()
	rep.Summary = w.Summary()
	rep.Seconds = time.Since(start).Seconds()
	data, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(filepath.Join(cfg.Out, exportReportName), append(data, '\n')); err != nil {
		return err
	}
	if !cfg.Quiet {
		// A summary is a diagnostic: stdout stays for data.
		rep.Summary.WriteText(stderr)
		fmt.Fprintf(stderr, "wrote %s to %s\n", strings.Join(rep.Files, ", "), cfg.Out)
	}
	if skipped > 0 {
		fmt.Fprintf(stderr, "export: skipped %d TMX units without both %s and %s\n", skipped, src, tgt)
		return fmt.Errorf("export: %d units skipped: %w", skipped, errPartial)
	}
	return nil
}

// splitWriter is a filter.Writer whose parts are files DIR/<part>.<format>
// (a Moses pair DIR/<part>.<src> + DIR/<part>.<tgt>), written atomically.
type splitWriter struct {
	*filter.Writer
	dir   string
	files []*corpus.FileWriter
}

// createSplit starts the files of every part f can fill, in every format.
// Write through the result, then Close to publish all files or Abort to
// leave none. translate uses it for its training flags.
func createSplit(dir string, formats []corpus.Format, f *filter.Filter, src, tgt string, header corpus.TMXHeader) (*splitWriter, error) {
	sw := &splitWriter{dir: dir}
	var parts [3]corpus.Writer
	for _, part := range filter.Parts {
		if !f.Uses(part) {
			continue
		}
		var mw multiWriter
		for _, format := range formats {
			name := part.String()
			if format != corpus.Moses {
				name += "." + string(format)
			}
			fw, err := corpus.Create(filepath.Join(dir, name), corpus.CreateOptions{Format: format, SrcLang: src, TgtLang: tgt, TMX: header})
			if err != nil {
				sw.Abort()
				return nil, err
			}
			sw.files = append(sw.files, fw)
			mw = append(mw, fw)
		}
		parts[part] = mw
	}
	sw.Writer = filter.NewWriter(f, parts[0], parts[1], parts[2])
	return sw, nil
}

// Abort discards every pending file.
func (s *splitWriter) Abort() {
	for _, fw := range s.files {
		fw.Abort()
	}
}

// Files lists the files written, relative to the directory.
func (s *splitWriter) Files() []string {
	var out []string
	for _, fw := range s.files {
		for _, p := range fw.Paths() {
			rel, _ := filepath.Rel(s.dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
	}
	return out
}

// copyChecked is copyPairs that also refuses pairs in another language
// pair than the first one's: they would end up in wrongly named files.
func copyChecked(ctx context.Context, w corpus.Writer, r corpus.Reader, src, tgt string) (int, error) {
	return corpus.Copy(ctx, writerFunc(func(p corpus.Pair) error {
		if !corpus.LangMatch(p.SrcLang, src) || !corpus.LangMatch(p.TgtLang, tgt) {
			return fmt.Errorf("pair %q is %s→%s, not %s→%s like the first pair (use --src-lang/--tgt-lang)", p.ID, p.SrcLang, p.TgtLang, src, tgt)
		}
		return w.Write(p)
	}), r)
}

type writerFunc func(corpus.Pair) error

func (f writerFunc) Write(p corpus.Pair) error { return f(p) }
func (f writerFunc) Close() error              { return nil }
