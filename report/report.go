package report

import (
	"bufio"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"html/template"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/tarjama/tarjama/clean"
	"github.com/tarjama/tarjama/internal/atomicfile"
	"github.com/tarjama/tarjama/pipeline"
)

// File and folder names inside an output folder.
const (
	ReportJSON  = "report.json"
	CorpusJSONL = "corpus.jsonl"
	IndexHTML   = "report.html"
	PagesDir    = "report"
)

// ErrNoReport is returned (wrapped) when the folder has no report.json.
var ErrNoReport = errors.New("no report.json")

//go:embed templates/*.html
var templateFS embed.FS

var tmpl = template.Must(template.New("").Funcs(template.FuncMap{
	"pct": func(f float64) string { return fmt.Sprintf("%.2f", f) },
}).ParseFS(templateFS, "templates/*.html"))

// runReport is the part of report.json the pages show.
type runReport struct {
	Tool         string               `json:"tool"`
	Version      string               `json:"version"`
	Status       string               `json:"status"`
	Backend      string               `json:"backend"`
	SrcLang      string               `json:"src_lang"`
	TgtLang      string               `json:"tgt_lang"`
	Unit         string               `json:"unit"`
	GlossaryMode string               `json:"glossary_mode"`
	Started      string               `json:"started"`
	WallSeconds  float64              `json:"wall_seconds"`
	Totals       pipeline.Totals      `json:"totals"`
	Documents    []pipeline.DocReport `json:"documents"`
	// DocumentsFile names the file listing every document (one JSON
	// object a line); Documents then holds only those needing attention.
	DocumentsFile string                   `json:"documents_file"`
	Glossary      *pipeline.GlossaryReport `json:"glossary"`
	Resume        map[string]any           `json:"resume"`
	BackendStats  map[string]any           `json:"backend_stats"`
	Error         string                   `json:"error"`
}

// record is one line of corpus.jsonl.
type record struct {
	ID          string            `json:"id"`
	Doc         string            `json:"doc"`
	Translation map[string]string `json:"translation"`
	Align       string            `json:"align"`
	Score       *float64          `json:"score"`
	QE          *float64          `json:"qe"`
	Backend     string            `json:"backend"`
	Glossary    []term            `json:"glossary"`
}

type term struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Status string `json:"status"`
}

// readDocuments reads the line-per-document list beside report.json.
func readDocuments(path string) ([]pipeline.DocReport, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs := []pipeline.DocReport{}
	dec := json.NewDecoder(bufio.NewReader(f))
	for {
		var d pipeline.DocReport
		if err := dec.Decode(&d); err == io.EOF {
			return docs, nil
		} else if err != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Base(path), err)
		}
		docs = append(docs, d)
	}
}

// Write renders outDir's report.json (with the documents.jsonl it names)
// and corpus.jsonl as outDir/report.html
// and one page per document under outDir/report/. A missing corpus.jsonl
// (a dry run, or a run that failed early) gives pages without pairs.
func Write(ctx context.Context, outDir string) error {
	b, err := os.ReadFile(filepath.Join(outDir, ReportJSON))
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("report %s: %w", outDir, ErrNoReport)
		}
		return fmt.Errorf("report: %w", err)
	}
	var run runReport
	if err := json.Unmarshal(b, &run); err != nil {
		return fmt.Errorf("report: %s: %w", ReportJSON, err)
	}
	if run.DocumentsFile != "" {
		if run.Documents, err = readDocuments(filepath.Join(outDir, filepath.Base(run.DocumentsFile))); err != nil {
			return fmt.Errorf("report: %w", err)
		}
	}
	if run.SrcLang == "" {
		run.SrcLang = "ar"
	}
	if run.TgtLang == "" {
		run.TgtLang = "en"
	}
	w := &writer{ctx: ctx, outDir: outDir, run: &run, byDoc: map[string]*docSummary{}, used: map[string]bool{}}
	for i := range run.Documents {
		w.summary(run.Documents[i].Doc).report = &run.Documents[i]
	}
	f, err := os.Open(filepath.Join(outDir, CorpusJSONL))
	switch {
	case err == nil:
		defer f.Close()
		if err := w.stream(f); err != nil {
			return fmt.Errorf("report: %s: %w", CorpusJSONL, err)
		}
	case !errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("report: %w", err)
	}
	// Documents with no pairs still get a page (dropped lines, reason).
	for _, d := range w.order {
		if !d.written {
			if err := w.startPage(d); err != nil {
				return err
			}
			if err := w.endPage(); err != nil {
				return err
			}
		}
	}
	if err := w.writeIndex(); err != nil {
		return err
	}
	return w.removeStale()
}

