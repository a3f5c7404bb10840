// Package report renders a translate run's output folder as HTML that a
// person can read without instructions: report.html with the run summary,
// histograms of alignment and quality-estimate scores and a sortable,
// filterable table of documents, and one page per document under report/
// with the aligned pairs side by side (source right-to-left for Arabic),
// glossary terms highlighted and the lines the cleaner dropped struck
// through with their rule.
//
// Everything is self-contained (inline CSS, JavaScript and SVG; nothing is
// fetched) so the pages open from disk without network. Pages are rendered
// with html/template, so corpus text can never become markup.
//
// Write reads report.json and streams corpus.jsonl once; corpus.jsonl is in
// document order, so memory is bounded by one document's summary, not by
// the corpus: each pair row is written to its page as it is read.
package report
