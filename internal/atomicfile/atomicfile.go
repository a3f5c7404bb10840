// Package atomicfile writes files so that readers see either the old content
// or the complete new content, never a truncated file: data goes to a
// temporary file in the same directory, is fsynced, then renamed over the
// target. An interrupted run leaves at most a stray temporary file.
package atomicfile

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// File is a pending atomic write. Write through it (it is buffered), then
// Commit to publish or Abort to discard.
type File struct {
	*bufio.Writer
	f      *os.File
	target string
	done   bool
	// NoSync skips the fsyncs: the rename still makes the write atomic
	// for readers and survives the process being killed, but not a power
	// loss. Worth it for many small files whose loss costs a rerun.
	NoSync bool
	// Mode is the published file's permission bits; 0 means 0644.
	Mode os.FileMode
}

// Create starts an atomic write of path, creating its directory if needed.
func Create(path string) (*File, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, err
	}
	return &File{Writer: bufio.NewWriterSize(f, 64<<10), f: f, target: path}, nil
}

// Commit flushes, fsyncs and renames the file into place.
func (a *File) Commit() error {
	if a.done {
		return errors.New("atomicfile: already committed or aborted")
	}
	a.done = true
	err := a.Writer.Flush()
	if err == nil && !a.NoSync {
		err = a.f.Sync()
	}
	if cerr := a.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		mode := a.Mode
		if mode == 0 {
			mode = 0o644
		}
		err = os.Chmod(a.f.Name(), mode)
	}
	if err == nil {
		err = os.Rename(a.f.Name(), a.target)
	}
	if err != nil {
		os.Remove(a.f.Name())
		return fmt.Errorf("write %s: %w", a.target, err)
	}
	if !a.NoSync {
		syncDir(filepath.Dir(a.target))
	}
	return nil
}

// Abort discards the pending write. It is safe to call after Commit.
func (a *File) Abort() {
	if a.done {
		return
	}
	a.done = true
	a.f.Close()
	os.Remove(a.f.Name())
}

// WriteFile writes data to path atomically and durably.
func WriteFile(path string, data []byte) error {
	return writeFile(path, data, false)
}

// WriteFileNoSync writes data to path atomically, without fsync (see NoSync).
func WriteFileNoSync(path string, data []byte) error {
	return writeFile(path, data, true)
}

func writeFile(path string, data []byte, noSync bool) error {
	f, err := Create(path)
	if err != nil {
		return err
	}
	f.NoSync = noSync
	if _, err := f.Write(data); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

// syncDir makes the rename durable; failure is not fatal (some filesystems
// do not support fsync on directories).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// CleanStale removes temporary files that a killed process left behind in
// dir and its subfolders (only files named by Create: ".NAME.tmp-*").
func CleanStale(dir string) error {
	return filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			if os.IsNotExist(err) {
				return nil
			}
			return err
		}
		if !d.IsDir() && strings.HasPrefix(d.Name(), ".") && strings.Contains(d.Name(), ".tmp-") {
			return os.Remove(p)
		}
		return nil
	})
}
