// Package alignjob is the file-level work behind `tarjama align` and
// `tarjama align-docs`: it reads document pairs (a pair of files, or a list
// of pairs), splits them into sentences, translates the sources when a
// pair brings no translation of its own, aligns each pair with package
// align and writes the links (vecalign) or the pairs (tsv, jsonl, tmx).
// [Docs] first finds which article of one folder translates which of the
// other (package docalign) and writes the corpus and the run report of an
// output folder.
//
// Links become corpus pairs through [align.Pairs], document scores come
// from [align.DocScore] and --min-score filtering of vecalign output from
// [align.FilterLinks], so that every command shares one home for them.
//
// Nothing here prints: per-pair results and notes reach the caller
// through the Progress and Warn callbacks of [Options]. Errors caused by
// how a job was asked for (options, a list of pairs that cannot be read,
// a glossary that does not parse, a missing folder) wrap [ErrUsage]; a
// job that wrote its output but failed on some pairs returns a
// [*PartialError].
package alignjob
