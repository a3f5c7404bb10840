package main

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkPrismVsLocal translates 4,000 generated articles with the
// lexicon backend twice: with `tarjama translate` (the local runner) and
// with tarjama-beam on prism in this process. "ratio" is prism's time over
// the local runner's; the goal is < 2.
//
//	go test -run '^$' -bench PrismVsLocal -benchtime 1x ./cmd/tarjama-beam
func BenchmarkPrismVsLocal(b *testing.B) {
	in := genFolder(b, 4000, false)
	var local, prism time.Duration
	for i := 0; i < b.N; i++ {
		dir := b.TempDir()
		start := time.Now()
		if code, stderr := runTarjama(b, "translate", in, "--out", filepath.Join(dir, "local"), "--quiet"); code != 3 {
			b.Fatalf("tarjama: exit %d: %s", code, stderr)
		}
		local += time.Since(start)
		start = time.Now()
		if code, stderr := runBeam(b, "--input", in, "--output", filepath.Join(dir, "beam"), "--quiet"); code != 3 {
			b.Fatalf("tarjama-beam: exit %d: %s", code, stderr)
		}
		prism += time.Since(start)
	}
	n := float64(b.N)
	b.ReportMetric(local.Seconds()/n, "local-s")
	b.ReportMetric(prism.Seconds()/n, "prism-s")
	b.ReportMetric(prism.Seconds()/local.Seconds(), "ratio")
	b.Log(fmt.Sprintf("4000 documents: local %.2fs, prism %.2fs", local.Seconds()/n, prism.Seconds()/n))
}
