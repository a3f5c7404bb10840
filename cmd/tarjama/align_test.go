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
	"github.com/tarjama/tarjama/backend"
	"golang.org/x/text/encoding/charmap"
)

func alignFixture(name string) string { return filepath.Join("testdata", "align", name) }

func baseAlignOptions() alignOptions {
	return alignOptions{
		Src: alignFixture("src.ar"), Tgt: alignFixture("tgt.en"), SrcMT: alignFixture("mt.en"),
		Presplit: true, SrcLang: "ar", TgtLang: "en", Format: "vecalign", MaxGroup: align.DefaultMaxGroup,
	}
}

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := alignFixture(name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs:\n--- got\n%s\n--- want\n%s", name, got, want)
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
			checkGolden(t, "golden."+format, out.Bytes())
		})
	}
}

func TestAlignCoverageAndMinScore(t *testing.T) {
	opts := baseAlignOptions()
	opts.MinScore = 0.8
	var out bytes.Buffer
	if err := runAlign(context.Background(), opts, nil, &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	links, err := align.ReadVecalign(&out)
	if err != nil {
		t.Fatal(err)
	}
	// Filtered links become unlinked sentences: 6 and 7 lines still covered.
	if err := align.Check(links, 6, 7); err != nil {
		t.Fatal(err)
	}
	for _, l := range links {
		if len(l.Src) > 0 && len(l.Tgt) > 0 && l.Score < 0.8 {
			t.Errorf("link %v scores %.2f < --min-score", l, l.Score)
		}
		if (len(l.Src) == 0 || len(l.Tgt) == 0) && len(l.Src)+len(l.Tgt) != 1 {
			t.Errorf("unlinked entry %v should name one sentence", l)
		}
	}
}

func TestAlignBackendAndFallback(t *testing.T) {
	mt, err := alignLines(alignFixture("mt.en"))
	if err != nil {
		t.Fatal(err)
	}
	opts := baseAlignOptions()
	opts.SrcMT = ""
	calls := 0
	opts.Backend = "fake"
	opts.Translate = func(_ context.Context, s []string) ([]string, error) {
		calls++
		if len(s) != len(mt) {
			t.Fatalf("translate got %d sentences, want %d", len(s), len(mt))
		}
		return mt, nil
	}
	var viaBackend, viaFile bytes.Buffer
	if err := runAlign(context.Background(), opts, nil, &viaBackend, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if err := runAlign(context.Background(), baseAlignOptions(), nil, &viaFile, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if calls != 1 || viaBackend.String() != viaFile.String() {
		t.Errorf("backend translation should give the --src-mt result (calls %d):\n%s\nvs\n%s", calls, viaBackend.String(), viaFile.String())
	}

	// A backend that cannot serve the pair: length and anchors, with a note.
	opts.Translate = func(context.Context, []string) ([]string, error) {
		return nil, &backend.Error{Backend: "fake", Kind: backend.Permanent, Err: errors.New("unsupported language pair")}
	}
	var out, errb bytes.Buffer
	if err := runAlign(context.Background(), opts, nil, &out, &errb); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errb.String(), "length and anchors only") {
		t.Errorf("no fallback note on stderr: %q", errb.String())
	}
	links, err := align.ReadVecalign(&out)
	if err != nil || align.Check(links, 6, 7) != nil {
		t.Errorf("fallback output invalid: %v %v", links, err)
	}

	// A transient failure is an error, not a silent fallback.
	opts.Translate = func(context.Context, []string) ([]string, error) {
		return nil, &backend.Error{Backend: "fake", Kind: backend.Transient, Err: errors.New("503")}
	}
	if err := runAlign(context.Background(), opts, nil, &bytes.Buffer{}, &bytes.Buffer{}); err == nil {
		t.Error("transient backend failure: want an error")
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

func TestAlignPlainDocuments(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src.txt")
	tgt := filepath.Join(dir, "tgt.txt")
	os.WriteFile(src, []byte("The first sentence is here. The second one follows it.\n\nA new paragraph starts.\n"), 0o644)
	os.WriteFile(tgt, []byte("The first sentence is here.\nThe second one follows it.\nA new paragraph starts.\n"), 0o644)
	opts := alignOptions{Src: src, Tgt: tgt, SrcMT: "", SrcLang: "en", TgtLang: "en", Format: "vecalign", MaxGroup: 6}
	var out bytes.Buffer
	if err := runAlign(context.Background(), opts, nil, &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	links, err := align.ReadVecalign(&out)
	if err != nil {
		t.Fatal(err)
	}
	if err := align.Check(links, 3, 3); err != nil {
		t.Errorf("plain documents should split into 3 sentences each: %v\n%v", err, links)
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
	checkGolden(t, "golden.tmx", got)
	entries, _ := os.ReadDir(filepath.Dir(opts.Out))
	if len(entries) != 1 {
		t.Errorf("temporary files left next to the output: %v", entries)
	}
}

// A Windows-1256 source aligns as its UTF-8 form does; bytes that decode
// as nothing are refused with the file's name.
func TestAlignDecodesLikeTranslate(t *testing.T) {
	src, err := os.ReadFile(alignFixture("src.ar"))
	if err != nil {
		t.Fatal(err)
	}
	cp, err := charmap.Windows1256.NewEncoder().Bytes(src)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	opts := baseAlignOptions()
	opts.Src = filepath.Join(dir, "src.ar")
	opts.Format = "tsv" // holds the source text
	os.WriteFile(opts.Src, cp, 0o644)
	var out, errb bytes.Buffer
	if err := runAlign(context.Background(), opts, nil, &out, &errb); err != nil {
		t.Fatalf("runAlign: %v\n%s", err, errb.String())
	}
	checkGolden(t, "golden.tsv", out.Bytes())

	os.WriteFile(opts.Src, []byte("caf\xe9\n"), 0o644)
	err = runAlign(context.Background(), opts, nil, &out, &errb)
	if err == nil || !strings.Contains(err.Error(), opts.Src+": invalid UTF-8") {
		t.Errorf("undecodable source: err %v, want one naming %s and the bad byte", err, opts.Src)
	}
}
