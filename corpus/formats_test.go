package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTableIsConsistent(t *testing.T) {
	names, exts := map[Format]bool{}, map[string]Format{}
	fallbacks := 0
	for _, s := range Table {
		if names[s.Name] || s.Name == "" {
			t.Errorf("format %q listed twice or unnamed", s.Name)
		}
		names[s.Name] = true
		if s.Writer == nil || s.Reader == nil || s.Help == "" || (s.Streams != 1 && s.Streams != 2) {
			t.Errorf("%s: incomplete entry %+v", s.Name, s)
		}
		if s.PerDocument && (s.Dir == "" || s.Streams != 1 || len(s.Exts) == 0) {
			t.Errorf("%s: a per-document format needs a Dir, one stream and an extension", s.Name)
		}
		if len(s.Exts) == 0 {
			fallbacks++
		}
		for _, e := range s.Exts {
			if f, ok := exts[e]; ok {
				t.Errorf("extension %s of both %s and %s", e, f, s.Name)
			}
			exts[e] = s.Name
			for _, path := range []string{"x" + e, "d/X" + strings.ToUpper(e), "x" + e + ".gz"} {
				if got := DetectFormat(path); got != s.Name {
					t.Errorf("DetectFormat(%s) = %s, want %s", path, got, s.Name)
				}
			}
		}
		if f, err := ParseFormat(" " + strings.ToUpper(string(s.Name))); err != nil || f != s.Name {
			t.Errorf("ParseFormat(%s) = %v, %v", s.Name, f, err)
		}
		if !strings.Contains(FormatsHelp("--from"), s.Help) {
			t.Errorf("FormatsHelp has no line for %s", s.Name)
		}
	}
	if fallbacks != 1 {
		t.Errorf("%d formats without extensions, want exactly one fallback", fallbacks)
	}
	_, err := ParseFormat("csv")
	if err == nil || !strings.Contains(err.Error(), "known: "+KnownFormats(nil)) || !strings.Contains(KnownFormats(nil), "xliff") {
		t.Errorf("ParseFormat(csv): %v", err)
	}
}

// Every format of the table writes and reads back through Create and Open
// what it carries: all formats the text and languages; those whose files
// hold metadata also IDs, documents, alignment, score, backend and
// glossary misses.
func TestTableRoundTrip(t *testing.T) {
	in := []Pair{
		{ID: "a.txt#1", Doc: "a.txt", SrcLang: "ar", TgtLang: "en", Src: "قال بايدن.", Tgt: "Biden said.",
			Align: "1-1", Score: 0.93, HasScore: true, Backend: "lexicon",
			Glossary: []Term{{Source: "بايدن", Target: "Biden", Status: "missing"}}},
		{ID: "b.txt#1", Doc: "b.txt", SrcLang: "ar", TgtLang: "en", Src: "<نعم> & \"لا\"", Tgt: "<yes> & \"no\"", Align: "2-1", Score: 0.5, HasScore: true},
	}
	for _, s := range Table {
		t.Run(string(s.Name), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "c")
			if len(s.Exts) > 0 {
				path += s.Exts[len(s.Exts)-1]
			}
			fw, err := Create(path, CreateOptions{SrcLang: "ar", TgtLang: "en"})
			if err != nil {
				t.Fatal(err)
			}
			writeAll(t, fw, in)
			r, err := Open(path, OpenOptions{})
			if err != nil {
				t.Fatal(err)
			}
			got := readAll(t, r)
			if err := r.Close(); err != nil {
				t.Error(err)
			}
			if len(got) != len(in) {
				t.Fatalf("read %d pairs, want %d", len(got), len(in))
			}
			for i := range in {
				g, w := got[i], in[i]
				if g.Src != w.Src || g.Tgt != w.Tgt || g.SrcLang != w.SrcLang || g.TgtLang != w.TgtLang {
					t.Errorf("pair %d: %+v, want %+v", i, g, w)
				}
				if s.LangsOnce {
					continue
				}
				if g.ID != w.ID || g.Doc != w.Doc || g.Align != w.Align || g.HasScore != w.HasScore || g.Score != w.Score ||
					g.Backend != w.Backend || len(g.Misses()) != len(w.Misses()) {
					t.Errorf("pair %d metadata: %+v, want %+v", i, g, w)
				}
			}
		})
	}
}

func TestCreateDocs(t *testing.T) {
	out := filepath.Join(t.TempDir(), "run")
	dir := filepath.Join(out, "xliff")
	if err := os.MkdirAll(filepath.Join(dir, "stale"), 0o755); err != nil {
		t.Fatal(err)
	}
	w, err := CreateDocs(dir, CreateOptions{Format: XLIFF, SrcLang: "ar", TgtLang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	pairs := []Pair{
		{ID: "news/a.txt#1", Doc: "news/a.txt", Src: "أ", Tgt: "a"},
		{ID: "news/a.txt#2", Doc: "news/a.txt", Src: "ب", Tgt: "b"},
		{ID: "../evil#1", Doc: "../evil", Src: "ج", Tgt: "c"},
		{ID: "news/a.txt#3", Doc: "news/a.txt", Src: "د", Tgt: "d"},
		{ID: "1", Src: "ه", Tgt: "e"},
	}
	for _, p := range pairs {
		if err := w.Write(p); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "news")); err == nil {
		t.Error("documents visible before Close")
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"news/a.txt.xlf": 2, "_/evil.xlf": 1, "news/a.txt.2.xlf": 1, "unnamed.xlf": 1}
	var found []string
	filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			found = append(found, filepath.ToSlash(rel))
		}
		return nil
	})
	if len(found) != len(want) {
		t.Errorf("files %v, want %v (the stale folder replaced, nothing beside xliff/)", found, want)
	}
	for name, n := range want {
		r, err := Open(filepath.Join(dir, filepath.FromSlash(name)), OpenOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if got := readAll(t, r); len(got) != n || got[0].SrcLang != "ar" || got[0].TgtLang != "en" {
			t.Errorf("%s: %+v, want %d pairs", name, got, n)
		}
		r.Close()
	}

	a, err := CreateDocs(filepath.Join(out, "other"), CreateOptions{Format: XLIFF})
	if err != nil {
		t.Fatal(err)
	}
	a.Write(pairs[0])
	a.Abort()
	if ents, _ := os.ReadDir(out); len(ents) != 1 {
		t.Errorf("Abort left %v", ents)
	}
	if _, err := CreateDocs(dir, CreateOptions{Format: Moses}); err == nil {
		t.Error("CreateDocs(moses): no error")
	}
}

func TestDocFileName(t *testing.T) {
	for doc, want := range map[string]string{
		"a.txt": "a.txt.xlf", "": "unnamed.xlf", "x/../../y": "x/_/_/y.xlf", "/abs": "_/abs.xlf", "a\\b\x00": "a_b_.xlf",
	} {
		if got := DocFileName(doc, ".xlf"); got != want {
			t.Errorf("DocFileName(%q) = %q, want %q", doc, got, want)
		}
	}
	long := DocFileName(strings.Repeat("ب", 150), ".xlf")
	if len(long) > 200 || !strings.HasSuffix(long, ".xlf") {
		t.Errorf("long name: %d bytes %q", len(long), long)
	}
}
