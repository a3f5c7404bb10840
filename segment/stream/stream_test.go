package stream

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tarjama/tarjama/clean"
	"github.com/tarjama/tarjama/segment"
)

func run(t *testing.T, opts Options, in string) (string, []clean.Drop, error) {
	t.Helper()
	var out bytes.Buffer
	var drops []clean.Drop
	opts.OnDrop = func(_ string, d clean.Drop) { drops = append(drops, d) }
	w := NewWriter(&out, opts)
	err := w.Segment(context.Background(), "<test>", strings.NewReader(in))
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return out.String(), drops, err
}

// article is a document longer than the cleaner's head window, so that its
// tail goes through the workers' path, with boilerplate on both sides of
// the window and a long line.
func article(lines int) string {
	var b strings.Builder
	b.WriteString("عنوان الخبر هنا\nعنوان الخبر هنا\n")
	for i := range lines {
		switch i % 17 {
		case 5:
			b.WriteString("شارك\n")
		case 9:
			b.WriteString("\n")
		case 11:
			b.WriteString(strings.Repeat("جملة طويلة ، جدا. ", 20000) + "\r\n")
		default:
			b.WriteString("وصل الوفد  إلى بغداد. وقال الوزير : الوضع مستقر؟ نعم.\n")
		}
	}
	return b.String()
}

// reference is what the streaming path must produce: Document cleaning and
// Split, one paragraph per line, written sequentially.
func reference(lang string, in string, format Format) (string, []clean.Drop) {
	lines := strings.Split(strings.TrimSuffix(in, "\n"), "\n")
	for i := range lines {
		lines[i] = strings.TrimSuffix(lines[i], "\r")
	}
	res := clean.Document(lines, clean.Options{Lang: lang})
	var b bytes.Buffer
	p := 0
	for _, l := range res.Lines {
		spans := segment.Split(lang, l)
		if len(spans) == 0 {
			continue
		}
		p++
		if format == Text && p > 1 {
			b.WriteByte('\n')
		}
		for s, sp := range spans {
			if format == Text {
				b.WriteString(l[sp.Start:sp.End] + "\n")
				continue
			}
			rec, _ := json.Marshal(map[string]any{"paragraph": p, "sentence": s + 1, "start": sp.Start, "end": sp.End, "text": l[sp.Start:sp.End]})
			b.Write(rec)
			b.WriteByte('\n')
		}
	}
	return b.String(), res.Dropped
}

func TestSegmentMatchesSequentialReference(t *testing.T) {
	in := article(200)
	for _, format := range []Format{Text, JSONL} {
		want, wantDrops := reference("ar", in, format)
		for _, workers := range []int{1, 3} {
			got, drops, err := run(t, Options{Lang: "ar", Format: format, Workers: workers}, in)
			if err != nil {
				t.Fatal(err)
			}
			if format == JSONL {
				got, want = normJSONL(t, got), normJSONL(t, want)
			}
			if got != want {
				t.Errorf("format %d, %d workers: output differs from the sequential reference (%d vs %d bytes)", format, workers, len(got), len(want))
			}
			if len(drops) != len(wantDrops) || len(drops) < 2 {
				t.Fatalf("drops %d, want %d", len(drops), len(wantDrops))
			}
			for i := range drops {
				if drops[i] != wantDrops[i] {
					t.Errorf("drop %d = %+v, want %+v", i, drops[i], wantDrops[i])
				}
			}
		}
	}
}

// normJSONL re-encodes each record with sorted keys, so that the
// reference (a map) and the writer (fixed order) compare.
func normJSONL(t *testing.T, s string) string {
	t.Helper()
	var b strings.Builder
	dec := json.NewDecoder(strings.NewReader(s))
	for dec.More() {
		var m map[string]any
		if err := dec.Decode(&m); err != nil {
			t.Fatal(err)
		}
		r, _ := json.Marshal(m)
		b.Write(r)
		b.WriteByte('\n')
	}
	return b.String()
}

func TestInvalidUTF8AfterTheHeadWindow(t *testing.T) {
	good := strings.Repeat("سطر سليم. وآخر.\n", 300000) // several batches
	in := good + "ab\xffcd\nبعده.\n"
	out, _, err := run(t, Options{Lang: "ar"}, in)
	if !errors.Is(err, ErrInvalidUTF8) {
		t.Fatalf("err = %v", err)
	}
	want := "byte offset " + itoa(len(good)+2) + " (line " + itoa(300001) + ")"
	if !strings.Contains(err.Error(), want) {
		t.Errorf("err %q lacks %q", err, want)
	}
	if n := strings.Count(out, "سطر سليم.\n"); n != 300000 || strings.Contains(out, "بعده") {
		t.Errorf("%d good lines written before the error (want all 300000 and nothing after)", n)
	}
}

