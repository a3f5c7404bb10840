// Package segment splits paragraphs into sentences, returning byte spans.
//
// Split(lang, text) runs a generic core (terminators . ! ? ؟ … and runs of
// them; closing quotes, brackets and citation brackets stay with the
// sentence; no split inside numbers, URLs or e-mail addresses, which have no
// space after the period; a blank line always ends a sentence; a bullet
// between spaces starts one) with a language layer on top:
//
//   - "ar": one-letter and dotted Arabic abbreviations and initials
//     ("د.", "أ.د.", "م.", "ص.", "هـ.", "ق.م.", "ج.م.ع") do not end a
//     sentence unless they follow a number ("عام 300 ق.م." is an era);
//     sentences joined without a space ("العراق.وقال") are split;
//     the Arabic comma, semicolon and colon never end a sentence.
//   - "en": Latin case is evidence: a lower-case word never starts a
//     sentence; titles (Mr., Dr.), number prefixes (No. 5), weak
//     abbreviations (etc., Inc., U.S.) and initials end a sentence only
//     before a typical sentence opener ("The", "But", …).
//
// Latin abbreviations are recognised in every language, because Arabic news
// embeds Latin text. Datelines ("دمشق (وكالات الأنباء) -", "بغداد - رويترز:",
// "لندن ــ", "LONDON (Reuters) -") start a sentence and split a headline run
// into the story even without punctuation; see dateline.go for the exact
// conditions.
//
// Split never allocates per rune and uses no regular expressions; it is safe
// for concurrent use.
package segment
