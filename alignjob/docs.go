package alignjob

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/tarjama/tarjama/align"
	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/lexicon"
	"github.com/tarjama/tarjama/docalign"
	"github.com/tarjama/tarjama/input"
	"github.com/tarjama/tarjama/internal/atomicfile"
	"github.com/tarjama/tarjama/pipeline"
	"github.com/tarjama/tarjama/report"
)

// DocsOptions describe an align-docs job: find which article of SrcDir
// translates which of TgtDir.
type DocsOptions struct {
	SrcDir, TgtDir   string
	SrcLang, TgtLang string
	MinScore         float64 // lowest similarity of a pair kept, in (0,1]
	// Out, when set, is a folder where every pair found is also sentence
	// aligned: corpus.jsonl, corpus.tmx, docs/, report.json, report.html
	// and align-docs.json.
	Out string
	// Translator translates the sources, for document and sentence
	// similarity; nil means the embedded lexicon. Backend names it in
	// report.json.
	Translator backend.Translator
	Backend    string
	Version    string       // of report.json and corpus.tmx
	Progress   func(Result) // after each pair is sentence aligned (with Out)
	Warn       func(error)  // see Options.Warn
}

// Validate checks the options; its errors wrap ErrUsage.
func (o *DocsOptions) Validate() error {
	if !(o.MinScore > 0 && o.MinScore <= 1) {
		return usagef("--min-score %v: want a number in (0,1]", o.MinScore)
	}
	return nil
}

