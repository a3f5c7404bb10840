// Package google is the Google Cloud Translation v2 ("Basic") backend,
// a plain client of the service through cloud.google.com/go/translate.
//
// Options (flag / environment variable):
//
//	--google-api-key   GOOGLE_API_KEY             API key (secret); without it,
//	                                              Application Default Credentials
//	--google-endpoint  GOOGLE_TRANSLATE_ENDPOINT  base URL, default
//	                   https://translation.googleapis.com/language/translate/
//	                   (a bare host gets that path); regional, private, or a test fake
//	--google-model     GOOGLE_TRANSLATE_MODEL     nmt (default) or base
//
// What the real client does, verified against the fake: it sends a GET to
// {endpoint}v2 with every segment as a repeated, query-escaped q parameter
// (url.Values.Encode: an Arabic letter costs six URL bytes, a space one
// '+'), plus alt, prettyPrint, format, model, source and target, and the
// API key as the key= parameter. Google documents that a GET's URL,
// parameters included, must be under 2K characters (413 beyond). So the
// backend declares Limits of 128 segments and a URL byte budget net of the
// fixed part (URLBudget, 2000 bytes for the whole URL), with RequestBytes
// computing a segment's escaped size; a batch over either is refused
// before sending. About 300 Arabic letters fit one GET, so a segment too
// long for any GET is counted as a full request (RequestBytes caps at the
// budget), travels alone, and is sent by POST (translations.translate of
// the same generated API, JSON body wrapped as {"data": …}, up to the
// service's 100K-byte request limit).
//
// Errors become *backend.Error: 429, 5xx, 403 rateLimitExceeded /
// userRateLimitExceeded, connection failures and unreadable bodies are
// transient (with Retry-After); 400 (including an invalid key), other 403s,
// 404 and 413 are permanent. The key is scrubbed from every error: the
// client's *url.Error repeats the full request URL, key included.
// Format follows Request.Format: format=text or format=html, in which
// <span translate="no"> elements are left untranslated.
package google
