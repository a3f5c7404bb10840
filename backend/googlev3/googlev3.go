package googlev3

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"

	translate "cloud.google.com/go/translate/apiv3"
	"cloud.google.com/go/translate/apiv3/translatepb"
	"google.golang.org/api/option"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/internal/remote"
)

// Name is the backend's registry name.
const Name = "google-v3"

// Request limits of translateText (Cloud Translation Advanced).
const (
	MaxSegments = 1024
	MaxChars    = 30000
)

// Info describes the backend for the registry and the CLI.
func Info() backend.Info {
	return backend.Info{
		Name:        Name,
		Description: "Google Cloud Translation v3 (Advanced) over gRPC, with models and native glossaries",
		Options: []backend.Option{
			{Name: "google-project", Env: "GOOGLE_CLOUD_PROJECT", Usage: "Google Cloud project id or number (required)"},
			{Name: "google-location", Env: "GOOGLE_CLOUD_LOCATION", Usage: "location; glossaries and custom models need a region such as us-central1", Default: "global"},
			{Name: "google-v3-model", Env: "GOOGLE_TRANSLATE_V3_MODEL", Usage: "model: general/nmt, general/translation-llm, or a full model resource name"},
			{Name: "google-glossary", Env: "GOOGLE_TRANSLATE_GLOSSARY", Usage: "glossary resource name (or its id in the project and location) to apply"},
			{Name: "google-v3-endpoint", Env: "GOOGLE_TRANSLATE_V3_ENDPOINT", Usage: "gRPC endpoint host:port (http://host:port: plaintext, no auth, for emulators and tests)", Default: "translate.googleapis.com:443"},
			{Name: "google-credentials", Env: "GOOGLE_APPLICATION_CREDENTIALS", Usage: "service account JSON file (default: Application Default Credentials)"},
		},
		New:    func(cfg backend.Config) (backend.Translator, error) { return New(context.Background(), cfg) },
		Limits: backend.Limits{MaxSegments: MaxSegments, MaxChars: MaxChars},
		HTML:   true,
		// A configured glossary applies to every request (SupportsGlossary).
		NativeGlossary: func(cfg backend.Config) bool { return cfg.Get("google-glossary") != "" },
		Timeout:        backend.DefaultTimeout, CharsPerMinute: 6_000_000,
		Price: &backend.Price{USDPerMillion: 20, Note: "Cloud Translation Advanced (v3) NMT list price"},
	}
}

// Client is the Google v3 backend. It is safe for concurrent use.
type Client struct {
	c        *translate.TranslationClient
	parent   string
	model    string
	glossary string
}

// New builds a client from cfg. opts are extra client options.
func New(ctx context.Context, cfg backend.Config, opts ...option.ClientOption) (*Client, error) {
	project := cfg.Get("google-project")
	if project == "" {
		return nil, fmt.Errorf("%s: no project (set --google-project or GOOGLE_CLOUD_PROJECT)", Name)
	}
	location := cfg.Get("google-location")
	if location == "" {
		location = "global"
	}
	if strings.Contains(project, "/") || strings.Contains(location, "/") {
		return nil, fmt.Errorf("%s: google-project and google-location are plain ids, not resource paths", Name)
	}
	parent := "projects/" + project + "/locations/" + location
	c := &Client{parent: parent}
	if m := cfg.Get("google-v3-model"); m != "" {
		c.model = m
		if !strings.HasPrefix(m, "projects/") {
			c.model = parent + "/models/" + m
		}
	}
	if g := cfg.Get("google-glossary"); g != "" {
		c.glossary = g
		if !strings.HasPrefix(g, "projects/") {
			c.glossary = parent + "/glossaries/" + g
		}
		if location == "global" {
			return nil, fmt.Errorf("%s: glossaries live in a region: set --google-location (e.g. us-central1)", Name)
		}
	}
	var o []option.ClientOption
	if ep := cfg.Get("google-v3-endpoint"); ep != "" {
		if strings.HasPrefix(ep, "http://") {
			u, err := url.Parse(ep)
			if err != nil || u.Host == "" {
				return nil, fmt.Errorf("%s: google-v3-endpoint %q: want host:port or http://host:port", Name, ep)
			}
			// A plaintext endpoint (emulator, test fake) gets no TLS and
			// no credentials: tokens must never travel unencrypted.
			o = append(o, option.WithEndpoint(u.Host), option.WithoutAuthentication(),
				option.WithGRPCDialOption(grpc.WithTransportCredentials(insecure.NewCredentials())))
		} else {
			o = append(o, option.WithEndpoint(strings.TrimPrefix(ep, "https://")))
		}
	}
	if f := cfg.Get("google-credentials"); f != "" {
		if _, err := os.Stat(f); err != nil {
			return nil, fmt.Errorf("%s: google-credentials: %w", Name, err)
		}
		o = append(o, option.WithAuthCredentialsFile(option.ServiceAccount, f))
	}
	tc, err := translate.NewTranslationClient(ctx, append(o, opts...)...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", Name, err)
	}
	c.c = tc
	return c, nil
}

