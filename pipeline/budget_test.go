package pipeline

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/registry"
	"github.com/tarjama/tarjama/backend/wrap"
)

// Every backend's worst-case segment (a cut piece of a line without
// punctuation, in 4-byte characters) fits in one request of that backend.
func TestSegmentBudgetFitsEveryBackend(t *testing.T) {
	// Enough configuration to build every client (nothing is sent).
	cfg := backend.Config{
		"google-api-key": "k", "google-endpoint": "http://127.0.0.1:9/language/translate/",
		"google-project": "p", "google-v3-endpoint": "http://127.0.0.1:9",
		"deepl-auth-key": "k:fx", "libretranslate-url": "http://127.0.0.1:9",
		"openai-base-url": "http://127.0.0.1:9/v1", "openai-api-key": "k", "openai-model": "m",
		"command": `["cat"]`,
	}
	for _, in := range registry.Default().All() {
		tr, err := in.New(cfg)
		if err != nil {
			t.Errorf("%s: cannot build the client to read its limits: %v", in.Name, err)
			continue
		}
		l := wrap.LimitsOf(tr)
		if c, ok := tr.(backend.Closer); ok {
			c.Close()
		}
		n := SegmentBudget(l)
		for _, unit := range []string{"ب", "😀", "&"} {
			seg := strings.Repeat(unit, n)
			if l.MaxChars > 0 && utf8.RuneCountInString(seg) > l.MaxChars {
				t.Errorf("%s: a %d-rune segment exceeds MaxChars %d", in.Name, n, l.MaxChars)
			}
			if l.MaxBytes > 0 {
				size := len(seg)
				if l.RequestBytes != nil {
					size = l.RequestBytes(seg)
				}
				if size > l.MaxBytes {
					t.Errorf("%s: a %d-rune segment of %q costs %d request bytes, budget %d", in.Name, n, unit, size, l.MaxBytes)
				}
			}
		}
		t.Logf("%s: segments cut at %d characters (limits %+v)", in.Name, n, struct{ Segs, Chars, Bytes int }{l.MaxSegments, l.MaxChars, l.MaxBytes})
	}
}
