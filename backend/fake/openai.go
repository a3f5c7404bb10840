package fake

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/tarjama/tarjama/backend"
)

// OpenAIInput is what the fake expects in the last user message of a chat
// completion: a JSON object naming the languages and listing the segments.
// The openai backend sends exactly this; the fake answers with the content
// {"translations":[…]} (one per segment, in order).
type OpenAIInput struct {
	SourceLanguage string   `json:"source_language"`
	TargetLanguage string   `json:"target_language"`
	Format         string   `json:"format,omitempty"` // "html" when segments carry markup
	Segments       []string `json:"segments"`
}

// NewOpenAI starts a fake OpenAI-compatible server: POST
// /v1/chat/completions with "Authorization: Bearer KEY" and a body
// {model, messages:[{role, content}]…}. The segments are read from the
// last user message (OpenAIInput; a bare JSON array of strings is accepted
// too) and the reply's message content is {"translations":[…]}. The
// system prompt is kept in the log (Request.System). Server.URL ends with
// "/v1", the base URL to configure. No limits by default.
func NewOpenAI(opts Options) *Server {
	s := newServer(opts)
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/chat/completions", s.serveOpenAI)
	s.startHTTP(mux)
	s.URL += "/v1"
	return s
}

func openAIError(w http.ResponseWriter, code int, typ, errCode, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	var e struct {
		Error struct {
			Message string  `json:"message"`
			Type    string  `json:"type"`
			Code    *string `json:"code"`
		} `json:"error"`
	}
	e.Error.Message, e.Error.Type = msg, typ
	if errCode != "" {
		e.Error.Code = &errCode
	}
	json.NewEncoder(w).Encode(e)
}

// maskKey shows a key the way OpenAI does in its 401 message.
func maskKey(k string) string {
	if len(k) < 8 {
		return "****"
	}
	return k[:3] + "****" + k[len(k)-4:]
}

func (s *Server) serveOpenAI(w http.ResponseWriter, r *http.Request) {
	req, body, ok := s.readPost(w, r, func(w http.ResponseWriter, code int, msg string) {
		openAIError(w, code, "invalid_request_error", "", msg)
	})
	if !ok {
		return
	}
	var p struct {
		Model    string `json:"model"`
		Messages []struct {
			Role    string `json:"role"`
			Content string `json:"content"`
		} `json:"messages"`
	}
	if err := json.Unmarshal(body, &p); err != nil {
		openAIError(w, http.StatusBadRequest, "invalid_request_error", "", "We could not parse the JSON body of your request.")
		s.finish(req, http.StatusBadRequest, "")
		return
	}
	req.Model = p.Model
	var user string
	for _, m := range p.Messages {
		switch m.Role {
		case "system":
			req.System += m.Content
		case "user":
			user = m.Content
		}
	}
	in, okIn := parseOpenAIInput(user)
	req.Segments, req.SrcLang, req.TgtLang = in.Segments, in.SourceLanguage, in.TargetLanguage
	req.Format = backend.Text
	if in.Format == "html" {
		req.Format = backend.HTML
	}
	key, hasKey := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if hasKey {
		req.KeyIn = "header"
	}
	req.KeyOK = s.opts.APIKey == "" || (hasKey && key == s.opts.APIKey)
	fault, ok := s.begin(r.Context(), &req)
	if !ok {
		s.finish(req, 0, fault)
		return
	}
	if !req.KeyOK || fault == FaultAuth {
		openAIError(w, http.StatusUnauthorized, "invalid_request_error", "invalid_api_key", "Incorrect API key provided: "+maskKey(key)+". You can find your API key at https://platform.openai.com/account/api-keys.")
		s.finish(req, http.StatusUnauthorized, fault)
		return
	}
	if !okIn || p.Model == "" {
		openAIError(w, http.StatusBadRequest, "invalid_request_error", "", "fake: the last user message carries no segments, or no model was given")
		s.finish(req, http.StatusBadRequest, "")
		return
	}
	if max := limit(s.opts.MaxSegments, 0); max > 0 && len(req.Segments) > max {
		openAIError(w, http.StatusBadRequest, "invalid_request_error", "context_length_exceeded", "This model's maximum context length was exceeded.")
		s.finish(req, http.StatusBadRequest, "")
		return
	}
	if max := limit(s.opts.MaxChars, 0); max > 0 && countChars(req.Segments) > max {
		openAIError(w, http.StatusBadRequest, "invalid_request_error", "context_length_exceeded", "This model's maximum context length was exceeded.")
		s.finish(req, http.StatusBadRequest, "")
		return
	}
	if max := limit(s.opts.MaxBytes, 0); max > 0 && req.BodyBytes > max {
		openAIError(w, http.StatusRequestEntityTooLarge, "invalid_request_error", "", "Request too large")
		s.finish(req, http.StatusRequestEntityTooLarge, "")
		return
	}
	if s.failure(w, r, req, fault, func(status int) {
		switch status {
		case http.StatusTooManyRequests:
			openAIError(w, status, "requests", "rate_limit_exceeded", "Rate limit reached for requests")
		case http.StatusServiceUnavailable:
			openAIError(w, status, "server_error", "", "The server is overloaded or not ready yet.")
		default:
			openAIError(w, status, "invalid_request_error", "model_not_found", "The model does not exist.")
		}
	}) {
		return
	}
	out := s.translateAll(&req)
	if fault == FaultCount {
		out = out[:len(out)-1]
	}
	var content bytes.Buffer
	enc := json.NewEncoder(&content)
	enc.SetEscapeHTML(false)
	enc.Encode(map[string][]string{"translations": out})
	resp := map[string]any{
		"id":      "chatcmpl-fake",
		"object":  "chat.completion",
		"created": 1767225600,
		"model":   p.Model,
		"choices": []any{map[string]any{
			"index":         0,
			"message":       map[string]string{"role": "assistant", "content": strings.TrimSpace(content.String())},
			"finish_reason": "stop",
		}},
		"usage": map[string]int{"prompt_tokens": len(body) / 4, "completion_tokens": content.Len() / 4, "total_tokens": (len(body) + content.Len()) / 4},
	}
	b, _ := json.Marshal(resp)
	s.reply(w, req, fault, "application/json", b, []byte(`data: {"id": "chatcmpl-fake", "choices": [`))
}

func parseOpenAIInput(user string) (OpenAIInput, bool) {
	var in OpenAIInput
	if i := strings.IndexByte(user, '{'); i >= 0 {
		if json.NewDecoder(strings.NewReader(user[i:])).Decode(&in) == nil && in.Segments != nil {
			return in, true
		}
	}
	if i := strings.IndexByte(user, '['); i >= 0 {
		var segs []string
		if json.NewDecoder(strings.NewReader(user[i:])).Decode(&segs) == nil {
			return OpenAIInput{Segments: segs}, true
		}
	}
	return in, false
}
