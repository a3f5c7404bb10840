package corpus

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const argsJSONL = `{"id":"a#1","doc":"a","translation":{"ar":"مرحبا","en":"Hello"}}` + "\n" +
	`{"id":"a#2","doc":"a","translation":{"ar":"شكرا","en":"Thanks"}}` + "\n"

func TestOpenArg(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "notes.txt"), nil, 0o644)
	cases := []struct {
		name, path string
		format     Format
		want       error  // also ErrBadArg when it is
		msg        string // a part of the message
	}{
		{"stdin without format", "-", "", nil, "reading stdin needs --from (tmx, jsonl, tsv, xliff)"},
		{"stdin of a two-file format", "-", Moses, nil, "moses"},
		{"missing file", filepath.Join(dir, "none.jsonl"), "", fs.ErrNotExist, "none.jsonl"},
		{"folder without corpus", dir, "", ErrNoCorpus, dir},
		{"file of no known format", filepath.Join(dir, "notes.txt"), "", ErrCannotTell, "say --from"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := OpenArg(c.path, c.format, "", "", strings.NewReader(argsJSONL))
			if !errors.Is(err, ErrBadArg) || (c.want != nil && !errors.Is(err, c.want)) || !strings.Contains(err.Error(), c.msg) {
				t.Errorf("%v; want ErrBadArg, %v, %q", err, c.want, c.msg)
			}
		})
	}
	r, err := OpenArg("-", JSONL, "", "", strings.NewReader(argsJSONL))
	if err != nil {
		t.Fatal(err)
	}
	if p, err := r.Read(); err != nil || p.Tgt != "Hello" {
		t.Errorf("stdin: %+v %v", p, err)
	}
}

func TestOpenArgs(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.jsonl")
	os.WriteFile(a, []byte(argsJSONL), 0o644)
	readers, _, _, err := OpenArgs([]string{a, "-"}, "", "", "", strings.NewReader(argsJSONL))
	if !errors.Is(err, ErrBadArg) || len(readers) != 1 {
		t.Errorf("stdin without format: %v, %d readers open", err, len(readers))
	}
	CloseAll(readers)
	readers, src, tgt, err := OpenArgs([]string{a, a}, "", "", "", nil)
	if err != nil || len(readers) != 2 || src != "ar" || tgt != "en" {
		t.Fatalf("%d readers, %s-%s, %v", len(readers), src, tgt, err)
	}
	// The first pair was peeked at, not lost.
	if p, err := readers[0].Read(); err != nil || p.ID != "a#1" {
		t.Errorf("first pair %+v %v", p, err)
	}
	CloseAll(readers)
	if _, _, _, err := OpenArgs(nil, "", "", "", nil); !errors.Is(err, ErrBadArg) {
		t.Errorf("no paths: %v", err)
	}
}

func TestParseFormats(t *testing.T) {
	got, err := ParseFormats(" TMX,jsonl,,tmx, moses")
	if err != nil || len(got) != 3 || got[0] != TMX || got[1] != JSONL || got[2] != Moses {
		t.Errorf("%v %v", got, err)
	}
	if _, err := ParseFormats("jsonl,docx"); err == nil || !strings.Contains(err.Error(), `unknown corpus format "docx"`) {
		t.Errorf("unknown: %v", err)
	}
	if _, err := ParseFormats(" , "); err == nil || err.Error() != "no format given" {
		t.Errorf("empty: %v", err)
	}
}

func TestConvertArgs(t *testing.T) {
	ctx := context.Background()
	in := strings.NewReader(argsJSONL)
	for name, c := range map[string]struct {
		to  Format
		msg string
	}{
		"stdout without format": {"", "writing stdout needs --to (tmx, jsonl, tsv, xliff)"},
		"stdout of two files":   {Moses, "a moses corpus is 2 files: give OUT as a stem, not -"},
	} {
		if _, err := ConvertArgs(ctx, "-", JSONL, in, "-", &bytes.Buffer{}, ConvertOptions{Format: c.to}); !errors.Is(err, ErrBadArg) || err.Error() != c.msg {
			t.Errorf("%s: %v", name, err)
		}
	}
	var out bytes.Buffer
	res, err := ConvertArgs(ctx, "-", JSONL, in, "-", &out, ConvertOptions{Format: TSV})
	if err != nil || res.Pairs != 2 || out.String() != "ar\ten\nمرحبا\tHello\nشكرا\tThanks\n" {
		t.Errorf("%+v %v %q", res, err, out.String())
	}
	var sum bytes.Buffer
	res.WriteSummary(&sum, "-")
	if sum.String() != "convert: 2 pairs (ar-en) → - (tsv)\n" {
		t.Errorf("summary %q", sum.String())
	}
	// Moses names both files; skipped units and removed characters are said.
	res = ConvertResult{Pairs: 3, SrcLang: "ar", TgtLang: "en", Format: Moses, Paths: []string{"c.ar", "c.en"}, Removed: 2, Skipped: 1}
	sum.Reset()
	res.WriteSummary(&sum, "c")
	want := "convert: 3 pairs (ar-en) → c.ar + c.en (moses)\nconvert: removed 2 characters XML 1.0 does not allow\nconvert: skipped 1 units without both ar and en\n"
	if sum.String() != want {
		t.Errorf("summary %q", sum.String())
	}
	// An error of the conversion names the input.
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(bad, []byte("garbage\n"), 0o644)
	if _, err := ConvertArgs(ctx, bad, "", nil, filepath.Join(t.TempDir(), "x.tmx"), nil, ConvertOptions{}); err == nil || !strings.HasPrefix(err.Error(), bad+": ") || errors.Is(err, ErrBadArg) {
		t.Errorf("bad input: %v", err)
	}
}
