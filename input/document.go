package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// Formats, as named in Document.Format and Stats.
const (
	FormatText = "text"
	FormatHTML = "html"
	FormatDOCX = "docx"
	FormatPDF  = "pdf"
	FormatEPUB = "epub"
	FormatWARC = "warc"
)

// Errors wrapped by ReadError.Err, for errors.Is.
var (
	ErrUnsupported  = errors.New("unsupported file format")
	ErrTooLarge     = errors.New("too large")
	ErrZipBomb      = errors.New("zip bomb")
	ErrCorrupt      = errors.New("corrupt file")
	ErrEncrypted    = errors.New("encrypted")
	ErrTimeout      = errors.New("timed out")
	ErrNoTextLayer  = errors.New("no text layer")
	ErrVisualOrder  = errors.New("text in visual (reversed) order")
	ErrNoSpaces     = errors.New("text without spaces between words")
	ErrLengthLies   = errors.New("declared length does not match the data")
	ErrManyDocument = errors.New("file holds many documents")
)

// ReadError is a failure to read a file or one part of it (a WARC
// record, an EPUB chapter, a PDF page range). Error() names all three.
type ReadError struct {
	File   string // path, or "<stdin>"
	Part   string // "record 12 (http://…)", "chapter text/ch2.xhtml", "" for the whole file
	Reason string
	Err    error // a sentinel above when one applies
}

func (e *ReadError) Error() string {
	s := e.File
	if e.Part != "" {
		s += ": " + e.Part
	}
	return s + ": " + e.Reason
}

func (e *ReadError) Unwrap() error { return e.Err }

// Document is one text read from an input file. A WARC file yields one
// Document per HTML page it archived; other formats yield one.
type Document struct {
	// Name names the outputs, as Doc.Name does. A WARC page is named
	// "<file name>/<host>/<path>" made filesystem-safe.
	Name string
	// Source says where the text came from: the file path, plus the
	// record and URL for a WARC page.
	Source string
	// Format is the reader that produced it (FormatText …).
	Format string
	// URL is the page's address (WARC pages only).
	URL string
	// Notes are what the reader noticed and repaired ("12 bidi marks
	// removed"), for the report.
	Notes []string
	Text
}

// Options bound what a Reader may spend on one file. Zero values take the
// defaults.
type Options struct {
	Stdin io.Reader // read for a Doc without Path

	PDFToText  string        // program run for PDFs (default "pdftotext", looked up in PATH)
	PDFTimeout time.Duration // per PDF (default 2 minutes); the program is killed after it

	MaxFileBytes  int64 // largest text, HTML or PDF output read whole (default 256 MiB)
	MaxEntryBytes int64 // largest inflated DOCX/EPUB entry (default 64 MiB)
	MaxZipBytes   int64 // largest total inflated DOCX/EPUB (default 512 MiB)
	MaxZipRatio   int64 // largest inflated/compressed ratio of an entry over 1 MiB (default 200)

	MaxRecordBytes int64 // largest WARC HTML payload read (default 32 MiB); larger ones are counted and skipped
	// NoReadability turns off main-content extraction for WARC pages.
	NoReadability bool
}

func (o Options) withDefaults() Options {
	def := func(v *int64, d int64) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&o.MaxFileBytes, 256<<20)
	def(&o.MaxEntryBytes, 64<<20)
	def(&o.MaxZipBytes, 512<<20)
	def(&o.MaxZipRatio, 200)
	def(&o.MaxRecordBytes, 32<<20)
	if o.PDFToText == "" {
		o.PDFToText = "pdftotext"
	}
	if o.PDFTimeout <= 0 {
		o.PDFTimeout = 2 * time.Minute
	}
	return o
}

