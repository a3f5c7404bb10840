// Package cache keeps translations in a SQLite file (modernc.org/sqlite,
// pure Go) so that a segment is paid for once: it is both a cache of what
// each backend returned and a translation memory that can import TMX files.
//
// A row's key is the backend, its engine settings (never secrets), the
// language pair, the glossary version, the format and the normalized source
// segment (NFC, trimmed, runs of white space collapsed). DB.Wrap puts the
// cache in front of any backend.Translator: hits make no call, identical
// segments within a run — in one request or across concurrent ones — are
// sent once, and each batch that succeeds is stored at once, so running the
// same command again makes zero backend calls.
//
// The file is opened in WAL mode with a busy timeout, so several tarjama
// processes may share it; lookups and inserts are batched in transactions
// and the cache is never loaded into memory whole.
package cache
