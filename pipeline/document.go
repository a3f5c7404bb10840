package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/tarjama/tarjama/align"
	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/wrap"
	"github.com/tarjama/tarjama/clean"
	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/glossary"
	"github.com/tarjama/tarjama/input"
	"github.com/tarjama/tarjama/segment"
)

// docResult is everything one document contributes to the outputs.
type docResult struct {
	report DocReport
	pairs  []corpus.Pair
	lines  []string // translated document, one line per input line
	misses []GlossaryMiss
	hits   [3]int // ok, repaired, missing
	err    error  // a run-level error (cancellation): stop the run

	reused bool   // taken from the journal of an earlier run
	redo   string // why a journal entry could not be reused
}

// segRef places one translation segment in the document.
type segRef struct {
	line int    // index of the input line (paragraph)
	src  string // source text as in the cleaned document
}

// runner holds what every document needs.
type runner struct {
	budgetHit atomic.Bool // --max-chars reached: start no more translations
	opts      Options
	journal   *journal // nil in dry runs
	matcher   *glossary.Matcher
	markup    glossary.Markup
	format    backend.Format
}

func newRunner(opts Options) *runner {
	r := &runner{opts: opts, markup: glossary.MarkupText, format: backend.Text}
	if opts.Glossary != nil && len(opts.Glossary.Entries) > 0 {
		r.matcher = glossary.NewMatcher(opts.Glossary)
		if h, ok := opts.Translator.(backend.HTMLTranslator); ok && h.SupportsHTML() && opts.GlossaryMode == GlossaryProtect {
			r.markup, r.format = glossary.MarkupHTML, backend.HTML
		}
	}
	return r
}

func (r *runner) process(ctx context.Context, d input.Doc) *docResult {
	res := &docResult{report: DocReport{Doc: d.Name, Path: d.Path}}
	txt, err := input.Read(d, r.opts.Stdin)
	if err != nil {
		res.report.Status, res.report.Reason = StatusSkipped, err.Error()
		return res
	}
	res.report.Encoding = txt.Encoding
	var textHash string
	if r.journal != nil {
		textHash = hash(txt.Text)
		rec, why, err := r.journal.lookup(ctx, d.Name, textHash)
		if err != nil {
			res.err = fmt.Errorf("journal: %w", err)
			return res
		}
		if rec != nil {
			// The text is the same; where it was read from and how it
			// was encoded may not be.
			rec.Report.Path, rec.Report.Encoding = d.Path, txt.Encoding
			return &docResult{report: rec.Report, pairs: rec.Pairs, lines: rec.Lines, misses: rec.Misses, hits: rec.Hits, reused: true}
		}
		res.redo = why
	}
	r.work(ctx, d, txt, res)
	if r.journal != nil && res.err == nil && (res.report.Status == StatusOK || res.report.Status == StatusEmpty) {
		rec := &journalRecord{Report: res.report, Pairs: res.pairs, Lines: res.lines, Misses: res.misses, Hits: res.hits}
		if err := r.journal.store(ctx, d.Name, textHash, rec); err != nil && ctx.Err() == nil {
			res.err = fmt.Errorf("journal: %w", err)
		}
	}
	return res
}

