package pipeline

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	gohash "hash"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/tarjama/tarjama/input"
)

// A rerun of a finished run into the same folder, with the same inputs and
// settings, would write exactly the files that are there. Instead of
// rewriting them, Run recognises the case at the cost of reading and
// hashing each input and one journal query, and leaves every output as it
// is (report.json records the rerun): see unchangedRun.
//
// What a finished run leaves in the journal to recognise it by is a
// runStamp: the fingerprint of what shaped the outputs, the report's
// document-level content and the size and time of every file it wrote.

// runStamp describes the outputs of the last finished run into a folder.
type runStamp struct {
	Fingerprint string        `json:"fingerprint"`
	Summary     reportSummary `json:"summary"`
	Files       []fileStamp   `json:"files"`
}

// reportSummary is the part of a report that depends on the documents only.
type reportSummary struct {
	Totals     Totals                       `json:"totals"`
	Documents  []DocReport                  `json:"documents"` // those needing attention
	Glossary   *GlossaryReport              `json:"glossary,omitempty"`
	Outputs    []string                     `json:"outputs,omitempty"`
	XMLRemoved int                          `json:"xml_removed"`
	Inputs     map[string]input.FormatStats `json:"inputs,omitempty"`
}

// fileStamp is an output file as it was left; a file edited, replaced or
// removed since no longer matches.
type fileStamp struct {
	Path    string `json:"path"` // relative to the output folder
	Size    int64  `json:"size"`
	ModTime int64  `json:"mtime_ns"`
}

func stampFile(dir, rel string) (fileStamp, error) {
	st, err := os.Stat(filepath.Join(dir, filepath.FromSlash(rel)))
	if err != nil {
		return fileStamp{}, err
	}
	return fileStamp{Path: rel, Size: st.Size(), ModTime: st.ModTime().UnixNano()}, nil
}

// fingerprint hashes what shapes a run's output bytes: the settings, the
// formats and headers, the collection's skipped files and, in order, each
// document's name, path, encoding and text. The TMX creation date is left
// out: outputs left as they are keep the date they were made on.
type fingerprint struct{ h gohash.Hash }

func newFingerprint(opts Options, config string, skipped []input.Skipped) *fingerprint {
	f := &fingerprint{h: sha256.New()}
	hdr := opts.TMXHeader()
	f.add("config", config, "formats", strings.Join(opts.Formats, ","), "tgt", opts.TgtLang,
		"tool", hdr.CreationTool, hdr.CreationToolVersion, hdr.SrcLang)
	if opts.XLIFFVersion != "" {
		f.add("xliff", opts.XLIFFVersion)
	}
	for _, s := range skipped {
		f.add("skipped", s.Path, s.Reason)
	}
	return f
}

func (f *fingerprint) add(fields ...string) {
	for _, s := range fields {
		fmt.Fprintf(f.h, "%d:%s", len(s), s)
	}
}

func (f *fingerprint) doc(name, path, encoding, textHash string) {
	f.add("doc", name, path, encoding, textHash)
}

func (f *fingerprint) sum() string { return hex.EncodeToString(f.h.Sum(nil)) }

// inputKey is one input as read now.
type inputKey struct{ name, path, encoding, textHash string }

// readKeys reads, decodes and hashes every input, conc at a time; ok is
// false when one cannot be read (it will be reported by a full run).
func readKeys(ctx context.Context, docs []input.Doc, conc int) (keys []inputKey, ok bool) {
	keys = make([]inputKey, len(docs))
	failed := make(chan struct{})
	var once sync.Once
	sem := make(chan struct{}, conc)
	var wg sync.WaitGroup
	for i, d := range docs {
		if d.Path == "" { // stdin can be read once only
			return nil, false
		}
		select {
		case sem <- struct{}{}:
		case <-failed:
		case <-ctx.Done():
		}
		if ctx.Err() != nil || isClosed(failed) {
			break
		}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			txt, err := input.Read(d, nil)
			if err != nil {
				once.Do(func() { close(failed) })
				return
			}
			keys[i] = inputKey{d.Name, d.Path, txt.Encoding, hash(txt.Text)}
		}()
	}
	wg.Wait()
	return keys, ctx.Err() == nil && !isClosed(failed)
}

func isClosed(c chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

// unchangedRun reports whether the outputs in opts.OutDir are those this
// run would write: the last run into the folder finished, every input is
// in the journal with the same text and settings and nothing else is, the
// fingerprint matches and no output file changed since. It then returns
// the last run's summary.
func unchangedRun(ctx context.Context, docs []input.Doc, skipped []input.Skipped, opts Options, jr *journal) (*reportSummary, bool, error) {
	stamp, err := jr.runStamp()
	if err != nil || stamp == nil {
		return nil, false, err
	}
	for _, f := range stamp.Files {
		if now, err := stampFile(opts.OutDir, f.Path); err != nil || now != f {
			return nil, false, nil
		}
	}
	entries, err := jr.entries(ctx)
	if err != nil || len(entries) != len(docs) {
		return nil, false, err
	}
	keys, ok := readKeys(ctx, docs, max(opts.Concurrency, 2))
	if !ok {
		return nil, false, ctx.Err()
	}
	fp := newFingerprint(opts, jr.config, skipped)
	for _, k := range keys {
		if e, ok := entries[k.name]; !ok || e.text != k.textHash || e.config != jr.config {
			return nil, false, nil
		}
		fp.doc(k.name, k.path, k.encoding, k.textHash)
	}
	if fp.sum() != stamp.Fingerprint {
		return nil, false, nil
	}
	return &stamp.Summary, true, nil
}

// journalEntry is a docs row without its result.
type journalEntry struct{ text, config string }

// entries reads every document's text hash and settings in one query.
func (j *journal) entries(ctx context.Context) (map[string]journalEntry, error) {
	rows, err := j.db.QueryContext(ctx, `SELECT name, text, config FROM docs`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]journalEntry{}
	for rows.Next() {
		var name string
		var e journalEntry
		if err := rows.Scan(&name, &e.text, &e.config); err != nil {
			return nil, err
		}
		out[name] = e
	}
	return out, rows.Err()
}

const stampSchema = `CREATE TABLE IF NOT EXISTS run (id INTEGER PRIMARY KEY CHECK (id = 1), stamp BLOB NOT NULL);`

func (j *journal) runStamp() (*runStamp, error) {
	var blob []byte
	err := j.db.QueryRow(`SELECT stamp FROM run WHERE id = 1`).Scan(&blob)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	var s runStamp
	if json.Unmarshal(blob, &s) != nil {
		return nil, nil
	}
	return &s, nil
}

// setRunStamp records the outputs just published; nil forgets them (a run
// is about to change them).
func (j *journal) setRunStamp(s *runStamp) error {
	if s == nil {
		_, err := j.db.Exec(`DELETE FROM run`)
		return err
	}
	blob, err := json.Marshal(s)
	if err != nil {
		return err
	}
	_, err = j.db.Exec(`INSERT OR REPLACE INTO run (id, stamp) VALUES (1, ?)`, blob)
	return err
}
