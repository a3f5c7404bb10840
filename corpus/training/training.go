package training

import (
	"bufio"
	"context"
	"encoding/gob"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/corpus/filter"
	"github.com/tarjama/tarjama/internal/atomicfile"
	"github.com/tarjama/tarjama/langid"
	"github.com/tarjama/tarjama/qe"
)

// ReportName is the report's file in the output folder: not report.json,
// so that training files written into a translate output folder keep
// translate's report.
const ReportName = "export-report.json"

// Options configures a [Writer].
type Options struct {
	Dir              string          // output folder, created if missing
	Formats          []corpus.Format // at least one
	SrcLang, TgtLang string          // the corpus's languages: Moses file names, TSV header, XLIFF
	TMX              corpus.TMXHeader
	XLIFF            corpus.XLIFFHeader
	Filter           filter.Options
	// LangID drops pairs whose source or target is identified as another
	// language than the pair's.
	LangID bool
	// MinQE drops pairs whose quality estimate is below it (0: off),
	// scored by QE ([Open] takes the embedded lexicon's, qe.Lexicon, when
	// it is nil).
	MinQE float64
	QE    *qe.Scorer
	// HashSplit assigns documents to parts by hashing them with the seed
	// instead of filling quotas: no spool, and pairs reach their files as
	// they come.
	HashSplit bool
}

// Validate checks the options.
func (o Options) Validate() error {
	if len(o.Formats) == 0 {
		return errors.New("training: no output format")
	}
	for _, f := range o.Formats {
		if _, err := corpus.Spec(f); err != nil {
			return err
		}
	}
	if o.MinQE < 0 || o.MinQE > 1 {
		return fmt.Errorf("training: minimum quality %g: want a number in [0,1]", o.MinQE)
	}
	if o.MinQE > 0 && o.QE == nil {
		return errors.New("training: a minimum quality needs a QE scorer")
	}
	return o.Filter.Validate()
}

// Writer is a corpus.Writer writing training files; see the package
// documentation. It is not safe for concurrent use.
type Writer struct {
	ctx    context.Context
	opts   Options
	filter *filter.Filter
	outs   []output
	chain  corpus.Writer // scoring filters → filter.Writer → part files
	langID *filter.LangID
	minQE  *filter.MinQE
	// With a quota split: pairs wait in the spool while counter sizes the
	// documents.
	spool   *spool
	counter *filter.DocCounter
	done    bool
}

// Open starts the files of every part the split fills, in every format.
func Open(ctx context.Context, opts Options) (_ *Writer, err error) {
	if opts.MinQE > 0 && opts.QE == nil {
		if opts.QE, err = qe.Lexicon(); err != nil {
			return nil, err
		}
	}
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	f, err := filter.New(opts.Filter)
	if err != nil {
		return nil, err
	}
	w := &Writer{ctx: ctx, opts: opts, filter: f}
	defer func() {
		if err != nil {
			w.Abort()
		}
	}()
	var parts [3]corpus.Writer
	for _, part := range filter.Parts {
		if f.Uses(part) {
			if parts[part], err = w.openPart(part); err != nil {
				return nil, err
			}
		}
	}
	// The same order as pairs meet them: quality (scored in batches),
	// then language, then the filter's checks and split.
	w.chain = filter.NewWriter(f, parts[0], parts[1], parts[2])
	if opts.LangID {
		id, err := langid.New(langid.Options{})
		if err != nil {
			return nil, err
		}
		w.langID = filter.NewLangID(w.chain, id)
		w.chain = w.langID
	}
	if opts.MinQE > 0 {
		w.minQE = filter.NewMinQE(w.chain, nil, opts.MinQE)
		w.chain = qe.NewWriter(ctx, w.minQE, opts.QE, 256)
	}
	if s := opts.Filter.Split; s[1]+s[2] > 0 && !opts.HashSplit {
		if w.counter, err = filter.NewDocCounter(opts.Filter); err != nil {
			return nil, err
		}
		if w.spool, err = newSpool(opts.Dir); err != nil {
			return nil, err
		}
	}
	return w, nil
}

// openPart starts one part's files, one per format.
func (w *Writer) openPart(part filter.Part) (corpus.Writer, error) {
	var tee multiWriter
	for _, format := range w.opts.Formats {
		o, err := openOutput(w.opts, part.String(), format)
		if err != nil {
			return nil, err
		}
		w.outs = append(w.outs, o)
		tee = append(tee, o)
	}
	return tee, nil
}

// Write passes p on (or spools it, with a quota split).
func (w *Writer) Write(p corpus.Pair) error {
	if w.done {
		return errors.New("training: write after Close")
	}
	if w.spool != nil {
		if err := w.counter.Write(p); err != nil {
			return err
		}
		return w.spool.write(p)
	}
	return w.chain.Write(p)
}

// Close plans the split and replays the spool (with a quota split),
// then closes every file and publishes them all; on error none is
// published.
func (w *Writer) Close() error {
	if w.done {
		return nil
	}
	w.done = true
	err := w.replay()
	if err == nil {
		err = w.chain.Close() // closes the part files last
	}
	if err != nil {
		w.abortFiles()
	}
	return err
}

func (w *Writer) replay() error {
	if w.spool == nil {
		return nil
	}
	defer w.spool.remove()
	w.filter.SetPlan(w.counter.Plan())
	r, err := w.spool.reader()
	if err != nil {
		return err
	}
	_, err = corpus.Copy(w.ctx, w.chain, r)
	return err
}

