package input

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Arabic news pages with what surrounds articles on the web: navigation,
// an advertisement, related links, comments and a footer.
var sitePages = map[string]struct{ title, body string }{
	"/news/biden-kadhimi.html": {"بايدن يستقبل الكاظمي", `
<p>أعلن البيت الأبيض يوم الجمعة أن الرئيس الأمريكي سيستقبل رئيس الوزراء العراقي في السادس والعشرين من يوليو لبحث مستقبل الوجود العسكري الأمريكي في العراق.</p>
<p>وقالت المتحدثة باسم البيت الأبيض إن اللقاء سيسلط الضوء على الشراكة الاستراتيجية بين البلدين، وعلى التعاون في مجالات الطاقة والتعليم والصحة ومكافحة الإرهاب.</p>
<p>ويأتي الاجتماع وسط تزايد الهجمات على القواعد التي تستضيف قوات التحالف، ومطالبات بعض الكتل السياسية بانسحاب كامل للقوات الأجنبية من البلاد.</p>
<p>وأضاف البيان أن الجانبين سيناقشان أيضا ملف الانتخابات المبكرة المقررة في أكتوبر المقبل، ودعم الحكومة العراقية في إجراء انتخابات حرة ونزيهة.</p>`},
	"/news/oil-prices.html": {"أسعار النفط ترتفع", `
<p>ارتفعت أسعار النفط في تعاملات اليوم بعد أن أظهرت بيانات رسمية تراجع المخزونات الأمريكية للأسبوع الثالث على التوالي، مما عزز التوقعات بتعافي الطلب العالمي.</p>
<p>وقال محللون إن قرار تحالف أوبك بلس الإبقاء على تخفيضات الإنتاج حتى نهاية العام ساهم في دعم الأسعار، رغم المخاوف من تباطؤ النمو الاقتصادي في آسيا.</p>
<p>وتوقع خبراء أن يبقى السوق متقلبا خلال الأشهر المقبلة بسبب الغموض الذي يحيط بالمفاوضات النووية وبمستوى الصادرات من المنطقة.</p>`},
}

const boilerNav = "الرئيسية سياسة اقتصاد رياضة اتصل بنا"
const boilerAd = "اشترك الآن واحصل على خصم خمسين بالمئة"
const boilerComment = "تعليق رائع شكرا للكاتب"

func siteHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusNotFound)
			io.WriteString(w, "<html><body><p>الصفحة غير موجودة</p></body></html>")
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الأخبار</title></head><body><ul>`)
		for p := range sitePages {
			fmt.Fprintf(w, `<li><a href="%s">%s</a></li>`, p, sitePages[p].title)
		}
		fmt.Fprint(w, `<li><a href="/missing.html">مفقود</a></li><li><a href="/logo.png">شعار</a></li></ul></body></html>`)
	})
	for p, page := range sitePages {
		mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>%s | أخبار اليوم</title>
<link rel="stylesheet" href="/style.css"></head><body>
<header><nav class="menu"><a href="/">الرئيسية</a> <a href="/">سياسة</a> <a href="/">اقتصاد</a> <a href="/">رياضة</a> <a href="/">اتصل بنا</a></nav></header>
<div class="ad-banner sponsor"><p>%s</p></div>
<main><article><h1>%s</h1><p class="byline">بقلم المحرر</p>%s</article></main>
<aside class="related"><h3>أخبار ذات صلة</h3><ul><li><a href="/">خبر آخر</a></li></ul></aside>
<section id="comments" class="comments"><h3>التعليقات</h3><div class="comment"><p>%s</p></div></section>
<footer>جميع الحقوق محفوظة</footer></body></html>`, page.title, boilerAd, page.title, page.body, boilerComment)
		})
	}
	mux.HandleFunc("/style.css", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/css")
		io.WriteString(w, "body{direction:rtl}")
	})
	mux.HandleFunc("/logo.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	return mux
}

// crawl serves the site on loopback and crawls it with wget --warc-file;
// it returns the .warc.gz path (or .warc with plain set).
func crawl(t *testing.T, plain bool) string {
	t.Helper()
	return crawlWith(t, plain, "--no-verbose", "--no-warc-keep-log")
}

