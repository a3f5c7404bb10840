package fake

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/tarjama/tarjama/backend"
)

// DeepL's limits as the fake enforces them by default.
const (
	DeepLMaxTexts     = 50
	DeepLMaxBodyBytes = 128 << 10
)

// DeepLGlossary is a glossary created on a DeepL fake.
type DeepLGlossary struct {
	ID, Name         string
	SrcLang, TgtLang string // lower-case, as normalised by the fake
	Entries          map[string]string
}

// NewDeepL starts a fake of the DeepL API v2: POST /v2/translate (JSON or
// form body; text, source_lang, target_lang, tag_handling, formality,
// glossary_id), POST/GET/DELETE /v2/glossaries, with the key in
// "Authorization: DeepL-Auth-Key …". It answers
// {"translations":[{"detected_source_language","text"}]}. Language codes
// are handed to Options.Translate in lower case without region ("EN-US" →
// "en"). A glossary replaces its source terms by its target terms.
// Defaults: 50 texts, 128 KiB body (413 beyond).
func NewDeepL(opts Options) *Server {
	s := newServer(opts)
	mux := http.NewServeMux()
	mux.HandleFunc("/v2/translate", s.serveDeepL)
	mux.HandleFunc("/v2/glossaries", s.serveDeepLGlossaries)
	mux.HandleFunc("/v2/glossaries/", s.serveDeepLGlossaries)
	s.startHTTP(mux)
	return s
}

// Glossaries returns the glossaries created on the fake so far.
func (s *Server) Glossaries() []DeepLGlossary {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []DeepLGlossary
	for i := 1; ; i++ {
		g, ok := s.data[glossaryID(i)].(DeepLGlossary)
		if !ok {
			return out
		}
		out = append(out, g)
	}
}

func glossaryID(i int) string { return fmt.Sprintf("def3a26b-3e84-45b3-84ae-%012d", i) }

func deeplLang(s string) string {
	s = strings.ToLower(s)
	if i := strings.IndexByte(s, '-'); i > 0 {
		s = s[:i]
	}
	return s
}

func deeplMessage(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]string{"message": msg})
}

// deeplAuth checks the Authorization header; it answers and returns false
// when the key is wrong.
func (s *Server) deeplAuth(w http.ResponseWriter, r *http.Request, req *Request) bool {
	key, ok := strings.CutPrefix(r.Header.Get("Authorization"), "DeepL-Auth-Key ")
	if ok {
		req.KeyIn = "header"
	}
	req.KeyOK = s.opts.APIKey == "" || (ok && key == s.opts.APIKey)
	return req.KeyOK
}

