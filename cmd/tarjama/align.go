package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/tarjama/tarjama/align"
	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/glossary"
	"github.com/tarjama/tarjama/input"
	"github.com/tarjama/tarjama/internal/atomicfile"
	"github.com/tarjama/tarjama/segment"
)

// alignOptions are the flags and arguments of `tarjama align`.
type alignOptions struct {
	Src, Tgt         string // document paths (one pair)
	SrcMT            string // --src-mt: line-aligned translation of Src
	Pairs            string // --pairs: TSV of SRC<TAB>TGT[<TAB>SRC_MT] paths
	Presplit         bool   // one sentence per line instead of paragraphs
	SrcLang, TgtLang string
	Format           string  // vecalign, tsv, jsonl, tmx
	MinScore         float64 // links scoring below are dropped
	Out              string  // output file (a directory for --pairs with vecalign); "" or "-": stdout
	MaxGroup         int
	Glossary         string // glossary file whose terms serve as anchors

	// Translate translates source sentences into TgtLang when a pair has
	// no SrcMT; nil aligns on length and anchors alone. Backend names it
	// for messages.
	Translate func(ctx context.Context, sentences []string) ([]string, error)
	Backend   string
	// srcRoot, when set, is the folder relative --pairs source paths are
	// read from (align-docs names documents relative to SRC_DIR).
	srcRoot string
}

const alignDescription = `Aligns the sentences of SRC with those of its translation TGT and prints
which sentences translate which.

Input: UTF-8 text. By default each line of SRC and TGT is a paragraph, split
into sentences by the segmenter translate uses (blank lines are skipped;
unlike segment, no boilerplate is removed). With
--presplit each line is one sentence, blank lines included, so the indices
printed are 0-based line numbers.

Similarity: --src-mt FILE gives a translation of SRC into the target
language with one line per source sentence (per line with --presplit), as
Bleualign's -t. Without it SRC is translated with --backend (default:
lexicon for ar→en, none for other pairs). Where no backend serves the pair,
sentences are aligned on length and anchors (numbers, Latin-script words,
punctuation, --glossary terms) alone, with a note on stderr.

Output (stdout, or --out FILE):
  vecalign  one link per line, covering every sentence of both files in order:
            [0]:[0, 1]:0.87   source 0 ↔ target 0 and 1, score 0.87
            []:[5]:0.00       target 5 is linked to nothing
  tsv       a "SRC_LANG<TAB>TGT_LANG" header, then "source<TAB>target" per link
  jsonl     one corpus record per link, with "align" ("1-2") and "score"
  tmx       TMX 1.4b, one <tu> per link, with x-align and x-score props
Scores are in [0,1]: how sure the aligner is that the link is right.
--min-score S drops links scoring below S. In tsv, jsonl and tmx they are
left out (as unlinked sentences always are); in vecalign, so that every line
stays covered, each of their sentences is printed as unlinked ([3]:[]:0.00).

Many documents: --pairs FILE reads one pair per line, "SRC<TAB>TGT" or
"SRC<TAB>TGT<TAB>SRC_MT" (relative paths are relative to FILE's folder;
blank lines and lines starting with # are skipped). tsv, jsonl and tmx
output is one stream whose records name their document (SRC as written in
FILE); vecalign output needs --out DIR and writes DIR/<SRC name>.align per
pair. Each pair's document score (the share of sentences linked, weighted
by link score) is reported on stderr. A pair that cannot be read or aligned
is reported and skipped: the others are still written and the exit status
is 3.`

