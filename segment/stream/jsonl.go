package stream

import (
	"strconv"

	"github.com/tarjama/tarjama/internal/jsonq"
)

// appendJSONL appends one sentence record and a newline, byte for byte what
// encoding/json's Encoder writes with SetEscapeHTML(false) for the struct
// {paragraph, sentence, start, end, text}.
func appendJSONL(b []byte, paragraph, sentence, start, end int, text string) []byte {
	b = append(b, `{"paragraph":`...)
	b = strconv.AppendInt(b, int64(paragraph), 10)
	b = append(b, `,"sentence":`...)
	b = strconv.AppendInt(b, int64(sentence), 10)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(end), 10)
	b = append(b, `,"text":`...)
	b = jsonq.AppendString(b, text)
	return append(b, "}\n"...)
}
