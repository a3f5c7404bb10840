package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"golang.org/x/text/encoding/charmap"

	"github.com/tarjama/tarjama/beam/beamrun"
	"github.com/tarjama/tarjama/pipeline"
)

func TestMain(m *testing.M) {
	flag.Parse()
	// prism runs in this process, the test binary being its worker.
	beam.Init()
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	os.Exit(m.Run())
}

// testEnv is the environment both runners see: fixed dates, no glossary
// from the environment.
var testEnv = map[string]string{"SOURCE_DATE_EPOCH": "1700000000", "TARJAMA_GLOSSARY": ""}

// runBeam runs tarjama-beam in this process (prism) and returns its exit
// code and stderr.
func runBeam(t testing.TB, args ...string) (int, string) {
	t.Helper()
	fs := flag.NewFlagSet("tarjama-beam", flag.ContinueOnError)
	var stderr bytes.Buffer
	fs.SetOutput(&stderr)
	o := defineFlags(fs)
	if err := fs.Parse(args); err != nil {
		return exitUsage, stderr.String()
	}
	getenv := func(k string) string {
		if v, ok := testEnv[k]; ok {
			return v
		}
		return os.Getenv(k)
	}
	ctx := context.Background()
	err := run(ctx, o, fs, getenv, &stderr)
	return exitCode(ctx, err, &stderr), stderr.String()
}

var tarjama struct {
	once sync.Once
	bin  string
	err  error
}

// runTarjama runs the real `tarjama` command, built once from the root
// module, in a folder of its own (no ./glossary.tsv is picked up).
func runTarjama(t testing.TB, args ...string) (int, string) {
	t.Helper()
	tarjama.once.Do(func() {
		dir, err := os.MkdirTemp("", "tarjama-bin-")
		if err != nil {
			tarjama.err = err
			return
		}
		tarjama.bin = filepath.Join(dir, "tarjama")
		cmd := exec.Command("go", "build", "-o", tarjama.bin, "./cmd/tarjama")
		cmd.Dir = "../../.."
		if out, err := cmd.CombinedOutput(); err != nil {
			tarjama.err = fmt.Errorf("go build ./cmd/tarjama: %v\n%s", err, out)
		}
	})
	if tarjama.err != nil {
		t.Fatal(tarjama.err)
	}
	cmd := exec.Command(tarjama.bin, args...)
	cmd.Dir = t.TempDir()
	cmd.Env = os.Environ()
	for k, v := range testEnv {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if ee := (*exec.ExitError)(nil); errors.As(err, &ee) {
		return ee.ExitCode(), stderr.String()
	} else if err != nil {
		t.Fatal(err)
	}
	return 0, stderr.String()
}

func abs(t testing.TB, p string) string {
	t.Helper()
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// sameOutputs compares the corpus files and the docs/ tree of two output
// folders byte for byte.
func sameOutputs(t *testing.T, local, beam string, corpusFiles ...string) {
	t.Helper()
	for _, f := range corpusFiles {
		a, err := os.ReadFile(filepath.Join(local, f))
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(beam, f))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs: tarjama %d bytes, tarjama-beam %d bytes\n%s", f, len(a), len(b), firstDiff(a, b))
		}
	}
	la, lb := tree(t, filepath.Join(local, "docs")), tree(t, filepath.Join(beam, "docs"))
	if len(la) == 0 {
		t.Fatal("tarjama wrote no docs/")
	}
	for name, a := range la {
		if b, ok := lb[name]; !ok {
			t.Errorf("docs/%s: not written by tarjama-beam", name)
		} else if a != b {
			t.Errorf("docs/%s differs", name)
		}
	}
	for name := range lb {
		if _, ok := la[name]; !ok {
			t.Errorf("docs/%s: written by tarjama-beam only", name)
		}
	}
}

func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-80)
	return fmt.Sprintf("at byte %d:\n  tarjama:      %q\n  tarjama-beam: %q", i, a[lo:min(len(a), i+80)], b[lo:min(len(b), i+80)])
}

func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		t.Fatal(err)
	}
	return out
}

func readReport(t testing.TB, dir string) *pipeline.Report {
	t.Helper()
	rep, err := beamrun.ReadReport(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// readDocuments reads documents.jsonl, every document's entry.
func readDocuments(t testing.TB, dir string) []pipeline.DocReport {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, pipeline.DocumentsName))
	if err != nil {
		t.Fatal(err)
	}
	var out []pipeline.DocReport
	dec := json.NewDecoder(bytes.NewReader(b))
	for dec.More() {
		var d pipeline.DocReport
		if err := dec.Decode(&d); err != nil {
			t.Fatal(err)
		}
		out = append(out, d)
	}
	return out
}

