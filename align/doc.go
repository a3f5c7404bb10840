// Package align finds which sentences of a document translate which
// sentences of another: a dynamic programme over 0-1, 1-0, 1-1 … 1-6, 6-1
// and many-to-many links, scored with sentence length (Gale-Church, with
// the length ratio estimated from the pair), with character n-gram
// similarity between a machine translation of the source and the target
// (when one is given), and with anchors that survive translation: numbers,
// Latin-script words, punctuation and glossary terms.
//
// Similarity is normalised as in vecalign: a link is scored by how much
// more alike its two sides are than each is to random sentences of the
// other document, so generic sentences do not attract links.
//
// The search is coarse-to-fine: blocks of 2^k sentences are aligned on a
// small full table, and each finer resolution is searched only in a band
// around the coarser path, widened where the path runs into its edge. Time
// and memory are linear in the documents' length.
//
// Align's result covers every sentence of both documents exactly once, in
// order; Check verifies that contract. WriteVecalign and ReadVecalign speak
// the `[0]:[0, 1]:0.87` format used by vecalign and the scorers.
package align
