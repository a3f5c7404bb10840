package corpus

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// Format names a corpus file format.
type Format string

// The formats of [Table].
const (
	JSONL Format = "jsonl"
	TMX   Format = "tmx"
	Moses Format = "moses"
	TSV   Format = "tsv"
	XLIFF Format = "xliff"
)

// FormatSpec describes one corpus format: how it is named, how files in it
// are recognised and how to write and read it. Adding a format is one file
// (its writer and reader) and one entry in [Table].
type FormatSpec struct {
	Name Format
	// Exts are the file name extensions (lower case, with the dot) that
	// [DetectFormat] maps to the format; the first is the one written. A
	// format without extensions is the fallback for any other name (Moses,
	// whose path is a stem).
	Exts []string
	// Help is the format's line in help texts.
	Help string
	// Streams is how many files one corpus is: 1, or 2 for a pair of
	// line-aligned files STEM.<src> and STEM.<tgt> (Moses).
	Streams int
	// LangsOnce reports that the file names or a header row carry the
	// languages once for all pairs (Moses, TSV): every pair must be in the
	// same language pair as the first.
	LangsOnce bool
	// PerDocument reports that a run writes one file per document, under
	// the folder Dir of the output folder (see [NewDocWriter]), rather
	// than one corpus file: the unit CAT tools exchange.
	PerDocument bool
	Dir         string
	// Writer returns the format's writer on out (Streams writers, the
	// source side first).
	Writer func(out []io.Writer, o CreateOptions) Writer
	// Reader returns the format's reader on in (Streams readers); srcLang
	// and tgtLang are as in [OpenOptions].
	Reader func(in []io.Reader, srcLang, tgtLang string) Reader
}

// Table lists every format, in the order help texts show them.
var Table = []FormatSpec{
	{
		Name: TMX, Exts: []string{".tmx"}, Streams: 1,
		Help: "TMX 1.4b (reads TMX 1.1–1.4 from other tools)",
		Writer: func(out []io.Writer, o CreateOptions) Writer {
			if o.TMX.SrcLang == "" {
				o.TMX.SrcLang = o.SrcLang
			}
			return NewTMXWriter(out[0], o.TMX)
		},
		Reader: func(in []io.Reader, src, tgt string) Reader { return newTMXReader(in[0], src, tgt) },
	},
	{
		Name: JSONL, Exts: []string{".jsonl", ".ndjson"}, Streams: 1,
		Help:   `JSON Lines: {"id","doc","translation":{"ar":…,"en":…},"align","score",…}`,
		Writer: func(out []io.Writer, _ CreateOptions) Writer { return NewJSONLWriter(out[0]) },
		Reader: func(in []io.Reader, src, tgt string) Reader { return NewJSONLReaderLangs(in[0], src, tgt) },
	},
	{
		Name: Moses, Streams: 2, LangsOnce: true,
		Help:   "Moses: STEM.<src> and STEM.<tgt>, line-aligned (any other name)",
		Writer: func(out []io.Writer, _ CreateOptions) Writer { return NewMosesWriter(out[0], out[1]) },
		Reader: func(in []io.Reader, src, tgt string) Reader { return NewMosesReader(in[0], in[1], src, tgt) },
	},
	{
		Name: TSV, Exts: []string{".tsv"}, Streams: 1, LangsOnce: true,
		Help:   `header row "ar<TAB>en", then source<TAB>target`,
		Writer: func(out []io.Writer, _ CreateOptions) Writer { return NewTSVWriter(out[0]) },
		Reader: func(in []io.Reader, src, tgt string) Reader { return NewTSVReader(in[0], src, tgt) },
	},
	{
		Name: XLIFF, Exts: []string{".xlf", ".xliff"}, Streams: 1, PerDocument: true, Dir: "xliff",
		Help: "XLIFF 2.1 or 1.2 for CAT tools (also .xliff); translate and export write one file per document under xliff/",
		Writer: func(out []io.Writer, o CreateOptions) Writer {
			return NewXLIFFWriter(out[0], o.xliffHeader())
		},
		Reader: func(in []io.Reader, src, tgt string) Reader { return NewXLIFFReader(in[0], src, tgt) },
	},
}

// Files names what a corpus called stem in this format is made of,
// relative to its folder and slash-separated: stem plus the first
// extension, the Moses pair stem.<src> and stem.<tgt>, or, for a
// per-document format, its folder Dir with a trailing slash (stem is not
// used: `tarjama translate --format xliff` writes xliff/<document>.xlf).
func (s FormatSpec) Files(stem, srcLang, tgtLang string) []string {
	switch {
	case s.PerDocument:
		return []string{s.Dir + "/"}
	case s.Streams == 2:
		src, tgt := MosesPaths(stem, srcLang, tgtLang)
		return []string{src, tgt}
	default:
		return []string{stem + s.Exts[0]}
	}
}

// Formats lists every format's name, in the order of [Table].
var Formats = func() []Format {
	out := make([]Format, len(Table))
	for i, s := range Table {
		out[i] = s.Name
	}
	return out
}()

// Spec returns the table entry of f.
func Spec(f Format) (FormatSpec, error) {
	for _, s := range Table {
		if s.Name == f {
			return s, nil
		}
	}
	return FormatSpec{}, fmt.Errorf("unknown corpus format %q (known: %s)", string(f), KnownFormats(nil))
}

