// Package wrap holds the decorators that drive any backend.Translator:
// batching by the backend's declared Limits with bounded concurrency, rate
// limits, retries with exponential backoff and full jitter, per-request
// timeouts, a segment-count check, a character budget, and a dry-run Meter
// with a price table. Stack composes them in the order a run needs.
//
// Every decorator returns a backend.Translator that keeps the Translate
// contract (same length and order as the input; honours ctx) and forwards
// the optional interfaces of the backend it wraps (HTMLTranslator,
// GlossaryTranslator, Closer, and Limiter where the limits still apply).
package wrap
