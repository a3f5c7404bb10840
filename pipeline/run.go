package pipeline

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/input"
	"github.com/tarjama/tarjama/internal/atomicfile"
)

// ErrPartial is returned (with a complete report and outputs) when some
// documents were skipped or failed.
var ErrPartial = errors.New("some documents were skipped or failed")

// ErrOutputBusy is returned when another run is writing to the output
// folder.
var ErrOutputBusy = errors.New("another tarjama run is writing to it")

// Run processes docs and writes the outputs into opts.OutDir. skipped lists
// files already passed over while collecting; they go into the report.
// The returned report is non-nil whenever the output folder was usable; the
// error is ErrPartial when some documents did not go through, the context's
// error when interrupted, or a run-level failure.
func Run(ctx context.Context, docs []input.Doc, skipped []input.Skipped, opts Options) (*Report, error) {
	// The sinks are the outputs' once they are open; until then (and in a
	// dry run, which writes nothing) a return gives them up.
	sinksHanded := false
	defer func() {
		if !sinksHanded {
			Tee(opts.Sinks).Abort()
		}
	}()
	env, err := NewEnv(opts)
	if err != nil {
		return nil, err
	}
	opts = env.opts
	// Wall time is measured, not dated: SOURCE_DATE_EPOCH fixes opts.Now
	// for reproducible outputs but must not make a 6 s run read "0.0s".
	began := time.Now()
	rep := NewReport(opts, skipped)
	// A dry run writes nothing: no folder, lock, documents.jsonl or
	// report.json (the caller reads the returned report).
	if !opts.DryRun {
		unlock, err := prepareOutDir(opts.OutDir)
		if err != nil {
			return nil, err
		}
		defer unlock()
	} else {
		opts.create = func(string) (sink, error) { return discard{}, nil }
	}
	if opts.OpenSinks != nil && !opts.DryRun {
		more, err := opts.OpenSinks(ctx)
		opts.Sinks = append(opts.Sinks, more...)
		if err != nil {
			return nil, err
		}
	}
	var jr *journal
	if !opts.DryRun {
		var changed string
		if jr, changed, err = openJournal(opts.OutDir, opts.Fresh, runSettings(opts)); err != nil {
			return nil, err
		}
		defer jr.close()
		rep.Resume = &ResumeReport{Journal: JournalName, SettingsChanged: changed}
		sum, err := checkUnchanged(ctx, docs, skipped, opts, jr)
		if err != nil {
			return nil, err
		}
		if sum != nil {
			return finishUnchanged(rep, sum, len(docs), opts, began)
		}
	}
	// Every document's entry streams to documents.jsonl; report.json keeps
	// the totals and the documents that need attention.
	docsFile, err := opts.create(filepath.Join(opts.OutDir, DocumentsName))
	if err != nil {
		return nil, fmt.Errorf("output folder: %w", err)
	}
	defer docsFile.Abort()
	docsBuf := bufio.NewWriter(docsFile)
	rep.StreamDocuments(docsBuf, DocumentsName)
	var out *outputs
	if !opts.DryRun {
		sinksHanded = true // openOutputs aborts them when it fails
		if out, err = openOutputs(opts); err != nil {
			return nil, err
		}
		defer out.abort()
	}
	var fp *fingerprint
	if jr != nil {
		fp = newFingerprint(opts, jr.config, skipped)
		// Which documents the run met (a WARC file has many) and wrote
		// is kept in the journal.
		if err := jr.startRun(); err != nil {
			return nil, fmt.Errorf("journal: %w", err)
		}
	}

	r := &runner{env: env, reader: input.NewReader(input.Options{Stdin: opts.Stdin}), journal: jr}
	c := &collector{rep: rep, out: out, jr: jr, fp: fp}
	runErr := run(ctx, docs, opts, r, c.add)

	rep.WallSeconds = time.Since(began).Seconds()
	rep.Finish(runErr, ctx.Err() != nil, opts.DryRun)
	if runErr == nil && out != nil {
		runErr = publish(rep, out, jr)
	}
	rep.Inputs = r.reader.Stats()
	if sr, ok := opts.Translator.(backend.StatsReporter); ok {
		rep.BackendStats = sr.BackendStats()
	}
	if opts.DryRun {
		// nothing to write
	} else if err := writeReport(rep, opts.OutDir, docsBuf, docsFile); err != nil && runErr == nil {
		runErr = fmt.Errorf("report: %w", err)
	}
	if runErr == nil && out != nil && rep.Totals.Skipped == 0 && rep.Totals.Failed == 0 {
		// Finished: a rerun with nothing changed can leave all this as is.
		if err := recordRun(jr, rep, fp, opts.OutDir, opts.TgtLang); err != nil {
			runErr = fmt.Errorf("journal: %w", err)
		}
	}
	return rep, outcome(rep, runErr)
}

