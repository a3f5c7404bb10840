package stream

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"unicode/utf8"

	"github.com/tarjama/tarjama/clean"
	"github.com/tarjama/tarjama/segment"
	"golang.org/x/sync/errgroup"
)

// Format is an output format.
type Format int

// Output formats.
const (
	Text  Format = iota // one sentence per line, a blank line between paragraphs
	JSONL               // one JSON object per sentence
)

// ErrFormat is wrapped by ParseFormat's error for an unknown format name.
var ErrFormat = errors.New("unknown output format")

// ParseFormat maps "text" and "jsonl" to their Format.
func ParseFormat(s string) (Format, error) {
	switch s {
	case "text":
		return Text, nil
	case "jsonl":
		return JSONL, nil
	}
	return 0, fmt.Errorf("%w %q (want text or jsonl)", ErrFormat, s)
}

// ErrInvalidUTF8 is wrapped by the error for an input that is not UTF-8;
// the error gives the byte offset and line of the first invalid byte.
var ErrInvalidUTF8 = errors.New("not valid UTF-8")

// Options configure a Writer.
type Options struct {
	Lang            string // segmentation and cleaning language: "ar", "en", … (see segment.Split)
	Format          Format
	Wrapped         bool // join hard-wrapped lines; a blank line ends a paragraph
	KeepBoilerplate bool // do not drop boilerplate lines or repeated headlines
	// Workers is the number of goroutines that split paragraphs; 0 means
	// runtime.GOMAXPROCS(0), at most 4.
	Workers int
	// OnDrop, when set, is called for every line the cleaner drops, in input
	// order, from the goroutine that called Segment.
	OnDrop func(input string, d clean.Drop)
}

// Writer segments inputs into one output stream. Not safe for concurrent use.
type Writer struct {
	opts       Options
	w          *bufio.Writer
	paragraphs int   // paragraphs written so far, across inputs
	sentence   int   // sentences written in the current paragraph
	err        error // a write error: the output is broken, stop
	scratch    []byte
}

// NewWriter returns a Writer writing to w. Call Flush when done.
func NewWriter(w io.Writer, opts Options) *Writer {
	if opts.Workers <= 0 {
		opts.Workers = min(runtime.GOMAXPROCS(0), 4)
	}
	return &Writer{opts: opts, w: bufio.NewWriterSize(w, 256<<10)}
}

// Flush writes any buffered output.
func (w *Writer) Flush() error {
	if w.err != nil {
		return w.err
	}
	if err := w.w.Flush(); err != nil {
		w.err = fmt.Errorf("writing output: %w", err)
	}
	return w.err
}

// OutputError reports whether err came from writing the output (after which
// no further input can be written) rather than from reading an input.
func OutputError(err error) bool {
	var oe *outputError
	return errors.As(err, &oe)
}

type outputError struct{ err error }

func (e *outputError) Error() string { return "writing output: " + e.err.Error() }
func (e *outputError) Unwrap() error { return e.err }

// Segment reads r to its end and writes its sentences; name labels errors
// and drops. The lines must be UTF-8 (a "\r" before "\n" is removed).
// Output already written for r stays written when r fails part way.
func (w *Writer) Segment(ctx context.Context, name string, r io.Reader) error {
	return w.segment(ctx, name, r, false)
}

// batchBytes is the paragraph text per batch handed to a worker.
const batchBytes = 128 << 10

// paragraph is a piece of cleaned text to split. first is false for the
// continuation of a long wrapped paragraph written in parts; base is the
// offset of text in its paragraph.
type paragraph struct {
	text  string
	base  int
	first bool
	nspan int // spans of this paragraph in batch.spans
}

// batch is the unit of work of a worker. In line mode after the leading
// lines, raw holds whole input lines and the worker cleans them (cl is
// Settled, so lines clean independently); otherwise paras come cleaned.
type batch struct {
	raw      string // input lines, each ending in "\n" except perhaps the last
	line0    int    // number of raw's first line (1-based)
	off0     int64  // byte offset of raw in the input
	validate bool   // check raw is UTF-8
	cl       *clean.Cleaner
	name     string

	paras []paragraph
	spans []segment.Span
	drops []clean.Drop
	err   error // raw is not UTF-8 from some line on; paras hold the lines before it
	size  int
	done  chan struct{}
}

func (w *Writer) segment(ctx context.Context, name string, r io.Reader, valid bool) error {
	if w.err != nil {
		return w.err
	}
	g, gctx := errgroup.WithContext(ctx)
	work := make(chan *batch, w.opts.Workers)
	order := make(chan *batch, 2*w.opts.Workers)
	for range w.opts.Workers {
		g.Go(func() error {
			for b := range work {
				b.split(w.opts.Lang)
				close(b.done)
			}
			return nil
		})
	}
	g.Go(func() error {
		for b := range order {
			select {
			case <-b.done:
			case <-gctx.Done():
				return gctx.Err()
			}
			if err := w.writeBatch(b); err != nil {
				return err
			}
		}
		return nil
	})
	rd := reader{ctx: gctx, name: name, valid: valid, w: w, work: work, order: order}
	rerr := rd.run(r)
	close(work)
	close(order)
	werr := g.Wait()
	switch {
	case werr != nil && !errors.Is(werr, context.Canceled):
		return werr // the output failed
	case rerr != nil:
		if errors.Is(rerr, context.Canceled) && ctx.Err() != nil {
			return ctx.Err()
		}
		return rerr
	case werr != nil:
		return werr
	}
	return ctx.Err()
}

