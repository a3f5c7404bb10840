package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/tarjama/tarjama/clean"
	"github.com/tarjama/tarjama/input"
	"github.com/tarjama/tarjama/segment"
	"github.com/urfave/cli/v2"
	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// segmentOptions are the flags of `tarjama segment`.
type segmentOptions struct {
	Lang            string   // "ar", "en"; anything else: generic rules
	Format          string   // "text" or "jsonl"
	Wrapped         bool     // join hard-wrapped lines; blank lines end paragraphs
	KeepBoilerplate bool     // do not drop boilerplate lines
	Files           []string // inputs; empty or "-" is stdin
}

func segmentCommand() *cli.Command {
	return &cli.Command{
		Name:      "segment",
		Usage:     "split text into sentences, exactly as translate will",
		ArgsUsage: "[FILE|-]...",
		Description: `Reads each FILE (standard input when there is none or for "-"), cleans it
as translate does (boilerplate lines and a repeated headline are dropped and
reported on stderr; spacing around Arabic punctuation is fixed) and writes
its sentences.

By default every input line is a paragraph and blank lines are ignored. With
--wrapped, hard-wrapped lines are joined, a blank line ends a paragraph and a
short unpunctuated first line (a headline) is a paragraph of its own.

--format text writes one sentence per line and a blank line between
paragraphs. --format jsonl writes one object per sentence:
  {"paragraph":p,"sentence":s,"start":b,"end":e,"text":"…"}
p counts paragraphs from 1 across all inputs, s counts sentences from 1
within the paragraph, and [b, e) are byte offsets into the cleaned
paragraph text.

Files are decoded as translate decodes them: UTF-8, UTF-16 with a byte order
mark or Windows-1256, and .html files are reduced to their text. Standard
input must be UTF-8. A file that cannot be decoded is reported with the byte
offset of the first invalid byte; the other files are still processed and
the exit status is 3.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "lang", Aliases: []string{"l"}, Value: "ar", Usage: "language of the text: ar or en (others: generic rules)"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "output format: text or jsonl"},
			&cli.BoolFlag{Name: "wrapped", Usage: "join hard-wrapped lines; blank lines end paragraphs"},
			&cli.BoolFlag{Name: "keep-boilerplate", Usage: "do not drop boilerplate lines or repeated headlines"},
		},
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return usageError{err}
		},
		Action: func(c *cli.Context) error {
			opts := segmentOptions{
				Lang:            c.String("lang"),
				Format:          c.String("format"),
				Wrapped:         c.Bool("wrapped"),
				KeepBoilerplate: c.Bool("keep-boilerplate"),
				Files:           c.Args().Slice(),
			}
			return runSegment(c.Context, opts, c.App.Reader, c.App.Writer, c.App.ErrWriter)
		},
	}
}

// errInvalidUTF8 is wrapped by the error for an input that is not UTF-8.
var errInvalidUTF8 = errors.New("not valid UTF-8")

func runSegment(ctx context.Context, opts segmentOptions, stdin io.Reader, stdout, stderr io.Writer) error {
	switch opts.Format {
	case "text", "jsonl":
	default:
		return usageErrorf("segment: --format must be text or jsonl, not %q", opts.Format)
	}
	if strings.TrimSpace(opts.Lang) == "" {
		return usageErrorf("segment: --lang must not be empty")
	}
	files := opts.Files
	if len(files) == 0 {
		files = []string{"-"}
	}
	out := bufio.NewWriterSize(stdout, 64<<10)
	sw := &sentenceWriter{opts: opts, w: out}
	failed := 0
	for _, name := range files {
		if err := ctx.Err(); err != nil {
			out.Flush()
			return err
		}
		err := segmentFile(ctx, name, stdin, sw, stderr)
		if ferr := out.Flush(); ferr != nil {
			return fmt.Errorf("segment: writing output: %w", ferr)
		}
		if err == nil {
			continue
		}
		if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || sw.err != nil {
			return err
		}
		fmt.Fprintf(stderr, "tarjama segment: %v\n", err)
		failed++
	}
	if failed > 0 {
		return fmt.Errorf("segment: %d of %d inputs failed: %w", failed, len(files), errPartial)
	}
	return nil
}

func segmentFile(ctx context.Context, name string, stdin io.Reader, sw *sentenceWriter, stderr io.Writer) error {
	var r io.Reader
	label := name
	if name == "-" {
		r, label = stdin, "<stdin>"
	} else {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
		plain, err := isPlainUTF8(f, name)
		if err != nil {
			return err
		}
		if !plain {
			// HTML, UTF-16 or Windows-1256: decode the whole file as
			// translate does, so segment shows what translate will see.
			t, err := input.Read(input.Doc{Name: filepath.Base(name), Path: name}, nil)
			if err != nil {
				return err
			}
			r = strings.NewReader(t.Text)
		}
	}
	return segmentStream(ctx, label, r, sw, stderr)
}

// isPlainUTF8 reports whether the file can be streamed as it is: not HTML,
// no UTF-16 byte order mark, valid UTF-8. Only a regular file is checked
// (and rewound); a pipe is streamed and must be UTF-8.
func isPlainUTF8(f *os.File, name string) (bool, error) {
	if input.IsHTML(name) {
		return false, nil
	}
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		return true, nil
	}
	br := bufio.NewReaderSize(f, 64<<10)
	if bom, _ := br.Peek(2); string(bom) == "\xff\xfe" || string(bom) == "\xfe\xff" {
		return false, nil
	}
	_, err := io.Copy(io.Discard, transform.NewReader(br, encoding.UTF8Validator))
	if _, serr := f.Seek(0, io.SeekStart); serr != nil {
		return false, fmt.Errorf("%s: %w", name, serr)
	}
	if errors.Is(err, encoding.ErrInvalidUTF8) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("%s: %w", name, err)
	}
	return true, nil
}

// segmentStream reads lines of any length, cleans them with a streaming
// Cleaner and writes each paragraph's sentences as soon as it is complete,
// so memory is bounded by the longest line (or wrapped paragraph).
func segmentStream(ctx context.Context, label string, r io.Reader, sw *sentenceWriter, stderr io.Writer) error {
	br := bufio.NewReaderSize(r, 64<<10)
	cl := clean.NewCleaner(clean.Options{Lang: sw.opts.Lang, KeepBoilerplate: sw.opts.KeepBoilerplate})
	pb := paragraphBuilder{wrapped: sw.opts.Wrapped, sw: sw}
	var offset int64
	lineNo := 0
	for {
		line, err := br.ReadString('\n')
		if len(line) > 0 {
			lineNo++
			if !utf8.ValidString(line) {
				return fmt.Errorf("%s: %w at byte offset %d (line %d)", label, errInvalidUTF8, offset+int64(firstInvalid(line)), lineNo)
			}
			offset += int64(len(line))
			text := strings.TrimRight(line, "\r\n")
			out, d, dropped := cl.Line(text)
			if dropped {
				fmt.Fprintf(stderr, "tarjama segment: %s:%d: dropped (%s): %s\n", label, d.Line, d.Rule, preview(d.Text))
			}
			if werr := pb.line(out); werr != nil {
				return werr
			}
			if cerr := ctx.Err(); cerr != nil {
				return cerr
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("%s: %w", label, err)
		}
	}
	return pb.flush()
}

func firstInvalid(s string) int {
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 {
			return i
		}
		i += w
	}
	return len(s)
}

func preview(s string) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= 60 {
		return s
	}
	r := []rune(s)
	return string(r[:60]) + "…"
}

// maxPending bounds the text a wrapped paragraph may hold before its
// complete sentences are written out, so a file without blank lines still
// streams.
const maxPending = 1 << 20

// paragraphBuilder turns cleaned lines into paragraphs.
type paragraphBuilder struct {
	wrapped bool
	sw      *sentenceWriter
	lines   []string // the pending paragraph (wrapped mode)
	size    int      // bytes in lines
	limit   int      // size at which to write complete sentences (0: maxPending)
	base    int      // offset of lines[0] in the paragraph (after partial writes)
}

func (p *paragraphBuilder) line(s string) error {
	if !p.wrapped {
		if s == "" {
			return nil
		}
		return p.sw.paragraph(s, 0, true)
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
func (p *paragraphBuilder) partial() error {
	text := strings.Join(p.lines, " ")
	spans := segment.Split(p.sw.opts.Lang, text)
	if len(spans) < 2 {
		// One long sentence so far: wait for twice as much text rather
		// than re-splitting on every line.
		p.limit = 2 * p.size
		return nil
	}
	p.limit = 0
	cut := spans[len(spans)-1].Start
	if err := p.sw.paragraph(text[:cut], p.base, p.base == 0); err != nil {
		return err
	}
	p.base += cut
	p.lines = append(p.lines[:0], text[cut:])
	p.size = len(text) - cut
	return nil
}

func (p *paragraphBuilder) flush() error {
	if len(p.lines) == 0 {
		return nil
	}
	text := strings.Join(p.lines, " ")
	first := p.base == 0
	base := p.base
	p.lines, p.size, p.base, p.limit = p.lines[:0], 0, 0, 0
	return p.sw.paragraph(text, base, first)
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

// sentenceWriter writes the sentences of each paragraph.
type sentenceWriter struct {
	opts       segmentOptions
	w          *bufio.Writer
	paragraphs int // paragraphs written so far
	sentence   int // sentences written in the current paragraph
	err        error
}

type sentenceJSON struct {
	Paragraph int    `json:"paragraph"`
	Sentence  int    `json:"sentence"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
}

// paragraph writes the sentences of text, which starts at byte base of its
// paragraph; first is false when it continues a paragraph begun by an
// earlier call (a long wrapped paragraph written in parts).
func (sw *sentenceWriter) paragraph(text string, base int, first bool) error {
	spans := segment.Split(sw.opts.Lang, text)
	if len(spans) == 0 {
		return nil
	}
	if first || sw.paragraphs == 0 {
		sw.paragraphs++
		sw.sentence = 0
		if sw.opts.Format == "text" && sw.paragraphs > 1 {
			sw.w.WriteByte('\n')
		}
	}
	if sw.opts.Format == "jsonl" {
		enc := json.NewEncoder(sw.w)
		enc.SetEscapeHTML(false)
		for _, s := range spans {
			sw.sentence++
			if err := enc.Encode(sentenceJSON{sw.paragraphs, sw.sentence, base + s.Start, base + s.End, text[s.Start:s.End]}); err != nil {
				sw.err = err
				return err
			}
		}
		return nil
	}
	for _, s := range spans {
		sw.sentence++
		sw.w.WriteString(text[s.Start:s.End])
		if err := sw.w.WriteByte('\n'); err != nil {
			sw.err = err
			return err
		}
	}
	return nil
}
