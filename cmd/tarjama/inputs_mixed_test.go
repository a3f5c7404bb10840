package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The article every format below carries, so each reader's output can be
// checked against the same sentences.
const mixedArticle = `# وصول الوفد

وصل الوفد إلى بغداد صباح الجمعة. وقال الوزير إن الاجتماع كان ناجحا.
`

const mixedPage = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<style>body{font-family:"Noto Naskh Arabic",serif;font-size:16px}</style></head><body>
<h1>وصول الوفد</h1>
<p>وصل الوفد إلى بغداد صباح الجمعة. وقال الوزير إن الاجتماع كان ناجحا.</p>
</body></html>`

// mixedTool returns a program the mixed-folder test needs, or "" (and logs
// the Debian package that provides it) when it is not installed.
func mixedTool(t *testing.T, pkg string, names ...string) string {
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	t.Logf("%s not installed (apt-get install %s; bash scripts/test.sh does): that format is left out", names[0], pkg)
	return ""
}

func mixedRun(t *testing.T, dir, prog string, args ...string) {
	t.Helper()
	cmd := exec.Command(prog, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s %v: %v\n%s", prog, args, err, out)
	}
}

// mixedWARC is one response record holding the page, as a crawler writes it.
func mixedWARC() []byte {
	payload := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n%s", len(mixedPage), mixedPage)
	return []byte(fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"+
		"WARC-Date: 2026-11-28T12:00:00Z\r\nWARC-Target-URI: http://news.example/2026/visit.html\r\n"+
		"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(payload), payload))
}

// Issue 19, "done when": translate on a folder mixing every input format
// writes the same kind of outputs for each, and report.json says what each
// reader found. DOCX and EPUB come from pandoc, the PDF from chromium.
func TestTranslateMixedFormatsFolder(t *testing.T) {
	if testing.Short() {
		t.Skip("runs pandoc and chromium")
	}
	in := t.TempDir()
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(in, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a-article.txt", []byte(strings.TrimPrefix(mixedArticle, "# ")))
	write("b-page.html", []byte(mixedPage))
	write("c-crawl.warc", mixedWARC())
	want := map[string]string{"text": "a-article.txt", "html": "b-page.html", "warc": "c-crawl.warc/"}

	src := t.TempDir()
	if err := os.WriteFile(filepath.Join(src, "a.md"), []byte(mixedArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	if pandoc := mixedTool(t, "pandoc", "pandoc"); pandoc != "" {
		for _, f := range []string{"docx", "epub"} {
			mixedRun(t, src, pandoc, "-f", "markdown", "-t", f, "-o", filepath.Join(in, "d-article."+f), "a.md", "--metadata", "lang=ar", "--metadata", "title=وصول الوفد")
			want[f] = "d-article." + f
		}
	}
	chrome := mixedTool(t, "chromium", "chromium", "chromium-browser", "google-chrome")
	pdftotext := mixedTool(t, "poppler-utils", "pdftotext")
	if _, err := os.Stat("/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf"); chrome != "" && pdftotext != "" && err == nil {
		page := filepath.Join(src, "page.html")
		os.WriteFile(page, []byte(mixedPage), 0o644)
		mixedRun(t, src, chrome, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
			"--user-data-dir="+t.TempDir(), "--print-to-pdf="+filepath.Join(in, "e-page.pdf"), "file://"+page)
		want["pdf"] = "e-page.pdf"
	}

	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := runCLI(t, "", "translate", in, "--out", out, "--no-cache", "--format", "jsonl,tmx")
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var rep struct {
		Inputs map[string]struct {
			Files, Documents, Failed int
		} `json:"inputs"`
	}
	b, err := os.ReadFile(filepath.Join(out, "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	corpus, err := os.ReadFile(filepath.Join(out, "corpus.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	for format, doc := range want {
		st, ok := rep.Inputs[format]
		if !ok || st.Files != 1 || st.Documents != 1 || st.Failed != 0 {
			t.Errorf("report inputs[%s] = %+v (present %v), want one file, one document", format, st, ok)
		}
		// Every format's document reached the corpus with both sentences
		// and was translated (no Arabic letters on the English side).
		var pairs int
		for _, line := range strings.Split(strings.TrimSpace(string(corpus)), "\n") {
			var p struct {
				Doc         string
				Translation struct{ Ar, En string }
			}
			if json.Unmarshal([]byte(line), &p) != nil || !strings.HasPrefix(p.Doc, doc) {
				continue
			}
			pairs++
			if en := p.Translation.En; en == "" || strings.ContainsFunc(en, func(r rune) bool { return r >= 0x0600 && r <= 0x06FF }) {
				t.Errorf("%s: untranslated pair %q → %q", format, p.Translation.Ar, en)
			}
		}
		if pairs < 2 {
			t.Errorf("%s (%s): %d pairs in corpus.jsonl, want the article's sentences", format, doc, pairs)
		}
	}
	docs, _ := filepath.Glob(filepath.Join(out, "docs", "*"))
	if len(docs) < len(want) {
		t.Errorf("docs/ holds %d entries for %d formats: %v", len(docs), len(want), docs)
	}
}
