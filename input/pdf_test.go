package input

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The repair rules of data/pdf_arabic.json, one numbered case at least each.
func TestPDFRepairCases(t *testing.T) {
	data, err := os.ReadFile("testdata/pdf_repair.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		N                 int
		Rule, Input, Want string
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	pinned := map[string]bool{}
	for _, c := range cases {
		pinned[c.Rule] = true
		t.Run(fmt.Sprintf("%02d-%s", c.N, c.Rule), func(t *testing.T) {
			got, _ := PDFText(c.Input)
			if got = strings.TrimSuffix(got, "\n"); got != c.Want {
				t.Errorf("case %d: PDFText(%q) = %q, want %q", c.N, c.Input, got, c.Want)
			}
		})
	}
	for _, r := range pdfRules {
		if !pinned[r.Name] {
			t.Errorf("rule %s has no case in testdata/pdf_repair.json", r.Name)
		}
	}
}

const arabicPage = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<style>body{font-family:"Noto Naskh Arabic",serif;font-size:16px}</style></head><body>
<h1>الرئيس الأمريكي يستقبل رئيس الوزراء</h1>
<p>قال البيت الأبيض في بيان يوم الجمعة إن الاجتماع سيسلط الضوء على الشراكة الاستراتيجية بين الولايات المتحدة والعراق، وإن الإدارة لا تزال ملتزمة بالاتفاق.</p>
<p>وأضاف أن الوفد سيزور بغداد في 26 يوليو لمناقشة الانسحاب.</p>
<p>سجل الاقتصاد نموا بنسبة 3.5% في عام 2020 (وفق تقرير IMF).</p>
</body></html>`

// words returns the whitespace-separated words of the visible text.
func words(s string) []string { return strings.Fields(s) }

// A real PDF: chromium prints an Arabic page (Noto Naskh Arabic); the text
// read back is the page's, word for word.
func TestPDFFromChromium(t *testing.T) {
	tool(t, "pdftotext", "poppler-utils")
	if _, err := os.Stat("/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf"); err != nil {
		t.Skip("fonts-noto-core not installed (bash scripts/test.sh installs it)")
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	write(t, page, []byte(arabicPage))
	pdf := filepath.Join(dir, "page.pdf")
	chromePDF(t, page, pdf)
	r := NewReader(Options{})
	docs, errs := readAll(t, r, pdf)
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("docs %d errs %v", len(docs), errs)
	}
	want, _ := ExtractHTML(strings.NewReader(arabicPage))
	if got := docs[0].Text.Text; strings.Join(words(got), " ") != strings.Join(words(want), " ") {
		t.Errorf("PDF text differs from the page:\n got %q\nwant %q", got, want)
	}
	if strings.ContainsFunc(docs[0].Text.Text, isBidiMark) {
		t.Errorf("bidi marks left: %q", docs[0].Text.Text)
	}
	if st := r.Stats()[FormatPDF]; st.Documents != 1 || st.BidiMarksFixed == 0 {
		t.Errorf("stats %+v", st)
	}
}

// Chromium's default print puts a running header (date, title) and footer
// (page number, URL) on every page: on three pages they are removed and
// the article's paragraphs are all that is left.
func TestPDFRunningHeadersFromChromium(t *testing.T) {
	tool(t, "pdftotext", "poppler-utils")
	if _, err := os.Stat("/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf"); err != nil {
		t.Skip("fonts-noto-core not installed (bash scripts/test.sh installs it)")
	}
	paras := []string{
		"قال الوزير في مؤتمر صحفي إن المحادثات مستمرة منذ أسبوعين.",
		"وأضاف أن الوفد سيزور بغداد الشهر المقبل لبحث ملف الطاقة.",
		"وتوقع خبراء أن يبقى السوق متقلبا حتى نهاية العام.",
	}
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>تقرير الأخبار</title>` +
		`<style>body{font-family:"Noto Naskh Arabic",serif}</style></head><body>`)
	for i, p := range paras {
		b.WriteString("<p>" + p + "</p>")
		if i < len(paras)-1 {
			b.WriteString(`<div style="break-after:page"></div>`)
		}
	}
	b.WriteString("</body></html>")
	dir := t.TempDir()
	page := filepath.Join(dir, "news.html")
	write(t, page, []byte(b.String()))
	pdf := filepath.Join(dir, "news.pdf")
	chromePDFWith(t, page, pdf) // chromium's header and footer on
	r := NewReader(Options{})
	docs, errs := readAll(t, r, pdf)
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("docs %d errs %v", len(docs), errs)
	}
	if got, want := docs[0].Text.Text, strings.Join(paras, "\n\n")+"\n"; got != want {
		t.Errorf("text:\n got %q\nwant %q", got, want)
	}
	if st := r.Stats()[FormatPDF]; st.RunningRemoved != 12 {
		t.Errorf("running lines removed %d, want 12 (title, date, page number, URL on 3 pages); stats %+v", st.RunningRemoved, st)
	}
}