// stalePage matches the names pageName makes.
var stalePage = regexp.MustCompile(`-[0-9a-f]{12}(-[0-9]+)?\.html$`)

// removeStale deletes pages of an earlier report whose documents are gone,
// so that report/ holds exactly the pages report.html links to. Files not
// named like our pages are left alone.
func (w *writer) removeStale() error {
	dir := filepath.Join(w.outDir, PagesDir)
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil // no pages written: no documents
	}
	for _, e := range ents {
		if e.Type().IsRegular() && stalePage.MatchString(e.Name()) && !w.used[strings.TrimSuffix(e.Name(), ".html")] {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
				return fmt.Errorf("report: %w", err)
			}
		}
	}
	return nil
}

// docSummary is what the index shows about one document.
type docSummary struct {
	Doc      string
	Page     string // relative to outDir, slash-separated
	report   *pipeline.DocReport
	Status   string
	Reason   string
	Pairs    int
	Hits     int
	Misses   int
	Dropped  int
	ScoreSum float64
	Scored   int
	written  bool
}

// MeanScore is the document's mean alignment score, or -1 without scores.
func (d *docSummary) MeanScore() float64 {
	if d.Scored == 0 {
		return -1
	}
	return d.ScoreSum / float64(d.Scored)
}

type writer struct {
	ctx    context.Context
	outDir string
	run    *runReport
	byDoc  map[string]*docSummary
	order  []*docSummary
	used   map[string]bool // page names taken

	cur    *docSummary
	page   *atomicfile.File
	hasQE  bool
	scores histogram
	qes    histogram
}

func (w *writer) summary(doc string) *docSummary {
	if d, ok := w.byDoc[doc]; ok {
		return d
	}
	d := &docSummary{Doc: doc, Page: PagesDir + "/" + w.pageName(doc)}
	w.byDoc[doc] = d
	w.order = append(w.order, d)
	return d
}

// pageName makes a file name from a document name: safe characters kept,
// others replaced, and a hash of the full name so distinct documents never
// share a page.
func (w *writer) pageName(doc string) string {
	var b strings.Builder
	for _, r := range doc {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
		if b.Len() >= 60 {
			break
		}
	}
	h := fnv.New64a()
	io.WriteString(h, doc)
	name := fmt.Sprintf("%s-%012x", strings.Trim(b.String(), "_"), h.Sum64()&0xffffffffffff)
	for i := 2; w.used[name]; i++ { // a hash collision: practically never
		name = fmt.Sprintf("%s-%012x-%d", strings.Trim(b.String(), "_"), h.Sum64()&0xffffffffffff, i)
	}
	w.used[name] = true
	return name + ".html"
}

func (w *writer) stream(r io.Reader) error {
	dec := json.NewDecoder(bufio.NewReaderSize(r, 256<<10))
	n := 0
	for {
		var rec record
		err := dec.Decode(&rec)
		if err == io.EOF {
			break
		}
		if err != nil {
			w.abort()
			return fmt.Errorf("record %d: %w", n+1, err)
		}
		n++
		if n%1024 == 0 {
			if err := w.ctx.Err(); err != nil {
				w.abort()
				return err
			}
		}
		if w.cur == nil || rec.Doc != w.cur.Doc {
			if w.cur != nil {
				if err := w.endPage(); err != nil {
					return err
				}
			}
			d := w.summary(rec.Doc)
			if d.written {
				return fmt.Errorf("record %d (%s): document %q appears twice, not in document order", n, rec.ID, rec.Doc)
			}
			if err := w.startPage(d); err != nil {
				return err
			}
		}
		if err := w.row(n, &rec); err != nil {
			w.abort()
			return err
		}
	}
	if w.cur != nil {
		return w.endPage()
	}
	return nil
}

func (w *writer) abort() {
	if w.page != nil {
		w.page.Abort()
		w.page = nil
	}
}

// pageHead is the data of a document page's head.
type pageHead struct {
	Doc     *docSummary
	Report  *pipeline.DocReport
	Dropped []clean.Drop
	SrcLang string
	TgtLang string
	SrcDir  string
	TgtDir  string
}