// crawlWith is crawl with wget's logging flags given.
func crawlWith(t *testing.T, plain bool, logFlags ...string) string {
	t.Helper()
	wget := tool(t, "wget", "wget")
	srv := httptest.NewServer(siteHandler())
	defer srv.Close()
	dir := t.TempDir()
	args := append([]string{"--recursive", "--level=2", "--page-requisites", "--delete-after", "-e", "robots=off",
		"--warc-file=crawl", srv.URL + "/"}, logFlags...)
	if plain {
		args = append(args, "--no-warc-compression")
	}
	cmd := execIn(dir, wget, args...)
	out, err := cmd.CombinedOutput()
	// wget exits 8 when a page answered 404, as /missing.html does.
	if err != nil && !strings.Contains(err.Error(), "exit status 8") {
		t.Fatalf("wget: %v\n%s", err, out)
	}
	p := filepath.Join(dir, "crawl.warc.gz")
	if plain {
		p = filepath.Join(dir, "crawl.warc")
	}
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("wget wrote no WARC: %v\n%s", err, out)
	}
	return p
}

// wget -q keeps its (empty) log as a resource record of Content-Length 0
// at the end of the WARC: an empty block is a record like any other, not
// a length that lies (a crawl made this way was once reported partial).
func TestWARCFromWgetQuietLog(t *testing.T) {
	p := crawlWith(t, false, "-q")
	r := NewReader(Options{})
	docs, errs := readAll(t, r, p)
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	if len(docs) != len(sitePages)+1 {
		t.Errorf("%d documents, want the index and the %d pages", len(docs), len(sitePages))
	}
	if st := r.Stats()[FormatWARC]; st.BadRecords != 0 || st.OtherRecord < 3 {
		t.Errorf("stats %+v: want no bad record and the metadata/resource records counted as other", st)
	}
}

func TestWARCFromWget(t *testing.T) {
	for _, plain := range []bool{false, true} {
		p := crawl(t, plain)
		r := NewReader(Options{})
		docs, errs := readAll(t, r, p)
		if len(errs) > 0 {
			t.Fatalf("errors: %v", errs)
		}
		byName := map[string]Document{}
		for _, d := range docs {
			byName[d.Name] = d
		}
		host := regexp.MustCompile(`^127\.0\.0\.1_\d+$`)
		for path, page := range sitePages {
			var doc *Document
			for name, d := range byName {
				parts := strings.SplitN(name, "/", 3)
				if len(parts) == 3 && parts[0] == filepath.Base(p) && host.MatchString(parts[1]) && "/"+parts[2] == path {
					doc = &d
				}
			}
			if doc == nil {
				t.Fatalf("%s: no document for %s in %v", p, path, keys(byName))
			}
			for _, para := range strings.Split(strings.TrimSpace(page.body), "\n") {
				para = strings.TrimSuffix(strings.TrimPrefix(para, "<p>"), "</p>")
				if !strings.Contains(doc.Text.Text, para) {
					t.Errorf("%s: article paragraph missing: %q\nin %q", path, para, doc.Text.Text)
				}
			}
			for _, boiler := range []string{boilerNav, "الرئيسية", boilerAd, boilerComment, "جميع الحقوق محفوظة", "أخبار ذات صلة"} {
				if strings.Contains(doc.Text.Text, boiler) {
					t.Errorf("%s: boilerplate %q kept:\n%s", path, boiler, doc.Text.Text)
				}
			}
			if !strings.HasPrefix(doc.Text.Text, page.title) || !strings.HasPrefix(doc.URL, "http://127.0.0.1:") || !strings.Contains(doc.Source, "record ") {
				t.Errorf("%s: title, URL or source wrong: %q %q %q", path, doc.Text.Text[:40], doc.URL, doc.Source)
			}
		}
		st := r.Stats()[FormatWARC]
		// index.html, the two articles; the 404, CSS and PNG counted.
		if st.HTMLPages != 3 || st.Documents != 3 || st.Non200 != 1 || st.NonHTML != 2 || st.Files != 1 || st.OtherRecord == 0 {
			t.Errorf("%s: stats %+v", p, st)
		}
		if _, err := Read(Doc{Name: "c.warc", Path: p}, nil); !errors.Is(err, ErrManyDocument) {
			t.Errorf("Read on a WARC: %v", err)
		}
	}
}

func keys(m map[string]Document) []string {
	var k []string
	for n := range m {
		k = append(k, n)
	}
	return k
}

