// Package remote holds the small pieces every HTTP backend shares: mapping
// an HTTP status to a classified *backend.Error, reading Retry-After, and
// scrubbing credentials out of error text.
package remote

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/tarjama/tarjama/backend"
)

// RetryAfter parses a Retry-After header (delta seconds or an HTTP date);
// 0 when absent or unparsable.
func RetryAfter(h http.Header) time.Duration {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	if n, err := strconv.ParseFloat(v, 64); err == nil && n >= 0 {
		return time.Duration(n * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := time.Until(t); d > 0 {
			return d
		}
	}
	return 0
}

// KindOf classifies an HTTP status: 408, 425, 429 and 5xx are worth a
// retry; everything else (400, 401, 403, 404, 413, 456 …) is not.
func KindOf(status int) backend.Kind {
	switch {
	case status == http.StatusRequestTimeout, status == http.StatusTooEarly,
		status == http.StatusTooManyRequests, status >= 500:
		return backend.Transient
	}
	return backend.Permanent
}

// StatusError builds the classified error for a non-2xx response. msg is
// the provider's own explanation (already scrubbed by the caller).
func StatusError(name string, status int, h http.Header, msg string) *backend.Error {
	if msg == "" {
		msg = http.StatusText(status)
	}
	return &backend.Error{
		Backend:    name,
		Kind:       KindOf(status),
		Status:     status,
		RetryAfter: RetryAfter(h),
		Err:        errors.New(msg),
	}
}

// TransportError classifies a failure to get a response at all. Context
// errors are passed through (wrapped) so callers see ctx.Err(); network
// errors and timeouts are transient. Secrets are scrubbed from the text,
// which matters because *url.Error repeats the request URL.
func TransportError(ctx context.Context, name string, err error, secrets ...string) error {
	if ctx.Err() != nil {
		return fmt.Errorf("%s: %w", name, ctx.Err())
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		// Keep the operation and cause, drop the URL: it may carry a key.
		err = fmt.Errorf("%s %s: %w", ue.Op, Redact(ue.URL, secrets...), ue.Err)
	}
	return &backend.Error{Backend: name, Kind: backend.Transient, Err: Scrub(err, secrets...)}
}

// BodyError classifies a 2xx response whose body could not be read or
// decoded (truncated, malformed): transient, since a retry usually works.
func BodyError(name string, err error, secrets ...string) *backend.Error {
	return &backend.Error{Backend: name, Kind: backend.Transient, Err: Scrub(fmt.Errorf("bad response body: %w", err), secrets...)}
}

// Redact removes query parameters that carry credentials from a URL string
// and then any literal secret.
func Redact(s string, secrets ...string) string {
	if u, err := url.Parse(s); err == nil && u.RawQuery != "" {
		// Only the endpoint is useful in an error; the query holds the
		// text (possibly long) and maybe the key.
		u.RawQuery = ""
		s = u.String()
	}
	return redactString(s, secrets...)
}

func redactString(s string, secrets ...string) string {
	for _, sec := range secrets {
		if sec == "" {
			continue
		}
		s = strings.ReplaceAll(s, sec, "REDACTED")
		// A key may also appear URL-encoded.
		if q := url.QueryEscape(sec); q != sec {
			s = strings.ReplaceAll(s, q, "REDACTED")
		}
	}
	return s
}

// scrubbed is an error whose text has been cleaned but which still unwraps
// to the original, so errors.Is keeps working (context, net errors).
type scrubbed struct {
	msg string
	err error
}

func (e *scrubbed) Error() string { return e.msg }
func (e *scrubbed) Unwrap() error { return e.err }

// Scrub returns err with every secret (and key=… query values) removed from
// its text.
func Scrub(err error, secrets ...string) error {
	if err == nil {
		return nil
	}
	msg := redactString(err.Error(), secrets...)
	msg = scrubKeyParams(msg)
	if msg == err.Error() {
		return err
	}
	return &scrubbed{msg: msg, err: err}
}

// scrubKeyParams blanks the value of any key= or api_key= URL parameter
// left in a message, even one we were not told about.
func scrubKeyParams(s string) string {
	for _, p := range []string{"?key=", "&key=", "api_key=", "auth_key="} {
		for from := 0; ; {
			i := strings.Index(s[from:], p)
			if i < 0 {
				break
			}
			start := from + i + len(p)
			end := start
			for end < len(s) && !strings.ContainsRune("&\" '\n\t)", rune(s[end])) {
				end++
			}
			s = s[:start] + "REDACTED" + s[end:]
			from = start + len("REDACTED")
		}
	}
	return s
}

// IsTimeout reports whether err is a network timeout.
func IsTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// ReadBody reads at most limit bytes of a response body.
func ReadBody(r io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return b, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("response larger than %d bytes", limit)
	}
	return b, nil
}

// CheckLimits refuses a request that breaks l before anything is sent.
// size is the request's encoded size as the backend counts it for MaxBytes.
func CheckLimits(name string, l backend.Limits, segs []string, size int) error {
	if l.MaxSegments > 0 && len(segs) > l.MaxSegments {
		return &backend.Error{Backend: name, Kind: backend.Permanent,
			Err: fmt.Errorf("%w: %d segments, at most %d per request", ErrTooLarge, len(segs), l.MaxSegments)}
	}
	if l.MaxChars > 0 {
		n := 0
		for _, s := range segs {
			n += len([]rune(s))
		}
		if n > l.MaxChars {
			return &backend.Error{Backend: name, Kind: backend.Permanent,
				Err: fmt.Errorf("%w: %d characters, at most %d per request", ErrTooLarge, n, l.MaxChars)}
		}
	}
	if l.MaxBytes > 0 && size > l.MaxBytes {
		return &backend.Error{Backend: name, Kind: backend.Permanent,
			Err: fmt.Errorf("%w: %d bytes, at most %d per request", ErrTooLarge, size, l.MaxBytes)}
	}
	return nil
}

// ErrTooLarge marks a request refused locally for breaking declared limits.
var ErrTooLarge = errors.New("request over the backend's limits")
