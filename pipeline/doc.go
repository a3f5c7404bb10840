// Package pipeline runs a translation job: read → clean → segment →
// protect glossary terms → translate → restore and verify terms → align →
// write the parallel corpus, the translated documents and a report.
//
// The work on one document is Env.Process: an ordered list of named stages
// (stages.go; one file stage_<name>.go each) over one document value,
// returning the document's pairs, its translation and its report entry. It
// touches no file, journal or global state, so the local runner (Run) and
// a distributed one call it alike; NewReport and Report.AddResult build
// report.json from its results, DocPath and Options.TMXHeader give the
// names and headers Run writes. Options.Validate checks options before any
// work; its errors wrap ErrInvalidOptions.
//
// Run takes already-collected documents (see package input) and a
// backend.Translator (already wrapped by decorators such as the cache and
// retries), processes documents concurrently with bounded parallelism and
// writes every output in sorted document order, so output bytes never
// depend on timing. A document that fails (unreadable, undecodable, a
// permanent backend error) is reported and the others go on. Corpus files
// are written atomically: an interrupted run leaves the previous files (or
// none), never truncated ones.
//
// The output folder keeps a journal (.tarjama/journal.db) of finished
// documents. A later Run into the same folder reuses every document whose
// decoded text and settings are unchanged, redoes the others, and deletes
// the docs/ translations of documents that are no longer inputs or no
// longer translate, so the folder ends as an uninterrupted run would leave
// it; Report.Resume says what was reused, redone and removed.
package pipeline
