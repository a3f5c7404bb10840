package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"strings"
	"testing"
)

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if binary.dir != "" {
		os.RemoveAll(binary.dir)
	}
	os.Exit(code)
}

// runCLI runs the app in-process as `tarjama args...` and returns the exit
// code main would use, with stdout and stderr.
func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	app := newApp(strings.NewReader(stdin), &out, &errb)
	ctx := context.Background()
	err := app.RunContext(ctx, flagsFirst(app.Commands, append([]string{"tarjama"}, args...)))
	if err != nil {
		errb.WriteString("tarjama: " + err.Error() + "\n")
	}
	return exitCode(ctx, err), out.String(), errb.String()
}

// An input named "help" or "h" is an input, not a request for help.
func TestInputNamedHelp(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	for _, name := range []string{"help", "h"} {
		if err := os.WriteFile(name, []byte("جملة أولى. جملة ثانية.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, stderr := runCLI(t, "", "segment", name)
		if code != exitOK || out != "جملة أولى.\nجملة ثانية.\n" {
			t.Errorf("segment %s: exit %d, stdout %q, stderr %q", name, code, out, stderr)
		}
	}
	if code, out, _ := runCLI(t, "", "segment", "--help"); code != exitOK || !strings.Contains(out, "USAGE") {
		t.Errorf("segment --help: exit %d, stdout %q", code, out)
	}
	if code, out, _ := runCLI(t, "", "glossary", "help"); code != exitOK || !strings.Contains(out, "COMMANDS") {
		t.Errorf("glossary help: exit %d, stdout %q", code, out)
	}
}
