package google

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"cloud.google.com/go/translate"
	"golang.org/x/text/language"
	"google.golang.org/api/googleapi"
	"google.golang.org/api/option"
	raw "google.golang.org/api/translate/v2"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/internal/remote"
)

// Name is the backend's registry name.
const Name = "google"

// DefaultEndpoint is the v2 service base URL the client resolves "v2" on.
const DefaultEndpoint = "https://translation.googleapis.com/language/translate/"

const (
	// MaxSegments is the v2 API's cap on q parameters per request.
	MaxSegments = 128
	// URLBudget is the longest request URL we let the client build. The
	// v2 client sends every segment as a q parameter of a GET, and Google
	// documents that "the URL for GET requests, including parameters, must
	// be less than 2K characters" (longer ones get 413). The whole URL —
	// endpoint, fixed parameters, key and segments — stays within this.
	URLBudget = 2000
	// MaxPostBytes is Cloud Translation Basic's request size limit, which
	// bounds the POST used for a single segment too long for any GET.
	MaxPostBytes = 100 << 10
	// langReserve is what Limits reserves for each language tag, since
	// the pair is not known until a request.
	langReserve = 16
)

// Info describes the backend for the registry and the CLI.
func Info() backend.Info {
	return backend.Info{
		Name:        Name,
		Description: "Google Cloud Translation v2 (Basic) with an API key or Application Default Credentials",
		Options: []backend.Option{
			{Name: "google-api-key", Env: "GOOGLE_API_KEY", Usage: "API key; without one, Application Default Credentials are used", Secret: true},
			{Name: "google-endpoint", Env: "GOOGLE_TRANSLATE_ENDPOINT", Usage: "service base URL (regional or private endpoint)", Default: DefaultEndpoint},
			{Name: "google-model", Env: "GOOGLE_TRANSLATE_MODEL", Usage: "translation model: nmt or base", Default: "nmt"},
		},
		New: func(cfg backend.Config) (backend.Translator, error) { return New(context.Background(), cfg) },
		// With the default endpoint and a key of the usual 39 characters.
		Limits: (&Client{endpoint: DefaultEndpoint, model: "nmt", key: strings.Repeat("k", 39)}).Limits(),
		HTML:   true,
		// Google's default quota is 6M characters a minute per project.
		Timeout: backend.DefaultTimeout, CharsPerMinute: 6_000_000,
		Price: &backend.Price{USDPerMillion: 20, Note: "Cloud Translation Basic (v2) list price"},
	}
}

// Client is the Google v2 backend.
type Client struct {
	c        *translate.Client
	raw      *raw.Service // same API, for the POST of an over-long segment
	key      string
	model    string
	endpoint string
}

// New builds a client from cfg. opts are extra client options (tests).
func New(ctx context.Context, cfg backend.Config, opts ...option.ClientOption) (*Client, error) {
	endpoint := cfg.Get("google-endpoint")
	if endpoint == "" {
		endpoint = DefaultEndpoint
	}
	u, err := remote.BaseURL(Name, "google-endpoint", endpoint)
	if err != nil {
		return nil, err
	}
	if u.Path == "" || u.Path == "/" {
		u.Path = "/language/translate/"
	}
	if !strings.HasSuffix(u.Path, "/") {
		// The client resolves "v2" relative to the base: keep the last
		// path element.
		u.Path += "/"
	}
	endpoint = u.String()
	model := cfg.Get("google-model")
	if model == "" {
		model = "nmt"
	}
	if model != "nmt" && model != "base" {
		return nil, fmt.Errorf("%s: google-model %q: want nmt or base", Name, model)
	}
	key := cfg.Get("google-api-key")
	o := []option.ClientOption{option.WithEndpoint(endpoint)}
	if key != "" {
		o = append(o, option.WithAPIKey(key))
	}
	c, err := translate.NewClient(ctx, append(o, opts...)...)
	if err != nil {
		if key == "" {
			// Without a key the client looks for Application Default
			// Credentials; say what the two ways in are.
			return nil, fmt.Errorf("%s: no API key (set --google-api-key or GOOGLE_API_KEY), and no Application Default Credentials: %w", Name, err)
		}
		return nil, fmt.Errorf("%s: %w", Name, remote.Scrub(err, key))
	}
	rs, err := raw.NewService(ctx, append(o, opts...)...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", Name, remote.Scrub(err, key))
	}
	rs.BasePath = endpoint
	return &Client{c: c, raw: rs, key: key, model: model, endpoint: endpoint}, nil
}

