package input

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
)

// Doc is one input file to read. Most files hold one document; a WARC file
// holds many (see Reader.Documents).
type Doc struct {
	// Name is the document's path relative to its INPUT root, slash
	// separated and free of "..": it names outputs under --out, so it can
	// never point outside of it.
	Name string
	// Path is where to read it from; "" means standard input.
	Path string
}

// Skipped is an input file that will not be read, with the reason.
type Skipped struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// ErrNotFound is returned by Collect for an INPUT that does not exist.
var ErrNotFound = errors.New("no such file or directory")

// Extensions read when walking a folder; other files are reported skipped.
// A file named on the command line is read whatever its extension (its
// format is then sniffed from its first bytes).
var Extensions = []string{".txt", ".md", ".html", ".htm", ".xhtml", ".docx", ".pdf", ".epub", ".warc", ".warc.gz"}

// Skip reasons for symbolic links, as they appear in Skipped.Reason.
const (
	ReasonLinkLoop    = "symbolic link loop"
	ReasonLinkBroken  = "broken symbolic link"
	ReasonAlreadyRead = "already read as"
)

// Collect expands inputs into documents sorted by Name. A missing INPUT is
// an error (checked for every input before any work); unreadable entries
// met while walking are reported as skipped, not fatal.
//
// Symbolic links are followed as `find -L` does: an INPUT that is a link
// (with or without a trailing slash) is read as its target, and links met
// while walking are followed too. Every file and folder is read once
// whatever the number of paths leading to it: real paths win over links,
// and a link back into a folder being walked is reported as a loop.
func Collect(inputs []string) ([]Doc, []Skipped, error) {
	for _, in := range inputs {
		if in == "-" {
			continue
		}
		if _, err := os.Stat(in); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				if _, lerr := os.Lstat(in); lerr == nil {
					return nil, nil, fmt.Errorf("input %s: %s: %w", in, ReasonLinkBroken, ErrNotFound)
				}
				return nil, nil, fmt.Errorf("input %s: %w", in, ErrNotFound)
			}
			return nil, nil, fmt.Errorf("input %s: %w", in, err)
		}
	}
	w := &walker{seen: map[fileID]string{}}
	for _, in := range inputs {
		if in == "-" {
			w.docs = append(w.docs, Doc{Name: "stdin.txt"})
			continue
		}
		st, _ := os.Stat(in)
		if !st.IsDir() {
			// A file named on the command line is read whatever its extension.
			if prev, dup := w.mark(st, in); dup {
				w.skip(in, ReasonAlreadyRead+" "+prev)
				continue
			}
			w.docs = append(w.docs, Doc{Name: safeName(filepath.Base(in)), Path: in})
			continue
		}
		w.walkInput(in, st)
	}
	docs := uniqueNames(w.docs)
	sort.SliceStable(docs, func(i, j int) bool { return docs[i].Name < docs[j].Name })
	return docs, w.skipped, nil
}

// fileID identifies a file or folder whatever the path to it.
type fileID struct{ dev, ino uint64 }

func idOf(st fs.FileInfo) (fileID, bool) {
	s, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return fileID{}, false
	}
	return fileID{uint64(s.Dev), uint64(s.Ino)}, true
}

// link is a symbolic link met while walking, followed after the real
// folders have been walked so that real paths win.
type link struct {
	path, rel, root string
	ancestors       []fileID // folders above the link (a target among them is a loop)
}

type walker struct {
	seen    map[fileID]string // file or folder → the path it was read through
	docs    []Doc
	skipped []Skipped
	links   []link
}

func (w *walker) skip(p, reason string) {
	w.skipped = append(w.skipped, Skipped{Path: p, Reason: reason})
}

// mark records st as read through p; dup reports an earlier path.
func (w *walker) mark(st fs.FileInfo, p string) (prev string, dup bool) {
	id, ok := idOf(st)
	if !ok {
		return "", false
	}
	if prev, dup := w.seen[id]; dup {
		return prev, true
	}
	w.seen[id] = p
	return "", false
}

// walkInput walks one INPUT folder and then every link met under it.
func (w *walker) walkInput(root string, st fs.FileInfo) {
	if prev, dup := w.mark(st, root); dup {
		w.skip(root, ReasonAlreadyRead+" "+prev)
		return
	}
	id, _ := idOf(st)
	w.walkDir(root, root, "", []fileID{id})
	for len(w.links) > 0 {
		l := w.links[0]
		w.links = w.links[1:]
		w.follow(l)
	}
}

