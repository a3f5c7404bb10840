package beamrun

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/input"
	"github.com/tarjama/tarjama/pipeline"
)

// ReportName is the report's file name in the output folder.
const ReportName = "report.json"

// mergeFn is the job's last step, run once: it merges the sorted shards
// into the corpus files, in document order then pair order, writes
// report.json and removes the shards.
type mergeFn struct {
	Cfg Config
}

func (f *mergeFn) ProcessElement(ctx context.Context, _ int, shards func(*string) bool, skipped func(*string) bool) error {
	var paths []string
	var p string
	for shards(&p) {
		if p != "" { // the job's start marker, there when no document is
			paths = append(paths, p)
		}
	}
	slices.Sort(paths)
	var skips []input.Skipped
	var s string
	for skipped(&s) {
		var sk input.Skipped
		if err := json.Unmarshal([]byte(s), &sk); err != nil {
			return err
		}
		skips = append(skips, sk)
	}
	if err := Merge(ctx, &f.Cfg, paths, skips); err != nil {
		return err
	}
	for _, p := range paths {
		if err := removeFile(ctx, p); err != nil {
			return fmt.Errorf("shard %s: %w", p, err)
		}
	}
	removeEmptyDir(shardDir(&f.Cfg))
	return nil
}

// corpusOut is the corpus files being written.
type corpusOut struct {
	files   []outFile
	names   []string
	writers []corpus.Writer
}

// openCorpus starts the corpus files of every format of the job, with the
// names the local runner gives them ("corpus" and the format's extension;
// corpus.<src> and corpus.<tgt> for Moses).
func openCorpus(ctx context.Context, cfg *Config) (_ *corpusOut, err error) {
	o := &corpusOut{}
	defer func() {
		if err != nil {
			o.abort()
		}
	}()
	opts := cfg.pipelineOptions(nil, nil)
	copts := corpus.CreateOptions{SrcLang: cfg.SrcLang, TgtLang: cfg.TgtLang, TMX: opts.TMXHeader()}
	for _, name := range cfg.Formats {
		spec, err := corpus.Spec(corpus.Format(name))
		if err != nil {
			return nil, err
		}
		var files []string
		if spec.Streams == 2 {
			s, t := corpus.MosesPaths("corpus", cfg.SrcLang, cfg.TgtLang)
			files = []string{s, t}
		} else {
			files = []string{"corpus" + spec.Exts[0]}
		}
		var outs []io.Writer
		for _, fn := range files {
			f, err := createFile(ctx, joinPath(cfg.Output, fn))
			if err != nil {
				return nil, fmt.Errorf("output folder: %w", err)
			}
			o.files = append(o.files, f)
			o.names = append(o.names, fn)
			outs = append(outs, f)
		}
		o.writers = append(o.writers, spec.Writer(outs, copts))
	}
	return o, nil
}

func (o *corpusOut) write(p corpus.Pair) error {
	for _, w := range o.writers {
		if err := w.Write(p); err != nil {
			return fmt.Errorf("write corpus: %w", err)
		}
	}
	return nil
}

func (o *corpusOut) commit() error {
	for _, w := range o.writers {
		if err := w.Close(); err != nil {
			return fmt.Errorf("write corpus: %w", err)
		}
	}
	for i, f := range o.files {
		if err := f.Commit(); err != nil {
			for _, rest := range o.files[i+1:] {
				rest.Abort()
			}
			o.files = nil
			return err
		}
	}
	o.files = nil
	return nil
}

func (o *corpusOut) abort() {
	for _, f := range o.files {
		f.Abort()
	}
	o.files = nil
}

func (o *corpusOut) removed() int {
	n := 0
	for _, w := range o.writers {
		n += corpus.Removed(w)
	}
	return n
}

// Merge writes the corpus files and report.json of the job from its
// shards (each sorted by document name) and the files passed over while
// matching inputs.
func Merge(ctx context.Context, cfg *Config, shards []string, skipped []input.Skipped) error {
	began := time.Now()
	g, err := cfg.glossary()
	if err != nil {
		return fmt.Errorf("glossary: %w", err)
	}
	rep := pipeline.NewReport(cfg.pipelineOptions(g, nil), skipped)
	out, err := openCorpus(ctx, cfg)
	if err != nil {
		return err
	}
	defer out.abort()
	var stats statsSum
	err = mergeShards(ctx, shards, func(r record) error {
		rep.AddResult(r.result())
		stats.add(r.Worker, r.Stats)
		if r.Report.Status != pipeline.StatusOK {
			return nil
		}
		for _, p := range r.Pairs {
			if err := out.write(p); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		err = out.commit()
	}
	rep.Outputs = out.names
	rep.XMLRemoved = out.removed()
	if t := stats.total(); t != nil {
		rep.BackendStats = t
	}
	rep.Finish(err, errors.Is(err, context.Canceled), false)
	// The job's wall time: from the launch (on the launching machine's
	// clock) to the end of the merge.
	if !cfg.Launched.IsZero() {
		rep.WallSeconds = time.Since(cfg.Launched).Seconds()
	} else {
		rep.WallSeconds = time.Since(began).Seconds()
	}
	b, jerr := json.MarshalIndent(rep, "", "  ")
	if jerr != nil {
		return errors.Join(err, jerr)
	}
	if werr := writeFile(ctx, joinPath(cfg.Output, ReportName), append(b, '\n')); werr != nil {
		return errors.Join(err, fmt.Errorf("report: %w", werr))
	}
	return err
}

// ReadReport reads the report.json a job wrote into output.
func ReadReport(ctx context.Context, output string) (*pipeline.Report, error) {
	r, err := openFile(ctx, joinPath(output, ReportName))
	if err != nil {
		return nil, err
	}
	defer r.Close()
	var rep pipeline.Report
	if err := json.NewDecoder(r).Decode(&rep); err != nil {
		return nil, fmt.Errorf("%s: %w", ReportName, err)
	}
	return &rep, nil
}
