#!/usr/bin/env bash
# Speed and memory targets, each measured by a Go benchmark. Prints every
# benchmark line; read the custom metrics (MB/s, pairs/s, efficiency,
# peak-heap-MB, …) against the targets named before each group.
# Usage: bash scripts/bench.sh   (about 4 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."

run() { # target, package, benchmark regexp, benchtime, extra flags
  echo; echo "== $1"
  go test -run '^$' -bench "$3" -benchtime "$4" ${5:-} "$2" | grep -E '^(Benchmark|ok|FAIL)' || true
}

run "segmentation: >= 50 MB/s on one core over >= 20 MB of Arabic" ./segment 'BenchmarkSplitArabic' 3x '-cpu 1'
run "glossary: matching >= 20 MB/s with 10,000 entries; loading 100,000 entries < 1 s" ./glossary 'BenchmarkFind|BenchmarkLoad100k' 10x
run "lexicon backend (issue 18): >= 20,000 sentences/s on one core; cold (no analysis cache) shown beside it" ./backend/lexicon 'BenchmarkTranslate$|BenchmarkTranslateCold$' 1s '-cpu 1'
run "alignment: 20,000 x 22,000 sentences in <= 3 s and <= 300 MB" ./align 'BenchmarkAlignLarge' 1x
run "alignment (issue 14): 20,000 x 22,000 sentences in <= 1.0 s and <= 150 MB" ./align 'BenchmarkAlignLarge' 3x
run "corpus writers: 1,000,000 pairs at >= 100,000 pairs/s, flat memory" ./corpus 'BenchmarkWrite(TMX|JSONL)' 1000000x
run "decorator stack: >= 90% of concurrency x batch / latency against 50 ms latency" ./backend/wrap 'BenchmarkStackThroughput' 3x
run "cache in the stack: >= 90% of the ceiling, memory flat" ./backend/cache 'BenchmarkStackDocs' 2x
for b in google googlev3 deepl libretranslate openai; do
  run "$b through its real client against its fake (50 ms): >= 90% of the ceiling" ./backend/$b 'BenchmarkThroughput' 400x
done
run "pipeline end to end: >= 90% of the ceiling; peak heap flat as documents grow" ./pipeline 'BenchmarkThroughputFakeLatency|BenchmarkMemoryFlat' 2x
run "segment command, whole streaming path: >= 100 MB/s over 50 MB of Arabic on one core" ./segment/stream 'BenchmarkSegmentFile' 3x '-cpu 1'
run "pipeline on 4,000 generated articles (lexicon): rerun-share <= 0.10 of the first run" ./pipeline 'BenchmarkArticlesRerun' 1x
run "pipeline on 4,000 generated articles (lexicon): --unit paragraph paragraph-share >= 0.50 of sentence mode" ./pipeline 'BenchmarkArticlesParagraph' 1x
run "pipeline, 400 then 4,000 articles: heap-growth <= 1.25 for 10x the documents" ./pipeline 'BenchmarkArticlesMemory' 1x
