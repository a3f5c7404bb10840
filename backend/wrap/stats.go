package wrap

import "sync/atomic"

// Stats counts what a run did with one backend; the decorators update it
// concurrently and report.json shows a Snapshot.
type Stats struct {
	requests  atomic.Int64
	retries   atomic.Int64
	failures  atomic.Int64
	segments  atomic.Int64
	chars     atomic.Int64
	cacheHits atomic.Int64
	tmHits    atomic.Int64
	deduped   atomic.Int64
}

// StatsSnapshot is a point-in-time copy of Stats, ready for JSON.
type StatsSnapshot struct {
	Requests     int64 `json:"requests"`      // requests sent to the backend, retries included
	Retries      int64 `json:"retries"`       // attempts beyond the first
	Failures     int64 `json:"failures"`      // requests that returned an error
	SegmentsSent int64 `json:"segments_sent"` // segments in those requests
	CharsSent    int64 `json:"chars_sent"`    // code points in those requests
	CacheHits    int64 `json:"cache_hits"`    // segments served from the cache
	TMHits       int64 `json:"tm_hits"`       // segments served from a translation memory
	Deduplicated int64 `json:"deduplicated"`  // repeats of a segment translated once
}

// Snapshot returns the counters; a nil *Stats gives zeros.
func (s *Stats) Snapshot() StatsSnapshot {
	if s == nil {
		return StatsSnapshot{}
	}
	return StatsSnapshot{
		Requests:     s.requests.Load(),
		Retries:      s.retries.Load(),
		Failures:     s.failures.Load(),
		SegmentsSent: s.segments.Load(),
		CharsSent:    s.chars.Load(),
		CacheHits:    s.cacheHits.Load(),
		TMHits:       s.tmHits.Load(),
		Deduplicated: s.deduped.Load(),
	}
}

// AddCacheHits, AddTMHits and AddDeduplicated let the cache (another
// package) record what it served. All methods accept a nil receiver.
func (s *Stats) AddCacheHits(n int) {
	if s != nil {
		s.cacheHits.Add(int64(n))
	}
}

// AddTMHits records n segments served from a translation memory.
func (s *Stats) AddTMHits(n int) {
	if s != nil {
		s.tmHits.Add(int64(n))
	}
}

// AddDeduplicated records n segments that repeated one already sent.
func (s *Stats) AddDeduplicated(n int) {
	if s != nil {
		s.deduped.Add(int64(n))
	}
}

func (s *Stats) addRequest(segments, chars int) {
	if s != nil {
		s.requests.Add(1)
		s.segments.Add(int64(segments))
		s.chars.Add(int64(chars))
	}
}

func (s *Stats) addRetry() {
	if s != nil {
		s.retries.Add(1)
	}
}

func (s *Stats) addFailure() {
	if s != nil {
		s.failures.Add(1)
	}
}
