package fake

import (
	"context"
	"io"
	"math/rand"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"time"
	"unicode/utf8"

	"google.golang.org/grpc"

	"github.com/tarjama/tarjama/backend"
)

// Fault is a kind of failure a fake can inject into a response.
type Fault string

// Faults a server can inject. The first six are transient and make up the
// default set drawn from by Options.FaultRate; the rest are permanent and
// are only ever injected on purpose with FailNext.
const (
	Fault429        Fault = "429"       // 429 with Retry-After (gRPC: RESOURCE_EXHAUSTED)
	Fault503        Fault = "503"       // 503 Service Unavailable (gRPC: UNAVAILABLE)
	FaultTimeout    Fault = "timeout"   // hang until the client gives up
	FaultTruncated  Fault = "truncated" // 200 with a body cut half way
	FaultCount      Fault = "count"     // 200 with one translation missing
	FaultMalformed  Fault = "malformed" // 200 with a body that is not JSON
	FaultRateLimit  Fault = "403-rate"  // Google-style 403 rateLimitExceeded (transient)
	FaultBadRequest Fault = "400"       // 400 Bad Request (gRPC: INVALID_ARGUMENT)
	FaultAuth       Fault = "auth"      // the provider's bad-key answer (gRPC: UNAUTHENTICATED)
)

// TransientFaults is the default set Options.FaultRate draws from.
var TransientFaults = []Fault{Fault429, Fault503, FaultTimeout, FaultTruncated, FaultCount, FaultMalformed}

// TranslateFunc produces a fake translation of one segment.
type TranslateFunc func(srcLang, tgtLang string, format backend.Format, text string) string

// Options configure a fake server. The zero value is a healthy server that
// accepts any key and translates with Marker.
type Options struct {
	// Translate produces translations; nil means Marker.
	Translate TranslateFunc
	// Latency delays every response (the wait ends early if the client
	// goes away).
	Latency time.Duration
	// FaultRate is the probability in [0,1] that a request fails with a
	// fault drawn from Faults (default TransientFaults), using Seed.
	FaultRate float64
	Faults    []Fault
	Seed      int64
	// RetryAfter is sent with 429 answers; default 1s. Sent in whole
	// seconds, as real services do.
	RetryAfter time.Duration
	// APIKey, when set, is the only credential accepted.
	APIKey string
	// Limits enforced by the server; zero values mean the provider's real
	// defaults documented on each constructor; -1 disables a limit.
	MaxSegments int
	MaxChars    int
	MaxBytes    int
}

// Request is one logged request, in the order received.
type Request struct {
	Method, Path     string
	SrcLang, TgtLang string
	Format           backend.Format
	Segments         []string
	Model            string
	Glossary         string // glossary id or resource name sent, if any
	Formality        string // DeepL formality, if sent
	System           string // OpenAI system prompt
	KeyIn            string // where the credential was found: "query", "header", "body", ""
	KeyOK            bool
	URLBytes         int // length of the full request URL
	BodyBytes        int
	Status           int // HTTP status answered (gRPC: mapped HTTP-like status)
	Fault            Fault
}

// Stats are counters over every translation request received; other
// calls (DeepL's glossary endpoints) appear only in the request log.
type Stats struct {
	Requests int // translation requests received (including failed ones)
	OK       int // requests answered with a full, well-formed translation
	Segments int // segments received
	Chars    int // code points received
}

// Server is a running fake provider on a loopback address. It is safe
// for concurrent use.
type Server struct {
	// URL is the base URL to configure the backend with: for REST fakes
	// "http://127.0.0.1:port" (plus the provider's path prefix for Google
	// v2), for the gRPC fake "http://127.0.0.1:port" meaning plaintext.
	URL string
	// Addr is host:port of the listener.
	Addr string

	opts   Options
	http   *httptest.Server
	grpc   *grpc.Server
	lis    net.Listener
	closed chan struct{}
	once   sync.Once

	mu     sync.Mutex
	rng    *rand.Rand
	forced []Fault
	log    []Request
	stats  Stats
	data   map[string]any // provider state (DeepL glossaries)
}

func newServer(opts Options) *Server {
	if opts.Translate == nil {
		opts.Translate = Marker
	}
	if len(opts.Faults) == 0 {
		opts.Faults = TransientFaults
	}
	if opts.RetryAfter == 0 {
		opts.RetryAfter = time.Second
	}
	return &Server{
		opts:   opts,
		closed: make(chan struct{}),
		rng:    rand.New(rand.NewSource(opts.Seed)),
		data:   map[string]any{},
	}
}

func (s *Server) startHTTP(h http.Handler) {
	s.http = httptest.NewServer(h)
	s.URL = s.http.URL
	s.Addr = s.http.Listener.Addr().String()
}

// Close stops the server, releasing any request hung by FaultTimeout.
func (s *Server) Close() {
	s.once.Do(func() {
		close(s.closed)
		if s.http != nil {
			s.http.CloseClientConnections()
			s.http.Close()
		}
		if s.grpc != nil {
			s.grpc.Stop()
		}
	})
}

// FailNext makes the next n requests fail with f, before any random fault.
func (s *Server) FailNext(n int, f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range n {
		s.forced = append(s.forced, f)
	}
}