// sentences are the test's own Arabic sentences (testdata/sentences_ar.txt).
func sentences(t testing.TB) []string {
	t.Helper()
	b, err := os.ReadFile("testdata/sentences_ar.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

// genFolder writes n articles made of the test's sentences into a new
// folder, in sub-folders, with every kind of input the walker reads or
// passes over: plain UTF-8, a BOM, CRLF line ends, Windows-1256, HTML, an
// empty file, an unsupported file type, and (when bad is set) one file
// whose bytes are neither UTF-8 nor Windows-1256 Arabic.
func genFolder(t testing.TB, n int, bad bool) string {
	t.Helper()
	return generate(t, n, bad, false)
}

// genUnique is genFolder with every sentence made unique (a number in
// it), so that no translation cache or deduplication saves a request.
func genUnique(t testing.TB, n int) string {
	t.Helper()
	return generate(t, n, false, true)
}

func generate(t testing.TB, n int, bad, unique bool) string {
	t.Helper()
	dir := t.TempDir()
	sents := sentences(t)
	rng := rand.New(rand.NewSource(int64(n)))
	write := func(name string, data []byte) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sections := []string{"local", "economy/markets", "sport", "culture/books/fairs"}
	for i := 0; i < n; i++ {
		var paras []string
		for p := 0; p < 2+rng.Intn(5); p++ {
			var ss []string
			for s := 0; s < 1+rng.Intn(4); s++ {
				sent := sents[rng.Intn(len(sents))]
				if unique {
					sent = fmt.Sprintf("في الخبر %d-%d-%d: %s", i, p, s, sent)
				}
				ss = append(ss, sent)
			}
			if rng.Intn(6) == 0 {
				ss = append(ss, fmt.Sprintf("وبلغ عدد المشاركين %d شخصاً.", rng.Intn(5000)))
			}
			paras = append(paras, strings.Join(ss, " "))
		}
		name := fmt.Sprintf("%s/article-%04d", sections[i%len(sections)], i)
		text := strings.Join(paras, "\n") + "\n"
		switch {
		case i%17 == 5:
			var h strings.Builder
			h.WriteString("<html><head><title>خبر</title></head><body>")
			for _, p := range paras {
				h.WriteString("<p>" + p + "</p>\n")
			}
			h.WriteString("</body></html>\n")
			write(name+".html", []byte(h.String()))
		case i%23 == 7:
			enc, err := charmap.Windows1256.NewEncoder().String(text)
			if err != nil {
				t.Fatal(err)
			}
			write(name+".txt", []byte(enc))
		case i%29 == 3:
			write(name+".txt", append([]byte{0xEF, 0xBB, 0xBF}, strings.ReplaceAll(text, "\n", "\r\n")...))
		default:
			write(name+".txt", []byte(text))
		}
	}
	write("local/empty.txt", nil)
	write("local/photo.jpg", []byte{0xFF, 0xD8, 0xFF, 0xE0})
	if bad {
		// A crawl: one document per HTML page, one image record passed over.
		write("culture/crawl.warc", warcOf(map[string]string{
			"http://example.org/news/one.html": "<html><head><title>خبر</title></head><body><article><p>" + sents[3] + " " + sents[4] + "</p></article></body></html>",
			"http://example.org/news/two.html": "<html><head><title>خبر آخر</title></head><body><article><p>" + sents[9] + "</p></article></body></html>",
			"http://example.org/logo.png":      "\x89PNG",
		}))
		// Valid UTF-8 Arabic with a few corrupt bytes in the middle.
		b := []byte(sents[0] + "\n" + sents[1] + "\n")
		b = append(b[:10:10], append([]byte{0xC3, 0x28, 0xA0}, b[10:]...)...)
		write("sport/corrupt.txt", b)
	}
	return dir
}

// warcOf builds a WARC 1.0 file with one HTTP response record per URL, in
// URL order; a .png URL is served as an image.
func warcOf(pages map[string]string) []byte {
	var urls []string
	for u := range pages {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	var b strings.Builder
	for i, u := range urls {
		ctype := "text/html; charset=utf-8"
		if strings.HasSuffix(u, ".png") {
			ctype = "image/png"
		}
		body := pages[u]
		payload := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", ctype, len(body), body)
		fmt.Fprintf(&b, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-%012d>\r\n"+
			"WARC-Date: 2026-12-01T12:00:00Z\r\nWARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\n"+
			"Content-Length: %d\r\n\r\n%s\r\n\r\n", i+1, u, len(payload), payload)
	}
	return []byte(b.String())
}

// TestSamplesSameAsTranslate: on the samples, with the sample glossary
// and every corpus format, both runners write the same bytes.
func TestSamplesSameAsTranslate(t *testing.T) {
	for _, unit := range []string{"sentence", "paragraph"} {
		t.Run(unit, func(t *testing.T) {
			dir := t.TempDir()
			local, beamOut := filepath.Join(dir, "local"), filepath.Join(dir, "beam")
			in, gloss := abs(t, "../../../samples/articles"), abs(t, "../../../samples/glossary.tsv")
			if code, stderr := runTarjama(t, "translate", in, "--out", local, "--glossary", gloss,
				"--format", "tmx,jsonl,moses,tsv", "--unit", unit, "--quiet"); code != 0 {
				t.Fatalf("tarjama: exit %d: %s", code, stderr)
			}
			if code, stderr := runBeam(t, "--input", in, "--output", beamOut, "--glossary", gloss,
				"--format", "tmx,jsonl,moses,tsv", "--unit", unit, "--quiet"); code != 0 {
				t.Fatalf("tarjama-beam: exit %d: %s", code, stderr)
			}
			sameOutputs(t, local, beamOut, "corpus.tmx", "corpus.jsonl", "corpus.ar", "corpus.en", "corpus.tsv", pipeline.DocumentsName)
			rep := readReport(t, beamOut)
			if rep.Status != "complete" || rep.Glossary == nil || rep.Glossary.Hits == 0 {
				t.Errorf("report: status %s, glossary %+v", rep.Status, rep.Glossary)
			}
		})
	}
}

// TestGeneratedFolderSameAsTranslate runs both runners over a few hundred
// generated articles, one of them undecodable: both report it, write the
// others identically and exit 3.
func TestGeneratedFolderSameAsTranslate(t *testing.T) {
	in := genFolder(t, 300, true)
	for _, unit := range []string{"sentence", "paragraph"} {
		t.Run(unit, func(t *testing.T) {
			dir := t.TempDir()
			local, beamOut := filepath.Join(dir, "local"), filepath.Join(dir, "beam")
			if code, stderr := runTarjama(t, "translate", in, "--out", local, "--unit", unit, "--quiet"); code != 3 {
				t.Fatalf("tarjama: exit %d, want 3: %s", code, stderr)
			}
			code, stderr := runBeam(t, "--input", in, "--output", beamOut, "--unit", unit, "--shards", "7")
			if code != 3 {
				t.Fatalf("tarjama-beam: exit %d, want 3: %s", code, stderr)
			}
			sameOutputs(t, local, beamOut, "corpus.tmx", "corpus.jsonl", pipeline.DocumentsName)
			lrep, brep := readReport(t, local), readReport(t, beamOut)
			if lrep.Totals != brep.Totals {
				t.Errorf("totals: tarjama %+v, tarjama-beam %+v", lrep.Totals, brep.Totals)
			}
			if len(brep.Documents) != len(lrep.Documents) {
				t.Fatalf("report lists %d documents, tarjama's %d", len(brep.Documents), len(lrep.Documents))
			}
			for i, d := range brep.Documents {
				if l := lrep.Documents[i]; d.Doc != l.Doc || d.Status != l.Status || d.Encoding != l.Encoding || d.Reason != l.Reason {
					t.Errorf("document %d: tarjama-beam %+v, tarjama %+v", i, d, l)
				}
			}
			if len(brep.Documents) != 1 || brep.DocumentsFile != pipeline.DocumentsName {
				t.Errorf("report.json lists %d documents (want the one that needs attention), file %q", len(brep.Documents), brep.DocumentsFile)
			}
			var corrupt *pipeline.DocReport
			for i, d := range brep.Documents {
				if d.Doc == "sport/corrupt.txt" {
					corrupt = &brep.Documents[i]
				}
			}
			if corrupt == nil || corrupt.Status != pipeline.StatusSkipped || !strings.Contains(corrupt.Reason, "invalid UTF-8") {
				t.Errorf("the corrupt file is reported as %+v", corrupt)
			}
			if !strings.Contains(stderr, "skipped sport/corrupt.txt") {
				t.Errorf("the summary does not name the corrupt file:\n%s", stderr)
			}
			if !reflect.DeepEqual(brep.Inputs, lrep.Inputs) || brep.Inputs["warc"].HTMLPages != 2 {
				t.Errorf("inputs: tarjama-beam %+v, tarjama %+v", brep.Inputs, lrep.Inputs)
			}
			if brep.Totals.OK != 302 || len(brep.Skipped) != 1 {
				t.Errorf("totals %+v, skipped %+v", brep.Totals, brep.Skipped)
			}
		})
	}
}
