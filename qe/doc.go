// Package qe estimates the quality of a translation pair: a score in [0,1],
// higher meaning a better pair, to drop noisy pairs from a training corpus.
//
// A [Scorer] translates the source with a backend (by default the embedded
// lexicon, ar→en) and computes features of the pair (see FeatureNames):
// chrF between that translation and the target (and its precision and
// recall apart, which tell a truncated target from one with a sentence
// appended), word overlap, length ratios, agreement of numbers, sentence
// ends and final punctuation, words a sentence does not end with, script
// and language identification of both sides (package langid), letters of
// Persian or Urdu in an Arabic source, untranslated copies, Latin-script
// names and glossary misses. A logistic model whose weights live in
// model.json (embedded) turns them into the score. The weights are fitted
// by `go test ./qe -run TestTrain -train` on noise generated from one split
// of the development sets and reported on the other (see noise_test.go).
//
// Pairs in the other direction (en→ar when the backend translates ar→en)
// are scored with their sides swapped.
package qe