func itoa(n int) string { return strings.TrimSpace(strings.Repeat(" ", 0) + string(appendInt(nil, n))) }

func appendInt(b []byte, n int) []byte {
	if n >= 10 {
		b = appendInt(b, n/10)
	}
	return append(b, byte('0'+n%10))
}

func TestSegmentFileChecksBeforeWriting(t *testing.T) {
	dir := t.TempDir()
	cp := filepath.Join(dir, "cp1256.txt")
	// "وصل." in Windows-1256: not UTF-8, so it is decoded whole first.
	if err := os.WriteFile(cp, []byte{0xE6, 0xD5, 0xE1, '.', ' ', 0xE6, 0xD5, 0xE1, '.', '\n'}, 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	w := NewWriter(&out, Options{Lang: "ar"})
	if err := w.SegmentFile(context.Background(), cp); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	if out.String() != "وصل.\nوصل.\n" {
		t.Errorf("got %q", out.String())
	}
}

func TestValidUTF8Chunks(t *testing.T) {
	text := []byte(strings.Repeat("ab€𝄞عربي", 50))
	for chunk := int64(1); chunk <= 13; chunk++ {
		for cut := 0; cut <= len(text); cut += 7 {
			data := append([]byte{}, text[:cut]...)
			ok, err := validUTF8(bytes.NewReader(data), int64(len(data)), chunk, 3)
			if err != nil || ok != utf8.Valid(data) {
				t.Fatalf("chunk %d, %d bytes: got %v %v, want %v", chunk, cut, ok, err, utf8.Valid(data))
			}
			bad := append(append([]byte{}, data...), 0xff)
			bad = append(bad, text[:min(9, len(text))]...)
			if ok, _ := validUTF8(bytes.NewReader(bad), int64(len(bad)), chunk, 2); ok {
				t.Fatalf("chunk %d: a 0xff byte at %d passed", chunk, cut)
			}
		}
	}
	if ok, _ := validUTF8(bytes.NewReader([]byte("\xff\xfea\x00")), 4, 4, 1); ok {
		t.Error("a UTF-16 byte order mark passed")
	}
}

func FuzzValidUTF8(f *testing.F) {
	f.Add([]byte("عربي € 𝄞"), int64(3))
	f.Fuzz(func(t *testing.T, data []byte, chunk int64) {
		chunk = 1 + (chunk&0xff+0xff)%64
		ok, err := validUTF8(bytes.NewReader(data), int64(len(data)), chunk, 2)
		want := utf8.Valid(data) && !bytes.HasPrefix(data, []byte{0xff, 0xfe}) && !bytes.HasPrefix(data, []byte{0xfe, 0xff})
		if err != nil || ok != want {
			t.Fatalf("validUTF8(%q, chunk %d) = %v, %v; want %v", data, chunk, ok, err, want)
		}
	})
}

func FuzzAppendJSONL(f *testing.F) {
	f.Add("قال \"لا\" \\ <b>&\t\n\x01\u2028\u2029\xff")
	f.Fuzz(func(t *testing.T, text string) {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.Encode(struct {
			Paragraph int    `json:"paragraph"`
			Sentence  int    `json:"sentence"`
			Start     int    `json:"start"`
			End       int    `json:"end"`
			Text      string `json:"text"`
		}{1, 2, 3, 4, text})
		if got := string(appendJSONL(nil, 1, 2, 3, 4, text)); got != want.String() {
			t.Fatalf("appendJSONL(%q) = %s, encoding/json %s", text, got, want.String())
		}
	})
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	w.n++
	return 0, errors.New("disk full")
}

func TestOutputErrorStops(t *testing.T) {
	w := NewWriter(&failWriter{}, Options{Lang: "ar"})
	failed, err := w.SegmentInputs(context.Background(), []string{"-", "-"}, strings.NewReader(article(400)), nil)
	if !OutputError(err) || failed != 0 {
		t.Fatalf("failed %d, err %v: want an output error", failed, err)
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	w := NewWriter(io.Discard, Options{Lang: "ar"})
	if err := w.Segment(ctx, "x", strings.NewReader(article(50))); !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v", err)
	}
}

func FuzzValidUTF8Bytes(f *testing.F) {
	for _, s := range []string{"عربي € 𝄞", "abcdefgعربي", "\xc0\x80abcdefgh", "abcdefg\xd8", "abcdefg\xd8a", "\xed\xa0\x80abcdefgh", "ــ؟!«»“”…"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for k := 0; k < min(len(data), 9); k++ { // every alignment
			if got, want := validUTF8Bytes(data[k:]), utf8.Valid(data[k:]); got != want {
				t.Fatalf("validUTF8Bytes(%q) = %v, want %v", data[k:], got, want)
			}
		}
	})
}
