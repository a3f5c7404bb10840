package pipeline

import (
	"context"

	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/glossary"
)

// A stage is one named step of processing a document. It reads and fills
// the document value in order. Its contract: a non-nil error is a
// run-level error (cancellation, refused credentials) that stops the run;
// a stage that settles the document (empty, failed, a dry run) sets its
// status and d.done, and the later stages do not run.
type stage struct {
	name string
	run  func(ctx context.Context, d *docState) error
}

// stages is the processing of one document, in order. Adding a stage is a
// file with its function and one line here.
var stages = []stage{
	{"clean", cleanStage},         // split lines, drop boilerplate
	{"segment", segmentStage},     // sentences, translation segments
	{"protect", protectStage},     // replace glossary terms by placeholders
	{"translate", translateStage}, // one request for the document
	{"restore", restoreStage},     // put terms back, verify them
	{"align", alignStage},         // align whole-paragraph translations
	{"pairs", pairsStage},         // number the pairs, count, build lines
}

// docState is the value the stages work on.
type docState struct {
	env  *Env
	doc  Document
	res  Result
	done bool

	lines   []string   // input lines (paragraphs)
	cleaned []string   // lines after cleaning ("" for dropped ones)
	sents   [][]string // sentences of each line
	segs    []segRef   // translation segments, grouped by line
	groups  []segGroup // segs[k:j] that belong to one line

	texts   []string             // the request's segments (terms protected)
	prot    []glossary.Protected // per segment, in protect mode
	targets []string             // translations, one per segment
	checks  [][]corpus.Term      // glossary checks, one list per segment

	aligned map[int][]corpus.Pair // line → pairs of an aligned paragraph
}

// segRef places one translation segment in the document.
type segRef struct {
	line int    // index of the input line (paragraph)
	src  string // source text as in the cleaned document
}

// segGroup is the run of segments segs[k:j] that translate line.
type segGroup struct{ line, k, j int }

// settle ends the document's processing with status and reason.
func (d *docState) settle(status, reason string) {
	d.res.Report.Status, d.res.Report.Reason = status, reason
	d.done = true
}
