package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/glossary"
	"golang.org/x/text/encoding/charmap"
)

func TestGlossaryCommands(t *testing.T) {
	dir := t.TempDir()
	g := filepath.Join(dir, "g.tsv")
	run := func(stdin string, args ...string) (int, string, string) {
		t.Helper()
		return runCLI(t, stdin, append([]string{"glossary"}, args...)...)
	}
	// add: flags before or after the arguments, -g on either level.
	if code, _, errOut := run("", "-g", g, "add", "الكاظمي", "al-Kadhimi", "--note", "Iraqi PM"); code != 0 {
		t.Fatalf("add: %d %s", code, errOut)
	}
	if code, _, errOut := run("", "add", "ماكغورك", "McGurk", "--variant", "ماكجورك", "--variant", "ماكغرك", "--glossary", g); code != 0 {
		t.Fatalf("add: %d %s", code, errOut)
	}
	if code, _, errOut := run("", "add", "-g", g, "الكاظمى", "Kadhimi"); code != 1 || !strings.Contains(errOut, "already") {
		t.Errorf("conflicting add: %d %s", code, errOut)
	}
	if code, _, errOut := run("", "frobnicate"); code != 2 || !strings.Contains(errOut, "unknown command") {
		t.Errorf("unknown subcommand: %d %s", code, errOut)
	}
	if code, _, errOut := run("", "add", "-g", g, "only-one"); code != 2 {
		t.Errorf("add with one argument: %d %s", code, errOut)
	}
	if code, _, errOut := run("", "add", "-g", g, "الكاظمي", "al-Kadhimi", "--variant", "كاظمي"); code != 0 || !strings.Contains(errOut, "updated") {
		t.Errorf("add variant to existing: %d %s", code, errOut)
	}
	if code, _, errOut := run("", "add", "-g", g, "ماكغورك", "McGurk", "--note", "US envoy", "--ignore-case"); code != 0 || !strings.Contains(errOut, "updated") {
		t.Errorf("add note to existing: %d %s", code, errOut)
	}
	if code, _, errOut := run("", "add", "-g", g, "ماكغورك", "McGurk"); code != 0 || !strings.Contains(errOut, "already there") {
		t.Errorf("add again: %d %s", code, errOut)
	}
	code, out, _ := run("", "list", "-g", g, "--format", "json")
	var list []glossary.EntryJSON
	if code != 0 || json.Unmarshal([]byte(out), &list) != nil || len(list) != 2 {
		t.Fatalf("list json: %d %s", code, out)
	}
	if list[0].Note != "Iraqi PM" || strings.Join(list[0].Variants, "|") != "كاظمي" || strings.Join(list[1].Variants, "|") != "ماكجورك|ماكغرك" ||
		list[1].Note != "US envoy" || !list[1].IgnoreCase {
		t.Errorf("list: %+v", list)
	}
	if code, out, _ := run("", "list", "-g", g); code != 0 || !strings.Contains(out, "al-Kadhimi") || !strings.HasPrefix(out, "LINE") {
		t.Errorf("list table: %d %s", code, out)
	}
	if code, out, _ := run("", "list", "-g", g, "-f", "tsv"); code != 0 || !strings.HasPrefix(out, "ar\ten\tnote\tvariants\tcase\n") {
		t.Errorf("list tsv: %d %q", code, out)
	}
	if code, _, _ := run("", "list", "-g", g, "-f", "xml"); code != 2 {
		t.Errorf("list bad format: %d", code)
	}

	// match: offsets, prefix, entry.
	code, out, _ = run("قال بالكاظمي ولماكجورك", "match", "-g", g)
	want := fmt.Sprintf("7-23\tبالكاظمي\tب+الكاظمي → al-Kadhimi\t(%s:2)\n24-42\tولماكجورك\tول+ماكغورك → McGurk\t(%s:3)\n", g, g)
	if code != 0 || out != want {
		t.Errorf("match: %d\n%q\nwant\n%q", code, out, want)
	}
	code, out, _ = run("بالكاظمي", "match", "-g", g, "-f", "jsonl", "-")
	if code != 0 || !strings.Contains(out, `"prefix":"ب"`) || !strings.Contains(out, `"target":"al-Kadhimi"`) {
		t.Errorf("match jsonl: %d %s", code, out)
	}

	// lint: clean, then with a conflict (exit 1).
	if code, out, _ := run("", "lint", "-g", g); code != 0 || out != "" {
		t.Errorf("lint clean: %d %q", code, out)
	}
	bad := filepath.Join(dir, "bad.tsv")
	os.WriteFile(bad, []byte("ar\ten\nبايدن\tBiden\nبایدن\tBaiden\n"), 0o644)
	if code, out, _ := run("", "lint", "-g", bad); code != 1 || !strings.Contains(out, bad+":3: conflict") {
		t.Errorf("lint conflict: %d %q", code, out)
	}

	// A malformed glossary is a usage error naming file:line.
	broken := filepath.Join(dir, "broken.tsv")
	os.WriteFile(broken, []byte("ar\ten\nبايدن\n"), 0o644)
	for _, cmd := range []string{"list", "lint", "export", "match"} {
		if code, _, errOut := run("", cmd, "-g", broken); code != 2 || !strings.Contains(errOut, broken+":2:") {
			t.Errorf("%s on malformed glossary: %d %s", cmd, code, errOut)
		}
	}
	// As for translate, a glossary that is not there is a usage error.
	if code, _, errOut := run("", "list", "-g", filepath.Join(dir, "none.tsv")); code != exitUsage || !strings.Contains(errOut, "does not exist") {
		t.Errorf("missing glossary: %d %s", code, errOut)
	}

	// remove: a variant, then an entry.
	if code, _, errOut := run("", "remove", "-g", g, "ماكغرك"); code != 0 || !strings.Contains(errOut, "spelling") {
		t.Errorf("remove variant: %d %s", code, errOut)
	}
	if code, _, errOut := run("", "remove", "-g", g, "الكاظمى"); code != 0 || !strings.Contains(errOut, "removed الكاظمي") {
		t.Errorf("remove: %d %s", code, errOut)
	}
	if code, _, _ := run("", "remove", "-g", g, "الكاظمي"); code != 1 {
		t.Errorf("remove absent: %d", code)
	}
	data, _ := os.ReadFile(g)
	if string(data) != "ar\ten\tnote\tvariants\tcase\nماكغورك\tMcGurk\tUS envoy\tماكجورك\tignore\n" {
		t.Errorf("file after edits:\n%s", data)
	}
}