// KnownFormats lists the names of the formats keep accepts (all when keep
// is nil) for messages: "tmx, jsonl, moses, tsv, xliff".
func KnownFormats(keep func(FormatSpec) bool) string {
	var names []string
	for _, s := range Table {
		if keep == nil || keep(s) {
			names = append(names, string(s.Name))
		}
	}
	return strings.Join(names, ", ")
}

// OneStream keeps the formats a single stream (stdin, stdout) can carry.
func OneStream(s FormatSpec) bool { return s.Streams == 1 }

// ParseFormat accepts a format name in any case.
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimSpace(s)))
	if _, err := Spec(f); err != nil {
		return "", fmt.Errorf("unknown corpus format %q (known: %s)", s, KnownFormats(nil))
	}
	return f, nil
}

// FormatsHelp is the formats' paragraph of a command's help: how each is
// chosen by extension, one line per format of [Table];
// flags names the command's format flags ("--from/--to", "--from").
func FormatsHelp(flags string) string {
	var b strings.Builder
	b.WriteString("FORMATS (chosen by extension, or " + flags + "):\n")
	line := func(name, help string) {
		fmt.Fprintf(&b, "   %-8s %s\n", name, help)
	}
	for _, s := range Table {
		if len(s.Exts) > 0 {
			line(s.Exts[0], s.Help)
		}
	}
	line(".gz", "any of the above, gzip-compressed (e.g. en-ar.tmx.gz)")
	for _, s := range Table {
		if len(s.Exts) == 0 {
			line("STEM", s.Help)
		}
	}
	line("-", "stdin/stdout (needs "+flags+"; not for "+KnownFormats(func(s FormatSpec) bool { return !OneStream(s) })+")")
	return strings.TrimSuffix(b.String(), "\n")
}

// DetectFormat chooses a format from a path's extension, as [Table]'s
// Exts say (.jsonl or .ndjson, .tmx, .tsv, .xlf or .xliff), each
// optionally followed by .gz; anything else names a Moses pair by its
// stem.
func DetectFormat(path string) Format {
	if isGzip(path) {
		path = path[:len(path)-3]
	}
	ext := strings.ToLower(filepath.Ext(path))
	fallback := Moses
	for _, s := range Table {
		for _, e := range s.Exts {
			if e == ext {
				return s.Name
			}
		}
		if len(s.Exts) == 0 {
			fallback = s.Name
		}
	}
	return fallback
}

// isTableExt reports whether ext (without the dot) is one of the table's
// extensions, which are never Moses language codes.
func isTableExt(ext string) bool {
	ext = "." + strings.ToLower(ext)
	for _, s := range Table {
		for _, e := range s.Exts {
			if e == ext {
				return true
			}
		}
	}
	return false
}

// NewReader returns the reader of format f on r (any format of one
// stream: Moses needs two). srcLang and tgtLang are as in [OpenOptions].
func NewReader(r io.Reader, f Format, srcLang, tgtLang string) (Reader, error) {
	s, err := Spec(f)
	if err != nil {
		return nil, err
	}
	if s.Streams != 1 {
		return nil, fmt.Errorf("a %s corpus is %d files: read it with Open", f, s.Streams)
	}
	return s.Reader([]io.Reader{r}, srcLang, tgtLang), nil
}

// NewWriter returns the writer of format f on w (any format of one
// stream: Moses needs two); h is used for TMX (and dates XLIFF 1.2).
func NewWriter(w io.Writer, f Format, h TMXHeader) (Writer, error) {
	return NewFormatWriter(w, f, CreateOptions{TMX: h})
}

// NewFormatWriter is [NewWriter] with every option a format may use.
func NewFormatWriter(w io.Writer, f Format, o CreateOptions) (Writer, error) {
	s, err := Spec(f)
	if err != nil {
		return nil, err
	}
	if s.Streams != 1 {
		return nil, fmt.Errorf("a %s corpus is %d files: write it with Create", f, s.Streams)
	}
	return s.Writer([]io.Writer{w}, o), nil
}

// xliffHeader is o.XLIFF with the shared options filled in.
func (o CreateOptions) xliffHeader() XLIFFHeader {
	h := o.XLIFF
	if h.SrcLang == "" {
		h.SrcLang = o.SrcLang
	}
	if h.TgtLang == "" {
		h.TgtLang = o.TgtLang
	}
	if h.ToolVersion == "" {
		h.ToolVersion = o.TMX.CreationToolVersion
	}
	if h.Date.IsZero() {
		h.Date = o.TMX.CreationDate
	}
	return h
}

// Skipped returns how many input units r passed over because they lacked
// one of the two languages or a target (TMX and XLIFF; 0 for the others).
func Skipped(r Reader) int {
	if s, ok := r.(interface{ Skipped() int }); ok {
		return s.Skipped()
	}
	return 0
}

// Removed returns how many characters XML 1.0 forbids a writer dropped
// (TMX and XLIFF writers, and files of them; 0 for the others).
func Removed(w Writer) int {
	if r, ok := w.(interface{ Removed() int }); ok {
		return r.Removed()
	}
	return 0
}
