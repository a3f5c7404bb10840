package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/align"
	"github.com/tarjama/tarjama/internal/golden"
)

func alignFixture(name string) string { return filepath.Join("testdata", "align", name) }

func baseAlignOptions() alignOptions {
	return alignOptions{
		Src: alignFixture("src.ar"), Tgt: alignFixture("tgt.en"), SrcMT: alignFixture("mt.en"),
		Presplit: true, SrcLang: "ar", TgtLang: "en", Format: "vecalign", MaxGroup: align.DefaultMaxGroup,
	}
}

// TestAlignGolden checks every output format on a small Arabic–English
// pair with a 1-2 split, a 2-1 merge and an untranslated target line.
func TestAlignGolden(t *testing.T) {
	for _, format := range []string{"vecalign", "tsv", "jsonl", "tmx"} {
		t.Run(format, func(t *testing.T) {
			opts := baseAlignOptions()
			opts.Format = format
			var out, errb bytes.Buffer
			if err := runAlign(context.Background(), opts, nil, &out, &errb); err != nil {
				t.Fatalf("runAlign: %v\n%s", err, errb.String())
			}
			golden.Check(t, alignFixture("golden."+format), out.Bytes())
		})
	}
}

func TestAlignPairs(t *testing.T) {
	dir := t.TempDir()
	abs := func(name string) string {
		p, err := filepath.Abs(alignFixture(name))
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	list := abs("src.ar") + "\t" + abs("tgt.en") + "\t" + abs("mt.en") + "\n" +
		"# a comment\n\n" +
		abs("src.ar") + "\t" + abs("tgt.en") + "\t" + abs("mt.en") + "\n" +
		"missing.ar\tmissing.en\n"
	pairs := filepath.Join(dir, "pairs.tsv")
	if err := os.WriteFile(pairs, []byte(list), 0o644); err != nil {
		t.Fatal(err)
	}
	opts := alignOptions{Pairs: pairs, Presplit: true, SrcLang: "ar", TgtLang: "en", Format: "vecalign",
		MaxGroup: align.DefaultMaxGroup, Out: filepath.Join(dir, "out")}
	var errb bytes.Buffer
	err := runAlign(context.Background(), opts, nil, &bytes.Buffer{}, &errb)
	if !errors.Is(err, errPartial) {
		t.Fatalf("err = %v, want errPartial (one pair missing)\n%s", err, errb.String())
	}
	want, err := os.ReadFile(alignFixture("golden.vecalign"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"src.align", "src.2.align"} {
		got, err := os.ReadFile(filepath.Join(dir, "out", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s:\n%s\nwant\n%s", name, got, want)
		}
	}
	if !strings.Contains(errb.String(), "missing.ar") || !strings.Contains(errb.String(), "document score") {
		t.Errorf("stderr should report the failed pair and scores:\n%s", errb.String())
	}

	// jsonl: one stream, records named after their document.
	opts.Format, opts.Out = "jsonl", ""
	var out bytes.Buffer
	if err := runAlign(context.Background(), opts, nil, &out, &bytes.Buffer{}); !errors.Is(err, errPartial) {
		t.Fatalf("jsonl: err = %v", err)
	}
	if n := strings.Count(out.String(), "\n"); n != 10 {
		t.Errorf("jsonl: %d records, want 10 (5 links × 2 pairs)\n%s", n, out.String())
	}
}

func TestAlignCLIUsage(t *testing.T) {
	for _, args := range [][]string{
		{"align", "only-one"},
		{"align", "--format", "xml", "a", "b"},
		{"align", "--min-score", "2", "a", "b"},
		{"align", "--pairs", "p.tsv"}, // vecalign needs --out DIR
	} {
		if code, _, stderr := runCLI(t, "", args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d\n%s", args, code, exitUsage, stderr)
		}
	}
	code, stdout, stderr := runCLI(t, "", "align", "--presplit", "--src-lang", "de", "--tgt-lang", "fr",
		alignFixture("tgt.en"), alignFixture("tgt.en"))
	if code != 0 {
		t.Fatalf("de→fr without backend: exit %d\n%s", code, stderr)
	}
	if !strings.HasPrefix(stdout, "[0]:[0]:") {
		t.Errorf("identical documents should align 1-1:\n%s", stdout)
	}
	if code, _, stderr := runCLI(t, "", "align", "--presplit", "--src-mt", alignFixture("tgt.en"),
		alignFixture("src.ar"), alignFixture("tgt.en")); code != exitFailed || !strings.Contains(stderr, "one line per source sentence") {
		t.Errorf("mismatched --src-mt: exit %d, stderr %q", code, stderr)
	}
}

func TestAlignOutFile(t *testing.T) {
	opts := baseAlignOptions()
	opts.Format = "tmx"
	opts.Out = filepath.Join(t.TempDir(), "sub", "out.tmx")
	var stdout bytes.Buffer
	if err := runAlign(context.Background(), opts, nil, &stdout, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if stdout.Len() != 0 {
		t.Errorf("--out: stdout should stay empty, got %q", stdout.String())
	}
	got, err := os.ReadFile(opts.Out)
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, alignFixture("golden.tmx"), got)
	entries, _ := os.ReadDir(filepath.Dir(opts.Out))
	if len(entries) != 1 {
		t.Errorf("temporary files left next to the output: %v", entries)
	}
}
