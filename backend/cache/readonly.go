package cache

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"time"
)

// OpenReadOnly opens an existing cache file for lookups only, as a dry run
// needs: it creates no file, not even the write-ahead log. When no other
// process has the file open (no -wal file beside it) the file is read as
// immutable, which is what keeps SQLite from creating its -wal and -shm
// files; a run writing to the file at the same time may then make the
// lookups miss rows it adds. Wrap it with WrapOptions.ReadOnly; TM imports
// and storing fail. A file that does not exist is an error wrapping
// os.ErrNotExist.
func OpenReadOnly(path string) (*DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("cache: %w", err)
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "query_only(1)")
	q.Set("mode", "ro")
	if _, err := os.Stat(path + "-wal"); errors.Is(err, os.ErrNotExist) {
		q.Set("immutable", "1")
	}
	sdb, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("cache %s: %w", path, err)
	}
	sdb.SetMaxOpenConns(8)
	sdb.SetMaxIdleConns(8)
	var v int
	if err := sdb.QueryRowContext(context.Background(), "PRAGMA user_version").Scan(&v); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("cache %s: %w", path, err)
	}
	if v != schemaVersion {
		sdb.Close()
		if v > schemaVersion {
			return nil, fmt.Errorf("cache %s: %w %d (this tarjama knows %d): use another --cache file", path, ErrSchema, v, schemaVersion)
		}
		// An empty or foreign SQLite file: nothing to look up.
		return nil, fmt.Errorf("cache %s: not a tarjama cache (schema version %d)", path, v)
	}
	db := &DB{sql: sdb, path: path, now: time.Now, flights: map[rowKey]*flight{},
		writes: make(chan writeMsg, 1), writerDone: make(chan struct{})}
	go db.writer()
	return db, nil
}
