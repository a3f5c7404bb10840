package openai

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/internal/remote"
	"github.com/tarjama/tarjama/glossary"
)

// Name is the backend's registry name.
const Name = "openai"

// Defaults. The limits are kept small because an LLM's context has to
// hold the prompt, the segments and their translations, and local servers
// often run with a 4K context; smaller batches also lose less to a
// miscounted answer.
const (
	DefaultBaseURL    = "https://api.openai.com/v1"
	DefaultModel      = "gpt-4o-mini"
	DefaultBatchLimit = 16
	DefaultCharLimit  = 3000
)

// Info describes the backend for the registry and the CLI.
func Info() backend.Info {
	return backend.Info{
		Name:        Name,
		Description: "any OpenAI-compatible /v1/chat/completions server (OpenAI, Ollama, vLLM, llama.cpp …)",
		Options: []backend.Option{
			{Name: "openai-base-url", Env: "OPENAI_BASE_URL", Usage: "API base URL, e.g. http://localhost:11434/v1 for Ollama", Default: DefaultBaseURL},
			{Name: "openai-api-key", Env: "OPENAI_API_KEY", Usage: "API key (not needed by most local servers)", Secret: true},
			{Name: "openai-model", Env: "OPENAI_MODEL", Usage: "model name", Default: DefaultModel},
			{Name: "openai-batch-limit", Env: "OPENAI_BATCH_LIMIT", Usage: "segments per request", Default: strconv.Itoa(DefaultBatchLimit)},
			{Name: "openai-char-limit", Env: "OPENAI_CHAR_LIMIT", Usage: "characters per request", Default: strconv.Itoa(DefaultCharLimit)},
		},
		New:       func(cfg backend.Config) (backend.Translator, error) { return New(cfg) },
		Limits:    backend.Limits{MaxSegments: DefaultBatchLimit, MaxChars: DefaultCharLimit},
		LimitsFor: limitsFor,
		// The glossary travels in the prompt.
		NativeGlossary: func(backend.Config) bool { return true },
		// A local LLM may need minutes for a batch.
		Timeout: 5 * time.Minute,
		// An estimate, since the API bills tokens, not characters: a
		// gpt-4o-mini-class model at $0.15 per million input tokens and
		// $0.60 per million output tokens, Arabic source at about 0.5
		// tokens a character plus the prompt, English output at about 0.3
		// tokens per source character, gives roughly $0.30 per million
		// source characters. A local server (Ollama, vLLM, llama.cpp)
		// costs nothing: --price openai=0.
		Price: &backend.Price{USDPerMillion: 0.30, Note: "estimate from per-token prices of a gpt-4o-mini-class model"},
	}
}

// limitsFor reads the batch options, as New does.
func limitsFor(cfg backend.Config) (l backend.Limits, err error) {
	if l.MaxSegments, err = remote.PositiveInt(Name, cfg, "openai-batch-limit", DefaultBatchLimit); err != nil {
		return l, err
	}
	l.MaxChars, err = remote.PositiveInt(Name, cfg, "openai-char-limit", DefaultCharLimit)
	return l, err
}

// Client is the OpenAI-compatible backend. It is safe for concurrent use.
type Client struct {
	http   *http.Client
	base   string
	key    string
	model  string
	limits backend.Limits
	// Optional request fields, each dropped for good once the server
	// refuses it: temperature 0 (some reasoning models accept only their
	// default) and JSON mode (not every compatible server has it).
	noTemperature, noJSONMode atomic.Bool
}

// New builds a client from cfg.
func New(cfg backend.Config) (*Client, error) {
	base := cfg.Get("openai-base-url")
	if base == "" {
		base = DefaultBaseURL
	}
	u, err := remote.BaseURL(Name, "openai-base-url", base)
	if err != nil {
		return nil, err
	}
	model := cfg.Get("openai-model")
	if model == "" {
		model = DefaultModel
	}
	var l backend.Limits
	if l.MaxSegments, err = remote.PositiveInt(Name, cfg, "openai-batch-limit", DefaultBatchLimit); err != nil {
		return nil, err
	}
	if l.MaxChars, err = remote.PositiveInt(Name, cfg, "openai-char-limit", DefaultCharLimit); err != nil {
		return nil, err
	}
	u.Path = strings.TrimSuffix(u.Path, "/")
	if u.Path == "" {
		// Every OpenAI-compatible server serves under /v1; a bare host
		// (http://localhost:11434) is the usual slip.
		u.Path = "/v1"
	}
	u.Path = strings.TrimSuffix(u.Path, "/chat/completions")
	return &Client{http: remote.NewHTTPClient(), base: strings.TrimSuffix(u.String(), "/"), key: cfg.Get("openai-api-key"), model: model, limits: l}, nil
}

