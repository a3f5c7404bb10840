package cache

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// schemaVersion is kept in PRAGMA user_version; bump it with a migration.
const schemaVersion = 1

// ErrSchema reports a cache file written by a newer tarjama.
var ErrSchema = errors.New("cache file has an unknown schema version")

const schema = `
CREATE TABLE IF NOT EXISTS translations (
	id       INTEGER PRIMARY KEY,
	key      BLOB NOT NULL UNIQUE,
	backend  TEXT NOT NULL,
	model    TEXT NOT NULL,
	src_lang TEXT NOT NULL,
	tgt_lang TEXT NOT NULL,
	glossary TEXT NOT NULL,
	format   TEXT NOT NULL,
	source   TEXT NOT NULL,
	target   TEXT NOT NULL,
	created  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS translations_backend ON translations (backend, src_lang, tgt_lang);
CREATE TABLE IF NOT EXISTS tm_files (
	id       INTEGER PRIMARY KEY,
	path     TEXT NOT NULL UNIQUE,
	size     INTEGER NOT NULL,
	mtime    INTEGER NOT NULL,
	units    INTEGER NOT NULL,
	imported INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS tm (
	file     INTEGER NOT NULL REFERENCES tm_files (id) ON DELETE CASCADE,
	src_lang TEXT NOT NULL,
	tgt_lang TEXT NOT NULL,
	source   TEXT NOT NULL,
	target   TEXT NOT NULL,
	PRIMARY KEY (src_lang, tgt_lang, source, file)
) WITHOUT ROWID;
`

// DB is an open cache file. It is safe for concurrent use.
type DB struct {
	sql  *sql.DB
	path string
	now  func() time.Time

	mu       sync.Mutex
	flights  map[rowKey]*flight
	storeErr error

	writes     chan writeMsg
	writerDone chan struct{}
	closeMu    sync.RWMutex
	closed     bool
}

// Open opens or creates the cache at path (creating its directory), in
// WAL mode with a busy timeout so concurrent runs can share it.
func Open(path string) (*DB, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("cache: %w", err)
		}
	}
	q := url.Values{}
	// Rows go in rowid order (appends) and only the small key index takes
	// random inserts; mmap and a larger page cache keep lookups and inserts
	// out of read(2) calls as the file grows.
	for _, p := range []string{"busy_timeout(10000)", "journal_mode(WAL)", "synchronous(NORMAL)", "foreign_keys(1)",
		"mmap_size(268435456)", "cache_size(-16384)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	sdb, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("cache %s: %w", path, err)
	}
	// Each connection has its own page cache; a few suffice for lookups
	// from concurrent batches plus the writer.
	sdb.SetMaxOpenConns(8)
	sdb.SetMaxIdleConns(8)
	db := &DB{sql: sdb, path: path, now: time.Now, flights: map[rowKey]*flight{},
		writes: make(chan writeMsg, 256), writerDone: make(chan struct{})}
	if err := db.migrate(context.Background()); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("cache %s: %w", path, err)
	}
	go db.writer()
	return db, nil
}

func (db *DB) migrate(ctx context.Context) error {
	var v int
	if err := db.sql.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	switch {
	case v == schemaVersion:
		return nil
	case v > schemaVersion:
		return fmt.Errorf("%w %d (this tarjama knows %d): use another --cache file", ErrSchema, v, schemaVersion)
	}
	tx, err := db.sql.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, schema); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", schemaVersion)); err != nil {
		return err
	}
	return tx.Commit()
}

// Path returns the file the cache lives in.
func (db *DB) Path() string { return db.path }

// Close writes out the translations still queued and closes the file. It
// returns the first storing error, if any. Closing twice is harmless.
func (db *DB) Close() error {
	db.closeMu.Lock()
	if db.closed {
		db.closeMu.Unlock()
		return nil
	}
	db.closed = true
	close(db.writes)
	db.closeMu.Unlock()
	<-db.writerDone
	return errors.Join(db.Err(), db.sql.Close())
}

// Group counts the rows of one backend and language pair.
type Group struct {
	Backend string `json:"backend"`
	SrcLang string `json:"src_lang"`
	TgtLang string `json:"tgt_lang"`
	Rows    int64  `json:"rows"`
}