// work translates one decoded document into res.
func (r *runner) work(ctx context.Context, d input.Doc, txt input.Text, res *docResult) {
	lines := strings.Split(strings.TrimSuffix(txt.Text, "\n"), "\n")
	cr := clean.Document(lines, clean.Options{Lang: r.opts.SrcLang, KeepBoilerplate: r.opts.KeepBoilerplate})
	res.report.Dropped = cr.Dropped
	res.lines = make([]string, len(lines))

	// Sentences per paragraph (input line), and the translation segments.
	sents := make([][]string, len(lines))
	var segs []segRef
	for i, para := range cr.Lines {
		if strings.TrimSpace(para) == "" {
			continue
		}
		res.report.Paragraphs++
		for _, sp := range segment.Split(r.opts.SrcLang, para) {
			for _, piece := range cutLong(para[sp.Start:sp.End], r.opts.MaxSegmentChars) {
				sents[i] = append(sents[i], piece)
				res.report.CharsIn += utf8.RuneCountInString(piece)
			}
		}
		res.report.Sentences += len(sents[i])
		if r.opts.Unit == UnitParagraph && utf8.RuneCountInString(para) <= r.opts.MaxSegmentChars {
			segs = append(segs, segRef{line: i, src: strings.Join(sents[i], " ")})
		} else {
			for _, s := range sents[i] {
				segs = append(segs, segRef{line: i, src: s})
			}
		}
	}
	if len(segs) == 0 {
		res.report.Status = StatusEmpty
		res.report.Reason = "no text to translate"
		if len(lines) == 1 && lines[0] == "" {
			res.report.Reason = "empty file"
		}
		return
	}

	if r.budgetHit.Load() {
		res.report.Status, res.report.Reason = StatusFailed, "not translated: the --max-chars budget was reached"
		res.lines = nil
		return
	}
	targets, checks, err := r.translate(ctx, segs)
	if err != nil {
		if ctx.Err() != nil {
			res.err = ctx.Err()
			return
		}
		if errors.Is(err, wrap.ErrBudget) {
			r.budgetHit.Store(true)
		}
		if errors.Is(err, backend.ErrUnusable) {
			// No later request can succeed: stop the run, exit 1.
			res.err = fmt.Errorf("%s: %w", d.Name, err)
			return
		}
		res.report.Status, res.report.Reason = StatusFailed, err.Error()
		res.lines = nil
		return
	}
	if r.opts.DryRun {
		res.report.Status = StatusOK
		return
	}

	// Group segments back by line and build the pairs.
	n := 0
	emit := func(p corpus.Pair) {
		n++
		p.ID = fmt.Sprintf("%s#%d", d.Name, n)
		p.Doc, p.SrcLang, p.TgtLang, p.Backend = d.Name, r.opts.SrcLang, r.opts.TgtLang, r.opts.BackendName
		for _, t := range p.Glossary {
			switch t.Status {
			case "ok":
				res.hits[0]++
			case "repaired":
				res.hits[1]++
			case "missing":
				res.hits[2]++
				res.misses = append(res.misses, GlossaryMiss{ID: p.ID, Source: t.Source, Target: t.Target})
			}
		}
		res.report.CharsOut += utf8.RuneCountInString(p.Tgt)
		res.pairs = append(res.pairs, p)
	}
	for k := 0; k < len(segs); {
		line := segs[k].line
		j := k
		for j < len(segs) && segs[j].line == line {
			j++
		}
		res.lines[line] = strings.Join(targets[k:j], " ")
		if j-k == 1 && len(sents[line]) > 1 {
			// A whole paragraph went as one segment: align its sentences.
			pairs, err := r.alignParagraph(ctx, sents[line], targets[k])
			if err != nil {
				res.err = err
				return
			}
			for _, p := range pairs {
				emit(p)
			}
		} else {
			for s := k; s < j; s++ {
				emit(corpus.Pair{Src: segs[s].src, Tgt: targets[s], Align: "1-1", Glossary: checks[s]})
			}
		}
		k = j
	}
	res.report.Status = StatusOK
	res.report.Pairs = len(res.pairs)
}

