package glossary

import (
	"encoding/csv"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Exchange formats for import and export.
const (
	FormatTSV = "tsv" // tarjama's own format (Parse, Write)
	FormatCSV = "csv" // Google Cloud Translation glossary CSV
	FormatTBX = "tbx" // TBX-Basic
)

// ReadCSV reads a Google Cloud Translation glossary CSV in either of its
// shapes:
//   - equivalent term sets: a header of language codes (plus optional
//     "pos" and "description" columns), one concept per row;
//   - unidirectional: no header, rows of source,target.
//
// srcLang and tgtLang pick the columns of an equivalent-term-set file (""
// means the first and second language columns) and name the glossary's
// languages; for unidirectional files they default to ar and en. Rows
// that share a target become one entry with variants, which is what
// WriteCSV writes for an entry's variants. Notes come from "description".
func ReadCSV(r io.Reader, name, srcLang, tgtLang string) (*Glossary, error) {
	cr := csv.NewReader(stripBOM(r))
	cr.FieldsPerRecord = -1
	g := New(srcLang, tgtLang)
	srcCol, tgtCol, noteCol := 0, 1, -1
	first := true
	byTarget := map[string]int{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, &ParseError{File: name, Line: pe.Line, Msg: pe.Err.Error()}
			}
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		line, _ := cr.FieldPos(0)
		for i := range rec {
			rec[i] = strings.TrimSpace(rec[i])
		}
		if first {
			first = false
			if langs, note, ok := csvHeader(rec); ok {
				var err error
				srcCol, tgtCol, err = pickColumns(langs, rec, srcLang, tgtLang)
				if err != nil {
					return nil, &ParseError{File: name, Line: line, Msg: err.Error()}
				}
				noteCol = note
				g.SrcLang, g.TgtLang = rec[srcCol], rec[tgtCol]
				continue
			}
		}
		if g.SrcLang == "" {
			g.SrcLang = "ar"
		}
		if g.TgtLang == "" {
			g.TgtLang = "en"
		}
		if len(rec) <= srcCol || len(rec) <= tgtCol {
			return nil, &ParseError{File: name, Line: line, Msg: fmt.Sprintf("want at least %d fields, got %d", max(srcCol, tgtCol)+1, len(rec))}
		}
		src, tgt := oneLine(rec[srcCol]), oneLine(rec[tgtCol])
		if src == "" || tgt == "" {
			continue // a concept without a term in one of our languages
		}
		note := ""
		if noteCol >= 0 && noteCol < len(rec) {
			note = oneLine(rec[noteCol])
		}
		if i, ok := byTarget[tgt]; ok && (note == "" || note == g.Entries[i].Note) {
			if !sameSpelling(&g.Entries[i], src) {
				g.Entries[i].Variants = append(g.Entries[i].Variants, strings.ReplaceAll(src, "|", "/"))
			}
			continue
		}
		byTarget[tgt] = len(g.Entries)
		g.Add(Entry{Source: src, Target: tgt, Note: note, Line: line})
	}
	if g.SrcLang == "" {
		g.SrcLang, g.TgtLang = "ar", "en"
	}
	return g, nil
}

// csvHeader recognises an equivalent-term-set header: language codes and
// optional pos/description columns, at least two languages.
func csvHeader(rec []string) (langs []int, note int, ok bool) {
	note = -1
	for i, c := range rec {
		switch strings.ToLower(c) {
		case "pos":
		case "description":
			note = i
		default:
			if !isLangCode(c) {
				return nil, -1, false
			}
			langs = append(langs, i)
		}
	}
	return langs, note, len(langs) >= 2
}

