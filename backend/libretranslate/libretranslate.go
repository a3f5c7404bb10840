package libretranslate

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/internal/remote"
)

// Name is the backend's registry name.
const Name = "libretranslate"

// Defaults for the per-request limits. LibreTranslate's own --batch-limit
// and --char-limit are unlimited by default, but its Argos models run on
// the server's CPU: modest requests keep each one well under any timeout.
const (
	DefaultURL        = "http://localhost:5000"
	DefaultBatchLimit = 32
	DefaultCharLimit  = 5000
)

// Info describes the backend for the registry and the CLI.
func Info() backend.Info {
	return backend.Info{
		Name:        Name,
		Description: "LibreTranslate server (self-hosted or hosted), optional API key",
		Options: []backend.Option{
			{Name: "libretranslate-url", Env: "LIBRETRANSLATE_URL", Usage: "server base URL", Default: DefaultURL},
			{Name: "libretranslate-api-key", Env: "LIBRETRANSLATE_API_KEY", Usage: "API key, if the server requires one", Secret: true},
			{Name: "libretranslate-batch-limit", Env: "LIBRETRANSLATE_BATCH_LIMIT", Usage: "segments per request (match the server's --batch-limit)", Default: strconv.Itoa(DefaultBatchLimit)},
			{Name: "libretranslate-char-limit", Env: "LIBRETRANSLATE_CHAR_LIMIT", Usage: "characters per request (match the server's --char-limit)", Default: strconv.Itoa(DefaultCharLimit)},
		},
		New:       func(cfg backend.Config) (backend.Translator, error) { return New(cfg) },
		Limits:    backend.Limits{MaxSegments: DefaultBatchLimit, MaxChars: DefaultCharLimit},
		LimitsFor: limitsFor,
		HTML:      true,
		Timeout:   backend.DefaultTimeout,
		Price:     &backend.Price{USDPerMillion: 0, Note: "self-hosted"},
	}
}

// limitsFor reads the batch options, as New does.
func limitsFor(cfg backend.Config) (l backend.Limits, err error) {
	if l.MaxSegments, err = remote.PositiveInt(Name, cfg, "libretranslate-batch-limit", DefaultBatchLimit); err != nil {
		return l, err
	}
	l.MaxChars, err = remote.PositiveInt(Name, cfg, "libretranslate-char-limit", DefaultCharLimit)
	return l, err
}

// Client is the LibreTranslate backend. It is safe for concurrent use.
type Client struct {
	http   *http.Client
	url    string
	key    string
	limits backend.Limits
}

// New builds a client from cfg.
func New(cfg backend.Config) (*Client, error) {
	base := cfg.Get("libretranslate-url")
	if base == "" {
		base = DefaultURL
	}
	u, err := remote.BaseURL(Name, "libretranslate-url", base)
	if err != nil {
		return nil, err
	}
	var l backend.Limits
	if l.MaxSegments, err = remote.PositiveInt(Name, cfg, "libretranslate-batch-limit", DefaultBatchLimit); err != nil {
		return nil, err
	}
	if l.MaxChars, err = remote.PositiveInt(Name, cfg, "libretranslate-char-limit", DefaultCharLimit); err != nil {
		return nil, err
	}
	u.Path = strings.TrimSuffix(strings.TrimSuffix(u.Path, "/"), "/translate")
	return &Client{http: remote.NewHTTPClient(), url: strings.TrimSuffix(u.String(), "/"), key: cfg.Get("libretranslate-api-key"), limits: l}, nil
}

// Translate implements backend.Translator.
func (c *Client) Translate(ctx context.Context, req backend.Request) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", Name, err)
	}
	if len(req.Segments) == 0 {
		return []string{}, nil
	}
	if err := remote.CheckLimits(Name, c.limits, req.Segments, 0); err != nil {
		return nil, err
	}
	src := strings.ToLower(req.SrcLang)
	if src == "" {
		src = "auto"
	}
	format := "text"
	if req.Format == backend.HTML {
		format = "html"
	}
	p := map[string]any{"q": req.Segments, "source": src, "target": strings.ToLower(req.TgtLang), "format": format}
	if c.key != "" {
		p["api_key"] = c.key
	}
	body, err := remote.MarshalJSON(p)
	if err != nil {
		return nil, &backend.Error{Backend: Name, Kind: backend.Permanent, Err: err}
	}
	h := http.Header{}
	h.Set("Content-Type", "application/json")
	var resp struct {
		TranslatedText json.RawMessage `json:"translatedText"`
	}
	call := remote.Call{Name: Name, Client: c.http, Method: http.MethodPost, URL: c.url + "/translate", Header: h, Body: body,
		Secrets: []string{c.key}, Message: func(b []byte) string { return remote.JSONField(b, "error") }}
	if err := remote.Do(ctx, call, &resp); err != nil {
		return nil, err
	}
	var out []string
	if err := json.Unmarshal(resp.TranslatedText, &out); err != nil {
		// Some versions answer a one-element list with a bare string.
		var one string
		if err2 := json.Unmarshal(resp.TranslatedText, &one); err2 != nil {
			return nil, remote.BodyError(Name, fmt.Errorf("translatedText: %w", err), c.key)
		}
		out = []string{one}
	}
	if err := backend.CheckCount(Name, len(out), len(req.Segments)); err != nil {
		return nil, err
	}
	return out, nil
}

// Limits implements backend.Limiter.
func (c *Client) Limits() backend.Limits { return c.limits }

// SupportsHTML implements backend.HTMLTranslator (format=html).
func (c *Client) SupportsHTML() bool { return true }

var (
	_ backend.Translator     = (*Client)(nil)
	_ backend.Limiter        = (*Client)(nil)
	_ backend.HTMLTranslator = (*Client)(nil)
)
