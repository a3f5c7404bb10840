package jsonq

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func encode(t *testing.T, s string) string {
	var buf bytes.Buffer
	e := json.NewEncoder(&buf)
	e.SetEscapeHTML(false)
	if err := e.Encode(s); err != nil {
		t.Fatal(err)
	}
	return strings.TrimSuffix(buf.String(), "\n")
}

func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", "a\"b\\c", "\b\f\n\r\t\x01\x1f", "<&>", "\u2028\u2029", "\xff\xfe", "مرحبا\u200f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(AppendString(nil, s)), encode(t, s); got != want {
			t.Fatalf("AppendString(%q) = %s, encoding/json %s", s, got, want)
		}
		long := strings.NewReplacer(`\b`, `\u0008`, `\f`, `\u000c`)
		got := string(AppendStringLong(nil, s))
		var back, want string
		_ = json.Unmarshal([]byte(encode(t, s)), &want)
		if err := json.Unmarshal([]byte(got), &back); err != nil || back != want {
			t.Fatalf("AppendStringLong(%q) = %s does not decode back (%v)", s, got, err)
		}
		if !strings.Contains(s, `\`) && got != long.Replace(encode(t, s)) {
			t.Fatalf("AppendStringLong(%q) = %s, want %s", s, got, long.Replace(encode(t, s)))
		}
	})
}
