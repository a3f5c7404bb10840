package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// export --help names no flag export lacks (--to) and names the report
// export writes (issue 17, item 10).
func TestExportHelpTellsTheTruth(t *testing.T) {
	var out, errOut bytes.Buffer
	app := newApp(strings.NewReader(""), &out, &errOut)
	if err := app.RunContext(context.Background(), []string{"tarjama", "export", "--help"}); err != nil {
		t.Fatal(err)
	}
	help := out.String() + errOut.String()
	if strings.Contains(help, "--to") || strings.Contains(help, " report.json") || strings.Contains(help, "(report.json") {
		t.Errorf("export --help mentions --to or report.json:\n%s", help)
	}
	if !strings.Contains(help, "export-report.json") {
		t.Errorf("export --help does not name export-report.json:\n%s", help)
	}
}
