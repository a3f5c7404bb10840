package pipeline

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver

	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/input"
)

// JournalName is the run journal's path inside the output folder.
const JournalName = input.OutputMarker + "/journal.db"

// journal records every finished document of a run in SQLite, so that the
// same command after Ctrl-C, kill -9 or a crash reuses them and writes
// exactly the outputs an uninterrupted run writes. A document is reused
// only when its decoded text and the run's settings (backend, languages,
// glossary version, unit, cleaning) are those it was made with.
type journal struct {
	db     *sql.DB
	config string   // fingerprint of the settings that shape a document's result
	met    []metDoc // documents met, not yet in the seen table
}

// metDoc is a document the run met.
type metDoc struct {
	name    string
	written bool
}

// metBatch is how many met documents are added to the seen table at once.
const metBatch = 256

// journalRecord is the stored form of a finished document.
type journalRecord struct {
	Report DocReport      `json:"report"`
	Pairs  []corpus.Pair  `json:"pairs"`
	Lines  []string       `json:"lines"`
	Misses []GlossaryMiss `json:"misses,omitempty"`
	Hits   [3]int         `json:"hits"` // ok, repaired, missing
}

func recordOf(r Result) *journalRecord {
	g := r.Glossary
	return &journalRecord{Report: r.Report, Pairs: r.Pairs, Lines: r.Lines, Misses: r.Misses, Hits: [3]int{g.OK, g.Repaired, g.Missing}}
}

func (rec *journalRecord) result() Result {
	h := rec.Hits
	return Result{Report: rec.Report, Pairs: rec.Pairs, Lines: rec.Lines, Misses: rec.Misses,
		Glossary: GlossaryCounts{OK: h[0], Repaired: h[1], Missing: h[2]}}
}

// ResumeReport says what a run took over from an earlier, unfinished one.
type ResumeReport struct {
	Journal string `json:"journal"`
	Reused  int    `json:"reused"` // documents taken from the journal
	// Redone counts documents found in the journal but translated again,
	// by reason: "input changed" or "settings changed (…)".
	Redone map[string]int `json:"redone,omitempty"`
	// SettingsChanged explains a change of backend, glossary, languages…
	SettingsChanged string `json:"settings_changed,omitempty"`
	// Removed lists documents of an earlier run into this folder that are
	// no longer among the inputs: their docs/ files were deleted, as an
	// uninterrupted run of this command would not have written them.
	Removed []string `json:"removed,omitempty"`
	// Unchanged reports a rerun that found every output as it would have
	// written it (same inputs, same settings, files untouched since the
	// last finished run) and left them all as they were.
	Unchanged bool `json:"unchanged,omitempty"`
}

func openJournal(outDir string, fresh bool, config map[string]string) (*journal, string, error) {
	path := filepath.Join(outDir, JournalName)
	if fresh {
		for _, suffix := range []string{"", "-wal", "-shm"} {
			if err := os.Remove(path + suffix); err != nil && !errors.Is(err, os.ErrNotExist) {
				return nil, "", fmt.Errorf("journal: %w", err)
			}
		}
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, "", fmt.Errorf("output folder: %w", err)
	}
	q := url.Values{}
	for _, p := range []string{"busy_timeout(10000)", "journal_mode(WAL)", "synchronous(NORMAL)"} {
		q.Add("_pragma", p)
	}
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?"+q.Encode())
	if err != nil {
		return nil, "", fmt.Errorf("journal %s: %w", path, err)
	}
	const schema = `
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (
	name   TEXT PRIMARY KEY,
	text   TEXT NOT NULL, -- sha256 of the decoded input
	config TEXT NOT NULL, -- settings fingerprint
	result BLOB NOT NULL  -- journalRecord as JSON
);
-- The documents the current run met, in order: what it keeps of them
-- lives here rather than in memory, however many there are.
CREATE TABLE IF NOT EXISTS seen (
	name    TEXT PRIMARY KEY,
	written INTEGER NOT NULL -- 1 when the run wrote its docs/ file
);`
	if _, err := db.Exec(schema + stampSchema); err != nil {
		db.Close()
		return nil, "", fmt.Errorf("journal %s: %w", path, err)
	}
	cfg, _ := json.Marshal(config)
	j := &journal{db: db, config: hash(string(cfg))}
	changed, err := j.settingsChange(config)
	if err != nil {
		db.Close()
		return nil, "", fmt.Errorf("journal %s: %w", path, err)
	}
	return j, changed, nil
}

