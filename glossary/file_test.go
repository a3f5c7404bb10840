package glossary

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestEditKeepsCommentsAndCreates(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.tsv")
	add := func(src, tgt string) {
		t.Helper()
		err := Edit(context.Background(), path, func(g *Glossary) error {
			g.Add(Entry{Source: src, Target: tgt})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	add("بايدن", "Biden")
	if err := os.WriteFile(path, []byte("# people\nar\ten\n# US\nبايدن\tBiden\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	add("الكاظمي", "al-Kadhimi")
	got, _ := os.ReadFile(path)
	if want := "# people\nar\ten\n# US\nبايدن\tBiden\nالكاظمي\tal-Kadhimi\n"; string(got) != want {
		t.Errorf("file:\n%s\nwant:\n%s", got, want)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600 kept", st.Mode().Perm())
	}
	// A failing edit changes nothing.
	boom := errors.New("boom")
	if err := Edit(context.Background(), path, func(g *Glossary) error { g.Entries = nil; return boom }); !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	if again, _ := os.ReadFile(path); string(again) != string(got) {
		t.Error("failed edit changed the file")
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("left files behind: %v", entries)
	}
}

func TestEditThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "shared.tsv")
	link := filepath.Join(dir, "glossary.tsv")
	if err := os.WriteFile(real, []byte("ar\ten\nبايدن\tBiden\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symlinks here")
	}
	err := Edit(context.Background(), link, func(g *Glossary) error {
		g.Add(Entry{Source: "ترامب", Target: "Trump"})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Fatal("the link was replaced by a file")
	}
	if data, _ := os.ReadFile(real); !strings.Contains(string(data), "Trump") {
		t.Errorf("target file not updated:\n%s", data)
	}
}

func TestEditConcurrentGoroutines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.tsv")
	const n = 30
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			errs[i] = Edit(context.Background(), path, func(g *Glossary) error {
				g.Add(Entry{Source: fmt.Sprintf("اسم%d", i), Target: fmt.Sprintf("Name%d", i)})
				return nil
			})
		}(i)
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	assertAllNames(t, path, n)
}

// TestEditConcurrentProcesses runs `add`s in separate processes (this test
// binary re-executed), which is what two shells running
// `tarjama glossary add` at once do.
func TestEditConcurrentProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	path := filepath.Join(t.TempDir(), "g.tsv")
	const n = 8
	cmds := make([]*exec.Cmd, n)
	for i := range cmds {
		cmds[i] = exec.Command(os.Args[0], "-test.run=^TestEditHelperProcess$")
		cmds[i].Env = append(os.Environ(), "GLOSSARY_EDIT_HELPER="+path, fmt.Sprintf("GLOSSARY_EDIT_N=%d", i))
		if err := cmds[i].Start(); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Fatal(err)
		}
	}
	assertAllNames(t, path, n)
}

func TestEditHelperProcess(t *testing.T) {
	path := os.Getenv("GLOSSARY_EDIT_HELPER")
	if path == "" {
		t.Skip("helper for TestEditConcurrentProcesses")
	}
	i := os.Getenv("GLOSSARY_EDIT_N")
	err := Edit(context.Background(), path, func(g *Glossary) error {
		time.Sleep(20 * time.Millisecond) // widen the race window
		g.Add(Entry{Source: "اسم" + i, Target: "Name" + i})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func assertAllNames(t *testing.T, path string, n int) {
	t.Helper()
	g, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, e := range g.Entries {
		have[e.Target] = true
	}
	for i := 0; i < n; i++ {
		if !have[fmt.Sprintf("Name%d", i)] {
			t.Errorf("Name%d lost; file has %d entries", i, len(g.Entries))
		}
	}
	if _, err := os.Stat(path + ".lock"); !os.IsNotExist(err) {
		t.Errorf("lock file left behind: %v", err)
	}
}

func TestEditLockWaitHonoursContext(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.tsv")
	release := make(chan struct{})
	held, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		Edit(context.Background(), path, func(*Glossary) error {
			close(held)
			<-release
			return nil
		})
	}()
	<-held
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	err := Edit(ctx, path, func(*Glossary) error { return nil })
	close(release)
	<-done
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "locking") {
		t.Errorf("err = %v, want a locking deadline error", err)
	}
}
