package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/tarjama/tarjama/align"
	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/lexicon"
	"github.com/tarjama/tarjama/backend/registry"
	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/docalign"
	"github.com/tarjama/tarjama/input"
	"github.com/tarjama/tarjama/internal/atomicfile"
	"github.com/tarjama/tarjama/pipeline"
	"github.com/tarjama/tarjama/report"
)

// alignDocsOptions is what the align-docs command's flags say.
type alignDocsOptions struct {
	SrcDir, TgtDir   string
	SrcLang, TgtLang string
	MinScore         float64
	// Out, when set, also sentence-aligns every pair found and writes
	// corpus.jsonl, corpus.tmx and align-docs.json into this folder.
	Out string
}

func alignDocsCommand() *cli.Command {
	return &cli.Command{
		Name:      "align-docs",
		Usage:     "find which source article translates which target article in two folders",
		ArgsUsage: "SRC_DIR TGT_DIR",
		Description: "Reads every .txt, .md and .html article under SRC_DIR and TGT_DIR, translates the\n" +
			"sources with the embedded lexicon and pairs the documents 1-1 by tf-idf over words,\n" +
			"bigrams and anchors (numbers, Latin names, URLs). Prints one line per pair found,\n" +
			"src_path<TAB>tgt_path<TAB>score (paths relative to each DIR), sorted by src_path.\n" +
			"Articles without a counterpart are left out.\n\n" + exitCodesHelp,
		Flags: []cli.Flag{
			&cli.Float64Flag{Name: "min-score", Value: docalign.DefaultMinScore, Usage: "lowest similarity `F` of a pair printed"},
			&cli.StringFlag{Name: "src-lang", Value: "ar", Usage: "source language `CODE`"},
			&cli.StringFlag{Name: "tgt-lang", Value: "en", Usage: "target language `CODE`"},
			&cli.StringFlag{Name: "out", Usage: "also sentence-align each pair and write corpus.jsonl, corpus.tmx, docs/, report.json, report.html and align-docs.json into `DIR`"},
		},
		Action: func(c *cli.Context) error {
			if err := flagAfterArgs(c); err != nil {
				return err
			}
			if c.NArg() != 2 {
				return usageErrorf("align-docs: want SRC_DIR and TGT_DIR")
			}
			o := alignDocsOptions{SrcDir: c.Args().Get(0), TgtDir: c.Args().Get(1),
				SrcLang: c.String("src-lang"), TgtLang: c.String("tgt-lang"), MinScore: c.Float64("min-score"), Out: c.String("out")}
			if !(o.MinScore > 0 && o.MinScore <= 1) {
				return usageErrorf("--min-score %v: want a number in (0,1]", o.MinScore)
			}
			return runAlignDocs(c.Context, o, c.App.Writer, c.App.ErrWriter)
		},
	}
}

// readArticles reads every article under dir, paths relative to it.
func readArticles(dir string) ([]docalign.Doc, error) {
	docs, _, err := input.Collect([]string{dir})
	if err != nil {
		return nil, usageErrorf("%v", err)
	}
	var out []docalign.Doc
	for _, d := range docs {
		t, err := input.Read(d, nil)
		if err != nil {
			return nil, err
		}
		rel, err := filepath.Rel(dir, d.Path)
		if err != nil {
			rel = d.Name
		}
		out = append(out, docalign.Doc{Path: filepath.ToSlash(rel), Text: t.Text})
	}
	return out, nil
}

func runAlignDocs(ctx context.Context, o alignDocsOptions, stdout, stderr io.Writer) error {
	src, err := readArticles(o.SrcDir)
	if err != nil {
		return err
	}
	tgt, err := readArticles(o.TgtDir)
	if err != nil {
		return err
	}
	info, err := registry.Default().Lookup(lexicon.Name)
	if err != nil {
		return err
	}
	tr, err := info.New(backend.Config{})
	if err != nil {
		return err
	}
	pairs, err := docalign.Align(ctx, src, tgt, docalign.Options{Translator: tr, SrcLang: o.SrcLang, TgtLang: o.TgtLang, MinScore: o.MinScore})
	if err != nil {
		return err
	}
	for _, p := range pairs {
		if _, err := fmt.Fprintf(stdout, "%s\t%s\t%.4f\n", p.Src.Path, p.Tgt.Path, p.Score); err != nil {
			return err
		}
	}
	if o.Out == "" {
		return nil
	}
	return alignDocsOut(ctx, o, tr, pairs, len(src), len(tgt), stderr)
}