// ReadArticles reads every article under dir (as translate reads its
// inputs), each named by its slash-separated path relative to dir. A dir
// that cannot be listed is an ErrUsage error.
func ReadArticles(dir string) ([]docalign.Doc, error) {
	docs, _, err := input.Collect([]string{dir})
	if err != nil {
		return nil, usagef("%v", err)
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

// Docs pairs the articles of o.SrcDir and o.TgtDir 1-1 and writes one line
// per pair to w, "src<TAB>tgt<TAB>score" sorted by src; with o.Out it also
// writes that folder.
func Docs(ctx context.Context, o DocsOptions, w io.Writer) error {
	if err := o.Validate(); err != nil {
		return err
	}
	if o.Translator == nil {
		tr, err := lexicon.New()
		if err != nil {
			return err
		}
		o.Translator, o.Backend = tr, lexicon.Name
	}
	src, err := ReadArticles(o.SrcDir)
	if err != nil {
		return err
	}
	tgt, err := ReadArticles(o.TgtDir)
	if err != nil {
		return err
	}
	pairs, err := docalign.Align(ctx, src, tgt, docalign.Options{Translator: o.Translator, SrcLang: o.SrcLang, TgtLang: o.TgtLang, MinScore: o.MinScore})
	if err != nil {
		return err
	}
	for _, p := range pairs {
		if _, err := fmt.Fprintf(w, "%s\t%s\t%.4f\n", p.Src.Path, p.Tgt.Path, p.Score); err != nil {
			return err
		}
	}
	if o.Out == "" {
		return nil
	}
	return docsOut(ctx, o, pairs, len(src), len(tgt))
}

// docsReport is align-docs.json: which documents were paired and which
// were left without a counterpart.
type docsReport struct {
	SrcDocs  int        `json:"src_documents"`
	TgtDocs  int        `json:"tgt_documents"`
	Pairs    []docsPair `json:"pairs"`
	Outputs  []string   `json:"outputs"`
	MinScore float64    `json:"min_score"`
}

type docsPair struct {
	Src   string  `json:"src"`
	Tgt   string  `json:"tgt"`
	Score float64 `json:"score"`
}

// docsOut sentence-aligns every document pair with the aligner of `tarjama
// align --pairs` (o.Translator's MT as similarity) and writes the output
// folder. A pair that fails is reported failed in report.json; the
// others are written and the error is a *PartialError.
func docsOut(ctx context.Context, o DocsOptions, pairs []docalign.Pair, nsrc, ntgt int) error {
	if err := os.MkdirAll(o.Out, 0o755); err != nil {
		return err
	}
	rep := docsReport{SrcDocs: nsrc, TgtDocs: ntgt, Pairs: []docsPair{}, MinScore: o.MinScore}
	for _, p := range pairs {
		rep.Pairs = append(rep.Pairs, docsPair{Src: p.Src.Path, Tgt: p.Tgt.Path, Score: p.Score})
	}
	counts := map[string]int{}
	failed := map[string]error{}
	var alignErr error
	if len(pairs) > 0 {
		var err error
		if alignErr, err = docsCorpus(ctx, o, pairs, counts, failed); err != nil {
			return err
		}
		rep.Outputs = []string{"corpus.jsonl", "corpus.tmx"}
	}
	data, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(filepath.Join(o.Out, "align-docs.json"), append(data, '\n')); err != nil {
		return err
	}
	if err := docsRunReport(o, pairs, counts, failed); err != nil {
		return err
	}
	if err := report.Write(ctx, o.Out); err != nil {
		return err
	}
	return alignErr
}

// docsCorpus writes corpus.jsonl and corpus.tmx in one pass over the
// pairs, each pair aligned from the text docalign read (so that HTML and
// other formats align as their text, not their markup). It counts the
// corpus pairs of each document and records the documents that failed;
// partial is the *PartialError when some did.
func docsCorpus(ctx context.Context, o DocsOptions, pairs []docalign.Pair, counts map[string]int, failed map[string]error) (partial, err error) {
	ao := &Options{
		SrcLang: o.SrcLang, TgtLang: o.TgtLang, MaxGroup: align.DefaultMaxGroup,
		Translator: o.Translator, Backend: o.Backend, Version: o.Version, Warn: o.Warn,
	}
	ao.Progress = func(r Result) {
		if r.Err != nil {
			failed[r.Pair.Name] = r.Err
		} else {
			counts[r.Pair.Name] = len(pairsOf(r, ao))
		}
		if o.Progress != nil {
			o.Progress(r)
		}
	}
	var sinks teeSink
	for _, format := range []string{"jsonl", "tmx"} {
		f, err := atomicfile.Create(filepath.Join(o.Out, "corpus."+format))
		if err != nil {
			return nil, err
		}
		defer f.Abort() // no-op after Commit
		s, err := newSink(f, ao, format)
		if err != nil {
			return nil, err
		}
		sinks = append(sinks, fileSink{s, f})
	}
	a := &aligner{o: ao, ao: align.Options{MaxGroup: ao.MaxGroup}}
	err = a.run(ctx, len(pairs), func(ctx context.Context, k int) (Result, error) {
		p := pairs[k]
		// The document is named by its source path, as translate names it.
		dp := DocPair{Name: p.Src.Path, Src: filepath.Join(o.SrcDir, filepath.FromSlash(p.Src.Path)), Tgt: filepath.Join(o.TgtDir, filepath.FromSlash(p.Tgt.Path))}
		src, err := Lines([]byte(p.Src.Text))
		if err != nil {
			return Result{Pair: dp}, err
		}
		tgt, err := Lines([]byte(p.Tgt.Text))
		if err != nil {
			return Result{Pair: dp}, err
		}
		return a.lines(ctx, dp, src, tgt)
	}, sinks)
	if err != nil && !isPartial(err) {
		return nil, err
	}
	if cerr := sinks.close(); cerr != nil {
		return nil, cerr
	}
	return err, nil
}

// teeSink hands every result to each of its sinks.
type teeSink []sink

func (t teeSink) write(k int, r Result) error {
	for _, s := range t {
		if err := s.write(k, r); err != nil {
			return err
		}
	}
	return nil
}

func (t teeSink) close() error {
	for _, s := range t {
		if err := s.close(); err != nil {
			return err
		}
	}
	return nil
}

// fileSink is a sink writing into an atomic file, committed on close.
type fileSink struct {
	sink
	f *atomicfile.File
}

func (s fileSink) close() error {
	if err := s.sink.close(); err != nil {
		return err
	}
	return s.f.Commit()
}

// docsRunReport writes what translate leaves beside its corpus: the target
// article as docs/<src>.<tgt>.txt (it is the translation) and report.json
// with a document entry per pair, so report.html and the tools that read
// an output folder work on it unchanged.
func docsRunReport(o DocsOptions, pairs []docalign.Pair, counts map[string]int, failed map[string]error) error {
	rep := &pipeline.Report{Tool: "tarjama", Version: o.Version, Status: "complete", Backend: o.Backend,
		SrcLang: o.SrcLang, TgtLang: o.TgtLang, Unit: "align-docs", Documents: []pipeline.DocReport{},
		Outputs: []string{"corpus.jsonl", "corpus.tmx"}}
	if len(failed) > 0 {
		rep.Status = "partial"
	}
	for _, p := range pairs {
		d := pipeline.DocReport{Doc: p.Src.Path, Path: filepath.Join(o.SrcDir, filepath.FromSlash(p.Src.Path)),
			Status: pipeline.StatusOK, Pairs: counts[p.Src.Path], Reason: fmt.Sprintf("paired with %s (score %.4f)", p.Tgt.Path, p.Score)}
		if err := failed[p.Src.Path]; err != nil {
			d.Status, d.Reason = pipeline.StatusFailed, fmt.Sprintf("paired with %s (score %.4f), not aligned: %v", p.Tgt.Path, p.Score, err)
		}
		rep.Add(d)
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
