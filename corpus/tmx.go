package corpus

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"time"
	"unicode/utf8"
)

// TMXHeader fills the TMX <header>. Empty fields take the defaults noted.
type TMXHeader struct {
	CreationTool        string // "tarjama"
	CreationToolVersion string // "unknown"
	SrcLang             string // the first pair's SrcLang, or "*all*" if none
	AdminLang           string // "en-US"
	DataType            string // "plaintext"
	OTMF                string // "tarjama"
	SegType             string // "sentence"
	// CreationDate is written as YYYYMMDDThhmmssZ (UTC); zero omits it.
	// It is injected rather than read from the clock so output is
	// reproducible.
	CreationDate time.Time
}

func (h TMXHeader) withDefaults() TMXHeader {
	def := func(s *string, v string) {
		if *s == "" {
			*s = v
		}
	}
	def(&h.CreationTool, "tarjama")
	def(&h.CreationToolVersion, "unknown")
	def(&h.AdminLang, "en-US")
	def(&h.DataType, "plaintext")
	def(&h.OTMF, "tarjama")
	def(&h.SegType, "sentence")
	return h
}

// TMX prop types carrying Pair metadata.
const (
	PropDoc          = "x-doc"
	PropAlign        = "x-align"
	PropScore        = "x-score"
	PropQE           = "x-qe"
	PropBackend      = "x-backend"
	PropGlossaryMiss = "x-glossary-miss" // "source<TAB>target", one prop per miss
)

// TMXWriter streams a TMX 1.4b document that validates against the LISA
// TMX 1.4 DTD. Each pair becomes <tu tuid="ID"> with its metadata props
// followed by a source and a target <tuv xml:lang>. Text is escaped;
// carriage returns are written as &#xD; so parsers do not fold them into
// line feeds; characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF,
// invalid UTF-8) are removed and counted by [TMXWriter.Removed]. The header
// is written with the first pair (or by Close for an empty corpus) so its
// srclang can default to the data's. There is no DOCTYPE line: validators
// are given the DTD (xmllint --dtdvalid), and a SYSTEM "tmx14.dtd" pointing
// next to the file only makes them warn that it is missing.
type TMXWriter struct {
	w       *bufio.Writer
	h       TMXHeader
	started bool
	removed int
	buf     []byte
	err     error
}

// NewTMXWriter returns a TMX writer to w with header h.
func NewTMXWriter(w io.Writer, h TMXHeader) *TMXWriter {
	return &TMXWriter{w: bufio.NewWriterSize(w, 64<<10), h: h.withDefaults()}
}

// Removed returns how many characters XML forbids were dropped so far.
func (w *TMXWriter) Removed() int { return w.removed }