func alignCommand() *cli.Command {
	flags := []cli.Flag{
		&cli.BoolFlag{Name: "presplit", Usage: "inputs hold one sentence per line (default: one paragraph per line, split into sentences)"},
		&cli.StringFlag{Name: "src-lang", Value: "ar", Usage: "source language `CODE`"},
		&cli.StringFlag{Name: "tgt-lang", Value: "en", Usage: "target language `CODE`"},
		&cli.StringFlag{Name: "src-mt", Usage: "`FILE` translating SRC into the target language, one line per source sentence"},
		&cli.StringFlag{Name: "backend", Aliases: []string{"b"}, Usage: "translate SRC with backend `NAME` when there is no --src-mt", DefaultText: "lexicon for ar→en, none otherwise"},
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "vecalign", Usage: "output format: vecalign, tsv, jsonl or tmx"},
		&cli.StringFlag{Name: "pairs", Usage: "align every document pair listed in `FILE` (SRC<TAB>TGT[<TAB>SRC_MT] per line)"},
		&cli.Float64Flag{Name: "min-score", Usage: "drop links scoring below `S` (0..1)"},
		&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "write to `PATH` instead of stdout (a folder for --pairs with vecalign)"},
		&cli.IntFlag{Name: "max-group", Value: align.DefaultMaxGroup, Usage: "at most `N` sentences on one side of a link (enumerations such as أ- … ب- … may group up to 10 items)"},
		&cli.StringFlag{Name: "glossary", Aliases: []string{"g"}, Usage: "glossary `FILE` whose terms serve as anchors"},
	}
	return &cli.Command{
		Name:        "align",
		Usage:       "align the sentences of a document and its translation",
		ArgsUsage:   "SRC TGT",
		Description: alignDescription,
		Flags:       append(flags, backendFlags()...),
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return usageError{err}
		},
		Action: func(c *cli.Context) error {
			opts := alignOptions{
				SrcMT: c.String("src-mt"), Pairs: c.String("pairs"), Presplit: c.Bool("presplit"),
				SrcLang: c.String("src-lang"), TgtLang: c.String("tgt-lang"),
				Format: c.String("format"), MinScore: c.Float64("min-score"), Out: c.String("out"),
				MaxGroup: c.Int("max-group"), Glossary: c.String("glossary"),
			}
			args := c.Args().Slice()
			switch {
			case opts.Pairs == "" && len(args) != 2:
				return usageErrorf("align: want SRC and TGT (or --pairs FILE), got %d arguments", len(args))
			case opts.Pairs != "" && len(args) != 0:
				return usageErrorf("align: --pairs takes no SRC TGT arguments")
			case opts.Pairs == "":
				opts.Src, opts.Tgt = args[0], args[1]
			}
			if err := opts.check(); err != nil {
				return err
			}
			name := c.String("backend")
			explicit := c.IsSet("backend")
			if !explicit && strings.EqualFold(opts.SrcLang, "ar") && strings.EqualFold(opts.TgtLang, "en") {
				name = "lexicon"
			}
			if name == "" || (opts.Pairs == "" && opts.SrcMT != "") {
				return runAlign(c.Context, opts, c.App.Reader, c.App.Writer, c.App.ErrWriter)
			}
			setup, err := openTranslator(c.Context, c, name, "")
			if err != nil {
				var u usageError
				if explicit || errors.As(err, &u) {
					return err
				}
				fmt.Fprintf(c.App.ErrWriter, "tarjama: align: backend %s unavailable (%v); aligning on length and anchors only\n", name, err)
				return runAlign(c.Context, opts, c.App.Reader, c.App.Writer, c.App.ErrWriter)
			}
			defer setup.Close()
			opts.Backend = name
			opts.Translate = func(ctx context.Context, sents []string) ([]string, error) {
				return setup.Translator.Translate(ctx, backend.Request{
					SrcLang: opts.SrcLang, TgtLang: opts.TgtLang, Segments: sents, Format: backend.Text,
				})
			}
			return runAlign(c.Context, opts, c.App.Reader, c.App.Writer, c.App.ErrWriter)
		},
	}
}

func (o *alignOptions) check() error {
	switch o.Format {
	case "vecalign", "tsv", "jsonl", "tmx":
	default:
		return usageErrorf("align: unknown --format %q (vecalign, tsv, jsonl or tmx)", o.Format)
	}
	if o.MinScore < 0 || o.MinScore > 1 {
		return usageErrorf("align: --min-score %v is outside 0..1", o.MinScore)
	}
	if o.MaxGroup < 1 {
		return usageErrorf("align: --max-group must be at least 1")
	}
	if o.Pairs != "" && o.SrcMT != "" {
		return usageErrorf("align: with --pairs, give each pair's translation in the third column instead of --src-mt")
	}
	if o.Pairs != "" && o.Format == "vecalign" && (o.Out == "" || o.Out == "-") {
		return usageErrorf("align: --pairs with --format vecalign writes one file per pair: give --out DIR")
	}
	if o.SrcLang == "" || o.TgtLang == "" {
		return usageErrorf("align: --src-lang and --tgt-lang must not be empty")
	}
	return nil
}

// alignDocPair is one SRC/TGT document pair to align.
type alignDocPair struct {
	Src, Tgt, SrcMT string // paths
	Name            string // how reports and records name it
}

