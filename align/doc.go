// Package align finds which sentences of a document translate which
// sentences of another: a dynamic programme over 0-1, 1-0, 1-1 … 1-6, 6-1
// and many-to-many links (a+b ≤ MaxGroup+1), scored with
//
//   - similarity between a machine translation of the source (Options.SrcMT,
//     any quality: a word-for-word lexicon is enough) and the target, as
//     tf-idf weighted character 4-gram cosine, so inflection does not hurt;
//   - anchors that survive translation: numbers (digit-group separators and
//     Arabic-Indic digits normalised), punctuation such as ? ! : ( %,
//     glossary terms (Options.Terms) and caller-supplied keys
//     (Options.Anchors); without a translation, Latin-script words too;
//   - sentence length, Gale-Church style, with the length ratio estimated
//     from the two documents; with a translation, a link whose two sides
//     are alike (and, if merged, whose every sentence carries its share of
//     that similarity) is charged a loose length cost, Gale-Church's mixed
//     with a flat tail, as a free translation may condense two sentences
//     into a shorter one (see lenModel).
//
// As in vecalign, similarity is normalised by how alike each side is to
// random sentences of the other document, so generic sentences do not
// attract links; a link's reward grows with how much text it covers (so
// absorbing a stray fragment earns little and leaving it unlinked costs
// little), each merged sentence costs a penalty (more if it carries none of
// the link's similarity, as a sentence deleted on the other side does; less
// for the items of an enumeration, and less across a soft boundary: a
// sentence ending in a clause mark or an open bracket, or one that begins
// in lower case, is a fragment its neighbour's translation covers; in a
// many-to-many link, only a cut inside brackets counts, and only while
// every sentence carries its share of the link's similarity, see
// soft.go), and a break between two
// sentences that translate each other (the end of one link and the start of
// the next) costs extra, which keeps crossing translations in one link.
//
// A sentence that numbers its items ("أ- … ب- … ج- …", "(a) … (b) …", the
// markers are data in data/markers.txt) may be linked to up to
// Options.EnumGroup (10) sentences of the other side, beyond MaxGroup.
//
// The search is coarse-to-fine: blocks of 2^k sentences, compared through
// summed random-sign sketches of their features, are aligned on a small full
// table, and each finer resolution is searched only in a band around the
// coarser path, widened where the path runs into its edge. Time and memory
// grow linearly with the documents' length (20,000 × 22,000 sentences take
// about 0.9 CPU-seconds on one core, of which extraction is a quarter, and
// under 130 MB). At the finest level a row's dot products come from a
// window index of the target sentences it reaches (window.go), and a link
// that cannot beat its cell's best is dropped before its exact cost.
//
// Align's result covers every sentence of both documents exactly once, in
// order; Check verifies that contract. Link scores are confidences in
// [0,1] from the link's own evidence, discounted by its weakest merged
// sentence and raised for a link between two confident ones. WriteVecalign and
// ReadVecalign speak the `[0]:[0, 1]:0.87` format of vecalign and the
// scorers.
package align