// Requests returns a copy of the request log.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.log...)
}

// Stats returns the counters so far.
func (s *Server) Stats() Stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stats
}

// Reset clears the log, counters and pending forced faults.
func (s *Server) Reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.log, s.stats, s.forced = nil, Stats{}, nil
}

// Options returns the options the server runs with (defaults filled in).
func (s *Server) Options() Options { return s.opts }

// begin logs a request, waits the configured latency and decides its
// fault. It returns false if the client went away while waiting.
func (s *Server) begin(ctx context.Context, r *Request) (Fault, bool) {
	s.mu.Lock()
	s.stats.Requests++
	s.stats.Segments += len(r.Segments)
	for _, seg := range r.Segments {
		s.stats.Chars += utf8.RuneCountInString(seg)
	}
	var f Fault
	if len(s.forced) > 0 {
		f, s.forced = s.forced[0], s.forced[1:]
	} else if s.opts.FaultRate > 0 && s.rng.Float64() < s.opts.FaultRate {
		f = s.opts.Faults[s.rng.Intn(len(s.opts.Faults))]
	}
	s.mu.Unlock()
	if s.opts.Latency > 0 {
		t := time.NewTimer(s.opts.Latency)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			return f, false
		case <-s.closed:
			return f, false
		}
	}
	return f, true
}

// finish records the outcome of a request in the log.
// readPost starts logging a request to a POST-only REST endpoint and
// reads its body. A wrong method is answered 405 by refuse (in the
// provider's own error format) and logged; ok is false when the handler
// must stop.
func (s *Server) readPost(w http.ResponseWriter, r *http.Request, refuse func(w http.ResponseWriter, code int, msg string)) (req Request, body []byte, ok bool) {
	req = Request{Method: r.Method, Path: r.URL.Path, URLBytes: len(r.URL.RequestURI())}
	if r.Method != http.MethodPost {
		refuse(w, http.StatusMethodNotAllowed, "Method not allowed")
		s.finish(req, http.StatusMethodNotAllowed, "")
		return req, nil, false
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return req, nil, false
	}
	req.BodyBytes = len(body)
	return req, body, true
}

func (s *Server) finish(r Request, status int, f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r.Status, r.Fault = status, f
	if status == http.StatusOK && f == "" {
		s.stats.OK++
	}
	s.log = append(s.log, r)
}

// hang blocks until the client gives up or the server closes.
func (s *Server) hang(ctx context.Context) {
	select {
	case <-ctx.Done():
	case <-s.closed:
	}
}

// limit returns the configured limit, def when unset, 0 when disabled.
func limit(v, def int) int {
	switch {
	case v < 0:
		return 0
	case v == 0:
		return def
	}
	return v
}

func (s *Server) retryAfterSeconds() string {
	sec := int((s.opts.RetryAfter + time.Second - 1) / time.Second)
	return strconv.Itoa(sec)
}

func (s *Server) translateAll(r *Request) []string {
	out := make([]string, len(r.Segments))
	for i, seg := range r.Segments {
		out[i] = s.opts.Translate(r.SrcLang, r.TgtLang, r.Format, seg)
	}
	return out
}

func countChars(segs []string) int {
	n := 0
	for _, s := range segs {
		n += utf8.RuneCountInString(s)
	}
	return n
}

// failure answers the faults that replace a provider's answer: 429 (with
// Retry-After; a provider without a separate rate-limit 403 answers
// FaultRateLimit the same way), 503 and 400 through write, which sends the
// provider's error body for a status, and FaultTimeout by hanging. It
// reports whether it answered.
func (s *Server) failure(w http.ResponseWriter, r *http.Request, req Request, f Fault, write func(status int)) bool {
	var status int
	switch f {
	case Fault429, FaultRateLimit:
		w.Header().Set("Retry-After", s.retryAfterSeconds())
		status = http.StatusTooManyRequests
	case Fault503:
		status = http.StatusServiceUnavailable
	case FaultBadRequest:
		status = http.StatusBadRequest
	case FaultTimeout:
		s.hang(r.Context())
		s.finish(req, 0, f)
		return true
	default:
		return false
	}
	write(status)
	s.finish(req, status, f)
	return true
}

// reply sends a 200 answer with body, spoilt as fault says (malformed: the
// malformed bytes instead; truncated: cut half way), and logs it.
func (s *Server) reply(w http.ResponseWriter, req Request, fault Fault, contentType string, body, malformed []byte) {
	switch fault {
	case FaultMalformed:
		body = malformed
	case FaultTruncated:
		s.finish(req, http.StatusOK, fault)
		writeTruncated(w, body)
		return
	}
	w.Header().Set("Content-Type", contentType)
	w.Write(body)
	s.finish(req, http.StatusOK, fault)
}

// writeTruncated sends a 200 whose body stops half way while the
// Content-Length promises all of it, so the client sees an unexpected EOF.
func writeTruncated(w http.ResponseWriter, body []byte) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	w.Write(body[:len(body)/2])
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	// Abort the connection so the client does not wait for the rest.
	panic(http.ErrAbortHandler)
}
