// Package libretranslate is the backend for a LibreTranslate server
// (https://github.com/LibreTranslate/LibreTranslate), usually self-hosted:
// POST {url}/translate with a JSON body {q: [segments], source, target,
// format, api_key}.
//
// Options (flag / environment variable):
//
//	--libretranslate-url          LIBRETRANSLATE_URL          default http://localhost:5000
//	                                                          (a trailing /translate is ignored)
//	--libretranslate-api-key      LIBRETRANSLATE_API_KEY      key (secret), if the server has --api-keys
//	--libretranslate-batch-limit  LIBRETRANSLATE_BATCH_LIMIT  segments per request, default 32
//	--libretranslate-char-limit   LIBRETRANSLATE_CHAR_LIMIT   characters per request, default 5000
//
// Set the two limits to the server's --batch-limit and --char-limit when
// it has them; requests over the declared limits are refused before
// sending. An empty source language is sent as "auto". Format HTML sends
// format=html, which keeps <span translate="no"> elements.
//
// Errors: 429, 5xx and transport failures are transient (Retry-After
// honoured); 400 (unsupported language, over the server's limits) and 403
// (bad key) are permanent.
package libretranslate
