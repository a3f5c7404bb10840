package input

import (
	"context"
	"errors"
	"fmt"
	"io"
)

// Text is a decoded document.
type Text struct {
	Text     string
	Encoding string
	HTML     bool // text was extracted from HTML
}

// Read loads and decodes one single-document file (text, HTML, DOCX, PDF,
// EPUB) with default Options; stdin is read for a Doc without Path. A WARC
// file holds many documents: Read refuses it with ErrManyDocument (use
// Reader.Documents). Errors name the file.
func Read(d Doc, stdin io.Reader) (Text, error) {
	r := NewReader(Options{Stdin: stdin})
	var out Text
	var err error
	n := 0
	for doc, e := range r.Documents(context.Background(), d) {
		if e != nil {
			return Text{}, e
		}
		if doc.Format == FormatWARC {
			where := d.Path
			if where == "" {
				where = "<stdin>"
			}
			return Text{}, &ReadError{File: where, Reason: "a WARC file holds many documents", Err: ErrManyDocument}
		}
		out, n = doc.Text, n+1
	}
	if n != 1 && err == nil {
		err = errors.New(fmt.Sprint(d.Path, ": no document"))
	}
	return out, err
}
