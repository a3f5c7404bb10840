package input

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Encodings reported by Decode.
const (
	UTF8        = "utf-8"
	UTF8BOM     = "utf-8 (BOM removed)"
	UTF16LE     = "utf-16le"
	UTF16BE     = "utf-16be"
	Windows1256 = "windows-1256"
)

// DecodeError explains why bytes could not be read as text.
type DecodeError struct {
	Offset int // byte offset of the first offending byte, -1 if not applicable
	Line   int // 1-based line of Offset, 0 if not applicable
	Reason string
}

func (e *DecodeError) Error() string {
	if e.Offset >= 0 {
		return fmt.Sprintf("%s at byte offset %d (line %d)", e.Reason, e.Offset, e.Line)
	}
	return e.Reason
}

// errorAt returns a DecodeError for the byte at offset in data.
func errorAt(data []byte, offset int, reason string) *DecodeError {
	return &DecodeError{Offset: offset, Line: bytes.Count(data[:offset], []byte("\n")) + 1, Reason: reason}
}

// ErrBinary is wrapped by the error for data that looks binary.
var ErrBinary = errors.New("binary data")

// Decode converts raw file bytes into UTF-8 text with "\n" line ends and
// reports the encoding it found.
func Decode(data []byte) (text, encoding string, err error) {
	raw, skip := data, 0 // offsets in errors count the BOM
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data, encoding, skip = data[3:], UTF8BOM, 3
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decode16(data, xunicode.LittleEndian, UTF16LE)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decode16(data, xunicode.BigEndian, UTF16BE)
	default:
		encoding = UTF8
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", "", errorAt(raw, skip+i, fmt.Sprintf("%v: NUL byte", ErrBinary))
	}
	if utf8.Valid(data) {
		return normalizeNewlines(string(data)), encoding, nil
	}
	bad := firstInvalid(data)
	if mostlyUTF8(data) {
		// UTF-8 with a few corrupt bytes: read as Windows-1256 it would
		// "decode" into mojibake that still looks Arabic.
		return "", "", errorAt(raw, skip+bad, "invalid UTF-8")
	}
	if s, ok := decode1256(data); ok {
		return normalizeNewlines(s), Windows1256, nil
	}
	return "", "", errorAt(raw, skip+bad, "invalid UTF-8 (and not Windows-1256 Arabic)")
}

// mostlyUTF8 reports whether data holds more valid multi-byte UTF-8
// sequences than invalid bytes. Windows-1256 Arabic is almost all bytes
// ≥ 0x80 in runs that rarely form valid UTF-8, so it fails this test.
func mostlyUTF8(data []byte) bool {
	var multi, invalid int
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			invalid++
		case n > 1:
			multi++
		}
		i += n
	}
	return multi > invalid
}

func decode16(data []byte, order xunicode.Endianness, name string) (string, string, error) {
	out, err := xunicode.UTF16(order, xunicode.ExpectBOM).NewDecoder().Bytes(data)
	if err != nil {
		return "", "", &DecodeError{Offset: -1, Reason: name + ": " + err.Error()}
	}
	if i := bytes.IndexByte(out, 0); i >= 0 {
		return "", "", &DecodeError{Offset: -1, Reason: fmt.Sprintf("%v: NUL character in %s text", ErrBinary, name)}
	}
	return normalizeNewlines(string(out)), name, nil
}

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// decode1256 accepts Windows-1256 only when the result reads as Arabic
// text: no control characters and most letters Arabic. Every byte maps to
// something in 1256, so without this check any binary would "decode".
func decode1256(data []byte) (string, bool) {
	s, err := charmap.Windows1256.NewDecoder().String(string(data))
	if err != nil {
		return "", false
	}
	var arabic, letters int
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\t' || r == '\f':
		case unicode.IsControl(r) || r == utf8.RuneError:
			return "", false
		case unicode.IsLetter(r):
			letters++
			if unicode.Is(unicode.Arabic, r) {
				arabic++
			}
		}
	}
	return s, letters > 0 && arabic*2 >= letters
}

func normalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// DecodeText is Decode for tools that report byte offsets into the file
// (glossary match) or read it line by line (align): valid UTF-8 without a
// UTF-16 byte-order mark comes back byte for byte, with encoding UTF8;
// anything else is decoded as translate decodes it.
func DecodeText(data []byte) (text, encoding string, err error) {
	if utf8.Valid(data) && !bytes.HasPrefix(data, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return string(data), UTF8, nil
	}
	return Decode(data)
}