func TestGlossaryImportExport(t *testing.T) {
	dir := t.TempDir()
	g := filepath.Join(dir, "g.tsv")
	os.WriteFile(g, []byte("# mine\nar\ten\nبايدن\tBiden\nالكاظمي\tal-Kadhimi\n"), 0o644)
	csvFile := filepath.Join(dir, "google.csv")
	os.WriteFile(csvFile, []byte("en,ar,description\nBiden,بايدن,US president\nKadhimi,الكاظمي,\nMcGurk,ماكغورك,\nMcGurk,ماكجورك,\n"), 0o644)
	code, _, errOut := runCLI(t, "", "glossary", "import", csvFile, "-g", g)
	if code != 3 || !strings.Contains(errOut, `conflict: الكاظمي → "al-Kadhimi" kept`) || !strings.Contains(errOut, "1 added, 1 updated, 0 unchanged, 0 replaced, 1 conflicts") {
		t.Errorf("import: %d %s", code, errOut)
	}
	// One sentence that counts right, not "1 conflicting entries …: finished with some inputs skipped or failed".
	if !strings.Contains(errOut, "tarjama: glossary import: 1 conflicting entry was left as it was (--replace takes the file's target)\n") ||
		strings.Contains(errOut, "finished with") {
		t.Errorf("import conflict message: %s", errOut)
	}
	data, _ := os.ReadFile(g)
	if want := "# mine\nar\ten\tnote\tvariants\nبايدن\tBiden\tUS president\nالكاظمي\tal-Kadhimi\nماكغورك\tMcGurk\t\tماكجورك\n"; string(data) != want {
		t.Errorf("after import:\n%s\nwant:\n%s", data, want)
	}
	if code, _, errOut := runCLI(t, "", "glossary", "import", "--replace", csvFile, "-g", g); code != 0 || !strings.Contains(errOut, "replaced: الكاظمي") {
		t.Errorf("import --replace: %d %s", code, errOut)
	}
	// Export to each format and import into a fresh glossary: same terms.
	for _, f := range []string{"tsv", "csv", "tbx"} {
		code, out, errOut := runCLI(t, "", "glossary", "export", "-g", g, "--format", f)
		if code != 0 {
			t.Fatalf("export %s: %d %s", f, code, errOut)
		}
		fresh := filepath.Join(dir, "fresh-"+f+".tsv")
		if code, _, errOut := runCLI(t, out, "glossary", "import", "-", "--format", f, "-g", fresh); code != 0 {
			t.Fatalf("import %s: %d %s", f, code, errOut)
		}
		a, _ := glossary.Load(g)
		b, _ := glossary.Load(fresh)
		if a.Version() != b.Version() {
			t.Errorf("%s round trip changed the terms:\n%+v\n%+v", f, a.Entries, b.Entries)
		}
	}
	code, out, _ := runCLI(t, "", "glossary", "export", "-g", g, "--format", "csv", "--unidirectional")
	if code != 0 || !strings.HasPrefix(out, "بايدن,Biden\n") {
		t.Errorf("unidirectional export: %d %q", code, out)
	}
	if code, _, _ := runCLI(t, "", "glossary", "export", "-g", g, "--unidirectional"); code != 2 {
		t.Errorf("--unidirectional with tsv: %d", code)
	}
	broken := filepath.Join(dir, "broken.csv")
	os.WriteFile(broken, []byte("ar,en\n\"unterminated,x\n"), 0o644)
	if code, _, errOut := runCLI(t, "", "glossary", "import", broken, "-g", g); code != 2 || !strings.Contains(errOut, broken+":") {
		t.Errorf("malformed import: %d %s", code, errOut)
	}
}

