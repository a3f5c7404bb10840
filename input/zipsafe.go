package input

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// zipArchive reads entries of a DOCX or EPUB in memory only, bounded in
// inflated size per entry, in total and in compression ratio. Entries are
// found by name; nothing is ever written to disk, and names that are
// absolute or climb with ".." are never looked up (they are listed in
// unsafe).
type zipArchive struct {
	where   string
	byName  map[string]*zip.File
	unsafe  []string
	opts    Options
	inflate int64 // bytes inflated so far
}

func openZip(where string, ra io.ReaderAt, size int64, opts Options) (*zipArchive, error) {
	zr, err := zip.NewReader(ra, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, &ReadError{File: where, Reason: "not a readable zip archive: " + err.Error(), Err: ErrCorrupt}
	}
	z := &zipArchive{where: where, byName: map[string]*zip.File{}, opts: opts}
	for _, f := range zr.File {
		if !safeEntryName(f.Name) {
			z.unsafe = append(z.unsafe, f.Name)
			continue
		}
		z.byName[f.Name] = f
	}
	return z, nil
}

// safeEntryName refuses absolute names, backslashes, drive letters and
// any ".." element.
func safeEntryName(name string) bool {
	if name == "" || strings.HasPrefix(name, "/") || strings.Contains(name, "\\") || strings.Contains(name, ":") {
		return false
	}
	for _, el := range strings.Split(name, "/") {
		if el == ".." {
			return false
		}
	}
	return true
}

// notes reports the unsafe entries ignored.
func (z *zipArchive) notes() []string {
	if len(z.unsafe) == 0 {
		return nil
	}
	return []string{fmt.Sprintf("%d zip entries with unsafe names ignored (never extracted): %q", len(z.unsafe), z.unsafe)}
}

func (z *zipArchive) has(name string) bool { _, ok := z.byName[name]; return ok }

// read inflates one entry. It stops as soon as a bound is passed, so a
// zip bomb costs at most MaxEntryBytes of memory and the time to inflate it.
func (z *zipArchive) read(name string) ([]byte, error) {
	f, ok := z.byName[name]
	if !ok {
		return nil, &ReadError{File: z.where, Part: "entry " + name, Reason: "not in the archive", Err: ErrCorrupt}
	}
	bomb := func(reason string) error {
		return &ReadError{File: z.where, Part: "entry " + name, Reason: "refused as a zip bomb: " + reason, Err: ErrZipBomb}
	}
	if f.UncompressedSize64 > uint64(z.opts.MaxEntryBytes) {
		return nil, bomb(fmt.Sprintf("declares %d inflated bytes (limit %d)", f.UncompressedSize64, z.opts.MaxEntryBytes))
	}
	rc, err := f.Open()
	if err != nil {
		return nil, &ReadError{File: z.where, Part: "entry " + name, Reason: err.Error(), Err: ErrCorrupt}
	}
	defer rc.Close()
	limit := z.opts.MaxEntryBytes
	if left := z.opts.MaxZipBytes - z.inflate; left < limit {
		limit = left
	}
	// Ratio: an entry may inflate to MaxZipRatio times its compressed
	// size, and always to 1 MiB (small XML files compress very well).
	if byRatio := max(int64(f.CompressedSize64)*z.opts.MaxZipRatio, 1<<20); byRatio < limit {
		limit = byRatio
	}
	data, err := io.ReadAll(io.LimitReader(rc, limit+1))
	z.inflate += int64(len(data))
	if int64(len(data)) > limit {
		return nil, bomb(fmt.Sprintf("inflates past %d bytes from %d compressed (limits: %d per entry, %d in all, ratio %d)",
			limit, f.CompressedSize64, z.opts.MaxEntryBytes, z.opts.MaxZipBytes, z.opts.MaxZipRatio))
	}
	if err != nil {
		return nil, &ReadError{File: z.where, Part: "entry " + name, Reason: err.Error(), Err: ErrCorrupt}
	}
	return data, nil
}

// resolve joins an href found in entry base to an entry name, or reports
// false when it leaves the archive.
func resolve(base, href string) (string, bool) {
	if i := strings.IndexAny(href, "#?"); i >= 0 {
		href = href[:i]
	}
	href = unescapePath(href)
	if strings.HasPrefix(href, "/") || strings.Contains(href, "://") {
		return "", false
	}
	p := path.Join(path.Dir(base), href)
	if p == ".." || strings.HasPrefix(p, "../") {
		return "", false
	}
	return p, true
}

func unescapePath(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && ishex(s[i+1]) && ishex(s[i+2]) {
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func ishex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c <= 'F':
		return c - 'A' + 10
	}
	return c - 'a' + 10
}
