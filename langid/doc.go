// Package langid identifies the language of a segment, restricted to a
// small set of languages, and abstains rather than guesses on text too short
// or too ambiguous to tell.
//
// It is built on github.com/abadojack/whatlanggo (trigram profiles, about
// 1 MB of code and data, nothing loaded at start-up), restricted with a
// whitelist to the languages asked for, so that Arabic is told from Persian
// and Urdu and English from French, German, Spanish or Turkish without
// thousands of unlikely candidates. [Identifier.Identify] returns "" (an
// abstention) when the text has fewer than MinLetters letters or the
// library's confidence is below MinConfidence; callers treat an abstention
// as "no evidence", never as a mismatch.
//
// pemistahl/lingua-go was measured and rejected: it embeds the models of
// all 75 languages whatever the detector is built from, which made a test
// binary 133 MB larger and took 0.85 s and 130 MB of memory to start.
package langid
