package alignjob

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/align"
	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/corpus"
)

func fixture(name string) string { return filepath.Join("testdata", name) }

func baseOptions() Options {
	return Options{
		Src: fixture("src.ar"), Tgt: fixture("tgt.en"), SrcMT: fixture("mt.en"),
		Presplit: true, SrcLang: "ar", TgtLang: "en", Format: "vecalign", MaxGroup: align.DefaultMaxGroup,
	}
}

// wantLinks is how testdata/tgt.en translates testdata/src.ar: line 2 split
// in two, lines 3 and 4 merged, a reporting credit without source.
var wantLinks = [][2][]int{{{0}, {0}}, {{1}, {1, 2}}, {{2, 3}, {3}}, {nil, {4}}, {{4}, {5}}, {{5}, {6}}}

func runVecalign(t *testing.T, o Options) []align.Link {
	t.Helper()
	var out bytes.Buffer
	if err := Run(context.Background(), o, nil, &out); err != nil {
		t.Fatal(err)
	}
	links, err := align.ReadVecalign(&out)
	if err != nil {
		t.Fatal(err)
	}
	return links
}

func checkLinks(t *testing.T, links []align.Link) {
	t.Helper()
	if len(links) != len(wantLinks) {
		t.Fatalf("%d links, want %d: %v", len(links), len(wantLinks), links)
	}
	for i, l := range links {
		if !slices.Equal(l.Src, wantLinks[i][0]) || !slices.Equal(l.Tgt, wantLinks[i][1]) {
			t.Errorf("link %d = %v-%v, want %v-%v", i, l.Src, l.Tgt, wantLinks[i][0], wantLinks[i][1])
		}
	}
}

func TestRunFindsSplitMergeAndOrphan(t *testing.T) {
	checkLinks(t, runVecalign(t, baseOptions()))
}

// --min-score turns weak links into unlinked sentences, so that vecalign
// output still covers every line, and leaves them out of corpus formats.
func TestRunMinScore(t *testing.T) {
	o := baseOptions()
	o.MinScore = 0.9
	links := runVecalign(t, o)
	if err := align.Check(links, 6, 7); err != nil {
		t.Fatal(err)
	}
	dropped := 0
	for _, l := range links {
		if len(l.Src) > 0 && len(l.Tgt) > 0 && l.Score < o.MinScore {
			t.Errorf("link %v scores %.2f < MinScore", l, l.Score)
		}
		if len(l.Src) == 0 || len(l.Tgt) == 0 {
			if len(l.Src)+len(l.Tgt) != 1 {
				t.Errorf("unlinked entry %v should name one sentence", l)
			}
			dropped++
		}
	}
	if dropped < 2 {
		t.Errorf("MinScore 0.9 should unlink more than the credit line: %v", links)
	}
	o.Format = "jsonl"
	var out bytes.Buffer
	if err := Run(context.Background(), o, nil, &out); err != nil {
		t.Fatal(err)
	}
	r := corpus.NewJSONLReader(&out)
	for {
		p, err := r.Read()
		if err != nil {
			break
		}
		if p.Score < o.MinScore {
			t.Errorf("pair %s scores %.2f < MinScore", p.ID, p.Score)
		}
	}
}

func TestRunTranslateAndFallback(t *testing.T) {
	mt, err := fileLines(fixture("mt.en"))
	if err != nil {
		t.Fatal(err)
	}
	o := baseOptions()
	o.SrcMT, o.Backend = "", "fake"
	calls := 0
	o.Translator = fakeTranslator(func(r backend.Request) ([]string, error) {
		calls++
		if len(r.Segments) != len(mt) || r.SrcLang != "ar" || r.TgtLang != "en" {
			t.Fatalf("translate got %d sentences %s→%s, want %d ar→en", len(r.Segments), r.SrcLang, r.TgtLang, len(mt))
		}
		return mt, nil
	})
	viaBackend, viaFile := runVecalign(t, o), runVecalign(t, baseOptions())
	if calls != 1 || !slices.EqualFunc(viaBackend, viaFile, func(a, b align.Link) bool {
		return slices.Equal(a.Src, b.Src) && slices.Equal(a.Tgt, b.Tgt) && a.Score == b.Score
	}) {
		t.Errorf("Translate should give the SrcMT result (calls %d):\n%v\nvs\n%v", calls, viaBackend, viaFile)
	}

	// A backend that cannot serve the pair: length and anchors, one warning.
	o.Translator = fakeTranslator(func(backend.Request) ([]string, error) {
		return nil, &backend.Error{Backend: "fake", Kind: backend.Permanent, Err: errors.New("unsupported language pair")}
	})
	var warnings []error
	o.Warn = func(err error) { warnings = append(warnings, err) }
	links := runVecalign(t, o)
	var fe *FallbackError
	if len(warnings) != 1 || !errors.As(warnings[0], &fe) || fe.Backend != "fake" || !strings.Contains(fe.Error(), "length and anchors only") {
		t.Errorf("warnings = %v, want one FallbackError", warnings)
	}
	if err := align.Check(links, 6, 7); err != nil {
		t.Errorf("fallback output invalid: %v %v", links, err)
	}

	// A transient failure or a short answer is an error, not a silent fallback.
	for name, tr := range map[string]fakeTranslator{
		"transient": func(backend.Request) ([]string, error) {
			return nil, &backend.Error{Backend: "fake", Kind: backend.Transient, Err: errors.New("503")}
		},
		"short": func(r backend.Request) ([]string, error) { return r.Segments[1:], nil },
	} {
		o.Translator = tr
		if err := Run(context.Background(), o, nil, &bytes.Buffer{}); err == nil {
			t.Errorf("%s: want an error", name)
		}
	}
}

