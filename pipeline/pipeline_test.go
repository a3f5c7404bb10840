package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/glossary"
	"github.com/tarjama/tarjama/input"
)

// echo is a deterministic fake engine: it tags each segment, optionally
// sleeping a random while so that documents finish out of order, and fails
// permanently on segments containing a marker word.
type echo struct {
	mu       sync.Mutex
	calls    int
	segments int
	jitter   bool
	rng      *rand.Rand
	failOn   string
	block    bool // wait for ctx to be cancelled
}

func (e *echo) Translate(ctx context.Context, req backend.Request) ([]string, error) {
	e.mu.Lock()
	e.calls++
	e.segments += len(req.Segments)
	var d time.Duration
	if e.jitter {
		d = time.Duration(e.rng.Intn(5)) * time.Millisecond
	}
	e.mu.Unlock()
	if e.block {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	time.Sleep(d)
	out := make([]string, len(req.Segments))
	for i, s := range req.Segments {
		if e.failOn != "" && strings.Contains(s, e.failOn) {
			return nil, &backend.Error{Backend: "echo", Kind: backend.Permanent, Status: 400, Err: errors.New("bad segment")}
		}
		out[i] = "EN[" + s + "]"
	}
	return out, nil
}

func fixed() time.Time { return time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC) }

func writeFile(t *testing.T, p string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func collect(t *testing.T, inputs ...string) ([]input.Doc, []input.Skipped) {
	t.Helper()
	docs, skipped, err := input.Collect(inputs)
	if err != nil {
		t.Fatal(err)
	}
	return docs, skipped
}

func readJSONL(t *testing.T, p string) []map[string]any {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("bad JSONL line %q: %v", line, err)
		}
		out = append(out, m)
	}
	return out
}

// readDocuments reads documents.jsonl, the list of every document.
func readDocuments(t *testing.T, out string) []DocReport {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(out, DocumentsName))
	if err != nil {
		t.Fatal(err)
	}
	var docs []DocReport
	for _, line := range strings.SplitAfter(string(b), "\n") {
		if line == "" {
			continue
		}
		var d DocReport
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("%s: bad line %q: %v", DocumentsName, line, err)
		}
		docs = append(docs, d)
	}
	return docs
}