func (w *writer) startPage(d *docSummary) error {
	d.written = true
	w.cur = d
	f, err := atomicfile.Create(filepath.Join(w.outDir, filepath.FromSlash(d.Page)))
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	f.NoSync = true // many small files, regenerated by `tarjama report`
	w.page = f
	h := pageHead{Doc: d, Report: d.report, SrcLang: w.run.SrcLang, TgtLang: w.run.TgtLang,
		SrcDir: dir(w.run.SrcLang), TgtDir: dir(w.run.TgtLang)}
	if d.report != nil {
		h.Dropped = d.report.Dropped
	}
	if err := tmpl.ExecuteTemplate(f, "head", h); err != nil {
		w.abort()
		return fmt.Errorf("report: %s: %w", d.Page, err)
	}
	return nil
}

func (w *writer) endPage() error {
	d := w.cur
	if err := tmpl.ExecuteTemplate(w.page, "foot", d); err != nil {
		w.abort()
		return fmt.Errorf("report: %s: %w", d.Page, err)
	}
	err := w.page.Commit()
	w.page, w.cur = nil, nil
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return nil
}

// pairRow is one row of a document page.
type pairRow struct {
	N        int
	ID       string
	Align    string
	Score    string
	ScoreCls string
	QE       string
	QECls    string
	Src, Tgt []span
	Terms    []term
	SrcLang  string
	TgtLang  string
	SrcDir   string
	TgtDir   string
}

func (w *writer) row(n int, rec *record) error {
	d := w.cur
	d.Pairs++
	r := pairRow{N: d.Pairs, ID: rec.ID, Align: rec.Align, Terms: rec.Glossary,
		SrcLang: w.run.SrcLang, TgtLang: w.run.TgtLang, SrcDir: dir(w.run.SrcLang), TgtDir: dir(w.run.TgtLang)}
	if rec.Score != nil {
		s := *rec.Score
		w.scores.add(s)
		d.ScoreSum += s
		d.Scored++
		r.Score, r.ScoreCls = fmt.Sprintf("%.2f", s), scoreClass(s)
	}
	if rec.QE != nil {
		w.hasQE = true
		w.qes.add(*rec.QE)
		r.QE, r.QECls = fmt.Sprintf("%.2f", *rec.QE), scoreClass(*rec.QE)
	}
	var srcTerms, tgtTerms []mark
	for _, t := range rec.Glossary {
		cls := "hit"
		if t.Status == "missing" {
			cls = "miss"
			d.Misses++
		} else {
			d.Hits++
		}
		srcTerms = append(srcTerms, mark{t.Source, cls})
		tgtTerms = append(tgtTerms, mark{t.Target, cls})
	}
	r.Src = highlight(rec.Translation[w.run.SrcLang], srcTerms)
	r.Tgt = highlight(rec.Translation[w.run.TgtLang], tgtTerms)
	if err := tmpl.ExecuteTemplate(w.page, "row", &r); err != nil {
		return fmt.Errorf("report: %s: %w", d.Page, err)
	}
	return nil
}

// span is a piece of a cell's text; Class is "" for plain text, "hit" or
// "miss" for a glossary term.
type span struct {
	Text  string
	Class string
}

type mark struct {
	Text  string
	Class string
}

// highlight splits s into spans marking every occurrence of the terms,
// longest terms first, never overlapping.
func highlight(s string, terms []mark) []span {
	if len(terms) == 0 || s == "" {
		return []span{{Text: s}}
	}
	sort.SliceStable(terms, func(i, j int) bool { return len(terms[i].Text) > len(terms[j].Text) })
	type hit struct {
		start, end int
		class      string
	}
	var hits []hit
	taken := func(a, b int) bool {
		for _, h := range hits {
			if a < h.end && h.start < b {
				return true
			}
		}
		return false
	}
	for _, t := range terms {
		if t.Text == "" {
			continue
		}
		for off := 0; ; {
			i := strings.Index(s[off:], t.Text)
			if i < 0 {
				break
			}
			a, b := off+i, off+i+len(t.Text)
			if !taken(a, b) {
				hits = append(hits, hit{a, b, t.Class})
			}
			off = b
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].start < hits[j].start })
	var out []span
	pos := 0
	for _, h := range hits {
		if h.start > pos {
			out = append(out, span{Text: s[pos:h.start]})
		}
		out = append(out, span{Text: s[h.start:h.end], Class: h.class})
		pos = h.end
	}
	if pos < len(s) {
		out = append(out, span{Text: s[pos:]})
	}
	return out
}

