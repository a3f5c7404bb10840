package fake

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/tarjama/tarjama/backend"
)

// GooglePath is where the Google v2 fake serves translations; Server.URL
// of a Google fake already ends with "/language/translate/", the base the
// v2 client resolves "v2" against.
const GooglePath = "/language/translate/v2"

// Google's limits as the fake enforces them by default.
const (
	GoogleMaxSegments = 128
	// GoogleMaxURLBytes is the longest request URL the fake accepts before
	// answering 413: Google documents that "the URL for GET requests,
	// including parameters, must be less than 2K characters".
	GoogleMaxURLBytes = 2047
	// GoogleMaxBodyBytes is Cloud Translation Basic's request size limit
	// (100K bytes), enforced on POST bodies with a 400.
	GoogleMaxBodyBytes = 100 << 10
)

// NewGoogle starts a fake of the Cloud Translation v2 REST API
// (translations.list): GET or POST {base}/v2 with repeated q parameters,
// target, source, format (text|html, default html), model and the API key
// as the key parameter (or X-Goog-Api-Key header). It answers
// {"data":{"translations":[{"translatedText":…}]}} and Google's error
// envelope. Defaults: 128 segments, URLs under 2K (413 beyond), POST
// bodies up to 100K bytes (400 beyond). POST bodies may be form-encoded or
// JSON, bare or wrapped as {"data": {...}} as the generated client sends.
func NewGoogle(opts Options) *Server {
	s := newServer(opts)
	mux := http.NewServeMux()
	mux.HandleFunc(GooglePath, s.serveGoogle)
	s.startHTTP(mux)
	s.URL += "/language/translate/"
	return s
}

