// Package deepl is the DeepL API backend: POST /v2/translate with a JSON
// body and the key in the "Authorization: DeepL-Auth-Key" header.
//
// Options (flag / environment variable):
//
//	--deepl-auth-key     DEEPL_AUTH_KEY     key (secret); one ending in ":fx" is a
//	                                        free-plan key and selects api-free.deepl.com
//	--deepl-endpoint     DEEPL_ENDPOINT     base URL override (proxy, test fake), with
//	                                        or without the trailing /v2
//	--deepl-formality    DEEPL_FORMALITY    default|more|less|prefer_more|prefer_less
//	--deepl-glossary-id  DEEPL_GLOSSARY_ID  existing glossary to apply to every request
//
// Limits: 50 texts and 128 KiB of body per request (RequestBytes is the
// JSON-encoded size of a segment); a request over them is refused before
// sending. Format HTML sets tag_handling=html, so <span translate="no">
// elements are kept. Target "en" is sent as EN-US and "pt" as PT-PT (the
// bare codes are deprecated targets).
//
// Native glossary (backend.GlossaryTranslator): with --deepl-glossary-id
// that glossary is used; otherwise, when Request.Glossary is set, the
// client creates a glossary from it through /v2/glossaries once per run
// (per language pair and content), reuses it, and deletes it on Close.
//
// Errors: 429 and 5xx (including DeepL's 529) and transport failures are
// transient, with Retry-After; 400, 403 (bad key), 404, 413 and 456 (quota
// exceeded) are permanent.
package deepl
