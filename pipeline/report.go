package pipeline

import (
	"encoding/json"
	"io"
	"sort"
	"time"

	"github.com/tarjama/tarjama/clean"
	"github.com/tarjama/tarjama/input"
	"github.com/tarjama/tarjama/internal/atomicfile"
)

// Document statuses in the report.
const (
	StatusOK      = "ok"
	StatusEmpty   = "empty"   // no text after cleaning: reported, not an error
	StatusSkipped = "skipped" // could not be read or decoded
	StatusFailed  = "failed"  // translation failed
)

// Report is written to report.json at the end of a run.
type Report struct {
	Tool         string    `json:"tool"`
	Version      string    `json:"version"`
	Status       string    `json:"status"` // "complete", "partial", "interrupted", "failed", "dry-run"
	Backend      string    `json:"backend"`
	SrcLang      string    `json:"src_lang"`
	TgtLang      string    `json:"tgt_lang"`
	Unit         string    `json:"unit"`
	GlossaryMode string    `json:"glossary_mode,omitempty"`
	Started      time.Time `json:"started"`
	WallSeconds  float64   `json:"wall_seconds"`

	Totals Totals `json:"totals"`
	// Documents lists every document, unless the report streams its
	// documents (StreamDocuments: Run writes them to documents.jsonl);
	// then it lists only those that need attention (skipped, failed, with
	// glossary terms missing), so memory stays flat in corpus size.
	Documents []DocReport `json:"documents"`
	// DocumentsFile names the file beside report.json that lists every
	// document, one JSON DocReport a line in document order.
	DocumentsFile string          `json:"documents_file,omitempty"`
	Skipped       []input.Skipped `json:"skipped,omitempty"` // files not read at all (wrong type, links)
	// Inputs counts what each reader found, by format ("text", "html",
	// "warc" …): files, documents, failures, and a WARC file's records.
	Inputs   map[string]input.FormatStats `json:"inputs,omitempty"`
	Glossary *GlossaryReport              `json:"glossary,omitempty"`
	Resume   *ResumeReport                `json:"resume,omitempty"`
	Outputs  []string                     `json:"outputs,omitempty"`
	// XMLRemoved counts characters XML 1.0 forbids, dropped from corpus.tmx.
	XMLRemoved int `json:"xml_chars_removed"`
	// Backend statistics (requests, retries, cache hits, cost estimate) as
	// reported by the translator stack; free-form so decorators own it.
	BackendStats any    `json:"backend_stats,omitempty"`
	Error        string `json:"error,omitempty"`

	docs    *json.Encoder // the document stream, when set
	docsErr error
}

// DocumentsName is the file beside report.json where Run lists every
// document.
const DocumentsName = "documents.jsonl"

// Totals sums the documents.
type Totals struct {
	Documents int `json:"documents"`
	OK        int `json:"ok"`
	Empty     int `json:"empty"`
	Skipped   int `json:"skipped"`
	Failed    int `json:"failed"`
	// FilesSkipped counts the files passed over while collecting inputs
	// (Report.Skipped says which and why); they are no documents.
	FilesSkipped int `json:"files_skipped"`
	Paragraphs   int `json:"paragraphs"`
	Sentences    int `json:"sentences"`
	Pairs        int `json:"pairs"`
	CharsIn      int `json:"chars_in"`
	CharsOut     int `json:"chars_out"`
	Dropped      int `json:"lines_dropped"`
}

// DocReport describes one document.
type DocReport struct {
	Doc        string       `json:"doc"`
	Path       string       `json:"path,omitempty"`
	Status     string       `json:"status"`
	Reason     string       `json:"reason,omitempty"`
	Encoding   string       `json:"encoding,omitempty"`
	Paragraphs int          `json:"paragraphs"`
	Sentences  int          `json:"sentences"`
	Pairs      int          `json:"pairs"`
	CharsIn    int          `json:"chars_in"`
	CharsOut   int          `json:"chars_out"`
	Dropped    []clean.Drop `json:"dropped,omitempty"`
	// GlossaryMissing counts the glossary terms missing in the output.
	GlossaryMissing int `json:"glossary_missing,omitempty"`
}

// NeedsAttention reports whether a document is one a user should look at:
// not read, not translated, or with glossary terms missing.
func (d DocReport) NeedsAttention() bool {
	return d.Status == StatusSkipped || d.Status == StatusFailed || d.GlossaryMissing > 0
}