// TMFile describes a translation memory imported into the cache.
type TMFile struct {
	ID       int64     `json:"-"`
	Path     string    `json:"path"`
	Units    int64     `json:"units"`
	Imported time.Time `json:"imported"`
}

// Stats describes the cache's contents.
type Stats struct {
	Path   string   `json:"path"`
	Bytes  int64    `json:"bytes"` // database file plus its write-ahead log
	Rows   int64    `json:"rows"`
	Groups []Group  `json:"groups"`
	TM     []TMFile `json:"tm"`
}

// Stats counts rows by backend and language pair.
func (db *DB) Stats(ctx context.Context) (Stats, error) {
	db.Flush()
	st := Stats{Path: db.path, Groups: []Group{}, TM: []TMFile{}}
	rows, err := db.sql.QueryContext(ctx, `SELECT backend, src_lang, tgt_lang, COUNT(*) FROM translations
		GROUP BY backend, src_lang, tgt_lang ORDER BY backend, src_lang, tgt_lang`)
	if err != nil {
		return st, err
	}
	defer rows.Close()
	for rows.Next() {
		var g Group
		if err := rows.Scan(&g.Backend, &g.SrcLang, &g.TgtLang, &g.Rows); err != nil {
			return st, err
		}
		st.Rows += g.Rows
		st.Groups = append(st.Groups, g)
	}
	if err := rows.Err(); err != nil {
		return st, err
	}
	tms, err := db.sql.QueryContext(ctx, `SELECT id, path, units, imported FROM tm_files ORDER BY path`)
	if err != nil {
		return st, err
	}
	defer tms.Close()
	for tms.Next() {
		var f TMFile
		var ts int64
		if err := tms.Scan(&f.ID, &f.Path, &f.Units, &ts); err != nil {
			return st, err
		}
		f.Imported = unix(ts)
		st.TM = append(st.TM, f)
	}
	for _, p := range []string{db.path, db.path + "-wal"} {
		if fi, err := os.Stat(p); err == nil {
			st.Bytes += fi.Size()
		}
	}
	return st, tms.Err()
}

// Clear deletes the rows of backendName, or every row and imported
// translation memory when backendName is "", then compacts the file.
// It returns the number of translation rows deleted.
func (db *DB) Clear(ctx context.Context, backendName string) (int64, error) {
	db.Flush()
	var res sql.Result
	var err error
	if backendName == "" {
		if _, err = db.sql.ExecContext(ctx, `DELETE FROM tm_files`); err != nil {
			return 0, err
		}
		res, err = db.sql.ExecContext(ctx, `DELETE FROM translations`)
	} else {
		res, err = db.sql.ExecContext(ctx, `DELETE FROM translations WHERE backend = ?`, backendName)
	}
	if err != nil {
		return 0, err
	}
	n, _ := res.RowsAffected()
	// Give the space back: a user clearing the cache expects a smaller file.
	if _, err := db.sql.ExecContext(ctx, `VACUUM`); err != nil {
		return n, err
	}
	_, err = db.sql.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`)
	return n, err
}

// Entry is one cached translation.
type Entry struct {
	Backend, Model, SrcLang, TgtLang, Glossary, Format string
	Source, Target                                     string
	Created                                            time.Time
}

// Each calls fn for every cached translation, streaming from the file in
// backend and pair order; fn's error stops it and is returned.
func (db *DB) Each(ctx context.Context, backendName string, fn func(Entry) error) error {
	db.Flush()
	rows, err := db.sql.QueryContext(ctx, `SELECT backend, model, src_lang, tgt_lang, glossary, format, source, target, created
		FROM translations WHERE ? = '' OR backend = ? ORDER BY backend, src_lang, tgt_lang`, backendName, backendName)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var e Entry
		var ts int64
		if err := rows.Scan(&e.Backend, &e.Model, &e.SrcLang, &e.TgtLang, &e.Glossary, &e.Format, &e.Source, &e.Target, &ts); err != nil {
			return err
		}
		e.Created = unix(ts)
		if err := fn(e); err != nil {
			return err
		}
	}
	return rows.Err()
}

func unix(ts int64) time.Time { return time.Unix(ts, 0).UTC() }
