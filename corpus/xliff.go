package corpus

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
)

// XLIFF versions written by [XLIFFWriter].
const (
	XLIFF21 = "2.1"
	XLIFF12 = "1.2"
)

// XLIFF namespaces.
const (
	xliff2NS   = "urn:oasis:names:tc:xliff:document:2.0"
	xliff12NS  = "urn:oasis:names:tc:xliff:document:1.2"
	xliffMdaNS = "urn:oasis:names:tc:xliff:metadata:2.0"
	// XLIFFExtNS carries pair metadata as attributes in XLIFF 1.2, which
	// has no metadata module.
	XLIFFExtNS = "https://github.com/tarjama/tarjama/ns/xliff"
)

// XLIFF metadata types (XLIFF 2.1 <mda:meta type>, XLIFF 1.2 tj:
// attributes and note "from").
const (
	MetaAlign        = "align"
	MetaScore        = "score"
	MetaBackend      = "backend"
	MetaGlossaryMiss = "glossary-miss" // "source<TAB>target"
)

// XLIFFHeader describes the XLIFF files an [XLIFFWriter] writes.
type XLIFFHeader struct {
	Version     string // XLIFF21 (default) or XLIFF12
	SrcLang     string // default: the first pair's SrcLang
	TgtLang     string // default: the first pair's TgtLang
	Tool        string // "tarjama"
	ToolVersion string // "unknown"
	// Date is written in XLIFF 1.2 as the file's date attribute; zero
	// omits it (inject it, as for TMX, so output is reproducible).
	Date time.Time
}

// XLIFFWriter streams XLIFF 2.1 (or 1.2) for CAT tools: one <file> per
// document (Pair.Doc, in its original attribute), one unit per pair with
// one segment of state "translated" holding source and target, written
// with xml:space="preserve" so every space and line break survives.
//
// XLIFF 2.1: <unit id="uN" name="Pair.ID">; alignment, score, backend and
// glossary misses go in the Metadata module (<mda:metadata>, category
// "tarjama", meta types MetaAlign …) and, for the reviewer, as <notes>
// (category "alignment" and "glossary"). XLIFF 1.2: <trans-unit
// id="Pair.ID"> with tj:align, tj:score, tj:backend attributes (namespace
// [XLIFFExtNS]) and a <note from="glossary-miss"> per missing term.
// Characters XML 1.0 forbids are dropped and counted, as in TMX.
//
// To write one file per document, give each document its own writer.
type XLIFFWriter struct {
	w       *bufio.Writer
	h       XLIFFHeader
	esc     TMXWriter // its escaping and removed-character count
	started bool
	doc     string
	inFile  bool
	files   int
	units   int
	buf     []byte
	err     error
}

// NewXLIFFWriter returns an XLIFF writer to w.
func NewXLIFFWriter(w io.Writer, h XLIFFHeader) *XLIFFWriter {
	if h.Version == "" {
		h.Version = XLIFF21
	}
	if h.Tool == "" {
		h.Tool = "tarjama"
	}
	if h.ToolVersion == "" {
		h.ToolVersion = "unknown"
	}
	return &XLIFFWriter{w: bufio.NewWriterSize(w, 64<<10), h: h}
}

// Removed returns how many characters XML forbids were dropped so far.
func (w *XLIFFWriter) Removed() int { return w.esc.removed }

func (w *XLIFFWriter) start(p Pair) error {
	if w.h.Version != XLIFF21 && w.h.Version != XLIFF12 {
		return fmt.Errorf("corpus: XLIFF version %q (want %s or %s)", w.h.Version, XLIFF21, XLIFF12)
	}
	if w.h.SrcLang == "" {
		w.h.SrcLang = p.SrcLang
	}
	if w.h.TgtLang == "" {
		w.h.TgtLang = p.TgtLang
	}
	if w.h.SrcLang == "" {
		w.h.SrcLang = "und"
	}
	w.started = true
	b := append(w.buf[:0], "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"...)
	if w.h.Version == XLIFF21 {
		b = append(b, `<xliff xmlns="`+xliff2NS+`" xmlns:mda="`+xliffMdaNS+`" version="2.1"`...)
		b = w.esc.attr(b, "srcLang", w.h.SrcLang)
		if w.h.TgtLang != "" {
			b = w.esc.attr(b, "trgLang", w.h.TgtLang)
		}
	} else {
		b = append(b, `<xliff xmlns="`+xliff12NS+`" xmlns:tj="`+XLIFFExtNS+`" version="1.2"`...)
	}
	b = append(b, ">\n"...)
	w.buf = b
	_, err := w.w.Write(b)
	return err
}

