// Package remote holds the small pieces every HTTP backend shares: mapping
// an HTTP status to a classified *backend.Error, reading Retry-After, and
// scrubbing credentials out of error text.
package remote
