package pipeline

import (
	"strings"
	"testing"
)

func TestProtectStage(t *testing.T) {
	const text = "التقى بالكاظمي.\n"
	g := testGlossary(t)
	d := upTo(t, Options{Glossary: g}, text, "protect")
	if len(d.prot) != 1 || strings.Contains(d.texts[0], "الكاظمي") || d.texts[0] == d.segs[0].src {
		t.Errorf("protect mode sends %q (prot %d)", d.texts, len(d.prot))
	}
	for _, mode := range []string{GlossaryVerify, GlossaryNative} {
		d = upTo(t, Options{Glossary: g, GlossaryMode: mode}, text, "protect")
		if d.prot != nil || d.texts[0] != d.segs[0].src {
			t.Errorf("%s mode changed the segment to %q", mode, d.texts[0])
		}
	}
}