func (s *Server) serveGoogle(w http.ResponseWriter, r *http.Request) {
	full := "http://" + r.Host + r.URL.RequestURI()
	req := Request{Method: r.Method, Path: r.URL.Path, URLBytes: len(full)}
	params := r.URL.Query()
	if r.Method == http.MethodPost {
		body, _ := io.ReadAll(r.Body)
		req.BodyBytes = len(body)
		if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
			type textReq struct {
				Q                      []string
				Target, Source, Format string
				Model                  string
			}
			// The generated client wraps the body as {"data": {...}}
			// (the discovery document's dataWrapper); accept both.
			var wrapped struct{ Data *textReq }
			var jb textReq
			err := json.Unmarshal(body, &wrapped)
			if err == nil && wrapped.Data != nil {
				jb = *wrapped.Data
			} else {
				err = json.Unmarshal(body, &jb)
			}
			if err == nil {
				params["q"] = jb.Q
				params.Set("target", jb.Target)
				params.Set("source", jb.Source)
				params.Set("format", jb.Format)
				params.Set("model", jb.Model)
			}
		} else if form, err := url.ParseQuery(string(body)); err == nil {
			for k, v := range form {
				params[k] = append(params[k], v...)
			}
		}
	} else if r.Method != http.MethodGet {
		googleError(w, http.StatusMethodNotAllowed, "Method not allowed", "global", "methodNotAllowed", "INVALID_ARGUMENT")
		s.finish(req, http.StatusMethodNotAllowed, "")
		return
	}
	req.Segments = params["q"]
	req.SrcLang, req.TgtLang, req.Model = params.Get("source"), params.Get("target"), params.Get("model")
	req.Format = backend.HTML
	if params.Get("format") == "text" {
		req.Format = backend.Text
	}
	key := params.Get("key")
	req.KeyIn = "query"
	if key == "" {
		key = r.Header.Get("X-Goog-Api-Key")
		req.KeyIn = "header"
	}
	if key == "" {
		req.KeyIn = ""
	}
	req.KeyOK = s.opts.APIKey == "" || key == s.opts.APIKey

	fault, ok := s.begin(r.Context(), &req)
	if !ok {
		s.finish(req, 0, fault)
		return
	}
	switch {
	case s.opts.APIKey != "" && key == "":
		googleError(w, http.StatusForbidden, "The request is missing a valid API key.", "global", "forbidden", "PERMISSION_DENIED")
		s.finish(req, http.StatusForbidden, "")
		return
	case !req.KeyOK || fault == FaultAuth:
		googleError(w, http.StatusBadRequest, "API key not valid. Please pass a valid API key.", "global", "badRequest", "INVALID_ARGUMENT")
		s.finish(req, http.StatusBadRequest, fault)
		return
	}
	if max := limit(s.opts.MaxBytes, GoogleMaxURLBytes); max > 0 && req.URLBytes > max {
		// Google's front end answers an over-long URL with a bare 413 page.
		w.Header().Set("Content-Type", "text/html; charset=UTF-8")
		w.WriteHeader(http.StatusRequestEntityTooLarge)
		fmt.Fprint(w, "<html><title>Error 413 (Request Entity Too Large)!!1</title><p>Your client issued a request that was too large.</html>")
		s.finish(req, http.StatusRequestEntityTooLarge, "")
		return
	}
	if req.BodyBytes > GoogleMaxBodyBytes {
		googleError(w, http.StatusBadRequest, "Request payload size exceeds the limit: 102400 bytes.", "global", "badRequest", "INVALID_ARGUMENT")
		s.finish(req, http.StatusBadRequest, "")
		return
	}
	if max := limit(s.opts.MaxSegments, GoogleMaxSegments); max > 0 && len(req.Segments) > max {
		googleError(w, http.StatusBadRequest, "Too many text segments", "global", "invalid", "INVALID_ARGUMENT")
		s.finish(req, http.StatusBadRequest, "")
		return
	}
	if max := limit(s.opts.MaxChars, 0); max > 0 && countChars(req.Segments) > max {
		googleError(w, http.StatusBadRequest, "Text too long", "global", "invalid", "INVALID_ARGUMENT")
		s.finish(req, http.StatusBadRequest, "")
		return
	}
	if len(req.Segments) == 0 || req.TgtLang == "" {
		googleError(w, http.StatusBadRequest, "Required Text / Target language", "global", "required", "INVALID_ARGUMENT")
		s.finish(req, http.StatusBadRequest, "")
		return
	}

	switch fault {
	case Fault429:
		w.Header().Set("Retry-After", s.retryAfterSeconds())
		googleError(w, http.StatusTooManyRequests, "Quota exceeded", "usageLimits", "rateLimitExceeded", "RESOURCE_EXHAUSTED")
	case FaultRateLimit:
		googleError(w, http.StatusForbidden, "User Rate Limit Exceeded", "usageLimits", "userRateLimitExceeded", "PERMISSION_DENIED")
	case Fault503:
		googleError(w, http.StatusServiceUnavailable, "The service is currently unavailable.", "global", "backendError", "UNAVAILABLE")
	case FaultBadRequest:
		googleError(w, http.StatusBadRequest, "Invalid Value", "global", "invalid", "INVALID_ARGUMENT")
	case FaultTimeout:
		s.hang(r.Context())
		s.finish(req, 0, fault)
		return
	}
	if fault != "" && fault != FaultTruncated && fault != FaultCount && fault != FaultMalformed {
		s.finish(req, statusOf(fault), fault)
		return
	}

	out := s.translateAll(&req)
	if fault == FaultCount {
		out = out[:len(out)-1]
	}
	type tr struct {
		TranslatedText string `json:"translatedText"`
		Model          string `json:"model,omitempty"`
	}
	var resp struct {
		Data struct {
			Translations []tr `json:"translations"`
		} `json:"data"`
	}
	resp.Data.Translations = []tr{}
	for _, t := range out {
		resp.Data.Translations = append(resp.Data.Translations, tr{TranslatedText: t, Model: req.Model})
	}
	body, _ := json.Marshal(resp)
	s.reply(w, req, fault, "application/json; charset=UTF-8", body, []byte(`{"data": {"translations": [{"translatedText": "`+"\x00<html>"))
}

func statusOf(f Fault) int {
	switch f {
	case Fault429:
		return http.StatusTooManyRequests
	case Fault503:
		return http.StatusServiceUnavailable
	case FaultRateLimit:
		return http.StatusForbidden
	case FaultBadRequest:
		return http.StatusBadRequest
	case FaultAuth:
		return http.StatusUnauthorized
	}
	return http.StatusOK
}

func googleError(w http.ResponseWriter, code int, msg, domain, reason, status string) {
	type item struct {
		Message string `json:"message"`
		Domain  string `json:"domain"`
		Reason  string `json:"reason"`
	}
	var e struct {
		Error struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
			Errors  []item `json:"errors"`
			Status  string `json:"status"`
		} `json:"error"`
	}
	e.Error.Code, e.Error.Message, e.Error.Status = code, msg, status
	e.Error.Errors = []item{{msg, domain, reason}}
	w.Header().Set("Content-Type", "application/json; charset=UTF-8")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(e)
}
