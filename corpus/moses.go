package corpus

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// oneLine replaces every character that line-oriented tools treat as a line
// break (Python's str.splitlines set: LF, VT, FF, CR, FS, GS, RS, NEL,
// U+2028, U+2029) and, when tab is true, tabs, by a single space; CRLF
// counts as one break.
func oneLine(s string, tab bool) string {
	if strings.IndexFunc(s, func(r rune) bool { return isBreak(r) || tab && r == '\t' }) < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	prevCR := false
	for _, r := range s {
		if r == '\n' && prevCR {
			prevCR = false
			continue
		}
		prevCR = r == '\r'
		if isBreak(r) || tab && r == '\t' {
			b.WriteByte(' ')
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isBreak(r rune) bool {
	switch r {
	case '\n', '\v', '\f', '\r', 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// MosesWriter writes the plain-text parallel format Moses, fairseq and
// Marian read: line N of the source file translates line N of the target
// file. Line breaks inside a segment become spaces (see the package doc),
// so the files always have the same number of lines.
type MosesWriter struct {
	src, tgt *bufio.Writer
	err      error
}

// NewMosesWriter returns a writer of source lines to src and target lines
// to tgt.
func NewMosesWriter(src, tgt io.Writer) *MosesWriter {
	return &MosesWriter{src: bufio.NewWriterSize(src, 64<<10), tgt: bufio.NewWriterSize(tgt, 64<<10)}
}

// Write writes p's source and target as one line each.
func (w *MosesWriter) Write(p Pair) error {
	if w.err != nil {
		return w.err
	}
	if _, w.err = w.src.WriteString(oneLine(p.Src, false) + "\n"); w.err == nil {
		_, w.err = w.tgt.WriteString(oneLine(p.Tgt, false) + "\n")
	}
	return w.err
}

// Close flushes both files. It does not close the underlying writers.
func (w *MosesWriter) Close() error {
	if w.err != nil {
		return w.err
	}
	if w.err = w.src.Flush(); w.err == nil {
		w.err = w.tgt.Flush()
	}
	if w.err != nil {
		return w.err
	}
	w.err = errClosed
	return nil
}

// MosesReader reads two line-aligned files. Pairs get their line number as
// ID and no Doc; files of different lengths are an error at the shorter
// one's end.
type MosesReader struct {
	src, tgt         *bufio.Reader
	closers          []io.Closer
	srcLang, tgtLang string
	names            [2]string // the files' paths when opened by [Open], for errors
	line             int
	err              error
}

// NewMosesReader reads source lines from src and target lines from tgt,
// labelling pairs with srcLang and tgtLang.
func NewMosesReader(src, tgt io.Reader, srcLang, tgtLang string) *MosesReader {
	return &MosesReader{
		src: bufio.NewReaderSize(src, 64<<10), tgt: bufio.NewReaderSize(tgt, 64<<10),
		srcLang: srcLang, tgtLang: tgtLang,
	}
}

// readLine returns the next line without its line end; ok is false at EOF.
func readLine(r *bufio.Reader) (string, bool, error) {
	s, err := r.ReadString('\n')
	if err != nil && err != io.EOF {
		return "", false, err
	}
	if s == "" && err == io.EOF {
		return "", false, nil
	}
	s = strings.TrimSuffix(s, "\n")
	s = strings.TrimSuffix(s, "\r")
	return s, true, nil
}

// Read returns the next pair, or io.EOF.
func (r *MosesReader) Read() (Pair, error) {
	if r.err != nil {
		return Pair{}, r.err
	}
	s, sok, err := readLine(r.src)
	if err != nil {
		r.err = fmt.Errorf("moses source line %d: %w", r.line+1, err)
		return Pair{}, r.err
	}
	t, tok, err := readLine(r.tgt)
	if err != nil {
		r.err = fmt.Errorf("moses target line %d: %w", r.line+1, err)
		return Pair{}, r.err
	}
	switch {
	case !sok && !tok:
		r.err = io.EOF
		return Pair{}, io.EOF
	case !sok || !tok:
		names := [2]string{"the source file", "the target file"}
		if r.names[0] != "" {
			names = r.names
		}
		short, long := names[0], names[1]
		if sok {
			short, long = long, short
		}
		r.err = fmt.Errorf("moses: %s ends after %d lines but %s goes on", short, r.line, long)
		return Pair{}, r.err
	}
	r.line++
	if r.line == 1 {
		s = strings.TrimPrefix(s, "\uFEFF")
		t = strings.TrimPrefix(t, "\uFEFF")
	}
	return Pair{ID: strconv.Itoa(r.line), SrcLang: r.srcLang, TgtLang: r.tgtLang, Src: s, Tgt: t}, nil
}

// Close closes the files when the reader came from [Open].
func (r *MosesReader) Close() error {
	var first error
	for _, c := range r.closers {
		if err := c.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}
