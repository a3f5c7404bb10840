package input

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"
)

// DOCX: the paragraphs of word/document.xml in body order (table cells
// are paragraphs too, row by row), each paragraph's runs joined, then the
// footnotes and endnotes, one paragraph each, after the body. Text is
// taken as stored: Word keeps right-to-left text in logical order, so
// nothing is reordered (w:bidi only changes the display). Tracked
// deletions and field codes are not text and are left out. Headers and
// footers (running titles, page numbers) are skipped and counted.

const wordML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

func (r *Reader) readDOCX(where string, ra io.ReaderAt, size int64) (Document, error) {
	z, err := openZip(where, ra, size, r.opts)
	if err != nil {
		return Document{}, err
	}
	body, err := z.read("word/document.xml")
	if err != nil {
		return Document{}, err
	}
	paras, rtl, err := docxParagraphs(body, "")
	if err != nil {
		return Document{}, &ReadError{File: where, Part: "entry word/document.xml", Reason: err.Error(), Err: ErrCorrupt}
	}
	doc := Document{Notes: z.notes()}
	notes := 0
	for _, part := range []struct{ entry, elem string }{{"word/footnotes.xml", "footnote"}, {"word/endnotes.xml", "endnote"}} {
		if !z.has(part.entry) {
			continue
		}
		data, err := z.read(part.entry)
		if err != nil {
			return Document{}, err
		}
		np, nrtl, err := docxParagraphs(data, part.elem)
		if err != nil {
			return Document{}, &ReadError{File: where, Part: "entry " + part.entry, Reason: err.Error(), Err: ErrCorrupt}
		}
		notes += len(np)
		rtl += nrtl
		paras = append(paras, np...)
	}
	var headers []string
	for name := range z.byName {
		if strings.HasPrefix(name, "word/header") || strings.HasPrefix(name, "word/footer") {
			headers = append(headers, name)
		}
	}
	sort.Strings(headers)
	r.count(FormatDOCX, func(s *FormatStats) { s.Footnotes += notes; s.Headers += len(headers) })
	if notes > 0 {
		doc.Notes = append(doc.Notes, fmt.Sprintf("%d footnote or endnote paragraphs after the body", notes))
	}
	if len(headers) > 0 {
		doc.Notes = append(doc.Notes, fmt.Sprintf("headers and footers skipped: %s", strings.Join(headers, ", ")))
	}
	if rtl > 0 {
		doc.Notes = append(doc.Notes, fmt.Sprintf("%d right-to-left paragraphs", rtl))
	}
	doc.Text = Text{Text: joinParagraphs(paras), Encoding: UTF8}
	return doc, nil
}

// joinParagraphs writes paragraphs one a line with a blank line between,
// as ExtractHTML does.
func joinParagraphs(paras []string) string {
	var b strings.Builder
	for _, p := range paras {
		p = strings.Join(strings.Fields(p), " ")
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
	}
	if b.Len() == 0 {
		return ""
	}
	return b.String() + "\n"
}

// docxParagraphs returns the paragraphs of one WordprocessingML part. With
// note set ("footnote"), only paragraphs inside real notes are kept (not
// the separator notes Word adds). A line break inside a paragraph starts a
// new one.
func docxParagraphs(data []byte, note string) (paras []string, rtl int, err error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	var cur []*strings.Builder // paragraphs open (a text box nests one in another)
	inText, skipNote, inNote := false, false, note == ""
	pRTL := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, 0, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Space != wordML {
				continue
			}
			switch t.Name.Local {
			case note:
				inNote, skipNote = true, false
				for _, a := range t.Attr {
					if a.Name.Local == "type" && a.Value != "normal" {
						skipNote = true
					}
				}
			case "p":
				cur = append(cur, &strings.Builder{})
				pRTL = false
			case "bidi":
				pRTL = true
			case "t":
				inText = true
			case "tab":
				if len(cur) > 0 {
					cur[len(cur)-1].WriteByte(' ')
				}
			case "br", "cr":
				if len(cur) > 0 && inNote && !skipNote {
					paras = append(paras, cur[len(cur)-1].String())
					cur[len(cur)-1].Reset()
				}
			case "noBreakHyphen":
				if len(cur) > 0 {
					cur[len(cur)-1].WriteByte('-')
				}
			}
		case xml.EndElement:
			if t.Name.Space != wordML {
				continue
			}
			switch t.Name.Local {
			case note:
				inNote = false
			case "t":
				inText = false
			case "p":
				if len(cur) == 0 {
					continue
				}
				p := cur[len(cur)-1]
				cur = cur[:len(cur)-1]
				if inNote && !skipNote && strings.TrimSpace(p.String()) != "" {
					paras = append(paras, p.String())
					if pRTL {
						rtl++
					}
				}
			}
		case xml.CharData:
			if inText && len(cur) > 0 {
				cur[len(cur)-1].Write(t)
			}
		}
	}
	return paras, rtl, nil
}
