package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/tarjama/tarjama/backend/registry"
)

func TestBackendsListsOptionsWithoutSecrets(t *testing.T) {
	var calls atomic.Int64
	env := map[string]string{"FAKEMT_KEY": "sk-never-print-me", "FAKEMT_MODEL": "huge"}
	opts := backendsOptions{Format: "text", Registry: testRegistry(&calls), Getenv: func(k string) string { return env[k] }}
	var out bytes.Buffer
	if err := runBackends(context.Background(), opts, &out); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	for _, want := range []string{"fakemt (default)", "test engine", "--fakemt-key  $FAKEMT_KEY", "(secret; set in the environment)",
		"--fakemt-model  $FAKEMT_MODEL", `(default "base")`, "limits per request: 2 segments, 5000 characters"} {
		if !strings.Contains(text, want) {
			t.Errorf("text output lacks %q:\n%s", want, text)
		}
	}
	opts.Format = "json"
	out.Reset()
	if err := runBackends(context.Background(), opts, &out); err != nil {
		t.Fatal(err)
	}
	var list []registry.Entry
	if err := json.Unmarshal(out.Bytes(), &list); err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].Limits.MaxSegments != 2 || len(list[0].Options) != 2 ||
		!list[0].Options[0].Secret || !list[0].Options[0].Set || list[0].Options[1].Default != "base" {
		t.Fatalf("json %+v", list)
	}
	if strings.Contains(text+out.String(), "sk-never-print-me") || strings.Contains(text+out.String(), "huge") {
		t.Fatal("an environment value was printed")
	}
}

func TestBackendsCommand(t *testing.T) {
	code, stdout, _ := runCLI(t, "", "backends", "--format", "json")
	var list []registry.Entry
	if code != exitOK || json.Unmarshal([]byte(stdout), &list) != nil || len(list) == 0 || list[0].Name != "lexicon" || !list[0].Default {
		t.Fatalf("exit %d, output %s", code, stdout)
	}
	if code, _, _ := runCLI(t, "", "backends", "--format", "yaml"); code != exitUsage {
		t.Fatalf("--format yaml: exit %d, want %d", code, exitUsage)
	}
	err := runBackends(context.Background(), backendsOptions{Format: "xml"}, &bytes.Buffer{})
	var ue usageError
	if !errors.As(err, &ue) {
		t.Fatalf("err = %v, want a usage error", err)
	}
}
