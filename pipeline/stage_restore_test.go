package pipeline

import (
	"strings"
	"testing"
)

func TestRestoreStage(t *testing.T) {
	g := testGlossary(t)
	d := upTo(t, Options{Glossary: g}, "التقى بالكاظمي.\n", "restore")
	if !strings.Contains(d.targets[0], "al-Kadhimi") || len(d.checks[0]) != 1 || d.checks[0][0].Status != string(TermOK) {
		t.Errorf("protect: target %q, checks %+v", d.targets[0], d.checks)
	}
	// verify mode: the echo engine keeps the Arabic, so the term is missing.
	d = upTo(t, Options{Glossary: g, GlossaryMode: GlossaryVerify}, "التقى بالكاظمي.\n", "restore")
	if len(d.checks[0]) != 1 || d.checks[0][0].Status != string(TermMissing) {
		t.Errorf("verify: checks %+v", d.checks)
	}
}

func TestOneLine(t *testing.T) {
	for in, want := range map[string]string{" a b ": "a b", "a\nb": "a b", "a\r\n\u2028b\u2029": "a b"} {
		if got := oneLine(in); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", in, got, want)
		}
	}
}
