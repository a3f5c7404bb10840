package input

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// EPUB: META-INF/container.xml names the package document; its spine
// lists the XHTML content documents in reading order. Each is decoded and
// reduced to text by ExtractHTML, chapters separated by a blank line.
// Spine items marked linear="no" (notes, covers read out of order) are
// skipped; hrefs that leave the archive are refused.

func (r *Reader) readEPUB(where string, ra io.ReaderAt, size int64) (Document, error) {
	z, err := openZip(where, ra, size, r.opts)
	if err != nil {
		return Document{}, err
	}
	cont, err := z.read("META-INF/container.xml")
	if err != nil {
		return Document{}, err
	}
	var c struct {
		Rootfiles []struct {
			FullPath  string `xml:"full-path,attr"`
			MediaType string `xml:"media-type,attr"`
		} `xml:"rootfiles>rootfile"`
	}
	if err := xml.Unmarshal(cont, &c); err != nil || len(c.Rootfiles) == 0 {
		return Document{}, &ReadError{File: where, Part: "entry META-INF/container.xml", Reason: fmt.Sprintf("no package document named (%v)", err), Err: ErrCorrupt}
	}
	opfName := c.Rootfiles[0].FullPath
	if !safeEntryName(opfName) {
		return Document{}, &ReadError{File: where, Part: "entry META-INF/container.xml", Reason: fmt.Sprintf("unsafe package path %q", opfName), Err: ErrCorrupt}
	}
	opfData, err := z.read(opfName)
	if err != nil {
		return Document{}, err
	}
	var opf struct {
		Items []struct {
			ID        string `xml:"id,attr"`
			Href      string `xml:"href,attr"`
			MediaType string `xml:"media-type,attr"`
		} `xml:"manifest>item"`
		Spine []struct {
			IDRef  string `xml:"idref,attr"`
			Linear string `xml:"linear,attr"`
		} `xml:"spine>itemref"`
	}
	if err := xml.Unmarshal(opfData, &opf); err != nil {
		return Document{}, &ReadError{File: where, Part: "entry " + opfName, Reason: err.Error(), Err: ErrCorrupt}
	}
	type item struct{ href, mediaType string }
	manifest := map[string]item{}
	for _, it := range opf.Items {
		manifest[it.ID] = item{it.Href, it.MediaType}
	}
	doc := Document{Notes: z.notes()}
	var parts []string
	skipped := 0
	for _, ref := range opf.Spine {
		it, ok := manifest[ref.IDRef]
		if !ok {
			return Document{}, &ReadError{File: where, Part: "spine item " + ref.IDRef, Reason: "not in the manifest", Err: ErrCorrupt}
		}
		if ref.Linear == "no" {
			skipped++
			continue
		}
		name, ok := resolve(opfName, it.href)
		if !ok {
			return Document{}, &ReadError{File: where, Part: "spine item " + ref.IDRef, Reason: fmt.Sprintf("href %q leaves the archive", it.href), Err: ErrCorrupt}
		}
		data, err := z.read(name)
		if err != nil {
			return Document{}, err
		}
		s, _, err := Decode(data)
		if err != nil {
			return Document{}, &ReadError{File: where, Part: "chapter " + name, Reason: err.Error(), Err: err}
		}
		text, err := ExtractHTML(strings.NewReader(s))
		if err != nil {
			return Document{}, &ReadError{File: where, Part: "chapter " + name, Reason: "html: " + err.Error(), Err: err}
		}
		if t := strings.TrimSpace(text); t != "" {
			parts = append(parts, t)
		}
	}
	if skipped > 0 {
		doc.Notes = append(doc.Notes, fmt.Sprintf("%d non-linear spine items skipped", skipped))
	}
	var b bytes.Buffer
	for i, p := range parts {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
	}
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	doc.Text = Text{Text: b.String(), Encoding: UTF8, HTML: true}
	return doc, nil
}