// scoreClass buckets a score in [0,1] into one of five colour classes.
func scoreClass(s float64) string {
	switch {
	case !(s >= 0): // NaN or negative
		return "s0"
	case s < 0.2:
		return "s0"
	case s < 0.4:
		return "s1"
	case s < 0.6:
		return "s2"
	case s < 0.8:
		return "s3"
	}
	return "s4"
}

var rtlLangs = map[string]bool{"ar": true, "fa": true, "he": true, "ur": true, "ps": true, "yi": true, "ckb": true, "dv": true, "sd": true, "ug": true}

func dir(lang string) string {
	base, _, _ := strings.Cut(strings.ToLower(lang), "-")
	if rtlLangs[base] {
		return "rtl"
	}
	return "ltr"
}

// histogram counts scores in [0,1] in 20 bins.
type histogram struct {
	bins [20]int
	n    int
}

func (h *histogram) add(s float64) {
	if math.IsNaN(s) {
		return
	}
	i := int(s * 20)
	i = max(0, min(19, i))
	h.bins[i]++
	h.n++
}

// bar is one rectangle of an SVG histogram.
type bar struct {
	X, Y, W, H int
	Label      string
	Class      string
}

// svgHist lays the histogram out in a 400×120 plot area.
type svgHist struct {
	Title string
	N     int
	Bars  []bar
	Max   int
}

func (h *histogram) svg(title string) *svgHist {
	if h.n == 0 {
		return nil
	}
	out := &svgHist{Title: title, N: h.n}
	for _, c := range h.bins {
		out.Max = max(out.Max, c)
	}
	for i, c := range h.bins {
		ht := 0
		if out.Max > 0 {
			ht = int(math.Round(float64(c) * 120 / float64(out.Max)))
		}
		if c > 0 && ht == 0 {
			ht = 1
		}
		out.Bars = append(out.Bars, bar{X: 30 + i*20, Y: 130 - ht, W: 18, H: ht,
			Label: fmt.Sprintf("%.2f–%.2f: %d", float64(i)/20, float64(i+1)/20, c),
			Class: scoreClass((float64(i) + 0.5) / 20)})
	}
	return out
}

// kv is one line of the backend statistics table.
type kv struct{ Key, Value string }

func keyValues(m map[string]any) []kv {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]kv, 0, len(keys))
	for _, k := range keys {
		var v string
		switch x := m[k].(type) {
		case string:
			v = x
		case float64:
			v = strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.6f", x), "0"), ".")
		default:
			b, _ := json.Marshal(x)
			v = string(b)
		}
		out = append(out, kv{k, v})
	}
	return out
}

// index is the data of report.html.
type index struct {
	Run          *runReport
	Docs         []*docSummary
	Statuses     []string
	BackendStats []kv
	Resume       []kv
	Scores       *svgHist
	QE           *svgHist
	Wall         string
}

func (w *writer) writeIndex() error {
	x := index{Run: w.run, Docs: w.order, BackendStats: keyValues(w.run.BackendStats), Resume: keyValues(w.run.Resume),
		Scores: w.scores.svg("Alignment scores"), Wall: fmt.Sprintf("%.2f s", w.run.WallSeconds)}
	if w.hasQE {
		x.QE = w.qes.svg("Quality estimates (qe)")
	}
	seen := map[string]bool{}
	for _, d := range w.order {
		if d.report != nil {
			d.Status, d.Reason, d.Dropped = d.report.Status, d.report.Reason, len(d.report.Dropped)
		} else {
			d.Status = "unreported"
		}
		if !seen[d.Status] {
			seen[d.Status] = true
			x.Statuses = append(x.Statuses, d.Status)
		}
	}
	sort.Strings(x.Statuses)
	f, err := atomicfile.Create(filepath.Join(w.outDir, IndexHTML))
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if err := tmpl.ExecuteTemplate(f, "index", &x); err != nil {
		f.Abort()
		return fmt.Errorf("report: %s: %w", IndexHTML, err)
	}
	return f.Commit()
}
