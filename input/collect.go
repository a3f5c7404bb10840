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
)

// Doc is one document to translate.
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
var Extensions = []string{".txt", ".md", ".html", ".htm"}

// Collect expands inputs into documents sorted by Name. A missing INPUT is
// an error (checked for every input before any work); unreadable entries
// met while walking are reported as skipped, not fatal.
func Collect(inputs []string) ([]Doc, []Skipped, error) {
	for _, in := range inputs {
		if in == "-" {
			continue
		}
		if _, err := os.Stat(in); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, nil, fmt.Errorf("input %s: %w", in, ErrNotFound)
			}
			return nil, nil, fmt.Errorf("input %s: %w", in, err)
		}
	}
	var docs []Doc
	var skipped []Skipped
	for _, in := range inputs {
		if in == "-" {
			docs = append(docs, Doc{Name: "stdin.txt"})
			continue
		}
		st, _ := os.Stat(in)
		if !st.IsDir() {
			// A file named on the command line is read whatever its extension.
			docs = append(docs, Doc{Name: safeName(filepath.Base(in)), Path: in})
			continue
		}
		d, s := walk(in)
		docs = append(docs, d...)
		skipped = append(skipped, s...)
	}
	docs = uniqueNames(docs)
	sort.SliceStable(docs, func(i, j int) bool { return docs[i].Name < docs[j].Name })
	return docs, skipped, nil
}

// walk lists a folder's documents. WalkDir does not follow symbolic links
// to folders, so link loops cannot trap it; links to files are read.
func walk(root string) ([]Doc, []Skipped) {
	var docs []Doc
	var skipped []Skipped
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			skipped = append(skipped, Skipped{Path: p, Reason: err.Error()})
			if d != nil && d.IsDir() && p != root {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if p != root && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir // .git, editor folders, our own temp files
			}
			if p != root && isOutputFolder(p) {
				// `tarjama translate .` run twice must not translate
				// its own docs/*.en.txt from ./tarjama-out.
				return fs.SkipDir
			}
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		if d.Type()&fs.ModeSymlink != 0 {
			st, err := os.Stat(p)
			switch {
			case err != nil:
				skipped = append(skipped, Skipped{Path: p, Reason: "broken or looping symbolic link: " + err.Error()})
				return nil
			case st.IsDir():
				skipped = append(skipped, Skipped{Path: p, Reason: "symbolic link to a folder (not followed)"})
				return nil
			}
		} else if !d.Type().IsRegular() {
			skipped = append(skipped, Skipped{Path: p, Reason: "not a regular file"})
			return nil
		}
		if !hasExt(p) {
			skipped = append(skipped, Skipped{Path: p, Reason: "not a .txt, .md or .html file"})
			return nil
		}
		docs = append(docs, Doc{Name: safeName(filepath.ToSlash(rel)), Path: p})
		return nil
	})
	return docs, skipped
}

// OutputMarker is the folder every tarjama output folder holds (the run
// journal lives in it); walking an input folder skips output folders.
const OutputMarker = ".tarjama"

func isOutputFolder(dir string) bool {
	st, err := os.Stat(filepath.Join(dir, OutputMarker))
	return err == nil && st.IsDir()
}

func hasExt(p string) bool {
	ext := strings.ToLower(filepath.Ext(p))
	for _, e := range Extensions {
		if ext == e {
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