func runAlign(ctx context.Context, opts alignOptions, stdin io.Reader, stdout, stderr io.Writer) error {
	if err := opts.check(); err != nil {
		return err
	}
	var terms []align.Term
	if opts.Glossary != "" {
		g, err := glossary.Load(opts.Glossary)
		if err != nil {
			return usageErrorf("align: %v", err)
		}
		for _, e := range g.Entries {
			for _, s := range append([]string{e.Source}, e.Variants...) {
				terms = append(terms, align.Term{Source: s, Target: e.Target})
			}
		}
	}
	pairs := []alignDocPair{{Src: opts.Src, Tgt: opts.Tgt, SrcMT: opts.SrcMT, Name: filepath.ToSlash(opts.Src)}}
	if opts.Pairs != "" {
		var err error
		if pairs, err = alignPairsFile(opts.Pairs, stdin); err != nil {
			return err
		}
		if opts.srcRoot != "" {
			for i := range pairs {
				pairs[i].Src = filepath.Join(opts.srcRoot, filepath.FromSlash(pairs[i].Src))
			}
		}
	}

	out := stdout
	var outFile *atomicfile.File // --out: readers never see a half-written file
	vecDir := ""
	if opts.Out != "" && opts.Out != "-" {
		if opts.Pairs != "" && opts.Format == "vecalign" {
			if err := os.MkdirAll(opts.Out, 0o755); err != nil {
				return fmt.Errorf("align: %w", err)
			}
			vecDir = opts.Out
		} else {
			f, err := atomicfile.Create(opts.Out)
			if err != nil {
				return fmt.Errorf("align: %w", err)
			}
			defer f.Abort() // no-op after Commit
			outFile, out = f, f
		}
	}
	var cw corpus.Writer
	if opts.Format != "vecalign" {
		var err error
		cw, err = corpus.NewWriter(out, corpus.Format(opts.Format), corpus.TMXHeader{CreationToolVersion: version, SrcLang: opts.SrcLang})
		if err != nil {
			return err
		}
	}

	failed := 0
	names := map[string]int{}
	noted := false
	for k, p := range pairs {
		if err := ctx.Err(); err != nil {
			return err
		}
		res, err := alignPair(ctx, p, opts, terms, stderr, &noted)
		if err == nil {
			switch {
			case cw != nil:
				err = alignWriteCorpus(cw, p, res, opts)
			case vecDir != "":
				err = alignWriteFile(filepath.Join(vecDir, alignFileName(names, p.Src, k)), res.links, opts.MinScore)
			default:
				err = align.WriteVecalign(out, align.FilterLinks(res.links, opts.MinScore))
			}
		}
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if len(pairs) == 1 {
				return err
			}
			failed++
			fmt.Fprintf(stderr, "tarjama: align: %s: %v\n", p.Name, err)
			continue
		}
		if len(pairs) > 1 || opts.Format != "vecalign" {
			fmt.Fprintf(stderr, "%s: %d source and %d target sentences, %d links, %d unlinked, document score %.2f\n",
				p.Name, res.n, res.m, res.linked, res.unlinked, res.score)
		}
	}
	if cw != nil {
		if err := cw.Close(); err != nil {
			return fmt.Errorf("align: %w", err)
		}
	}
	if outFile != nil {
		if err := outFile.Commit(); err != nil {
			return fmt.Errorf("align: %w", err)
		}
	}
	if failed > 0 {
		return fmt.Errorf("align: %d of %d pairs failed: %w", failed, len(pairs), errPartial)
	}
	return nil
}

// alignResult is one aligned document pair.
type alignResult struct {
	src, tgt         []string
	links            []align.Link
	n, m             int
	linked, unlinked int     // links with both sides; sentences linked to nothing
	score            float64 // document score
}

