package pipeline

import (
	"context"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/tarjama/tarjama/backend/lexicon"
	"github.com/tarjama/tarjama/input"
)

// The targets of issue 12, measured on 4,000 generated articles (about
// 80,000 sentences, 10 MB; see generateArticles) with the lexicon backend,
// as `tarjama translate` runs them (tmx and jsonl, concurrency 4):
//   - rerun-share: a rerun of a finished run takes <= 0.10 of the first;
//   - paragraph-share: --unit paragraph has >= 0.50 of sentence mode's
//     throughput;
//   - heap-growth: the peak heap for 10x the documents is <= 1.25x.

func articleDocs(b testing.TB, n int) []input.Doc {
	b.Helper()
	dir := b.TempDir()
	if err := generateArticles(dir, n, 1); err != nil {
		b.Fatal(err)
	}
	docs, _, err := input.Collect([]string{dir})
	if err != nil {
		b.Fatal(err)
	}
	return docs
}

func lexiconOptions(b testing.TB, out, unit string) Options {
	b.Helper()
	lex, err := lexicon.New()
	if err != nil {
		b.Fatal(err)
	}
	o := Options{OutDir: out, Translator: lex, BackendName: "lexicon", Unit: unit, Concurrency: 4, Formats: []string{"tmx", "jsonl"}}
	if unit == UnitParagraph {
		o.AlignMT = lex
	}
	return o
}

func timedRun(b *testing.B, docs []input.Doc, opts Options) (time.Duration, *Report) {
	b.Helper()
	start := time.Now()
	rep, err := Run(context.Background(), docs, nil, opts)
	if err != nil {
		b.Fatal(err)
	}
	return time.Since(start), rep
}

func BenchmarkArticlesRerun(b *testing.B) {
	docs := articleDocs(b, 4000)
	b.ResetTimer()
	var first, rerun time.Duration
	for i := 0; i < b.N; i++ {
		opts := lexiconOptions(b, b.TempDir(), UnitSentence)
		d1, _ := timedRun(b, docs, opts)
		d2, rep := timedRun(b, docs, opts)
		if !rep.Resume.Unchanged {
			b.Fatal("the rerun did not find the outputs unchanged")
		}
		first, rerun = first+d1, rerun+d2
	}
	b.ReportMetric(first.Seconds()/float64(b.N), "first-s")
	b.ReportMetric(rerun.Seconds()/float64(b.N), "rerun-s")
	b.ReportMetric(rerun.Seconds()/first.Seconds(), "rerun-share")
}

func BenchmarkArticlesParagraph(b *testing.B) {
	docs := articleDocs(b, 4000)
	b.ResetTimer()
	var sent, para time.Duration
	var sentences int
	for i := 0; i < b.N; i++ {
		d1, rep := timedRun(b, docs, lexiconOptions(b, b.TempDir(), UnitSentence))
		d2, _ := timedRun(b, docs, lexiconOptions(b, b.TempDir(), UnitParagraph))
		sent, para, sentences = sent+d1, para+d2, sentences+rep.Totals.Sentences
	}
	b.ReportMetric(float64(sentences)/sent.Seconds(), "sentence-mode-sent/s")
	b.ReportMetric(float64(sentences)/para.Seconds(), "paragraph-mode-sent/s")
	b.ReportMetric(sent.Seconds()/para.Seconds(), "paragraph-share")
}

// peakHeap runs f while sampling the heap in use, and returns its peak.
func peakHeap(f func()) uint64 {
	runtime.GC()
	var peak uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
			select {
			case <-stop:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	f()
	close(stop)
	wg.Wait()
	return peak
}

func BenchmarkArticlesMemory(b *testing.B) {
	small, large := articleDocs(b, 400), articleDocs(b, 4000)
	b.ResetTimer()
	var ps, pl uint64
	for i := 0; i < b.N; i++ {
		// The options (and so the embedded lexicon, loaded once) are made
		// before measuring: loading it is no part of either run's peak.
		so, lo := lexiconOptions(b, b.TempDir(), UnitSentence), lexiconOptions(b, b.TempDir(), UnitSentence)
		ps = max(ps, peakHeap(func() { timedRun(b, small, so) }))
		pl = max(pl, peakHeap(func() { timedRun(b, large, lo) }))
	}
	b.ReportMetric(float64(ps)/(1<<20), "peak-heap-400-MB")
	b.ReportMetric(float64(pl)/(1<<20), "peak-heap-4000-MB")
	b.ReportMetric(float64(pl)/float64(ps), "heap-growth")
}