// settingsChange compares the settings with those of the previous run,
// records the new ones and describes what changed ("" if nothing).
func (j *journal) settingsChange(config map[string]string) (string, error) {
	rows, err := j.db.Query(`SELECT key, value FROM settings`)
	if err != nil {
		return "", err
	}
	old := map[string]string{}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			rows.Close()
			return "", err
		}
		old[k] = v
	}
	rows.Close()
	var desc string
	if len(old) > 0 {
		for _, k := range sortedKeys(config) {
			if old[k] != config[k] {
				if desc != "" {
					desc += ", "
				}
				desc += fmt.Sprintf("%s %q → %q", k, old[k], config[k])
			}
		}
	}
	tx, err := j.db.Begin()
	if err != nil {
		return "", err
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`DELETE FROM settings`); err != nil {
		return "", err
	}
	for k, v := range config {
		if _, err := tx.Exec(`INSERT INTO settings (key, value) VALUES (?, ?)`, k, v); err != nil {
			return "", err
		}
	}
	return desc, tx.Commit()
}

// lookup returns the stored result of a document when it is still valid,
// or why it is not ("" when the document was never finished).
func (j *journal) lookup(ctx context.Context, name, textHash string) (*journalRecord, string, error) {
	var th, cfg string
	var blob []byte
	err := j.db.QueryRowContext(ctx, `SELECT text, config, result FROM docs WHERE name = ?`, name).Scan(&th, &cfg, &blob)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil, "", nil
	case err != nil:
		return nil, "", err
	case th != textHash:
		return nil, "input changed", nil
	case cfg != j.config:
		return nil, "settings changed", nil
	}
	var rec journalRecord
	if err := json.Unmarshal(blob, &rec); err != nil {
		return nil, "journal entry unreadable", nil
	}
	return &rec, "", nil
}

func (j *journal) store(ctx context.Context, name, textHash string, rec *journalRecord) error {
	blob, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	_, err = j.db.ExecContext(ctx, `INSERT OR REPLACE INTO docs (name, text, config, result) VALUES (?, ?, ?, ?)`,
		name, textHash, j.config, blob)
	return err
}

// startRun forgets the documents an earlier run met.
func (j *journal) startRun() error {
	j.met = j.met[:0]
	_, err := j.db.Exec(`DELETE FROM seen`)
	return err
}

// meet records that the run met the document called name, and whether it
// wrote its docs/ file. Names are kept in the journal, a batch at a time,
// so memory does not grow with the number of documents.
func (j *journal) meet(name string, written bool) error {
	j.met = append(j.met, metDoc{name, written})
	if len(j.met) < metBatch {
		return nil
	}
	return j.flushMet()
}

func (j *journal) flushMet() error {
	if len(j.met) == 0 {
		return nil
	}
	tx, err := j.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	st, err := tx.Prepare(`INSERT INTO seen (name, written) VALUES (?, ?)
		ON CONFLICT (name) DO UPDATE SET written = max(written, excluded.written)`)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, m := range j.met {
		w := 0
		if m.written {
			w = 1
		}
		if _, err := st.Exec(m.name, w); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	j.met = j.met[:0]
	return nil
}

// forgetOthers deletes the entries of documents the run did not meet and
// returns their names, sorted.
func (j *journal) forgetOthers() ([]string, error) {
	if err := j.flushMet(); err != nil {
		return nil, err
	}
	rows, err := j.db.Query(`SELECT name FROM docs WHERE name NOT IN (SELECT name FROM seen) ORDER BY name`)
	if err != nil {
		return nil, err
	}
	var gone []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			rows.Close()
			return nil, err
		}
		gone = append(gone, name)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, name := range gone {
		if _, err := j.db.Exec(`DELETE FROM docs WHERE name = ?`, name); err != nil {
			return nil, err
		}
	}
	return gone, nil
}

// eachWritten calls f with the name of every document whose docs/ file
// the run wrote, in the order met.
func (j *journal) eachWritten(f func(name string) error) error {
	if err := j.flushMet(); err != nil {
		return err
	}
	rows, err := j.db.Query(`SELECT name FROM seen WHERE written = 1 ORDER BY rowid`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return err
		}
		if err := f(name); err != nil {
			return err
		}
	}
	return rows.Err()
}

func (j *journal) close() error { return j.db.Close() }

func hash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:16])
}