// A .warc.gz cut in the middle: the pages before the cut are read, then
// one error names the file and the record.
func TestWARCTruncated(t *testing.T) {
	p := crawl(t, false)
	data, _ := os.ReadFile(p)
	cut := filepath.Join(t.TempDir(), "cut.warc.gz")
	write(t, cut, data[:len(data)*2/3])
	docs, errs := readAll(t, NewReader(Options{}), cut)
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), cut) || !strings.Contains(errs[0].Error(), "record ") {
		t.Fatalf("errs = %v, want one error naming file and record", errs)
	}
	if !strings.Contains(errs[0].Error(), "unexpected EOF") {
		t.Errorf("error does not say the file is cut: %v", errs[0])
	}
	t.Logf("%d pages before the cut; %v", len(docs), errs[0])
}

// Records whose Content-Length lies, in a plain WARC from wget: too short
// (the record goes on past it) and too long (it swallows the next record).
func TestWARCLyingLength(t *testing.T) {
	p := crawl(t, true)
	data, _ := os.ReadFile(p)
	// Find the response record of one article and change its length.
	targetRe := regexp.MustCompile(`WARC-Target-URI: <?http://[^/]+/news/oil-prices.html`)
	lenRe := regexp.MustCompile(`(?m)^Content-Length: (\d+)\r$`)
	var start int
	for _, rec := range bytes.SplitAfter(data, []byte("WARC/1.")) {
		if bytes.Contains(rec, []byte("WARC-Type: response")) && targetRe.Match(rec) {
			break
		}
		start += len(rec)
	}
	loc := lenRe.FindSubmatchIndex(data[start:])
	if loc == nil {
		t.Fatal("no Content-Length in the oil-prices response")
	}
	var n int
	fmt.Sscan(string(data[start+loc[2]:start+loc[3]]), &n)
	for _, c := range []struct {
		name  string
		delta int
	}{{"short", -200}, {"long", +300}} {
		lied := append(append(append([]byte{}, data[:start+loc[2]]...), fmt.Sprint(n+c.delta)...), data[start+loc[3]:]...)
		f := filepath.Join(t.TempDir(), c.name+".warc")
		write(t, f, lied)
		r := NewReader(Options{})
		docs, errs := readAll(t, r, f)
		if len(errs) != 1 || !errors.Is(errs[0], ErrLengthLies) || !strings.Contains(errs[0].Error(), "oil-prices.html") || !strings.Contains(errs[0].Error(), f) {
			t.Errorf("%s: errs = %v, want ErrLengthLies naming the file and the record's URL", c.name, errs)
		}
		for _, d := range docs {
			if strings.Contains(d.Name, "oil-prices") {
				t.Errorf("%s: the lying record was still read as %s", c.name, d.Name)
			}
		}
		if len(docs) < 1 {
			t.Errorf("%s: the other pages were not read (%d)", c.name, len(docs))
		}
		// The gzip variant: the same record in a .warc.gz (one member per file).
		var gz bytes.Buffer
		zw := gzip.NewWriter(&gz)
		zw.Write(lied)
		zw.Close()
		fz := filepath.Join(t.TempDir(), c.name+".warc.gz")
		write(t, fz, gz.Bytes())
		if _, errs := readAll(t, NewReader(Options{}), fz); len(errs) != 1 || !errors.Is(errs[0], ErrLengthLies) {
			t.Errorf("%s gz: errs = %v", c.name, errs)
		}
	}
}

func TestURLName(t *testing.T) {
	cases := map[string]string{
		"http://127.0.0.1:8080/news/a.html":           "127.0.0.1_8080/news/a.html",
		"https://example.com/":                        "example.com/index.html",
		"https://example.com":                         "example.com/index.html",
		"https://ex.com/%D8%AE%D8%A8%D8%B1/../x?id=3": "ex.com/خبر/_./x_",
		"https://ex.com/a b/.hidden":                  "ex.com/a_b/_hidden.html",
		"not a url":                                   "page-",
	}
	for in, want := range cases {
		if got := URLName(in); !strings.HasPrefix(got, want) {
			t.Errorf("URLName(%q) = %q, want %q", in, got, want)
		}
		if got := URLName(in); safeName(got) != got || strings.Contains(got, "..") {
			t.Errorf("URLName(%q) = %q is not safe", in, got)
		}
	}
	long := "https://ex.com/" + strings.Repeat("مقال/", 100)
	if got := URLName(long); len(got) > 220 {
		t.Errorf("long name %d bytes", len(got))
	}
}
