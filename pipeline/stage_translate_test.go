package pipeline

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/backend"
)

type failing struct{ err error }

func (r failing) Translate(context.Context, backend.Request) ([]string, error) { return nil, r.err }

func TestTranslateStage(t *testing.T) {
	d := upTo(t, Options{}, "قال الوزير.\n", "translate")
	if len(d.targets) != 1 || d.targets[0] != "EN[قال الوزير.]" || d.done {
		t.Errorf("targets %q, done %v", d.targets, d.done)
	}
	d = upTo(t, Options{DryRun: true}, "قال الوزير.\n", "translate")
	if !d.done || d.res.Report.Status != StatusOK {
		t.Errorf("dry run not settled after translating: %+v", d.res.Report)
	}
	bad := &backend.Error{Backend: "x", Kind: backend.Permanent, Status: 400, Err: errors.New("bad segment")}
	d = upTo(t, Options{Translator: failing{bad}}, "قال الوزير.\n", "translate")
	if !d.done || d.res.Report.Status != StatusFailed || !strings.Contains(d.res.Report.Reason, "400") || d.res.Lines != nil {
		t.Errorf("permanent failure: %+v", d.res.Report)
	}
}

func TestTranslateStageStopsTheRunOnRefusedCredentials(t *testing.T) {
	auth := &backend.Error{Backend: "x", Kind: backend.Permanent, Status: 403, Err: backend.ErrAuth}
	env, err := NewEnv(Options{Translator: failing{auth}})
	if err != nil {
		t.Fatal(err)
	}
	res := env.Process(context.Background(), Document{Name: "a.txt", Text: "قال الوزير.\n"})
	if !errors.Is(res.Err, backend.ErrAuth) || !strings.Contains(res.Err.Error(), "a.txt") {
		t.Errorf("Err = %v, want ErrAuth naming the document", res.Err)
	}
}
