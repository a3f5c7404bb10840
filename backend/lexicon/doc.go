// Package lexicon is tarjama's embedded offline Arabic→English translator,
// the default backend: no network, no key, deterministic output.
//
// A lexicon of plain-text files (data/*.tsv, format in data/README.md) is
// compiled into the binary with go:embed and loaded once into maps; the
// grammar's closed lists (clitics, particles, pronoun suffixes, person
// affixes, English irregular forms, transliteration) are tagged TSV in
// data/grammar/*.tsv (tables.go). A
// segment is translated in five steps:
//
//  1. tokenize: Arabic words, digits (Arabic-Indic ٠-٩ become 0-9, an Arabic
//     decimal comma a point), Latin runs kept verbatim, punctuation (، ؛ ؟
//     become , ; ?); tashkeel and tatweel are removed and alef forms folded
//     for lookup, with the typed hamza kept to rule out clashes (الأم is not
//     آلام);
//  2. match multi-word entries, longest first, with clitics on their first
//     word (للبيت الأبيض);
//  3. analyse every other word: clitics و ف ب ك ل ال لل س, pronoun suffixes,
//     dual and sound plurals, feminine ة (ت before suffixes), tanwin alef
//     (also on broken plurals), the seat of a final hamza before a suffix
//     (لقائه, يقرؤون), verb person prefixes and suffixes, hollow and
//     defective verbs, the masdar of forms V/VI and, after ال or a clitic
//     preposition, the masdar فَعْل of a sound form I verb (الرصد → the
//     monitoring), of unknown words also the
//     masdar of forms II, IV, VII, VIII and X (انسحاب → withdrawing) and the
//     participles of verbs (المستخدمة → used, المطلوب → requested) and the
//     nisba adjective of a noun (الصاروخي → missile); a final ه is a pronoun before it is a ة
//     typed as ه; among readings the longest stem in the lexicon wins, then
//     the fewest affixes (a verb before ف + stem); context picks among
//     homographs (homographRules in rules_homograph.go);
//     The verb rules (verbRules, rules_verb.go: the subject of a verb and
//     the form of its complement), the context rules (contextRules,
//     rules_context.go) and the merge rules (mergeRules, rules_merge.go)
//     are named rules, each pinned by a case in
//     testdata/rules.json: تم/يتم + verbal noun is a passive (تم استخدام
//     القوة → the force was used, تم الإبلاغ عن حالات → cases were
//     reported), وقد + past a simple past, ليس and its persons the negated
//     copula, قام ب + verbal noun that noun's verb (قام بزيارة بغداد →
//     visited Baghdad), a modal with ل + noun its subject (يمكن للمرضى
//     التعافي → the patients can recover), كان له → he had;
//  4. reorder: noun–adjective, the construct state ("the office of the
//     president", "Biden's administration"), titles before names, a
//     nominal subject moved before its verb (VSO → SVO, only when verb and
//     noun agree in gender), copulas in nominal sentences, dropped subject
//     pronouns restored, أن + imperfect as "to" + verb, negation and future;
//  5. render English: articles, plurals, verb agreement, dates ("26 يوليو
//     تموز 2021" → "July 26, 2021"), money, English punctuation spacing.
//     Unknown words are transliterated (ماكغورك → Makghurk; their article
//     is "the", or nothing after a definite noun), so no Arabic letter ever
//     reaches the output.
//
// Translator implements backend.Translator (one output string per input
// segment, same order, newlines kept and none added, ctx honoured) and
// backend.HTMLTranslator: in backend.HTML mode <span translate="no">
// elements and other tags are copied verbatim and the text around them is
// unescaped, translated and escaped again. Word analyses are cached (bounded)
// and the Translator is safe for concurrent use.
package lexicon
