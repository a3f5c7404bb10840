package input

import (
	"io"
	"path/filepath"
	"strings"

	"golang.org/x/net/html"
)

// IsHTML reports whether a document name calls for text extraction.
func IsHTML(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".html" || ext == ".htm"
}

// skipped elements hold no article text.
var skipElems = map[string]bool{
	"script": true, "style": true, "noscript": true, "head": true, "template": true,
	"nav": true, "footer": true, "aside": true, "form": true, "iframe": true, "svg": true, "button": true,
}

// blockElems end a line of text.
var blockElems = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "tr": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "article": true, "section": true,
	"header": true, "blockquote": true, "pre": true, "table": true, "ul": true, "ol": true,
	"dd": true, "dt": true, "figcaption": true, "hr": true, "main": true, "title": true,
}

// ExtractHTML returns the visible text of an HTML document, one block a line
// with blank lines between blocks, so that the text reads like a plain
// article.
func ExtractHTML(r io.Reader) (string, error) {
	z := html.NewTokenizer(r)
	var b strings.Builder
	var line strings.Builder
	skip := 0
	flush := func() {
		t := strings.Join(strings.Fields(line.String()), " ")
		line.Reset()
		if t != "" {
			b.WriteString(t)
			b.WriteString("\n\n")
		}
	}
	for {
		switch z.Next() {
		case html.ErrorToken:
			flush()
			if err := z.Err(); err != io.EOF {
				return "", err
			}
			return strings.TrimRight(b.String(), "\n") + "\n", nil
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			n := string(name)
			if skipElems[n] && n != "br" {
				if t := z.Token(); t.Type == html.StartTagToken {
					skip++
				}
				continue
			}
			if blockElems[n] {
				flush()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if skipElems[string(name)] {
				if skip > 0 {
					skip--
				}
				continue
			}
			if blockElems[string(name)] {
				flush()
			}
		case html.TextToken:
			if skip == 0 {
				line.Write(z.Text())
				line.WriteByte(' ')
			}
		}
	}
}
