package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func explainRun(t *testing.T, o explainOptions, stdin string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = runExplain(context.Background(), o, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), err
}

// An unknown word repeated on two lines is counted twice and listed once.
const explainIn = "زرقطيل في المدينة.\nوصل زرقطيل إلى بغداد يوم الخميس.\n"

func TestExplainText(t *testing.T) {
	out, _, err := explainRun(t, explainOptions{Format: "text"}, explainIn)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if !strings.HasPrefix(lines[0], "# ") || !strings.Contains(lines[0], " 2 unknown (") || !strings.Contains(lines[0], "1 distinct unknown words") {
		t.Errorf("summary line %q", lines[0])
	}
	if lines[1] != "unknown\t2\tزرقطيل" {
		t.Errorf("first listed %q, want the unknown word with its count", lines[1])
	}
	for _, l := range lines[1:] {
		if f := strings.Split(l, "\t"); len(f) != 3 || (f[0] != "unknown" && f[0] != "rule") {
			t.Errorf("line %q is not KIND<TAB>COUNT<TAB>NAME", l)
		}
	}
}

func TestExplainJSON(t *testing.T) {
	out, _, err := explainRun(t, explainOptions{Format: "json"}, explainIn)
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Words        int
		UnknownWords int     `json:"unknown_words"`
		UnknownRate  float64 `json:"unknown_rate"`
		Unknown      []struct {
			Word  string
			Count int
		}
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if v.UnknownWords != 2 || len(v.Unknown) != 1 || v.Unknown[0].Word != "زرقطيل" || v.UnknownRate <= 0 {
		t.Errorf("got %+v", v)
	}
}

func TestExplainJSONLPerLine(t *testing.T) {
	out, _, err := explainRun(t, explainOptions{Format: "jsonl"}, explainIn+"\n")
	if err != nil {
		t.Fatal(err)
	}
	type rec struct {
		File, Ar, En string
		Line, Words  int
		Unknown      map[string]int
	}
	var got []rec
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var r rec
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		got = append(got, r)
	}
	if len(got) != 3 {
		t.Fatalf("%d records, want one per input line (3): %s", len(got), out)
	}
	if got[1].Line != 2 || got[1].File != "-" || got[1].Unknown["زرقطيل"] != 1 || !strings.Contains(got[1].En, "Baghdad") {
		t.Errorf("line 2: %+v", got[1])
	}
	if got[2].Words != 0 || got[2].Ar != "" {
		t.Errorf("blank line: %+v", got[2])
	}
}

// A file that is not UTF-8 is named with its line; the others still count.
func TestExplainBadFile(t *testing.T) {
	dir := t.TempDir()
	good, bad := filepath.Join(dir, "good.txt"), filepath.Join(dir, "bad.txt")
	os.WriteFile(good, []byte(explainIn), 0o644)
	os.WriteFile(bad, []byte("سطر أول.\n\xff\xfe\n"), 0o644)
	out, stderr, err := explainRun(t, explainOptions{Format: "text", Files: []string{bad, good}}, "")
	if !errors.Is(err, errPartial) {
		t.Fatalf("err = %v, want errPartial (exit 3)", err)
	}
	if !strings.Contains(stderr, "bad.txt:2: not valid UTF-8") {
		t.Errorf("stderr %q does not name the file and line", stderr)
	}
	if !strings.Contains(out, "unknown\t2\tزرقطيل") {
		t.Errorf("the good file was not explained: %s", out)
	}
}