// A scan: a page holding only an image has no text layer.
func TestPDFScanReported(t *testing.T) {
	tool(t, "pdftotext", "poppler-utils")
	dir := t.TempDir()
	// A 1-pixel PNG stretched over the page stands for the scanned image.
	png := "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg=="
	page := filepath.Join(dir, "scan.html")
	write(t, page, []byte(`<!doctype html><body style="margin:0"><img style="width:100%;height:1000px" src="data:image/png;base64,`+png+`"></body>`))
	pdf := filepath.Join(dir, "scan.pdf")
	chromePDF(t, page, pdf)
	r := NewReader(Options{})
	_, errs := readAll(t, r, pdf)
	if len(errs) != 1 || !errors.Is(errs[0], ErrNoTextLayer) || !strings.Contains(errs[0].Error(), pdf) {
		t.Fatalf("errs = %v, want ErrNoTextLayer naming the file", errs)
	}
	if st := r.Stats()[FormatPDF]; st.NoTextLayer != 1 || st.Failed != 1 {
		t.Errorf("stats %+v", st)
	}
}

func TestPDFEncryptedAndCorrupt(t *testing.T) {
	tool(t, "pdftotext", "poppler-utils")
	dir := t.TempDir()
	corrupt := filepath.Join(dir, "corrupt.pdf")
	write(t, corrupt, []byte("%PDF-1.4\n1 0 obj garbage\n"))
	if _, errs := readAll(t, NewReader(Options{}), corrupt); len(errs) != 1 || !errors.Is(errs[0], ErrCorrupt) || !strings.Contains(errs[0].Error(), corrupt) {
		t.Errorf("corrupt: %v", errs)
	}
	qpdf := tool(t, "qpdf", "qpdf")
	page := filepath.Join(dir, "p.html")
	write(t, page, []byte(arabicPage))
	plain := filepath.Join(dir, "plain.pdf")
	chromePDF(t, page, plain)
	enc := filepath.Join(dir, "encrypted.pdf")
	run(t, dir, qpdf, "--encrypt", "user-secret", "owner-secret", "256", "--", plain, enc)
	_, errs := readAll(t, NewReader(Options{}), enc)
	if len(errs) != 1 || !errors.Is(errs[0], ErrEncrypted) || !strings.Contains(errs[0].Error(), enc) {
		t.Errorf("encrypted: %v", errs)
	}
}

// A pdftotext that hangs is killed, with its children, after the timeout.
func TestPDFHangingToolKilled(t *testing.T) {
	dir := t.TempDir()
	pidFile := filepath.Join(dir, "pids")
	fake := filepath.Join(dir, "pdftotext")
	write(t, fake, []byte("#!/bin/sh\nsleep 600 &\necho $$ $! > "+pidFile+"\nwait\n"))
	os.Chmod(fake, 0o755)
	pdf := filepath.Join(dir, "x.pdf")
	write(t, pdf, []byte("%PDF-1.4\n"))
	start := time.Now()
	_, errs := readAll(t, NewReader(Options{PDFToText: fake, PDFTimeout: 300 * time.Millisecond}), pdf)
	if len(errs) != 1 || !errors.Is(errs[0], ErrTimeout) || !strings.Contains(errs[0].Error(), "killed") {
		t.Fatalf("errs = %v, want ErrTimeout", errs)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %s", d)
	}
	data, err := os.ReadFile(pidFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range strings.Fields(string(data)) {
		var pid int
		for _, c := range f {
			pid = pid*10 + int(c-'0')
		}
		if alive(pid) {
			t.Errorf("process %d still running after the timeout", pid)
		}
	}
}

// alive reports a running (not zombie) process.
func alive(pid int) bool {
	for range 50 {
		if syscall.Kill(pid, 0) != nil {
			return false
		}
		st, err := os.ReadFile("/proc/" + itoa(pid) + "/stat")
		if err != nil {
			return false
		}
		if f := strings.Fields(string(st)); len(f) > 2 && (f[2] == "Z" || f[2] == "X") {
			return false
		}
		time.Sleep(20 * time.Millisecond)
	}
	return true
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// Visual order and missing spaces are refused, not translated.
func TestPDFGarbledTextRefused(t *testing.T) {
	logical := "قالت الحكومة إن الاجتماع المقبل سيعقد في العاصمة لمناقشة الميزانية الجديدة والخطة الاقتصادية وسياسة الطاقة مع الولايات المتحدة الأمريكية"
	var rev []string
	for _, w := range strings.Fields(logical) {
		rs := []rune(w)
		for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
			rs[i], rs[j] = rs[j], rs[i]
		}
		rev = append([]string{string(rs)}, rev...)
	}
	_, st := PDFText(strings.Join(rev, " ") + "\n")
	if err := st.problem(); !errors.Is(err, ErrVisualOrder) {
		t.Errorf("reversed: %v (%+v)", err, st)
	}
	_, st = PDFText(logical + "\n")
	if err := st.problem(); err != nil {
		t.Errorf("logical text refused: %v", err)
	}
	_, st = PDFText(strings.Repeat(strings.ReplaceAll(logical, " ", "")+" ", 6))
	if err := st.problem(); !errors.Is(err, ErrNoSpaces) {
		t.Errorf("space-less: %v (%+v)", err, st)
	}
}