// translate protects glossary terms, sends every segment of the document
// in one request (the batching decorator splits it by the backend's
// limits) and restores and verifies the terms.
func (r *runner) translate(ctx context.Context, segs []segRef) ([]string, [][]corpus.Term, error) {
	texts := make([]string, len(segs))
	var prot []glossary.Protected
	if r.matcher != nil && r.opts.GlossaryMode == GlossaryProtect {
		prot = make([]glossary.Protected, len(segs))
	}
	for i, s := range segs {
		texts[i] = s.src
		if prot != nil {
			prot[i] = r.matcher.Protect(s.src, r.markup)
			texts[i] = prot[i].Text
		}
	}
	req := backend.Request{SrcLang: r.opts.SrcLang, TgtLang: r.opts.TgtLang, Segments: texts, Format: r.format}
	if r.opts.GlossaryMode == GlossaryNative {
		req.Glossary = r.opts.Glossary
	}
	out, err := r.opts.Translator.Translate(ctx, req)
	if err != nil {
		return nil, nil, err
	}
	if err := backend.CheckCount("translate", len(out), len(texts)); err != nil {
		return nil, nil, err
	}
	checks := make([][]corpus.Term, len(segs))
	for i := range out {
		var cs []glossary.Check
		switch {
		case prot != nil:
			out[i], cs = prot[i].Restore(out[i])
		case r.matcher != nil:
			cs = r.matcher.Verify(segs[i].src, out[i])
		}
		out[i] = oneLine(out[i])
		for _, c := range cs {
			checks[i] = append(checks[i], corpus.Term{Source: c.Entry.Source, Target: c.Entry.Target, Status: c.Status})
		}
	}
	return out, checks, nil
}

// alignParagraph splits a paragraph's translation into sentences and aligns
// them with the source sentences.
func (r *runner) alignParagraph(ctx context.Context, src []string, tgt string) ([]corpus.Pair, error) {
	var tsents []string
	for _, sp := range segment.Split(r.opts.TgtLang, tgt) {
		tsents = append(tsents, tgt[sp.Start:sp.End])
	}
	var mt []string
	if r.opts.AlignMT != nil {
		out, err := r.opts.AlignMT.Translate(ctx, backend.Request{SrcLang: r.opts.SrcLang, TgtLang: r.opts.TgtLang, Segments: src, Format: backend.Text})
		if err == nil && len(out) == len(src) {
			mt = out
		} else if ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
	links, err := align.Align(ctx, src, tsents, align.Options{SrcMT: mt})
	if err != nil {
		return nil, err
	}
	var pairs []corpus.Pair
	for _, l := range links {
		p := corpus.Pair{
			Src:      joinIdx(src, l.Src),
			Tgt:      joinIdx(tsents, l.Tgt),
			Align:    fmt.Sprintf("%d-%d", len(l.Src), len(l.Tgt)),
			Score:    l.Score,
			HasScore: true,
		}
		if r.matcher != nil {
			for _, c := range r.matcher.Verify(p.Src, p.Tgt) {
				p.Glossary = append(p.Glossary, corpus.Term{Source: c.Entry.Source, Target: c.Entry.Target, Status: c.Status})
			}
		}
		pairs = append(pairs, p)
	}
	return pairs, nil
}

func joinIdx(s []string, idx []int) string {
	parts := make([]string, len(idx))
	for i, k := range idx {
		parts[i] = s[k]
	}
	return strings.Join(parts, " ")
}

// oneLine keeps the one-line-per-segment contract even if an engine puts
// line breaks in its output.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n\u2028\u2029") {
		return strings.TrimSpace(s)
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029'
	}), " ")
}

// cutLong cuts a sentence longer than max code points at spaces (or
// anywhere, for a run without spaces), so no segment exceeds a request limit.
func cutLong(s string, max int) []string {
	if max <= 0 || utf8.RuneCountInString(s) <= max {
		return []string{s}
	}
	var out []string
	for len(s) > 0 {
		// Byte offset of the max-th rune; O(max) a piece, so a 10 MB line
		// is cut in linear time.
		end, n := 0, 0
		for end < len(s) && n < max {
			_, w := utf8.DecodeRuneInString(s[end:])
			end += w
			n++
		}
		if end == len(s) {
			out = append(out, s)
			break
		}
		cut := strings.LastIndexFunc(s[:end], unicode.IsSpace)
		if cut <= 0 {
			cut = end
		}
		if piece := strings.TrimSpace(s[:cut]); piece != "" {
			out = append(out, piece)
		}
		s = strings.TrimSpace(s[cut:])
	}
	return out
}
