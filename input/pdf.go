package input

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"regexp"
	"strings"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"
)

// PDF: the text layer through poppler's pdftotext, run as a program with
// an argument vector (never a shell), killed with its process group when
// Options.PDFTimeout passes. pdftotext writes right-to-left lines in
// logical order wrapped in bidi embedding marks, with each left-to-right
// run (numbers, Latin words, punctuation) in visual order inside its
// marks; repairBidi puts those runs back in logical order and removes the
// marks, and the rules of data/pdf_arabic.json undo the lam-alef ligature
// reordering some PDF producers cause. Lines are joined into paragraphs
// (a blank line or a page break ends one). A PDF without text (a scan) and
// text that reads in visual order or without spaces are refused with
// ErrNoTextLayer, ErrVisualOrder, ErrNoSpaces rather than translated.

//go:embed data/pdf_arabic.json
var pdfRulesJSON []byte

type pdfRule struct {
	Name    string `json:"name"`
	Pattern string `json:"pattern"`
	Replace string `json:"replace"`
	re      *regexp.Regexp
}

var pdfRules = func() []pdfRule {
	var f struct {
		Rules []pdfRule `json:"rules"`
	}
	if err := json.Unmarshal(pdfRulesJSON, &f); err != nil {
		panic("input: data/pdf_arabic.json: " + err.Error())
	}
	for i := range f.Rules {
		f.Rules[i].re = regexp.MustCompile(f.Rules[i].Pattern)
	}
	return f.Rules
}()

