package input

import "testing"

func TestExportedNaming(t *testing.T) {
	if got := SafeName("../a/./b.txt"); got != "a/b.txt" {
		t.Errorf("SafeName = %q", got)
	}
	docs := UniqueNames([]Doc{{Name: "a.txt"}, {Name: "a.txt"}, {Name: "b.txt"}})
	if docs[1].Name != "a~2.txt" || docs[2].Name != "b.txt" {
		t.Errorf("UniqueNames = %+v", docs)
	}
	for p, want := range map[string]bool{"gs://b/x/page.HTML": true, "x/a.warc.gz": true, "x/photo.jpg": false} {
		if HasExtension(p) != want {
			t.Errorf("HasExtension(%q) = %v", p, !want)
		}
	}
}
