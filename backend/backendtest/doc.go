// Package backendtest is the one conformance suite every translation
// backend runs against its local fake server: order and length kept, empty
// input makes no call, cancellation is prompt, failures are classified
// (429/5xx/timeouts/bad bodies transient; 400/bad key permanent), a wrong
// segment count is an error and never a shift, HTML spans survive, limits
// are declared and enforced before sending, and keys never leak into
// error text.
//
// A backend's test runs it in a few lines:
//
//	func TestConformance(t *testing.T) {
//		backendtest.Run(t, backendtest.Harness{
//			Start:   func(t testing.TB, o fake.Options) *fake.Server { return fake.NewDeepL(o) },
//			New:     func(t testing.TB, srv *fake.Server, key string) backend.Translator { … },
//			KeyAuth: true,
//		})
//	}
package backendtest
