package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/corpus/filter"
	"github.com/tarjama/tarjama/corpus/training"
	"github.com/tarjama/tarjama/internal/evaldata"
)

// writeJSONL writes pairs as a corpus.jsonl in a fresh folder, the way
// translate leaves it.
func writeJSONL(t *testing.T, dir string, pairs []corpus.Pair) string {
	t.Helper()
	fw, err := corpus.Create(filepath.Join(dir, "corpus.jsonl"), corpus.CreateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pairs {
		if err := fw.Write(p); err != nil {
			t.Fatal(err)
		}
	}
	if err := fw.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

func exportPairs() []corpus.Pair {
	var out []corpus.Pair
	add := func(doc, src, tgt string, mod func(*corpus.Pair)) {
		p := corpus.Pair{ID: fmt.Sprintf("%s#%d", doc, len(out)+1), Doc: doc, SrcLang: "ar", TgtLang: "en", Src: src, Tgt: tgt}
		if mod != nil {
			mod(&p)
		}
		out = append(out, p)
	}
	for d := 0; d < 40; d++ {
		doc := fmt.Sprintf("news/%02d.txt", d)
		add(doc, fmt.Sprintf("قال المتحدث في البيان رقم %d", d), fmt.Sprintf("The spokesman said in statement number %d", d), nil)
		add(doc, "شكرا جزيلا لكم", "Thank you very much", nil) // duplicates after the first document
	}
	add("x.txt", "", "Orphan", nil)
	add("x.txt", "وصل الكاظمي", "وصل الكاظمي", nil)
	add("x.txt", "قال ماكغورك اليوم", "Makgurk said today", func(p *corpus.Pair) {
		p.Glossary = []corpus.Term{{Source: "ماكغورك", Target: "McGurk", Status: "missing"}}
	})
	add("x.txt", "قال الرئيس الأمريكي", "The US president said", func(p *corpus.Pair) { p.Score, p.HasScore = 0.2, true })
	return out
}

func TestExport(t *testing.T) {
	dir := t.TempDir()
	in := writeJSONL(t, filepath.Join(dir, "run"), exportPairs())
	out := filepath.Join(dir, "export")
	opts := filter.DefaultOptions()
	opts.MinScore = 0.5
	opts.Split = [3]float64{0.6, 0.2, 0.2}
	cfg := exportConfig{Job: training.Job{Inputs: []string{in}, Options: training.Options{Dir: out, Formats: []corpus.Format{corpus.JSONL, corpus.Moses, corpus.TMX}, Filter: opts}}, now: convertNow}
	var stdout, stderr bytes.Buffer
	if err := runExport(context.Background(), cfg, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	var rep training.Report
	data, err := os.ReadFile(filepath.Join(out, training.ReportName))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	s := rep.Summary
	want := filter.Removed{TooShort: 1, Script: 1, GlossaryMiss: 1, LowScore: 1, ExactDup: 39}
	if s.Read != 84 || s.Kept != 41 || s.Removed != want {
		t.Errorf("summary %+v", s)
	}
	if len(rep.Files) != 12 || rep.Inputs[0].Pairs != 84 {
		t.Errorf("report: %+v", rep)
	}
	// Every part's files agree with the summary and no document is in two parts.
	docPart := map[string]string{}
	total := 0
	for _, part := range filter.Parts {
		pairs := readPairs(t, filepath.Join(out, part.String()+".jsonl"), corpus.OpenOptions{})
		moses := readPairs(t, filepath.Join(out, part.String()), corpus.OpenOptions{})
		tmx := readPairs(t, filepath.Join(out, part.String()+".tmx"), corpus.OpenOptions{})
		if len(pairs) != s.Part(part).Pairs || len(moses) != len(pairs) || len(tmx) != len(pairs) {
			t.Errorf("%s: %d jsonl, %d moses, %d tmx pairs; summary says %d", part, len(pairs), len(moses), len(tmx), s.Part(part).Pairs)
		}
		for _, p := range pairs {
			if prev, ok := docPart[p.Doc]; ok && prev != part.String() {
				t.Errorf("%s is in %s and %s", p.Doc, prev, part)
			}
			docPart[p.Doc] = part.String()
		}
		total += len(pairs)
		xmllintValid(t, filepath.Join(out, part.String()+".tmx"))
	}
	if total != 41 {
		t.Errorf("%d pairs written", total)
	}
	if stdout.Len() != 0 {
		t.Errorf("export wrote to stdout (the summary belongs on stderr): %q", stdout.String())
	}
	for _, w := range []string{"exact duplicate", "39", "dev.jsonl"} {
		if !strings.Contains(stderr.String(), w) {
			t.Errorf("summary lacks %q:\n%s", w, stderr.String())
		}
	}
	// The same input and seed give the same files.
	first, _ := os.ReadFile(filepath.Join(out, "train.jsonl"))
	cfg.Dir = filepath.Join(dir, "again")
	if err := runExport(context.Background(), cfg, &bytes.Buffer{}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	again, _ := os.ReadFile(filepath.Join(cfg.Dir, "train.jsonl"))
	if !bytes.Equal(first, again) || len(first) == 0 {
		t.Error("export is not deterministic")
	}
}

func TestExportTICO19(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus-scale")
	}
	tico := evaldata.Path(t, "tico19/all.en-ar.tmx")
	out := t.TempDir()
	opts := filter.DefaultOptions()
	opts.Split = [3]float64{0.8, 0.1, 0.1}
	cfg := exportConfig{Job: training.Job{Inputs: []string{tico}, Options: training.Options{Dir: out, Formats: []corpus.Format{corpus.Moses}, SrcLang: "ar", TgtLang: "en", Filter: opts}}, now: convertNow}
	if err := runExport(context.Background(), cfg, &bytes.Buffer{}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	var rep training.Report
	data, _ := os.ReadFile(filepath.Join(out, training.ReportName))
	json.Unmarshal(data, &rep)
	s := rep.Summary
	if s.Read != 3071 || s.Kept+s.Removed.Total() != 3071 || s.Kept < 2500 {
		t.Errorf("summary %+v", s)
	}
	if s.Train.Docs+s.Dev.Docs+s.Test.Docs != 31 || s.Dev.Docs == 0 || s.Test.Docs == 0 {
		t.Errorf("documents per part: %d %d %d", s.Train.Docs, s.Dev.Docs, s.Test.Docs)
	}
	for _, part := range filter.Parts {
		if got := len(readPairs(t, filepath.Join(out, part.String()), corpus.OpenOptions{})); got != s.Part(part).Pairs {
			t.Errorf("%s: %d pairs in files, %d in summary", part, got, s.Part(part).Pairs)
		}
	}
}

func TestExportUsageAndFlags(t *testing.T) {
	dir := t.TempDir()
	in := writeJSONL(t, filepath.Join(dir, "run"), exportPairs())
	ctx := context.Background()
	run := func(args ...string) (int, string) {
		var out, errOut bytes.Buffer
		app := newApp(strings.NewReader(""), &out, &errOut)
		return exitCode(ctx, app.RunContext(ctx, append([]string{"tarjama", "export"}, args...))), out.String()
	}
	outDir := filepath.Join(dir, "o")
	for _, c := range []struct {
		args []string
		want int
	}{
		{nil, exitUsage},
		{[]string{filepath.Join(dir, "missing.jsonl")}, exitUsage},
		{[]string{"--split", "0.5,0.1", in}, exitUsage},
		{[]string{"--dedup", "fuzzy", in}, exitUsage},
		{[]string{"--format", "csv", in}, exitUsage},
		{[]string{"--max-ratio", "0.5", in}, exitUsage},
		{[]string{in, "--split", "1"}, exitUsage},
		{[]string{"--out", outDir, "--split", "1", "--dedup", "none", "--script-check=false", "--min-len", "0", "--drop-glossary-miss=false", "--format", "tsv", in}, exitOK},
	} {
		if got, _ := run(c.args...); got != c.want {
			t.Errorf("export %v: exit %d, want %d", c.args, got, c.want)
		}
	}
	// With every filter off, everything goes to train.tsv.
	data, _ := os.ReadFile(filepath.Join(outDir, "train.tsv"))
	if n := strings.Count(string(data), "\n"); n != len(exportPairs())+1 {
		t.Errorf("train.tsv has %d lines", n)
	}
	if _, err := os.Stat(filepath.Join(outDir, "dev.tsv")); err == nil {
		t.Error("dev.tsv written for a zero share")
	}

	// The flags as translate sees them.
	var got filter.Options
	var set bool
	app := &cli.App{Flags: exportFlags(), Action: func(c *cli.Context) error {
		var err error
		got, err = exportOptions(c)
		set = exportFlagsSet(c)
		return err
	}}
	want := filter.DefaultOptions()
	want.Split = [3]float64{1, 0, 0} // no split unless --split is given
	if err := app.Run([]string{"x"}); err != nil || set || got != want {
		t.Errorf("defaults: %+v set=%v err=%v", got, set, err)
	}
	if err := app.Run([]string{"x", "--split", "80,10,10", "--seed", "9", "--min-score", "0.4"}); err != nil || !set ||
		got.Split != [3]float64{0.8, 0.1, 0.1} || got.Seed != 9 || got.MinScore != 0.4 {
		t.Errorf("parsed: %+v set=%v err=%v", got, set, err)
	}
}
