package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/internal/evaldata"
	"github.com/tarjama/tarjama/internal/golden"
)

// translateSample runs the README's first command into a temporary folder.
func translateSample(t *testing.T, extra ...string) string {
	t.Helper()
	t.Setenv("SOURCE_DATE_EPOCH", "1785000000")
	out := filepath.Join(t.TempDir(), "out")
	args := append([]string{"translate", "../../samples/articles", "--glossary", "../../samples/glossary.tsv",
		"--out", out, "--no-cache", "--format", "tmx,jsonl,moses"}, extra...)
	code, _, stderr := runCLI(t, "", args...)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	return out
}

func TestTranslateSampleGolden(t *testing.T) {
	out := translateSample(t)
	for _, name := range []string{"corpus.jsonl", "corpus.tmx", "corpus.ar", "corpus.en", "docs/biden-kadhimi.txt.en.txt"} {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		golden.Check(t, filepath.Join("testdata", "sample", filepath.Base(name)+".golden"), got)
	}
}

func TestTranslateSampleContract(t *testing.T) {
	out := translateSample(t)
	// Every ماكغورك in the Arabic side has McGurk in its English pair, and
	// no Arabic letter is left on the English side.
	b, err := os.ReadFile(filepath.Join(out, "corpus.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var pairs, mcgurk int
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var p struct {
			ID          string            `json:"id"`
			Doc         string            `json:"doc"`
			Translation map[string]string `json:"translation"`
		}
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			t.Fatal(err)
		}
		pairs++
		ar, en := p.Translation["ar"], p.Translation["en"]
		if p.Doc != "biden-kadhimi.txt" || !strings.HasPrefix(p.ID, "biden-kadhimi.txt#") {
			t.Errorf("pair ids: %s %s", p.ID, p.Doc)
		}
		if strings.Contains(ar, "ماكغورك") {
			mcgurk++
			if !strings.Contains(en, "McGurk") {
				t.Errorf("%s: McGurk missing from %q", p.ID, en)
			}
		}
		for _, r := range en {
			if r >= 0x0600 && r <= 0x06FF {
				t.Errorf("%s: Arabic letter left in %q", p.ID, en)
				break
			}
		}
	}
	if pairs < 15 || mcgurk < 2 {
		t.Errorf("%d pairs, %d with ماكغورك", pairs, mcgurk)
	}
	// The translated document keeps the input's line structure.
	src, _ := os.ReadFile("../../samples/articles/biden-kadhimi.txt")
	doc, _ := os.ReadFile(filepath.Join(out, "docs", "biden-kadhimi.txt.en.txt"))
	if a, b := strings.Count(strings.TrimSuffix(string(src), "\n"), "\n")+1, strings.Count(string(doc), "\n"); a != b {
		t.Errorf("input has %d lines, translation %d", a, b)
	}
	var rep struct {
		Status   string
		Totals   struct{ Pairs, Sentences int }
		Glossary struct{ Hits, Missing int }
	}
	rb, _ := os.ReadFile(filepath.Join(out, "report.json"))
	if err := json.Unmarshal(rb, &rep); err != nil || rep.Status != "complete" || rep.Totals.Pairs != pairs || rep.Glossary.Missing != 0 || rep.Glossary.Hits < 10 {
		t.Errorf("report: %+v, err %v", rep, err)
	}
	// Moses files are line-aligned with the pairs.
	for _, f := range []string{"corpus.ar", "corpus.en"} {
		m, _ := os.ReadFile(filepath.Join(out, f))
		if n := strings.Count(string(m), "\n"); n != pairs {
			t.Errorf("%s has %d lines, want %d", f, n, pairs)
		}
	}
}

func TestTranslateTMXValidatesAgainstDTD(t *testing.T) {
	dtd := evaldata.Path(t, "tmx/tmx14.dtd")
	if _, err := exec.LookPath("xmllint"); err != nil {
		t.Skip("xmllint not installed (Debian libxml2-utils; scripts/test.sh installs it)")
	}
	out := translateSample(t)
	cmd := exec.Command("xmllint", "--noout", "--dtdvalid", dtd, filepath.Join(out, "corpus.tmx"))
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("xmllint: %v\n%s", err, b)
	}
}

func TestTranslateExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good")
	os.MkdirAll(good, 0o755)
	os.WriteFile(filepath.Join(good, "a.txt"), []byte("قال الوزير.\n"), 0o644)
	mixed := filepath.Join(dir, "mixed")
	os.MkdirAll(mixed, 0o755)
	os.WriteFile(filepath.Join(mixed, "a.txt"), []byte("قال الوزير.\n"), 0o644)
	os.WriteFile(filepath.Join(mixed, "b.txt"), []byte("\x00\x01binary"), 0o644)
	badGloss := filepath.Join(dir, "bad.tsv")
	os.WriteFile(badGloss, []byte("ar\ten\nالكاظمي\tal-Kadhimi\nonly-one-column\n"), 0o644)
	blocker := filepath.Join(dir, "blocker")
	os.WriteFile(blocker, []byte("x"), 0o644)
	out := func() string { return filepath.Join(t.TempDir(), "out") }

	cases := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"ok", []string{"translate", good, "--out", out(), "--no-cache"}, 0, ""},
		{"partial", []string{"translate", mixed, "--out", out(), "--no-cache"}, 3, "report.json"},
		{"no input", []string{"translate"}, 2, "no INPUT"},
		{"missing input", []string{"translate", filepath.Join(dir, "nope"), "--no-cache"}, 2, "nope"},
		{"unknown backend", []string{"translate", good, "--backend", "babel", "--no-cache", "--out", out()}, 2, "lexicon"},
		{"malformed glossary", []string{"translate", good, "--glossary", badGloss, "--no-cache", "--out", out()}, 2, "bad.tsv:3"},
		{"bad flag", []string{"translate", good, "--frobnicate"}, 2, "frobnicate"},
		{"bad format", []string{"translate", good, "--format", "docx", "--no-cache"}, 2, "docx"},
		{"bad unit", []string{"translate", good, "--unit", "word", "--no-cache"}, 2, "word"},
		{"zero concurrency", []string{"translate", good, "--concurrency", "0", "--no-cache", "--out", out()}, 2, "--concurrency 0"},
		{"bad min-qe", []string{"translate", good, "--min-qe", "2", "--no-cache", "--out", out()}, 2, "--min-qe"},
		{"unwritable out", []string{"translate", good, "--out", filepath.Join(blocker, "out"), "--no-cache"}, 1, "output folder"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", c.args...)
			if code != c.code || !strings.Contains(stderr, c.msg) {
				t.Errorf("exit %d, want %d; stderr %q should contain %q", code, c.code, stderr, c.msg)
			}
		})
	}
}

func TestTranslateStdin(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := runCLI(t, "وناقش الكاظمي القضية في بغداد.\n", "translate", "-", "--out", out, "--no-cache", "--quiet")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	doc, err := os.ReadFile(filepath.Join(out, "docs", "stdin.txt.en.txt"))
	if err != nil || !strings.Contains(string(doc), "Baghdad") {
		t.Errorf("stdin translation %q, %v", doc, err)
	}
	if stderr != "" {
		t.Errorf("--quiet printed %q", stderr)
	}
}

func TestTranslateTrainingSplit(t *testing.T) {
	out := translateSample(t, "--split", "0.8,0.1,0.1", "--dedup", "exact", "--quiet")
	for _, f := range []string{"train.jsonl", "train.tmx", "corpus.jsonl", "export-report.json", "report.json"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("%s not written: %v", f, err)
		}
	}
	train, _ := os.ReadFile(filepath.Join(out, "train.jsonl"))
	all, _ := os.ReadFile(filepath.Join(out, "corpus.jsonl"))
	// One document: it goes to one side whole.
	if len(train) == 0 || strings.Count(string(train), "\n") > strings.Count(string(all), "\n") {
		t.Errorf("train.jsonl has %d lines, corpus %d", strings.Count(string(train), "\n"), strings.Count(string(all), "\n"))
	}
}

