package input

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// tool returns the path of a program the test needs, or skips naming the
// Debian package (scripts/test.sh installs them all).
func tool(t *testing.T, name, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s not installed: apt-get install %s (bash scripts/test.sh does)", name, pkg)
	}
	return p
}

// run runs a program in dir and fails the test with its output on error.
func run(t *testing.T, dir string, prog string, args ...string) {
	t.Helper()
	cmd := exec.Command(prog, args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s %v: %v\n%s", prog, args, err, out)
	}
}

// readAll collects every document and error of one file.
func readAll(t *testing.T, r *Reader, path string) ([]Document, []error) {
	t.Helper()
	var docs []Document
	var errs []error
	for d, err := range r.Documents(context.Background(), Doc{Name: filepath.Base(path), Path: path}) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, d)
	}
	return docs, errs
}

// chromePDF prints an HTML file to PDF with headless chromium.
func chromePDF(t *testing.T, htmlPath, pdfPath string) {
	t.Helper()
	chromePDFWith(t, htmlPath, pdfPath, "--no-pdf-header-footer")
}

// chromePDFWith is chromePDF with chromium flags of its own.
func chromePDFWith(t *testing.T, htmlPath, pdfPath string, flags ...string) {
	t.Helper()
	chrome := ""
	for _, n := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(n); err == nil {
			chrome = p
			break
		}
	}
	if chrome == "" {
		t.Skip("chromium not installed: apt-get install chromium (bash scripts/test.sh does)")
	}
	home := t.TempDir()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu"}, flags...)
	cmd := exec.Command(chrome, append(args, "--user-data-dir="+home, "--print-to-pdf="+pdfPath, "file://"+htmlPath)...)
	cmd.Env = append(os.Environ(), "HOME="+home)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
	if _, err := os.Stat(pdfPath); err != nil {
		t.Fatalf("chromium wrote no PDF: %v", err)
	}
}

func execIn(dir, prog string, args ...string) *exec.Cmd {
	cmd := exec.Command(prog, args...)
	cmd.Dir = dir
	return cmd
}