// Translate implements backend.Translator.
func (c *Client) Translate(ctx context.Context, req backend.Request) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", Name, err)
	}
	if len(req.Segments) == 0 {
		return []string{}, nil
	}
	if err := remote.CheckLimits(Name, c.Limits(), req.Segments, 0); err != nil {
		return nil, err
	}
	in := &translatepb.TranslateTextRequest{
		Parent:             c.parent,
		Contents:           req.Segments,
		MimeType:           "text/plain",
		SourceLanguageCode: req.SrcLang,
		TargetLanguageCode: req.TgtLang,
		Model:              c.model,
	}
	if req.Format == backend.HTML {
		in.MimeType = "text/html"
	}
	if c.glossary != "" {
		in.GlossaryConfig = &translatepb.TranslateTextGlossaryConfig{Glossary: c.glossary}
	}
	resp, err := c.c.TranslateText(ctx, in)
	if err != nil {
		return nil, classify(ctx, err)
	}
	trs := resp.GetTranslations()
	if c.glossary != "" && len(resp.GetGlossaryTranslations()) > 0 {
		trs = resp.GetGlossaryTranslations()
	}
	if err := backend.CheckCount(Name, len(trs), len(req.Segments)); err != nil {
		return nil, err
	}
	out := make([]string, len(trs))
	for i, t := range trs {
		out[i] = t.GetTranslatedText()
	}
	return out, nil
}

// classify maps a gRPC status to a *backend.Error with an HTTP-like
// status: RESOURCE_EXHAUSTED (429, with the RetryInfo delay), UNAVAILABLE,
// INTERNAL, ABORTED, UNKNOWN and server-side DEADLINE_EXCEEDED are
// transient; INVALID_ARGUMENT, UNAUTHENTICATED, PERMISSION_DENIED,
// NOT_FOUND, FAILED_PRECONDITION and UNIMPLEMENTED are permanent.
func classify(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return fmt.Errorf("%s: %w", Name, ctx.Err())
	}
	st, ok := status.FromError(err)
	if !ok {
		return &backend.Error{Backend: Name, Kind: backend.Transient, Err: err}
	}
	e := &backend.Error{Backend: Name, Kind: backend.Permanent, Err: errors.New(st.Code().String() + ": " + st.Message())}
	switch st.Code() {
	case codes.ResourceExhausted:
		e.Kind, e.Status = backend.Transient, http.StatusTooManyRequests
	case codes.Unavailable:
		e.Kind, e.Status = backend.Transient, http.StatusServiceUnavailable
	case codes.DeadlineExceeded:
		e.Kind, e.Status = backend.Transient, http.StatusGatewayTimeout
	case codes.Internal, codes.Unknown, codes.Aborted, codes.DataLoss:
		e.Kind, e.Status = backend.Transient, http.StatusInternalServerError
	case codes.InvalidArgument, codes.FailedPrecondition, codes.OutOfRange:
		e.Status = http.StatusBadRequest
	case codes.Unauthenticated:
		e.Status, e.Err = http.StatusUnauthorized, fmt.Errorf("%w: %v", backend.ErrAuth, e.Err)
	case codes.PermissionDenied:
		e.Status, e.Err = http.StatusForbidden, fmt.Errorf("%w: %v", backend.ErrAuth, e.Err)
	case codes.NotFound:
		e.Status = http.StatusNotFound
	case codes.Unimplemented:
		e.Status = http.StatusNotImplemented
	case codes.Canceled:
		e.Kind = backend.Transient
	}
	for _, d := range st.Details() {
		if ri, ok := d.(*errdetails.RetryInfo); ok && ri.GetRetryDelay() != nil {
			e.RetryAfter = ri.GetRetryDelay().AsDuration()
		}
	}
	return e
}

// Limits implements backend.Limiter: 1024 segments, 30,000 code points.
func (c *Client) Limits() backend.Limits {
	return backend.Limits{MaxSegments: MaxSegments, MaxChars: MaxChars}
}

// SupportsHTML implements backend.HTMLTranslator (mime type text/html).
func (c *Client) SupportsHTML() bool { return true }

// SupportsGlossary implements backend.GlossaryTranslator: true when a
// glossary resource is configured; it then applies to every request.
func (c *Client) SupportsGlossary() bool { return c.glossary != "" }

// Close implements backend.Closer.
func (c *Client) Close() error { return c.c.Close() }

var (
	_ backend.Translator         = (*Client)(nil)
	_ backend.Limiter            = (*Client)(nil)
	_ backend.HTMLTranslator     = (*Client)(nil)
	_ backend.GlossaryTranslator = (*Client)(nil)
	_ backend.Closer             = (*Client)(nil)
)
