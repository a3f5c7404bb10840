package main

import (
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/tarjama/tarjama/backend/registry"
	"github.com/tarjama/tarjama/pipeline"
)

// options are the job's flags, in Beam's underscore style; the backend
// options and the decorator flags are tarjama's, with "_" for "-".
type options struct {
	inputs          []string
	output          string
	srcLang         string
	tgtLang         string
	backend         string
	glossary        string
	glossaryMode    string
	unit            string
	format          string
	keepBoilerplate bool
	quiet           bool
	shards          int
	concurrency     int

	cache             string
	noCache           bool
	maxChars          int64
	requestsPerSecond float64
	charsPerMinute    int
	retries           int
	timeout           time.Duration
	batchConcurrency  int

	// backendOpts holds every backend option flag, by option name
	// ("google-api-key"), whether or not it was given.
	backendOpts map[string]*string
}

// listFlag is a repeatable string flag.
type listFlag struct{ values *[]string }

func (l listFlag) String() string {
	if l.values == nil {
		return ""
	}
	return strings.Join(*l.values, " ")
}

func (l listFlag) Set(v string) error {
	*l.values = append(*l.values, v)
	return nil
}

// flagName spells a tarjama flag name in Beam's style.
func flagName(name string) string { return strings.ReplaceAll(name, "-", "_") }

func defineFlags(fs *flag.FlagSet) *options {
	o := &options{backendOpts: map[string]*string{}}
	fs.Var(listFlag{&o.inputs}, "input", "input `GLOB` or path: a local folder, file or glob, or a glob on a Beam file system (gs://bucket/news/**.html); repeatable")
	fs.StringVar(&o.output, "output", "", "output `DIR` (local, or gs://…): corpus files, docs/, report.json")
	fs.StringVar(&o.srcLang, "src_lang", "ar", "source language code")
	fs.StringVar(&o.tgtLang, "tgt_lang", "en", "target language code")
	fs.StringVar(&o.backend, "backend", "lexicon", "translation backend `NAME` (see `tarjama backends`)")
	fs.StringVar(&o.glossary, "glossary", "", "glossary TSV `FILE` (local or gs://…; default $TARJAMA_GLOSSARY, else ./glossary.tsv when it exists)")
	fs.StringVar(&o.glossaryMode, "glossary_mode", pipeline.GlossaryProtect, "protect, native (Google v3, DeepL) or verify")
	fs.StringVar(&o.unit, "unit", pipeline.UnitSentence, "translation unit: sentence or paragraph")
	fs.StringVar(&o.format, "format", "tmx,jsonl", "comma `LIST` of corpus formats: tmx, jsonl, moses, tsv")
	fs.BoolVar(&o.keepBoilerplate, "keep_boilerplate", false, "keep lines the cleaner would drop")
	fs.BoolVar(&o.quiet, "quiet", false, "no summary on stderr")
	fs.IntVar(&o.concurrency, "concurrency", 4, "documents each bundle translates at once (as tarjama translate's --concurrency, per bundle)")
	fs.IntVar(&o.shards, "shards", 64, "sorted shards the results pass through before the merge (each is sorted in one worker's memory: raise it for large archives)")

	fs.StringVar(&o.cache, "cache", "", "translation cache `FILE` (SQLite) on each worker (default: the worker user's tarjama cache; not used for lexicon unless given)")
	fs.BoolVar(&o.noCache, "no_cache", false, "neither read nor write a translation cache on the workers")
	fs.Int64Var(&o.maxChars, "max_chars", 0, "stop a worker before it sends more than `N` characters (0: no limit; per worker)")
	fs.Float64Var(&o.requestsPerSecond, "requests_per_second", 0, "at most `N` requests a second per worker (0: no limit)")
	fs.IntVar(&o.charsPerMinute, "chars_per_minute", 0, "the job's quota of `N` characters a minute, divided among the workers (--max_num_workers, else --num_workers, else 1); 0: the backend's quota")
	fs.IntVar(&o.retries, "retries", 4, "retry a request up to `N` times after a transient failure")
	fs.DurationVar(&o.timeout, "timeout", 0, "`DURATION` allowed for one request (0: the backend's default)")
	fs.IntVar(&o.batchConcurrency, "batch_concurrency", 4, "at most `N` requests in flight per worker")

	for _, in := range registry.Default().All() {
		for _, opt := range in.Options {
			usage := opt.Usage
			if opt.Env != "" {
				usage += " (default $" + opt.Env + ")"
			}
			if opt.Secret {
				usage += " (secret: never printed)"
			} else if opt.Default != "" {
				usage += fmt.Sprintf(" (default %q)", opt.Default)
			}
			o.backendOpts[opt.Name] = fs.String(flagName(opt.Name), "", usage)
		}
	}
	return o
}