// fakeTranslator is a backend.Translator of one function.
type fakeTranslator func(backend.Request) ([]string, error)

func (f fakeTranslator) Translate(_ context.Context, r backend.Request) ([]string, error) {
	return f(r)
}

func TestRunPairsList(t *testing.T) {
	dir := t.TempDir()
	abs := func(name string) string {
		p, err := filepath.Abs(fixture(name))
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	line := abs("src.ar") + "\t" + abs("tgt.en") + "\t" + abs("mt.en") + "\n"
	list := filepath.Join(dir, "pairs.tsv")
	if err := os.WriteFile(list, []byte(line+"# a comment\n\n"+line+"missing.ar\tmissing.en\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var results []Result
	o := Options{Pairs: list, Presplit: true, SrcLang: "ar", TgtLang: "en", Format: "vecalign",
		MaxGroup: align.DefaultMaxGroup, Out: filepath.Join(dir, "out"), Progress: func(r Result) { results = append(results, r) }}
	err := Run(context.Background(), o, nil, &bytes.Buffer{})
	var pe *PartialError
	if !errors.As(err, &pe) || pe.Failed != 1 || pe.Total != 3 || errors.Is(err, ErrUsage) {
		t.Fatalf("err = %v, want a PartialError of 1 of 3 pairs", err)
	}
	if len(results) != 3 || results[0].Err != nil || results[2].Err == nil || results[2].Pair.Name != "missing.ar" {
		t.Errorf("Progress got %+v", results)
	}
	if s := results[0].Summary(); !strings.HasPrefix(s, filepath.ToSlash(abs("src.ar"))+": 6 source and 7 target sentences, 5 links, 1 unlinked, document score 0.") {
		t.Errorf("summary %q", s)
	}
	for _, name := range []string{"src.align", "src.2.align"} {
		f, err := os.Open(filepath.Join(dir, "out", name))
		if err != nil {
			t.Fatal(err)
		}
		links, err := align.ReadVecalign(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		checkLinks(t, links)
	}

	// jsonl from stdin: one stream, records named after their document.
	o.Format, o.Out, o.Pairs, o.Progress = "jsonl", "", "-", nil
	var out bytes.Buffer
	if err := Run(context.Background(), o, strings.NewReader(line+line), &out); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out.String(), `"doc":"`+filepath.ToSlash(abs("src.ar"))+`"`); n != 10 {
		t.Errorf("jsonl: %d records of the document, want 10 (5 links × 2 pairs)\n%s", n, out.String())
	}
}

// A lone pair's failure is the job's error, not a partial result.
func TestRunLonePairFails(t *testing.T) {
	o := baseOptions()
	// A file named for a lone pair that is not there is a usage error,
	// found before any work (as a missing input is for every command).
	for _, set := range []func(*Options){
		func(o *Options) { o.Src = fixture("missing.ar") },
		func(o *Options) { o.Tgt = fixture("missing.en") },
		func(o *Options) { o.SrcMT = fixture("missing.mt") },
	} {
		o := baseOptions()
		set(&o)
		err := Run(context.Background(), o, nil, &bytes.Buffer{})
		if !errors.Is(err, ErrUsage) || !strings.Contains(err.Error(), "missing.") {
			t.Errorf("err = %v, want a usage error naming the missing file", err)
		}
	}
	o = baseOptions()
	o.SrcMT = fixture("tgt.en") // 7 lines for 6 sentences
	if err := Run(context.Background(), o, nil, &bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), "one line per source sentence") {
		t.Errorf("mismatched SrcMT: err = %v", err)
	}
}

func TestRunOutFile(t *testing.T) {
	o := baseOptions()
	o.Format, o.Version = "tmx", "9.9"
	o.Out = filepath.Join(t.TempDir(), "out.tmx")
	var stdout bytes.Buffer
	if err := Run(context.Background(), o, nil, &stdout); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(o.Out)
	if err != nil {
		t.Fatal(err)
	}
	if stdout.Len() != 0 || !bytes.Contains(data, []byte(`creationtoolversion="9.9"`)) || bytes.Count(data, []byte("<tu ")) != 5 {
		t.Errorf("stdout %q, file\n%s", stdout.String(), data)
	}
	entries, _ := os.ReadDir(filepath.Dir(o.Out))
	if len(entries) != 1 {
		t.Errorf("temporary files left next to the output: %v", entries)
	}
	// A failed job leaves no file behind.
	o.Out = filepath.Join(t.TempDir(), "out.tmx")
	o.Src = fixture("missing.ar")
	if err := Run(context.Background(), o, nil, &stdout); err == nil {
		t.Fatal("missing source: want an error")
	}
	if entries, _ := os.ReadDir(filepath.Dir(o.Out)); len(entries) != 0 {
		t.Errorf("failed job left %v", entries)
	}
}

// Paragraph input is split into sentences before aligning.
func TestRunParagraphs(t *testing.T) {
	dir := t.TempDir()
	src, tgt := filepath.Join(dir, "src.txt"), filepath.Join(dir, "tgt.txt")
	os.WriteFile(src, []byte("The first sentence is here. The second one follows it.\n\nA new paragraph starts.\n"), 0o644)
	os.WriteFile(tgt, []byte("The first sentence is here.\nThe second one follows it.\nA new paragraph starts.\n"), 0o644)
	links := runVecalign(t, Options{Src: src, Tgt: tgt, SrcLang: "en", TgtLang: "en", Format: "vecalign", MaxGroup: 6})
	if err := align.Check(links, 3, 3); err != nil || len(links) != 3 {
		t.Errorf("plain documents should split into 3 sentences each, linked 1-1: %v\n%v", err, links)
	}
}

func TestRunGlossary(t *testing.T) {
	dir := t.TempDir()
	g := filepath.Join(dir, "g.tsv")
	os.WriteFile(g, []byte("ar\ten\nفاس\tFez\nالخط العربي\tArabic calligraphy\n"), 0o644)
	o := baseOptions()
	o.SrcMT, o.Glossary = "", g
	if links := runVecalign(t, o); align.Check(links, 6, 7) != nil {
		t.Errorf("glossary anchors: %v", links)
	}
	os.WriteFile(g, []byte("only one column\n"), 0o644)
	if err := Run(context.Background(), o, nil, &bytes.Buffer{}); !errors.Is(err, ErrUsage) {
		t.Errorf("malformed glossary: err = %v, want ErrUsage", err)
	}
}

func TestValidate(t *testing.T) {
	for name, c := range map[string]func(*Options){
		"format":          func(o *Options) { o.Format = "xml" },
		"min-score":       func(o *Options) { o.MinScore = 2 },
		"negative score":  func(o *Options) { o.MinScore = -0.1 },
		"max-group":       func(o *Options) { o.MaxGroup = 0 },
		"pairs and mt":    func(o *Options) { o.Pairs = "p.tsv" },
		"pairs vecalign":  func(o *Options) { o.Pairs, o.SrcMT = "p.tsv", "" },
		"no source lang":  func(o *Options) { o.SrcLang = "" },
		"no target lang":  func(o *Options) { o.TgtLang = "" },
		"pairs to stdout": func(o *Options) { o.Pairs, o.SrcMT, o.Out = "p.tsv", "", "-" },
	} {
		o := baseOptions()
		c(&o)
		if err := o.Validate(); !errors.Is(err, ErrUsage) {
			t.Errorf("%s: Validate() = %v, want ErrUsage", name, err)
		}
		if err := Run(context.Background(), o, nil, &bytes.Buffer{}); !errors.Is(err, ErrUsage) {
			t.Errorf("%s: Run() = %v, want ErrUsage", name, err)
		}
	}
	o := baseOptions()
	if err := o.Validate(); err != nil {
		t.Errorf("base options: %v", err)
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Run(ctx, baseOptions(), nil, &bytes.Buffer{}); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}
