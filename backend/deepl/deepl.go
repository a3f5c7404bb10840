package deepl

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/internal/remote"
	"github.com/tarjama/tarjama/glossary"
)

// Name is the backend's registry name.
const Name = "deepl"

// Endpoints of the two DeepL API plans.
const (
	FreeEndpoint = "https://api-free.deepl.com"
	ProEndpoint  = "https://api.deepl.com"
)

const (
	// MaxTexts is DeepL's cap on text parameters per request.
	MaxTexts = 50
	// MaxBodyBytes is DeepL's total request size limit.
	MaxBodyBytes = 128 << 10
	// bodyOverhead is reserved for the JSON keys and other parameters.
	bodyOverhead = 1024
)

// Info describes the backend for the registry and the CLI.
func Info() backend.Info {
	return backend.Info{
		Name:        Name,
		Description: "DeepL API (free and pro plans), with glossaries and HTML tag handling",
		Options: []backend.Option{
			{Name: "deepl-auth-key", Env: "DEEPL_AUTH_KEY", Usage: `authentication key (a key ending in ":fx" selects the free endpoint)`, Secret: true},
			{Name: "deepl-endpoint", Env: "DEEPL_ENDPOINT", Usage: "API base URL (default: " + ProEndpoint + ", or " + FreeEndpoint + " for :fx keys)"},
			{Name: "deepl-formality", Env: "DEEPL_FORMALITY", Usage: "formality: default, more, less, prefer_more or prefer_less"},
			{Name: "deepl-glossary-id", Env: "DEEPL_GLOSSARY_ID", Usage: "existing glossary to apply (else one is created from --glossary in native mode)"},
		},
		New:    func(cfg backend.Config) (backend.Translator, error) { return New(cfg) },
		Limits: (&Client{}).Limits(),
		HTML:   true, NativeGlossary: func(backend.Config) bool { return true },
		Timeout: backend.DefaultTimeout,
		Price:   &backend.Price{USDPerMillion: 25, Note: "DeepL API Pro usage price; monthly base fee ignored"},
	}
}

// Client is the DeepL backend. It is safe for concurrent use.
type Client struct {
	http       *http.Client
	base       string
	key        string
	formality  string
	glossaryID string

	mu      sync.Mutex
	created map[string]*glossaryEntry // glossaries made from Request.Glossary, by content hash
}

type glossaryEntry struct {
	once sync.Once
	id   string
	err  error
}

// New builds a client from cfg.
func New(cfg backend.Config) (*Client, error) {
	key := cfg.Get("deepl-auth-key")
	if key == "" {
		return nil, fmt.Errorf("%s: no authentication key (set --deepl-auth-key or DEEPL_AUTH_KEY)", Name)
	}
	base := cfg.Get("deepl-endpoint")
	if base == "" {
		base = ProEndpoint
		if strings.HasSuffix(key, ":fx") {
			base = FreeEndpoint
		}
	}
	u, err := remote.BaseURL(Name, "deepl-endpoint", base)
	if err != nil {
		return nil, err
	}
	switch f := cfg.Get("deepl-formality"); f {
	case "", "default", "more", "less", "prefer_more", "prefer_less":
	default:
		return nil, fmt.Errorf("%s: deepl-formality %q: want default, more, less, prefer_more or prefer_less", Name, f)
	}
	// Accept the base with or without the API version, as users copy it.
	u.Path = strings.TrimSuffix(strings.TrimSuffix(u.Path, "/"), "/v2")
	return &Client{
		http:       remote.NewHTTPClient(),
		base:       strings.TrimSuffix(u.String(), "/"),
		key:        key,
		formality:  cfg.Get("deepl-formality"),
		glossaryID: cfg.Get("deepl-glossary-id"),
		created:    map[string]*glossaryEntry{},
	}, nil
}

// Endpoint returns the base URL in use.
func (c *Client) Endpoint() string { return c.base }

func (c *Client) call(method, path string, body []byte) remote.Call {
	h := http.Header{}
	h.Set("Authorization", "DeepL-Auth-Key "+c.key)
	h.Set("Content-Type", "application/json")
	h.Set("User-Agent", "tarjama")
	return remote.Call{
		Name: Name, Client: c.http, Method: method, URL: c.base + path, Header: h, Body: body,
		Secrets: []string{c.key},
		Message: func(b []byte) string { return remote.JSONField(b, "message") },
	}
}

// sourceLang maps a BCP 47 tag to DeepL's source code (base language).
func sourceLang(tag string) string {
	base, _, _ := strings.Cut(tag, "-")
	return strings.ToUpper(base)
}

// targetLang maps a BCP 47 tag to DeepL's target code; the bare EN and
// PT targets are deprecated, so they get DeepL's default variants.
func targetLang(tag string) string {
	t := strings.ToUpper(strings.ReplaceAll(tag, "_", "-"))
	switch t {
	case "EN":
		return "EN-US"
	case "PT":
		return "PT-PT"
	}
	return t
}

