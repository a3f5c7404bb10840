package input

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

// Text is a decoded document.
type Text struct {
	Text     string
	Encoding string
	HTML     bool // text was extracted from HTML
}

// Read loads and decodes one document; stdin is read for a Doc without Path.
// Errors name the file.
func Read(d Doc, stdin io.Reader) (Text, error) {
	var data []byte
	var err error
	where := d.Path
	if d.Path == "" {
		where = "<stdin>"
		data, err = io.ReadAll(stdin)
	} else {
		data, err = os.ReadFile(d.Path)
	}
	if err != nil {
		return Text{}, fmt.Errorf("%s: %w", where, err)
	}
	s, enc, err := Decode(data)
	if err != nil {
		return Text{}, fmt.Errorf("%s: %w", where, err)
	}
	t := Text{Text: s, Encoding: enc}
	if IsHTML(d.Name) {
		s, err := ExtractHTML(bytes.NewReader([]byte(s)))
		if err != nil {
			return Text{}, fmt.Errorf("%s: html: %w", where, err)
		}
		t.Text, t.HTML = s, true
	}
	return t, nil
}
