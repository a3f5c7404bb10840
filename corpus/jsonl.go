package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tarjama/tarjama/internal/jsonq"
)

// JSONLWriter writes one JSON object per pair and per line, keys in a fixed
// order: id, doc, translation {src, tgt}, align, score, backend, glossary.
// score is omitted when the pair has none; align, backend and glossary when
// empty. <, > and & are not escaped (the text stays readable); invalid UTF-8
// becomes U+FFFD, so every line is valid JSON.
type JSONLWriter struct {
	w   *bufio.Writer
	buf []byte
	err error
}

// NewJSONLWriter returns a writer of JSON Lines to w.
func NewJSONLWriter(w io.Writer) *JSONLWriter {
	return &JSONLWriter{w: bufio.NewWriterSize(w, 64<<10)}
}

// Write writes p as one line. Scores that JSON cannot represent (NaN, ±Inf)
// are an error, so nothing invalid is ever written.
func (w *JSONLWriter) Write(p Pair) error {
	if w.err != nil {
		return w.err
	}
	if p.HasScore && (math.IsNaN(p.Score) || math.IsInf(p.Score, 0)) {
		return fmt.Errorf("corpus: pair %q: score %v is not a number JSON can hold", p.ID, p.Score)
	}
	if p.HasQE && (math.IsNaN(p.QE) || math.IsInf(p.QE, 0)) {
		return fmt.Errorf("corpus: pair %q: qe %v is not a number JSON can hold", p.ID, p.QE)
	}
	if p.SrcLang == p.TgtLang {
		return fmt.Errorf("corpus: pair %q: source and target language are both %q", p.ID, p.SrcLang)
	}
	b := w.buf[:0]
	b = append(b, `{"id":`...)
	b = jsonq.AppendStringLong(b, p.ID)
	b = append(b, `,"doc":`...)
	b = jsonq.AppendStringLong(b, p.Doc)
	b = append(b, `,"translation":{`...)
	b = jsonq.AppendStringLong(b, p.SrcLang)
	b = append(b, ':')
	b = jsonq.AppendStringLong(b, p.Src)
	b = append(b, ',')
	b = jsonq.AppendStringLong(b, p.TgtLang)
	b = append(b, ':')
	b = jsonq.AppendStringLong(b, p.Tgt)
	b = append(b, '}')
	if p.Align != "" {
		b = append(b, `,"align":`...)
		b = jsonq.AppendStringLong(b, p.Align)
	}
	if p.HasScore {
		b = append(b, `,"score":`...)
		b = appendFloat(b, p.Score)
	}
	if p.HasQE {
		b = append(b, `,"qe":`...)
		b = appendFloat(b, p.QE)
	}
	if p.Backend != "" {
		b = append(b, `,"backend":`...)
		b = jsonq.AppendStringLong(b, p.Backend)
	}
	if len(p.Glossary) > 0 {
		b = append(b, `,"glossary":[`...)
		for i, t := range p.Glossary {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"source":`...)
			b = jsonq.AppendStringLong(b, t.Source)
			b = append(b, `,"target":`...)
			b = jsonq.AppendStringLong(b, t.Target)
			b = append(b, `,"status":`...)
			b = jsonq.AppendStringLong(b, t.Status)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	b = append(b, "}\n"...)
	w.buf = b
	_, w.err = w.w.Write(b)
	return w.err
}

// Close flushes buffered output. It does not close the underlying writer.
func (w *JSONLWriter) Close() error {
	if w.err != nil {
		return w.err
	}
	w.err = w.w.Flush()
	if w.err == nil {
		w.err = errClosed
		return nil
	}
	return w.err
}

var errClosed = errors.New("corpus: writer closed")

// appendFloat formats like encoding/json: shortest representation, plain
// decimals for ordinary magnitudes, exponent otherwise.
func appendFloat(b []byte, f float64) []byte {
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		return strconv.AppendFloat(b, f, 'e', -1, 64)
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64)
}

// JSONLReader reads pairs written by [JSONLWriter] or any JSON Lines file
// whose objects hold a "translation" object keyed by language code (as
// Hugging Face translation datasets do). Blank lines are skipped; unknown
// keys are ignored; a pair without "id" gets its line number.
type JSONLReader struct {
	r                *bufio.Reader
	closer           io.Closer
	srcLang, tgtLang string
	line             int
}

// NewJSONLReader reads JSON Lines from r. The source and target are the
// first and second keys of each "translation" object; use
// [NewJSONLReaderLangs] to pick them by language code.
func NewJSONLReader(r io.Reader) Reader {
	return NewJSONLReaderLangs(r, "", "")
}

// NewJSONLReaderLangs is [NewJSONLReader] choosing the source and target
// inside "translation" by language code (matched as [LangMatch] does); an
// empty code means "the first key" (source) or "the other key" (target).
func NewJSONLReaderLangs(r io.Reader, srcLang, tgtLang string) *JSONLReader {
	return &JSONLReader{r: bufio.NewReaderSize(r, 64<<10), srcLang: srcLang, tgtLang: tgtLang}
}

type jsonlRecord struct {
	ID          string          `json:"id"`
	Doc         string          `json:"doc"`
	Translation json.RawMessage `json:"translation"`
	Align       string          `json:"align"`
	Score       *float64        `json:"score"`
	QE          *float64        `json:"qe"`
	Backend     string          `json:"backend"`
	Glossary    []Term          `json:"glossary"`
}

// Read returns the next pair, or io.EOF after the last one. Errors name the
// line.
func (r *JSONLReader) Read() (Pair, error) {
	for {
		line, err := r.r.ReadBytes('\n')
		if len(line) == 0 && err != nil {
			if err == io.EOF {
				return Pair{}, io.EOF
			}
			return Pair{}, fmt.Errorf("jsonl line %d: %w", r.line+1, err)
		}
		r.line++
		if r.line == 1 {
			line = bytes.TrimPrefix(line, []byte("\uFEFF"))
		}
		if len(bytes.TrimSpace(line)) == 0 {
			if err == io.EOF {
				return Pair{}, io.EOF
			}
			continue
		}
		p, perr := r.parse(line)
		if perr != nil {
			return Pair{}, fmt.Errorf("jsonl line %d: %w", r.line, perr)
		}
		return p, nil
	}
}

func (r *JSONLReader) parse(line []byte) (Pair, error) {
	var rec jsonlRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		return Pair{}, err
	}
	if len(rec.Translation) == 0 || string(rec.Translation) == "null" {
		return Pair{}, errors.New(`no "translation" object`)
	}
	keys, vals, err := orderedStrings(rec.Translation)
	if err != nil {
		return Pair{}, fmt.Errorf("translation: %w", err)
	}
	si := pickLang(keys, r.srcLang, -1)
	if si < 0 {
		return Pair{}, fmt.Errorf("translation has no %q text (keys %s)", r.srcLang, strings.Join(keys, ", "))
	}
	ti := pickLang(keys, r.tgtLang, si)
	if ti < 0 {
		want := r.tgtLang
		if want == "" {
			want = "target"
		}
		return Pair{}, fmt.Errorf("translation has no %q text (keys %s)", want, strings.Join(keys, ", "))
	}
	p := Pair{
		ID: rec.ID, Doc: rec.Doc,
		SrcLang: keys[si], TgtLang: keys[ti], Src: vals[si], Tgt: vals[ti],
		Align: rec.Align, Backend: rec.Backend, Glossary: rec.Glossary,
	}
	if r.srcLang != "" {
		p.SrcLang = r.srcLang
	}
	if r.tgtLang != "" {
		p.TgtLang = r.tgtLang
	}
	if rec.Score != nil {
		p.Score, p.HasScore = *rec.Score, true
	}
	if rec.QE != nil {
		p.QE, p.HasQE = *rec.QE, true
	}
	if p.ID == "" {
		// Like TMX units and Moses lines: the position, so every pair has
		// an identity (and export's split a key) even in id-less datasets.
		p.ID = strconv.Itoa(r.line)
	}
	return p, nil
}

// orderedStrings decodes a JSON object of strings keeping key order. raw
// has already been validated as JSON by json.Unmarshal, so this scanner
// only needs to find string boundaries; strings with escapes or invalid
// UTF-8 go through encoding/json to be decoded exactly as it would.
func orderedStrings(raw []byte) (keys, vals []string, err error) {
	i := skipSpace(raw, 0)
	if i >= len(raw) || raw[i] != '{' {
		return nil, nil, errors.New("not an object")
	}
	i = skipSpace(raw, i+1)
	if i < len(raw) && raw[i] == '}' {
		return nil, nil, nil
	}
	for i < len(raw) {
		var k, v string
		if k, i, err = jsonString(raw, i); err != nil {
			return nil, nil, err
		}
		i = skipSpace(raw, i)
		if i >= len(raw) || raw[i] != ':' {
			return nil, nil, errors.New("malformed object")
		}
		i = skipSpace(raw, i+1)
		if v, i, err = jsonString(raw, i); err != nil {
			return nil, nil, fmt.Errorf("%q: %w", k, err)
		}
		keys, vals = append(keys, k), append(vals, v)
		i = skipSpace(raw, i)
		if i < len(raw) && raw[i] == ',' {
			i = skipSpace(raw, i+1)
			continue
		}
		if i < len(raw) && raw[i] == '}' {
			return keys, vals, nil
		}
		return nil, nil, errors.New("malformed object")
	}
	return nil, nil, errors.New("unterminated object")
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// jsonString decodes the JSON string starting at b[i] and returns the
// index after it.
func jsonString(b []byte, i int) (string, int, error) {
	if i >= len(b) || b[i] != '"' {
		return "", i, errors.New("want a string")
	}
	escaped := false
	for j := i + 1; j < len(b); j++ {
		switch b[j] {
		case '\\':
			escaped = true
			j++
		case '"':
			lit := b[i+1 : j]
			if !escaped && utf8.Valid(lit) {
				return string(lit), j + 1, nil
			}
			var s string
			if err := json.Unmarshal(b[i:j+1], &s); err != nil {
				return "", j + 1, err
			}
			return s, j + 1, nil
		}
	}
	return "", len(b), errors.New("unterminated string")
}

// pickLang returns the index in codes of want (see LangMatch), or when want
// is "" the first index other than not; -1 when there is none.
func pickLang(codes []string, want string, not int) int {
	if want == "" {
		for i := range codes {
			if i != not {
				return i
			}
		}
		return -1
	}
	return matchLang(codes, want, not)
}

// matchLang prefers an exact (case-insensitive) match, then a match on the
// primary subtag.
func matchLang(codes []string, want string, not int) int {
	for i, c := range codes {
		if i != not && strings.EqualFold(c, want) {
			return i
		}
	}
	for i, c := range codes {
		if i != not && LangMatch(c, want) {
			return i
		}
	}
	return -1
}

// LangMatch reports whether two language codes name the same language:
// equal ignoring case, or with equal primary subtags ("ar-SA" ~ "ar",
// "en_US" ~ "EN").
func LangMatch(a, b string) bool {
	return PrimaryLang(a) == PrimaryLang(b) && PrimaryLang(a) != ""
}

// PrimaryLang returns a language code's primary subtag in lower case:
// "ar" for "ar-SA", "en" for "EN_us".
func PrimaryLang(code string) string {
	code = strings.TrimSpace(code)
	if i := strings.IndexAny(code, "-_"); i >= 0 {
		code = code[:i]
	}
	return strings.ToLower(code)
}

func (r *JSONLReader) setCloser(c io.Closer) { r.closer = c }

// Close closes the underlying file when the reader came from [Open].
func (r *JSONLReader) Close() error {
	if r.closer != nil {
		return r.closer.Close()
	}
	return nil
}