func (r *Reader) readPDF(ctx context.Context, d Doc, where string, src *source) (Document, error) {
	path := d.Path
	if src.file == nil {
		// Standard input: pdftotext reads "-" too, fed from our reader.
		path = "-"
	}
	ctx, cancel := context.WithTimeout(ctx, r.opts.PDFTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, r.opts.PDFToText, "-enc", "UTF-8", "-eol", "unix", path, "-")
	if path == "-" {
		cmd.Stdin = src.r
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error {
		// The whole group, so a wrapper script's children die too.
		return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
	cmd.WaitDelay = 2 * time.Second
	var stderr bytes.Buffer
	cmd.Stderr = &limitedBuffer{buf: &stderr, max: 4096}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return Document{}, err
	}
	if err := cmd.Start(); err != nil {
		if errors.Is(err, exec.ErrNotFound) {
			return Document{}, &ReadError{File: where, Reason: fmt.Sprintf("%s not found: install poppler-utils", r.opts.PDFToText), Err: ErrUnsupported}
		}
		return Document{}, &ReadError{File: where, Reason: err.Error(), Err: err}
	}
	out, readErr := io.ReadAll(io.LimitReader(stdout, r.opts.MaxFileBytes+1))
	if int64(len(out)) > r.opts.MaxFileBytes {
		cmd.Cancel()
	}
	io.Copy(io.Discard, stdout)
	waitErr := cmd.Wait()
	switch {
	case ctx.Err() == context.DeadlineExceeded:
		return Document{}, &ReadError{File: where, Reason: fmt.Sprintf("pdftotext gave no result within %s (killed)", r.opts.PDFTimeout), Err: ErrTimeout}
	case ctx.Err() != nil:
		return Document{}, &ReadError{File: where, Reason: ctx.Err().Error(), Err: ctx.Err()}
	case int64(len(out)) > r.opts.MaxFileBytes:
		return Document{}, &ReadError{File: where, Reason: fmt.Sprintf("text over %d bytes", r.opts.MaxFileBytes), Err: ErrTooLarge}
	case waitErr != nil:
		msg := firstLines(stderr.String())
		if strings.Contains(msg, "password") || strings.Contains(msg, "ncrypt") {
			return Document{}, &ReadError{File: where, Reason: "encrypted PDF (pdftotext: " + msg + ")", Err: ErrEncrypted}
		}
		return Document{}, &ReadError{File: where, Reason: fmt.Sprintf("not a readable PDF (pdftotext %v: %s)", waitErr, msg), Err: ErrCorrupt}
	case readErr != nil:
		return Document{}, &ReadError{File: where, Reason: readErr.Error(), Err: readErr}
	}
	if !utf8.Valid(out) {
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	text, st := PDFText(string(out))
	r.count(FormatPDF, func(s *FormatStats) {
		s.LamAlefFixed += st.LamAlef
		s.BidiMarksFixed += st.BidiMarks
		s.RunningRemoved += st.Running
	})
	if err := st.problem(); err != nil {
		r.count(FormatPDF, func(s *FormatStats) {
			switch {
			case errors.Is(err, ErrNoTextLayer):
				s.NoTextLayer++
			case errors.Is(err, ErrVisualOrder):
				s.VisualOrder++
			case errors.Is(err, ErrNoSpaces):
				s.NoSpaces++
			}
		})
		return Document{}, &ReadError{File: where, Reason: err.Error(), Err: errors.Unwrap(err)}
	}
	doc := Document{Text: Text{Text: text, Encoding: UTF8}}
	if st.BidiMarks > 0 {
		doc.Notes = append(doc.Notes, fmt.Sprintf("%d bidi marks removed", st.BidiMarks))
	}
	if st.LamAlef > 0 {
		doc.Notes = append(doc.Notes, fmt.Sprintf("%d lam-alef ligatures put back in order", st.LamAlef))
	}
	if st.Running > 0 {
		doc.Notes = append(doc.Notes, fmt.Sprintf("%d running header and footer lines removed", st.Running))
	}
	return doc, nil
}

func firstLines(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > 3 {
		lines = lines[:3]
	}
	return strings.Join(lines, "; ")
}

type limitedBuffer struct {
	buf *bytes.Buffer
	max int
}

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if room := l.max - l.buf.Len(); room > 0 {
		l.buf.Write(p[:min(room, len(p))])
	}
	return len(p), nil
}

// PDFStats is what PDFText found.
type PDFStats struct {
	Pages     int
	Letters   int // letters in the text
	BidiMarks int // bidi control characters removed
	LamAlef   int // lam-alef repairs
	Visual    int // words that only read right in visual order (ة at the start …)
	Logical   int // words that only read right in logical order (ة at the end …)
	Words     int // Arabic words
	LongWords int // Arabic "words" over 20 letters (text run together)
	Running   int // running header and footer lines removed
}

func (s PDFStats) problem() error {
	switch {
	case s.Letters == 0:
		return fmt.Errorf("%w: %d pages without text (a scanned image? run OCR first)", ErrNoTextLayer, s.Pages)
	case s.Visual >= 5 && s.Visual > 2*s.Logical:
		return fmt.Errorf("%w: %d words read as reversed Arabic against %d as logical (the PDF stores visual order; its text cannot be translated as is)", ErrVisualOrder, s.Visual, s.Logical)
	case s.Words >= 5 && s.LongWords*3 > s.Words:
		return fmt.Errorf("%w: %d of %d Arabic words are over 20 letters long (the PDF positions glyphs without space characters)", ErrNoSpaces, s.LongWords, s.Words)
	}
	return nil
}

// PDFText turns pdftotext output into paragraphs, one a line with a blank
// line between, repairing the bidi runs and the lam-alef ligatures, and
// measures what tells a good text layer from a broken one.
func PDFText(out string) (string, PDFStats) {
	var st PDFStats
	st.Pages = strings.Count(strings.TrimRight(out, "\f\n"), "\f") + 1
	pages := strings.Split(out, "\f")
	running := runningLines(pages)
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for p, page := range pages {
		for i, line := range strings.Split(page, "\n") {
			if running[p][i] {
				st.Running++
				flush()
				continue
			}
			line, n := repairBidi(line)
			st.BidiMarks += n
			line, n = repairLamAlef(line)
			st.LamAlef += n
			line = strings.Join(strings.Fields(line), " ")
			if line == "" {
				flush()
				continue
			}
			cur = append(cur, line)
		}
		flush()
	}
	for _, p := range paras {
		measure(p, &st)
	}
	return joinParagraphs(paras), st
}

// Running headers and footers: a line among the first or last two
// non-empty lines of a page that, with its digits masked (page numbers,
// dates), sits at the same edge of most pages. One page cannot show it.
const runningEdge = 2

// runningLines marks, per page and line index, the running header and
// footer lines of a document of two pages or more.
func runningLines(pages []string) []map[int]bool {
	type edge struct {
		key string
		top bool
	}
	type at struct {
		line int
		e    edge
	}
	var found [][]at        // per page, its edge lines
	count := map[edge]int{} // pages with that edge line
	withText := 0
	for _, page := range pages {
		lines := strings.Split(page, "\n")
		var text []int
		for i, l := range lines {
			if strings.TrimSpace(l) != "" {
				text = append(text, i)
			}
		}
		var edges []at
		seen := map[edge]bool{}
		for k, i := range text {
			for _, top := range []bool{true, false} {
				if top && k >= runningEdge || !top && k < len(text)-runningEdge {
					continue
				}
				e := edge{maskDigits(lines[i]), top}
				edges = append(edges, at{i, e})
				if !seen[e] {
					seen[e] = true
					count[e]++
				}
			}
		}
		if len(text) > 0 {
			withText++
		}
		found = append(found, edges)
	}
	marks := make([]map[int]bool, len(pages))
	if withText < 2 {
		return marks
	}
	need := max(2, (withText*3+4)/5) // at least 60% of the pages with text
	for p, edges := range found {
		for _, a := range edges {
			if count[a.e] >= need {
				if marks[p] == nil {
					marks[p] = map[int]bool{}
				}
				marks[p][a.line] = true
			}
		}
	}
	return marks
}

// maskDigits normalises a line for comparison across pages: spaces
// collapsed, bidi marks dropped, every digit (Western or Arabic-Indic)
// as #.
func maskDigits(l string) string {
	var b strings.Builder
	for _, r := range strings.Join(strings.Fields(l), " ") {
		switch {
		case isBidiMark(r):
			continue
		case unicode.IsDigit(r):
			r = '#'
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isBidiMark(r rune) bool {
	return r == '\u200E' || r == '\u200F' || r == '\u061C' || ('\u202A' <= r && r <= '\u202E') || ('\u2066' <= r && r <= '\u2069')
}

// repairBidi removes bidi controls. A left-to-right embedding
// (U+202A … U+202C) holds a run in visual order: the neutral characters
// (spaces, punctuation) at its start belong, in reverse order, at its end.
func repairBidi(line string) (string, int) {
	if !strings.ContainsFunc(line, isBidiMark) {
		return line, 0
	}
	var b strings.Builder
	n := 0
	rs := []rune(line)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == '\u202A' { // LRE: collect the run up to its PDF
			n++
			j := i + 1
			for j < len(rs) && rs[j] != '\u202C' && rs[j] != '\u202A' && rs[j] != '\u202B' {
				j++
			}
			run := rs[i+1 : j]
			k := 0
			for k < len(run) && !unicode.IsLetter(run[k]) && !unicode.IsDigit(run[k]) && !isBidiMark(run[k]) {
				k++
			}
			for _, c := range run[k:] {
				if !isBidiMark(c) {
					b.WriteRune(c)
				}
			}
			for m := k - 1; m >= 0; m-- {
				b.WriteRune(run[m])
			}
			if j < len(rs) && rs[j] == '\u202C' {
				n++
				j++
			}
			i = j - 1
			continue
		}
		if isBidiMark(r) {
			n++
			continue
		}
		b.WriteRune(r)
	}
	s := b.String()
	// A run's trailing space was its leading one: "X، Y", not "X ،Y".
	return fixSpaceBeforePunct(s), n
}

// fixSpaceBeforePunct removes a space left before Arabic punctuation.
func fixSpaceBeforePunct(s string) string {
	for _, p := range []string{"،", "؛", "؟"} {
		s = strings.ReplaceAll(s, " "+p, p)
	}
	return s
}

func repairLamAlef(line string) (string, int) {
	n := 0
	for _, r := range pdfRules {
		for range 4 {
			m := len(r.re.FindAllStringIndex(line, -1))
			if m == 0 {
				break
			}
			n += m
			line = r.re.ReplaceAllString(line, r.Replace)
		}
	}
	return line, n
}

// measure counts evidence of visual order and of missing spaces: teh
// marbuta and alef maqsura end Arabic words and the article starts them,
// so reversed text starts words with ة or ى and ends them with "لا".
func measure(p string, st *PDFStats) {
	for _, w := range strings.Fields(p) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		letters, arabic := 0, 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
				if unicode.Is(unicode.Arabic, r) {
					arabic++
				}
			}
		}
		st.Letters += letters
		if arabic == 0 || arabic*2 < letters {
			continue
		}
		st.Words++
		if arabic > 20 {
			st.LongWords++
		}
		first, _ := utf8.DecodeRuneInString(w)
		last, _ := utf8.DecodeLastRuneInString(w)
		if arabic < 3 {
			continue
		}
		switch {
		case first == 'ة' || first == 'ى':
			st.Visual++
		case strings.HasSuffix(w, "لا") && !strings.HasPrefix(w, "ال"):
			st.Visual++
		}
		switch {
		case last == 'ة' || last == 'ى':
			st.Logical++
		case strings.HasPrefix(w, "ال"):
			st.Logical++
		}
	}
}
