// Package clean prepares scraped article lines for segmentation and
// translation; translate and segment run the same rules.
//
// Document(lines, opts) keeps the line structure: Result.Lines has one
// element per input line and a dropped line becomes "", so line N of the
// output is line N of the input. Cleaner is the streaming form with the same
// rules and bounded memory.
//
// Rules that drop a whole line (named in Drop.Rule; disabled by
// Options.KeepBoilerplate):
//
//   - repeated-headline: one of the first six non-blank lines repeats an
//     earlier one, both headline-like (2–30 words, no final period), compared
//     after normalising white space, letter variants and a " | Site name"
//     suffix (the first copy stays, the second goes);
//   - comment-form, share-buttons, subscribe, print-button, related-links,
//     copyright, advertisement, tags: English and Arabic web boilerplate
//     ("Leave a Reply", "Your email address will not be published…",
//     "اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني", "شارك",
//     "اقرأ أيضا", "3 Comments", "Click here …" …). Only whole short lines
//     match (exact phrases; phrase prefixes on lines of at most 14–30 words;
//     rows made only of share-button labels), never running text.
//
// Rules that fix characters and never change words (FixLine): the BOM is
// removed; a zero-width space next to white space is removed and one between
// sentence punctuation and a letter becomes a space; bidi controls at the
// edges of a line are removed (inside a line they are kept); white-space runs
// become one space; for Arabic, no space before "، ؛ ؟" (nor before a single
// ". ! :" after an Arabic word) and a space after "، ؛ ؟" before a letter.
package clean