// alignDocsReport is align-docs.json: which documents were paired and
// which were left without a counterpart.
type alignDocsReport struct {
	SrcDocs  int             `json:"src_documents"`
	TgtDocs  int             `json:"tgt_documents"`
	Pairs    []alignDocsPair `json:"pairs"`
	Outputs  []string        `json:"outputs"`
	MinScore float64         `json:"min_score"`
}

type alignDocsPair struct {
	Src   string  `json:"src"`
	Tgt   string  `json:"tgt"`
	Score float64 `json:"score"`
}

// alignDocsOut sentence-aligns every document pair with the aligner of
// `tarjama align --pairs` (the same backend's MT as similarity) and writes
// the corpus in JSONL and TMX.
func alignDocsOut(ctx context.Context, o alignDocsOptions, tr backend.Translator, pairs []docalign.Pair, nsrc, ntgt int, stderr io.Writer) error {
	if err := os.MkdirAll(o.Out, 0o755); err != nil {
		return fmt.Errorf("align-docs: %w", err)
	}
	rep := alignDocsReport{SrcDocs: nsrc, TgtDocs: ntgt, Pairs: []alignDocsPair{}, MinScore: o.MinScore}
	var list strings.Builder
	for _, p := range pairs {
		// The document is named by its source path, as translate names it.
		fmt.Fprintf(&list, "%s\t%s\n", p.Src.Path, filepath.Join(o.TgtDir, filepath.FromSlash(p.Tgt.Path)))
		rep.Pairs = append(rep.Pairs, alignDocsPair{Src: p.Src.Path, Tgt: p.Tgt.Path, Score: p.Score})
	}
	if len(pairs) > 0 {
		for _, format := range []string{"jsonl", "tmx"} {
			ao := alignOptions{
				Pairs: "-", SrcLang: o.SrcLang, TgtLang: o.TgtLang, Format: format,
				Out: filepath.Join(o.Out, "corpus."+format), MaxGroup: align.DefaultMaxGroup,
				Backend: lexicon.Name, srcRoot: o.SrcDir,
				Translate: func(ctx context.Context, sents []string) ([]string, error) {
					return tr.Translate(ctx, backend.Request{SrcLang: o.SrcLang, TgtLang: o.TgtLang, Segments: sents, Format: backend.Text})
				},
			}
			msgs := io.Discard
			if format == "jsonl" {
				msgs = stderr // one line per document, once
			}
			if err := runAlign(ctx, ao, strings.NewReader(list.String()), io.Discard, msgs); err != nil {
				return err
			}
			rep.Outputs = append(rep.Outputs, "corpus."+format)
		}
	}
	data, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(filepath.Join(o.Out, "align-docs.json"), append(data, '\n')); err != nil {
		return err
	}
	if err := alignDocsRunReport(o, pairs); err != nil {
		return err
	}
	return report.Write(ctx, o.Out)
}

// alignDocsRunReport writes what translate leaves beside its corpus: the
// target article as docs/<src>.<tgt>.txt (it is the translation) and
// report.json with a document entry per pair, so report.html and the
// tools that read an output folder work on it unchanged.
func alignDocsRunReport(o alignDocsOptions, pairs []docalign.Pair) error {
	counts := map[string]int{}
	if len(pairs) > 0 {
		r, err := corpus.Open(filepath.Join(o.Out, "corpus.jsonl"), corpus.OpenOptions{})
		if err != nil {
			return err
		}
		for {
			p, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				r.Close()
				return err
			}
			counts[p.Doc]++
		}
		r.Close()
	}
	rep := &pipeline.Report{Tool: "tarjama", Version: version, Status: "complete", Backend: lexicon.Name,
		SrcLang: o.SrcLang, TgtLang: o.TgtLang, Unit: "align-docs", Documents: []pipeline.DocReport{},
		Outputs: []string{"corpus.jsonl", "corpus.tmx"}}
	for _, p := range pairs {
		rep.Add(pipeline.DocReport{Doc: p.Src.Path, Path: filepath.Join(o.SrcDir, filepath.FromSlash(p.Src.Path)),
			Status: pipeline.StatusOK, Pairs: counts[p.Src.Path], Reason: fmt.Sprintf("paired with %s (score %.4f)", p.Tgt.Path, p.Score)})
		dst := filepath.Join(o.Out, "docs", filepath.FromSlash(p.Src.Path)+"."+o.TgtLang+".txt")
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if err := atomicfile.WriteFile(dst, []byte(p.Tgt.Text)); err != nil {
			return err
		}
	}
	return rep.WriteFile(filepath.Join(o.Out, "report.json"))
}