// prepareOutDir creates and locks the output folder and clears what a
// killed run left behind; the returned function unlocks it.
func prepareOutDir(dir string) (unlock func(), err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("output folder: %w", err)
	}
	if unlock, err = lockOutput(dir); err != nil {
		return nil, err
	}
	// A killed run may have left temporary files; they never hold output.
	if err := atomicfile.CleanStale(dir); err != nil {
		unlock()
		return nil, fmt.Errorf("output folder: %w", err)
	}
	return unlock, nil
}

// collector takes each finished document, in order: into the report and,
// unless this is a dry run (out == nil), into the journal and the outputs.
type collector struct {
	rep *Report
	out *outputs
	jr  *journal
	fp  *fingerprint
}

func (c *collector) add(res *docResult) error {
	if res.reused {
		c.rep.Resume.Reused++
	} else if res.redo != "" {
		if c.rep.Resume.Redone == nil {
			c.rep.Resume.Redone = map[string]int{}
		}
		c.rep.Resume.Redone[res.redo]++
	}
	c.rep.AddResult(res.Result)
	if c.out == nil {
		return nil
	}
	c.fp.doc(res.Report.Doc, res.Report.Path, res.Report.Encoding, res.textHash)
	ok := res.Report.Status == StatusOK
	if err := c.jr.meet(res.Report.Doc, ok); err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	if !ok {
		// An earlier run may have translated this document.
		return c.out.removeDoc(res.Report.Doc)
	}
	return c.out.write(res.Result, res.reused)
}

// publish commits a finished run's outputs and removes the documents of an
// earlier run that are no longer among the inputs; a failure marks the
// report failed.
func publish(rep *Report, out *outputs, jr *journal) error {
	err := out.commit()
	rep.Outputs = out.names
	rep.XMLRemoved = out.xmlRemoved()
	if err == nil {
		rep.Resume.Removed, err = removeGone(jr, out)
	}
	if err != nil {
		rep.Status, rep.Error = "failed", err.Error()
	}
	return err
}

// recordRun keeps in the journal how this finished run left the folder.
func recordRun(jr *journal, rep *Report, fp *fingerprint, dir, tgtLang string) error {
	st := &runStamp{Fingerprint: fp.sum(), Summary: reportSummary{
		Totals: rep.Totals, Documents: rep.Documents, Glossary: rep.Glossary, Outputs: rep.Outputs, XMLRemoved: rep.XMLRemoved, Inputs: rep.Inputs,
	}}
	stamp := func(f string) error {
		s, err := stampFile(dir, f)
		if err != nil {
			return err
		}
		st.Files = append(st.Files, s)
		return nil
	}
	for _, f := range append(append([]string{}, rep.Outputs...), DocumentsName) {
		if err := stamp(f); err != nil {
			return err
		}
	}
	if err := jr.eachWritten(func(name string) error { return stamp(DocPath(name, tgtLang)) }); err != nil {
		return err
	}
	return jr.setRunStamp(st)
}

// finishUnchanged reports a rerun that found the outputs as it would have
// written them: they stay, report.json says so.
func finishUnchanged(rep *Report, sum *reportSummary, docs int, opts Options, began time.Time) (*Report, error) {
	rep.Totals, rep.Documents, rep.Glossary = sum.Totals, sum.Documents, sum.Glossary
	rep.Outputs, rep.XMLRemoved, rep.DocumentsFile = sum.Outputs, sum.XMLRemoved, DocumentsName
	rep.Inputs = sum.Inputs
	if rep.Documents == nil {
		rep.Documents = []DocReport{}
	}
	rep.Resume.Reused, rep.Resume.Unchanged = docs, true
	rep.Finish(nil, false, false)
	if sr, ok := opts.Translator.(backend.StatsReporter); ok {
		rep.BackendStats = sr.BackendStats()
	}
	rep.WallSeconds = time.Since(began).Seconds()
	if err := rep.WriteFile(filepath.Join(opts.OutDir, "report.json")); err != nil {
		return rep, fmt.Errorf("report: %w", err)
	}
	return rep, outcome(rep, nil)
}

// outcome is the error Run returns: the run's own, else ErrPartial when
// some documents failed or were skipped.
func outcome(rep *Report, runErr error) error {
	if runErr == nil && rep.Partial() {
		return ErrPartial
	}
	return runErr
}

