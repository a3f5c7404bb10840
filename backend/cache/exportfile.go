package cache

import (
	"context"
	"io"

	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/internal/atomicfile"
)

// ExportTMXFile is [ExportTMX] into out: a file, written atomically (it
// appears only when the export is complete), or stdout when out is "" or
// "-". It returns the units written.
func ExportTMXFile(ctx context.Context, out string, stdout io.Writer, path, backendName string, h corpus.TMXHeader) (int, error) {
	if out == "" || out == "-" {
		return ExportTMX(ctx, stdout, path, backendName, h)
	}
	af, err := atomicfile.Create(out)
	if err != nil {
		return 0, err
	}
	defer af.Abort()
	n, err := ExportTMX(ctx, af, path, backendName, h)
	if err != nil {
		return n, err
	}
	return n, af.Commit()
}