// Translate implements backend.Translator. When the model answers with
// the wrong number of segments, the batch is split in halves and each half
// retried, down to single segments; only then is ErrCount returned.
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
	return c.translateSplit(ctx, req)
}

func (c *Client) translateSplit(ctx context.Context, req backend.Request) ([]string, error) {
	out, err := c.complete(ctx, req)
	if err == nil || !errors.Is(err, backend.ErrCount) || len(req.Segments) < 2 {
		return out, err
	}
	half := len(req.Segments) / 2
	left, right := req, req
	left.Segments, right.Segments = req.Segments[:half], req.Segments[half:]
	a, err := c.translateSplit(ctx, left)
	if err != nil {
		return nil, err
	}
	b, err := c.translateSplit(ctx, right)
	if err != nil {
		return nil, err
	}
	return append(a, b...), nil
}

// Input is the user message of every request: the languages and the
// segments as JSON. (backend/fake reads the same shape.)
type Input struct {
	SourceLanguage string   `json:"source_language"`
	TargetLanguage string   `json:"target_language"`
	Format         string   `json:"format,omitempty"` // "html" when segments carry markup
	Segments       []string `json:"segments"`
}

type message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// complete sends one chat completion for the whole batch.
func (c *Client) complete(ctx context.Context, req backend.Request) ([]string, error) {
	in := Input{SourceLanguage: req.SrcLang, TargetLanguage: req.TgtLang, Segments: req.Segments}
	if req.Format == backend.HTML {
		in.Format = "html"
	}
	user, err := remote.MarshalJSON(in)
	if err != nil {
		return nil, &backend.Error{Backend: Name, Kind: backend.Permanent, Err: err}
	}
	p := map[string]any{
		"model": c.model,
		"messages": []message{
			{Role: "system", Content: SystemPrompt(req)},
			{Role: "user", Content: string(user)},
		},
	}
	noTemp, noJSON := c.noTemperature.Load(), c.noJSONMode.Load()
	if !noTemp {
		p["temperature"] = 0 // as deterministic as the server allows
	}
	if !noJSON {
		// The reply must be a JSON object; the prompt says which.
		p["response_format"] = map[string]string{"type": "json_object"}
	}
	body, err := remote.MarshalJSON(p)
	if err != nil {
		return nil, &backend.Error{Backend: Name, Kind: backend.Permanent, Err: err}
	}
	h := http.Header{}
	h.Set("Content-Type", "application/json")
	if c.key != "" {
		h.Set("Authorization", "Bearer "+c.key)
	}
	var resp struct {
		Choices []struct {
			Message      message `json:"message"`
			FinishReason string  `json:"finish_reason"`
		} `json:"choices"`
	}
	call := remote.Call{Name: Name, Client: c.http, Method: http.MethodPost, URL: c.base + "/chat/completions", Header: h, Body: body,
		Secrets: []string{c.key}, Message: errorMessage}
	if err := remote.Do(ctx, call, &resp); err != nil {
		var be *backend.Error
		if errors.As(err, &be) && be.Status == http.StatusTooManyRequests && strings.Contains(be.Err.Error(), "insufficient_quota") {
			be.Kind = backend.Permanent // out of credit: waiting will not help
		}
		if be != nil && be.Status == http.StatusBadRequest {
			msg := be.Err.Error()
			switch {
			case !noTemp && strings.Contains(msg, "temperature"):
				c.noTemperature.Store(true)
				return c.complete(ctx, req)
			case !noJSON && strings.Contains(msg, "response_format"):
				c.noJSONMode.Store(true)
				return c.complete(ctx, req)
			}
		}
		return nil, err
	}
	if len(resp.Choices) == 0 {
		return nil, remote.BodyError(Name, errors.New("no choices in the response"), c.key)
	}
	out := ParseTranslations(resp.Choices[0].Message.Content)
	if err := backend.CheckCount(Name, len(out), len(req.Segments)); err != nil {
		return nil, err
	}
	return out, nil
}

func errorMessage(b []byte) string {
	msg := remote.JSONField(b, "error", "message")
	if msg == "" {
		msg = remote.JSONField(b, "error") // some servers send a bare string
	}
	if code := remote.JSONField(b, "error", "code"); code != "" {
		msg += " (" + code + ")"
	}
	return msg
}

