// Package training turns a stream of pairs into training files: the
// filters, deduplication, language identification and quality filters of
// package filter, and the train/dev/test split, as one corpus.Writer.
//
// [Open] starts the files DIR/<part>.<ext> of every part with a non-zero
// share, in every requested format (a Moses pair DIR/<part>.<src> and
// DIR/<part>.<tgt>; a per-document format such as XLIFF a folder
// DIR/<format dir>/<part>/ of one file per document). Pairs written to the
// [Writer] go, in order, through language identification (LangID), the
// quality filter (MinQE, scored in batches), then the checks and split of
// a [filter.Filter]; Close publishes every file at once, Abort leaves none.
//
// Filling the split's quotas by document needs every document's size
// before the first pair is placed. The Writer therefore keeps the pairs
// it is given in a temporary spool file in DIR (never in memory) while it
// counts the kept pairs per document, and at Close plans the split
// ([filter.NewPlan]) and replays the spool into the parts. A caller that
// cannot wait, or wants the older hashed assignment, sets HashSplit: pairs
// then stream straight through. Without a dev or test share nothing is
// spooled.
//
// [Writer.Report] is what export-report.json ([ReportName]) holds.
package training