// Translate implements backend.Translator.
func (c *Client) Translate(ctx context.Context, req backend.Request) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", Name, err)
	}
	if len(req.Segments) == 0 {
		return []string{}, nil
	}
	format := translate.Text
	if req.Format == backend.HTML {
		format = translate.HTML
	}
	size := c.fixedURLBytes(req.SrcLang, req.TgtLang, string(format))
	for _, s := range req.Segments {
		size += segmentURLBytes(s)
	}
	post := false
	if len(req.Segments) == 1 && size > URLBudget {
		// One segment too long for any GET: send it alone by POST, whose
		// body has room for 100K bytes.
		post, size = true, 0
		if n := remote.JSONStringBytes(req.Segments[0]) + 256; n > MaxPostBytes {
			size = n
		}
	}
	l := c.Limits()
	l.MaxBytes = URLBudget
	if post {
		l.MaxBytes = MaxPostBytes
	}
	if err := remote.CheckLimits(Name, l, req.Segments, size); err != nil {
		return nil, err
	}
	if post {
		return c.translatePost(ctx, req, string(format))
	}
	tgt, err := language.Parse(req.TgtLang)
	if err != nil {
		return nil, &backend.Error{Backend: Name, Kind: backend.Permanent, Err: fmt.Errorf("target language %q: %w", req.TgtLang, err)}
	}
	opts := &translate.Options{Format: format, Model: c.model}
	if req.SrcLang != "" {
		if opts.Source, err = language.Parse(req.SrcLang); err != nil {
			return nil, &backend.Error{Backend: Name, Kind: backend.Permanent, Err: fmt.Errorf("source language %q: %w", req.SrcLang, err)}
		}
	}
	res, err := c.c.Translate(ctx, req.Segments, tgt, opts)
	if err != nil {
		return nil, c.classify(ctx, err)
	}
	if err := backend.CheckCount(Name, len(res), len(req.Segments)); err != nil {
		return nil, err
	}
	out := make([]string, len(res))
	for i, t := range res {
		out[i] = t.Text
	}
	return out, nil
}

// translatePost sends the request as translations.translate: a POST
// with the segments in a JSON body (the key stays a URL parameter).
func (c *Client) translatePost(ctx context.Context, req backend.Request, format string) ([]string, error) {
	call := c.raw.Translations.Translate(&raw.TranslateTextRequest{
		Q: req.Segments, Target: req.TgtLang, Source: req.SrcLang, Format: format, Model: c.model,
	}).Context(ctx)
	res, err := call.Do()
	if err != nil {
		return nil, c.classify(ctx, err)
	}
	if err := backend.CheckCount(Name, len(res.Translations), len(req.Segments)); err != nil {
		return nil, err
	}
	out := make([]string, len(res.Translations))
	for i, t := range res.Translations {
		out[i] = t.TranslatedText
	}
	return out, nil
}

// classify maps a client error to a *backend.Error, keys scrubbed.
func (c *Client) classify(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return fmt.Errorf("%s: %w", Name, ctx.Err())
	}
	var ge *googleapi.Error
	if errors.As(err, &ge) {
		msg := ge.Message
		if msg == "" {
			msg = http.StatusText(ge.Code)
		}
		e := remote.StatusError(Name, ge.Code, ge.Header, remote.Scrub(errors.New(msg), c.key).Error())
		for _, it := range ge.Errors {
			switch {
			case ge.Code == http.StatusForbidden && (it.Reason == "rateLimitExceeded" || it.Reason == "userRateLimitExceeded"):
				// Per-minute quotas come back as 403 with these reasons;
				// they clear within a minute. dailyLimitExceeded does not.
				e.Kind, e.Err = backend.Transient, errors.New(remote.Scrub(errors.New(msg), c.key).Error())
			}
		}
		// Google answers a bad API key with 400 "API key not valid".
		if ge.Code == http.StatusBadRequest && strings.Contains(msg, "API key not valid") {
			e.Err = fmt.Errorf("%w: %v", backend.ErrAuth, e.Err)
		}
		return e
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return remote.TransportError(ctx, Name, err, c.key)
	}
	// Anything else comes from reading or decoding a 2xx body:
	// truncated or malformed responses.
	return remote.BodyError(Name, err, c.key)
}

// Limits implements backend.Limiter: 128 segments, and a URL byte budget
// net of the endpoint, fixed parameters and key, so that a batch filled
// with RequestBytes never builds a URL over URLBudget. RequestBytes caps a
// segment's cost at the whole budget: such a segment is sent on its own,
// by POST.
func (c *Client) Limits() backend.Limits {
	fixed := c.fixedURLBytes(strings.Repeat("x", langReserve), strings.Repeat("x", langReserve), "html")
	budget := URLBudget - fixed
	return backend.Limits{
		MaxSegments: MaxSegments,
		MaxBytes:    budget,
		// A segment too long for any GET is counted as filling a whole
		// request, so it travels alone and goes by POST.
		RequestBytes: func(seg string) int { return min(segmentURLBytes(seg), budget) },
	}
}

// segmentURLBytes is the URL cost of one segment: "&q=" plus its
// query-escaped text (an Arabic letter is two UTF-8 bytes, six escaped).
func segmentURLBytes(s string) int { return len("&q=") + len(url.QueryEscape(s)) }

// fixedURLBytes is the URL length without segments, built the way the
// client builds it (google.golang.org/api translations.list: base + "v2?"
// + sorted url.Values, with key= added by the API-key transport).
func (c *Client) fixedURLBytes(src, tgt, format string) int {
	v := url.Values{}
	v.Set("alt", "json")
	v.Set("prettyPrint", "false")
	v.Set("format", format)
	v.Set("model", c.model)
	v.Set("target", tgt)
	if src != "" {
		v.Set("source", src)
	}
	if c.key != "" {
		v.Set("key", c.key)
	}
	return len(c.endpoint) + len("v2?") + len(v.Encode())
}

// SupportsHTML implements backend.HTMLTranslator (format=html).
func (c *Client) SupportsHTML() bool { return true }

// Close implements backend.Closer.
func (c *Client) Close() error { return c.c.Close() }

var (
	_ backend.Translator     = (*Client)(nil)
	_ backend.Limiter        = (*Client)(nil)
	_ backend.HTMLTranslator = (*Client)(nil)
	_ backend.Closer         = (*Client)(nil)
)
