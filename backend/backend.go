package backend

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/tarjama/tarjama/glossary"
)

// Format says how a segment's text is to be read by the engine.
type Format string

const (
	// Text segments are plain text.
	Text Format = "text"
	// HTML segments may carry markup such as <span translate="no">…</span>,
	// which the engine must keep and not translate inside.
	HTML Format = "html"
)

// Request is one batch of segments in one language pair.
type Request struct {
	SrcLang, TgtLang string
	Segments         []string
	Format           Format
	// Glossary is set only in native glossary mode, for backends that
	// implement GlossaryTranslator; others ignore it.
	Glossary *glossary.Glossary
}

// Translator is the contract every backend fulfils.
//
// Translate returns exactly len(req.Segments) strings, the i-th being the
// translation of the i-th segment. An empty batch returns an empty slice
// and makes no call. It honours ctx: when ctx is done it returns promptly
// with an error wrapping ctx.Err(). Errors are classified with *Error so
// that decorators know whether a retry can help.
type Translator interface {
	Translate(ctx context.Context, req Request) ([]string, error)
}

// Limits are the request limits a backend declares; zero means no limit.
type Limits struct {
	MaxSegments int // segments per request
	MaxChars    int // Unicode code points per request, summed over segments
	MaxBytes    int // encoded request size budget (e.g. URL bytes for Google v2)
	// RequestBytes, when set, estimates the encoded size of one segment in a
	// request; batching sums it and keeps under MaxBytes.
	RequestBytes func(segment string) int
}

// Limiter is implemented by backends that have request limits.
type Limiter interface {
	Limits() Limits
}

// HTMLTranslator is implemented by backends that accept Format HTML and
// leave <span translate="no"> elements untouched.
type HTMLTranslator interface {
	SupportsHTML() bool
}

// GlossaryTranslator is implemented by backends that apply a glossary
// natively (Google v3, DeepL) when Request.Glossary is set.
type GlossaryTranslator interface {
	SupportsGlossary() bool
}

// Closer is implemented by backends holding resources (processes, conns).
type Closer interface {
	Close() error
}

// Kind classifies a backend failure.
type Kind int

const (
	// Transient failures may succeed when retried: 429, 5xx, timeouts,
	// truncated or malformed responses, wrong segment counts.
	Transient Kind = iota + 1
	// Permanent failures will not: bad request, bad key, unsupported pair.
	Permanent
)

func (k Kind) String() string {
	switch k {
	case Transient:
		return "transient"
	case Permanent:
		return "permanent"
	}
	return "unknown"
}

// Error is a classified backend failure. Messages must never contain
// credentials.
type Error struct {
	Backend    string
	Kind       Kind
	Status     int           // HTTP or mapped gRPC status, 0 if none
	RetryAfter time.Duration // server's Retry-After hint, 0 if none
	Err        error
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Backend)
	if e.Status != 0 {
		fmt.Fprintf(&b, ": status %d", e.Status)
	}
	fmt.Fprintf(&b, " (%s)", e.Kind)
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// ErrCount reports a response whose segment count differs from the request.
var ErrCount = errors.New("wrong number of segments in response")

// ErrUnusable is wrapped by every error after which no later request to
// the backend can succeed (see ErrAuth, ErrUnreachable): a run stops at
// the first one, with exit 1, instead of failing document after document.
var ErrUnusable = errors.New("backend unusable")

// ErrAuth is wrapped by permanent errors that mean the credentials were
// refused (bad or revoked key, no permission). errors.Is(err, ErrUnusable)
// holds for it too.
var ErrAuth error = &unusable{"credentials refused"}

// ErrUnreachable is wrapped by the permanent error returned when the
// backend could not be reached at all (connection refused, unknown host)
// on every attempt before any request succeeded. errors.Is(err,
// ErrUnusable) holds for it too.
var ErrUnreachable error = &unusable{"backend unreachable"}

// unusable is a sentinel that keeps its own text and unwraps to ErrUnusable.
type unusable struct{ msg string }

func (e *unusable) Error() string { return e.msg }
func (e *unusable) Unwrap() error { return ErrUnusable }

// IsTransient reports whether err is worth retrying. Context cancellation
// never is; unclassified errors are treated as permanent.
func IsTransient(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) {
		return false
	}
	var be *Error
	if errors.As(err, &be) {
		return be.Kind == Transient
	}
	return errors.Is(err, context.DeadlineExceeded)
}

// CheckCount returns a transient *Error when got != want.
func CheckCount(name string, got, want int) error {
	if got == want {
		return nil
	}
	return &Error{Backend: name, Kind: Transient, Err: fmt.Errorf("%w: got %d, want %d", ErrCount, got, want)}
}
