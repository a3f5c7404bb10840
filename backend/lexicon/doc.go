// Package lexicon is tarjama's embedded offline Arabic→English translator.
//
// It needs no network and no key: a lexicon of plain-text files (data/*.tsv,
// format in data/README.md) is compiled into the binary with go:embed and
// loaded once into maps. Translation is rule-based and deterministic:
//
//  1. tokenize (Arabic words, digits incl. Arabic-Indic, Latin runs,
//     punctuation; tashkeel and tatweel removed, alef forms folded);
//  2. match multi-word entries longest first;
//  3. analyse each remaining word morphologically (clitics و ف ب ك ل ال لل
//     س, pronoun suffixes, dual and sound plurals, feminine ة, verb person
//     affixes), preferring the longest stem found in the lexicon;
//  4. build noun phrases (noun–adjective, construct state) and move a
//     nominal subject before its verb;
//  5. render English: articles, plurals, verb agreement, dates and numbers;
//     unknown words are transliterated, so no Arabic letter is ever output.
//
// The contract is backend.Translator: one output string per input segment,
// same order, ctx honoured. In backend.HTML mode <span translate="no">
// elements are copied verbatim and the text around them is HTML-escaped.
package lexicon