func (w *walker) follow(l link) {
	st, err := os.Stat(l.path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			w.skip(l.path, ReasonLinkBroken)
		} else if isLoopErr(err) {
			w.skip(l.path, ReasonLinkLoop)
		} else {
			w.skip(l.path, err.Error())
		}
		return
	}
	id, _ := idOf(st)
	if st.IsDir() {
		for _, a := range l.ancestors {
			if a == id {
				w.skip(l.path, ReasonLinkLoop+" (points to a folder above it)")
				return
			}
		}
		if prev, dup := w.mark(st, l.path); dup {
			w.skip(l.path, ReasonAlreadyRead+" "+prev)
			return
		}
		w.walkDir(l.root, l.path, l.rel, append(append([]fileID(nil), l.ancestors...), id))
		return
	}
	if !st.Mode().IsRegular() {
		w.skip(l.path, "not a regular file")
		return
	}
	if !hasExt(l.path) {
		w.skip(l.path, "not a supported file type ("+strings.Join(Extensions, ", ")+")")
		return
	}
	if prev, dup := w.mark(st, l.path); dup {
		w.skip(l.path, ReasonAlreadyRead+" "+prev)
		return
	}
	w.docs = append(w.docs, Doc{Name: safeName(l.rel), Path: l.path})
}

func isLoopErr(err error) bool {
	var pe *fs.PathError
	return errors.As(err, &pe) && errors.Is(pe.Err, syscall.ELOOP)
}

// walkDir lists dir (reached as path dir, named rel under root) without
// following links, queueing the links it meets.
func (w *walker) walkDir(root, dir, rel string, ancestors []fileID) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.skip(dir, err.Error())
	}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		r := path.Join(rel, e.Name())
		if e.Type()&fs.ModeSymlink != 0 {
			w.links = append(w.links, link{path: p, rel: r, root: root, ancestors: ancestors})
			continue
		}
		if e.IsDir() {
			if strings.HasPrefix(e.Name(), ".") {
				continue // .git, editor folders, our own temp files
			}
			if isOutputFolder(p) {
				// `tarjama translate .` run twice must not translate
				// its own docs/*.en.txt from ./tarjama-out.
				continue
			}
			st, err := os.Stat(p)
			if err != nil {
				w.skip(p, err.Error())
				continue
			}
			if prev, dup := w.mark(st, p); dup {
				w.skip(p, ReasonAlreadyRead+" "+prev)
				continue
			}
			id, _ := idOf(st)
			w.walkDir(root, p, r, append(append([]fileID(nil), ancestors...), id))
			continue
		}
		if !e.Type().IsRegular() {
			w.skip(p, "not a regular file")
			continue
		}
		if !hasExt(p) {
			w.skip(p, "not a supported file type ("+strings.Join(Extensions, ", ")+")")
			continue
		}
		st, err := e.Info()
		if err != nil {
			w.skip(p, err.Error())
			continue
		}
		if prev, dup := w.mark(st, p); dup {
			w.skip(p, ReasonAlreadyRead+" "+prev)
			continue
		}
		w.docs = append(w.docs, Doc{Name: safeName(r), Path: p})
	}
}

// OutputMarker is the folder every tarjama output folder holds (the run
// journal lives in it); walking an input folder skips output folders.
const OutputMarker = ".tarjama"

func isOutputFolder(dir string) bool {
	st, err := os.Stat(filepath.Join(dir, OutputMarker))
	return err == nil && st.IsDir()
}

func hasExt(p string) bool {
	name := strings.ToLower(filepath.Base(p))
	for _, e := range Extensions {
		if strings.HasSuffix(name, e) {
			return true
		}
	}
	return false
}

// safeName cleans a relative name so that joining it under an output folder
// stays inside that folder.
func safeName(name string) string {
	name = path.Clean("/" + filepath.ToSlash(name))
	name = strings.TrimPrefix(name, "/")
	if name == "" || name == "." {
		name = "unnamed"
	}
	return name
}

// uniqueNames disambiguates documents from different INPUTs that share a
// relative name, so their outputs do not overwrite each other.
func uniqueNames(docs []Doc) []Doc {
	seen := map[string]int{}
	for i := range docs {
		n := docs[i].Name
		seen[n]++
		if c := seen[n]; c > 1 {
			ext := path.Ext(n)
			docs[i].Name = fmt.Sprintf("%s~%d%s", strings.TrimSuffix(n, ext), c, ext)
		}
	}
	return docs
}
