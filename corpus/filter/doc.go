// Package filter cleans a parallel corpus for training and splits it into
// train, dev and test parts.
//
// A [Filter] checks pairs one at a time, in this order, and counts each
// removed pair once, under the first check that rejects it:
//
//  1. length: each side must have between MinTokens and MaxTokens
//     whitespace-separated tokens (the unit of Moses' clean-corpus-n; an
//     empty side has 0 tokens; in languages written without spaces, such as
//     zh, ja and th, each letter is a token: see [Tokens]);
//  2. length ratio: longer side / shorter side, in tokens, at most MaxRatio;
//  3. script: on each side, the share of letters written in the script(s)
//     of its language code must reach MinScriptShare (ar → Arabic, en →
//     Latin, ru → Cyrillic, zh → Han, …; a script subtag such as sr-Latn
//     wins; unknown languages are not checked). A side with no letters at
//     all fails;
//  4. alignment score below MinScore (pairs without a score pass);
//  5. glossary miss: a required glossary term is missing from the target;
//  6. duplicates: exact (same source and target bytes as a kept pair), or
//     normalized (the same after NFKD, lower-casing, removing diacritics,
//     tatweel, punctuation and spaces, and unifying digits of every script
//     and the letters ى/ي and ة/ه). In normalized mode a pair counts as an
//     exact duplicate when it repeats the kept pair it normalizes to byte for
//     byte, as a normalized duplicate otherwise.
//
// Near deduplication (Dedup "near") compares [NearKey] instead, which also
// folds Persian/Urdu letter forms and makes every number the same; DedupOn
// restricts any deduplication to the source or the target side.
//
// With a [Plan] set ([Filter.SetPlan], built by [NewPlan] from the kept
// documents' sizes that a first pass through a [DocCounter] counts), parts
// are filled to their quotas by document in a seeded order instead: every
// part with a non-zero share gets a document when there are enough, and
// pair shares land close to the requested ones. Without a plan, kept pairs
// are assigned to a part by hashing their document (Doc, or ID
// when Doc is empty) with the seed, so a document never straddles two parts
// and the split is the same on every run; the share of each part follows
// the ratios on average, not exactly, since documents differ in size.
//
// [MinQE] and [LangID] are corpus.Writer wrappers that drop pairs below a
// quality estimate or in the wrong language (see packages qe and langid).
//
// Memory: the filter holds one 64-bit hash per kept pair for exact
// deduplication, or a pair of them for normalized deduplication, and one
// per named document for the part counts (pairs without a Doc are counted
// without being remembered); nothing else grows with the corpus.
package filter