func TestGlossaryCheck(t *testing.T) {
	dir := t.TempDir()
	g := filepath.Join(dir, "g.tsv")
	os.WriteFile(g, []byte("ar\ten\nالكاظمي\tal-Kadhimi\nماكغورك\tMcGurk\n"), 0o644)
	path := filepath.Join(dir, "corpus.jsonl")
	f, _ := os.Create(path)
	w := corpus.NewJSONLWriter(f)
	for i, p := range [][2]string{
		{"التقى بالكاظمي", "He met al-Kadhimi."},
		{"وناقش الكاظمي وماكغورك القضية", "Kadhimi and McGurk discussed the issue."},
		{"لا شيء هنا", "Nothing here."},
	} {
		w.Write(corpus.Pair{ID: fmt.Sprintf("a.txt#%d", i+1), Doc: "a.txt", SrcLang: "ar", TgtLang: "en", Src: p[0], Tgt: p[1]})
	}
	w.Close()
	f.Close()
	code, out, errOut := runCLI(t, "", "glossary", "check", "-g", g, path)
	if code != 1 || !strings.HasPrefix(out, "a.txt#2\tmissing: الكاظمي → al-Kadhimi\n") || strings.Contains(out, "a.txt#1") {
		t.Errorf("check: %d\n%s", code, out)
	}
	if !strings.Contains(errOut, "3 pairs, 2 with glossary terms (3 occurrences), 1 missing") {
		t.Errorf("check summary: %s", errOut)
	}
	// The output folder of translate works too, and a clean corpus exits 0.
	os.WriteFile(g, []byte("ar\ten\nماكغورك\tMcGurk\n"), 0o644)
	if code, out, _ := runCLI(t, "", "glossary", "check", "-g", g, dir); code != 0 || out != "" {
		t.Errorf("clean check: %d %s", code, out)
	}
	// Exit 1 means "terms missing"; a check that could not run is exit 2.
	if code, _, _ := runCLI(t, "", "glossary", "check", "-g", g, filepath.Join(dir, "nope.jsonl")); code != exitUsage {
		t.Errorf("missing corpus: exit %d, want 2", code)
	}
	os.WriteFile(filepath.Join(dir, "junk.jsonl"), []byte("garbage\n"), 0o644)
	if code, _, _ := runCLI(t, "", "glossary", "check", "-g", g, filepath.Join(dir, "junk.jsonl")); code != exitUsage {
		t.Errorf("malformed corpus: exit %d, want 2", code)
	}
	if code, _, _ := runCLI(t, "", "glossary", "check", "-g", filepath.Join(dir, "none.tsv"), dir); code != exitUsage {
		t.Errorf("missing glossary: exit %d, want 2", code)
	}
}