func (s *Server) serveDeepL(w http.ResponseWriter, r *http.Request) {
	req, body, ok := s.readPost(w, r, deeplMessage)
	if !ok {
		return
	}
	var p struct {
		Text        []string `json:"text"`
		SourceLang  string   `json:"source_lang"`
		TargetLang  string   `json:"target_lang"`
		TagHandling string   `json:"tag_handling"`
		Formality   string   `json:"formality"`
		GlossaryID  string   `json:"glossary_id"`
	}
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		if err := json.Unmarshal(body, &p); err != nil {
			deeplMessage(w, http.StatusBadRequest, "Invalid request body")
			s.finish(req, http.StatusBadRequest, "")
			return
		}
	} else {
		form, _ := url.ParseQuery(string(body))
		p.Text, p.SourceLang, p.TargetLang = form["text"], form.Get("source_lang"), form.Get("target_lang")
		p.TagHandling, p.Formality, p.GlossaryID = form.Get("tag_handling"), form.Get("formality"), form.Get("glossary_id")
	}
	req.Segments, req.SrcLang, req.TgtLang = p.Text, deeplLang(p.SourceLang), deeplLang(p.TargetLang)
	req.Glossary, req.Formality = p.GlossaryID, p.Formality
	req.Format = backend.Text
	if p.TagHandling == "html" {
		req.Format = backend.HTML
	}
	authOK := s.deeplAuth(w, r, &req)
	fault, ok := s.begin(r.Context(), &req)
	if !ok {
		s.finish(req, 0, fault)
		return
	}
	if !authOK || fault == FaultAuth {
		deeplMessage(w, http.StatusForbidden, "Authorization failure, check auth_key")
		s.finish(req, http.StatusForbidden, fault)
		return
	}
	if max := limit(s.opts.MaxBytes, DeepLMaxBodyBytes); max > 0 && req.BodyBytes > max {
		deeplMessage(w, http.StatusRequestEntityTooLarge, "Request Entity Too Large")
		s.finish(req, http.StatusRequestEntityTooLarge, "")
		return
	}
	if max := limit(s.opts.MaxSegments, DeepLMaxTexts); max > 0 && len(req.Segments) > max {
		deeplMessage(w, http.StatusRequestEntityTooLarge, "Too many texts")
		s.finish(req, http.StatusRequestEntityTooLarge, "")
		return
	}
	if max := limit(s.opts.MaxChars, 0); max > 0 && countChars(req.Segments) > max {
		deeplMessage(w, http.StatusRequestEntityTooLarge, "Too many characters")
		s.finish(req, http.StatusRequestEntityTooLarge, "")
		return
	}
	if len(req.Segments) == 0 || req.TgtLang == "" {
		deeplMessage(w, http.StatusBadRequest, "Parameter 'text' and 'target_lang' are required.")
		s.finish(req, http.StatusBadRequest, "")
		return
	}
	var gloss map[string]string
	if p.GlossaryID != "" {
		s.mu.Lock()
		g, found := s.data[p.GlossaryID].(DeepLGlossary)
		s.mu.Unlock()
		if !found {
			deeplMessage(w, http.StatusNotFound, "Glossary not found")
			s.finish(req, http.StatusNotFound, "")
			return
		}
		if g.SrcLang != req.SrcLang || g.TgtLang != req.TgtLang {
			deeplMessage(w, http.StatusBadRequest, "Glossary language pair does not match the request")
			s.finish(req, http.StatusBadRequest, "")
			return
		}
		gloss = g.Entries
	}
	if s.failure(w, r, req, fault, func(status int) {
		deeplMessage(w, status, map[int]string{
			http.StatusTooManyRequests:    "Too many requests, please wait and resend your request.",
			http.StatusServiceUnavailable: "Service temporarily unavailable",
			http.StatusBadRequest:         "Value for 'target_lang' not supported.",
		}[status])
	}) {
		return
	}
	type tr struct {
		DetectedSourceLanguage string `json:"detected_source_language"`
		Text                   string `json:"text"`
	}
	resp := struct {
		Translations []tr `json:"translations"`
	}{Translations: []tr{}}
	for _, seg := range req.Segments {
		for src, tgt := range gloss {
			// Reversed so that Marker's reversal puts the term back.
			seg = strings.ReplaceAll(seg, src, reverse(tgt))
		}
		resp.Translations = append(resp.Translations, tr{strings.ToUpper(req.SrcLang), s.opts.Translate(req.SrcLang, req.TgtLang, req.Format, seg)})
	}
	if fault == FaultCount {
		resp.Translations = resp.Translations[:len(resp.Translations)-1]
	}
	out, _ := json.Marshal(resp)
	s.reply(w, req, fault, "application/json", out, []byte(`<html><body>502 Bad Gateway</body></html>`))
}

