package main

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/memfs"

	"github.com/tarjama/tarjama/pipeline"
)

// TestRemoteFileSystem reads the inputs from and writes the outputs to a
// Beam file system other than the local one (memfs, in this process, as
// gs:// is on Dataflow): the corpus and docs/ are those of tarjama
// translate over the same files on disk.
func TestRemoteFileSystem(t *testing.T) {
	in := genFolder(t, 60, true)
	err := filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(in, p)
		memfs.Write("memfs://archive/"+filepath.ToSlash(rel), b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	local := filepath.Join(t.TempDir(), "local")
	if code, stderr := runTarjama(t, "translate", in, "--out", local, "--quiet"); code != 3 {
		t.Fatalf("tarjama: exit %d: %s", code, stderr)
	}
	// memfs globs are filepath.Match globs: one per folder depth, all with
	// the fixed prefix memfs://archive/.
	code, stderr := runBeam(t, "--input", "memfs://archive/*/*", "--input", "memfs://archive/*/*/*",
		"--input", "memfs://archive/*/*/*/*", "--output", "memfs://out", "--quiet")
	// (the crawl's pages, culture/crawl.warc/example.org/…, come from one file)
	if code != 3 {
		t.Fatalf("tarjama-beam: exit %d: %s", code, stderr)
	}
	ctx := context.Background()
	mfs := memfs.New(ctx)
	read := func(p string) []byte {
		b, err := filesystem.Read(ctx, mfs, p)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for _, f := range []string{"corpus.jsonl", "corpus.tmx"} {
		want, err := os.ReadFile(filepath.Join(local, f))
		if err != nil {
			t.Fatal(err)
		}
		if got := read("memfs://out/" + f); !bytes.Equal(got, want) {
			t.Errorf("%s differs\n%s", f, firstDiff(want, got))
		}
	}
	docs := tree(t, filepath.Join(local, "docs"))
	var written []string
	for glob := "memfs://out/docs/*"; len(glob) < 60; glob += "/*" { // memfs globs do not cross "/"
		found, err := mfs.List(ctx, glob)
		if err != nil {
			t.Fatal(err)
		}
		written = append(written, found...)
	}
	if len(written) != len(docs) {
		t.Errorf("docs/: %d files, tarjama wrote %d", len(written), len(docs))
	}
	for _, p := range written {
		if want, ok := docs[strings.TrimPrefix(p, "memfs://out/docs/")]; !ok || string(read(p)) != want {
			t.Errorf("%s: not as tarjama wrote it", p)
		}
	}
	rep := readReport(t, "memfs://out")
	if len(rep.Documents) != 1 || rep.Documents[0].Status != pipeline.StatusSkipped || !strings.Contains(rep.Documents[0].Reason, "memfs://archive/sport/corrupt.txt: invalid UTF-8") {
		t.Errorf("the corrupt file is reported as %+v", rep.Documents)
	}
	if shards, _ := mfs.List(ctx, "memfs://out/.tarjama/*/*"); len(shards) != 0 {
		t.Errorf("shards left behind: %q", shards)
	}
}
