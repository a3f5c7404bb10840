// Package backend defines the translator contract shared by every
// translation engine tarjama can drive, the classified error type used to
// decide on retries, and the data each backend declares about itself
// (name, description, options) from which the CLI builds its flags.
//
// Concrete backends live in sub-packages (lexicon, google, deepl, …);
// cross-cutting behaviour (batching, retries, rate limits, caching) lives in
// decorators that wrap any Translator. The list of backends is built in one
// place, package backend/registry.
package backend