func pickColumns(langs []int, rec []string, srcLang, tgtLang string) (src, tgt int, err error) {
	find := func(code string, skip int) int {
		for _, i := range langs {
			if i != skip && (code == "" || strings.EqualFold(rec[i], code)) {
				return i
			}
		}
		return -1
	}
	if src = find(srcLang, -1); src < 0 {
		return 0, 0, fmt.Errorf("no %q column in header %q", srcLang, strings.Join(rec, ","))
	}
	if tgt = find(tgtLang, src); tgt < 0 {
		return 0, 0, fmt.Errorf("no %q column in header %q", tgtLang, strings.Join(rec, ","))
	}
	return src, tgt, nil
}

// WriteCSV writes g as a Google Cloud Translation equivalent-term-set
// glossary: a header of the two language codes (and "description" when
// any entry has a note), one row per entry, and one more row per variant
// spelling with the same target.
func WriteCSV(w io.Writer, g *Glossary) error {
	hasNote := g.needs(ColNote)
	cw := csv.NewWriter(w)
	row := []string{g.SrcLang, g.TgtLang}
	if hasNote {
		row = append(row, "description")
	}
	if err := cw.Write(row); err != nil {
		return err
	}
	for _, e := range g.Entries {
		if e.Source == "" || e.Target == "" {
			continue // Google rejects empty terms
		}
		for k, s := range e.Sources() {
			row = []string{s, e.Target}
			if hasNote {
				note := ""
				if k == 0 {
					note = e.Note
				}
				row = append(row, note)
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteCSVPairs writes g as a Google Cloud Translation unidirectional
// glossary: no header, one source,target row per source spelling.
func WriteCSVPairs(w io.Writer, g *Glossary) error {
	cw := csv.NewWriter(w)
	for _, e := range g.Entries {
		if e.Source == "" || e.Target == "" {
			continue
		}
		for _, s := range e.Sources() {
			if err := cw.Write([]string{s, e.Target}); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// TBX-Basic, in the widely supported martif form (ISO 30042:2008).
type tbxFile struct {
	XMLName xml.Name `xml:"martif"`
	Type    string   `xml:"type,attr"`
	Lang    string   `xml:"xml:lang,attr"`
	Header  struct {
		Source string `xml:"fileDesc>sourceDesc>p"`
	} `xml:"martifHeader"`
	Entries []tbxEntry `xml:"text>body>termEntry"`
}

type tbxEntry struct {
	ID      string       `xml:"id,attr"`
	Descrip *tbxDescrip  `xml:"descrip,omitempty"`
	LangSet []tbxLangSet `xml:"langSet"`
}

type tbxDescrip struct {
	Type  string `xml:"type,attr"`
	Value string `xml:",chardata"`
}

type tbxLangSet struct {
	Lang string   `xml:"xml:lang,attr"`
	Tigs []tbxTig `xml:"tig"`
}

type tbxTig struct {
	Term     string      `xml:"term"`
	TermNote *tbxDescrip `xml:"termNote,omitempty"`
}

// WriteTBX writes g as a TBX-Basic document: one termEntry per entry, its
// note as a definition, the main spelling as the preferred term and each
// variant as an admitted term.
func WriteTBX(w io.Writer, g *Glossary) error {
	f := tbxFile{Type: "TBX-Basic", Lang: g.SrcLang}
	f.Header.Source = "tarjama glossary"
	for i, e := range g.Entries {
		if e.Source == "" || e.Target == "" {
			continue
		}
		te := tbxEntry{ID: fmt.Sprintf("c%d", i+1)}
		if e.Note != "" {
			te.Descrip = &tbxDescrip{Type: "definition", Value: e.Note}
		}
		src := tbxLangSet{Lang: g.SrcLang}
		for k, s := range e.Sources() {
			status := "preferredTerm-admn-sts"
			if k > 0 {
				status = "admittedTerm-admn-sts"
			}
			src.Tigs = append(src.Tigs, tbxTig{Term: s, TermNote: &tbxDescrip{Type: "administrativeStatus", Value: status}})
		}
		te.LangSet = []tbxLangSet{src, {Lang: g.TgtLang, Tigs: []tbxTig{{Term: e.Target}}}}
		f.Entries = append(f.Entries, te)
	}
	if _, err := io.WriteString(w, xml.Header+`<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">`+"\n"); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(f); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// ReadTBX reads TBX: the martif form of TBX-Basic (termEntry, langSet,
// tig or ntig) and TBX v3 (conceptEntry, langSec, termSec). In each
// concept the first srcLang term is the source, later ones are variants,
// and the first tgtLang term is the target; "" picks the document's first
// two languages. A definition, note or description becomes the note.
func ReadTBX(r io.Reader, name, srcLang, tgtLang string) (*Glossary, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = true
	type concept struct {
		line  int
		terms map[string][]string
		order []string
		note  string
	}
	var concepts []*concept
	var cur *concept
	lang := ""
	var langs []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			line, _ := dec.InputPos()
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				line = se.Line
			}
			return nil, &ParseError{File: name, Line: line, Msg: err.Error()}
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "termEntry", "conceptEntry":
			line, _ := dec.InputPos()
			cur = &concept{line: line, terms: map[string][]string{}}
			concepts = append(concepts, cur)
		case "langSet", "langSec":
			lang = ""
			for _, a := range se.Attr {
				if a.Name.Local == "lang" {
					lang = strings.ToLower(a.Value)
				}
			}
			if !contains(langs, lang) && lang != "" {
				langs = append(langs, lang)
			}
		case "term":
			var s string
			if err := dec.DecodeElement(&s, &se); err != nil {
				line, _ := dec.InputPos()
				return nil, &ParseError{File: name, Line: line, Msg: err.Error()}
			}
			if s = oneLine(s); cur != nil && lang != "" && s != "" {
				if _, ok := cur.terms[lang]; !ok {
					cur.order = append(cur.order, lang)
				}
				cur.terms[lang] = append(cur.terms[lang], s)
			}
		case "descrip", "note":
			var s string
			if err := dec.DecodeElement(&s, &se); err != nil {
				line, _ := dec.InputPos()
				return nil, &ParseError{File: name, Line: line, Msg: err.Error()}
			}
			if cur != nil && cur.note == "" {
				cur.note = oneLine(s)
			}
		}
	}
	if cur == nil {
		return nil, &ParseError{File: name, Line: 1, Msg: "no termEntry or conceptEntry elements: not TBX?"}
	}
	pick := func(want string, skip string) string {
		for _, l := range langs {
			if l != skip && (want == "" || strings.EqualFold(l, want) || strings.HasPrefix(l, strings.ToLower(want)+"-")) {
				return l
			}
		}
		return ""
	}
	src := pick(srcLang, "")
	tgt := pick(tgtLang, src)
	if src == "" || tgt == "" {
		return nil, &ParseError{File: name, Line: 1, Msg: fmt.Sprintf("no %s and %s terms (languages present: %s)", orAny(srcLang), orAny(tgtLang), strings.Join(langs, ", "))}
	}
	g := New(orDefault(srcLang, src), orDefault(tgtLang, tgt))
	for _, c := range concepts {
		s, t := c.terms[src], c.terms[tgt]
		if len(s) == 0 || len(t) == 0 {
			continue
		}
		e := Entry{Source: s[0], Target: t[0], Note: c.note, Line: c.line}
		for _, v := range s[1:] {
			if !sameSpelling(&e, v) {
				e.Variants = append(e.Variants, strings.ReplaceAll(v, "|", "/"))
			}
		}
		g.Add(e)
	}
	return g, nil
}

func orAny(s string) string {
	if s == "" {
		return "any"
	}
	return s
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// oneLine makes a field from another format fit a TSV cell.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func sameSpelling(e *Entry, s string) bool {
	for _, x := range e.Sources() {
		if x == s {
			return true
		}
	}
	return false
}

func stripBOM(r io.Reader) io.Reader {
	var b [3]byte
	n, _ := io.ReadFull(r, b[:])
	if n == 3 && string(b[:]) == "\uFEFF" {
		return r
	}
	return io.MultiReader(strings.NewReader(string(b[:n])), r)
}
