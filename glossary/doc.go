// Package glossary reads, edits and writes tarjama's term glossaries, finds
// their terms in Arabic text and enforces them through any translation
// backend.
//
// # File
//
// A glossary is a UTF-8 TSV file (see Parse): a header row of language
// codes (ar<TAB>en) with optional columns note, variants (extra source
// spellings, "|"-separated), case (exact or ignore) and article (the or
// none), then one entry per line; "#" lines are comments. Edit changes a
// file under a lock and rewrites it atomically, keeping comments and order;
// Glossary.Upsert and Glossary.RemoveSpelling are the edits of `tarjama
// glossary add` and `remove`, Import merges another file in (counting what
// was added, updated, replaced and left in conflict). ReadCSV/WriteCSV and
// ReadTBX/WriteTBX exchange glossaries with Google Cloud Translation and
// TBX-Basic tools; Lint finds entries that cannot work as meant; Audit
// tallies how a corpus's translations kept the terms.
//
// # Matching
//
// A Matcher finds every occurrence of every entry, comparing normalised
// Arabic (Normalize): diacritics, tatweel, hamza and alef forms, ى/ي, ة/ه,
// Persian letter forms, presentation forms and invisible controls do not
// matter. The clitics و ف ب ك ل س may be attached (وبالكاظمي, للكاظمي),
// the article may precede a term written without it (كاظمي matches
// الكاظمي; الرياض does not match the name رياض), عبد compounds may be
// written joined or apart. A term never matches inside another word, a multi-word term
// never spans punctuation or a paragraph break, and the longest term wins.
// Offsets always refer to the original text.
//
// # Enforcement
//
// Around each backend call: Matcher.Protect writes each term's target in
// place of the Arabic term (in <span translate="no"> for HTML-capable
// backends; hyphen-joined in plain text so that reordering cannot split a
// name), with the clitic kept as its own word (بالكاظمي → "ب al-Kadhimi").
// Protected.Restore turns the engine's output back into plain text,
// checks that every occurrence's target is there, repairs near misses
// (a span's content altered, letter case or spacing changed) and reports
// the rest as missing. It also writes the English article a target needs
// where the translation lacks one ("in the United States"): by the entry's
// article column, else by the rules of data/articles.tsv. Matcher.Verify
// only checks and never changes the text.
package glossary
