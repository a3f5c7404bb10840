package input

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", "قال\r\n", "\xEF\xBB\xBFabc", "\xFF\xFEa\x00", "caf\xe9", "\x00bin", "\xe1\xd5\r"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		text, enc, err := Decode(data)
		if err != nil {
			return
		}
		if !utf8.ValidString(text) || strings.Contains(text, "\r") || enc == "" {
			t.Fatalf("Decode(%q) = %q, %q: invalid text or CR left", data, text, enc)
		}
	})
}

func FuzzExtractHTML(f *testing.F) {
	for _, s := range []string{"<p>a</p>", "<script>x", "<div><p>ب<br>ج</div>", "&amp;<"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		out, err := ExtractHTML(strings.NewReader(page))
		if err != nil {
			return
		}
		// Lines are trimmed and blocks separated by one blank line.
		for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
			if line != strings.TrimSpace(line) {
				t.Fatalf("untrimmed line %q in %q", line, out)
			}
		}
	})
}
