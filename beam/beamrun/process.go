package beamrun

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"strings"
	"sync"

	"github.com/tarjama/tarjama/backend/stack"
	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/input"
	"github.com/tarjama/tarjama/pipeline"
)

// record is what one document sends to the merge: everything of its
// pipeline.Result but the translated lines, which go to docs/ at once.
type record struct {
	Report   pipeline.DocReport
	Pairs    []corpus.Pair           `json:",omitempty"`
	Misses   []pipeline.GlossaryMiss `json:",omitempty"`
	Glossary pipeline.GlossaryCounts
	// Worker and Stats are the processing worker's backend statistics
	// once the document was done (see stats.go).
	Worker string
	Stats  *stack.Report `json:",omitempty"`
	// Inputs is what the reader found in the record's input file (on the
	// file's first record only), for report.json's inputs.
	Inputs map[string]input.FormatStats `json:",omitempty"`
}

func (r record) result() pipeline.Result {
	return pipeline.Result{Report: r.Report, Pairs: r.Pairs, Misses: r.Misses, Glossary: r.Glossary}
}

// worker is what the DoFns of one job share in one process: the backend
// stack and the pipeline environment, opened by the first DoFn instance's
// Setup and closed by the last one's Teardown. A runner runs many DoFn
// instances in one process (one per bundle in flight); sharing one stack
// keeps the rate limits and the batching per worker, as documented.
type worker struct {
	env   *pipeline.Env
	stack *stack.Stack
	id    string
	users int
}

var workers struct {
	sync.Mutex
	byJob map[string]*worker
}

func acquireWorker(ctx context.Context, cfg *Config) (*worker, error) {
	workers.Lock()
	defer workers.Unlock()
	if w := workers.byJob[cfg.JobID]; w != nil {
		w.users++
		return w, nil
	}
	g, err := cfg.glossary()
	if err != nil {
		return nil, fmt.Errorf("glossary: %w", err)
	}
	st, err := openStack(ctx, cfg.Backend, g.Version())
	if err != nil {
		return nil, err
	}
	if g != nil && cfg.GlossaryMode == pipeline.GlossaryNative && !st.SupportsGlossary() {
		st.Close()
		return nil, fmt.Errorf("--glossary_mode native: backend %s does not apply a glossary itself; use --glossary_mode protect", cfg.Backend.Name)
	}
	env, err := pipeline.NewEnv(cfg.pipelineOptions(g, st))
	if err != nil {
		st.Close()
		return nil, err
	}
	w := &worker{env: env, stack: st, id: newWorkerID(), users: 1}
	if workers.byJob == nil {
		workers.byJob = map[string]*worker{}
	}
	workers.byJob[cfg.JobID] = w
	return w, nil
}

func releaseWorker(jobID string) error {
	workers.Lock()
	defer workers.Unlock()
	w := workers.byJob[jobID]
	if w == nil {
		return nil
	}
	if w.users--; w.users > 0 {
		return nil
	}
	delete(workers.byJob, jobID)
	return w.stack.Close()
}

// processFn reads, decodes and processes documents, writes their
// translations under docs/ and emits their records to the shards. A
// bundle keeps up to Config.DocsInFlight documents in flight, as the local
// runner keeps --concurrency: a document mostly waits for the backend.
// Records are emitted by later calls and by FinishBundle, in the order
// the documents came.
type processFn struct {
	Cfg Config

	w       *worker
	slots   chan struct{}
	pending []chan fileDone
}

// processed is one document's record and its shard.
type processed struct {
	shard int
	rec   []byte
}

// fileDone is one input file's outcome: its documents' records.
type fileDone struct {
	recs []processed
	err  error
}

func (f *processFn) Setup(ctx context.Context) error {
	w, err := acquireWorker(ctx, &f.Cfg)
	if err != nil {
		return err
	}
	f.w = w
	return nil
}

func (f *processFn) StartBundle(_ context.Context, _ func(int, []byte)) {
	f.slots = make(chan struct{}, max(1, f.Cfg.DocsInFlight))
	f.pending = nil
}

func (f *processFn) FinishBundle(_ context.Context, emit func(int, []byte)) error {
	return f.flush(emit, true)
}

// flush emits the finished records at the head of the queue; all of them
// (waiting) when wait is set. The first error fails the bundle.
func (f *processFn) flush(emit func(int, []byte), wait bool) error {
	for len(f.pending) > 0 {
		var p fileDone
		if wait {
			p = <-f.pending[0]
		} else {
			select {
			case p = <-f.pending[0]:
			default:
				return nil
			}
		}
		f.pending = f.pending[1:]
		if p.err != nil {
			// Let the others finish: they hold the shared stack.
			for _, ch := range f.pending {
				<-ch
			}
			f.pending = nil
			return p.err
		}
		for _, r := range p.recs {
			emit(r.shard, r.rec)
		}
	}
	return nil
}

