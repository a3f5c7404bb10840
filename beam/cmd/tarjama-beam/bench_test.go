package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tarjama/tarjama/backend/fake"
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
		checkBoth(b, dir, 4000)
	}
	n := float64(b.N)
	b.ReportMetric(local.Seconds()/n, "local-s")
	b.ReportMetric(prism.Seconds()/n, "prism-s")
	b.ReportMetric(prism.Seconds()/local.Seconds(), "ratio")
	b.Log(fmt.Sprintf("4000 documents: local %.2fs, prism %.2fs", local.Seconds()/n, prism.Seconds()/n))
}

// BenchmarkPrismVsLocalLatency is BenchmarkPrismVsLocal against a remote
// engine: the Google v2 client talking to a local fake that answers each
// request after 50 ms, on 400 articles whose sentences are all different.
//
//	go test -run '^$' -bench PrismVsLocalLatency -benchtime 1x ./cmd/tarjama-beam
func BenchmarkPrismVsLocalLatency(b *testing.B) {
	srv := fake.NewGoogle(fake.Options{Latency: 50 * time.Millisecond})
	defer srv.Close()
	in := genUnique(b, 400)
	flags := []string{"--backend", "google", "--no-cache", "--google-endpoint", srv.URL, "--google-api-key", "k-bench", "--quiet"}
	var local, prism time.Duration
	for i := 0; i < b.N; i++ {
		dir := b.TempDir()
		start := time.Now()
		if code, stderr := runTarjama(b, append([]string{"translate", in, "--out", filepath.Join(dir, "local")}, flags...)...); code != 3 {
			b.Fatalf("tarjama: exit %d: %s", code, stderr)
		}
		local += time.Since(start)
		var beamFlags []string
		for _, f := range flags {
			if name, ok := strings.CutPrefix(f, "--"); ok {
				f = "--" + strings.ReplaceAll(name, "-", "_")
			}
			beamFlags = append(beamFlags, f)
		}
		start = time.Now()
		if code, stderr := runBeam(b, append([]string{"--input", in, "--output", filepath.Join(dir, "beam")}, beamFlags...)...); code != 3 {
			b.Fatalf("tarjama-beam: exit %d: %s", code, stderr)
		}
		prism += time.Since(start)
		checkBoth(b, dir, 400)
	}
	n := float64(b.N)
	b.ReportMetric(local.Seconds()/n, "local-s")
	b.ReportMetric(prism.Seconds()/n, "prism-s")
	b.ReportMetric(prism.Seconds()/local.Seconds(), "ratio")
}

// checkBoth checks that both runs translated every article.
func checkBoth(b *testing.B, dir string, docs int) {
	for _, run := range []string{"local", "beam"} {
		rep := readReport(b, filepath.Join(dir, run))
		if t := rep.Totals; t.OK != docs || t.Failed != 0 {
			b.Fatalf("%s run: %+v", run, t)
		}
	}
}
