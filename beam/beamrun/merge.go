package beamrun

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"time"

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

// corpusOut is the corpus files being written, through the local
// runner's own writers (pipeline.NewCorpusWriter), so the bytes are Run's.
type corpusOut struct {
	files []outFile
	names []string
	tee   *pipeline.Tee
}

func openCorpus(ctx context.Context, cfg *Config) (_ *corpusOut, err error) {
	o := &corpusOut{}
	defer func() {
		if err != nil {
			o.abort()
		}
	}()
	o.tee, err = pipeline.NewCorpusWriter(cfg.pipelineOptions(nil, nil), func(name string) (io.Writer, error) {
		f, err := createFile(ctx, joinPath(cfg.Output, name))
		if err != nil {
			return nil, fmt.Errorf("output folder: %w", err)
		}
		o.files = append(o.files, f)
		o.names = append(o.names, name)
		return f, nil
	})
	if err != nil {
		return nil, err
	}
	return o, nil
}

func (o *corpusOut) commit() error {
	if err := o.tee.Close(); err != nil {
		return fmt.Errorf("write corpus: %w", err)
	}
	return commitAll(o.files)
}

func (o *corpusOut) abort() {
	for _, f := range o.files {
		f.Abort()
	}
	o.files = nil
}

// commitAll publishes files in order; after a failure the rest are dropped.
func commitAll(files []outFile) error {
	for i, f := range files {
		if err := f.Commit(); err != nil {
			for _, rest := range files[i+1:] {
				rest.Abort()
			}
			return err
		}
	}
	return nil
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
	// Every document's entry streams to documents.jsonl, as Run writes
	// it; report.json keeps the totals and what needs attention.
	docsFile, err := createFile(ctx, joinPath(cfg.Output, pipeline.DocumentsName))
	if err != nil {
		return fmt.Errorf("output folder: %w", err)
	}
	defer docsFile.Abort()
	docsBuf := bufio.NewWriterSize(docsFile, 1<<20)
	rep.StreamDocuments(docsBuf, pipeline.DocumentsName)
	out, err := openCorpus(ctx, cfg)
	if err != nil {
		return err
	}
	defer out.abort()
	var stats statsSum
	err = mergeShards(ctx, shards, func(r record) error {
		rep.AddResult(r.result())
		stats.add(r.Worker, r.Stats)
		if err := addInputs(rep, r.Inputs); err != nil {
			return err
		}
		if r.Report.Status != pipeline.StatusOK {
			return nil
		}
		for _, p := range r.Pairs {
			if err := out.tee.Write(p); err != nil {
				return fmt.Errorf("write corpus: %w", err)
			}
		}
		return nil
	})
	if err == nil {
		err = out.commit()
	}
	if err == nil {
		err = rep.StreamErr()
		if err == nil {
			err = docsBuf.Flush()
		}
		if err == nil {
			err = docsFile.Commit()
		}
		if err != nil {
			err = fmt.Errorf("%s: %w", pipeline.DocumentsName, err)
		}
	}
	rep.Outputs = out.names
	rep.XMLRemoved = out.tee.Removed()
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

// addInputs adds one file's reader statistics to the report's, field by
// field, as one shared input.Reader would have counted them.
func addInputs(rep *pipeline.Report, in map[string]input.FormatStats) error {
	for format, st := range in {
		sum, err := addCounts(rep.Inputs[format], st)
		if err != nil {
			return err
		}
		if rep.Inputs == nil {
			rep.Inputs = map[string]input.FormatStats{}
		}
		rep.Inputs[format] = sum
	}
	return nil
}

// addCounts adds two structs of int counters through their JSON fields,
// so a counter added to input.FormatStats is summed too.
func addCounts(a, b input.FormatStats) (input.FormatStats, error) {
	var ma, mb map[string]int
	for _, x := range []struct {
		v input.FormatStats
		m *map[string]int
	}{{a, &ma}, {b, &mb}} {
		j, err := json.Marshal(x.v)
		if err != nil {
			return a, err
		}
		if err := json.Unmarshal(j, x.m); err != nil {
			return a, err
		}
	}
	for k, v := range mb {
		ma[k] += v
	}
	j, err := json.Marshal(ma)
	if err != nil {
		return a, err
	}
	var out input.FormatStats
	return out, json.Unmarshal(j, &out)
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
