package beamrun

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/tarjama/tarjama/input"
)

// ErrNoInput is returned for an --input that names no file at all.
var ErrNoInput = errors.New("no such file or directory")

// IsRemote reports whether p names a file on a Beam file system other than
// the local one ("gs://bucket/…", "s3://…", "memfs://…").
func IsRemote(p string) bool { return strings.Contains(p, "://") }

// HasGlob reports whether p holds a wildcard (*, ? or [).
func HasGlob(p string) bool { return strings.ContainsAny(p, "*?[") }

// FixedPrefix is the part of a glob that names a folder whatever the
// wildcards match: everything before the first wildcard, cut after its
// last slash ("gs://b/news/2024-*/*.html" → "gs://b/news/"). Documents a
// glob matches are named by their path relative to it.
func FixedPrefix(glob string) string {
	i := strings.IndexAny(glob, "*?[")
	if i < 0 {
		i = len(glob)
	}
	fixed := glob[:i]
	sep := strings.LastIndexByte(fixed, '/')
	if !IsRemote(glob) && filepath.Separator != '/' {
		sep = max(sep, strings.LastIndexByte(fixed, filepath.Separator))
	}
	return fixed[:sep+1]
}

// nameUnder names the file p matched by a glob with the given fixed prefix.
func nameUnder(prefix, p string) string {
	rel := strings.TrimPrefix(p, prefix)
	if !IsRemote(p) {
		rel = filepath.ToSlash(rel)
	}
	return input.SafeName(rel)
}

// CheckInputs refuses, before a job starts, local inputs that do not
// exist (a usage error, as for `tarjama translate`). Remote inputs and
// globs are matched on the workers.
func CheckInputs(inputs []string) error {
	if len(inputs) == 0 {
		return fmt.Errorf("no --input given: %w", ErrNoInput)
	}
	for _, in := range inputs {
		if IsRemote(in) || HasGlob(in) {
			continue
		}
		if _, err := os.Stat(in); err != nil {
			return fmt.Errorf("input %s: %w", in, ErrNoInput)
		}
	}
	return nil
}

// Match expands inputs into documents sorted by name, with the files it
// passed over. Local paths without wildcards are collected exactly as
// `tarjama translate` collects its INPUTs (input.Collect: folders walked
// for the known extensions, links followed, duplicates read once). A glob
// is listed through Beam's file system for its scheme; its matches are
// named relative to its fixed prefix and, like the files of a walked
// folder, kept only when they have a known extension. A remote path
// without wildcards names one file. Names shared by different inputs get
// the local runner's "~2" suffixes.
func Match(ctx context.Context, inputs []string) ([]input.Doc, []input.Skipped, error) {
	var local, other []string
	for _, in := range inputs {
		if IsRemote(in) || HasGlob(in) {
			other = append(other, in)
		} else {
			local = append(local, in)
		}
	}
	var docs []input.Doc
	var skipped []input.Skipped
	if len(local) > 0 {
		d, s, err := input.Collect(local)
		if err != nil {
			return nil, nil, err
		}
		docs, skipped = d, s
	}
	seen := map[string]bool{}
	for _, d := range docs {
		seen[d.Path] = true
	}
	for _, glob := range other {
		d, s, err := matchGlob(ctx, glob)
		if err != nil {
			return nil, nil, err
		}
		skipped = append(skipped, s...)
		for _, doc := range d {
			if seen[doc.Path] {
				skipped = append(skipped, input.Skipped{Path: doc.Path, Reason: input.ReasonAlreadyRead + " " + doc.Path})
				continue
			}
			seen[doc.Path] = true
			docs = append(docs, doc)
		}
	}
	if len(other) > 0 {
		// input.Collect sorted and disambiguated its own documents;
		// do it again over the whole set.
		docs = input.UniqueNames(docs)
		sort.SliceStable(docs, func(i, j int) bool { return docs[i].Name < docs[j].Name })
	}
	return docs, skipped, nil
}

// matchGlob lists one glob, or one remote file.
func matchGlob(ctx context.Context, glob string) ([]input.Doc, []input.Skipped, error) {
	fs, err := filesystem.New(ctx, glob)
	if err != nil {
		return nil, nil, fmt.Errorf("input %s: %w", glob, err)
	}
	defer fs.Close()
	if !HasGlob(glob) {
		// One remote file, read whatever its extension.
		if _, err := fs.Size(ctx, glob); err != nil {
			return nil, []input.Skipped{{Path: glob, Reason: err.Error()}}, nil
		}
		return []input.Doc{{Name: input.SafeName(path.Base(glob)), Path: glob}}, nil, nil
	}
	paths, err := fs.List(ctx, glob)
	if err != nil {
		return nil, nil, fmt.Errorf("input %s: %w", glob, err)
	}
	if len(paths) == 0 {
		return nil, []input.Skipped{{Path: glob, Reason: "no file matches"}}, nil
	}
	slices.Sort(paths)
	prefix := FixedPrefix(glob)
	var docs []input.Doc
	var skipped []input.Skipped
	for _, p := range paths {
		if !IsRemote(p) {
			st, err := os.Stat(p)
			if err != nil {
				skipped = append(skipped, input.Skipped{Path: p, Reason: err.Error()})
				continue
			}
			if st.IsDir() {
				continue // a glob's folder: name the files in it with a glob that reaches them
			}
		}
		if !input.HasExtension(p) {
			skipped = append(skipped, input.Skipped{Path: p, Reason: "not a supported file type (" + strings.Join(input.Extensions, ", ") + ")"})
			continue
		}
		docs = append(docs, input.Doc{Name: nameUnder(prefix, p), Path: p})
	}
	return docs, skipped, nil
}