func (f *processFn) Teardown() error {
	if f.w == nil {
		return nil
	}
	f.w = nil
	return releaseWorker(f.Cfg.JobID)
}

// ProcessElement handles the document called name, read from path. An
// error fails the bundle (Beam retries it): only run-level failures
// (cancellation, refused credentials, an unwritable output) are errors;
// a document that cannot be read or translated is a record saying so.
func (f *processFn) ProcessElement(ctx context.Context, name, path string, emit func(int, []byte)) error {
	if err := f.flush(emit, false); err != nil {
		return err
	}
	select {
	case f.slots <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	ch := make(chan fileDone, 1)
	f.pending = append(f.pending, ch)
	go func() {
		defer func() { <-f.slots }()
		recs, err := f.handle(ctx, name, path)
		ch <- fileDone{recs, err}
	}()
	return nil
}

// handle reads the documents of one input file (a WARC file holds one per
// HTML page) as the local runner reads them, through input.Reader, and
// processes each with pipeline.Env.Process. The first record carries the
// file's reader statistics.
func (f *processFn) handle(ctx context.Context, name, path string) ([]processed, error) {
	var out []processed
	add := func(res pipeline.Result) error {
		p, err := f.finish(ctx, res)
		if err != nil {
			return err
		}
		out = append(out, p)
		return nil
	}
	opts := input.Options{}
	d := input.Doc{Name: name, Path: path}
	if IsRemote(path) {
		r, err := openFile(ctx, path)
		if err != nil {
			rep := pipeline.DocReport{Doc: name, Path: path, Status: pipeline.StatusSkipped, Reason: fmt.Sprintf("%s: %v", path, err)}
			return out, add(pipeline.Result{Report: rep})
		}
		defer r.Close()
		opts.Stdin, d.Path = r, "" // input.Reader reads a Doc without Path from Stdin
	}
	reader := input.NewReader(opts)
	n := 0
	for doc, err := range reader.Documents(ctx, d) {
		n++
		var res pipeline.Result
		if err != nil {
			dname := doc.Name
			if dname == "" {
				dname = name
			}
			reason := err.Error()
			if d.Path == "" {
				reason = strings.ReplaceAll(reason, "<stdin>", path)
			}
			res.Report = pipeline.DocReport{Doc: dname, Path: path, Status: pipeline.StatusSkipped, Reason: reason}
		} else {
			res = f.w.env.Process(ctx, pipeline.Document{Name: doc.Name, Path: path, Text: doc.Text.Text, Encoding: doc.Encoding})
			if res.Err != nil {
				return nil, res.Err // it names the document
			}
		}
		if err := add(res); err != nil {
			return nil, err
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if n == 0 { // a WARC file without an HTML page
		rep := pipeline.DocReport{Doc: name, Path: path, Status: pipeline.StatusEmpty, Reason: "no document in the file"}
		if err := add(pipeline.Result{Report: rep}); err != nil {
			return nil, err
		}
	}
	if stats := reader.Stats(); len(stats) > 0 {
		var rec record
		if err := json.Unmarshal(out[0].rec, &rec); err != nil {
			return nil, err
		}
		rec.Inputs = stats
		b, err := json.Marshal(rec)
		if err != nil {
			return nil, err
		}
		out[0].rec = b
	}
	return out, nil
}

// finish writes a processed document's translation under docs/ (or
// removes one an earlier run left, when it did not translate) and makes
// its record.
func (f *processFn) finish(ctx context.Context, res pipeline.Result) (processed, error) {
	name := res.Report.Doc
	docPath := joinPath(f.Cfg.Output, pipeline.DocPath(name, f.Cfg.TgtLang))
	if res.Report.Status == pipeline.StatusOK {
		var b bytes.Buffer
		for _, l := range res.Lines {
			b.WriteString(l)
			b.WriteByte('\n')
		}
		if err := writeFileNoSync(ctx, docPath, b.Bytes()); err != nil {
			return processed{}, fmt.Errorf("output %s: %w", docPath, err)
		}
	} else if err := removeFile(ctx, docPath); err != nil {
		return processed{}, fmt.Errorf("output %s: %w", docPath, err)
	}
	stats := f.w.stack.Report()
	rec, err := json.Marshal(record{Report: res.Report, Pairs: res.Pairs, Misses: res.Misses, Glossary: res.Glossary, Worker: f.w.id, Stats: &stats})
	if err != nil {
		return processed{}, err
	}
	return processed{shard: shardOf(name, f.Cfg.Shards), rec: rec}, nil
}

// shardOf spreads documents over the shards by a hash of their name.
func shardOf(name string, shards int) int {
	h := fnv.New32a()
	io.WriteString(h, name)
	return int(h.Sum32() % uint32(max(1, shards)))
}
