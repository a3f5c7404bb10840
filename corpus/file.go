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

// isGzip reports whether path names a gzip-compressed file (.gz), which
// Open and Create handle for every format of one stream.
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
	spec, err := Spec(format)
	if err != nil {
		return nil, err
	}
	if spec.Streams == 2 {
		return openMoses(spec, path, opts.SrcLang, opts.TgtLang)
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
	return own(spec.Reader([]io.Reader{in}, opts.SrcLang, opts.TgtLang), closer), nil
}

// own makes r close c: through the reader's own field where it has one
// (so callers may still assert its type), else by wrapping it.
func own(r Reader, c io.Closer) Reader {
	if o, ok := r.(interface{ setCloser(io.Closer) }); ok {
		o.setCloser(c)
		return r
	}
	return &ownedReader{Reader: r, c: c}
}

type ownedReader struct {
	Reader
	c io.Closer
}

func (r *ownedReader) Close() error {
	err := r.Reader.Close()
	if cerr := r.c.Close(); err == nil {
		err = cerr
	}
	return err
}

func (r *ownedReader) Skipped() int { return Skipped(r.Reader) }

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

func openMoses(spec FormatSpec, path, srcLang, tgtLang string) (Reader, error) {
	stem := path
	if st, err := os.Stat(path); err == nil && st.Mode().IsRegular() {
		ext := strings.TrimPrefix(filepath.Ext(path), ".")
		if !langCode.MatchString(ext) || notLang[strings.ToLower(ext)] || isTableExt(ext) {
			return nil, fmt.Errorf("%s: %w the format: name it %s, give a Moses stem, or say --from", path, ErrCannotTell, extList())
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
				!notLang[strings.ToLower(ext)] && !isTableExt(ext) && ext != srcLang && ext != tgtLang {
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
	r := spec.Reader([]io.Reader{sf, tf}, srcLang, tgtLang)
	if m, ok := r.(*MosesReader); ok {
		m.names = [2]string{sp, tp}
	}
	return own(r, closers{sf, tf}), nil
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
	// SrcLang and TgtLang name the Moses pair's files (required for Moses)
	// and the languages of an XLIFF file.
	SrcLang, TgtLang string
	TMX              TMXHeader
	// XLIFF is the header of XLIFF files; empty fields take SrcLang,
	// TgtLang, TMX.CreationToolVersion and TMX.CreationDate.
	XLIFF XLIFFHeader
}

// FileWriter writes a corpus file (two for Moses) atomically: nothing
// appears at the path until Close succeeds; Abort discards.
type FileWriter struct {
	w     Writer
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
	spec, err := Spec(format)
	if err != nil {
		return nil, err
	}
	paths := []string{path}
	if spec.Streams == 2 {
		if opts.SrcLang == "" || opts.TgtLang == "" || opts.SrcLang == opts.TgtLang {
			return nil, fmt.Errorf("%s: a %s pair needs two different language codes", path, spec.Name)
		}
		s, t := MosesPaths(path, opts.SrcLang, opts.TgtLang)
		paths = []string{s, t}
	}
	fw := &FileWriter{paths: paths}
	var outs []io.Writer
	for _, p := range paths {
		f, err := atomicfile.Create(p)
		if err != nil {
			fw.Abort()
			return nil, err
		}
		fw.files = append(fw.files, f)
		outs = append(outs, f)
	}
	if isGzip(path) && spec.Streams == 1 {
		fw.gz = gzip.NewWriter(outs[0])
		outs[0] = fw.gz
	}
	fw.w = spec.Writer(outs, opts)
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

// Removed returns how many characters XML forbids were dropped (TMX and
// XLIFF only).
func (f *FileWriter) Removed() int { return Removed(f.w) }

// extList names the table's extensions for messages: ".tmx, .jsonl, …".
func extList() string {
	var exts []string
	for _, s := range Table {
		if len(s.Exts) > 0 {
			exts = append(exts, s.Exts[0])
		}
	}
	return strings.Join(exts, ", ")
}
