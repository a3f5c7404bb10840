package atomicfile

import (
	"os"
	"path/filepath"
	"testing"
)

func TestCommitPublishesAbortDiscards(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "sub", "out.txt")
	if err := WriteFile(p, []byte("old")); err != nil {
		t.Fatal(err)
	}
	f, err := Create(p)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("new content")
	// Before Commit the old content is still what readers see.
	if b, _ := os.ReadFile(p); string(b) != "old" {
		t.Fatalf("before commit: got %q", b)
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "new content" {
		t.Fatalf("after commit: got %q", b)
	}
	g, _ := Create(p)
	g.WriteString("discarded")
	g.Abort()
	if b, _ := os.ReadFile(p); string(b) != "new content" {
		t.Fatalf("after abort: got %q", b)
	}
	ents, _ := os.ReadDir(filepath.Dir(p))
	if len(ents) != 1 {
		t.Fatalf("temporary files left behind: %v", ents)
	}
}

func TestCleanStale(t *testing.T) {
	dir := t.TempDir()
	f, err := Create(filepath.Join(dir, "docs", "a.txt"))
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("x") // never committed: as if the process were killed
	keep := filepath.Join(dir, "docs", "b.txt")
	if err := WriteFile(keep, []byte("b")); err != nil {
		t.Fatal(err)
	}
	if err := CleanStale(dir); err != nil {
		t.Fatal(err)
	}
	ents, _ := os.ReadDir(filepath.Join(dir, "docs"))
	if len(ents) != 1 || ents[0].Name() != "b.txt" {
		t.Errorf("left %v, want only b.txt", ents)
	}
}

func TestModeKept(t *testing.T) {
	p := filepath.Join(t.TempDir(), "g.tsv")
	f, err := Create(p)
	if err != nil {
		t.Fatal(err)
	}
	f.Mode = 0o600
	f.WriteString("x")
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(p); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", st.Mode().Perm())
	}
}