// SystemPrompt is the instruction sent with every batch: translate each
// segment, answer with exactly N items in order as JSON, keep markup and
// <span translate="no"> content verbatim, and follow the glossary entries
// whose source terms occur in the batch.
func SystemPrompt(req backend.Request) string {
	n := len(req.Segments)
	var b strings.Builder
	fmt.Fprintf(&b, "You are a professional translator. Translate each segment from %s into %s.\n", langName(req.SrcLang, "the source language"), langName(req.TgtLang, "the target language"))
	fmt.Fprintf(&b, "The user message is a JSON object whose \"segments\" array holds %s.\n", plural(n, "segment"))
	fmt.Fprintf(&b, "Reply with only a JSON object {\"translations\": [...]} holding exactly %s: the i-th is the translation of the i-th segment. Never merge, split, drop, number or comment on segments.\n", plural(n, "string"))
	b.WriteString("Keep numbers, names and meaning faithful. Keep every HTML tag, and copy the content of <span translate=\"no\">…</span> elements verbatim, untranslated.\n")
	if terms := glossaryLines(req.Glossary, req.Segments); len(terms) > 0 {
		b.WriteString("Glossary: wherever a source term below occurs, translate it exactly as given:\n")
		for _, t := range terms {
			b.WriteString(t + "\n")
		}
	}
	return b.String()
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func langName(tag, fallback string) string {
	if tag == "" {
		return fallback
	}
	t, err := language.Parse(tag)
	if err != nil {
		return tag
	}
	if name := display.English.Tags().Name(t); name != "" {
		return name + " (" + tag + ")"
	}
	return tag
}

// glossaryLines lists the entries of g whose source or a variant occurs
// in segs, so the prompt stays short with a large glossary.
func glossaryLines(g *glossary.Glossary, segs []string) []string {
	if g == nil {
		return nil
	}
	all := strings.Join(segs, "\n")
	var out []string
	for _, e := range g.Entries {
		for _, src := range append([]string{e.Source}, e.Variants...) {
			if src != "" && e.Target != "" && strings.Contains(all, src) {
				out = append(out, fmt.Sprintf("- %s => %s", src, e.Target))
				break
			}
		}
	}
	return out
}

var numbered = regexp.MustCompile(`^\s*(\d+)[.):]\s?(.*)$`)

// ParseTranslations reads a model's answer: a JSON object with a
// "translations" array, a bare JSON array, either inside a Markdown code
// fence, or else numbered lines ("1. …"). It returns nil when nothing
// usable is found, which the caller reports as a wrong count.
func ParseTranslations(content string) []string {
	s := strings.TrimSpace(content)
	if out := parseJSON(s); out != nil {
		return out
	}
	if i := strings.Index(s, "```"); i >= 0 {
		rest := s[i+3:]
		if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
			rest = rest[nl+1:]
		}
		if j := strings.Index(rest, "```"); j >= 0 {
			rest = rest[:j]
		}
		s = strings.TrimSpace(rest)
		if out := parseJSON(s); out != nil {
			return out
		}
	}
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		m := numbered.FindStringSubmatch(line)
		if m == nil || m[1] != strconv.Itoa(len(out)+1) {
			return nil
		}
		out = append(out, strings.TrimSpace(m[2]))
	}
	return out
}

// parseJSON decodes the first JSON object with "translations", or the
// first JSON array of strings, found in s.
func parseJSON(s string) []string {
	if i := strings.IndexByte(s, '{'); i >= 0 {
		var obj struct {
			Translations []string `json:"translations"`
		}
		if json.NewDecoder(strings.NewReader(s[i:])).Decode(&obj) == nil && obj.Translations != nil {
			return obj.Translations
		}
	}
	if i := strings.IndexByte(s, '['); i >= 0 {
		var arr []string
		if json.NewDecoder(strings.NewReader(s[i:])).Decode(&arr) == nil && arr != nil {
			return arr
		}
	}
	return nil
}

// Limits implements backend.Limiter.
func (c *Client) Limits() backend.Limits { return c.limits }

// SupportsGlossary implements backend.GlossaryTranslator: the glossary
// travels in the prompt as instructions.
func (c *Client) SupportsGlossary() bool { return true }

var (
	_ backend.Translator         = (*Client)(nil)
	_ backend.Limiter            = (*Client)(nil)
	_ backend.GlossaryTranslator = (*Client)(nil)
)
