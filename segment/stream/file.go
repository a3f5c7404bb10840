package stream

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/tarjama/tarjama/input"
	"golang.org/x/sync/errgroup"
)

// SegmentFile segments the file at path as translate would read it:
// valid UTF-8 is streamed as it is (checked once, before any output); HTML,
// UTF-16 with a byte order mark and Windows-1256 are decoded whole first
// (input.Read), so segment shows what translate will see. Errors name the
// file.
func (w *Writer) SegmentFile(ctx context.Context, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	plain, err := plainUTF8(f, path, w.opts.Workers)
	if err != nil {
		return err
	}
	if plain {
		return w.segment(ctx, path, f, true)
	}
	t, err := input.Read(input.Doc{Name: filepath.Base(path), Path: path}, nil)
	if err != nil {
		return err
	}
	return w.segment(ctx, path, strings.NewReader(t.Text), true)
}

// SegmentInputs segments each input in order: "-" is stdin, anything else a
// file (see SegmentFile). An input that fails (missing, undecodable, not
// UTF-8) is passed to onFail and the rest still run; failed counts them.
// The returned error stops the run: the output failed or ctx is done.
func (w *Writer) SegmentInputs(ctx context.Context, inputs []string, stdin io.Reader, onFail func(error)) (failed int, err error) {
	for _, name := range inputs {
		if err := ctx.Err(); err != nil {
			return failed, err
		}
		if name == "-" {
			err = w.Segment(ctx, "<stdin>", stdin)
		} else {
			err = w.SegmentFile(ctx, name)
		}
		if ferr := w.Flush(); ferr != nil {
			return failed, ferr
		}
		switch {
		case err == nil:
		case errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || OutputError(err):
			return failed, err
		default:
			failed++
			if onFail != nil {
				onFail(err)
			}
		}
	}
	return failed, nil
}

// plainUTF8 reports whether the file can be streamed as it is: not HTML, no
// UTF-16 byte order mark, valid UTF-8. Only a regular file is checked (it
// is read with ReadAt, so its offset stays at 0); a pipe is streamed and
// checked line by line.
func plainUTF8(f *os.File, name string, workers int) (bool, error) {
	if input.IsHTML(name) {
		return false, nil
	}
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return true, nil
	}
	ok, err := validUTF8(f, st.Size(), validChunk, workers)
	if err != nil {
		return false, fmt.Errorf("%s: %w", name, err)
	}
	return ok, nil
}

// validChunk is the size of the pieces validUTF8 checks in parallel.
const validChunk = 4 << 20

// validUTF8 reports whether the size bytes of r are UTF-8 without a UTF-16
// byte order mark. Chunks are checked in parallel: each is cut at the first
// rune start at or after its nominal boundary (at most 3 bytes on, or the
// boundary itself, where a run of 4 continuation bytes is invalid anyway),
// so the pieces partition the text at rune starts and the text is valid
// exactly when every piece is.
func validUTF8(r io.ReaderAt, size, chunk int64, workers int) (bool, error) {
	var bom [2]byte
	if n, _ := r.ReadAt(bom[:], 0); n == 2 && (bom == [2]byte{0xff, 0xfe} || bom == [2]byte{0xfe, 0xff}) {
		return false, nil
	}
	chunks := int((size + chunk - 1) / chunk)
	bad := make([]bool, chunks)
	var g errgroup.Group
	g.SetLimit(max(workers, 1))
	// One buffer per running check, reused: a new 4 MB buffer per chunk
	// had to be zeroed, a tenth of the check's time.
	bufs := make(chan []byte, max(workers, 1))
	for range cap(bufs) {
		bufs <- nil
	}
	for k := range chunks {
		g.Go(func() error {
			start := int64(k) * chunk
			buf := <-bufs
			defer func() { bufs <- buf }()
			if need := int(min(chunk+utf8.UTFMax, size-start)); cap(buf) < need {
				buf = make([]byte, need)
			} else {
				buf = buf[:need]
			}
			n, err := r.ReadAt(buf, start)
			if err != nil && !errors.Is(err, io.EOF) {
				return err
			}
			buf = buf[:n]
			s := 0
			if k > 0 {
				s = runeBoundary(buf, 0)
			}
			e := len(buf)
			if start+chunk < size {
				e = runeBoundary(buf, int(chunk))
			}
			bad[k] = !validUTF8Bytes(buf[s:e])
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return false, err
	}
	for _, b := range bad {
		if b {
			return false, nil
		}
	}
	return true, nil
}

// runeBoundary returns the first rune start in buf[i:i+4]; len(buf) when
// buf ends first (the end of the file); else i (4 continuation bytes).
func runeBoundary(buf []byte, i int) int {
	for k := i; k < i+utf8.UTFMax; k++ {
		if k >= len(buf) {
			return len(buf)
		}
		if utf8.RuneStart(buf[k]) {
			return k
		}
	}
	return i
}
