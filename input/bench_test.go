package input

import (
	"bufio"
	"compress/gzip"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

var warcMB = flag.Int("warc-mb", 32, "size of the generated .warc.gz (uncompressed MiB) for BenchmarkWARC")

// genWARC writes an uncompressed size of about mb MiB of WARC records, one
// gzip member each (as wget and Heritrix write them): HTML article pages
// with navigation, ads and comments, every tenth response an image and
// every twentieth a 404.
func genWARC(tb testing.TB, path string, mb int) (pages int) {
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	bw := bufio.NewWriterSize(f, 1<<20)
	zw, _ := gzip.NewWriterLevel(bw, gzip.BestSpeed)
	record := func(typ, uri, ctype string, block []byte) {
		zw.Reset(bw)
		fmt.Fprintf(zw, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2026-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:%08d-0000-0000-0000-000000000000>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n",
			typ, uri, pages, ctype, len(block))
		zw.Write(block)
		io.WriteString(zw, "\r\n\r\n")
		zw.Close()
	}
	sents := []string{
		"أعلن البيت الأبيض يوم الجمعة أن الرئيس سيستقبل رئيس الوزراء في السادس والعشرين من الشهر المقبل.",
		"وقالت المتحدثة إن اللقاء سيبحث الشراكة الاستراتيجية والتعاون في مجالات الطاقة والتعليم والصحة.",
		"ويأتي الاجتماع وسط تزايد الهجمات ومطالبات بعض الكتل السياسية بانسحاب القوات الأجنبية.",
		"وأضاف البيان أن الجانبين سيناقشان ملف الانتخابات المبكرة ودعم الحكومة في إجراء انتخابات نزيهة.",
	}
	var written int64
	for n := 0; written < int64(mb)<<20; n++ {
		uri := fmt.Sprintf("http://news.example/%d/article-%d.html", n%97, n)
		var body strings.Builder
		body.WriteString(`<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خبر ` + fmt.Sprint(n) + `</title></head><body>`)
		body.WriteString(`<nav><a href="/">الرئيسية</a> <a href="/p">سياسة</a> <a href="/e">اقتصاد</a></nav><div class="ad">اشترك الآن</div><main><article><h1>عنوان الخبر رقم ` + fmt.Sprint(n) + `</h1>`)
		for p := 0; p < 8; p++ {
			body.WriteString("<p>")
			for s := 0; s < 3; s++ {
				body.WriteString(sents[(n+p+s)%len(sents)])
				body.WriteString(" ")
			}
			fmt.Fprintf(&body, "(%d-%d)</p>", n, p)
		}
		body.WriteString(`</article></main><section class="comments"><p>تعليق</p></section><footer>حقوق</footer></body></html>`)
		status, ctype, payload := "200 OK", "text/html; charset=utf-8", body.String()
		switch {
		case n%20 == 19:
			status = "404 Not Found"
		case n%10 == 9:
			ctype, payload = "image/png", strings.Repeat("\x89PNG", 500)
		}
		block := []byte(fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, ctype, len(payload), payload))
		record("request", uri, "application/http; msgtype=request", []byte("GET / HTTP/1.1\r\nHost: news.example\r\n\r\n"))
		record("response", uri, "application/http; msgtype=response", block)
		written += int64(len(block)) + 300
		if status == "200 OK" && ctype == "text/html; charset=utf-8" {
			pages++
		}
	}
	if err := bw.Flush(); err != nil {
		tb.Fatal(err)
	}
	return pages
}

// BenchmarkWARC reads a generated crawl: MB/s of uncompressed WARC, and
// the peak heap, which must not grow with the file.
//
//	go test ./input -run '^$' -bench WARC -benchtime 1x -warc-mb 1024
func BenchmarkWARC(b *testing.B) {
	path := filepath.Join(b.TempDir(), "gen.warc.gz")
	pages := genWARC(b, path, *warcMB)
	b.SetBytes(int64(*warcMB) << 20)
	b.ResetTimer()
	var peak uint64
	for range b.N {
		r := NewReader(Options{})
		n := 0
		for _, err := range r.Documents(context.Background(), Doc{Name: "gen.warc.gz", Path: path}) {
			if err != nil {
				b.Fatal(err)
			}
			if n++; n%200 == 0 {
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapInuse)
			}
		}
		if n != pages {
			b.Fatalf("read %d pages, want %d", n, pages)
		}
	}
	b.ReportMetric(float64(pages), "pages")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
}

// The WARC reader holds one page at a time: reading a crawl four times as
// large does not need more memory (slow: skipped under -short).
func TestWARCStreamsLargeFile(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a 64 MiB crawl")
	}
	path := filepath.Join(t.TempDir(), "big.warc.gz")
	pages := genWARC(t, path, 64)
	r := NewReader(Options{})
	n := 0
	var peak uint64
	for _, err := range r.Documents(context.Background(), Doc{Name: "big.warc.gz", Path: path}) {
		if err != nil {
			t.Fatal(err)
		}
		if n++; n%100 == 0 {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
		}
	}
	st := r.Stats()[FormatWARC]
	if n != pages || st.NonHTML == 0 || st.Non200 == 0 || st.OtherRecord == 0 {
		t.Errorf("read %d of %d pages, stats %+v", n, pages, st)
	}
	if peak > 48<<20 {
		t.Errorf("peak heap %d MiB reading a 64 MiB crawl", peak>>20)
	}
}
