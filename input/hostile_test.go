package input

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// rezip copies a real archive (made by pandoc) and adds or replaces
// entries; add may stream a large entry.
func rezip(t *testing.T, src, dst string, replace map[string]func(io.Writer)) {
	t.Helper()
	zr, err := zip.OpenReader(src)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	f, err := os.Create(dst)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	done := map[string]bool{}
	for _, e := range zr.File {
		if fill, ok := replace[e.Name]; ok {
			w, _ := zw.CreateHeader(&zip.FileHeader{Name: e.Name, Method: zip.Deflate})
			fill(w)
			done[e.Name] = true
			continue
		}
		if err := zw.Copy(e); err != nil {
			t.Fatal(err)
		}
	}
	for name, fill := range replace {
		if !done[name] {
			w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate})
			if err != nil {
				t.Fatal(err)
			}
			fill(w)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
}

// zeros writes n zero bytes: they deflate about 1000 to 1.
func zeros(n int64) func(io.Writer) {
	return func(w io.Writer) {
		buf := make([]byte, 1<<20)
		for ; n > 0; n -= int64(len(buf)) {
			w.Write(buf[:min(n, int64(len(buf)))])
		}
	}
}

// A DOCX whose document.xml inflates to 200 MiB of zeros is refused as a
// zip bomb after at most the limit, in bounded time.
func TestZipBombDOCXAndEPUB(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 200 MiB zip bomb")
	}
	dir := t.TempDir()
	for _, c := range []struct{ format, entry string }{{"docx", "word/document.xml"}, {"epub", "EPUB/text/ch001.xhtml"}} {
		src := pandocFile(t, c.format)
		bomb := filepath.Join(dir, "bomb."+c.format)
		rezip(t, src, bomb, map[string]func(io.Writer){c.entry: zeros(200 << 20)})
		start := time.Now()
		_, errs := readAll(t, NewReader(Options{}), bomb)
		if len(errs) != 1 || !errors.Is(errs[0], ErrZipBomb) || !strings.Contains(errs[0].Error(), bomb) || !strings.Contains(errs[0].Error(), c.entry) {
			t.Errorf("%s: errs = %v, want ErrZipBomb naming file and entry", c.format, errs)
		}
		if d := time.Since(start); d > 20*time.Second {
			t.Errorf("%s: refusing the bomb took %s", c.format, d)
		}
	}
}

// The ratio bound: 8 MiB of zeros is under the size limit but inflates
// far past 200 times its compressed size.
func TestZipRatioBound(t *testing.T) {
	src := pandocFile(t, "docx")
	bomb := filepath.Join(t.TempDir(), "ratio.docx")
	rezip(t, src, bomb, map[string]func(io.Writer){"word/document.xml": zeros(8 << 20)})
	_, errs := readAll(t, NewReader(Options{}), bomb)
	if len(errs) != 1 || !errors.Is(errs[0], ErrZipBomb) || !strings.Contains(errs[0].Error(), "ratio 200") {
		t.Errorf("errs = %v, want ErrZipBomb by ratio", errs)
	}
}

// Entries named "../../x" or "/etc/x" are never looked up, and nothing is
// written anywhere: the document reads as before, with a note.
func TestZipUnsafeNamesIgnored(t *testing.T) {
	dir := t.TempDir()
	work := filepath.Join(dir, "a", "b")
	os.MkdirAll(work, 0o755)
	t.Chdir(work)
	src := pandocFile(t, "docx")
	evil := filepath.Join(work, "evil.docx")
	payload := func(w io.Writer) { io.WriteString(w, "pwned") }
	rezip(t, src, evil, map[string]func(io.Writer){"../../escaped.txt": payload, "/tmp/abs-escaped.txt": payload, "word/../../up.xml": payload})
	docs, errs := readAll(t, NewReader(Options{}), evil)
	if len(errs) != 0 || len(docs) != 1 || !strings.Contains(docs[0].Text.Text, "تقرير الاجتماع") {
		t.Fatalf("docs %v errs %v", docs, errs)
	}
	if note := strings.Join(docs[0].Notes, ";"); !strings.Contains(note, "3 zip entries with unsafe names ignored") {
		t.Errorf("notes %q", note)
	}
	for _, p := range []string{filepath.Join(dir, "escaped.txt"), "/tmp/abs-escaped.txt", filepath.Join(dir, "up.xml")} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s was written", p)
		}
	}
	// An EPUB whose spine points outside the archive is refused.
	epub := pandocFile(t, "epub")
	bad := filepath.Join(work, "escape.epub")
	rezip(t, epub, bad, map[string]func(io.Writer){"EPUB/content.opf": func(w io.Writer) {
		io.WriteString(w, `<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf"><manifest><item id="c" href="../../../etc/passwd" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="c"/></spine></package>`)
	}})
	_, errs = readAll(t, NewReader(Options{}), bad)
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "leaves the archive") {
		t.Errorf("errs = %v", errs)
	}
}

func TestZipCorrupt(t *testing.T) {
	src := pandocFile(t, "docx")
	data, _ := os.ReadFile(src)
	cut := filepath.Join(t.TempDir(), "cut.docx")
	write(t, cut, data[:len(data)/2])
	_, errs := readAll(t, NewReader(Options{}), cut)
	if len(errs) != 1 || !errors.Is(errs[0], ErrCorrupt) || !strings.Contains(errs[0].Error(), cut) {
		t.Errorf("errs = %v", errs)
	}
	// A zip that is neither: refused as unsupported.
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("hello.txt")
	io.WriteString(w, "hi")
	zw.Close()
	other := filepath.Join(t.TempDir(), "x.zip")
	write(t, other, buf.Bytes())
	if _, errs := readAll(t, NewReader(Options{}), other); len(errs) != 1 || !errors.Is(errs[0], ErrUnsupported) {
		t.Errorf("plain zip: %v", errs)
	}
}
