// Package corpus reads and writes sentence-aligned parallel corpora.
//
// A corpus is a stream of [Pair]s. Writers ([JSONLWriter], [TMXWriter],
// [MosesWriter], [TSVWriter]) look like encoding/csv: construct them on an
// io.Writer, call Write per pair and Close once; they buffer, never open
// files and never hold the corpus in memory. Readers implement [Reader]
// (Read returns io.EOF at the end). [Open] and [Create] pick the format from
// a path (a .gz suffix compresses TMX, JSONL and TSV) and handle the files,
// Create writing atomically: temporary file, fsync, rename on Close.
//
// Formats:
//
//   - JSONL: one object per line, {"id","doc","translation":{src:…,tgt:…},
//     "align","score","backend","glossary"}; the keys inside translation are
//     language codes (the Hugging Face datasets convention), source first.
//   - TMX 1.4b: valid against the LISA DTD; pair metadata in <prop>s of type
//     x-doc, x-align, x-score, x-backend and x-glossary-miss ("source<TAB>target";
//     only misses: glossary terms found intact are not carried in TMX).
//     Characters XML 1.0 forbids are removed and counted ([TMXWriter.Removed]).
//     The reader accepts TMX 1.1–1.4 from other tools (see [NewTMXReader]).
//   - Moses: two line-aligned plain-text files, STEM.<src> and STEM.<tgt>.
//   - TSV: a header row of the two language codes, then source<TAB>target.
//
// Moses and TSV are training formats: line breaks and tabs inside a segment
// become single spaces, so they are lossy for such text; JSONL and TMX keep
// every character XML allows.
package corpus
