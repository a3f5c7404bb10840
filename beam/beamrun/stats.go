package beamrun

import (
	"crypto/rand"
	"encoding/hex"

	"github.com/tarjama/tarjama/backend/stack"
	"github.com/tarjama/tarjama/backend/wrap"
)

// Each worker's stack counts its own requests. A record carries its
// worker's counters as they stood once the document was done; counters
// only grow, so the largest of a worker's snapshots is its total (bundles
// that Beam retried included: their requests were sent and paid for), and
// the job's statistics are the sum over workers.

// BackendStats is report.json's backend_stats for a job.
type BackendStats struct {
	stack.Report
	Workers int `json:"workers"` // worker processes whose stacks sent the requests
}

func newWorkerID() string {
	b := make([]byte, 8)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// statsSum gathers the workers' snapshots.
type statsSum struct {
	last map[string]stack.Report
}

func (s *statsSum) add(worker string, r *stack.Report) {
	if r == nil {
		return
	}
	if s.last == nil {
		s.last = map[string]stack.Report{}
	}
	prev, ok := s.last[worker]
	if !ok {
		s.last[worker] = *r
		return
	}
	prev.StatsSnapshot = combine(prev.StatsSnapshot, r.StatsSnapshot, func(a, b int64) int64 { return max(a, b) })
	if prev.CacheError == "" {
		prev.CacheError = r.CacheError
	}
	s.last[worker] = prev
}

// total is the job's statistics; nil when no document reached a backend.
func (s *statsSum) total() *BackendStats {
	if len(s.last) == 0 {
		return nil
	}
	var out BackendStats
	for _, r := range s.last {
		if out.Workers == 0 {
			out.Report = r
		} else {
			out.StatsSnapshot = combine(out.StatsSnapshot, r.StatsSnapshot, func(a, b int64) int64 { return a + b })
			if out.CacheError == "" {
				out.CacheError = r.CacheError
			}
		}
		out.Workers++
	}
	return &out
}

func combine(a, b wrap.StatsSnapshot, f func(x, y int64) int64) wrap.StatsSnapshot {
	return wrap.StatsSnapshot{
		Requests:     f(a.Requests, b.Requests),
		Retries:      f(a.Retries, b.Retries),
		Failures:     f(a.Failures, b.Failures),
		SegmentsSent: f(a.SegmentsSent, b.SegmentsSent),
		CharsSent:    f(a.CharsSent, b.CharsSent),
		CacheHits:    f(a.CacheHits, b.CacheHits),
		TMHits:       f(a.TMHits, b.TMHits),
		Deduplicated: f(a.Deduplicated, b.Deduplicated),
	}
}