// In paragraph mode whole paragraphs go to the backend and the sentences
// of the translation are aligned back: every source sentence appears in
// exactly one pair, in order, and aligned groups carry their score (a
// one-sentence paragraph is 1-1 by construction).
func TestTranslateParagraphUnit(t *testing.T) {
	sent := translateSample(t, "--quiet")
	para := translateSample(t, "--unit", "paragraph", "--quiet")
	load := func(out string) (srcs []string, aligns []string, unscoredGroups int) {
		b, _ := os.ReadFile(filepath.Join(out, "corpus.jsonl"))
		for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			var p struct {
				Translation map[string]string
				Align       string
				Score       *float64
			}
			json.Unmarshal([]byte(line), &p)
			srcs = append(srcs, p.Translation["ar"])
			aligns = append(aligns, p.Align)
			if p.Score == nil && p.Align != "1-1" {
				unscoredGroups++
			}
		}
		return
	}
	s1, _, _ := load(sent)
	s2, aligns, unscored := load(para)
	if strings.Join(s1, " ") != strings.Join(s2, " ") {
		t.Errorf("paragraph mode does not cover the source sentences exactly once, in order")
	}
	if unscored > 0 {
		t.Errorf("%d many-to-many pairs without a score", unscored)
	}
	t.Logf("sentence mode: %d pairs; paragraph mode: %d pairs, links %v", len(s1), len(s2), aligns)
}

func TestTranslateDryRunSendsNothing(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	code, stdout, stderr := runCLI(t, "", "translate", "../../samples/articles", "--out", out, "--backend", "google",
		"--google-api-key", "x", "--google-endpoint", "http://127.0.0.1:9/language/translate/", "--dry-run", "--no-cache")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// The estimate is a diagnostic: on stderr, with nothing on stdout.
	if !strings.Contains(stderr, "19 segments") || !strings.Contains(stderr, " characters") || !strings.Contains(stderr, "$") || stdout != "" {
		t.Errorf("estimate on stderr = %q, stdout = %q", stderr, stdout)
	}
	if _, err := os.Stat(filepath.Join(out, "corpus.jsonl")); err == nil {
		t.Error("a dry run wrote a corpus")
	}
}

func TestTranslateExplainsResume(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	args := []string{"translate", "../../samples/articles", "--out", out, "--no-cache"}
	runCLI(t, "", args...)
	_, _, stderr := runCLI(t, "", args...)
	if !strings.Contains(stderr, "unchanged: the inputs and settings are those of the last run") {
		t.Errorf("second run: %q", stderr)
	}
	// An output edited since: the run redoes the outputs, from the journal.
	os.WriteFile(filepath.Join(out, "corpus.jsonl"), []byte("edited\n"), 0o644)
	_, _, stderr = runCLI(t, "", args...)
	if !strings.Contains(stderr, "resumed: 1 documents") {
		t.Errorf("after editing corpus.jsonl: %q", stderr)
	}
	_, _, stderr = runCLI(t, "", append(args, "--glossary", "../../samples/glossary.tsv")...)
	if !strings.Contains(stderr, "settings changed") || !strings.Contains(stderr, "glossary") {
		t.Errorf("after adding a glossary: %q", stderr)
	}
	_, _, stderr = runCLI(t, "", append(args, "--glossary", "../../samples/glossary.tsv", "--fresh")...)
	if strings.Contains(stderr, "resumed") {
		t.Errorf("--fresh: %q", stderr)
	}
}

// A glossary giving one spelling two targets is translated with, but the
// user is told which lines conflict.
func TestTranslateWarnsOfGlossaryConflicts(t *testing.T) {
	dir := t.TempDir()
	g := filepath.Join(dir, "g.tsv")
	os.WriteFile(g, []byte("ar\ten\nفلان\tX\nفلان\tY\n"), 0o644)
	in := filepath.Join(dir, "a.txt")
	os.WriteFile(in, []byte("قال فلان.\n"), 0o644)
	code, _, stderr := runCLI(t, "", "translate", in, "--glossary", g, "--out", filepath.Join(dir, "out"), "--quiet", "--no-cache")
	if code != exitOK || !strings.Contains(stderr, "g.tsv:3: ") || !strings.Contains(stderr, "glossary lint") {
		t.Errorf("exit %d, stderr %q; want 0 and a warning naming g.tsv:3", code, stderr)
	}
	code, _, stderr = runCLI(t, "", "translate", in, "--glossary", "../../samples/glossary.tsv", "--out", filepath.Join(dir, "out2"), "--quiet", "--no-cache")
	if code != exitOK || stderr != "" {
		t.Errorf("sample glossary: exit %d, stderr %q; want 0 and silence", code, stderr)
	}
}

