package cache

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/tarjama/tarjama/corpus"
)

// PairReader streams sentence pairs, returning io.EOF at the end; the
// corpus package's TMX reader is one.
type PairReader interface {
	Read() (corpus.Pair, error)
}

// LoadTM imports the translation memory at path, unless the same file
// (path, size and modification time) was imported before, and returns its
// handle for WrapOptions.TM. open is called only when an import is needed;
// a reader that is an io.Closer is closed. Each pair is kept in both
// directions, so an en→ar TMX serves ar→en runs; languages match on their
// primary subtag ("ar-SA" matches "ar").
func (db *DB) LoadTM(ctx context.Context, path string, open func(path string) (PairReader, error)) (TMFile, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return TMFile{}, err
	}
	fi, err := os.Stat(abs)
	if err != nil {
		return TMFile{}, fmt.Errorf("translation memory: %w", err)
	}
	var f TMFile
	var size, mtime, ts int64
	err = db.sql.QueryRowContext(ctx, `SELECT id, path, units, imported, size, mtime FROM tm_files WHERE path = ?`, abs).
		Scan(&f.ID, &f.Path, &f.Units, &ts, &size, &mtime)
	if err == nil && size == fi.Size() && mtime == fi.ModTime().UnixNano() {
		f.Imported = unix(ts)
		return f, nil
	}
	r, err := open(abs)
	if err != nil {
		return TMFile{}, fmt.Errorf("translation memory %s: %w", path, err)
	}
	if c, ok := r.(io.Closer); ok {
		defer c.Close()
	}
	f, err = db.importTM(ctx, abs, fi, r)
	if err != nil {
		return TMFile{}, fmt.Errorf("translation memory %s: %w", path, err)
	}
	return f, nil
}

func (db *DB) importTM(ctx context.Context, abs string, fi os.FileInfo, r PairReader) (TMFile, error) {
	tx, err := db.sql.BeginTx(ctx, nil)
	if err != nil {
		return TMFile{}, err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM tm_files WHERE path = ?`, abs); err != nil {
		return TMFile{}, err
	}
	now := db.now()
	res, err := tx.ExecContext(ctx, `INSERT INTO tm_files (path, size, mtime, units, imported) VALUES (?, ?, ?, 0, ?)`,
		abs, fi.Size(), fi.ModTime().UnixNano(), now.Unix())
	if err != nil {
		return TMFile{}, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return TMFile{}, err
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO tm (file, src_lang, tgt_lang, source, target) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return TMFile{}, err
	}
	defer stmt.Close()
	var units int64
	for {
		p, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return TMFile{}, err
		}
		if units%1024 == 0 && ctx.Err() != nil {
			return TMFile{}, ctx.Err()
		}
		src, tgt := corpus.PrimaryLang(p.SrcLang), corpus.PrimaryLang(p.TgtLang)
		a, b := Normalize(p.Src), Normalize(p.Tgt)
		if src == "" || tgt == "" || src == tgt || a == "" || b == "" {
			continue
		}
		for _, row := range [2][4]string{{src, tgt, a, strings.TrimSpace(p.Tgt)}, {tgt, src, b, strings.TrimSpace(p.Src)}} {
			if _, err := stmt.ExecContext(ctx, id, row[0], row[1], row[2], row[3]); err != nil {
				return TMFile{}, err
			}
		}
		units++
	}
	if _, err := tx.ExecContext(ctx, `UPDATE tm_files SET units = ? WHERE id = ?`, units, id); err != nil {
		return TMFile{}, err
	}
	if err := tx.Commit(); err != nil {
		return TMFile{}, err
	}
	return TMFile{ID: id, Path: abs, Units: units, Imported: unix(now.Unix())}, nil
}

// lookupTM finds exact matches of items' sources, as key gives them
// (normalized), in the given memories; the earlier memory in files wins.
// The result is keyed the same way.
func (db *DB) lookupTM(ctx context.Context, files []TMFile, rk request, items []*item, key func(*item) string) (map[string]string, error) {
	rank := map[int64]int{}
	ids := make([]any, 0, len(files))
	for i, f := range files {
		if _, dup := rank[f.ID]; !dup {
			rank[f.ID] = i
			ids = append(ids, f.ID)
		}
	}
	found := map[string]string{}
	best := map[string]int{}
	src, tgt := corpus.PrimaryLang(rk.src), corpus.PrimaryLang(rk.tgt)
	step := max(maxParams-len(ids), 100)
	for start := 0; start < len(items); start += step {
		chunk := items[start:min(start+step, len(items))]
		args := []any{src, tgt}
		for _, it := range chunk {
			args = append(args, key(it))
		}
		args = append(args, ids...)
		rows, err := db.sql.QueryContext(ctx, `SELECT source, target, file FROM tm WHERE src_lang = ? AND tgt_lang = ?
			AND source IN (`+placeholders(len(chunk))+`) AND file IN (`+placeholders(len(ids))+`)`, args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var s, t string
			var file int64
			if err := rows.Scan(&s, &t, &file); err != nil {
				rows.Close()
				return nil, err
			}
			if r, seen := best[s]; !seen || rank[file] < r {
				found[s], best[s] = t, rank[file]
			}
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, err
		}
	}
	return found, nil
}