func TestGlossaryCheckTMX(t *testing.T) {
	dir := t.TempDir()
	g := filepath.Join(dir, "g.tsv")
	os.WriteFile(g, []byte("ar\ten\nعين الأسد\tAin al-Asad\n"), 0o644)
	path := filepath.Join(dir, "corpus.tmx")
	f, _ := os.Create(path)
	w := corpus.NewTMXWriter(f, corpus.TMXHeader{})
	w.Write(corpus.Pair{ID: "d#1", Doc: "d", SrcLang: "ar", TgtLang: "en", Src: "قاعدة عين الأسد", Tgt: "Ain al-Asad base"})
	w.Write(corpus.Pair{ID: "d#2", Doc: "d", SrcLang: "ar", TgtLang: "en", Src: "وعين الاسد", Tgt: "and Ein Al Assad"})
	w.Close()
	f.Close()
	code, out, _ := runCLI(t, "", "glossary", "check", "-g", g, path)
	if code != 1 || !strings.Contains(out, "missing: وعين الاسد → Ain al-Asad") || strings.Contains(out, "قاعدة") {
		t.Errorf("check tmx: %d\n%s", code, out)
	}
}

// TestGlossaryConcurrentAdds runs many `glossary add`s at once; the lock
// makes every one of them land.
func TestGlossaryConcurrentAdds(t *testing.T) {
	g := filepath.Join(t.TempDir(), "g.tsv")
	const n = 20
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			opts := glossaryAddOptions{Path: g, Source: fmt.Sprintf("اسم%d", i), Target: fmt.Sprintf("Name%d", i)}
			errs[i] = runGlossaryAdd(context.Background(), opts, nil, os.Stdout, &strings.Builder{})
		}(i)
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	gl, err := glossary.Load(g)
	if err != nil || len(gl.Entries) != n {
		t.Fatalf("%d entries after %d concurrent adds (%v)", len(gl.Entries), n, err)
	}
}

// match reads a Windows-1256 article as translate does, instead of
// finding nothing in its raw bytes.
func TestGlossaryMatchDecodesLikeTranslate(t *testing.T) {
	dir := t.TempDir()
	g := filepath.Join(dir, "g.tsv")
	os.WriteFile(g, []byte("ar\ten\nالكاظمي\tal-Kadhimi\n"), 0o644)
	raw, _ := charmap.Windows1256.NewEncoder().String("قال الكاظمي.\n")
	in := filepath.Join(dir, "a.txt")
	os.WriteFile(in, []byte(raw), 0o644)
	code, out, stderr := runCLI(t, "", "glossary", "match", "-g", g, in)
	if code != exitOK || !strings.Contains(out, "al-Kadhimi") || !strings.Contains(stderr, "windows-1256") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, stderr)
	}
}
