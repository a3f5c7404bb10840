package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

func segRun(t *testing.T, opts segmentOptions, stdin string) (stdout, stderr string, err error) {
	t.Helper()
	if opts.Lang == "" {
		opts.Lang = "ar"
	}
	if opts.Format == "" {
		opts.Format = "text"
	}
	var out, errb bytes.Buffer
	err = runSegment(context.Background(), opts, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), err
}

func TestSegmentText(t *testing.T) {
	in := "وصل الوفد. بدأ الاجتماع.\n\n\nهل انتهى؟ نعم.\r\n"
	out, _, err := segRun(t, segmentOptions{}, in)
	if err != nil {
		t.Fatal(err)
	}
	want := "وصل الوفد.\nبدأ الاجتماع.\n\nهل انتهى؟\nنعم.\n"
	if out != want {
		t.Errorf("got %q\nwant %q", out, want)
	}
}

func TestSegmentJSONL(t *testing.T) {
	in := "عنوان الخبر هنا\nوصل الوفد ، مع الوزير. بدأ الاجتماع.\n"
	out, _, err := segRun(t, segmentOptions{Format: "jsonl"}, in)
	if err != nil {
		t.Fatal(err)
	}
	type rec struct {
		Paragraph, Sentence, Start, End int
		Text                            string
	}
	var got []rec
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var r rec
		if err := dec.Decode(&r); err != nil {
			t.Fatal(err)
		}
		got = append(got, r)
	}
	cleaned := "وصل الوفد، مع الوزير. بدأ الاجتماع."
	want := []rec{
		{1, 1, 0, len("عنوان الخبر هنا"), "عنوان الخبر هنا"},
		{2, 1, 0, len("وصل الوفد، مع الوزير."), "وصل الوفد، مع الوزير."},
		{2, 2, len("وصل الوفد، مع الوزير. "), len(cleaned), "بدأ الاجتماع."},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("record %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatal(err)
		}
		if len(m) != 5 {
			t.Errorf("fields %v, want exactly paragraph, sentence, start, end, text", m)
		}
	}
}

func TestSegmentWrapped(t *testing.T) {
	in := "الكاظمي في واشنطن\nوصل رئيس الوزراء العراقي إلى واشنطن\nفي زيارة رسمية. وسيلتقي الرئيس.\n\nفقرة ثانية\nتكمل هنا.\n"
	out, _, err := segRun(t, segmentOptions{Wrapped: true}, in)
	if err != nil {
		t.Fatal(err)
	}
	want := "الكاظمي في واشنطن\n\nوصل رئيس الوزراء العراقي إلى واشنطن في زيارة رسمية.\nوسيلتقي الرئيس.\n\nفقرة ثانية تكمل هنا.\n"
	if out != want {
		t.Errorf("got %q\nwant %q", out, want)
	}
	// Without --wrapped every line is a paragraph.
	out, _, _ = segRun(t, segmentOptions{}, in)
	if strings.Count(out, "\n\n") != 4 {
		t.Errorf("line mode: got %q", out)
	}
}