// FormatStats counts what one reader found, for the run report.
type FormatStats struct {
	Files     int `json:"files"`
	Documents int `json:"documents"`
	Failed    int `json:"failed"` // files or parts that could not be read

	// WARC
	Records     int `json:"records,omitempty"`      // every record
	Responses   int `json:"responses,omitempty"`    // response records
	HTMLPages   int `json:"html_pages,omitempty"`   // HTML 200 responses (documents)
	NonHTML     int `json:"non_html,omitempty"`     // responses that are not HTML
	Non200      int `json:"non_200,omitempty"`      // HTML responses with another status
	TooLarge    int `json:"too_large,omitempty"`    // payloads over MaxRecordBytes
	NoMainText  int `json:"no_main_text,omitempty"` // pages where readability found no article (whole page used)
	BadRecords  int `json:"bad_records,omitempty"`  // records whose length lies or that are cut
	OtherRecord int `json:"other_records,omitempty"`

	// PDF
	NoTextLayer    int `json:"no_text_layer,omitempty"`
	VisualOrder    int `json:"visual_order,omitempty"`
	NoSpaces       int `json:"no_spaces,omitempty"`
	LamAlefFixed   int `json:"lam_alef_repaired,omitempty"`
	RunningRemoved int `json:"running_lines_removed,omitempty"`
	BidiMarksFixed int `json:"bidi_marks_removed,omitempty"`

	// DOCX
	Footnotes int `json:"footnotes,omitempty"`
	Headers   int `json:"headers_skipped,omitempty"`
}

// Reader reads documents of every supported format. It is safe for
// concurrent use; Stats sums what every call found.
type Reader struct {
	opts  Options
	mu    sync.Mutex
	stats map[string]*FormatStats
}

// NewReader returns a Reader bounded by opts.
func NewReader(opts Options) *Reader {
	return &Reader{opts: opts.withDefaults(), stats: map[string]*FormatStats{}}
}

// Stats returns the counts per format so far.
func (r *Reader) Stats() map[string]FormatStats {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make(map[string]FormatStats, len(r.stats))
	for k, v := range r.stats {
		out[k] = *v
	}
	return out
}

func (r *Reader) count(format string, f func(*FormatStats)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := r.stats[format]
	if s == nil {
		s = &FormatStats{}
		r.stats[format] = s
	}
	f(s)
}

// Documents reads the documents of one input file, in file order, streaming:
// a WARC page is read, yielded and dropped before the next is read. A
// failure of one part (a WARC record) is yielded as a *ReadError with the
// Document's Name and Source set, and the others go on; a failure of the
// whole file is yielded once and ends the sequence. The format is sniffed
// from the first bytes, the extension deciding only between text and HTML.
// Stopping the loop early or cancelling ctx stops reading.
func (r *Reader) Documents(ctx context.Context, d Doc) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		where := d.Path
		if d.Path == "" {
			where = "<stdin>"
		}
		fail := func(format string, err error) {
			r.count(format, func(s *FormatStats) { s.Failed++ })
			var re *ReadError
			if !errors.As(err, &re) {
				err = &ReadError{File: where, Reason: err.Error(), Err: err}
			}
			yield(Document{Name: d.Name, Source: where, Format: format}, err)
		}
		src, closeFn, err := r.open(d)
		if err != nil {
			fail(FormatText, err)
			return
		}
		defer closeFn()
		format, err := sniff(src, d.Name)
		if err != nil {
			fail(FormatText, &ReadError{File: where, Reason: err.Error(), Err: err})
			return
		}
		r.count(format, func(s *FormatStats) { s.Files++ })
		one := func(doc Document, err error) {
			if err != nil {
				fail(format, err)
				return
			}
			doc.Name, doc.Format = d.Name, format
			if doc.Source == "" {
				doc.Source = where
			}
			r.count(format, func(s *FormatStats) { s.Documents++ })
			yield(doc, nil)
		}
		switch format {
		case FormatWARC:
			r.readWARC(ctx, d, where, src, yield)
		case FormatPDF:
			one(r.readPDF(ctx, d, where, src))
		case FormatDOCX, FormatEPUB:
			ra, size, err := readerAt(src, r.opts.MaxFileBytes)
			if err != nil {
				one(Document{}, &ReadError{File: where, Reason: err.Error(), Err: err})
				return
			}
			if format == FormatDOCX {
				one(r.readDOCX(where, ra, size))
			} else {
				one(r.readEPUB(where, ra, size))
			}
		default:
			t, err := readText(src.r, where, format == FormatHTML, r.opts.MaxFileBytes)
			one(Document{Text: t}, err)
		}
	}
}

