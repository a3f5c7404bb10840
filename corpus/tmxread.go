package corpus

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// TMXReader streams the translation units of a TMX 1.1–1.4 document.
//
// What it accepts from other tools (Okapi, OmegaT, Trados, …):
//   - UTF-8, or UTF-16 with a byte-order mark (Trados), or any encoding the
//     XML declaration names that golang.org/x/text knows;
//   - language on tuv as xml:lang (TMX 1.4) or lang (TMX 1.1–1.3), matched
//     to the requested codes ignoring case, then by primary subtag
//     ("ar-SA" ~ "ar"); the first tuv wins when a language repeats;
//   - inline markup in <seg>: the text of <hi> (and nested <hi>) is kept;
//     native codes in <bpt>, <ept>, <ph>, <it>, <ut> (and any <sub> inside
//     them) are dropped, so the pair holds the plain text a trainer wants;
//   - <note> elements are ignored; <prop>s of type x-doc, x-align, x-score,
//     x-backend and x-glossary-miss restore the Pair fields [TMXWriter]
//     writes. When there is no x-doc, a tu-level prop of type x-document,
//     x-file, x-filename or note names the document (Okapi Tikal puts the
//     source file there).
//
// Segment text is returned exactly as in the file (no trimming). Units
// without both languages are skipped and counted by [TMXReader.Skipped].
// A tu without tuid gets its 1-based position in the file as ID.
type TMXReader struct {
	d                *xml.Decoder
	closer           io.Closer
	srcLang, tgtLang string
	headerSrc        string
	units, skipped   int
	root             int // rootNone, rootOpen or rootClosed: <tmx> seen and closed
	err              error
}

const (
	rootNone = iota
	rootOpen
	rootClosed
)

// NewTMXReader reads TMX from r. srcLang and tgtLang choose the tuvs; when
// srcLang is "" the header's srclang is the source (or the first tuv if the
// header says "*all*"), and when tgtLang is "" the target is the first other
// tuv. The pair's SrcLang/TgtLang are the requested codes when given, else
// the codes in the file.
func NewTMXReader(r io.Reader, srcLang, tgtLang string) Reader {
	return newTMXReader(r, srcLang, tgtLang)
}

func newTMXReader(r io.Reader, srcLang, tgtLang string) *TMXReader {
	br := bufio.NewReaderSize(r, 64<<10)
	var in io.Reader = br
	utf16 := false
	if bom, _ := br.Peek(2); len(bom) == 2 && (bom[0] == 0xFF && bom[1] == 0xFE || bom[0] == 0xFE && bom[1] == 0xFF) {
		in = transform.NewReader(br, unicode.BOMOverride(unicode.UTF8.NewDecoder()))
		utf16 = true
	}
	d := xml.NewDecoder(in)
	d.Strict = true
	d.Entity = xml.HTMLEntity // tolerate &nbsp; and friends from sloppy exporters
	d.CharsetReader = func(label string, input io.Reader) (io.Reader, error) {
		l := strings.ToLower(label)
		if utf16 && strings.HasPrefix(l, "utf-16") || l == "utf-8" || l == "utf8" {
			return input, nil // already UTF-8
		}
		enc, err := htmlindex.Get(l)
		if err != nil {
			return nil, fmt.Errorf("unsupported encoding %q", label)
		}
		return transform.NewReader(input, enc.NewDecoder()), nil
	}
	return &TMXReader{d: d, srcLang: srcLang, tgtLang: tgtLang}
}

// Skipped returns how many units lacked the source or target language.
func (r *TMXReader) Skipped() int { return r.skipped }

// Units returns how many <tu> elements have been read, skipped ones included.
func (r *TMXReader) Units() int { return r.units }

// HeaderSrcLang returns the header's srclang once the header has been read.
func (r *TMXReader) HeaderSrcLang() string { return r.headerSrc }

type tuv struct {
	lang string
	text string
}

// Read returns the next unit with both languages, or io.EOF.
func (r *TMXReader) Read() (Pair, error) {
	if r.err != nil {
		return Pair{}, r.err
	}
	for {
		tok, err := r.d.RawToken()
		if err != nil {
			switch {
			case err == io.EOF && r.root == rootClosed:
				r.err = io.EOF
			case err == io.EOF && r.root == rootOpen:
				// Ending between two units would otherwise look like a
				// complete, shorter corpus.
				r.err = r.errorf("%w: no </tmx> (truncated file?)", io.ErrUnexpectedEOF)
			case err == io.EOF:
				r.err = r.errorf("not a TMX document: no <tmx> element")
			default:
				r.err = r.errorf("%w", err)
			}
			return Pair{}, r.err
		}
		if ee, ok := tok.(xml.EndElement); ok && ee.Name.Local == "tmx" {
			r.root = rootClosed
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "tmx":
			r.root = rootOpen
		case "header":
			r.headerSrc = attr(se, "srclang")
		case "tu":
			r.units++
			p, ok, err := r.readTU(se)
			if err != nil {
				r.err = r.errorf("tu %d: %w", r.units, err)
				return Pair{}, r.err
			}
			if !ok {
				r.skipped++
				continue
			}
			return p, nil
		}
	}
}

