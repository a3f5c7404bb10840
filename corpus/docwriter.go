package corpus

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"
)

// DocWriter writes each document's pairs to a file of its own, in a
// folder: the output of the formats whose [FormatSpec] is PerDocument
// (XLIFF, as CAT tools exchange one bilingual file per document). The file
// of document Pair.Doc is DIR/<Doc><ext> (the Doc's folders kept, each
// name made safe: no "..", no absolute path), "unnamed<ext>" for pairs
// without a Doc; a document that comes back after another one, or two
// Docs that make the same name, get "<name>.2<ext>" and so on.
//
// The folder is published whole: documents are written into a hidden
// folder beside DIR, which Close renames to DIR (replacing an older DIR);
// Abort removes it, and the folders CreateDocs made when they are left
// empty. One file is open at a time; memory does not grow with
// the corpus.
type DocWriter struct {
	spec    FormatSpec
	opts    CreateOptions
	dir     string
	staging string
	doc     string
	f       *os.File
	buf     *bufio.Writer
	w       Writer
	files   int
	removed int
	done    bool
	created []string
}

// CreateDocs starts a [DocWriter] publishing into dir, in format
// opts.Format (required; it must have one stream).
func CreateDocs(dir string, opts CreateOptions) (*DocWriter, error) {
	spec, err := Spec(opts.Format)
	if err != nil {
		return nil, err
	}
	if spec.Streams != 1 || len(spec.Exts) == 0 {
		return nil, fmt.Errorf("corpus: %s cannot be written one file per document", spec.Name)
	}
	parent := filepath.Dir(filepath.Clean(dir))
	var created []string // deepest first, removed again by Abort
	for p := parent; ; p = filepath.Dir(p) {
		if _, err := os.Lstat(p); err == nil || filepath.Dir(p) == p {
			break
		}
		created = append(created, p)
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	staging, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".tmp-")
	if err != nil {
		return nil, err
	}
	return &DocWriter{spec: spec, opts: opts, dir: dir, staging: staging, created: created}, nil
}

// Write writes p to its document's file, starting a new file when the
// document changes.
func (d *DocWriter) Write(p Pair) error {
	if d.done {
		return errClosed
	}
	if d.w == nil || p.Doc != d.doc {
		if err := d.finish(); err != nil {
			return err
		}
		if err := d.start(p.Doc); err != nil {
			return err
		}
	}
	return d.w.Write(p)
}

func (d *DocWriter) start(doc string) error {
	rel := DocFileName(doc, d.spec.Exts[0])
	path := filepath.Join(d.staging, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	base := strings.TrimSuffix(path, d.spec.Exts[0])
	for n := 1; ; n++ {
		name := path
		if n > 1 {
			name = base + "." + strconv.Itoa(n) + d.spec.Exts[0]
		}
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return err
		}
		d.f, d.buf, d.doc = f, bufio.NewWriterSize(f, 64<<10), doc
		d.w = d.spec.Writer([]io.Writer{d.buf}, d.opts)
		d.files++
		return nil
	}
}

// finish ends the current document's file.
func (d *DocWriter) finish() error {
	if d.w == nil {
		return nil
	}
	w, f := d.w, d.f
	d.w, d.f = nil, nil
	d.removed += Removed(w)
	err := w.Close()
	if err == nil {
		err = d.buf.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// Close ends the last document and publishes the folder. On error
// nothing is published.
func (d *DocWriter) Close() error {
	if d.done {
		return nil
	}
	if err := d.finish(); err != nil {
		d.Abort()
		return err
	}
	d.done = true
	old := ""
	if _, err := os.Lstat(d.dir); err == nil {
		old = d.staging + ".old"
		if err := os.Rename(d.dir, old); err != nil {
			os.RemoveAll(d.staging)
			return err
		}
	}
	if err := os.Rename(d.staging, d.dir); err != nil {
		if old != "" {
			os.Rename(old, d.dir)
		}
		os.RemoveAll(d.staging)
		return err
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// Abort discards everything written; safe after Close.
func (d *DocWriter) Abort() {
	if d.f != nil {
		d.f.Close()
		d.f, d.w = nil, nil
	}
	if !d.done {
		d.done = true
		os.RemoveAll(d.staging)
		for _, dir := range d.created {
			os.Remove(dir) // only if empty
		}
	}
}

// Dir returns the folder being written.
func (d *DocWriter) Dir() string { return d.dir }

// Documents returns how many files were started so far.
func (d *DocWriter) Documents() int { return d.files }

// Removed returns how many characters XML forbids were dropped in the
// finished files.
func (d *DocWriter) Removed() int { return d.removed }

// DocFileName is the slash-separated file name, relative to the folder,
// that a [DocWriter] gives document doc: its path with ext added, each
// name that is empty, "." or ".." replaced by "_", NUL and backslashes by
// "_", and names longer than 200 bytes cut and suffixed with a hash.
func DocFileName(doc, ext string) string {
	if doc == "" {
		doc = "unnamed"
	}
	parts := strings.Split(doc, "/")
	for i, p := range parts {
		p = strings.Map(func(r rune) rune {
			if r == 0 || r == '\\' {
				return '_'
			}
			return r
		}, p)
		if p == "" || p == "." || p == ".." {
			p = "_"
		}
		if i == len(parts)-1 {
			p += ext
		}
		if len(p) > 200 {
			sum := sha256.Sum256([]byte(p))
			cut := 180
			for cut > 0 && !utf8.RuneStart(p[cut]) {
				cut--
			}
			p = p[:cut] + "-" + hex.EncodeToString(sum[:4]) + ext
		}
		parts[i] = p
	}
	return strings.Join(parts, "/")
}

var _ Writer = (*DocWriter)(nil)
