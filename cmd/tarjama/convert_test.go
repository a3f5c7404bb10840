package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/internal/evaldata"
)

var convertNow = func() time.Time { return time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC) }

func convert(t *testing.T, in, out string, mod func(*convertOptions)) (string, error) {
	t.Helper()
	opts := convertOptions{In: in, Out: out, now: convertNow}
	if mod != nil {
		mod(&opts)
	}
	var stderr bytes.Buffer
	err := runConvert(context.Background(), opts, &bytes.Buffer{}, &stderr)
	return stderr.String(), err
}

func readPairs(t *testing.T, path string, opts corpus.OpenOptions) []corpus.Pair {
	t.Helper()
	r, err := corpus.Open(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var out []corpus.Pair
	for {
		p, err := r.Read()
		if err != nil {
			if err == io.EOF {
				return out
			}
			t.Fatal(err)
		}
		out = append(out, p)
	}
}

func xmllintValid(t *testing.T, path string) {
	t.Helper()
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Log("xmllint not installed (Debian libxml2-utils): DTD validation skipped")
		return
	}
	dtd := evaldata.Path(t, "tmx/tmx14.dtd")
	if out, err := exec.Command(xmllint, "--noout", "--dtdvalid", dtd, path).CombinedOutput(); err != nil || len(out) > 0 {
		t.Errorf("xmllint: %v\n%s", err, out)
	}
}

// TestConvertTICO19 is the invariant on real third-party TMX:
// TMX → JSONL → TMX → JSONL gives the same pairs, all 3,071 of them.
func TestConvertTICO19(t *testing.T) {
	tico := evaldata.Path(t, "tico19/all.en-ar.tmx")
	dir := t.TempDir()
	ar := func(o *convertOptions) { o.SrcLang, o.TgtLang = "ar", "en" }
	steps := []struct{ in, out string }{{tico, "a.jsonl"}, {"a.jsonl", "b.tmx"}, {"b.tmx", "c.jsonl"}}
	for _, s := range steps {
		in := s.in
		if !filepath.IsAbs(in) {
			in = filepath.Join(dir, in)
		}
		msg, err := convert(t, in, filepath.Join(dir, s.out), ar)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(msg, "3071 pairs (ar-en)") {
			t.Errorf("summary: %q", msg)
		}
	}
	a, _ := os.ReadFile(filepath.Join(dir, "a.jsonl"))
	c, _ := os.ReadFile(filepath.Join(dir, "c.jsonl"))
	if !bytes.Equal(a, c) || bytes.Count(a, []byte("\n")) != 3071 {
		t.Errorf("TMX → JSONL → TMX → JSONL changed the pairs (%d vs %d bytes)", len(a), len(c))
	}
	xmllintValid(t, filepath.Join(dir, "b.tmx"))
	orig := readPairs(t, tico, corpus.OpenOptions{SrcLang: "ar", TgtLang: "en"})
	back := readPairs(t, filepath.Join(dir, "c.jsonl"), corpus.OpenOptions{})
	if len(orig) != 3071 || len(back) != 3071 {
		t.Fatalf("%d and %d pairs", len(orig), len(back))
	}
	for i := range orig {
		if orig[i].ID != back[i].ID || orig[i].Doc != back[i].Doc || orig[i].Src != back[i].Src || orig[i].Tgt != back[i].Tgt {
			t.Fatalf("pair %d: %+v became %+v", i, orig[i], back[i])
		}
	}
}

func TestConvertMosesTSVAndStdio(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "in.jsonl")
	os.WriteFile(src, []byte(`{"id":"d#1","doc":"d","translation":{"ar":"مرحبا\nبكم","en":"Hello\tyou"}}`+"\n"+
		`{"id":"d#2","doc":"d","translation":{"ar":"شكرا","en":"Thanks"}}`+"\n"), 0o644)
	if _, err := convert(t, src, filepath.Join(dir, "out", "train"), nil); err != nil {
		t.Fatal(err)
	}
	arData, _ := os.ReadFile(filepath.Join(dir, "out", "train.ar"))
	enData, _ := os.ReadFile(filepath.Join(dir, "out", "train.en"))
	if string(arData) != "مرحبا بكم\nشكرا\n" || string(enData) != "Hello\tyou\nThanks\n" {
		t.Errorf("moses: %q %q", arData, enData)
	}
	// Moses stem back to TSV.
	if _, err := convert(t, filepath.Join(dir, "out", "train"), filepath.Join(dir, "x.tsv"), nil); err != nil {
		t.Fatal(err)
	}
	tsv, _ := os.ReadFile(filepath.Join(dir, "x.tsv"))
	if string(tsv) != "ar\ten\nمرحبا بكم\tHello you\nشكرا\tThanks\n" {
		t.Errorf("tsv: %q", tsv)
	}
	// stdin to stdout.
	in, _ := os.ReadFile(src)
	var stdout bytes.Buffer
	err := runConvert(context.Background(), convertOptions{In: "-", Out: "-", From: corpus.JSONL, To: corpus.TMX, now: convertNow, stdin: bytes.NewReader(in), Quiet: true}, &stdout, &bytes.Buffer{})
	if err != nil || !strings.Contains(stdout.String(), `<tuv xml:lang="ar"><seg>مرحبا`+"\n"+`بكم</seg></tuv>`) || !strings.Contains(stdout.String(), `creationdate="20261128T120000Z"`) {
		t.Errorf("stdio: %v\n%s", err, stdout.String())
	}
}

