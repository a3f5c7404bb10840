package input

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func names(docs []Doc) []string {
	var n []string
	for _, d := range docs {
		n = append(n, d.Name)
	}
	return n
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("symbolic links not supported here: %v", err)
	}
}

// Issue 17 item 1: a symlinked INPUT folder is followed with or without a
// trailing slash, and nothing is reported skipped.
func TestCollectFollowsLinkedInput(t *testing.T) {
	base := t.TempDir()
	write(t, filepath.Join(base, "real/articles/a.txt"), []byte("أ"))
	write(t, filepath.Join(base, "real/articles/sub/b.md"), []byte("ب"))
	os.MkdirAll(filepath.Join(base, "lnk"), 0o755)
	symlink(t, filepath.Join(base, "real/articles"), filepath.Join(base, "lnk/articles"))
	for _, in := range []string{filepath.Join(base, "lnk/articles"), filepath.Join(base, "lnk/articles") + "/"} {
		docs, skipped, err := Collect([]string{in})
		if err != nil {
			t.Fatal(err)
		}
		if want := []string{"a.txt", "sub/b.md"}; !reflect.DeepEqual(names(docs), want) || len(skipped) != 0 {
			t.Errorf("Collect(%q) = %v skipped %v, want %v and nothing skipped", in, names(docs), skipped, want)
		}
	}
}

func TestCollectLinkCases(t *testing.T) {
	base := t.TempDir()
	root := filepath.Join(base, "root")
	outside := filepath.Join(base, "outside")
	write(t, filepath.Join(root, "a/x.txt"), []byte("س"))
	write(t, filepath.Join(outside, "o.txt"), []byte("خ"))
	write(t, filepath.Join(outside, "deep/d.txt"), []byte("د"))
	write(t, filepath.Join(base, "lone.txt"), []byte("و"))
	// A link to a folder outside the root is followed and named by the link.
	symlink(t, outside, filepath.Join(root, "ext"))
	// A second link to the same outside folder is not read twice.
	symlink(t, outside, filepath.Join(root, "ext2"))
	// A link to a folder inside the root, met before it in walk order:
	// the real path still wins.
	symlink(t, filepath.Join(root, "a"), filepath.Join(root, "0alias"))
	// A link to a folder above it is a loop.
	symlink(t, root, filepath.Join(root, "a/up"))
	// A link to itself, and a dangling one.
	symlink(t, filepath.Join(root, "self"), filepath.Join(root, "self"))
	symlink(t, filepath.Join(base, "gone"), filepath.Join(root, "broken.txt"))
	// Two links to one outside file: read once; a link to a real file inside: not twice.
	symlink(t, filepath.Join(base, "lone.txt"), filepath.Join(root, "l1.txt"))
	symlink(t, filepath.Join(base, "lone.txt"), filepath.Join(root, "l2.txt"))
	symlink(t, filepath.Join(root, "a/x.txt"), filepath.Join(root, "0x.txt"))
	// A link inside the followed outside folder pointing back at the root.
	symlink(t, root, filepath.Join(outside, "back"))

	docs, skipped, err := Collect([]string{root})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"a/x.txt", "ext/deep/d.txt", "ext/o.txt", "l1.txt"}; !reflect.DeepEqual(names(docs), want) {
		t.Errorf("docs = %v, want %v", names(docs), want)
	}
	got := map[string]string{}
	for _, s := range skipped {
		rel, _ := filepath.Rel(root, s.Path)
		if _, dup := got[rel]; dup {
			t.Errorf("%s listed twice in skipped", rel)
		}
		got[rel] = s.Reason
	}
	want := map[string]string{
		"0alias":     ReasonAlreadyRead + " " + filepath.Join(root, "a"),
		"ext2":       ReasonAlreadyRead + " " + filepath.Join(root, "ext"),
		"a/up":       ReasonLinkLoop,
		"self":       ReasonLinkLoop,
		"broken.txt": ReasonLinkBroken,
		"l2.txt":     ReasonAlreadyRead + " " + filepath.Join(root, "l1.txt"),
		"0x.txt":     ReasonAlreadyRead + " " + filepath.Join(root, "a/x.txt"),
		"ext/back":   ReasonLinkLoop,
	}
	for rel, reason := range want {
		if !strings.HasPrefix(got[rel], reason) {
			t.Errorf("%s: reason %q, want %q", rel, got[rel], reason)
		}
	}
	if len(got) != len(want) {
		t.Errorf("skipped %d paths %v, want %d", len(got), got, len(want))
	}
}

func TestCollectBrokenLinkInput(t *testing.T) {
	lnk := filepath.Join(t.TempDir(), "dangling")
	symlink(t, "/no/such/target", lnk)
	if _, _, err := Collect([]string{lnk}); err == nil || !strings.Contains(err.Error(), ReasonLinkBroken) {
		t.Fatalf("err = %v, want %q", err, ReasonLinkBroken)
	}
}

func TestCollectSameFolderTwice(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, "x.txt"), []byte("س"))
	lnk := filepath.Join(t.TempDir(), "again")
	symlink(t, root, lnk)
	docs, skipped, err := Collect([]string{root, lnk})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || len(skipped) != 1 || !strings.HasPrefix(skipped[0].Reason, ReasonAlreadyRead) {
		t.Errorf("docs %v skipped %v: want one document and the second INPUT reported", names(docs), skipped)
	}
}