// GlossaryReport sums glossary enforcement.
type GlossaryReport struct {
	Entries  int    `json:"entries"`
	Version  string `json:"version"`
	Hits     int    `json:"hits"`
	OK       int    `json:"ok"`
	Repaired int    `json:"repaired"`
	Missing  int    `json:"missing"`
	// Misses lists the first MaxReportMisses misses in document order;
	// MissesOmitted counts the rest (every pair's terms are in the corpus
	// files), so report.json does not grow with the corpus.
	Misses        []GlossaryMiss `json:"misses,omitempty"`
	MissesOmitted int            `json:"misses_omitted,omitempty"`
}

// MaxReportMisses is how many glossary misses report.json lists.
const MaxReportMisses = 1000

// GlossaryMiss is one term whose translation is missing from the output.
type GlossaryMiss struct {
	ID     string `json:"id"`
	Source string `json:"source"`
	Target string `json:"target"`
}

// NewReport starts the report of a run with these options (defaults
// filled in, as Env.Options gives them); skipped lists the files passed
// over while collecting inputs.
func NewReport(opts Options, skipped []input.Skipped) *Report {
	rep := &Report{
		Tool: "tarjama", Version: opts.Version, Backend: opts.BackendName,
		SrcLang: opts.SrcLang, TgtLang: opts.TgtLang, Unit: opts.Unit,
		Started: opts.Now(), Skipped: skipped, Documents: []DocReport{},
	}
	rep.Totals.FilesSkipped = len(skipped)
	if opts.Glossary != nil {
		rep.GlossaryMode = opts.GlossaryMode
		rep.Glossary = &GlossaryReport{Entries: len(opts.Glossary.Entries), Version: opts.Glossary.Version()}
	}
	return rep
}

// AddResult counts one processed document (Env.Process's result) into the
// report: its entry, its glossary terms and misses. Results are added in
// document order.
func (r *Report) AddResult(res Result) {
	d := res.Report
	d.GlossaryMissing = res.Glossary.Missing
	r.add(d)
	if g := r.Glossary; g != nil {
		c := res.Glossary
		g.OK += c.OK
		g.Repaired += c.Repaired
		g.Missing += c.Missing
		g.Hits += c.Hits()
		keep := min(len(res.Misses), MaxReportMisses-len(g.Misses))
		g.Misses = append(g.Misses, res.Misses[:keep]...)
		g.MissesOmitted += len(res.Misses) - keep
	}
}

// Finish sets the run's status from how it ended: err is the run's error
// (nil when every document went through), interrupted whether the context
// was cancelled.
func (r *Report) Finish(err error, interrupted, dryRun bool) {
	switch {
	case err != nil && interrupted:
		r.Status = "interrupted"
	case err != nil:
		r.Status, r.Error = "failed", err.Error()
	case dryRun:
		r.Status = "dry-run"
	case r.Partial():
		r.Status = "partial"
	default:
		r.Status = "complete"
	}
}

// Add counts one document into the report; runs other than Run (such as
// align-docs) build their report with it.
func (r *Report) Add(d DocReport) { r.add(d) }

// StreamDocuments makes the report write every document added from now
// on to w, one JSON line each (name is the file's name, recorded in
// report.json), and keep in Documents only those that need attention.
func (r *Report) StreamDocuments(w io.Writer, name string) {
	r.docs, r.DocumentsFile = json.NewEncoder(w), name
	r.docs.SetEscapeHTML(false)
}

// StreamErr returns the first error writing the document stream.
func (r *Report) StreamErr() error { return r.docsErr }

func (r *Report) add(d DocReport) {
	switch {
	case r.docs == nil:
		r.Documents = append(r.Documents, d)
	default:
		if r.docsErr == nil {
			r.docsErr = r.docs.Encode(d)
		}
		if d.NeedsAttention() {
			r.Documents = append(r.Documents, d)
		}
	}
	t := &r.Totals
	t.Documents++
	switch d.Status {
	case StatusOK:
		t.OK++
	case StatusEmpty:
		t.Empty++
	case StatusSkipped:
		t.Skipped++
	case StatusFailed:
		t.Failed++
	}
	t.Paragraphs += d.Paragraphs
	t.Sentences += d.Sentences
	t.Pairs += d.Pairs
	t.CharsIn += d.CharsIn
	t.CharsOut += d.CharsOut
	t.Dropped += len(d.Dropped)
}

// Partial reports whether some input was skipped or failed.
func (r *Report) Partial() bool {
	return r.Totals.Skipped > 0 || r.Totals.Failed > 0 || len(r.Skipped) > 0
}

// WriteFile writes the report as indented JSON, atomically.
func (r *Report) WriteFile(path string) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(path, append(b, '\n'))
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
