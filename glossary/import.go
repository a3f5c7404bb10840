package glossary

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// FormatFor returns the exchange format a file name suggests: FormatCSV
// for .csv, FormatTBX for .tbx and .xml, else FormatTSV.
func FormatFor(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv":
		return FormatCSV
	case ".tbx", ".xml":
		return FormatTBX
	}
	return FormatTSV
}

// ValidFormat reports whether format is one of FormatTSV, FormatCSV and
// FormatTBX.
func ValidFormat(format string) bool {
	return format == FormatTSV || format == FormatCSV || format == FormatTBX
}

// ReadFormat reads a glossary in one of the exchange formats. srcLang and
// tgtLang pick the columns or languages of CSV and TBX input (see ReadCSV,
// ReadTBX); a TSV file names its own. name is used in errors.
func ReadFormat(r io.Reader, format, name, srcLang, tgtLang string) (*Glossary, error) {
	switch format {
	case FormatCSV:
		return ReadCSV(r, name, srcLang, tgtLang)
	case FormatTBX:
		return ReadTBX(r, name, srcLang, tgtLang)
	case FormatTSV:
		return Parse(r, name)
	}
	return nil, fmt.Errorf("unknown glossary format %q (known: %s, %s, %s)", format, FormatTSV, FormatCSV, FormatTBX)
}

// MergeError is returned by Import when the input cannot be merged into
// the glossary (another language pair, an entry that cannot be written).
type MergeError struct {
	File string // the input's name
	Err  error
}

func (e *MergeError) Error() string { return e.File + ": " + e.Err.Error() }
func (e *MergeError) Unwrap() error { return e.Err }

// Import merges the glossary read from r (in format, named name in errors)
// into the glossary file at path, under Edit's lock, as Merge does. r is
// read whole before the lock is taken. Malformed input is a *ParseError,
// input that does not fit the glossary a *MergeError; either way the file
// is left as it was. The result counts what was added, updated, replaced
// and left in conflict.
func Import(ctx context.Context, path string, r io.Reader, name, format string, replace bool) (MergeResult, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return MergeResult{}, err
	}
	var res MergeResult
	err = Edit(ctx, path, func(g *Glossary) error {
		in, err := ReadFormat(bytes.NewReader(data), format, name, g.SrcLang, g.TgtLang)
		if err != nil {
			return err
		}
		if res, err = g.Merge(in, replace); err != nil {
			return &MergeError{File: name, Err: err}
		}
		return nil
	})
	return res, err
}

// Summary is a one-line account of a merge, e.g. "2 added, 1 updated,
// 0 unchanged, 0 replaced, 1 conflicts".
func (r MergeResult) Summary() string {
	return fmt.Sprintf("%d added, %d updated, %d unchanged, %d replaced, %d conflicts",
		r.Added, r.Updated, r.Unchanged, len(r.Replaced), len(r.Conflicts))
}

// WriteFormat writes g in one of the exchange formats; pairs selects the
// unidirectional CSV shape (WriteCSVPairs) and needs FormatCSV.
func WriteFormat(w io.Writer, g *Glossary, format string, pairs bool) error {
	switch {
	case pairs && format != FormatCSV:
		return fmt.Errorf("unidirectional pairs are a %s shape, not %s", FormatCSV, format)
	case pairs:
		return WriteCSVPairs(w, g)
	case format == FormatCSV:
		return WriteCSV(w, g)
	case format == FormatTBX:
		return WriteTBX(w, g)
	case format == FormatTSV:
		return g.Write(w)
	}
	return fmt.Errorf("unknown glossary format %q (known: %s, %s, %s)", format, FormatTSV, FormatCSV, FormatTBX)
}
