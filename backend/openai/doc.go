// Package openai is the backend for any OpenAI-compatible chat completions
// server: OpenAI itself, or a local Ollama, vLLM or llama.cpp server.
// It POSTs {base}/chat/completions with temperature 0, a system prompt and
// one user message holding the batch as JSON (Input), in JSON mode
// (response_format json_object). A server that refuses either optional
// field — temperature 0 (some reasoning models accept only their default)
// or JSON mode (not every compatible server has it) — is asked again
// without it, and from then on never sent it.
//
// Options (flag / environment variable):
//
//	--openai-base-url     OPENAI_BASE_URL     default https://api.openai.com/v1
//	                                          (Ollama: http://localhost:11434/v1; a bare
//	                                          host gets /v1 appended)
//	--openai-api-key      OPENAI_API_KEY      key (secret), sent as a Bearer token;
//	                                          most local servers need none
//	--openai-model        OPENAI_MODEL        default gpt-4o-mini
//	--openai-batch-limit  OPENAI_BATCH_LIMIT  segments per request, default 16
//	--openai-char-limit   OPENAI_CHAR_LIMIT   characters per request, default 3000
//
// The prompt (SystemPrompt) asks for exactly N translations, in order, as
// a JSON object {"translations": [...]}, tells the model to keep HTML tags
// and <span translate="no"> content verbatim, and carries the glossary
// entries whose terms occur in the batch when Request.Glossary is set
// (backend.GlossaryTranslator). Answers are read leniently
// (ParseTranslations: JSON object or array, code fences, numbered lines).
//
// N in must give N out: when the count is wrong the batch is split in
// halves and each half retried, down to single segments; a single segment
// still miscounted is a transient backend.ErrCount. Errors: 429 (except
// insufficient_quota), 5xx and transport failures are transient; 400, 401,
// 404 and an exhausted quota are permanent.
package openai
