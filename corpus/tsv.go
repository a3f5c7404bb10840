package corpus

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// TSVWriter writes a header row with the two language codes (the same shape
// as tarjama's glossary files), then one "source<TAB>target" row per pair.
// Tabs and line breaks inside a segment are replaced by a space rather than
// escaped: training tools split on them and never unescape, and a
// backslash convention would corrupt text that contains backslashes.
// Nothing is quoted: a '"' is an ordinary character.
type TSVWriter struct {
	w       *bufio.Writer
	started bool
	err     error
}

// NewTSVWriter returns a TSV writer to w.
func NewTSVWriter(w io.Writer) *TSVWriter {
	return &TSVWriter{w: bufio.NewWriterSize(w, 64<<10)}
}

// Write writes p as one row, after the header row on the first call.
func (w *TSVWriter) Write(p Pair) error {
	if w.err != nil {
		return w.err
	}
	if !w.started {
		w.started = true
		if _, w.err = w.w.WriteString(oneLine(p.SrcLang, true) + "\t" + oneLine(p.TgtLang, true) + "\n"); w.err != nil {
			return w.err
		}
	}
	_, w.err = w.w.WriteString(oneLine(p.Src, true) + "\t" + oneLine(p.Tgt, true) + "\n")
	return w.err
}

// Close flushes. An empty corpus gives an empty file (there are no
// languages to name). It does not close the underlying writer.
func (w *TSVWriter) Close() error {
	if w.err != nil {
		return w.err
	}
	if w.err = w.w.Flush(); w.err != nil {
		return w.err
	}
	w.err = errClosed
	return nil
}

// langCode matches what can be a header cell: a BCP 47-like code.
var langCode = regexp.MustCompile(`^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$`)

// TSVReader reads two-column TSV. The first row is a header when both cells
// look like language codes (or match the requested ones); the header then
// labels the pairs. Without a header the requested codes are used. Columns
// beyond the second are ignored; a row with fewer than two is an error.
// Pairs get their 1-based row number (header excluded) as ID.
type TSVReader struct {
	r                *bufio.Reader
	closer           io.Closer
	srcLang, tgtLang string
	line, n          int
	err              error
}

// NewTSVReader reads TSV from r; srcLang and tgtLang label the pairs when
// the file has no header row (and override it when given).
func NewTSVReader(r io.Reader, srcLang, tgtLang string) *TSVReader {
	return &TSVReader{r: bufio.NewReaderSize(r, 64<<10), srcLang: srcLang, tgtLang: tgtLang}
}

// Read returns the next pair, or io.EOF.
func (r *TSVReader) Read() (Pair, error) {
	for r.err == nil {
		s, ok, err := readLine(r.r)
		if err != nil {
			r.err = fmt.Errorf("tsv line %d: %w", r.line+1, err)
			break
		}
		if !ok {
			r.err = io.EOF
			break
		}
		r.line++
		if r.line == 1 {
			s = strings.TrimPrefix(s, "\uFEFF")
		}
		if strings.TrimSpace(s) == "" {
			continue
		}
		cells := strings.Split(s, "\t")
		if len(cells) < 2 {
			r.err = fmt.Errorf("tsv line %d: want source<TAB>target, found no tab", r.line)
			break
		}
		if r.line == 1 && r.isHeader(cells[0], cells[1]) {
			if r.srcLang == "" {
				r.srcLang = cells[0]
			}
			if r.tgtLang == "" {
				r.tgtLang = cells[1]
			}
			continue
		}
		r.n++
		return Pair{ID: strconv.Itoa(r.n), SrcLang: r.srcLang, TgtLang: r.tgtLang, Src: cells[0], Tgt: cells[1]}, nil
	}
	return Pair{}, r.err
}

func (r *TSVReader) isHeader(a, b string) bool {
	if r.srcLang != "" && r.tgtLang != "" && LangMatch(a, r.srcLang) && LangMatch(b, r.tgtLang) {
		return true
	}
	return langCode.MatchString(a) && langCode.MatchString(b)
}

func (r *TSVReader) setCloser(c io.Closer) { r.closer = c }

// Close closes the underlying file when the reader came from [Open].
func (r *TSVReader) Close() error {
	if r.closer != nil {
		return r.closer.Close()
	}
	return nil
}