// Abort discards every file and the spool.
func (w *Writer) Abort() {
	w.done = true
	w.abortFiles()
}

func (w *Writer) abortFiles() {
	if w.spool != nil {
		w.spool.remove()
	}
	for i := len(w.outs) - 1; i >= 0; i-- { // the last opened first: folders they share go last
		w.outs[i].Abort()
	}
}

// Files lists the files written (a per-document format's folder, with a
// trailing slash), relative to the output folder, slash-separated: each
// part in order, each format in the order of Options.Formats.
func (w *Writer) Files() []string {
	var out []string
	for _, o := range w.outs {
		for _, p := range o.paths() {
			rel, err := filepath.Rel(w.opts.Dir, p)
			if err != nil {
				rel = p
			}
			if _, ok := o.(docsOutput); ok {
				rel += "/"
			}
			out = append(out, filepath.ToSlash(rel))
		}
	}
	return out
}

// Report is what the training files hold and what each filter removed:
// export-report.json.
type Report struct {
	// Inputs are the corpora read, as the caller names them.
	Inputs  []Input        `json:"inputs"`
	SrcLang string         `json:"src_lang"`
	TgtLang string         `json:"tgt_lang"`
	Options filter.Options `json:"options"`
	Summary filter.Summary `json:"summary"`
	Files   []string       `json:"files"`
	// Pairs dropped by LangID (source, target in another language) and by
	// MinQE.
	LangIDSrc  int `json:"lang_id_src_dropped,omitempty"`
	LangIDTgt  int `json:"lang_id_tgt_dropped,omitempty"`
	BelowMinQE int `json:"min_qe_dropped,omitempty"`
	// Seconds is the caller's wall time.
	Seconds float64 `json:"seconds"`
}

// Input is one corpus read into the Writer.
type Input struct {
	Path    string `json:"path"`
	Pairs   int    `json:"pairs"`
	Skipped int    `json:"skipped_units,omitempty"` // TMX/XLIFF units without both languages
}

// Report returns the counts so far (final after Close); the caller adds
// Inputs and Seconds.
func (w *Writer) Report() Report {
	r := Report{SrcLang: w.opts.SrcLang, TgtLang: w.opts.TgtLang, Options: w.opts.Filter,
		Summary: w.filter.Summary(), Files: w.Files()}
	if w.langID != nil {
		r.LangIDSrc, r.LangIDTgt = w.langID.DroppedSrc, w.langID.DroppedTgt
	}
	if w.minQE != nil {
		r.BelowMinQE = w.minQE.Dropped
	}
	return r
}

// WriteFile writes the report as indented JSON to dir/[ReportName],
// atomically.
func (r Report) WriteFile(dir string) error {
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(filepath.Join(dir, ReportName), append(data, '\n'))
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

// output is one part's file(s) in one format.
type output interface {
	corpus.Writer
	Abort()
	paths() []string
}

type fileOutput struct{ *corpus.FileWriter }

func (f fileOutput) paths() []string { return f.Paths() }

type docsOutput struct{ *corpus.DocWriter }

func (d docsOutput) paths() []string { return []string{d.Dir()} }

// openOutput starts part's file in format: DIR/<part><ext>, DIR/<part>
// for a pair of files, DIR/<format dir>/<part>/ per document.
func openOutput(o Options, part string, format corpus.Format) (output, error) {
	spec, err := corpus.Spec(format)
	if err != nil {
		return nil, err
	}
	co := corpus.CreateOptions{Format: format, SrcLang: o.SrcLang, TgtLang: o.TgtLang, TMX: o.TMX, XLIFF: o.XLIFF}
	if spec.PerDocument {
		d, err := corpus.CreateDocs(filepath.Join(o.Dir, spec.Dir, part), co)
		if err != nil {
			return nil, err
		}
		return docsOutput{d}, nil
	}
	path := filepath.Join(o.Dir, part)
	if spec.Streams == 1 {
		path += spec.Exts[0]
	}
	fw, err := corpus.Create(path, co)
	if err != nil {
		return nil, err
	}
	return fileOutput{fw}, nil
}

// spool holds pairs on disk until the split is planned.
type spool struct {
	f   *os.File
	buf *bufio.Writer
	enc *gob.Encoder
}

func newSpool(dir string) (*spool, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	f, err := os.CreateTemp(dir, ".training-spool-*")
	if err != nil {
		return nil, err
	}
	s := &spool{f: f, buf: bufio.NewWriterSize(f, 256<<10)}
	s.enc = gob.NewEncoder(s.buf)
	return s, nil
}

func (s *spool) write(p corpus.Pair) error { return s.enc.Encode(&p) }

// reader flushes the spool and reads it back from the start.
func (s *spool) reader() (corpus.Reader, error) {
	if err := s.buf.Flush(); err != nil {
		return nil, err
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return &spoolReader{dec: gob.NewDecoder(bufio.NewReaderSize(s.f, 256<<10))}, nil
}

func (s *spool) remove() {
	if s.f != nil {
		s.f.Close()
		os.Remove(s.f.Name())
		s.f = nil
	}
}

type spoolReader struct{ dec *gob.Decoder }

func (r *spoolReader) Read() (corpus.Pair, error) {
	var p corpus.Pair
	err := r.dec.Decode(&p)
	return p, err // io.EOF at the end
}

func (r *spoolReader) Close() error { return nil }

var _ corpus.Writer = (*Writer)(nil)
