package wrap

import (
	"context"
	"unicode/utf8"

	"github.com/tarjama/tarjama/backend"
)

// Check sits next to the backend: it counts every request actually sent
// (retries included) into stats, and turns a response with the wrong
// number of segments into a transient *backend.Error wrapping
// backend.ErrCount instead of letting translations shift onto the wrong
// sources. Empty requests are answered without calling the backend.
func Check(next backend.Translator, name string, stats *Stats) backend.Translator {
	return decorate(next, func(ctx context.Context, req backend.Request) ([]string, error) {
		if len(req.Segments) == 0 {
			return []string{}, nil
		}
		stats.addRequest(len(req.Segments), countChars(req.Segments))
		out, err := next.Translate(ctx, req)
		if err == nil {
			err = backend.CheckCount(name, len(out), len(req.Segments))
		}
		if err != nil {
			stats.addFailure()
			return nil, err
		}
		return out, nil
	})
}

func countChars(segs []string) int {
	n := 0
	for _, s := range segs {
		n += utf8.RuneCountInString(s)
	}
	return n
}
