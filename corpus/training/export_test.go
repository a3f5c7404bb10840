package training

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/corpus"
)

// writeCorpus writes in to path with corpus.Create.
func writeCorpus(t *testing.T, path string, in []corpus.Pair) string {
	t.Helper()
	fw, err := corpus.Create(path, corpus.CreateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range in {
		if err := fw.Write(p); err != nil {
			t.Fatal(err)
		}
	}
	if err := fw.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestExport(t *testing.T) {
	dir := t.TempDir()
	in := pairs(400) // 1,401 pairs
	a := writeCorpus(t, filepath.Join(dir, "a.jsonl"), in[:700])
	b := writeCorpus(t, filepath.Join(dir, "b.tmx"), in[700:])
	out := filepath.Join(dir, "out")
	var calls []int
	job := Job{Options: splitOptions(out, corpus.JSONL, corpus.TMX), Inputs: []string{a, b},
		Progress: func(n int) { calls = append(calls, n) }}
	job.SrcLang, job.TgtLang = "", "" // the first pair's
	rep, err := Export(context.Background(), job)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Inputs) != 2 || rep.Inputs[0] != (Input{Path: a, Pairs: 700}) || rep.Inputs[1].Pairs != len(in)-700 {
		t.Errorf("inputs %+v", rep.Inputs)
	}
	if rep.SrcLang != "ar" || rep.TgtLang != "en" || rep.Summary.Read != len(in) || rep.Skipped() != 0 {
		t.Errorf("report %+v", rep)
	}
	if len(calls) != 1 || calls[0] != 1024 {
		t.Errorf("progress calls %v, want [1024]", calls)
	}
	var onDisk Report
	data, err := os.ReadFile(filepath.Join(out, ReportName))
	if err != nil || json.Unmarshal(data, &onDisk) != nil || onDisk.Summary != rep.Summary || len(onDisk.Files) != 6 {
		t.Errorf("%s: %v %s", ReportName, err, data)
	}
	// The TMX header names the first pair's source language.
	tmx, _ := os.ReadFile(filepath.Join(out, "train.tmx"))
	if !bytes.Contains(tmx, []byte(`srclang="ar"`)) {
		t.Errorf("train.tmx header: %.300s", tmx)
	}
	var sum bytes.Buffer
	rep.WriteSummary(&sum, out)
	if !strings.HasSuffix(sum.String(), "wrote "+strings.Join(rep.Files, ", ")+" to "+out+"\n") {
		t.Errorf("summary:\n%s", sum.String())
	}
}

// Standard input needs a format and makes the split hashed; units
// without both languages are counted, not an error.
func TestExportStdinAndSkipped(t *testing.T) {
	out := t.TempDir()
	tmx := `<?xml version="1.0"?><tmx version="1.4"><header srclang="ar"/><body>` +
		`<tu><tuv xml:lang="ar"><seg>مرحبا بكم</seg></tuv><tuv xml:lang="en"><seg>Welcome</seg></tuv></tu>` +
		`<tu><tuv xml:lang="ar"><seg>وحده</seg></tuv></tu></body></tmx>`
	job := Job{Options: splitOptions(out, corpus.JSONL), Inputs: []string{"-"}, Stdin: strings.NewReader(tmx)}
	job.Filter.MinTokens = 1
	if _, err := Export(context.Background(), job); !errors.Is(err, corpus.ErrBadArg) {
		t.Fatalf("stdin without From: %v, want ErrBadArg", err)
	}
	job.From = corpus.TMX
	rep, err := Export(context.Background(), job)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Skipped() != 1 || rep.Inputs[0].Pairs != 1 || rep.Inputs[0].Path != "-" {
		t.Errorf("inputs %+v", rep.Inputs)
	}
}

func TestExportErrors(t *testing.T) {
	dir := t.TempDir()
	good := writeCorpus(t, filepath.Join(dir, "good.jsonl"), pairs(3))
	out := filepath.Join(dir, "out")
	// A missing input is found before any file exists.
	_, err := Export(context.Background(), Job{Options: splitOptions(out, corpus.JSONL), Inputs: []string{good, filepath.Join(dir, "none.jsonl")}})
	if !errors.Is(err, corpus.ErrBadArg) || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing input: %v", err)
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("output folder after a missing input: %v", err)
	}
	// An input in another language pair is named in the error, and leaves no file.
	other := pairs(2)
	for i := range other {
		other[i].SrcLang = "fa"
	}
	bad := writeCorpus(t, filepath.Join(dir, "fa.jsonl"), other)
	_, err = Export(context.Background(), Job{Options: splitOptions(out, corpus.JSONL), Inputs: []string{good, bad}})
	if err == nil || !strings.HasPrefix(err.Error(), bad+": ") {
		t.Errorf("mixed languages: %v", err)
	}
	if files, _ := filepath.Glob(filepath.Join(out, "*.jsonl")); len(files) != 0 {
		t.Errorf("files left after an error: %v", files)
	}
	// Cancelled: the context's error.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Export(ctx, Job{Options: splitOptions(out, corpus.JSONL), Inputs: []string{good}}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}
