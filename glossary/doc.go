// Package glossary reads, edits and writes tarjama's term glossaries, finds
// their terms in Arabic text and enforces them through any translation
// backend.
//
// A glossary is a TSV file with a header row of language codes (see Parse).
// A Matcher finds every occurrence of every entry in normalised Arabic —
// diacritics, tatweel, hamza and alef forms, ى/ي, ة/ه, Persian letter
// forms, presentation forms and invisible controls do not matter — with
// the clitics و ف ب ك ل س and the article attached, never inside another
// word, longest term first. Offsets always refer to the original text.
//
// Protect replaces each found term by its required translation before the
// text goes to a backend (inside <span translate="no"> for HTML-capable
// backends) and Protected.Restore checks, and where possible repairs, the
// translation afterwards; Matcher.Verify only checks.
package glossary
