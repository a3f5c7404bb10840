package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/tarjama/tarjama/corpus"
)

// Articles written for this test: two translated pairs under unrelated
// names and one article on each side without counterpart.
var alignDocsArticles = map[string]string{
	"ar/x1.txt":     "استقبل الرئيس الأمريكي جو بايدن رئيس الوزراء العراقي مصطفى الكاظمي في البيت الأبيض يوم 26 يوليو.\nوناقش الزعيمان انسحاب القوات الأمريكية من العراق.\nوقال البيت الأبيض إن الاجتماع سيعزز الشراكة بين البلدين.",
	"ar/sub/x2.txt": "أعلنت وزارة الصحة تسجيل 1500 إصابة جديدة بفيروس كورونا في البلاد.\nودعت الوزارة المواطنين إلى ارتداء الكمامات في الأماكن العامة.\nوبلغ عدد المتعافين 4200 شخص منذ بداية الشهر.",
	"ar/x3.txt":     "افتتح متحف جديد للفن الإسلامي في المدينة القديمة.\nويضم المتحف أكثر من ألف قطعة نادرة من المخطوطات والخزف.",
	"en/b.txt":      "The Ministry of Health announced 1500 new coronavirus infections in the country.\nThe ministry called on citizens to wear masks in public places.\nThe number of recoveries reached 4200 people since the beginning of the month.",
	"en/a.txt":      "US President Joe Biden received Iraqi Prime Minister Mustafa al-Kadhimi at the White House on July 26.\nThe two leaders discussed the withdrawal of US forces from Iraq.\nThe White House said the meeting would strengthen the partnership between the two countries.",
	"en/c.txt":      "The football season ended with a surprise victory for the smallest club in the league.\nFans celebrated in the streets until the morning.",
}

// writeArticles writes alignDocsArticles into a fresh folder.
func writeArticles(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range alignDocsArticles {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestAlignDocsCommand(t *testing.T) {
	dir := writeArticles(t)
	var out bytes.Buffer
	err := runAlignDocs(context.Background(), alignDocsOptions{SrcDir: filepath.Join(dir, "ar"), TgtDir: filepath.Join(dir, "en"), SrcLang: "ar", TgtLang: "en", MinScore: 0.07}, &out, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.Split(bytes.TrimSpace(out.Bytes()), []byte("\n"))
	if len(lines) != 2 || !bytes.HasPrefix(lines[0], []byte("sub/x2.txt\tb.txt\t")) || !bytes.HasPrefix(lines[1], []byte("x1.txt\ta.txt\t")) {
		t.Errorf("got\n%s", out.String())
	}
	err = runAlignDocs(context.Background(), alignDocsOptions{SrcDir: filepath.Join(dir, "missing"), TgtDir: dir, MinScore: 0.07}, &out, io.Discard)
	if exitCode(context.Background(), err) != exitUsage {
		t.Errorf("missing SRC_DIR: want a usage error, got %v", err)
	}
}

// --out sentence-aligns each pair found into a corpus: every pair's
// sentences are there under the source document's name, the orphans'
// are not, and the TMX passes the DTD.
func TestAlignDocsOut(t *testing.T) {
	dir := writeArticles(t)
	out := filepath.Join(dir, "out")
	var stdout, stderr bytes.Buffer
	o := alignDocsOptions{SrcDir: filepath.Join(dir, "ar"), TgtDir: filepath.Join(dir, "en"), SrcLang: "ar", TgtLang: "en", MinScore: 0.07, Out: out}
	if err := runAlignDocs(context.Background(), o, &stdout, &stderr); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	pairs := readPairs(t, filepath.Join(out, "corpus.jsonl"), corpus.OpenOptions{})
	docs := map[string]int{}
	for _, p := range pairs {
		docs[p.Doc]++
		if p.SrcLang != "ar" || p.TgtLang != "en" || !p.HasScore {
			t.Errorf("pair %+v", p)
		}
	}
	if len(docs) != 2 || docs["x1.txt"] != 3 || docs["sub/x2.txt"] != 3 {
		t.Errorf("pairs per document: %v", docs)
	}
	if tmx := readPairs(t, filepath.Join(out, "corpus.tmx"), corpus.OpenOptions{}); len(tmx) != len(pairs) {
		t.Errorf("corpus.tmx has %d pairs, corpus.jsonl %d", len(tmx), len(pairs))
	}
	xmllintValid(t, filepath.Join(out, "corpus.tmx"))
	for _, name := range []string{"report.json", "report.html", "docs/x1.txt.en.txt", "docs/sub/x2.txt.en.txt"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("--out: %v", err)
		}
	}
	data, err := os.ReadFile(filepath.Join(out, "align-docs.json"))
	if err != nil || !bytes.Contains(data, []byte(`"src": "sub/x2.txt"`)) {
		t.Errorf("align-docs.json: %s %v", data, err)
	}
}
