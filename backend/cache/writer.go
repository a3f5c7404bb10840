package cache

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// row is one translation waiting to be written.
type row struct {
	key     rowKey
	parts   KeyParts
	req     request
	source  string
	target  string
	created int64
}

// writeMsg is the writer's only input, so that everything is applied in
// the order it was sent: rows to store, flights to release once their rows
// are committed, and flush requests.
type writeMsg struct {
	rows    []row
	release []rowKey
	flushed chan struct{}
}

// maxTxRows bounds one write transaction.
const maxTxRows = 20000

// errClosed is recorded when translations arrive after Close.
var errClosed = errors.New("cache closed")

func (db *DB) send(m writeMsg) {
	db.closeMu.RLock()
	defer db.closeMu.RUnlock()
	if db.closed {
		if len(m.rows) > 0 {
			db.setErr(errClosed)
		}
		if m.flushed != nil {
			close(m.flushed)
		}
		return
	}
	db.writes <- m
}

// Flush waits until every translation handed to the cache so far is
// committed to the file.
func (db *DB) Flush() {
	done := make(chan struct{})
	db.send(writeMsg{flushed: done})
	<-done
}

// Err returns the first error met while storing translations, if any.
// Storing is best effort: a full disk must not fail a paid translation.
func (db *DB) Err() error {
	db.mu.Lock()
	defer db.mu.Unlock()
	return db.storeErr
}

func (db *DB) setErr(err error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.storeErr == nil {
		db.storeErr = fmt.Errorf("cache %s: storing translations: %w", db.path, err)
	}
}

// writeDelay is how long the writer gathers rows before committing them:
// one transaction per batch of a few dozen rows would spend its time in
// commits, and nothing waits on the disk (Flush and Close excepted).
const writeDelay = 25 * time.Millisecond

// writer drains db.writes until it is closed, committing what has queued
// up within writeDelay of the first message in one transaction.
func (db *DB) writer() {
	defer close(db.writerDone)
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for m := range db.writes {
		batch := []writeMsg{m}
		n := len(m.rows)
		urgent := m.flushed != nil
		timer.Reset(writeDelay)
	gather:
		for n < maxTxRows && !urgent {
			select {
			case m, ok := <-db.writes:
				if !ok {
					break gather
				}
				batch = append(batch, m)
				n += len(m.rows)
				urgent = m.flushed != nil
			case <-timer.C:
				break gather
			}
		}
		timer.Stop()
		if n > 0 {
			if err := db.write(batch); err != nil {
				db.setErr(err)
			}
		}
		db.mu.Lock()
		for _, m := range batch {
			for _, k := range m.release {
				delete(db.flights, k)
			}
		}
		db.mu.Unlock()
		for _, m := range batch {
			if m.flushed != nil {
				close(m.flushed)
			}
		}
	}
}

func (db *DB) write(batch []writeMsg) error {
	ctx := context.Background()
	tx, err := db.sql.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `INSERT OR REPLACE INTO translations
		(key, backend, model, src_lang, tgt_lang, glossary, format, source, target, created)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, m := range batch {
		for _, r := range m.rows {
			if _, err := stmt.ExecContext(ctx, r.key[:], r.parts.Backend, r.parts.Model, r.req.src, r.req.tgt,
				r.parts.Glossary, r.req.format, r.source, r.target, r.created); err != nil {
				return err
			}
		}
	}
	return tx.Commit()
}
