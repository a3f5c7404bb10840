package fake

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/tarjama/tarjama/backend"
)

// NewLibreTranslate starts a fake LibreTranslate server: POST /translate
// with a JSON (or form) body {q: string or [strings], source, target,
// format: text|html, api_key}. It answers {"translatedText": …} (a list
// when q was a list) or {"error": …}. A wrong key is answered 403, as
// LibreTranslate does with --api-keys. No limits by default (the real
// server's --char-limit and --batch-limit default to none).
func NewLibreTranslate(opts Options) *Server {
	s := newServer(opts)
	mux := http.NewServeMux()
	mux.HandleFunc("/translate", s.serveLibre)
	s.startHTTP(mux)
	return s
}

func libreError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

func (s *Server) serveLibre(w http.ResponseWriter, r *http.Request) {
	req, body, ok := s.readPost(w, r, libreError)
	if !ok {
		return
	}
	var p struct {
		Q      json.RawMessage `json:"q"`
		Source string          `json:"source"`
		Target string          `json:"target"`
		Format string          `json:"format"`
		APIKey string          `json:"api_key"`
	}
	list := false
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		if err := json.Unmarshal(body, &p); err != nil {
			libreError(w, http.StatusBadRequest, "Invalid request: invalid JSON")
			s.finish(req, http.StatusBadRequest, "")
			return
		}
		var one string
		if json.Unmarshal(p.Q, &req.Segments) == nil {
			list = true
		} else if json.Unmarshal(p.Q, &one) == nil {
			req.Segments = []string{one}
		}
	} else {
		form, _ := url.ParseQuery(string(body))
		req.Segments = form["q"]
		list = len(req.Segments) > 1
		p.Source, p.Target, p.Format, p.APIKey = form.Get("source"), form.Get("target"), form.Get("format"), form.Get("api_key")
	}
	req.SrcLang, req.TgtLang = p.Source, p.Target
	req.Format = backend.Text
	if p.Format == "html" {
		req.Format = backend.HTML
	}
	if p.APIKey != "" {
		req.KeyIn = "body"
	}
	req.KeyOK = s.opts.APIKey == "" || p.APIKey == s.opts.APIKey
	fault, ok := s.begin(r.Context(), &req)
	if !ok {
		s.finish(req, 0, fault)
		return
	}
	if !req.KeyOK || fault == FaultAuth {
		libreError(w, http.StatusForbidden, "Invalid API key")
		s.finish(req, http.StatusForbidden, fault)
		return
	}
	if max := limit(s.opts.MaxSegments, 0); max > 0 && len(req.Segments) > max {
		libreError(w, http.StatusBadRequest, fmt.Sprintf("Invalid request: request (%d) exceeds text limit (%d)", len(req.Segments), max))
		s.finish(req, http.StatusBadRequest, "")
		return
	}
	if max := limit(s.opts.MaxChars, 0); max > 0 && countChars(req.Segments) > max {
		libreError(w, http.StatusBadRequest, fmt.Sprintf("Invalid request: request (%d) exceeds character limit (%d)", countChars(req.Segments), max))
		s.finish(req, http.StatusBadRequest, "")
		return
	}
	if max := limit(s.opts.MaxBytes, 0); max > 0 && req.BodyBytes > max {
		libreError(w, http.StatusRequestEntityTooLarge, "Request Entity Too Large")
		s.finish(req, http.StatusRequestEntityTooLarge, "")
		return
	}
	if len(req.Segments) == 0 || req.TgtLang == "" {
		libreError(w, http.StatusBadRequest, "Invalid request: missing q or target parameter")
		s.finish(req, http.StatusBadRequest, "")
		return
	}
	if s.failure(w, r, req, fault, func(status int) {
		libreError(w, status, map[int]string{
			http.StatusTooManyRequests:    "Slowdown: 30 per 1 minute",
			http.StatusServiceUnavailable: "Service Unavailable",
			http.StatusBadRequest:         "ar is not supported",
		}[status])
	}) {
		return
	}
	out := s.translateAll(&req)
	if fault == FaultCount {
		out = out[:len(out)-1]
	}
	var resp any = map[string]any{"translatedText": out}
	if !list && len(out) == 1 {
		resp = map[string]any{"translatedText": out[0]}
	}
	b, _ := json.Marshal(resp)
	s.reply(w, req, fault, "application/json", b, []byte(`{"translatedText": [`))
}