// checkUnchanged returns the summary of the last run when it left the
// outputs exactly as this one would write them (nothing to do); otherwise
// it forgets that run's stamp, as the outputs are about to change. With
// extra sinks a run always writes.
func checkUnchanged(ctx context.Context, docs []input.Doc, skipped []input.Skipped, opts Options, jr *journal) (*reportSummary, error) {
	if len(opts.Sinks) == 0 {
		sum, same, err := unchangedRun(ctx, docs, skipped, opts, jr)
		if err != nil {
			return nil, fmt.Errorf("journal: %w", err)
		}
		if same {
			return sum, nil
		}
	}
	if err := jr.setRunStamp(nil); err != nil {
		return nil, fmt.Errorf("journal: %w", err)
	}
	return nil, nil
}

// writeReport publishes documents.jsonl, then report.json.
func writeReport(rep *Report, dir string, buf *bufio.Writer, docs sink) error {
	err := rep.StreamErr()
	if err == nil {
		err = buf.Flush()
	}
	if err == nil {
		err = docs.Commit()
	}
	if err != nil {
		return fmt.Errorf("%s: %w", DocumentsName, err)
	}
	return rep.WriteFile(filepath.Join(dir, "report.json"))
}

// removeGone deletes the docs/ files of documents an earlier run into the
// folder finished but that are no longer among the inputs, and forgets them.
func removeGone(jr *journal, out *outputs) ([]string, error) {
	gone, err := jr.forgetOthers()
	if err != nil {
		return nil, fmt.Errorf("journal: %w", err)
	}
	for _, name := range gone {
		if err := out.removeDoc(name); err != nil {
			return nil, err
		}
	}
	return gone, nil
}

// runSettings are the settings that shape a document's result: a journal
// entry made under other settings is redone.
func runSettings(o Options) map[string]string {
	gv := ""
	if o.Glossary != nil {
		gv = o.Glossary.Version()
	}
	return map[string]string{
		"backend":          o.BackendName,
		"languages":        o.SrcLang + "-" + o.TgtLang,
		"glossary":         gv,
		"glossary_mode":    o.GlossaryMode,
		"unit":             o.Unit,
		"keep_boilerplate": fmt.Sprint(o.KeepBoilerplate),
		"max_segment":      fmt.Sprint(o.MaxSegmentChars),
		"version":          o.Version,
	}
}

// run processes documents with bounded parallelism and hands results to
// emit strictly in document order. At most 2×Concurrency finished results
// wait in memory for a slower earlier document, so memory stays flat.
//
// When the run stops early (interrupted, refused credentials), the
// documents in flight are let finish and every one that did is still
// emitted (in order, after the gap of those that did not), so the report
// counts exactly the documents the journal keeps for the next run.
func run(ctx context.Context, docs []input.Doc, opts Options, r *runner, emit func(*docResult) error) error {
	// One channel a file started: one result for most, one a page for a
	// WARC file. The first result never waits, so a finished document is
	// always there to be reported. The channels queue up in document order
	// in pending, whose room is the window: no state is kept per document
	// of the run, only per document in flight.
	window := max(2*opts.Concurrency, 2)
	o := &inOrder{
		pending: make(chan chan *docResult, window-1), // and one being emitted
		workers: make(chan struct{}, opts.Concurrency),
		stop:    make(chan struct{}),
		emit:    emit,
	}
	defer o.finish()
	o.wg.Add(1)
	go o.produce(ctx, docs, r)
	sentences := 0
	for i := range docs {
		var results chan *docResult
		select {
		case results = <-o.pending:
		case <-ctx.Done():
			return o.stopAt(nil, ctx.Err())
		}
		if results == nil { // the producer stopped: ctx is done
			return o.stopAt(nil, ctx.Err())
		}
		n, err := o.emitFile(ctx, results)
		if err != nil {
			return err
		}
		sentences += n
		if opts.Progress != nil {
			opts.Progress(Progress{DocsDone: i + 1, DocsTotal: len(docs), Sentences: sentences})
		}
	}
	return nil
}

// sink is a corpus file being written: published by Commit, dropped by Abort.
type sink interface {
	io.Writer
	Commit() error
	Abort()
}

func createAtomic(path string) (sink, error) { return atomicfile.Create(path) }

// outputs holds the corpus files being written and the sinks.
type outputs struct {
	dir     string
	tgtLang string
	files   []sink
	corpus  *Tee                // the formats' writers
	docs    []*corpus.DocWriter // the per-document formats' folders (in corpus too)
	sinks   Tee                 // Options.Sinks
	names   []string
}

