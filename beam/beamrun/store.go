package beamrun

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/tarjama/tarjama/internal/atomicfile"
)

// Output files go to a local folder or to any Beam file system. A local
// file is written to a temporary name and renamed when committed, as the
// local runner writes its outputs; an object store publishes an object
// when its writer closes, and a cancelled writer publishes nothing.

// joinPath joins slash-separated rel under dir, local or remote.
func joinPath(dir, rel string) string {
	if IsRemote(dir) {
		return strings.TrimSuffix(dir, "/") + "/" + rel
	}
	return filepath.Join(dir, filepath.FromSlash(rel))
}

// outFile is an output being written: Commit publishes it, Abort drops it.
type outFile interface {
	io.Writer
	Commit() error
	Abort()
}

// createFile starts writing the file p.
func createFile(ctx context.Context, p string) (outFile, error) {
	if !IsRemote(p) {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return nil, err
		}
		return atomicfile.Create(p)
	}
	fs, err := filesystem.New(ctx, p)
	if err != nil {
		return nil, err
	}
	wctx, cancel := context.WithCancel(ctx)
	w, err := fs.OpenWrite(wctx, p)
	if err != nil {
		cancel()
		fs.Close()
		return nil, err
	}
	return &remoteFile{w: w, fs: fs, cancel: cancel}, nil
}

type remoteFile struct {
	w      io.WriteCloser
	fs     filesystem.Interface
	cancel context.CancelFunc
	done   bool
}

func (f *remoteFile) Write(p []byte) (int, error) { return f.w.Write(p) }

func (f *remoteFile) Commit() error {
	if f.done {
		return errors.New("output already closed")
	}
	f.done = true
	defer f.fs.Close()
	defer f.cancel()
	return f.w.Close()
}

func (f *remoteFile) Abort() {
	if f.done {
		return
	}
	f.done = true
	f.cancel() // before Close: a cancelled upload is not published
	f.w.Close()
	f.fs.Close()
}

// writeFile writes data to p in one go.
func writeFile(ctx context.Context, p string, data []byte) error {
	f, err := createFile(ctx, p)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

// writeFileNoSync is writeFile without fsync for a local file, as the
// local runner writes docs/: atomic and kill-safe, not power-loss-safe.
func writeFileNoSync(ctx context.Context, p string, data []byte) error {
	if IsRemote(p) {
		return writeFile(ctx, p, data)
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return atomicfile.WriteFileNoSync(p, data)
}

// openFile opens p for reading.
func openFile(ctx context.Context, p string) (io.ReadCloser, error) {
	if !IsRemote(p) {
		return os.Open(p)
	}
	fs, err := filesystem.New(ctx, p)
	if err != nil {
		return nil, err
	}
	r, err := fs.OpenRead(ctx, p)
	if err != nil {
		fs.Close()
		return nil, err
	}
	return &closeBoth{ReadCloser: r, fs: fs}, nil
}

type closeBoth struct {
	io.ReadCloser
	fs filesystem.Interface
}

func (c *closeBoth) Close() error { return errors.Join(c.ReadCloser.Close(), c.fs.Close()) }

// removeFile deletes p; a missing file is no error.
func removeFile(ctx context.Context, p string) error {
	if !IsRemote(p) {
		if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
		return nil
	}
	fs, err := filesystem.New(ctx, p)
	if err != nil {
		return err
	}
	defer fs.Close()
	rm, ok := fs.(filesystem.Remover)
	if !ok {
		return fmt.Errorf("%s: the file system cannot remove files", p)
	}
	if _, err := fs.Size(ctx, p); err != nil {
		return nil // nothing there
	}
	return rm.Remove(ctx, p)
}

// removeEmptyDir removes a local folder left empty (object stores have no
// folders).
func removeEmptyDir(dir string) {
	if !IsRemote(dir) {
		os.Remove(dir)
	}
}

// ReadFile reads the whole file p, local or on a Beam file system.
func ReadFile(ctx context.Context, p string) ([]byte, error) {
	r, err := openFile(ctx, p)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}