func (w *XLIFFWriter) openFile(doc string) []byte {
	b := w.buf[:0]
	if w.inFile {
		b = w.closeFile(b)
	}
	w.files++
	w.inFile, w.doc = true, doc
	b = append(b, "<file"...)
	if w.h.Version == XLIFF21 {
		b = w.esc.attr(b, "id", "f"+strconv.Itoa(w.files))
		if doc != "" {
			b = w.esc.attr(b, "original", doc)
		}
		return append(b, ">\n"...)
	}
	orig := doc
	if orig == "" {
		orig = "unnamed"
	}
	b = w.esc.attr(b, "original", orig)
	b = w.esc.attr(b, "source-language", w.h.SrcLang)
	if w.h.TgtLang != "" {
		b = w.esc.attr(b, "target-language", w.h.TgtLang)
	}
	b = append(b, ` datatype="plaintext"`...)
	b = w.esc.attr(b, "tool-id", w.h.Tool)
	if !w.h.Date.IsZero() {
		b = w.esc.attr(b, "date", w.h.Date.UTC().Format("2006-01-02T15:04:05Z"))
	}
	b = append(b, ">\n<header>"...)
	b = append(b, "<tool"...)
	b = w.esc.attr(b, "tool-id", w.h.Tool)
	b = w.esc.attr(b, "tool-name", w.h.Tool)
	b = w.esc.attr(b, "tool-version", w.h.ToolVersion)
	return append(b, "/></header>\n<body>\n"...)
}

func (w *XLIFFWriter) closeFile(b []byte) []byte {
	w.inFile = false
	if w.h.Version == XLIFF21 {
		return append(b, "</file>\n"...)
	}
	return append(b, "</body>\n</file>\n"...)
}

// Write writes p as one unit, in a new <file> when its document changes.
func (w *XLIFFWriter) Write(p Pair) error {
	if w.err != nil {
		return w.err
	}
	if p.HasScore && (math.IsNaN(p.Score) || math.IsInf(p.Score, 0)) {
		return fmt.Errorf("corpus: pair %q: score %v is not a number", p.ID, p.Score)
	}
	if !w.started {
		if w.err = w.start(p); w.err != nil {
			return w.err
		}
	}
	var b []byte
	if !w.inFile || p.Doc != w.doc {
		b = w.openFile(p.Doc)
	} else {
		b = w.buf[:0]
	}
	w.units++
	if w.h.Version == XLIFF21 {
		b = w.unit2(b, p)
	} else {
		b = w.unit12(b, p)
	}
	w.buf = b
	_, w.err = w.w.Write(b)
	return w.err
}

func (w *XLIFFWriter) unit2(b []byte, p Pair) []byte {
	b = append(b, "<unit"...)
	b = w.esc.attr(b, "id", "u"+strconv.Itoa(w.units))
	if p.ID != "" {
		b = w.esc.attr(b, "name", p.ID)
	}
	b = append(b, ">\n"...)
	misses := p.Misses()
	if p.Align != "" || p.HasScore || p.Backend != "" || len(misses) > 0 {
		b = append(b, `<mda:metadata><mda:metaGroup category="tarjama">`...)
		meta := func(typ, val string) {
			b = append(b, "<mda:meta"...)
			b = w.esc.attr(b, "type", typ)
			b = append(b, '>')
			b = w.esc.text(b, val, false)
			b = append(b, "</mda:meta>"...)
		}
		if p.Align != "" {
			meta(MetaAlign, p.Align)
		}
		if p.HasScore {
			meta(MetaScore, string(appendFloat(nil, p.Score)))
		}
		if p.Backend != "" {
			meta(MetaBackend, p.Backend)
		}
		for _, t := range misses {
			meta(MetaGlossaryMiss, t.Source+"\t"+t.Target)
		}
		b = append(b, "</mda:metaGroup></mda:metadata>\n"...)
		b = append(b, "<notes>"...)
		if p.Align != "" || p.HasScore {
			b = append(b, `<note category="alignment">`...)
			b = w.esc.text(b, alignNote(p), false)
			b = append(b, "</note>"...)
		}
		for _, t := range misses {
			b = append(b, `<note category="glossary" priority="2">`...)
			b = w.esc.text(b, "glossary term missing from the target: "+t.Source+" → "+t.Target, false)
			b = append(b, "</note>"...)
		}
		if p.Backend != "" && !(p.Align != "" || p.HasScore) && len(misses) == 0 {
			b = append(b, `<note category="backend">`...)
			b = w.esc.text(b, "translated by "+p.Backend, false)
			b = append(b, "</note>"...)
		}
		b = append(b, "</notes>\n"...)
	}
	b = append(b, `<segment state="translated"><source xml:space="preserve">`...)
	b = w.esc.text(b, p.Src, false)
	b = append(b, `</source><target xml:space="preserve">`...)
	b = w.esc.text(b, p.Tgt, false)
	return append(b, "</target></segment>\n</unit>\n"...)
}

