package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A symbolic link named on the command line is followed, with or without a
// trailing slash, and a linked subfolder is read like a real one (issue
// 17.1: exit 3 and "0 documents" for lnk/articles).
func TestTranslateFollowsLinkedInput(t *testing.T) {
	root := t.TempDir()
	real := filepath.Join(root, "real")
	for name, text := range map[string]string{"a.txt": "جملة أولى. جملة ثانية.\n", "sub/b.txt": "جملة ثالثة.\n"} {
		p := filepath.Join(real, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	other := filepath.Join(root, "other")
	if err := os.MkdirAll(other, 0o755); err != nil {
		t.Fatal(err)
	}
	for link, target := range map[string]string{
		filepath.Join(root, "lnk"):        real,
		filepath.Join(other, "linkedsub"): filepath.Join(real, "sub"),
	} {
		if err := os.Symlink(target, link); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	for _, tc := range []struct {
		input string
		docs  string
	}{
		{filepath.Join(root, "lnk"), "2 documents (2 ok, 0 empty, 0 skipped, 0 failed)"},
		{filepath.Join(root, "lnk") + "/", "2 documents (2 ok, 0 empty, 0 skipped, 0 failed)"},
		{other, "1 documents (1 ok, 0 empty, 0 skipped, 0 failed)"},
	} {
		out := filepath.Join(t.TempDir(), "out")
		code, _, stderr := runCLI(t, "", "translate", tc.input, "--out", out, "--no-cache")
		if code != exitOK || !strings.Contains(stderr, "complete: "+tc.docs) {
			t.Errorf("translate %s: exit %d, want 0 and %q\n%s", tc.input, code, tc.docs, stderr)
		}
	}
}