func (s *Server) serveDeepLGlossaries(w http.ResponseWriter, r *http.Request) {
	req := Request{Method: r.Method, Path: r.URL.Path}
	if !s.deeplAuth(w, r, &req) {
		deeplMessage(w, http.StatusForbidden, "Authorization failure, check auth_key")
		s.finish(req, http.StatusForbidden, "")
		return
	}
	id := strings.TrimPrefix(strings.TrimPrefix(r.URL.Path, "/v2/glossaries"), "/")
	type info struct {
		GlossaryID   string `json:"glossary_id"`
		Name         string `json:"name"`
		Ready        bool   `json:"ready"`
		SourceLang   string `json:"source_lang"`
		TargetLang   string `json:"target_lang"`
		CreationTime string `json:"creation_time"`
		EntryCount   int    `json:"entry_count"`
	}
	toInfo := func(g DeepLGlossary) info {
		return info{g.ID, g.Name, true, g.SrcLang, g.TgtLang, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Format(time.RFC3339), len(g.Entries)}
	}
	switch {
	case r.Method == http.MethodPost && id == "":
		var p struct {
			Name          string `json:"name"`
			SourceLang    string `json:"source_lang"`
			TargetLang    string `json:"target_lang"`
			Entries       string `json:"entries"`
			EntriesFormat string `json:"entries_format"`
		}
		body, _ := io.ReadAll(r.Body)
		if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
			json.Unmarshal(body, &p)
		} else {
			form, _ := url.ParseQuery(string(body))
			p.Name, p.SourceLang, p.TargetLang = form.Get("name"), form.Get("source_lang"), form.Get("target_lang")
			p.Entries, p.EntriesFormat = form.Get("entries"), form.Get("entries_format")
		}
		if p.Name == "" || p.SourceLang == "" || p.TargetLang == "" || p.EntriesFormat != "tsv" {
			deeplMessage(w, http.StatusBadRequest, "Invalid glossary: name, source_lang, target_lang and entries_format=tsv are required")
			s.finish(req, http.StatusBadRequest, "")
			return
		}
		g := DeepLGlossary{Name: p.Name, SrcLang: deeplLang(p.SourceLang), TgtLang: deeplLang(p.TargetLang), Entries: map[string]string{}}
		for _, line := range strings.Split(p.Entries, "\n") {
			if src, tgt, ok := strings.Cut(strings.TrimRight(line, "\r"), "\t"); ok && src != "" && tgt != "" {
				g.Entries[src] = tgt
			} else if strings.TrimSpace(line) != "" {
				deeplMessage(w, http.StatusBadRequest, "Invalid glossary entries")
				s.finish(req, http.StatusBadRequest, "")
				return
			}
		}
		s.mu.Lock()
		g.ID = glossaryID(len(s.glossaryIDs()) + 1)
		s.data[g.ID] = g
		s.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(toInfo(g))
		s.finish(req, http.StatusCreated, "")
	case r.Method == http.MethodGet && id != "":
		s.mu.Lock()
		g, ok := s.data[id].(DeepLGlossary)
		s.mu.Unlock()
		if !ok {
			deeplMessage(w, http.StatusNotFound, "Glossary not found")
			s.finish(req, http.StatusNotFound, "")
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(toInfo(g))
		s.finish(req, http.StatusOK, "")
	case r.Method == http.MethodDelete && id != "":
		s.mu.Lock()
		g, ok := s.data[id].(DeepLGlossary)
		if ok {
			g.Entries = nil
			g.SrcLang = "deleted"
			s.data[id] = g
		}
		s.mu.Unlock()
		if !ok {
			deeplMessage(w, http.StatusNotFound, "Glossary not found")
			s.finish(req, http.StatusNotFound, "")
			return
		}
		w.WriteHeader(http.StatusNoContent)
		s.finish(req, http.StatusNoContent, "")
	default:
		deeplMessage(w, http.StatusMethodNotAllowed, "Method not allowed")
		s.finish(req, http.StatusMethodNotAllowed, "")
	}
}

// glossaryIDs lists the glossary ids in creation order; the caller holds s.mu.
func (s *Server) glossaryIDs() []string {
	var ids []string
	for i := 1; ; i++ {
		if _, ok := s.data[glossaryID(i)]; !ok {
			return ids
		}
		ids = append(ids, glossaryID(i))
	}
}