func alignNote(p Pair) string {
	var parts []string
	if p.Align != "" {
		parts = append(parts, "alignment "+p.Align)
	}
	if p.HasScore {
		// A reader's note: two decimals; the metadata keeps the exact score.
		parts = append(parts, "score "+strconv.FormatFloat(math.Round(p.Score*100)/100, 'f', -1, 64))
	}
	return strings.Join(parts, ", ")
}

func (w *XLIFFWriter) unit12(b []byte, p Pair) []byte {
	b = append(b, "<trans-unit"...)
	id := p.ID
	if id == "" {
		id = strconv.Itoa(w.units)
	}
	b = w.esc.attr(b, "id", id)
	b = append(b, ` xml:space="preserve"`...)
	if p.Align != "" {
		b = w.esc.attr(b, "tj:"+MetaAlign, p.Align)
	}
	if p.HasScore {
		b = w.esc.attr(b, "tj:"+MetaScore, string(appendFloat(nil, p.Score)))
	}
	if p.Backend != "" {
		b = w.esc.attr(b, "tj:"+MetaBackend, p.Backend)
	}
	b = append(b, ">\n<source"...)
	b = w.esc.attr(b, "xml:lang", w.h.SrcLang)
	b = append(b, '>')
	b = w.esc.text(b, p.Src, false)
	b = append(b, "</source>\n<target"...)
	if w.h.TgtLang != "" {
		b = w.esc.attr(b, "xml:lang", w.h.TgtLang)
	}
	b = append(b, ` state="translated">`...)
	b = w.esc.text(b, p.Tgt, false)
	b = append(b, "</target>\n"...)
	if p.Align != "" || p.HasScore {
		b = append(b, `<note from="alignment">`...)
		b = w.esc.text(b, alignNote(p), false)
		b = append(b, "</note>\n"...)
	}
	for _, t := range p.Misses() {
		b = append(b, `<note from="`+MetaGlossaryMiss+`" priority="2">`...)
		b = w.esc.text(b, t.Source+"\t"+t.Target, false)
		b = append(b, "</note>\n"...)
	}
	return append(b, "</trans-unit>\n"...)
}

// Close ends the document and flushes; it does not close the underlying
// writer. An empty corpus still gives a valid XLIFF file with one empty
// <file>.
func (w *XLIFFWriter) Close() error {
	if w.err != nil {
		return w.err
	}
	if !w.started {
		if w.err = w.start(Pair{}); w.err != nil {
			return w.err
		}
	}
	b := w.buf[:0]
	if !w.inFile && w.files == 0 {
		b = append(b, w.openFile("")...)
	}
	if w.inFile {
		b = w.closeFile(b)
	}
	b = append(b, "</xliff>\n"...)
	if _, w.err = w.w.Write(b); w.err != nil {
		return w.err
	}
	if w.err = w.w.Flush(); w.err != nil {
		return w.err
	}
	w.err = errClosed
	return nil
}

// XLIFFReader streams the units of an XLIFF 1.2 or 2.x document (from
// tarjama or another tool) as pairs.
//
//   - XLIFF 2: languages from srcLang/trgLang of <xliff>; a unit's segments
//     are joined (with its <ignorable> text between them) for source and
//     target; ID is the unit's name, else "<file original>#<unit id>";
//     Doc is the file's original; the mda metadata [XLIFFWriter] writes
//     restores Align, Score, Backend and glossary misses.
//   - XLIFF 1.2: languages from <file source-language/target-language>;
//     ID is the trans-unit id; tj: attributes and glossary-miss notes
//     restore the metadata. <seg-source> and <alt-trans> are ignored.
//
// Inline markup keeps its text (<g>, <mrk>, <pc>, <sm>…) and drops
// placeholders for native codes (<x>, <bx>, <ex>, <ph>, <bpt>, <ept>,
// <it>, <sc>, <ec>). Units without a target are skipped and counted by
// [XLIFFReader.Skipped]. srcLang and tgtLang, when given, replace the
// codes in the file on the pairs (as for TMX).
type XLIFFReader struct {
	d                *xml.Decoder
	srcLang, tgtLang string
	fileSrc, fileTgt string // from the file (2.x root or 1.2 <file>)
	doc              string
	version          string
	units, skipped   int
	seenRoot         bool
	err              error
}

