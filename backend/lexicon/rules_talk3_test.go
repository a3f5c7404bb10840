package lexicon

import (
	"strings"
	"testing"
)

// TestSpokenKeepsProtectedSpan: a line of speech says its contractions
// (h14-lextalk3), but not in one with a protected span, whose text must
// stay as written; a tag of plain markup does not stop them.
func TestSpokenKeepsProtectedSpan(t *testing.T) {
	tr := newT(t)
	got := tr.translate(`أنا لا أحب القهوة <span translate="no">I do not know</span>`, true)
	if !strings.Contains(got, "I do not know</span>") || strings.Contains(got, "don") {
		t.Errorf("protected span rewritten or line contracted: %q", got)
	}
	got = tr.translate(`<p>نحن لا نعرف الطريق</p>`, true)
	if !strings.Contains(got, "don&#39;t") {
		t.Errorf("markup line not contracted: %q", got)
	}
}
