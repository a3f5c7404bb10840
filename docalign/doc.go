// Package docalign finds which source document translates which target
// document, for bilingual sites whose file names carry no signal and where
// some documents have no counterpart.
//
// The method follows Bitextor's MT-based document aligner: the source
// documents are translated line by line with a backend (the embedded
// lexicon by default in the CLI); every translated source and every target
// becomes a tf-idf vector over lower-cased words and word bigrams, plus
// anchors (numbers with their digits made ASCII, Latin-script tokens of the
// source such as names, acronyms and URLs) weighted higher; an inverted
// index over the targets' rarer terms proposes candidates for each source
// (terms found in more than max(50, 1%) of the documents do not propose);
// candidates are scored by cosine similarity over all terms; and a 1-1
// assignment (best score first, each document used once) keeps the pairs
// scoring at least MinScore.
//
// [Align] returns the pairs with their texts, so that a caller can sentence
// align each pair and write a corpus as `tarjama translate` does.
package docalign
