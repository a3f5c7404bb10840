package glossary

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/tarjama/tarjama/internal/atomicfile"
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
	f, err := atomicfile.Create(path)
	if err != nil {
		return err
	}
	if st, err := os.Stat(path); err == nil {
		f.Mode = st.Mode().Perm() // an edit keeps the file's permissions
	}
	if _, err := f.Write(buf.Bytes()); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
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

// DefaultPath picks the glossary file of tarjama's commands: flag when
// given, else $TARJAMA_GLOSSARY (read with getenv), else ./glossary.tsv.
func DefaultPath(flag string, getenv func(string) string) string {
	if flag != "" {
		return flag
	}
	if p := getenv("TARJAMA_GLOSSARY"); p != "" {
		return p
	}
	return "glossary.tsv"
}