func (w *TMXWriter) start(firstSrcLang string) {
	w.started = true
	h := w.h
	if h.SrcLang == "" {
		h.SrcLang = firstSrcLang
	}
	if h.SrcLang == "" {
		h.SrcLang = "*all*"
	}
	b := w.buf[:0]
	b = append(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header"...)
	b = w.attr(b, "creationtool", h.CreationTool)
	b = w.attr(b, "creationtoolversion", h.CreationToolVersion)
	b = w.attr(b, "segtype", h.SegType)
	b = w.attr(b, "o-tmf", h.OTMF)
	b = w.attr(b, "adminlang", h.AdminLang)
	b = w.attr(b, "srclang", h.SrcLang)
	b = w.attr(b, "datatype", h.DataType)
	if !h.CreationDate.IsZero() {
		b = w.attr(b, "creationdate", h.CreationDate.UTC().Format("20060102T150405Z"))
	}
	b = append(b, "/>\n<body>\n"...)
	w.buf = b
	_, w.err = w.w.Write(b)
}

// Write writes p as one <tu>.
func (w *TMXWriter) Write(p Pair) error {
	if w.err != nil {
		return w.err
	}
	if p.HasScore && (math.IsNaN(p.Score) || math.IsInf(p.Score, 0)) {
		return fmt.Errorf("corpus: pair %q: score %v is not a number", p.ID, p.Score)
	}
	if p.HasQE && (math.IsNaN(p.QE) || math.IsInf(p.QE, 0)) {
		return fmt.Errorf("corpus: pair %q: qe %v is not a number", p.ID, p.QE)
	}
	if !w.started {
		if w.start(p.SrcLang); w.err != nil {
			return w.err
		}
	}
	b := w.buf[:0]
	b = append(b, "<tu"...)
	if p.ID != "" {
		b = w.attr(b, "tuid", p.ID)
	}
	b = append(b, ">\n"...)
	if p.Doc != "" {
		b = w.prop(b, PropDoc, p.Doc)
	}
	if p.Align != "" {
		b = w.prop(b, PropAlign, p.Align)
	}
	if p.HasScore {
		b = w.prop(b, PropScore, string(appendFloat(nil, p.Score)))
	}
	if p.HasQE {
		b = w.prop(b, PropQE, string(appendFloat(nil, p.QE)))
	}
	if p.Backend != "" {
		b = w.prop(b, PropBackend, p.Backend)
	}
	for _, t := range p.Glossary {
		if t.Status == "missing" {
			b = w.prop(b, PropGlossaryMiss, t.Source+"\t"+t.Target)
		}
	}
	b = w.tuv(b, p.SrcLang, p.Src)
	b = w.tuv(b, p.TgtLang, p.Tgt)
	b = append(b, "</tu>\n"...)
	w.buf = b
	_, w.err = w.w.Write(b)
	return w.err
}

func (w *TMXWriter) prop(b []byte, typ, text string) []byte {
	b = append(b, "<prop"...)
	b = w.attr(b, "type", typ)
	b = append(b, '>')
	b = w.text(b, text, false)
	return append(b, "</prop>\n"...)
}

func (w *TMXWriter) tuv(b []byte, lang, text string) []byte {
	b = append(b, "<tuv"...)
	b = w.attr(b, "xml:lang", lang)
	b = append(b, "><seg>"...)
	b = w.text(b, text, false)
	return append(b, "</seg></tuv>\n"...)
}

func (w *TMXWriter) attr(b []byte, name, val string) []byte {
	b = append(b, ' ')
	b = append(b, name...)
	b = append(b, `="`...)
	b = w.text(b, val, true)
	return append(b, '"')
}

// text appends s escaped for XML character data (or an attribute value),
// dropping what XML 1.0 cannot carry.
func (w *TMXWriter) text(b []byte, s string, attr bool) []byte {
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		var esc string
		size := 1
		if c < utf8.RuneSelf {
			switch {
			case c == '<':
				esc = "&lt;"
			case c == '>':
				esc = "&gt;"
			case c == '&':
				esc = "&amp;"
			case c == '"' && attr:
				esc = "&quot;"
			case c == '\r':
				esc = "&#xD;"
			case c == '\n' && attr:
				esc = "&#xA;"
			case c == '\t' && attr:
				esc = "&#x9;"
			case c < 0x20 && c != '\n' && c != '\t':
				esc = "" // forbidden control character
			default:
				i++
				continue
			}
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			if !(r == utf8.RuneError && size == 1) && r != 0xFFFE && r != 0xFFFF {
				i += size
				continue
			}
			esc = ""
		}
		b = append(b, s[start:i]...)
		if esc == "" {
			w.removed++
		}
		b = append(b, esc...)
		i += size
		start = i
	}
	return append(b, s[start:]...)
}

// Close writes the closing tags and flushes. It does not close the
// underlying writer.
func (w *TMXWriter) Close() error {
	if w.err != nil {
		return w.err
	}
	if !w.started {
		if w.start(""); w.err != nil {
			return w.err
		}
	}
	if _, w.err = w.w.WriteString("</body>\n</tmx>\n"); w.err != nil {
		return w.err
	}
	if w.err = w.w.Flush(); w.err != nil {
		return w.err
	}
	w.err = errClosed
	return nil
}

// xmlChar reports whether r is allowed in an XML 1.0 document.
func xmlChar(r rune) bool {
	return r == 0x9 || r == 0xA || r == 0xD || (r >= 0x20 && r <= 0xD7FF) ||
		(r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF)
}

// CleanXML returns s without the characters a TMX file cannot carry, and how
// many were removed: what a TMX round trip gives back.
func CleanXML(s string) (string, int) {
	out := make([]byte, 0, len(s))
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || !xmlChar(r) {
			n++
		} else {
			out = append(out, s[i:i+size]...)
		}
		i += size
	}
	return string(out), n
}
