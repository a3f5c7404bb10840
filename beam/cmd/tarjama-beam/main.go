// Command tarjama-beam runs `tarjama translate` as an Apache Beam job: on
// prism in this process (the default), or on Dataflow, Flink or Spark with
// Beam's own pipeline options. See README "Scaling out".
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	tversion "github.com/tarjama/tarjama/internal/version"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

// version is written into the outputs; it must equal tarjama's for the
// two runners' corpus.tmx files to be byte-identical, so both take
// internal/version.Version.
var version = tversion.Version

// Exit codes, as `tarjama` documents them (README "Exit codes").
const (
	exitOK          = 0
	exitFailed      = 1
	exitUsage       = 2
	exitPartial     = 3
	exitInterrupted = 130
)

func main() {
	fs := flag.CommandLine
	opts := defineFlags(fs)
	fs.Usage = func() { usage(fs) }
	flag.Parse()
	// On a worker, Init runs the SDK harness and never returns.
	beam.Init()
	if r := flag.Lookup("runner"); r == nil || r.Value.String() == "" || r.Value.String() == "prism" {
		// prism's job-service chatter is not the user's business locally.
		slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, opts, fs, os.Getenv, os.Stderr)
	stop()
	os.Exit(exitCode(ctx, err, os.Stderr))
}

func usage(fs *flag.FlagSet) {
	w := fs.Output()
	fmt.Fprintln(w, "usage: tarjama-beam --input GLOB [--input GLOB]... --output DIR [flags]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Translates every document the inputs name, as `tarjama translate` does, on an")
	fmt.Fprintln(w, "Apache Beam runner: prism in this process by default; --runner dataflow, flink,")
	fmt.Fprintln(w, "spark or universal with Beam's pipeline options (--project, --region,")
	fmt.Fprintln(w, "--temp_location, --staging_location, --endpoint, --max_num_workers, ...).")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Exit codes: 0 done, 1 the job failed, 2 usage error, 3 some documents were")
	fmt.Fprintln(w, "skipped or failed (report.json says which), 130 interrupted.")
	fmt.Fprintln(w)
	fs.PrintDefaults()
}

// usageError is a bad flag or input: exit code 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// errPartial: the job finished, but some documents were skipped or failed.
var errPartial = errors.New("some documents were skipped or failed")

func exitCode(ctx context.Context, err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	fmt.Fprintln(stderr, "tarjama-beam:", err)
	switch {
	case errors.Is(err, errPartial):
		return exitPartial
	case ctx.Err() != nil:
		return exitInterrupted
	case errors.As(err, new(usageError)):
		return exitUsage
	}
	return exitFailed
}

// runJob runs the pipeline; tests replace it to run on a chosen runner.
var runJob = func(ctx context.Context, p *beam.Pipeline) error { return beamx.Run(ctx, p) }
