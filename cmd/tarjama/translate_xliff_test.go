package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// translate --format xliff writes one XLIFF file per document under
// xliff/ (2.1, or 1.2 with --xliff-version 1.2) that translate-toolkit
// reads unit by unit with source and target intact, and that convert reads
// back into the pairs of corpus.jsonl.
func TestTranslateXLIFFPerDocument(t *testing.T) {
	for _, version := range []string{"2.1", "1.2"} {
		t.Run(version, func(t *testing.T) {
			out := translateSample(t, "--format", "jsonl,xliff", "--xliff-version", version, "--quiet")
			xlf := filepath.Join(out, "xliff", "biden-kadhimi.txt.xlf")
			b, err := os.ReadFile(xlf)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(b, []byte(`version="`+version+`"`)) {
				t.Errorf("%s is not XLIFF %s:\n%.300s", xlf, version, b)
			}
			var rep struct{ Outputs []string }
			if rb, err := os.ReadFile(filepath.Join(out, "report.json")); err != nil || json.Unmarshal(rb, &rep) != nil ||
				strings.Join(rep.Outputs, " ") != "corpus.jsonl xliff/" {
				t.Errorf("report.json outputs %v (%v), want corpus.jsonl xliff/", rep.Outputs, err)
			}
			want := jsonlPairs(t, filepath.Join(out, "corpus.jsonl"))

			// convert reads the file back.
			back := filepath.Join(t.TempDir(), "back.jsonl")
			if code, _, stderr := runCLI(t, "", "convert", xlf, back, "--quiet"); code != 0 {
				t.Fatalf("convert: exit %d: %s", code, stderr)
			}
			if got := jsonlPairs(t, back); strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("convert read back %d pairs that differ from corpus.jsonl's %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
			}

			// translate-toolkit reads every unit.
			const py = "/usr/bin/python3"
			if err := exec.Command(py, "-c", "import translate.storage.xliff").Run(); err != nil {
				t.Skip("translate-toolkit not installed (Debian translate-toolkit): third-party read-back skipped")
			}
			cmd := exec.Command(py, filepath.Join("..", "..", "corpus", "testdata", "ttk_read_xliff.py"), xlf)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			ttk, err := cmd.Output()
			if err != nil {
				t.Fatalf("python: %v\n%s", err, stderr.String())
			}
			var got []string
			sc := bufio.NewScanner(bytes.NewReader(ttk))
			sc.Buffer(nil, 1<<24)
			for sc.Scan() {
				var u struct{ Src, Tgt, State string }
				if err := json.Unmarshal(sc.Bytes(), &u); err != nil {
					t.Fatal(err)
				}
				if u.State != "translated" {
					t.Errorf("unit state %q, want translated", u.State)
				}
				got = append(got, u.Src+"\t"+u.Tgt)
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("translate-toolkit read %d units, corpus.jsonl has %d pairs:\n%s", len(got), len(want), strings.Join(got, "\n"))
			}
		})
	}
}

// jsonlPairs reads a JSONL corpus as "source<TAB>target" lines.
func jsonlPairs(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var p struct{ Translation map[string]string }
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			t.Fatal(err)
		}
		out = append(out, p.Translation["ar"]+"\t"+p.Translation["en"])
	}
	return out
}

// A dry run writes nothing into --out: no folder, report.json or lock
// (issue 17 item 6).
func TestTranslateDryRunWritesNothing(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := runCLI(t, "", "translate", "../../samples/articles", "--out", out, "--dry-run", "--no-cache", "--quiet")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(out); err == nil {
		entries, _ := os.ReadDir(out)
		t.Errorf("a dry run created %s holding %d entries", out, len(entries))
	}
	// Nor does its summary point at a folder it did not make.
	_, _, stderr = runCLI(t, "", "translate", "../../samples/articles", "--out", out, "--dry-run", "--no-cache")
	if !strings.Contains(stderr, "dry-run: 1 documents") || !strings.Contains(stderr, "(nothing written)") || strings.Contains(stderr, "→ "+out) {
		t.Errorf("dry-run summary:\n%s", stderr)
	}
}
