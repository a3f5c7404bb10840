// Package beamrun is tarjama's translation job as an Apache Beam pipeline,
// so that one archive can be translated on many machines (Dataflow, Flink,
// Spark) or in-process on prism.
//
// The pipeline is
//
//	match inputs → reshuffle → read, decode and process each document
//	(pipeline.Env.Process, the local runner's own entry point) → write
//	docs/ → shards of records sorted by document → one merge
//
// and the merge writes corpus.jsonl, corpus.tmx, the Moses and TSV files
// and report.json into the output folder in document-name order, then
// pair order, as `tarjama translate` does, so the two runners' outputs are
// byte-comparable. No per-document logic lives here: reading is package
// input, processing is package pipeline, writing is package corpus.
//
// Inputs are local paths (a folder is walked as `tarjama translate DIR`
// walks it) or globs, local or on any Beam file system (gs://…). A
// document matched by a glob is named by its path relative to the glob's
// fixed prefix: the part before the first wildcard, cut after its last
// slash.
//
// DoFns are registered in init, as the Beam SDK requires: a worker looks
// them up by name before the program's own code runs.
package beamrun