func openOutputs(opts Options) (_ *outputs, err error) {
	o := &outputs{dir: opts.OutDir, tgtLang: opts.TgtLang, sinks: Tee(opts.Sinks)}
	defer func() {
		if err != nil {
			o.abort()
		}
	}()
	o.corpus, err = newCorpusWriter(opts, func(name string) (io.Writer, error) {
		f, err := opts.create(filepath.Join(opts.OutDir, name))
		if err != nil {
			return nil, fmt.Errorf("output folder: %w", err)
		}
		o.files = append(o.files, f)
		o.names = append(o.names, name)
		return f, nil
	}, func(dir string, co corpus.CreateOptions) (corpus.Writer, error) {
		// A folder of one file per document, published whole when the
		// corpus closes.
		d, err := corpus.CreateDocs(filepath.Join(opts.OutDir, filepath.FromSlash(dir)), co)
		if err != nil {
			return nil, fmt.Errorf("output folder: %w", err)
		}
		o.docs = append(o.docs, d)
		o.names = append(o.names, dir+"/")
		return d, nil
	})
	if err != nil {
		return nil, err
	}
	return o, nil
}

// docPath is where the translation of the document called name goes.
func (o *outputs) docPath(name string) (string, error) {
	return inside(o.dir, filepath.FromSlash(DocPath(name, o.tgtLang)))
}

// removeDoc deletes the translation of a document, if there is one.
func (o *outputs) removeDoc(name string) error {
	rel := filepath.FromSlash(DocPath(name, o.tgtLang))
	if _, err := os.Lstat(filepath.Dir(filepath.Join(o.dir, rel))); err != nil {
		return nil // no folder, no file (and docPath would create the folder)
	}
	p, err := o.docPath(name)
	if err != nil {
		return err
	}
	if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("output folder: %w", err)
	}
	return nil
}

// write writes a document's pairs and its docs/ file. The file of a
// document taken from the journal is left alone when it already holds
// those bytes (a rerun rewrites only what changed).
func (o *outputs) write(res Result, reused bool) error {
	for _, p := range res.Pairs {
		if err := o.corpus.Write(p); err != nil {
			return fmt.Errorf("write corpus: %w", err)
		}
		if err := o.sinks.Write(p); err != nil {
			return fmt.Errorf("write corpus: %w", err)
		}
	}
	// The translated document keeps the input's line structure.
	var b strings.Builder
	for _, l := range res.Lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	name, err := o.docPath(res.Report.Doc)
	if err != nil {
		return err
	}
	if reused {
		if old, err := os.ReadFile(name); err == nil && string(old) == b.String() {
			return nil
		}
	}
	// Rename without fsync: atomic, and kill-safe; the journal can
	// rebuild it after a power loss.
	if err := atomicfile.WriteFileNoSync(name, []byte(b.String())); err != nil {
		return err
	}
	return nil
}

// commit finishes the formats, publishes their files and closes the
// sinks; after a failure nothing more is published.
func (o *outputs) commit() error {
	if err := o.corpus.Close(); err != nil {
		return fmt.Errorf("write corpus: %w", err)
	}
	for _, f := range o.files {
		if err := f.Commit(); err != nil {
			return err
		}
	}
	o.files = nil
	sinks := o.sinks
	o.sinks = nil
	if err := sinks.Close(); err != nil {
		return fmt.Errorf("write corpus: %w", err)
	}
	return nil
}

// abort drops every unpublished file and gives up the sinks.
func (o *outputs) abort() {
	for _, d := range o.docs {
		d.Abort() // nothing after Close
	}
	o.docs = nil
	for _, f := range o.files {
		f.Abort()
	}
	o.files = nil
	o.sinks.Abort()
	o.sinks = nil
}

func (o *outputs) xmlRemoved() int {
	if o.corpus == nil {
		return 0
	}
	return o.corpus.Removed()
}

// inside joins rel under dir and refuses a result that would land outside
// dir, through ".." or through a symbolic link planted inside dir.
func inside(dir, rel string) (string, error) {
	p := filepath.Join(dir, rel)
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return "", fmt.Errorf("output folder: %w", err)
	}
	parent := filepath.Dir(p)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", fmt.Errorf("output folder: %w", err)
	}
	real, err := filepath.EvalSymlinks(parent)
	if err != nil {
		return "", fmt.Errorf("output folder: %w", err)
	}
	if r, err := filepath.Rel(root, real); err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return "", fmt.Errorf("output %s: leads outside %s (symbolic link?)", rel, dir)
	}
	return p, nil
}

// discard is the sink of a dry run's documents.jsonl: nothing is written.
type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
func (discard) Commit() error               { return nil }
func (discard) Abort()                      {}