func TestSegmentCleansLikeTranslate(t *testing.T) {
	sample := filepath.Join("..", "..", "samples", "articles", "biden-kadhimi.txt")
	out, errOut, err := segRun(t, segmentOptions{Files: []string{sample}}, "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "Leave a Reply") || strings.Contains(out, "email address") {
		t.Errorf("boilerplate reached the output:\n%s", out)
	}
	if strings.Count(out, "بايدن يستضيف رئيس الوزراء العراقي") != 1 {
		t.Errorf("headline not exactly once:\n%s", out)
	}
	for _, want := range []string{":3: dropped (repeated-headline)", ":35: dropped (comment-form)", ":37: dropped (comment-form)"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	out, errOut, err = segRun(t, segmentOptions{Files: []string{sample}, KeepBoilerplate: true}, "")
	if err != nil || !strings.Contains(out, "Leave a Reply") || errOut != "" {
		t.Errorf("--keep-boilerplate: err %v, stderr %q", err, errOut)
	}
}

func TestSegmentInvalidUTF8AndMissingFiles(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(good, []byte("جملة أولى. جملة ثانية.\n"), 0o644)
	os.WriteFile(bad, []byte("سطر سليم.\nab\xffcd\n"), 0o644)
	// A missing input is a usage error (exit 2, as for translate) before any output.
	out, _, err := segRun(t, segmentOptions{Files: []string{good, filepath.Join(dir, "missing.txt")}}, "")
	if exitCode(context.Background(), err) != exitUsage || out != "" || err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Fatalf("missing input: err = %v, stdout %q, want a usage error (exit 2) naming it and no output", err, out)
	}
	out, errOut, err := segRun(t, segmentOptions{Files: []string{bad, good}}, "")
	if !errors.Is(err, errPartial) || exitCode(context.Background(), err) != exitPartial {
		t.Fatalf("err = %v, want partial (exit 3)", err)
	}
	offset := len("سطر سليم.\n") + 2
	if !strings.Contains(errOut, bad) || !strings.Contains(errOut, "byte offset "+itoa(offset)) {
		t.Errorf("stderr should name %s and byte offset %d:\n%s", bad, offset, errOut)
	}
	if !strings.Contains(out, "جملة أولى.\nجملة ثانية.\n") {
		t.Errorf("the good file was not processed:\n%s", out)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestSegmentUsage(t *testing.T) {
	_, _, err := segRun(t, segmentOptions{Format: "xml"}, "")
	if exitCode(context.Background(), err) != exitUsage {
		t.Errorf("bad --format: err %v, want usage error", err)
	}
	// Through the CLI: flags, aliases and stdin "-".
	var out, errb bytes.Buffer
	app := newApp(strings.NewReader("Mr. Smith left. He came back.\n"), &out, &errb)
	err = app.RunContext(context.Background(), []string{"tarjama", "segment", "--lang", "en", "--format", "text", "-"})
	if err != nil || out.String() != "Mr. Smith left.\nHe came back.\n" {
		t.Errorf("cli: err %v, out %q, stderr %q", err, out.String(), errb.String())
	}
	app = newApp(strings.NewReader(""), &out, &errb)
	err = app.RunContext(context.Background(), []string{"tarjama", "segment", "--nope"})
	if exitCode(context.Background(), err) != exitUsage {
		t.Errorf("unknown flag: err %v, want usage", err)
	}
}

func TestSegmentCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := runSegment(ctx, segmentOptions{Lang: "ar", Format: "text"}, strings.NewReader("a. b.\n"), io.Discard, io.Discard)
	if exitCode(ctx, err) != exitInterrupted {
		t.Errorf("err %v, want interrupted", err)
	}
}

func TestSegmentLongLine(t *testing.T) {
	// A single 10 MB line (one paragraph) must work.
	var b strings.Builder
	s := "هذه جملة عربية للاختبار. "
	for b.Len() < 10<<20 {
		b.WriteString(s)
	}
	var out countingWriter
	err := runSegment(context.Background(), segmentOptions{Lang: "ar", Format: "text"}, strings.NewReader(b.String()), &out, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if want := b.Len() / len(s); out.lines != want {
		t.Errorf("got %d sentences, want %d", out.lines, want)
	}
}

type countingWriter struct{ lines int }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.lines += bytes.Count(p, []byte{'\n'})
	return len(p), nil
}

// genReader yields n bytes of Arabic paragraphs, sampling the heap as it goes.
type genReader struct {
	left    int
	line    string
	pos     int
	maxHeap uint64
	reads   int
}

func (g *genReader) Read(p []byte) (int, error) {
	if g.left <= 0 && g.pos == 0 {
		return 0, io.EOF // end on a whole line, whatever the read sizes
	}
	g.reads++
	if g.reads%4 == 0 {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		g.maxHeap = max(g.maxHeap, ms.HeapAlloc)
	}
	n := 0
	for n < len(p) && (g.left > 0 || g.pos != 0) {
		c := copy(p[n:], g.line[g.pos:])
		n += c
		g.left -= c
		g.pos = (g.pos + c) % len(g.line)
	}
	return n, nil
}

// TestSegmentWrappedLongParagraph: a wrapped file without blank lines is one
// paragraph written in parts; offsets still point into the whole paragraph.
func TestSegmentWrappedLongParagraph(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	var in strings.Builder
	var lines []string
	for i := 0; in.Len() < 3<<20; i++ {
		l := "وصل الوفد إلى بغداد في زيارة رسمية. وسيلتقي رئيس الوزراء " + strconv.Itoa(i)
		lines = append(lines, l)
		in.WriteString(l + "\n")
	}
	para := strings.Join(lines, " ")
	out, _, err := segRun(t, segmentOptions{Wrapped: true, Format: "jsonl"}, in.String())
	if err != nil {
		t.Fatal(err)
	}
	type rec struct {
		Paragraph, Sentence, Start, End int
		Text                            string
	}
	dec := json.NewDecoder(strings.NewReader(out))
	n, prevEnd := 0, 0
	for dec.More() {
		var r rec
		if err := dec.Decode(&r); err != nil {
			t.Fatal(err)
		}
		n++
		if r.Paragraph != 1 || r.Sentence != n || r.Start < prevEnd || para[r.Start:r.End] != r.Text {
			t.Fatalf("record %d = %+v (previous end %d)", n, r, prevEnd)
		}
		prevEnd = r.End
	}
	if want := len(lines) + 1; n != want {
		t.Errorf("got %d sentences, want %d", n, want)
	}
}

// TestSegmentStreamingMemory checks that memory does not grow with the input:
// the peak heap for 48 MB of input stays near that for 4 MB.
func TestSegmentStreamingMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus-scale test")
	}
	line := "أعلن مكتب الرئيس أن رئيس الوزراء سيزور واشنطن. وقال البيت الأبيض إن الاجتماع مهم.\n"
	for _, wrapped := range []bool{false, true} {
		// Wrapped: the input has no blank line, so it is one paragraph.
		peak := func(size int) uint64 {
			runtime.GC()
			g := &genReader{left: size, line: line}
			err := runSegment(context.Background(), segmentOptions{Lang: "ar", Format: "jsonl", Wrapped: wrapped}, g, io.Discard, io.Discard)
			if err != nil {
				t.Fatal(err)
			}
			return g.maxHeap
		}
		small, large := peak(4<<20), peak(48<<20)
		t.Logf("wrapped=%v: peak heap %d KB for 4 MB, %d KB for 48 MB", wrapped, small>>10, large>>10)
		if large > small+16<<20 {
			t.Errorf("wrapped=%v: peak heap grew from %d KB to %d KB with 12x the input", wrapped, small>>10, large>>10)
		}
	}
}

// Files in the encodings translate reads, and HTML, segment as translate
// sees them.
func TestSegmentDecodesLikeTranslate(t *testing.T) {
	dir := t.TempDir()
	text := "وصل الوفد. بدأ الاجتماع.\n"
	cp1256, _ := charmap.Windows1256.NewEncoder().String(text)
	u16, _ := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().String(text)
	files := map[string]string{
		"cp.txt":   cp1256,
		"u16.txt":  u16,
		"bom.txt":  "\xEF\xBB\xBF" + text,
		"p.html":   "<html><head><title>x</title></head><body><p>وصل الوفد. بدأ الاجتماع.</p></body></html>",
		"crlf.txt": strings.ReplaceAll(text, "\n", "\r\n"),
	}
	for name, data := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		out, errOut, err := segRun(t, segmentOptions{Files: []string{path}}, "")
		if err != nil || out != "وصل الوفد.\nبدأ الاجتماع.\n" {
			t.Errorf("%s: err %v, stdout %q, stderr %q", name, err, out, errOut)
		}
	}
}