// `tarjama translate .` run twice in an article folder, with the default
// --out inside it, does not take its own output for input.
func TestTranslateSkipsItsOwnOutputFolder(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("قال الوزير.\n"), 0o644)
	out := filepath.Join(dir, "tarjama-out")
	for run := 1; run <= 2; run++ {
		code, _, stderr := runCLI(t, "", "translate", dir, "--out", out, "--quiet", "--no-cache")
		if code != exitOK {
			t.Fatalf("run %d: exit %d: %s", run, code, stderr)
		}
	}
	var rep struct{ Totals struct{ Documents int } }
	b, _ := os.ReadFile(filepath.Join(out, "report.json"))
	if err := json.Unmarshal(b, &rep); err != nil || rep.Totals.Documents != 1 {
		t.Errorf("second run read %d documents (err %v), want 1", rep.Totals.Documents, err)
	}
}

// --glossary-mode native with a backend that cannot apply a glossary is a
// usage error, not a run whose every term comes out missing.
func TestTranslateNativeGlossaryNeedsABackendThatHasOne(t *testing.T) {
	out := t.TempDir()
	code, _, stderr := runCLI(t, "", "translate", "../../samples/articles", "--glossary", "../../samples/glossary.tsv",
		"--glossary-mode", "native", "--out", out, "--quiet", "--no-cache")
	if code != exitUsage || !strings.Contains(stderr, "backend lexicon does not apply a glossary") {
		t.Errorf("exit %d, stderr %q; want 2 naming the backend", code, stderr)
	}
}

func TestSplitList(t *testing.T) {
	if got := strings.Join(splitList(" moses, tmx,,moses ,tmx"), "|"); got != "moses|tmx" {
		t.Errorf("splitList = %q, want moses|tmx", got)
	}
}

// The training files are a sink of the run, not a re-read of its corpus:
// they need neither corpus.jsonl nor corpus.tmx.
func TestTranslateTrainingWithoutJSONLOrTMX(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := runCLI(t, "", "translate", "../../samples/articles", "--format", "moses", "--split", "1,0,0", "--dedup", "exact", "--out", out, "--quiet", "--no-cache")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	all, _ := os.ReadFile(filepath.Join(out, "corpus.ar"))
	train, err := os.ReadFile(filepath.Join(out, "train.ar"))
	if err != nil || len(train) == 0 || strings.Count(string(train), "\n") > strings.Count(string(all), "\n") {
		t.Errorf("train.ar: %d lines (%v), corpus.ar %d", strings.Count(string(train), "\n"), err, strings.Count(string(all), "\n"))
	}
	for _, f := range []string{"corpus.jsonl", "corpus.tmx"} {
		if _, err := os.Stat(filepath.Join(out, f)); err == nil {
			t.Errorf("%s written without being asked for", f)
		}
	}
}

