package corpus

import (
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/tarjama/tarjama/internal/atomicfile"
)

// Format names a corpus file format.
type Format string

// The formats [Open] and [Create] handle.
const (
	JSONL Format = "jsonl"
	TMX   Format = "tmx"
	Moses Format = "moses"
	TSV   Format = "tsv"
)

// Formats lists every format, in the order help texts show them.
var Formats = []Format{TMX, JSONL, Moses, TSV}

// ParseFormat accepts a format name in any case.
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimSpace(s)))
	for _, k := range Formats {
		if f == k {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown corpus format %q (known: tmx, jsonl, moses, tsv)", s)
}

// DetectFormat chooses a format from a path's extension: .jsonl (or
// .ndjson), .tmx, .tsv, each optionally followed by .gz; anything else
// names a Moses pair by its stem.
func DetectFormat(path string) Format {
	if isGzip(path) {
		path = path[:len(path)-3]
		if f := DetectFormat(path); f != Moses {
			return f
		}
		return Moses
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".ndjson":
		return JSONL
	case ".tmx":
		return TMX
	case ".tsv":
		return TSV
	}
	return Moses
}

// isGzip reports whether path names a gzip-compressed file (.gz), which
// Open and Create handle for TMX, JSONL and TSV.
func isGzip(path string) bool {
	return strings.HasSuffix(strings.ToLower(path), ".gz")
}

// MosesPaths returns the two files of the Moses pair named by stem.
func MosesPaths(stem, srcLang, tgtLang string) (src, tgt string) {
	return stem + "." + srcLang, stem + "." + tgtLang
}

// OpenOptions tells [Open] how to read a path.
type OpenOptions struct {
	Format Format // "" = by extension (DetectFormat)
	// SrcLang and TgtLang choose (TMX, JSONL) or label (Moses, TSV without
	// header) the two sides; "" takes what the file says, as each reader
	// documents. For Moses, "" picks among the STEM.<code> files found,
	// preferring ar as the source; a path naming one of the two files makes
	// it the source unless the codes say otherwise.
	SrcLang, TgtLang string
}

// ErrNoCorpus is returned by Open for a directory holding no corpus.* file.
var ErrNoCorpus = errors.New("no corpus.jsonl or corpus.tmx in the directory")

// ErrCannotTell is returned by Open when neither the path nor the options
// say what the format or (for Moses) the languages are.
var ErrCannotTell = errors.New("cannot tell")

// Open opens a corpus for reading. path is a file (.tmx, .jsonl, .tsv, or
// any of them .gz-compressed), a Moses stem (or one of its two files), or a
// directory written by `tarjama translate`, whose corpus.jsonl (else
// corpus.tmx) is read. Close closes the files.
func Open(path string, opts OpenOptions) (Reader, error) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		found := ""
		for _, name := range []string{"corpus.jsonl", "corpus.tmx"} {
			if _, err := os.Stat(filepath.Join(path, name)); err == nil {
				found = filepath.Join(path, name)
				break
			}
		}
		if found == "" {
			return nil, fmt.Errorf("%s: %w", path, ErrNoCorpus)
		}
		path, opts.Format = found, ""
	}
	format := opts.Format
	if format == "" {
		format = DetectFormat(path)
	}
	if format == Moses {
		return openMoses(path, opts.SrcLang, opts.TgtLang)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	var in io.Reader = f
	var closer io.Closer = f
	if isGzip(path) {
		gz, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		in, closer = gz, closers{gz, f}
	}
	switch format {
	case JSONL:
		r := NewJSONLReaderLangs(in, opts.SrcLang, opts.TgtLang)
		r.closer = closer
		return r, nil
	case TMX:
		r := newTMXReader(in, opts.SrcLang, opts.TgtLang)
		r.closer = closer
		return r, nil
	case TSV:
		r := NewTSVReader(in, opts.SrcLang, opts.TgtLang)
		r.closer = closer
		return r, nil
	}
	closer.Close()
	return nil, fmt.Errorf("unknown corpus format %q", format)
}

// closers closes each in turn, returning the first error.
type closers []io.Closer

