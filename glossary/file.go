package glossary

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Save writes g to path atomically: to a temporary file in the same
// directory, synced, then renamed over path, so a reader sees the old or
// the new file, never a partial one. An existing file's permissions are
// kept, and a symbolic link stays a link to the updated file.
func Save(path string, g *Glossary) error {
	path = resolve(path)
	var buf bytes.Buffer
	if err := g.Write(&buf); err != nil {
		return err
	}
	mode := fs.FileMode(0o644)
	if st, err := os.Stat(path); err == nil {
		mode = st.Mode().Perm()
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op once renamed
	if _, err := tmp.Write(buf.Bytes()); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	// Make the rename itself durable.
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// resolve follows symbolic links, so that an edit replaces the file a link
// points to rather than the link, and all editors lock the same file.
func resolve(path string) string {
	if p, err := filepath.EvalSymlinks(path); err == nil {
		return p
	}
	return path
}

// Edit changes the glossary file at path under an exclusive lock
// (path + ".lock"), so concurrent edits never lose each other's entries:
// it loads the file (an absent file is an empty ar→en glossary), calls fn
// and, if fn succeeds, saves the result atomically. Waiting for the lock
// stops when ctx is done.
func Edit(ctx context.Context, path string, fn func(g *Glossary) error) error {
	path = resolve(path)
	unlock, err := lockFile(ctx, path+".lock")
	if err != nil {
		return fmt.Errorf("locking %s: %w", path, err)
	}
	defer unlock()
	g, err := Load(path)
	if errors.Is(err, fs.ErrNotExist) {
		g, err = New("ar", "en"), nil
	}
	if err != nil {
		return err
	}
	if err := fn(g); err != nil {
		return err
	}
	return Save(path, g)
}
