package corpus

// Reader is implemented by every corpus format reader. Read returns the
// next pair, or io.EOF after the last one; Close releases the files a reader
// from [Open] holds (it does not close an io.Reader passed to a NewXReader).
type Reader interface {
	Read() (Pair, error)
	Close() error
}