// NewXLIFFReader reads XLIFF from r.
func NewXLIFFReader(r io.Reader, srcLang, tgtLang string) *XLIFFReader {
	d := xml.NewDecoder(r)
	d.Strict = true
	return &XLIFFReader{d: d, srcLang: srcLang, tgtLang: tgtLang}
}

// Skipped returns how many units had no target.
func (r *XLIFFReader) Skipped() int { return r.skipped }

// Version returns the XLIFF version of the root element ("" before the
// first Read).
func (r *XLIFFReader) Version() string { return r.version }

// Close does nothing: the reader does not own its io.Reader.
func (r *XLIFFReader) Close() error { return nil }

func xattr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local && (a.Name.Space == "" || a.Name.Space == "xml" || a.Name.Space == "http://www.w3.org/XML/1998/namespace") {
			return a.Value
		}
	}
	return ""
}

func extAttr(se xml.StartElement, local string) (string, bool) {
	for _, a := range se.Attr {
		if a.Name.Local == local && a.Name.Space == XLIFFExtNS {
			return a.Value, true
		}
	}
	return "", false
}

// Read returns the next pair, io.EOF after the last.
func (r *XLIFFReader) Read() (Pair, error) {
	if r.err != nil {
		return Pair{}, r.err
	}
	for {
		tok, err := r.d.Token()
		if err == io.EOF {
			if !r.seenRoot {
				r.err = errors.New("xliff: no <xliff> element")
			} else {
				r.err = io.EOF
			}
			return Pair{}, r.err
		}
		if err != nil {
			r.err = fmt.Errorf("xliff: %w", err)
			return Pair{}, r.err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "xliff":
			r.seenRoot = true
			r.version = xattr(se, "version")
			if se.Name.Space != xliff2NS && se.Name.Space != xliff12NS && se.Name.Space != "" {
				r.err = fmt.Errorf("xliff: unknown namespace %q", se.Name.Space)
				return Pair{}, r.err
			}
			r.fileSrc, r.fileTgt = xattr(se, "srcLang"), xattr(se, "trgLang")
		case "file":
			r.doc = xattr(se, "original")
			if s := xattr(se, "source-language"); s != "" {
				r.fileSrc = s
			}
			if t := xattr(se, "target-language"); t != "" {
				r.fileTgt = t
			}
		case "unit":
			p, ok, err := r.unit2(se)
			if err != nil {
				r.err = err
				return Pair{}, err
			}
			if ok {
				return p, nil
			}
		case "trans-unit":
			p, ok, err := r.unit12(se)
			if err != nil {
				r.err = err
				return Pair{}, err
			}
			if ok {
				return p, nil
			}
		}
	}
}

func (r *XLIFFReader) langs(p *Pair, src, tgt string) {
	p.SrcLang, p.TgtLang = r.fileSrc, r.fileTgt
	if src != "" {
		p.SrcLang = src
	}
	if tgt != "" {
		p.TgtLang = tgt
	}
	if r.srcLang != "" {
		p.SrcLang = r.srcLang
	}
	if r.tgtLang != "" {
		p.TgtLang = r.tgtLang
	}
}

