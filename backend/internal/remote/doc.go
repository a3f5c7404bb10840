// Package remote holds the small pieces every HTTP backend shares: mapping
// an HTTP status to a classified *backend.Error, reading Retry-After,
// scrubbing credentials out of error text, and checking URL and count
// options (the command backend uses the latter too).
package remote
