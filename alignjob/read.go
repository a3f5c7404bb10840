package alignjob

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/tarjama/tarjama/input"
	"github.com/tarjama/tarjama/segment"
)

// DocPair is one source/target document pair to align.
type DocPair struct {
	Src, Tgt, SrcMT string // paths; SrcMT may be ""
	Name            string // how reports and records name the pair
}

// Lines returns the lines of a text file's content without their line
// ends: UTF-8, or Windows-1256 and UTF-16 decoded as translate decodes
// them. A byte order mark and one final line end are dropped.
func Lines(data []byte) ([]string, error) {
	text, _, err := input.DecodeText(data)
	if err != nil {
		return nil, err
	}
	text = strings.TrimPrefix(text, "\ufeff")
	text = strings.TrimSuffix(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	if text == "" {
		return nil, nil
	}
	return strings.Split(text, "\n"), nil
}

// ReadLines reads all of r and returns its [Lines].
func ReadLines(r io.Reader) ([]string, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return Lines(data)
}

// Sentences returns a document's sentences: lines as they are when
// presplit, else each non-blank line is a paragraph split into sentences
// by the segmenter translate uses.
func Sentences(lines []string, lang string, presplit bool) []string {
	if presplit {
		return lines
	}
	var sents []string
	for _, line := range lines {
		if strings.TrimSpace(line) != "" {
			sents = append(sents, segment.Sentences(lang, line)...)
		}
	}
	return sents
}

// fileLines reads the lines of the file at path; errors name the file.
func fileLines(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	lines, err := Lines(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return lines, nil
}

// ReadPairs reads a list of document pairs, SRC<TAB>TGT or
// SRC<TAB>TGT<TAB>SRC_MT per line; blank lines and lines starting with #
// are skipped. Relative paths are joined to dir (unless dir is ""); each
// pair is named by its SRC as written, with forward slashes. name is the
// list's name in errors. A malformed or empty list is an ErrUsage error.
func ReadPairs(r io.Reader, name, dir string) ([]DocPair, error) {
	resolve := func(p string) string {
		if dir == "" || filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(dir, p)
	}
	var pairs []DocPair
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) < 2 || len(cols) > 3 || cols[0] == "" || cols[1] == "" {
			return nil, usagef("%s:%d: want SRC<TAB>TGT or SRC<TAB>TGT<TAB>SRC_MT", name, line)
		}
		p := DocPair{Src: resolve(cols[0]), Tgt: resolve(cols[1]), Name: filepath.ToSlash(cols[0])}
		if len(cols) == 3 && cols[2] != "" {
			p.SrcMT = resolve(cols[2])
		}
		pairs = append(pairs, p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if len(pairs) == 0 {
		return nil, usagef("%s lists no document pairs", name)
	}
	return pairs, nil
}

// listPairs returns the pairs o asks for: Src and Tgt, or those of the
// Pairs list (from stdin for "-").
func listPairs(o *Options, stdin io.Reader) ([]DocPair, error) {
	if o.Pairs == "" {
		// Files named on the command line are checked before any work, so
		// a missing one is a usage error as it is for every command.
		for _, f := range []string{o.Src, o.Tgt, o.SrcMT} {
			if f == "" {
				continue
			}
			if _, err := os.Stat(f); err != nil {
				return nil, usagef("%v", err)
			}
		}
		return []DocPair{{Src: o.Src, Tgt: o.Tgt, SrcMT: o.SrcMT, Name: filepath.ToSlash(o.Src)}}, nil
	}
	r, dir := stdin, ""
	if o.Pairs != "-" {
		f, err := os.Open(o.Pairs)
		if err != nil {
			return nil, usagef("%v", err)
		}
		defer f.Close()
		r, dir = f, filepath.Dir(o.Pairs)
	}
	pairs, err := ReadPairs(r, o.Pairs, dir)
	if err != nil {
		return nil, err
	}
	if o.SrcRoot != "" {
		for i := range pairs {
			pairs[i].Src = filepath.Join(o.SrcRoot, filepath.FromSlash(pairs[i].Src))
		}
	}
	return pairs, nil
}
