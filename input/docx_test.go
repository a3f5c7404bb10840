package input

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const pandocArticle = `# تقرير الاجتماع

قال الرئيس إن الاجتماع كان مثمرا[^1].

| المدينة | السكان |
|---|---|
| بغداد | ثمانية ملايين |
| البصرة | مليونان |

وأضاف أن **الوفد** سيعود *غدا* إلى بغداد.

[^1]: وفق بيان رسمي صدر يوم الجمعة.
`

// pandoc writes the DOCX: Arabic paragraphs, a table, a footnote.
func pandocFile(t *testing.T, format string, extra ...string) string {
	t.Helper()
	pandoc := tool(t, "pandoc", "pandoc")
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.md"), []byte(pandocArticle))
	out := "article." + format
	run(t, dir, pandoc, append([]string{"-f", "markdown", "-t", format, "-o", out, "a.md", "--metadata", "lang=ar", "--metadata", "dir=rtl"}, extra...)...)
	return filepath.Join(dir, out)
}

func TestDOCXFromPandoc(t *testing.T) {
	p := pandocFile(t, "docx")
	r := NewReader(Options{})
	docs, errs := readAll(t, r, p)
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("docs %d errs %v", len(docs), errs)
	}
	want := []string{
		"تقرير الاجتماع",
		"قال الرئيس إن الاجتماع كان مثمرا.", // the footnote mark is not text
		"المدينة", "السكان", "بغداد", "ثمانية ملايين", "البصرة", "مليونان",
		"وأضاف أن الوفد سيعود غدا إلى بغداد.", // runs (bold, italic) joined
		"وفق بيان رسمي صدر يوم الجمعة.",       // the footnote after the body
	}
	got := strings.Split(strings.TrimSuffix(docs[0].Text.Text, "\n"), "\n\n")
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs:\n got %q\nwant %q", got, want)
	}
	if docs[0].Format != FormatDOCX || r.Stats()[FormatDOCX].Footnotes != 1 || r.Stats()[FormatDOCX].Documents != 1 {
		t.Errorf("format %s stats %+v", docs[0].Format, r.Stats()[FormatDOCX])
	}
	// Read (the single-document API the pipeline calls) gives the same text.
	txt, err := Read(Doc{Name: "article.docx", Path: p}, nil)
	if err != nil || txt.Text != docs[0].Text.Text {
		t.Errorf("Read: %v %q", err, txt.Text)
	}
	// Sniffed, not trusted by extension: the same bytes named .txt.
	renamed := filepath.Join(t.TempDir(), "misnamed.txt")
	data, _ := os.ReadFile(p)
	write(t, renamed, data)
	if docs, _ := readAll(t, r, renamed); len(docs) != 1 || docs[0].Format != FormatDOCX {
		t.Errorf("misnamed DOCX not sniffed: %+v", docs)
	}
}

func TestEPUBFromPandoc(t *testing.T) {
	p := pandocFile(t, "epub", "--metadata", "title=اختبار")
	docs, errs := readAll(t, NewReader(Options{}), p)
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("docs %d errs %v", len(docs), errs)
	}
	text := docs[0].Text.Text
	for _, want := range []string{"تقرير الاجتماع", "قال الرئيس إن الاجتماع كان مثمرا", "ثمانية ملايين", "وأضاف أن الوفد سيعود غدا إلى بغداد.", "وفق بيان رسمي صدر يوم الجمعة."} {
		if !strings.Contains(text, want) {
			t.Errorf("EPUB text lacks %q:\n%s", want, text)
		}
	}
	// Spine order: the title page before the chapter.
	if i, j := strings.Index(text, "اختبار"), strings.Index(text, "تقرير الاجتماع"); i < 0 || j < i {
		t.Errorf("spine order lost (title at %d, chapter at %d):\n%s", i, j, text)
	}
}
