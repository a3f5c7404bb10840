package remote

import (
	"bytes"
	"context"
	"encoding/json"
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
	err := errors.New(msg)
	if status == http.StatusUnauthorized || status == http.StatusForbidden {
		// 401/403: the key is wrong or lacks permission (DeepL and
		// LibreTranslate answer a bad key with 403). A provider whose 403
		// can also mean a passing quota says so after this (see google).
		err = fmt.Errorf("%w: %s", backend.ErrAuth, msg)
	}
	return &backend.Error{
		Backend:    name,
		Kind:       KindOf(status),
		Status:     status,
		RetryAfter: RetryAfter(h),
		Err:        err,
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

// Call is one JSON-over-HTTP exchange with a provider.
type Call struct {
	Name    string // backend name, for errors
	Client  *http.Client
	Method  string
	URL     string
	Header  http.Header
	Body    []byte // sent as is; Content-Type comes from Header
	Secrets []string
	// Message extracts the provider's explanation from an error body.
	Message func(body []byte) string
}

// NewHTTPClient returns the client REST backends use: no overall
// timeout (the context governs each request) and enough idle connections
// per host for concurrent batches to reuse them instead of redialling.
func NewHTTPClient() *http.Client {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConnsPerHost = 64
	return &http.Client{Transport: t}
}

// MaxResponse caps how much of a response body is read.
const MaxResponse = 32 << 20

// Do performs c and decodes a 2xx JSON body into out (unless out is nil).
// Every failure is classified: context errors pass through wrapped,
// connection failures and bad bodies are transient, statuses map with
// StatusError. Secrets never reach the error text.
func Do(ctx context.Context, c Call, out any) error {
	var body io.Reader
	if c.Body != nil {
		body = bytes.NewReader(c.Body)
	}
	req, err := http.NewRequestWithContext(ctx, c.Method, c.URL, body)
	if err != nil {
		return &backend.Error{Backend: c.Name, Kind: backend.Permanent, Err: Scrub(err, c.Secrets...)}
	}
	for k, v := range c.Header {
		req.Header[k] = v
	}
	client := c.Client
	if client == nil {
		client = http.DefaultClient
	}
	resp, err := client.Do(req)
	if err != nil {
		return TransportError(ctx, c.Name, err, c.Secrets...)
	}
	defer resp.Body.Close()
	b, err := ReadBody(resp.Body, MaxResponse)
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		msg := ""
		if c.Message != nil && err == nil {
			msg = c.Message(b)
		}
		return StatusError(c.Name, resp.StatusCode, resp.Header, Scrub(errors.New(orStatus(msg, resp.StatusCode)), c.Secrets...).Error())
	}
	if err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("%s: %w", c.Name, ctx.Err())
		}
		return BodyError(c.Name, err, c.Secrets...)
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(b, out); err != nil {
		return BodyError(c.Name, err, c.Secrets...)
	}
	return nil
}

func orStatus(msg string, status int) string {
	if msg = strings.TrimSpace(msg); msg != "" {
		return msg
	}
	return http.StatusText(status)
}

// JSONField returns a top-level or nested string field of a JSON error
// body, following path (e.g. "error", "message"); "" when absent.
func JSONField(body []byte, path ...string) string {
	var v any
	if json.Unmarshal(body, &v) != nil {
		return ""
	}
	for _, p := range path {
		m, ok := v.(map[string]any)
		if !ok {
			return ""
		}
		v = m[p]
	}
	s, _ := v.(string)
	return s
}

// MarshalJSON encodes v without escaping <, > and &, so that HTML
// segments travel (and are counted) as written.
func MarshalJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}

// JSONStringBytes is the encoded size of s as a JSON array element: the
// quoted, escaped string plus a separating comma.
func JSONStringBytes(s string) int {
	b, _ := MarshalJSON(s)
	return len(b) + 1
}

// BaseURL parses the value of a backend's URL option, which must be an
// absolute http or https URL.
func BaseURL(name, option, value string) (*url.URL, error) {
	u, err := url.Parse(value)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%s: %s %q is not an http(s) URL", name, option, value)
	}
	return u, nil
}

// PositiveInt returns the value of a backend's count option (a batch or
// character limit), or def when it is not set.
func PositiveInt(name string, cfg backend.Config, option string, def int) (int, error) {
	v := cfg.Get(option)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return 0, fmt.Errorf("%s: %s %q: want a positive number", name, option, v)
	}
	return n, nil
}