func (b *batch) split(lang string) {
	if b.raw != "" {
		b.clean()
	}
	for i := range b.paras {
		n := len(b.spans)
		b.spans = segment.AppendSplit(b.spans, lang, b.paras[i].text)
		b.paras[i].nspan = len(b.spans) - n
	}
}

// clean turns raw lines into paragraphs, one per non-blank cleaned line.
func (b *batch) clean() {
	raw, n, off := b.raw, b.line0, b.off0
	for raw != "" {
		line := raw
		next := ""
		if i := strings.IndexByte(raw, '\n'); i >= 0 {
			line, next = raw[:i+1], raw[i+1:]
		}
		if b.validate && !utf8.ValidString(line) {
			b.err = fmt.Errorf("%s: %w at byte offset %d (line %d)", b.name, ErrInvalidUTF8, off+int64(firstInvalid([]byte(line))), n)
			return
		}
		out, d, dropped := b.cl.Clean(trimEOLString(line), n)
		if dropped {
			b.drops = append(b.drops, d)
		}
		if out != "" {
			b.paras = append(b.paras, paragraph{text: out, first: true})
		}
		raw, n, off = next, n+1, off+int64(len(line))
	}
}

func trimEOLString(s string) string {
	n := len(s)
	for n > 0 && (s[n-1] == '\n' || s[n-1] == '\r') {
		n--
	}
	return s[:n]
}

// reader is the sequential stage: lines → cleaned lines → paragraphs → batches.
type reader struct {
	ctx   context.Context
	name  string
	valid bool // the input was checked to be UTF-8 already
	w     *Writer
	work  chan<- *batch
	order chan<- *batch
	cur   *batch
}

func (rd *reader) run(r io.Reader) error {
	br := bufio.NewReaderSize(r, 256<<10)
	cl := clean.NewCleaner(clean.Options{Lang: rd.w.opts.Lang, KeepBoilerplate: rd.w.opts.KeepBoilerplate, ValidUTF8: true})
	pb := builder{wrapped: rd.w.opts.Wrapped, lang: rd.w.opts.Lang, emit: rd.add}
	var long []byte // a line longer than the buffer
	var offset int64
	lineNo := 0
	for {
		chunk, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			long = append(long, chunk...)
			continue
		}
		if long != nil {
			chunk = append(long, chunk...)
			long = nil
		}
		if len(chunk) > 0 {
			lineNo++
			if !rd.valid && !utf8.Valid(chunk) {
				return fmt.Errorf("%s: %w at byte offset %d (line %d)", rd.name, ErrInvalidUTF8, offset+int64(firstInvalid(chunk)), lineNo)
			}
			offset += int64(len(chunk))
			out, d, dropped := cl.Line(trimEOL(chunk))
			if dropped && rd.w.opts.OnDrop != nil {
				rd.w.opts.OnDrop(rd.name, d)
			}
			if perr := pb.line(out); perr != nil {
				return perr
			}
			if cerr := rd.ctx.Err(); cerr != nil {
				return cerr
			}
		}
		if err == io.EOF {
			break
		}
		if !rd.w.opts.Wrapped && cl.Settled() && err == nil {
			// The remaining lines clean independently: hand them to
			// the workers in blocks.
			if err := rd.send(); err != nil {
				return err
			}
			return rd.blocks(br, cl, lineNo+1, offset)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", rd.name, err)
		}
	}
	if err := pb.flush(); err != nil {
		return err
	}
	return rd.send()
}

// blocks reads the rest of the input in blocks of whole lines, each a batch
// for the workers to clean and split; line and off number its next line.
func (rd *reader) blocks(br *bufio.Reader, cl *clean.Cleaner, line int, off int64) error {
	buf := make([]byte, 0, 2*batchBytes)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // a line longer than the buffer
		}
		n, err := br.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		eof := errors.Is(err, io.EOF)
		if err != nil && !eof {
			return fmt.Errorf("%s: %w", rd.name, err)
		}
		cut := len(buf)
		if !eof {
			cut = bytes.LastIndexByte(buf, '\n') + 1
		}
		if cut > 0 && (cut >= batchBytes || eof) {
			raw := string(buf[:cut])
			rd.cur = &batch{raw: raw, line0: line, off0: off, validate: !rd.valid, cl: cl, name: rd.name, done: make(chan struct{})}
			if err := rd.send(); err != nil {
				return err
			}
			line += strings.Count(raw, "\n")
			off += int64(cut)
			rest := copy(buf, buf[cut:])
			buf = buf[:rest]
		}
		if eof {
			return nil
		}
		if err := rd.ctx.Err(); err != nil {
			return err
		}
	}
}