// Translate implements backend.Translator.
func (c *Client) Translate(ctx context.Context, req backend.Request) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", Name, err)
	}
	if len(req.Segments) == 0 {
		return []string{}, nil
	}
	size := bodyOverhead
	for _, s := range req.Segments {
		size += remote.JSONStringBytes(s)
	}
	l := c.Limits()
	l.MaxBytes = MaxBodyBytes
	if err := remote.CheckLimits(Name, l, req.Segments, size); err != nil {
		return nil, err
	}
	if req.TgtLang == "" {
		return nil, &backend.Error{Backend: Name, Kind: backend.Permanent, Err: fmt.Errorf("no target language")}
	}
	p := map[string]any{
		"text":            req.Segments,
		"target_lang":     targetLang(req.TgtLang),
		"split_sentences": "nonewlines",
	}
	if req.SrcLang != "" {
		p["source_lang"] = sourceLang(req.SrcLang)
	}
	if req.Format == backend.HTML {
		p["tag_handling"] = "html"
	}
	if c.formality != "" {
		p["formality"] = c.formality
	}
	gid := c.glossaryID
	if gid == "" && req.Glossary != nil && len(req.Glossary.Entries) > 0 {
		var err error
		if gid, err = c.ensureGlossary(ctx, req.SrcLang, req.TgtLang, req.Glossary); err != nil {
			return nil, err
		}
	}
	if gid != "" {
		if req.SrcLang == "" {
			return nil, &backend.Error{Backend: Name, Kind: backend.Permanent, Err: fmt.Errorf("a glossary needs a source language")}
		}
		p["glossary_id"] = gid
	}
	body, err := remote.MarshalJSON(p)
	if err != nil {
		return nil, &backend.Error{Backend: Name, Kind: backend.Permanent, Err: err}
	}
	var resp struct {
		Translations []struct {
			Text string `json:"text"`
		} `json:"translations"`
	}
	if err := remote.Do(ctx, c.call(http.MethodPost, "/v2/translate", body), &resp); err != nil {
		return nil, err
	}
	if err := backend.CheckCount(Name, len(resp.Translations), len(req.Segments)); err != nil {
		return nil, err
	}
	out := make([]string, len(resp.Translations))
	for i, t := range resp.Translations {
		out[i] = t.Text
	}
	return out, nil
}

// ensureGlossary creates a DeepL glossary from g once per run (per
// language pair and content) and returns its id.
func (c *Client) ensureGlossary(ctx context.Context, src, tgt string, g *glossary.Glossary) (string, error) {
	tsv := glossaryTSV(g)
	if tsv == "" {
		return "", nil
	}
	sum := sha256.Sum256([]byte(src + "\x00" + tgt + "\x00" + tsv))
	h := hex.EncodeToString(sum[:8])
	c.mu.Lock()
	e, ok := c.created[h]
	if !ok {
		e = &glossaryEntry{}
		c.created[h] = e
	}
	c.mu.Unlock()
	e.once.Do(func() {
		body, _ := remote.MarshalJSON(map[string]string{
			"name":           "tarjama-" + h,
			"source_lang":    sourceLang(src),
			"target_lang":    sourceLang(tgt), // glossaries take base codes
			"entries":        tsv,
			"entries_format": "tsv",
		})
		var resp struct {
			GlossaryID string `json:"glossary_id"`
		}
		if err := remote.Do(ctx, c.call(http.MethodPost, "/v2/glossaries", body), &resp); err != nil {
			e.err = fmt.Errorf("creating glossary: %w", err)
			return
		}
		if resp.GlossaryID == "" {
			e.err = &backend.Error{Backend: Name, Kind: backend.Transient, Err: fmt.Errorf("glossary created without an id")}
			return
		}
		e.id = resp.GlossaryID
	})
	if e.err != nil {
		// Let a later request try again (the failure may be transient).
		c.mu.Lock()
		if c.created[h] == e {
			delete(c.created, h)
		}
		c.mu.Unlock()
	}
	return e.id, e.err
}

// glossaryTSV renders g as DeepL's TSV entries: one "source\ttarget" line
// per spelling, first spelling wins, fields cleaned of tabs and newlines.
func glossaryTSV(g *glossary.Glossary) string {
	clean := func(s string) string {
		return strings.TrimSpace(strings.NewReplacer("\t", " ", "\r", " ", "\n", " ").Replace(s))
	}
	seen := map[string]bool{}
	var b strings.Builder
	for _, e := range g.Entries {
		tgt := clean(e.Target)
		if tgt == "" {
			continue
		}
		for _, src := range append([]string{e.Source}, e.Variants...) {
			src = clean(src)
			if src == "" || seen[src] {
				continue
			}
			seen[src] = true
			b.WriteString(src + "\t" + tgt + "\n")
		}
	}
	return b.String()
}

// Limits implements backend.Limiter: 50 texts and 128 KiB of body.
func (c *Client) Limits() backend.Limits {
	return backend.Limits{
		MaxSegments:  MaxTexts,
		MaxBytes:     MaxBodyBytes - bodyOverhead,
		RequestBytes: remote.JSONStringBytes,
	}
}

// SupportsHTML implements backend.HTMLTranslator (tag_handling=html).
func (c *Client) SupportsHTML() bool { return true }

// SupportsGlossary implements backend.GlossaryTranslator.
func (c *Client) SupportsGlossary() bool { return true }

// Close deletes the glossaries this client created.
func (c *Client) Close() error {
	c.mu.Lock()
	var ids []string
	for _, e := range c.created {
		if e.id != "" {
			ids = append(ids, e.id)
		}
	}
	c.created = map[string]*glossaryEntry{}
	c.mu.Unlock()
	var first error
	for _, id := range ids {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		if err := remote.Do(ctx, c.call(http.MethodDelete, "/v2/glossaries/"+url.PathEscape(id), nil), nil); err != nil && first == nil {
			first = fmt.Errorf("deleting glossary: %w", err)
		}
		cancel()
	}
	return first
}

var (
	_ backend.Translator         = (*Client)(nil)
	_ backend.Limiter            = (*Client)(nil)
	_ backend.HTMLTranslator     = (*Client)(nil)
	_ backend.GlossaryTranslator = (*Client)(nil)
	_ backend.Closer             = (*Client)(nil)
)
