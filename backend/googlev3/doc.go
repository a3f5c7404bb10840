// Package googlev3 is the Google Cloud Translation v3 ("Advanced")
// backend, registered as google-v3: TranslateText through the gRPC client
// cloud.google.com/go/translate/apiv3.
//
// Options (flag / environment variable):
//
//	--google-project      GOOGLE_CLOUD_PROJECT          project id or number (required)
//	--google-location     GOOGLE_CLOUD_LOCATION         default global; glossaries and
//	                                                    custom models need a region
//	--google-v3-model     GOOGLE_TRANSLATE_V3_MODEL     general/nmt, general/translation-llm,
//	                                                    or a full model resource name
//	--google-glossary     GOOGLE_TRANSLATE_GLOSSARY     glossary resource name, or its id
//	                                                    in the project and location
//	--google-v3-endpoint  GOOGLE_TRANSLATE_V3_ENDPOINT  gRPC host:port; http://host:port
//	                                                    means plaintext without credentials
//	                                                    (emulators, backend/fake)
//	--google-credentials  GOOGLE_APPLICATION_CREDENTIALS  service account JSON file;
//	                                                    default Application Default Credentials
//
// Limits: 1024 segments and 30,000 code points per request, refused
// locally beyond. Format HTML sends mime type text/html, which keeps
// <span translate="no"> elements; text sends text/plain.
//
// Native glossary (backend.GlossaryTranslator): when --google-glossary is
// set, every request carries it in glossary_config and the glossary
// translations are returned. v3 glossaries are built from files in Cloud
// Storage, so this backend does not create them from Request.Glossary.
//
// gRPC statuses map to *backend.Error: RESOURCE_EXHAUSTED (429, RetryInfo
// delay as RetryAfter), UNAVAILABLE, INTERNAL, ABORTED, UNKNOWN and
// DEADLINE_EXCEEDED are transient; INVALID_ARGUMENT, UNAUTHENTICATED,
// PERMISSION_DENIED, NOT_FOUND and FAILED_PRECONDITION are permanent.
// The client's own retries are off for TranslateText, so retrying is left
// to the retry decorator.
package googlev3
