// Package stack opens a named backend for a run and wraps it in every
// layer the run needs, outermost first:
//
//	cache → translation memory → budget → batch → retry → rate limit → timeout → count check → backend
//
// or, for a dry run, the cache (read-only, and only if its file exists)
// and an in-memory translation memory in front of a wrap.Meter that sends
// nothing. Open takes a plain Config (what a command line says) and the
// registry; each backend's policy (default timeout, quota, whether it is
// cached, price) comes from its backend.Info, so no caller keeps tables
// keyed by backend names.
//
// A *Stack is itself a backend.Translator, a backend.Limiter (the
// backend's per-request limits, for segment budgets) and a
// backend.StatsReporter (what report.json says under "backend"). Errors
// caused by the Config are wrapped so that errors.Is(err, ErrUsage) holds.
// A dry run never builds the backend's client, so it looks up no
// credentials and writes no file.
package stack
