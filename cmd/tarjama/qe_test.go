package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/corpus"
)

func TestQECommand(t *testing.T) {
	in := filepath.Join(t.TempDir(), "in.tsv")
	src := "وناقش الكاظمي والمبعوث الامريكي بريت ماكغورك يوم الخميس القضية في بغداد."
	data := "ar\ten\n" +
		src + "\tal-Kadhimi and US Envoy Brett McGurk discussed the issue in Baghdad on Thursday.\n" +
		src + "\t" + src + "\n"
	if err := os.WriteFile(in, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := runQE(context.Background(), qeOptions{In: in, Format: corpus.JSONL}, &out); err != nil {
		t.Fatal(err)
	}
	r := corpus.NewJSONLReader(&out)
	good, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	copied, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	if !good.HasQE || !copied.HasQE || !(good.QE > 0.5 && copied.QE < 0.1) {
		t.Errorf("qe: good pair %v (%v), untranslated copy %v (%v)", good.QE, good.HasQE, copied.QE, copied.HasQE)
	}
	var tmx bytes.Buffer
	if err := runQE(context.Background(), qeOptions{In: in, Format: corpus.TMX}, &tmx); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(tmx.String(), `<prop type="x-qe">`); n != 2 {
		t.Errorf("%d x-qe props in\n%s", n, tmx.String())
	}
	err = runQE(context.Background(), qeOptions{In: "-", Format: corpus.JSONL, stdin: strings.NewReader("")}, &out)
	if exitCode(context.Background(), err) != exitUsage {
		t.Errorf("stdin without --from: want a usage error, got %v", err)
	}
}