func (r *XLIFFReader) unit2(start xml.StartElement) (Pair, bool, error) {
	r.units++
	p := Pair{ID: xattr(start, "name"), Doc: r.doc}
	if p.ID == "" {
		p.ID = r.doc + "#" + xattr(start, "id")
	}
	var src, tgt strings.Builder
	hasTarget := false
	depth := 0
	for {
		tok, err := r.d.Token()
		if err != nil {
			return p, false, fmt.Errorf("xliff: unit %s: %w", p.ID, unexpectedEOF(err))
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "meta":
				text, err := r.text()
				if err != nil {
					return p, false, err
				}
				if err := setMeta(&p, xattr(t, "type"), text); err != nil {
					return p, false, fmt.Errorf("xliff: unit %s: %w", p.ID, err)
				}
			case "source":
				s, err := r.text()
				if err != nil {
					return p, false, err
				}
				src.WriteString(s)
			case "target":
				s, err := r.text()
				if err != nil {
					return p, false, err
				}
				tgt.WriteString(s)
				hasTarget = true
			case "note", "originalData":
				if err := r.d.Skip(); err != nil {
					return p, false, unexpectedEOF(err)
				}
			default:
				depth++
			}
		case xml.EndElement:
			if t.Name.Local == "unit" && depth == 0 {
				if !hasTarget {
					r.skipped++
					return p, false, nil
				}
				p.Src, p.Tgt = src.String(), tgt.String()
				r.langs(&p, "", "")
				return p, true, nil
			}
			if depth > 0 {
				depth--
			}
		}
	}
}

func setMeta(p *Pair, typ, text string) error {
	switch typ {
	case MetaAlign:
		p.Align = text
	case MetaScore:
		f, err := strconv.ParseFloat(strings.TrimSpace(text), 64)
		if err != nil {
			return fmt.Errorf("%s: %w", MetaScore, err)
		}
		p.Score, p.HasScore = f, true
	case MetaBackend:
		p.Backend = text
	case MetaGlossaryMiss:
		s, t, _ := strings.Cut(text, "\t")
		p.Glossary = append(p.Glossary, Term{Source: s, Target: t, Status: "missing"})
	}
	return nil
}

func (r *XLIFFReader) unit12(start xml.StartElement) (Pair, bool, error) {
	r.units++
	p := Pair{ID: xattr(start, "id"), Doc: r.doc}
	for _, typ := range []string{MetaAlign, MetaScore, MetaBackend} {
		if v, ok := extAttr(start, typ); ok {
			if err := setMeta(&p, typ, v); err != nil {
				return p, false, fmt.Errorf("xliff: trans-unit %s: %w", p.ID, err)
			}
		}
	}
	var src, tgt, srcLang, tgtLang string
	hasTarget := false
	for {
		tok, err := r.d.Token()
		if err != nil {
			return p, false, fmt.Errorf("xliff: trans-unit %s: %w", p.ID, unexpectedEOF(err))
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "source":
				srcLang = xattr(t, "lang")
				if src, err = r.text(); err != nil {
					return p, false, err
				}
			case "target":
				tgtLang = xattr(t, "lang")
				if tgt, err = r.text(); err != nil {
					return p, false, err
				}
				hasTarget = true
			case "note":
				from := xattr(t, "from")
				text, err := r.text()
				if err != nil {
					return p, false, err
				}
				if from == MetaGlossaryMiss {
					setMeta(&p, MetaGlossaryMiss, text)
				}
			default: // seg-source, alt-trans, context-group, extensions
				if err := r.d.Skip(); err != nil {
					return p, false, unexpectedEOF(err)
				}
			}
		case xml.EndElement:
			if t.Name.Local == "trans-unit" {
				if !hasTarget {
					r.skipped++
					return p, false, nil
				}
				p.Src, p.Tgt = src, tgt
				r.langs(&p, srcLang, tgtLang)
				return p, true, nil
			}
		}
	}
}

// xliffCodes are inline elements standing for native codes: their content
// (XLIFF 1.2 <bpt>…) is not text.
var xliffCodes = map[string]bool{"x": true, "bx": true, "ex": true, "ph": true, "bpt": true, "ept": true, "it": true, "sc": true, "ec": true, "sub": true}

// text reads the character data of the current element, keeping the text
// of inline markup and dropping native codes.
func (r *XLIFFReader) text() (string, error) {
	var b strings.Builder
	depth := 0
	drop := 0
	for {
		tok, err := r.d.Token()
		if err != nil {
			return "", fmt.Errorf("xliff: %w", unexpectedEOF(err))
		}
		switch t := tok.(type) {
		case xml.CharData:
			if drop == 0 {
				b.Write(t)
			}
		case xml.StartElement:
			depth++
			if xliffCodes[t.Name.Local] || drop > 0 {
				drop++
			}
		case xml.EndElement:
			if depth == 0 {
				return b.String(), nil
			}
			depth--
			if drop > 0 {
				drop--
			}
		}
	}
}

var (
	_ Writer = (*XLIFFWriter)(nil)
	_ Reader = (*XLIFFReader)(nil)
)