// trimEOL returns the line without its "\n" or "\r\n", as a new string.
func trimEOL(b []byte) string {
	n := len(b)
	for n > 0 && (b[n-1] == '\n' || b[n-1] == '\r') {
		n--
	}
	return string(b[:n])
}

// add queues a paragraph, sending the batch when it is full.
func (rd *reader) add(p paragraph) error {
	if rd.cur == nil {
		rd.cur = &batch{done: make(chan struct{})}
	}
	rd.cur.paras = append(rd.cur.paras, p)
	rd.cur.size += len(p.text)
	if rd.cur.size >= batchBytes {
		return rd.send()
	}
	return nil
}

func (rd *reader) send() error {
	b := rd.cur
	if b == nil {
		return nil
	}
	rd.cur = nil
	for _, ch := range []chan<- *batch{rd.order, rd.work} {
		select {
		case ch <- b:
		case <-rd.ctx.Done():
			return rd.ctx.Err()
		}
	}
	return nil
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, w := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && w == 1 {
			return i
		}
		i += w
	}
	return len(b)
}

// writeBatch writes the sentences of a split batch in order.
func (w *Writer) writeBatch(b *batch) error {
	if w.opts.OnDrop != nil {
		for _, d := range b.drops {
			w.opts.OnDrop(b.name, d)
		}
	}
	if err := w.writeParagraphs(b); err != nil {
		return err
	}
	return b.err
}

func (w *Writer) writeParagraphs(b *batch) error {
	spans := b.spans
	for _, p := range b.paras {
		ps := spans[:p.nspan]
		spans = spans[p.nspan:]
		if len(ps) == 0 {
			continue
		}
		if p.first || w.paragraphs == 0 {
			w.paragraphs++
			w.sentence = 0
			if w.opts.Format == Text && w.paragraphs > 1 {
				w.w.WriteByte('\n')
			}
		}
		for _, s := range ps {
			w.sentence++
			if w.opts.Format == JSONL {
				w.scratch = appendJSONL(w.scratch[:0], w.paragraphs, w.sentence, p.base+s.Start, p.base+s.End, p.text[s.Start:s.End])
				w.w.Write(w.scratch)
			} else {
				w.w.WriteString(p.text[s.Start:s.End])
				w.w.WriteByte('\n')
			}
		}
	}
	// bufio.Writer keeps its first error: checking once per batch is enough.
	if _, err := w.w.Write(nil); err != nil {
		w.err = &outputError{err}
		return w.err
	}
	return nil
}

// builder turns cleaned lines into paragraphs.
type builder struct {
	wrapped bool
	lang    string
	emit    func(paragraph) error
	lines   []string // the pending paragraph (wrapped mode)
	size    int      // bytes in lines
	limit   int      // size at which to write complete sentences (0: maxPending)
	base    int      // offset of lines[0] in the paragraph (after partial writes)
}

// maxPending bounds the text a wrapped paragraph may hold before its
// complete sentences are written out, so a file without blank lines still
// streams.
const maxPending = 1 << 20

func (p *builder) line(s string) error {
	if !p.wrapped {
		if s == "" {
			return nil
		}
		return p.emit(paragraph{text: s, first: true})
	}
	if s == "" {
		return p.flush()
	}
	// A short first line without final punctuation, followed by a longer
	// line, is a headline: its own paragraph.
	if len(p.lines) == 1 && p.base == 0 && isHeadline(p.lines[0], s) {
		if err := p.flush(); err != nil {
			return err
		}
	}
	p.lines = append(p.lines, s)
	p.size += len(s) + 1
	if p.size > max(p.limit, maxPending) {
		return p.partial()
	}
	return nil
}

// partial writes the complete sentences of a long pending paragraph and
// keeps its last sentence, which the next line may continue.
func (p *builder) partial() error {
	text := strings.Join(p.lines, " ")
	spans := segment.Split(p.lang, text)
	if len(spans) < 2 {
		// One long sentence so far: wait for twice as much text rather
		// than re-splitting on every line.
		p.limit = 2 * p.size
		return nil
	}
	p.limit = 0
	cut := spans[len(spans)-1].Start
	if err := p.emit(paragraph{text: text[:cut], base: p.base, first: p.base == 0}); err != nil {
		return err
	}
	p.base += cut
	p.lines = append(p.lines[:0], text[cut:])
	p.size = len(text) - cut
	return nil
}

func (p *builder) flush() error {
	if len(p.lines) == 0 {
		return nil
	}
	text := strings.Join(p.lines, " ")
	para := paragraph{text: text, base: p.base, first: p.base == 0}
	p.lines, p.size, p.base, p.limit = p.lines[:0], 0, 0, 0
	return p.emit(para)
}

func isHeadline(first, next string) bool {
	if len(strings.Fields(first)) > 15 || utf8.RuneCountInString(first)*10 > utf8.RuneCountInString(next)*7 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(first)
	switch r {
	case '.', '!', '?', '؟', '…', ':', '،', ',', '؛', ';', '"', '”', '»', ')', '-', '–', '—':
		return false
	}
	return true
}
