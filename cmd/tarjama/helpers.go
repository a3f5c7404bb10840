package main

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/tarjama/tarjama/glossary"
	"github.com/tarjama/tarjama/pipeline"
)

// Helpers several commands share.

// sourceDate reads SOURCE_DATE_EPOCH (see pipeline.SourceDate).
func sourceDate() (func() time.Time, error) {
	return pipeline.SourceDate(os.Getenv("SOURCE_DATE_EPOCH"))
}

// epochFlag is sourceDate, its error a usage error.
func epochFlag() (func() time.Time, error) {
	now, err := sourceDate()
	if err != nil {
		return nil, usageErrorf("SOURCE_DATE_EPOCH: %v", err)
	}
	return now, nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// splitList splits a comma list, dropping empty items and repeats
// ("moses,moses" must not write corpus.ar twice).
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// optionError turns the pipeline's refusal of an option into a usage
// error naming the flag.
func optionError(err error) error {
	if oe := (*pipeline.OptionError)(nil); errors.As(err, &oe) {
		return usageErrorf("--%s", oe)
	}
	return usageError{err}
}

// translateGlossary applies the glossary commands' default: without
// --glossary or $TARJAMA_GLOSSARY, ./glossary.tsv is used when it exists
// (the file `tarjama glossary add` writes).
func translateGlossary(flag string) string {
	if p := glossary.DefaultPath("", os.Getenv); flag == "" && fileExists(p) {
		return p
	}
	return flag
}

// stdinOrFiles returns the inputs of a command that reads FILE|- arguments
// ("-" when there are none), or a usage error (exit 2) naming the first that
// does not exist, before any output.
func stdinOrFiles(cmd string, files []string) ([]string, error) {
	if len(files) == 0 {
		return []string{"-"}, nil
	}
	for _, f := range files {
		if _, err := os.Stat(f); f != "-" && errors.Is(err, fs.ErrNotExist) {
			return nil, usageErrorf("%s: %v", cmd, err)
		}
	}
	return files, nil
}
