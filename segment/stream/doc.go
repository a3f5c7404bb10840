// Package stream runs the segment command's whole path over readers: it
// reads lines of any length, checks they are UTF-8, cleans them as translate
// does (package clean), joins hard-wrapped lines into paragraphs when asked,
// splits each paragraph into sentences (package segment) and writes one
// sentence per line or one JSON object per sentence.
//
// A Writer takes any number of inputs in order; paragraph numbers run across
// them. Memory is bounded by the longest line (or, with Options.Wrapped, by
// about a megabyte of pending paragraph) plus a fixed number of batches in
// flight: paragraphs are split by Options.Workers goroutines in batches and
// written in input order, so the output does not depend on timing.
//
// Output formats:
//
//   - Text: one sentence per line, an empty line between paragraphs;
//   - JSONL: {"paragraph":p,"sentence":s,"start":b,"end":e,"text":"…"} per
//     sentence, p counting paragraphs from 1 across all inputs, s sentences
//     from 1 within the paragraph, [b, e) byte offsets into the cleaned
//     paragraph text (the same bytes encoding/json writes with HTML escaping
//     off).
//
// The package prints nothing: dropped boilerplate lines are reported through
// Options.OnDrop, and errors name the input ("<stdin>" or the file).
package stream
