// Command tarjama turns folders of Arabic articles into English translations
// and sentence-aligned parallel corpora.
package main

import (
	"context"
	"errors"
	"fmt"
	tversion "github.com/tarjama/tarjama/internal/version"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/urfave/cli/v2"
)

// version is internal/version.Version, set at build time with
// -ldflags "-X github.com/tarjama/tarjama/internal/version.Version=…".
var version = tversion.Version

// Exit codes, documented in --help and README.md.
const (
	exitOK          = 0
	exitFailed      = 1
	exitUsage       = 2
	exitPartial     = 3
	exitInterrupted = 130
)

const exitCodesHelp = `EXIT CODES:
   0    done: every input went through
   1    the run itself failed (output folder not writable, backend unusable, …)
   2    usage error: bad flag, missing input path, unknown backend, malformed glossary
   3    finished, but some documents or segments were skipped or failed (see report.json)
   130  interrupted (Ctrl-C or SIGTERM); finished work is kept`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	app := newApp(os.Stdin, os.Stdout, os.Stderr)
	err := app.RunContext(ctx, flagsFirst(app.Commands, os.Args))
	code := exitCode(ctx, err) // before stop(), which cancels ctx
	stop()
	var silent errSilent
	switch {
	case code == exitInterrupted:
		fmt.Fprintln(os.Stderr, "tarjama: interrupted; finished work is kept, run the same command again to resume")
	case err != nil && !errors.As(err, &silent):
		fmt.Fprintln(os.Stderr, "tarjama:", err)
	}
	os.Exit(code)
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:                  "tarjama",
		Usage:                 "translate Arabic articles and build sentence-aligned parallel corpora",
		Version:               version,
		Reader:                stdin,
		Writer:                stdout,
		ErrWriter:             stderr,
		CustomAppHelpTemplate: cli.AppHelpTemplate + "\n" + exitCodesHelp + "\n",
		// The CLI library must never exit on its own: main maps errors to codes.
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return usageError{err}
		},
		Commands: []*cli.Command{
			translateCommand(),
			segmentCommand(),
			lexiconCommand(),
			alignCommand(),
			glossaryCommand(),
			backendsCommand(),
			convertCommand(),
			exportCommand(),
			cacheCommand(),
			qeCommand(),
			alignDocsCommand(),
			reportCommand(),
		},
	}
	markUsageErrors(app.Commands)
	return app
}

// markUsageErrors makes a bad flag of any command a usage error (exit 2);
// the app-level hook does not reach subcommands. It also hides the
// implicit "help" subcommand of commands that take arguments, so that an
// input named "help" or "h" is read, not answered with the help text.
func markUsageErrors(cmds []*cli.Command) {
	for _, c := range cmds {
		if c.OnUsageError == nil {
			c.OnUsageError = func(_ *cli.Context, err error, _ bool) error { return usageError{err} }
		}
		if len(c.Subcommands) == 0 {
			c.HideHelpCommand = true
		}
		markUsageErrors(c.Subcommands)
	}
}

// usageError marks errors caused by how the program was called (exit 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usageErrorf(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// errPartial is returned by commands that wrote their output but skipped or
// failed on part of the input (exit 3).
var errPartial = errors.New("finished with some inputs skipped or failed")

// partialError is errPartial (exit 3) with a message of its own, for a
// command whose own words say what was left undone.
type partialError struct{ msg string }

func (e partialError) Error() string        { return e.msg }
func (e partialError) Is(target error) bool { return target == errPartial }

func partialf(format string, args ...any) error {
	return partialError{fmt.Sprintf(format, args...)}
}

// errSilent carries an exit code for a command that has already explained
// itself on stdout (e.g. `glossary check` finding misses: exit 1).
type errSilent struct{ code int }

func (e errSilent) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func exitCode(ctx context.Context, err error) int {
	var silent errSilent
	var usage usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, context.Canceled) || ctx.Err() != nil:
		return exitInterrupted
	case errors.As(err, &silent):
		return silent.code
	case errors.As(err, &usage):
		return exitUsage
	case errors.Is(err, errPartial):
		return exitPartial
	}
	return exitFailed
}
