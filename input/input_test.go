package input

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

func write(t *testing.T, p string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestCollectWalksSortsAndSkips(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, "b.txt"), []byte("ب"))
	write(t, filepath.Join(root, "a/z.md"), []byte("ز"))
	write(t, filepath.Join(root, "a/page.html"), []byte("<p>ص</p>"))
	write(t, filepath.Join(root, "image.png"), []byte{0x89, 'P'})
	write(t, filepath.Join(root, ".git/x.txt"), []byte("hidden"))
	// A symlink loop and a link to a folder must not trap or duplicate the walk.
	os.Symlink(filepath.Join(root, "loop"), filepath.Join(root, "loop"))
	os.Symlink(filepath.Join(root, "a"), filepath.Join(root, "alias"))

	docs, skipped, err := Collect([]string{root})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range docs {
		names = append(names, d.Name)
	}
	if want := []string{"a/page.html", "a/z.md", "b.txt"}; !reflect.DeepEqual(names, want) {
		t.Errorf("docs = %v, want %v", names, want)
	}
	reasons := map[string]string{}
	for _, s := range skipped {
		reasons[filepath.Base(s.Path)] = s.Reason
	}
	for name, want := range map[string]string{"image.png": "not a supported file type", "loop": ReasonLinkLoop, "alias": ReasonAlreadyRead} {
		if !strings.HasPrefix(reasons[name], want) {
			t.Errorf("%s skipped for %q, want %q (skipped: %v)", name, reasons[name], want, skipped)
		}
	}
}

func TestCollectMissingInputIsError(t *testing.T) {
	_, _, err := Collect([]string{t.TempDir(), "/no/such/input"})
	if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), "/no/such/input") {
		t.Fatalf("err = %v, want ErrNotFound naming the path", err)
	}
}

func TestCollectStdinAndDuplicateNames(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	write(t, filepath.Join(a, "x.txt"), []byte("1"))
	write(t, filepath.Join(b, "x.txt"), []byte("2"))
	docs, _, err := Collect([]string{a, b, "-"})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range docs {
		names = append(names, d.Name)
	}
	if want := []string{"stdin.txt", "x.txt", "x~2.txt"}; !reflect.DeepEqual(names, want) {
		t.Errorf("names = %v, want %v", names, want)
	}
}

func TestSafeNameStaysInside(t *testing.T) {
	for _, in := range []string{"../../etc/passwd", "/abs/x.txt", "a/../../b.txt", ".."} {
		got := safeName(in)
		if strings.HasPrefix(got, "/") || strings.Contains(got, "..") {
			t.Errorf("safeName(%q) = %q escapes", in, got)
		}
	}
}

func TestDecode(t *testing.T) {
	arabic := "قال الرئيس\r\nإن الاجتماع"
	cp1256, _ := charmap.Windows1256.NewEncoder().String(arabic)
	u16le, _ := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().String(arabic)
	u16be, _ := xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM).NewEncoder().String(arabic)
	want := "قال الرئيس\nإن الاجتماع"
	cases := []struct {
		name, in, enc string
	}{
		{"utf8 crlf", arabic, UTF8},
		{"utf8 bom", "\xEF\xBB\xBF" + arabic, UTF8BOM},
		{"windows-1256", cp1256, Windows1256},
		{"utf16le bom", u16le, UTF16LE},
		{"utf16be bom", u16be, UTF16BE},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, enc, err := Decode([]byte(c.in))
			if err != nil || got != want || enc != c.enc {
				t.Errorf("Decode = %q, %q, %v; want %q, %q", got, enc, err, want, c.enc)
			}
		})
	}
	if got, _, _ := Decode([]byte("a\rb")); got != "a\nb" {
		t.Errorf("lone CR: %q", got)
	}
}

func TestDecodeRejects(t *testing.T) {
	cases := []struct {
		name   string
		in     []byte
		offset int
		want   string
	}{
		{"binary", []byte("PK\x03\x04\x00\x00abc"), 4, "binary"},
		// Latin-1 French text is not UTF-8 and not Arabic: refused, not garbled.
		{"latin1", []byte("caf\xe9 cr\xe8me"), 3, "invalid UTF-8"},
		{"control bytes", []byte("ok \xff\x01\x02\x03"), 3, "invalid UTF-8"},
		// UTF-8 Arabic with one corrupt byte is not read as Windows-1256
		// mojibake (ط³ط·ط±…).
		{"corrupt utf-8 arabic", []byte("سطر سليم في بغداد.\nجملة \xff هنا.\n"), 42, "invalid UTF-8 at byte offset 42 (line 2)"},
		{"bom then binary", []byte("\xEF\xBB\xBFab\ncd\x00"), 8, "NUL byte at byte offset 8 (line 2)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := Decode(c.in)
			var de *DecodeError
			if !errors.As(err, &de) || de.Offset != c.offset || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want DecodeError at %d containing %q", err, c.offset, c.want)
			}
		})
	}
}

func TestExtractHTML(t *testing.T) {
	page := `<html><head><title>T</title><script>var x="لا";</script></head><body>
<nav>الرئيسية</nav><h1>عنوان الخبر</h1><p>الفقرة <b>الأولى</b> &amp; المزيد.</p><p>الثانية</p>
<footer>حقوق</footer></body></html>`
	got, err := ExtractHTML(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	want := "عنوان الخبر\n\nالفقرة الأولى & المزيد.\n\nالثانية\n"
	if got != want {
		t.Errorf("ExtractHTML = %q, want %q", got, want)
	}
}

func TestReadNamesFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "bad.txt")
	write(t, p, []byte("abc\x00def"))
	_, err := Read(Doc{Name: "bad.txt", Path: p}, nil)
	if err == nil || !strings.Contains(err.Error(), p) {
		t.Fatalf("err = %v, want it to name %s", err, p)
	}
}

func TestDecodeTextKeepsUTF8Bytes(t *testing.T) {
	raw := "قال\r\nالوزير"
	if got, enc, err := DecodeText([]byte(raw)); got != raw || enc != UTF8 || err != nil {
		t.Errorf("UTF-8: %q %q %v; want it byte for byte", got, enc, err)
	}
	cp, _ := charmap.Windows1256.NewEncoder().String("قال الوزير")
	if got, enc, _ := DecodeText([]byte(cp)); got != "قال الوزير" || enc != Windows1256 {
		t.Errorf("Windows-1256: %q %q", got, enc)
	}
}