func (cs closers) Close() error {
	var first error
	for _, c := range cs {
		if err := c.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

func openMoses(path, srcLang, tgtLang string) (Reader, error) {
	stem := path
	if st, err := os.Stat(path); err == nil && st.Mode().IsRegular() {
		ext := strings.TrimPrefix(filepath.Ext(path), ".")
		if !langCode.MatchString(ext) || notLang[strings.ToLower(ext)] {
			return nil, fmt.Errorf("%s: %w the format: name it .tmx, .jsonl or .tsv, give a Moses stem, or say --from", path, ErrCannotTell)
		}
		stem = strings.TrimSuffix(path, "."+ext)
		switch {
		case srcLang == "" && (tgtLang == "" || !LangMatch(ext, tgtLang)):
			srcLang = ext
		case tgtLang == "" && srcLang != "" && !LangMatch(ext, srcLang):
			tgtLang = ext
		}
	}
	if srcLang == "" || tgtLang == "" {
		var codes []string
		matches, _ := filepath.Glob(globEscape(stem) + ".*")
		for _, m := range matches {
			ext := strings.TrimPrefix(m[len(stem):], ".")
			if st, err := os.Stat(m); err == nil && st.Mode().IsRegular() && langCode.MatchString(ext) &&
				!notLang[strings.ToLower(ext)] && ext != srcLang && ext != tgtLang {
				codes = append(codes, ext)
			}
		}
		sort.Strings(codes)
		if srcLang == "" && tgtLang == "" && len(codes) == 2 {
			if LangMatch(codes[1], "ar") {
				codes[0], codes[1] = codes[1], codes[0]
			}
			srcLang, tgtLang = codes[0], codes[1]
		} else if len(codes) == 1 && (srcLang == "") != (tgtLang == "") {
			if srcLang == "" {
				srcLang = codes[0]
			} else {
				tgtLang = codes[0]
			}
		} else if len(codes) == 0 && srcLang == "" && tgtLang == "" {
			if _, err := os.Stat(path); err != nil {
				// Nothing by that name at all: say so, not "cannot tell".
				return nil, fmt.Errorf("%s: %w (nor a Moses pair %s.<lang>)", path, fs.ErrNotExist, filepath.Base(stem))
			}
			return nil, fmt.Errorf("%s: %w the Moses pair's languages (no %s.<lang> files); give --src-lang and --tgt-lang",
				path, ErrCannotTell, filepath.Base(stem))
		} else if srcLang == "" || tgtLang == "" {
			return nil, fmt.Errorf("%s: %w the Moses pair's languages (found %s.{%s}); give --src-lang and --tgt-lang",
				path, ErrCannotTell, filepath.Base(stem), strings.Join(codes, ","))
		}
	}
	sp, tp := MosesPaths(stem, srcLang, tgtLang)
	sf, err := os.Open(sp)
	if err != nil {
		return nil, err
	}
	tf, err := os.Open(tp)
	if err != nil {
		sf.Close()
		return nil, err
	}
	r := NewMosesReader(sf, tf, srcLang, tgtLang)
	r.closers = []io.Closer{sf, tf}
	r.names = [2]string{sp, tp}
	return r, nil
}

// notLang holds extensions that look like language codes but are not,
// e.g. train.tmx beside train.ar and train.en.
var notLang = map[string]bool{"tmx": true, "tsv": true, "txt": true, "xml": true, "csv": true, "gz": true, "bz2": true, "xz": true, "zst": true, "bak": true, "tmp": true, "log": true, "md": true}

func globEscape(s string) string {
	r := strings.NewReplacer(`*`, `\*`, `?`, `\?`, `[`, `\[`, `\`, `\\`)
	return r.Replace(s)
}

// CreateOptions tells [Create] what to write.
type CreateOptions struct {
	Format Format // "" = by extension (DetectFormat)
	// SrcLang and TgtLang name the Moses pair's files (required for Moses).
	SrcLang, TgtLang string
	TMX              TMXHeader
}

// FileWriter writes a corpus file (two for Moses) atomically: nothing
// appears at the path until Close succeeds; Abort discards.
type FileWriter struct {
	w     Writer
	tmx   *TMXWriter
	gz    *gzip.Writer
	files []*atomicfile.File
	paths []string
}

// Create starts writing a corpus to path (a Moses stem for Moses), creating
// its directory; a path ending in .gz is gzip-compressed (not for Moses).
// Call Close to publish, Abort to give up.
func Create(path string, opts CreateOptions) (*FileWriter, error) {
	format := opts.Format
	if format == "" {
		format = DetectFormat(path)
	}
	paths := []string{path}
	if format == Moses {
		if opts.SrcLang == "" || opts.TgtLang == "" || opts.SrcLang == opts.TgtLang {
			return nil, fmt.Errorf("%s: a Moses pair needs two different language codes", path)
		}
		s, t := MosesPaths(path, opts.SrcLang, opts.TgtLang)
		paths = []string{s, t}
	}
	fw := &FileWriter{paths: paths}
	for _, p := range paths {
		f, err := atomicfile.Create(p)
		if err != nil {
			fw.Abort()
			return nil, err
		}
		fw.files = append(fw.files, f)
	}
	var out io.Writer = fw.files[0]
	if isGzip(path) && format != Moses {
		fw.gz = gzip.NewWriter(out)
		out = fw.gz
	}
	if format == Moses {
		fw.w = NewMosesWriter(fw.files[0], fw.files[1])
		return fw, nil
	}
	w, err := NewWriter(out, format, opts.TMX)
	if err != nil {
		fw.Abort()
		return nil, err
	}
	fw.w = w
	fw.tmx, _ = w.(*TMXWriter)
	return fw, nil
}

// Write writes one pair.
func (f *FileWriter) Write(p Pair) error { return f.w.Write(p) }

// Close finishes the format, then fsyncs and renames the file(s) into
// place. On error nothing is published.
func (f *FileWriter) Close() error {
	err := f.w.Close()
	if err == nil && f.gz != nil {
		err = f.gz.Close()
	}
	if err != nil {
		f.Abort()
		return err
	}
	for i, file := range f.files {
		if err := file.Commit(); err != nil {
			for _, rest := range f.files[i+1:] {
				rest.Abort()
			}
			return err
		}
	}
	return nil
}

// Abort discards the pending output; safe after Close.
func (f *FileWriter) Abort() {
	for _, file := range f.files {
		file.Abort()
	}
}

// Paths returns the file(s) being written.
func (f *FileWriter) Paths() []string { return f.paths }

// Removed returns how many characters XML forbids were dropped (TMX only).
func (f *FileWriter) Removed() int {
	if f.tmx != nil {
		return f.tmx.Removed()
	}
	return 0
}

// NewReader returns the reader of format f on r (any format but Moses,
// which needs two streams). srcLang and tgtLang are as in [OpenOptions].
func NewReader(r io.Reader, f Format, srcLang, tgtLang string) (Reader, error) {
	switch f {
	case JSONL:
		return NewJSONLReaderLangs(r, srcLang, tgtLang), nil
	case TMX:
		return newTMXReader(r, srcLang, tgtLang), nil
	case TSV:
		return NewTSVReader(r, srcLang, tgtLang), nil
	case Moses:
		return nil, errors.New("a Moses corpus is two files: read it with Open or NewMosesReader")
	}
	return nil, fmt.Errorf("unknown corpus format %q", f)
}

// NewWriter returns the writer of format f on w (any format but Moses,
// which needs two streams); h is used for TMX.
func NewWriter(w io.Writer, f Format, h TMXHeader) (Writer, error) {
	switch f {
	case JSONL:
		return NewJSONLWriter(w), nil
	case TMX:
		return NewTMXWriter(w, h), nil
	case TSV:
		return NewTSVWriter(w), nil
	case Moses:
		return nil, errors.New("a Moses corpus is two files: write it with Create or NewMosesWriter")
	}
	return nil, fmt.Errorf("unknown corpus format %q", f)
}

// Skipped returns how many input units r passed over because they lacked
// one of the two languages (TMX only; 0 for other readers).
func Skipped(r Reader) int {
	if t, ok := r.(*TMXReader); ok {
		return t.Skipped()
	}
	return 0
}
