package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
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

func TestAlignDocsCommand(t *testing.T) {
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
	var out bytes.Buffer
	err := runAlignDocs(context.Background(), alignDocsOptions{SrcDir: filepath.Join(dir, "ar"), TgtDir: filepath.Join(dir, "en"), SrcLang: "ar", TgtLang: "en", MinScore: 0.07}, &out)
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.Split(bytes.TrimSpace(out.Bytes()), []byte("\n"))
	if len(lines) != 2 || !bytes.HasPrefix(lines[0], []byte("sub/x2.txt\tb.txt\t")) || !bytes.HasPrefix(lines[1], []byte("x1.txt\ta.txt\t")) {
		t.Errorf("got\n%s", out.String())
	}
	err = runAlignDocs(context.Background(), alignDocsOptions{SrcDir: filepath.Join(dir, "missing"), TgtDir: dir, MinScore: 0.07}, &out)
	if exitCode(context.Background(), err) != exitUsage {
		t.Errorf("missing SRC_DIR: want a usage error, got %v", err)
	}
}