// TestConvertReverseAndReproducible: --src-lang/--tgt-lang turn a corpus
// around, and SOURCE_DATE_EPOCH fixes the TMX creationdate.
func TestConvertReverseAndReproducible(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	os.WriteFile(in, []byte(`{"id":"d#1","doc":"d","translation":{"ar":"نعم","en":"yes"}}`+"\n"), 0o644)
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	var outs [2][]byte
	for i := range outs {
		out := filepath.Join(dir, fmt.Sprintf("en-ar%d.tmx", i))
		var stdout, stderr bytes.Buffer
		app := newApp(strings.NewReader(""), &stdout, &stderr)
		if err := app.RunContext(context.Background(), []string{"tarjama", "convert", "--src-lang", "en", "--tgt-lang", "ar", in, out}); err != nil {
			t.Fatal(err)
		}
		outs[i], _ = os.ReadFile(out)
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Error("two conversions with SOURCE_DATE_EPOCH differ")
	}
	s := string(outs[0])
	if !strings.Contains(s, `srclang="en"`) || !strings.Contains(s, `creationdate="20231114T221320Z"`) ||
		strings.Index(s, `xml:lang="en"`) > strings.Index(s, `xml:lang="ar"`) {
		t.Errorf("reversed TMX:\n%s", s)
	}
}

func TestConvertErrorsAndExitCodes(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	run := func(args ...string) int {
		var out, errOut bytes.Buffer
		app := newApp(strings.NewReader(""), &out, &errOut)
		return exitCode(ctx, app.RunContext(ctx, append([]string{"tarjama", "convert"}, args...)))
	}
	good := filepath.Join(dir, "good.tmx")
	os.WriteFile(good, []byte(`<tmx version="1.4"><header srclang="ar" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/><body>`+
		`<tu tuid="1"><tuv xml:lang="ar"><seg>نعم</seg></tuv><tuv xml:lang="en"><seg>yes</seg></tuv></tu>`+
		`<tu tuid="2"><tuv xml:lang="ar"><seg>لا</seg></tuv></tu></body></tmx>`), 0o644)
	for _, c := range []struct {
		args []string
		want int
	}{
		{[]string{good}, exitUsage},
		{[]string{filepath.Join(dir, "missing.tmx"), filepath.Join(dir, "o.jsonl")}, exitUsage},
		{[]string{"--to", "xml", good, filepath.Join(dir, "o.jsonl")}, exitUsage},
		{[]string{good, "-"}, exitUsage},
		{[]string{filepath.Join(dir, "nostem"), filepath.Join(dir, "o.jsonl")}, exitUsage},
		{[]string{good, filepath.Join(dir, "partial.jsonl")}, exitPartial},
		{[]string{"--src-lang", "ar", "--tgt-lang", "en", filepath.Join(dir, "partial.jsonl"), filepath.Join(dir, "ok.tmx")}, exitOK},
	} {
		if got := run(c.args...); got != c.want {
			t.Errorf("convert %v: exit %d, want %d", c.args, got, c.want)
		}
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "partial.jsonl")); strings.Count(string(data), "\n") != 1 {
		t.Errorf("partial output: %q", data)
	}
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte(`{"translation":{"ar":"a","en":"b"}}`+"\n{oops\n"), 0o644)
	if _, err := convert(t, bad, filepath.Join(dir, "bad.tmx"), nil); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("bad JSONL: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "bad.tmx")); err == nil {
		t.Error("a failed conversion left its output")
	}
	mixed := filepath.Join(dir, "mixed.jsonl")
	os.WriteFile(mixed, []byte(`{"translation":{"ar":"a","en":"b"}}`+"\n"+`{"translation":{"ar":"a","fr":"b"}}`+"\n"), 0o644)
	if _, err := convert(t, mixed, filepath.Join(dir, "mixed"), nil); err == nil || !strings.Contains(err.Error(), "ar→fr") {
		t.Errorf("mixed languages into Moses: %v", err)
	}
	os.Remove(mixed)
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	err := runConvert(cctx, convertOptions{In: good, Out: filepath.Join(dir, "cancel.jsonl"), now: convertNow}, &bytes.Buffer{}, &bytes.Buffer{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "cancel.jsonl")); err == nil {
		t.Error("an interrupted conversion left its output")
	}
	var names []string
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		names = append(names, e.Name())
	}
	if got := strings.Join(names, " "); got != "bad.jsonl good.tmx ok.tmx partial.jsonl" {
		t.Errorf("files left: %s (no temporary or failed output expected)", got)
	}
}