// The summary's counts are report.json's, and a file passed over while
// collecting has its own count beside the line that names it, so no count
// says 0 above a listed skip and none disagrees with report.json (issues
// 17.1 and 17.8).
func TestTranslateSummaryCountsCollectedSkips(t *testing.T) {
	in := filepath.Join(t.TempDir(), "in")
	os.MkdirAll(in, 0o755)
	os.WriteFile(filepath.Join(in, "a.txt"), []byte("قال الوزير.\n"), 0o644)
	os.WriteFile(filepath.Join(in, "b.txt"), []byte("\x00\x01binary"), 0o644)
	os.WriteFile(filepath.Join(in, "notes.xlsx"), []byte("PK\x03\x04"), 0o644)
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := runCLI(t, "", "translate", in, "--out", out, "--no-cache")
	if code != 3 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "partial: 2 documents (1 ok, 0 empty, 1 skipped, 0 failed) and 1 file skipped,") ||
		!strings.Contains(stderr, "skipped b.txt") || !strings.Contains(stderr, "notes.xlsx") {
		t.Errorf("summary:\n%s", stderr)
	}
	var rep struct {
		Totals struct {
			Documents    int `json:"documents"`
			Skipped      int `json:"skipped"`
			FilesSkipped int `json:"files_skipped"`
		} `json:"totals"`
		Skipped []struct{ Path string } `json:"skipped"`
	}
	data, err := os.ReadFile(filepath.Join(out, "report.json"))
	if err != nil || json.Unmarshal(data, &rep) != nil {
		t.Fatalf("report.json: %v", err)
	}
	if tt := rep.Totals; tt.Documents != 2 || tt.Skipped != 1 || tt.FilesSkipped != 1 || len(rep.Skipped) != 1 {
		t.Errorf("report.json totals %+v with %d skipped files, want 2 documents, 1 skipped, 1 file skipped", tt, len(rep.Skipped))
	}
}

// SOURCE_DATE_EPOCH fixes the dates written into outputs, not the measured
// time: wall_seconds and the summary's "in N.Ns" stay the real duration
// (issue 17.7).
func TestSourceDateEpochKeepsWallTime(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	t.Setenv("SOURCE_DATE_EPOCH", "1785000000")
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("جملة أولى. جملة ثانية.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	slow := `["sh","-c","while read l; do sleep 0.2; echo \"X$l\"; done"]`
	code, _, stderr := runCLI(t, "", "translate", filepath.Join(dir, "a.txt"), "--out", out, "--no-cache",
		"--backend", "command", "--command", slow)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	b, err := os.ReadFile(filepath.Join(out, "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Started     string  `json:"started"`
		WallSeconds float64 `json:"wall_seconds"`
	}
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Started != "2026-07-25T17:20:00Z" {
		t.Errorf("started = %q, want the SOURCE_DATE_EPOCH date", rep.Started)
	}
	if rep.WallSeconds < 0.3 {
		t.Errorf("wall_seconds = %v for two sentences at 0.2 s each, want the real time", rep.WallSeconds)
	}
	if strings.Contains(stderr, " in 0.0s") {
		t.Errorf("summary reports no time:\n%s", stderr)
	}
}

// --max-chars lets through the first documents in path order whatever
// --concurrency (issue 17.10), even when documents share sentences (a
// shared sentence is sent once, by the first document that needs it).
func TestMaxCharsFirstDocumentsInPathOrder(t *testing.T) {
	in := t.TempDir()
	for i := 1; i <= 24; i++ {
		text := fmt.Sprintf("جملة رقم %02d هنا. وجملة أخرى بعدها.\n", i)
		if err := os.WriteFile(filepath.Join(in, fmt.Sprintf("d%02d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// d01 sends 16+17 characters, every later one 16 (the shared
	// sentence is deduplicated): 150 characters let d01…d08 through.
	want := []string{"d01.txt", "d02.txt", "d03.txt", "d04.txt", "d05.txt", "d06.txt", "d07.txt", "d08.txt"}
	for _, conc := range []string{"1", "4", "16"} {
		for run := 0; run < 3; run++ {
			out := filepath.Join(t.TempDir(), "out")
			code, _, stderr := runCLI(t, "", "translate", in, "--out", out, "--no-cache", "--quiet",
				"--max-chars", "150", "--concurrency", conc)
			if code != exitPartial {
				t.Fatalf("--concurrency %s: exit %d, want 3\n%s", conc, code, stderr)
			}
			b, err := os.ReadFile(filepath.Join(out, "documents.jsonl"))
			if err != nil {
				t.Fatal(err)
			}
			var ok []string
			for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
				var d struct{ Doc, Status string }
				if err := json.Unmarshal([]byte(line), &d); err != nil {
					t.Fatal(err)
				}
				if d.Status == "ok" {
					ok = append(ok, d.Doc)
				}
			}
			if strings.Join(ok, " ") != strings.Join(want, " ") {
				t.Fatalf("--concurrency %s: translated %v, want %v", conc, ok, want)
			}
		}
	}
}
