package backend

// StatsReporter is implemented by a translator stack that counts its own
// work (requests, retries, cache hits, dry-run estimate). The pipeline puts
// the value into report.json under "backend" when its translator has it,
// so no closure has to carry the stack's statistics across packages.
type StatsReporter interface {
	// BackendStats returns a JSON-marshalable snapshot; called once the
	// run is over.
	BackendStats() any
}