func (r *TMXReader) errorf(format string, args ...any) error {
	line, _ := r.d.InputPos()
	return fmt.Errorf("tmx line %d: %w", line, fmt.Errorf(format, args...))
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// readTU consumes one <tu> (its start already read).
func (r *TMXReader) readTU(start xml.StartElement) (Pair, bool, error) {
	p := Pair{ID: attr(start, "tuid")}
	if p.ID == "" {
		p.ID = strconv.Itoa(r.units)
	}
	var tuvs []tuv
	var altDoc string
	for {
		tok, err := r.d.RawToken()
		if err != nil {
			return p, false, unexpectedEOF(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if t.Name.Local == "tu" {
				return r.finish(p, tuvs, altDoc)
			}
		case xml.StartElement:
			switch t.Name.Local {
			case "prop":
				typ := attr(t, "type")
				text, err := r.text(false)
				if err != nil {
					return p, false, err
				}
				if err := setProp(&p, typ, text, &altDoc); err != nil {
					return p, false, err
				}
			case "note":
				if err := r.skip(); err != nil {
					return p, false, unexpectedEOF(err)
				}
			case "tuv":
				v, err := r.readTUV(t)
				if err != nil {
					return p, false, err
				}
				tuvs = append(tuvs, v)
			default:
				if err := r.skip(); err != nil {
					return p, false, unexpectedEOF(err)
				}
			}
		}
	}
}

func setProp(p *Pair, typ, text string, altDoc *string) error {
	switch typ {
	case PropDoc:
		p.Doc = text
	case "x-document", "x-file", "x-filename", "note":
		if *altDoc == "" {
			*altDoc = text
		}
	case PropAlign:
		p.Align = text
	case PropScore:
		f, err := strconv.ParseFloat(strings.TrimSpace(text), 64)
		if err != nil {
			return fmt.Errorf("prop %s: %w", PropScore, err)
		}
		p.Score, p.HasScore = f, true
	case PropQE:
		f, err := strconv.ParseFloat(strings.TrimSpace(text), 64)
		if err != nil {
			return fmt.Errorf("prop %s: %w", PropQE, err)
		}
		p.QE, p.HasQE = f, true
	case PropBackend:
		p.Backend = text
	case PropGlossaryMiss:
		src, tgt, _ := strings.Cut(text, "\t")
		p.Glossary = append(p.Glossary, Term{Source: src, Target: tgt, Status: "missing"})
	}
	return nil
}

func (r *TMXReader) finish(p Pair, tuvs []tuv, altDoc string) (Pair, bool, error) {
	if p.Doc == "" {
		p.Doc = altDoc
	}
	langs := make([]string, len(tuvs))
	for i, v := range tuvs {
		langs[i] = v.lang
	}
	src := r.srcLang
	if src == "" && r.headerSrc != "*all*" {
		src = r.headerSrc
	}
	si := pickLang(langs, src, -1)
	if si < 0 {
		return p, false, nil
	}
	ti := pickLang(langs, r.tgtLang, si)
	if ti < 0 {
		return p, false, nil
	}
	p.SrcLang, p.Src = tuvs[si].lang, tuvs[si].text
	p.TgtLang, p.Tgt = tuvs[ti].lang, tuvs[ti].text
	if r.srcLang != "" {
		p.SrcLang = r.srcLang
	}
	if r.tgtLang != "" {
		p.TgtLang = r.tgtLang
	}
	return p, true, nil
}

func (r *TMXReader) readTUV(start xml.StartElement) (tuv, error) {
	v := tuv{lang: attr(start, "lang")} // xml:lang or TMX 1.1–1.3 lang
	for {
		tok, err := r.d.RawToken()
		if err != nil {
			return v, unexpectedEOF(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if t.Name.Local == "tuv" {
				return v, nil
			}
		case xml.StartElement:
			if t.Name.Local == "seg" {
				s, err := r.text(true)
				if err != nil {
					return v, err
				}
				v.text = s
			} else if err := r.skip(); err != nil { // prop, note
				return v, unexpectedEOF(err)
			}
		}
	}
}

// text reads character data up to the end of the current element,
// keeping the text of nested elements (<hi> and the like). In a <seg>
// (dropCodes) the native codes of <bpt>, <ept>, <ph>, <it> and <ut> are
// dropped, so the pair holds the plain text a trainer wants.
func (r *TMXReader) text(dropCodes bool) (string, error) {
	var b strings.Builder
	depth := 0
	for {
		tok, err := r.d.RawToken()
		if err != nil {
			return "", unexpectedEOF(err)
		}
		switch t := tok.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.StartElement:
			switch t.Name.Local {
			case "bpt", "ept", "ph", "it", "ut":
				if dropCodes {
					if err := r.skip(); err != nil {
						return "", unexpectedEOF(err)
					}
					continue
				}
			}
			depth++
		case xml.EndElement:
			if depth == 0 {
				return b.String(), nil
			}
			depth--
		}
	}
}

func unexpectedEOF(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}

func (r *TMXReader) setCloser(c io.Closer) { r.closer = c }

// Close closes the underlying file when the reader came from [Open].
func (r *TMXReader) Close() error {
	if r.closer != nil {
		return r.closer.Close()
	}
	return nil
}

// skip consumes the rest of the current element. The reader uses RawToken
// (no namespace translation, about a third faster than Token); nesting is
// tracked here, and a document that ends early is an error.
func (r *TMXReader) skip() error {
	for depth := 1; depth > 0; {
		tok, err := r.d.RawToken()
		if err != nil {
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return nil
}
