// Package fake runs local stand-ins for the translation providers tarjama
// talks to, each speaking that provider's real wire protocol on a loopback
// address, so that the real client code (including Google's client
// libraries) is exercised end to end without network access or keys.
//
//   - NewGoogle: Cloud Translation v2 REST (GET/POST …/language/translate/v2
//     with repeated q parameters and the key as the key parameter);
//   - NewGoogleV3: Cloud Translation v3 gRPC TranslationService;
//   - NewDeepL: DeepL API v2 /v2/translate and /v2/glossaries;
//   - NewLibreTranslate: LibreTranslate /translate;
//   - NewOpenAI: OpenAI-compatible /v1/chat/completions.
//
// Every fake translates with Options.Translate (default Marker, which is
// deterministic and keeps <span translate="no"> elements verbatim in HTML
// mode), enforces the provider's request limits, can demand an API key,
// adds latency, and injects faults — 429 with Retry-After, 503, hangs,
// truncated bodies, wrong segment counts, malformed JSON — either at a
// seeded random rate (Options.FaultRate) or on purpose (Server.FailNext).
// Each server logs what it received (Server.Requests) and counts requests,
// segments and characters (Server.Stats), so tests can assert what was
// sent — for example that finished segments are not sent again.
//
// Fakes are for tests and benchmarks: they never listen beyond 127.0.0.1.
package fake
