package cache

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/tarjama/tarjama/corpus"
)

// OpenExisting opens the cache file at path without creating one; ok is
// false (and db nil) when there is no file.
func OpenExisting(path string) (db *DB, ok bool, err error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil, false, nil
	}
	if db, err = Open(path); err != nil {
		return nil, false, err
	}
	return db, true, nil
}

// WriteStats writes the rows by backend and language pair, the file's size
// and the imported translation memories of the cache file at path to w,
// as "text" or as indented "json". A missing file has no rows.
func WriteStats(ctx context.Context, w io.Writer, path, format string) error {
	db, ok, err := OpenExisting(path)
	if err != nil {
		return err
	}
	st := Stats{Path: path, Groups: []Group{}, TM: []TMFile{}}
	if ok {
		defer db.Close()
		if st, err = db.Stats(ctx); err != nil {
			return fmt.Errorf("cache %s: %w", path, err)
		}
	}
	if format == "json" {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(st)
	}
	if !ok {
		_, err := fmt.Fprintf(w, "cache %s: no file yet (0 rows)\n", path)
		return err
	}
	fmt.Fprintf(w, "cache %s: %d rows, %s\n", path, st.Rows, HumanBytes(st.Bytes))
	for _, g := range st.Groups {
		fmt.Fprintf(w, "  %-16s %s→%s  %d\n", g.Backend, g.SrcLang, g.TgtLang, g.Rows)
	}
	for _, f := range st.TM {
		fmt.Fprintf(w, "  translation memory %s: %d units (imported %s)\n", f.Path, f.Units, f.Imported.Format("2006-01-02 15:04"))
	}
	return nil
}

// ClearFile deletes the rows of backendName ("" = all backends) from the
// cache file at path, shrinks the file and says what it did on w.
func ClearFile(ctx context.Context, w io.Writer, path, backendName string) error {
	db, ok, err := OpenExisting(path)
	if err != nil {
		return err
	}
	if !ok {
		_, err := fmt.Fprintf(w, "cache %s: no file, nothing to clear\n", path)
		return err
	}
	defer db.Close()
	n, err := db.Clear(ctx, backendName)
	if err != nil {
		return fmt.Errorf("cache %s: %w", path, err)
	}
	what := "all backends"
	if backendName != "" {
		what = "backend " + backendName
	}
	_, err = fmt.Fprintf(w, "cache %s: deleted %d rows (%s)\n", path, n, what)
	return err
}

// ExportTMX writes the cached translations of backendName ("" = all) of
// the cache file at path to w as TMX 1.4b under header h, whose source
// language it sets: the rows' one source language, or *all* when they
// differ. A missing file gives an empty TMX. It returns the units written.
func ExportTMX(ctx context.Context, w io.Writer, path, backendName string, h corpus.TMXHeader) (int, error) {
	db, ok, err := OpenExisting(path)
	if err != nil {
		return 0, err
	}
	if ok {
		defer db.Close()
		st, err := db.Stats(ctx)
		if err != nil {
			return 0, fmt.Errorf("cache %s: %w", path, err)
		}
		h.SrcLang = ""
		for _, g := range st.Groups {
			if backendName != "" && g.Backend != backendName {
				continue
			}
			if h.SrcLang == "" {
				h.SrcLang = g.SrcLang
			} else if h.SrcLang != g.SrcLang {
				h.SrcLang = "*all*"
			}
		}
	}
	tw := corpus.NewTMXWriter(w, h)
	n := 0
	if ok {
		err = db.Each(ctx, backendName, func(e Entry) error {
			n++
			return tw.Write(corpus.Pair{ID: strconv.Itoa(n), SrcLang: e.SrcLang, TgtLang: e.TgtLang,
				Src: e.Source, Tgt: e.Target, Backend: e.Backend})
		})
		if err != nil {
			return n, fmt.Errorf("cache export: %w", err)
		}
	}
	return n, tw.Close()
}

// HumanBytes is n as "512 B", "1.5 KiB", "3.2 MiB"...
func HumanBytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}