func alignPair(ctx context.Context, p alignDocPair, opts alignOptions, terms []align.Term, stderr io.Writer, noted *bool) (alignResult, error) {
	var r alignResult
	var err error
	if r.src, err = alignSentences(p.Src, opts.SrcLang, opts.Presplit); err != nil {
		return r, err
	}
	if r.tgt, err = alignSentences(p.Tgt, opts.TgtLang, opts.Presplit); err != nil {
		return r, err
	}
	ao := align.Options{MaxGroup: opts.MaxGroup, Terms: terms}
	switch {
	case p.SrcMT != "":
		if ao.SrcMT, err = alignLines(p.SrcMT); err != nil {
			return r, err
		}
		// A trailing blank line is an artefact of how files end, not a sentence.
		for len(ao.SrcMT) > len(r.src) && strings.TrimSpace(ao.SrcMT[len(ao.SrcMT)-1]) == "" {
			ao.SrcMT = ao.SrcMT[:len(ao.SrcMT)-1]
		}
		if len(ao.SrcMT) != len(r.src) {
			return r, fmt.Errorf("%s has %d lines but %s has %d sentences: the translation must have one line per source sentence",
				p.SrcMT, len(ao.SrcMT), p.Src, len(r.src))
		}
	case opts.Translate != nil && len(r.src) > 0:
		mt, err := opts.Translate(ctx, r.src)
		var be *backend.Error
		switch {
		case err == nil && len(mt) == len(r.src):
			ao.SrcMT = mt
		case err == nil:
			return r, fmt.Errorf("backend %s returned %d translations for %d sentences", opts.Backend, len(mt), len(r.src))
		case ctx.Err() != nil:
			return r, ctx.Err()
		case errors.As(err, &be) && be.Kind == backend.Permanent:
			// The backend cannot serve this pair (e.g. lexicon and de→fr).
			if !*noted {
				fmt.Fprintf(stderr, "tarjama: align: backend %s cannot translate %s→%s (%v); aligning on length and anchors only\n",
					opts.Backend, opts.SrcLang, opts.TgtLang, err)
				*noted = true
			}
		default:
			return r, fmt.Errorf("translating %s: %w", p.Src, err)
		}
	}
	if r.links, err = align.Align(ctx, r.src, r.tgt, ao); err != nil {
		return r, err
	}
	r.n, r.m = len(r.src), len(r.tgt)
	r.score, r.linked, r.unlinked = align.DocScore(r.links, r.n, r.m)
	return r, nil
}

func alignWriteFile(path string, links []align.Link, min float64) error {
	f, err := atomicfile.Create(path)
	if err != nil {
		return err
	}
	defer f.Abort()
	if err := align.WriteVecalign(f, align.FilterLinks(links, min)); err != nil {
		return err
	}
	return f.Commit()
}

// alignFileName names pair k's vecalign file after its source document, adding
// the pair's number when two sources share a name.
func alignFileName(seen map[string]int, src string, k int) string {
	base := strings.TrimSuffix(filepath.Base(src), filepath.Ext(src))
	if base == "" || base == "." || base == "-" {
		base = "pair"
	}
	name := base + ".align"
	if seen[name] > 0 {
		name = fmt.Sprintf("%s.%d.align", base, k+1)
	}
	seen[name]++
	return name
}

func alignWriteCorpus(w corpus.Writer, p alignDocPair, r alignResult, opts alignOptions) error {
	for _, pair := range align.Pairs(r.links, r.src, r.tgt, align.PairOptions{
		Doc: p.Name, SrcLang: opts.SrcLang, TgtLang: opts.TgtLang, MinScore: opts.MinScore, RoundScore: true, // as vecalign prints
	}) {
		if err := w.Write(pair); err != nil {
			return err
		}
	}
	return nil
}

// alignLines reads a text file's lines (without line ends): UTF-8, or
// Windows-1256 and UTF-16 as translate reads them.
func alignLines(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	text, _, err := input.DecodeText(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	text = strings.TrimPrefix(text, "\ufeff")
	text = strings.TrimSuffix(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	if text == "" {
		return nil, nil
	}
	return strings.Split(text, "\n"), nil
}

// alignSentences reads a document: one sentence per line when presplit,
// else one paragraph per line split into sentences.
func alignSentences(path, lang string, presplit bool) ([]string, error) {
	lines, err := alignLines(path)
	if err != nil || presplit {
		return lines, err
	}
	var sents []string
	for _, line := range lines {
		if strings.TrimSpace(line) == "" {
			continue
		}
		sents = append(sents, segment.Sentences(lang, line)...)
	}
	return sents, nil
}

// alignPairsFile reads --pairs: SRC<TAB>TGT[<TAB>SRC_MT] per line.
func alignPairsFile(path string, stdin io.Reader) ([]alignDocPair, error) {
	var r io.Reader = stdin
	dir := ""
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, usageErrorf("align: %v", err)
		}
		defer f.Close()
		r, dir = f, filepath.Dir(path)
	}
	resolve := func(p string) string {
		if dir == "" || filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(dir, p)
	}
	var pairs []alignDocPair
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) < 2 || len(cols) > 3 || cols[0] == "" || cols[1] == "" {
			return nil, usageErrorf("align: %s:%d: want SRC<TAB>TGT or SRC<TAB>TGT<TAB>SRC_MT", path, line)
		}
		p := alignDocPair{Src: resolve(cols[0]), Tgt: resolve(cols[1]), Name: filepath.ToSlash(cols[0])}
		if len(cols) == 3 && cols[2] != "" {
			p.SrcMT = resolve(cols[2])
		}
		pairs = append(pairs, p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("align: reading %s: %w", path, err)
	}
	if len(pairs) == 0 {
		return nil, usageErrorf("align: %s lists no document pairs", path)
	}
	return pairs, nil
}