func TestRunWritesEveryOutputInOrder(t *testing.T) {
	in := t.TempDir()
	for i := 0; i < 20; i++ {
		writeFile(t, filepath.Join(in, fmt.Sprintf("d%02d.txt", i)),
			[]byte(fmt.Sprintf("العنوان %d\n\nالجملة الأولى في الوثيقة %d. والجملة الثانية!\n", i, i)))
	}
	out := t.TempDir()
	docs, skipped := collect(t, in)
	eng := &echo{jitter: true, rng: rand.New(rand.NewSource(1))}
	rep, err := Run(context.Background(), docs, skipped, Options{
		OutDir: out, Translator: eng, BackendName: "echo", Concurrency: 6,
		Formats: []string{"tmx", "jsonl", "moses", "tsv"}, Now: fixed, Version: "test",
	})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Totals.OK != 20 || rep.Totals.Pairs != 60 || rep.Status != "complete" {
		t.Fatalf("totals = %+v, status %s", rep.Totals, rep.Status)
	}
	pairs := readJSONL(t, filepath.Join(out, "corpus.jsonl"))
	if len(pairs) != 60 {
		t.Fatalf("%d pairs, want 60", len(pairs))
	}
	for i, p := range pairs {
		wantID := fmt.Sprintf("d%02d.txt#%d", i/3, i%3+1)
		if p["id"] != wantID || p["align"] != "1-1" {
			t.Fatalf("pair %d = %v, want id %s", i, p, wantID)
		}
		tr := p["translation"].(map[string]any)
		if tr["en"] != "EN["+tr["ar"].(string)+"]" {
			t.Fatalf("pair %d translation mismatch: %v", i, tr)
		}
	}
	src, _ := os.ReadFile(filepath.Join(out, "corpus.ar"))
	tgt, _ := os.ReadFile(filepath.Join(out, "corpus.en"))
	if strings.Count(string(src), "\n") != 60 || strings.Count(string(tgt), "\n") != 60 {
		t.Errorf("moses files are not 60 lines each")
	}
	// The translated document keeps the input's line structure.
	doc, err := os.ReadFile(filepath.Join(out, "docs", "d07.txt.en.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want := "EN[العنوان 7]\n\nEN[الجملة الأولى في الوثيقة 7.] EN[والجملة الثانية!]\n"
	if string(doc) != want {
		t.Errorf("doc = %q, want %q", doc, want)
	}
	// The same run again gives byte-identical corpus files.
	out2 := t.TempDir()
	Run(context.Background(), docs, skipped, Options{
		OutDir: out2, Translator: &echo{jitter: true, rng: rand.New(rand.NewSource(2))}, BackendName: "echo",
		Concurrency: 3, Formats: []string{"tmx", "jsonl", "moses", "tsv"}, Now: fixed, Version: "test",
	})
	for _, f := range []string{"corpus.jsonl", "corpus.tmx", "corpus.ar", "corpus.en", "corpus.tsv"} {
		a, _ := os.ReadFile(filepath.Join(out, f))
		b, _ := os.ReadFile(filepath.Join(out2, f))
		if string(a) != string(b) {
			t.Errorf("%s differs between runs with different timing", f)
		}
	}
}

func TestBadInputMatrix(t *testing.T) {
	in := t.TempDir()
	cp1256, _ := charmap.Windows1256.NewEncoder().String("قال الوزير.")
	files := map[string][]byte{
		"good.txt":       []byte("قال الوزير إن الاجتماع ناجح.\n"),
		"crlf-bom.txt":   []byte("\xEF\xBB\xBFالسطر الأول.\r\nالسطر الثاني.\r\n"),
		"cp1256.txt":     []byte(cp1256),
		"utf16.txt":      {0xFF, 0xFE, 0x44, 0x06, 0x27, 0x06, '\n', 0},
		"latin1.txt":     []byte("caf\xe9 cr\xe8me"),
		"binary.txt":     []byte("\x7fELF\x00\x01\x02"),
		"empty.txt":      {},
		"whitespace.txt": []byte("  \n\t\n\u200f\u200b \n"),
		"notes.xlsx":     []byte("PK\x03\x04"),
	}
	for name, data := range files {
		writeFile(t, filepath.Join(in, name), data)
	}
	out := t.TempDir()
	docs, skipped := collect(t, in)
	rep, err := Run(context.Background(), docs, skipped, Options{OutDir: out, Translator: &echo{}, Now: fixed})
	if !errors.Is(err, ErrPartial) {
		t.Fatalf("err = %v, want ErrPartial", err)
	}
	status := map[string]DocReport{}
	for _, d := range readDocuments(t, out) {
		status[d.Doc] = d
	}
	want := map[string]string{
		"good.txt": StatusOK, "crlf-bom.txt": StatusOK, "cp1256.txt": StatusOK, "utf16.txt": StatusOK,
		"latin1.txt": StatusSkipped, "binary.txt": StatusSkipped, "empty.txt": StatusEmpty, "whitespace.txt": StatusEmpty,
	}
	for doc, st := range want {
		if status[doc].Status != st {
			t.Errorf("%s: status %q (%s), want %q", doc, status[doc].Status, status[doc].Reason, st)
		}
	}
	if r := status["latin1.txt"].Reason; !strings.Contains(r, "latin1.txt") || !strings.Contains(r, "byte offset 3") {
		t.Errorf("latin1 reason %q should name the file and the offset", r)
	}
	if status["cp1256.txt"].Encoding != input.Windows1256 {
		t.Errorf("cp1256 encoding reported as %q", status["cp1256.txt"].Encoding)
	}
	if len(rep.Skipped) != 1 || !strings.HasSuffix(rep.Skipped[0].Path, "notes.xlsx") {
		t.Errorf("skipped = %v, want notes.xlsx (PDF is read now)", rep.Skipped)
	}
	// The good documents still made it into the corpus.
	pairs := readJSONL(t, filepath.Join(out, "corpus.jsonl"))
	if len(pairs) < 5 {
		t.Errorf("only %d pairs written", len(pairs))
	}
	// CRLF and BOM are gone from the translated document.
	doc, _ := os.ReadFile(filepath.Join(out, "docs", "crlf-bom.txt.en.txt"))
	if string(doc) != "EN[السطر الأول.]\nEN[السطر الثاني.]\n" {
		t.Errorf("crlf-bom doc = %q", doc)
	}
	var onDisk Report
	b, _ := os.ReadFile(filepath.Join(out, "report.json"))
	if err := json.Unmarshal(b, &onDisk); err != nil || onDisk.Status != "partial" {
		t.Errorf("report.json status %q, err %v", onDisk.Status, err)
	}
}

func TestPermanentFailureIsolatesDocument(t *testing.T) {
	in := t.TempDir()
	writeFile(t, filepath.Join(in, "a.txt"), []byte("جملة سليمة.\n"))
	writeFile(t, filepath.Join(in, "b.txt"), []byte("جملة فيها سم.\n"))
	writeFile(t, filepath.Join(in, "c.txt"), []byte("جملة أخرى.\n"))
	out := t.TempDir()
	docs, skipped := collect(t, in)
	rep, err := Run(context.Background(), docs, skipped, Options{OutDir: out, Translator: &echo{failOn: "سم"}, Now: fixed})
	if !errors.Is(err, ErrPartial) {
		t.Fatalf("err = %v", err)
	}
	// report.json lists the document that needs attention; documents.jsonl all three.
	if rep.Totals.OK != 2 || rep.Totals.Failed != 1 || len(rep.Documents) != 1 || rep.Documents[0].Doc != "b.txt" ||
		rep.Documents[0].Status != StatusFailed || !strings.Contains(rep.Documents[0].Reason, "400") {
		t.Fatalf("report = %+v", rep.Documents)
	}
	if all := readDocuments(t, out); len(all) != 3 || !reflect.DeepEqual(all[1], rep.Documents[0]) {
		t.Errorf("documents.jsonl = %+v", all)
	}
	if _, err := os.Stat(filepath.Join(out, "docs", "b.txt.en.txt")); err == nil {
		t.Error("a failed document must not get a translated file")
	}
}

func TestInterruptLeavesNoTruncatedCorpus(t *testing.T) {
	in := t.TempDir()
	writeFile(t, filepath.Join(in, "a.txt"), []byte("جملة.\n"))
	out := t.TempDir()
	writeFile(t, filepath.Join(out, "corpus.jsonl"), []byte("previous run\n"))
	docs, skipped := collect(t, in)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(20*time.Millisecond, cancel)
	rep, err := Run(ctx, docs, skipped, Options{OutDir: out, Translator: &echo{block: true}, Now: fixed})
	if !errors.Is(err, context.Canceled) || rep.Status != "interrupted" {
		t.Fatalf("err = %v, status %s", err, rep.Status)
	}
	b, _ := os.ReadFile(filepath.Join(out, "corpus.jsonl"))
	if string(b) != "previous run\n" {
		t.Errorf("corpus.jsonl = %q: an interrupted run must not replace it", b)
	}
	ents, _ := os.ReadDir(out)
	for _, e := range ents {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}

func TestLongLineIsCutUnderTheLimit(t *testing.T) {
	in := t.TempDir()
	line := strings.Repeat("كلمة ", 200_000) // 1 MB, no punctuation
	writeFile(t, filepath.Join(in, "long.txt"), []byte(line+"\n"))
	eng := &limited{max: 500}
	docs, skipped := collect(t, in)
	rep, err := Run(context.Background(), docs, skipped, Options{OutDir: t.TempDir(), Translator: eng, Now: fixed})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Totals.Sentences < 1000 || eng.longest > 250 {
		t.Errorf("sentences %d, longest segment %d runes (limit 500, budget half)", rep.Totals.Sentences, eng.longest)
	}
	if rep.Totals.CharsIn < 800_000 {
		t.Errorf("text lost: %d chars in", rep.Totals.CharsIn)
	}
}

// limited declares a per-request character limit and refuses longer segments.
type limited struct {
	max, longest int
	mu           sync.Mutex
}

func (l *limited) Limits() backend.Limits { return backend.Limits{MaxChars: l.max} }
func (l *limited) Translate(_ context.Context, req backend.Request) ([]string, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, s := range req.Segments {
		if n := len([]rune(s)); n > l.longest {
			l.longest = n
		}
		if len([]rune(s)) > l.max {
			return nil, &backend.Error{Backend: "limited", Kind: backend.Permanent, Status: 413}
		}
	}
	return req.Segments, nil
}

func TestGlossaryEnforcedAndReported(t *testing.T) {
	in := t.TempDir()
	writeFile(t, filepath.Join(in, "a.txt"), []byte("وناقش الكاظمي والمبعوث بريت ماكغورك القضية.\nالتقى بالكاظمي.\n"))
	g, err := glossary.Parse(strings.NewReader("ar\ten\nالكاظمي\tal-Kadhimi\nبريت ماكغورك\tBrett McGurk\n"), "g.tsv")
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	docs, skipped := collect(t, in)
	rep, err := Run(context.Background(), docs, skipped, Options{OutDir: out, Translator: &echo{}, Glossary: g, Now: fixed})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Glossary.Hits != 3 || rep.Glossary.Missing != 0 {
		t.Errorf("glossary report = %+v", rep.Glossary)
	}
	pairs := readJSONL(t, filepath.Join(out, "corpus.jsonl"))
	en := pairs[0]["translation"].(map[string]any)["en"].(string)
	if !strings.Contains(en, "al-Kadhimi") || !strings.Contains(en, "Brett McGurk") {
		t.Errorf("targets missing from %q", en)
	}
	if pairs[0]["glossary"] == nil {
		t.Errorf("pair has no glossary field: %v", pairs[0])
	}
}

func TestUnwritableOutput(t *testing.T) {
	in := t.TempDir()
	writeFile(t, filepath.Join(in, "a.txt"), []byte("جملة.\n"))
	blocker := filepath.Join(t.TempDir(), "file")
	writeFile(t, blocker, []byte("x"))
	docs, skipped := collect(t, in)
	_, err := Run(context.Background(), docs, skipped, Options{OutDir: filepath.Join(blocker, "out"), Translator: &echo{}})
	if err == nil || !strings.Contains(err.Error(), "output folder") {
		t.Fatalf("err = %v, want an output folder error", err)
	}
}

// A bad format after a good one leaves no temporary file behind.
func TestOpenOutputsAbortsOnError(t *testing.T) {
	out := t.TempDir()
	opts := Options{OutDir: out, Formats: []string{"jsonl", "tmx", "docx"}, Now: fixed}
	opts.setDefaults()
	_, err := openOutputs(opts)
	if err == nil {
		t.Fatal("want an error for format docx")
	}
	if ents, _ := os.ReadDir(out); len(ents) != 0 {
		t.Errorf("left behind: %v", ents)
	}
}