// source is an opened input with its first bytes buffered for sniffing.
type source struct {
	r    *bufio.Reader
	file *os.File // nil for stdin
}

func (r *Reader) open(d Doc) (*source, func(), error) {
	if d.Path == "" {
		in := r.opts.Stdin
		if in == nil {
			in = strings.NewReader("")
		}
		return &source{r: bufio.NewReaderSize(in, 64<<10)}, func() {}, nil
	}
	f, err := os.Open(d.Path)
	if err != nil {
		return nil, nil, err
	}
	return &source{r: bufio.NewReaderSize(f, 64<<10), file: f}, func() { f.Close() }, nil
}

// sniff tells the format from the first bytes (and the name, for text
// against HTML).
func sniff(src *source, name string) (string, error) {
	head, err := src.r.Peek(512)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return "", err
	}
	switch {
	case bytes.HasPrefix(head, []byte("%PDF-")):
		return FormatPDF, nil
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		switch {
		case bytes.Contains(head, []byte("mimetypeapplication/epub+zip")):
			return FormatEPUB, nil
		case strings.HasSuffix(strings.ToLower(name), ".epub"):
			return FormatEPUB, nil
		case strings.HasSuffix(strings.ToLower(name), ".docx"), bytes.Contains(head, []byte("[Content_Types].xml")), bytes.Contains(head, []byte("word/")):
			return FormatDOCX, nil
		}
		return "", fmt.Errorf("%w: a zip archive that is neither DOCX nor EPUB", ErrUnsupported)
	case bytes.HasPrefix(head, []byte("WARC/")):
		return FormatWARC, nil
	case len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b:
		zr, err := gzip.NewReader(bytes.NewReader(head))
		if err == nil {
			inner := make([]byte, 5)
			n, _ := io.ReadFull(zr, inner)
			if string(inner[:n]) == "WARC/" {
				return FormatWARC, nil
			}
		}
		return "", fmt.Errorf("%w: gzip data that is not a WARC file", ErrUnsupported)
	}
	if IsHTML(name) || isXHTML(name) {
		return FormatHTML, nil
	}
	return FormatText, nil
}

func isXHTML(name string) bool {
	return strings.EqualFold(filepath.Ext(name), ".xhtml")
}

// readText reads a whole text or HTML file, bounded by max bytes.
func readText(r io.Reader, where string, isHTML bool, max int64) (Text, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return Text{}, &ReadError{File: where, Reason: err.Error(), Err: err}
	}
	if int64(len(data)) > max {
		return Text{}, &ReadError{File: where, Reason: fmt.Sprintf("larger than %d bytes", max), Err: ErrTooLarge}
	}
	s, enc, err := Decode(data)
	if err != nil {
		return Text{}, &ReadError{File: where, Reason: err.Error(), Err: err}
	}
	t := Text{Text: s, Encoding: enc}
	if isHTML {
		s, err := ExtractHTML(strings.NewReader(s))
		if err != nil {
			return Text{}, &ReadError{File: where, Reason: "html: " + err.Error(), Err: err}
		}
		t.Text, t.HTML = s, true
	}
	return t, nil
}

// readerAt gives random access to a zip archive: the file itself, or
// standard input read into memory up to max bytes.
func readerAt(src *source, max int64) (io.ReaderAt, int64, error) {
	if src.file != nil {
		st, err := src.file.Stat()
		if err != nil {
			return nil, 0, err
		}
		return src.file, st.Size(), nil
	}
	data, err := io.ReadAll(io.LimitReader(src.r, max+1))
	if err != nil {
		return nil, 0, err
	}
	if int64(len(data)) > max {
		return nil, 0, fmt.Errorf("%w: standard input over %d bytes", ErrTooLarge, max)
	}
	return bytes.NewReader(data), int64(len(data)), nil
}
