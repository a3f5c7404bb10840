package report

import (
	"bytes"
	"context"
	"html"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/tarjama/tarjama/internal/golden"
)

// chromium returns the path of a headless-capable Chromium, or skips.
func chromium(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test skipped under -short")
	}
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("chromium not installed (apt-get install chromium); browser test skipped")
	return ""
}

// browse loads a file in headless Chromium and returns the DOM after its
// scripts ran; with shot set it writes a screenshot there instead.
func browse(t *testing.T, bin, file, fragment, shot string) string {
	t.Helper()
	u := (&url.URL{Scheme: "file", Path: file, Fragment: fragment}).String()
	args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
		"--user-data-dir=" + t.TempDir(), "--enable-logging=stderr", "--v=0"}
	if shot != "" {
		args = append(args, "--window-size=1300,1000", "--screenshot="+shot)
	} else {
		args = append(args, "--dump-dom")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	var out, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, append(args, u)...)
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %s: %v\n%s", u, err, stderr.String())
	}
	if msgs := consoleMessages(stderr.String()); len(msgs) > 0 {
		t.Errorf("%s: the page wrote to the console:\n%s", filepath.Base(file), strings.Join(msgs, "\n"))
	}
	return out.String()
}

// consoleMessages picks the page's console output (console.log/error and
// uncaught exceptions) out of Chromium's log on stderr.
func consoleMessages(log string) []string {
	var out []string
	for _, line := range strings.Split(log, "\n") {
		if strings.Contains(line, ":CONSOLE") {
			out = append(out, line)
		}
	}
	return out
}

// The console check finds an uncaught exception: without it a broken
// script would pass the browser tests unnoticed.
func TestConsoleMessagesFindsErrors(t *testing.T) {
	bin := chromium(t)
	page := filepath.Join(t.TempDir(), "bad.html")
	if err := os.WriteFile(page, []byte(`<html><body><script>null.x;</script></body></html>`), 0o644); err != nil {
		t.Fatal(err)
	}
	u := (&url.URL{Scheme: "file", Path: page}).String()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir="+t.TempDir(),
		"--enable-logging=stderr", "--v=0", "--dump-dom", u)
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.String())
	}
	msgs := consoleMessages(stderr.String())
	if len(msgs) == 0 || !strings.Contains(strings.Join(msgs, "\n"), "Uncaught TypeError") {
		t.Errorf("console messages %q, want the uncaught TypeError", msgs)
	}
}

var (
	rowRe    = regexp.MustCompile(`<tr data-status="[^"]*"( style="[^"]*")?>`)
	pairRe   = regexp.MustCompile(`(?s)<tr class="pair"[^>]*>.*?</tr>`)
	srcRe    = regexp.MustCompile(`<td class="src" dir="rtl" lang="ar">`)
	tagRe    = regexp.MustCompile(`<[^>]+>`)
	hiddenRe = regexp.MustCompile(`display:\s*none`)
)

// visibleRows counts the document table's rows the filter left shown.
func visibleRows(dom string) (shown, all int) {
	for _, m := range rowRe.FindAllStringSubmatch(dom, -1) {
		all++
		if !hiddenRe.MatchString(m[1]) {
			shown++
		}
	}
	return shown, all
}

// The sample run's report in a real browser: every pair is in the DOM, the
// Arabic cells are right-to-left, the script ran to its end.
func TestBrowserSampleRun(t *testing.T) {
	bin := chromium(t)
	dir := t.TempDir()
	for _, name := range []string{ReportJSON, CorpusJSONL} {
		b, err := os.ReadFile(filepath.Join("testdata", "sample", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := Write(context.Background(), dir); err != nil {
		t.Fatal(err)
	}
	recs := readRecords(t, filepath.Join(dir, CorpusJSONL))

	idx := browse(t, bin, filepath.Join(dir, IndexHTML), "", "")
	if !strings.Contains(idx, `data-ready="1"`) {
		t.Error("report.html: the script did not run to its end")
	}
	if shown, all := visibleRows(idx); shown != 1 || all != 1 {
		t.Errorf("report.html: %d of %d document rows shown, want 1 of 1", shown, all)
	}
	pages, _ := filepath.Glob(filepath.Join(dir, PagesDir, "*.html"))
	if len(pages) != 1 {
		t.Fatalf("pages %v, want one", pages)
	}
	dom := browse(t, bin, pages[0], "", "")
	rows := pairRe.FindAllString(dom, -1)
	if len(rows) != len(recs) {
		t.Fatalf("%d pair rows in the DOM, want %d", len(rows), len(recs))
	}
	for i, r := range recs {
		text := html.UnescapeString(tagRe.ReplaceAllString(rows[i], ""))
		for _, side := range []string{r.Translation["ar"], r.Translation["en"]} {
			if !strings.Contains(text, side) {
				t.Errorf("pair %s: %q not in its row", r.ID, side)
			}
		}
		if !srcRe.MatchString(rows[i]) {
			t.Errorf("pair %s: the Arabic cell is not dir=rtl lang=ar", r.ID)
		}
	}
	if golden.Updating() {
		for _, p := range []struct{ file, png string }{{filepath.Join(dir, IndexHTML), "screenshot-report.png"}, {pages[0], "screenshot-document.png"}} {
			browse(t, bin, p.file, "", filepath.Join(must(filepath.Abs("testdata")), p.png))
		}
	}
}

// The documents filter, driven by the address fragment, hides rows in the browser.
func TestBrowserFilter(t *testing.T) {
	bin := chromium(t)
	dir := t.TempDir()
	sample(3, 2).write(t, dir)
	if err := Write(context.Background(), dir); err != nil {
		t.Fatal(err)
	}
	idx := filepath.Join(dir, IndexHTML)
	for _, c := range []struct {
		fragment string
		shown    int
	}{
		{"", 4},
		{"status=failed", 1},
		{"status=ok", 3},
		{"q=مقال-1", 1},
		{"q=nothing-matches", 0},
	} {
		dom := browse(t, bin, idx, c.fragment, "")
		if !strings.Contains(dom, `data-ready="1"`) {
			t.Errorf("#%s: the script did not run to its end", c.fragment)
		}
		if shown, all := visibleRows(dom); shown != c.shown || all != 4 {
			t.Errorf("#%s: %d of %d rows shown, want %d of 4", c.fragment, shown, all, c.shown)
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
