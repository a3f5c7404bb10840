//go:build unix

package pipeline

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"

	"github.com/tarjama/tarjama/input"
)

// lockOutput takes an exclusive lock on the output folder for the run, or
// fails at once with ErrOutputBusy. Without it a second run into the same
// folder deletes the first run's temporary files as stale. The kernel
// drops the lock when the process dies, so kill -9 leaves none behind.
func lockOutput(dir string) (unlock func(), err error) {
	path := filepath.Join(dir, input.OutputMarker, "lock")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("output folder: %w", err)
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("output folder: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("output folder %s: %w", dir, ErrOutputBusy)
		}
		return nil, fmt.Errorf("output folder: lock: %w", err)
	}
	return func() { f.Close() }, nil
}
