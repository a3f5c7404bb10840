package stream

import (
	"bufio"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/internal/evaldata"
)

// arabicFile writes a file of at least minBytes: paragraphs of eight
// sentences of the shared Arabic news commentary, one per line, repeated.
func arabicFile(b *testing.B, minBytes int) (string, int64) {
	b.Helper()
	f, err := os.Open(evaldata.Path(b, "ersatz-seg/news-commentary-v15.dev.ar"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var sents, paras []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if s := sc.Text(); strings.TrimSpace(s) != "" {
			sents = append(sents, s)
		}
	}
	for i := 0; i < len(sents); i += 8 {
		paras = append(paras, strings.Join(sents[i:min(i+8, len(sents))], " "))
	}
	path := filepath.Join(b.TempDir(), "ar.txt")
	out, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(out)
	n := int64(0)
	for n < int64(minBytes) {
		for _, p := range paras {
			w.WriteString(p + "\n")
			n += int64(len(p) + 1)
		}
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	out.Close()
	return path, n
}

// BenchmarkSegmentFile is `tarjama segment --lang ar FILE` without the
// process: check the file, read, clean, split and write 50 MB of Arabic.
// Target: >= 100 MB/s.
func BenchmarkSegmentFile(b *testing.B) {
	path, n := arabicFile(b, 50<<20)
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		w := NewWriter(io.Discard, Options{Lang: "ar"})
		if err := w.SegmentFile(context.Background(), path); err != nil {
			b.Fatal(err)
		}
		if err := w.Flush(); err != nil {
			b.Fatal(err)
		}
	}
}
