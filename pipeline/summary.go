package pipeline

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/tarjama/tarjama/glossary"
)

// WriteSummary writes the run's summary for a person, as `tarjama
// translate` prints it on stderr: the totals, the documents and files
// skipped or failed and why, what resume did, and the glossary's counts.
// outDir and glossaryPath name the output folder and glossary file.
func (r *Report) WriteSummary(w io.Writer, outDir, glossaryPath string) {
	t := r.Totals
	// The counts are report.json's; files passed over while collecting
	// inputs are no documents, so they have their own count, beside the
	// lines that name them below.
	files := ""
	switch n := len(r.Skipped); {
	case n == 1:
		files = " and 1 file skipped"
	case n > 1:
		files = fmt.Sprintf(" and %d files skipped", n)
	}
	dest := "→ " + outDir
	if r.Status == "dry-run" {
		dest = "(nothing written)" // a dry run makes no folder
	}
	fmt.Fprintf(w, "%s: %d documents (%d ok, %d empty, %d skipped, %d failed)%s, %d sentences, %d pairs in %.1fs %s\n",
		r.Status, t.Documents, t.OK, t.Empty, t.Skipped, t.Failed, files, t.Sentences, t.Pairs, r.WallSeconds, dest)
	for _, d := range r.Documents {
		if d.Status == StatusSkipped || d.Status == StatusFailed {
			fmt.Fprintf(w, "  %s %s: %s\n", d.Status, d.Doc, d.Reason)
		}
	}
	for _, s := range r.Skipped {
		fmt.Fprintf(w, "  skipped %s: %s\n", s.Path, s.Reason)
	}
	if res := r.Resume; res != nil {
		res.writeSummary(w, outDir)
	}
	if g := r.Glossary; g != nil {
		fmt.Fprintf(w, "  glossary %s: %d entries, %d terms found, %d repaired, %d missing\n", glossaryPath, g.Entries, g.Hits, g.Repaired, g.Missing)
		if g.Missing > 0 {
			fmt.Fprintf(w, "  glossary: %d of %d terms missing in the output (see report.json)\n", g.Missing, g.Hits)
		}
	}
}

func (r *ResumeReport) writeSummary(w io.Writer, outDir string) {
	if r.SettingsChanged != "" {
		fmt.Fprintf(w, "  settings changed since the last run into %s (%s): its finished documents are redone\n", outDir, r.SettingsChanged)
	}
	switch {
	case r.Unchanged:
		fmt.Fprintf(w, "  unchanged: the inputs and settings are those of the last run into %s; its outputs are left as they are (--fresh starts over)\n", outDir)
	case r.Reused > 0:
		fmt.Fprintf(w, "  resumed: %d documents taken from the earlier run's journal (--fresh starts over)\n", r.Reused)
	}
	for _, why := range slices.Sorted(maps.Keys(r.Redone)) {
		fmt.Fprintf(w, "  redone: %d documents (%s)\n", r.Redone[why], why)
	}
	if n := len(r.Removed); n > 0 {
		names := strings.Join(r.Removed[:min(n, 3)], ", ")
		if n > 3 {
			names += ", … (report.json lists them)"
		}
		fmt.Fprintf(w, "  removed: docs/ translations of %d documents of an earlier run that are no longer inputs: %s\n", n, names)
	}
}

// ConflictWarnings are the warnings about glossary entries that give one
// spelling two targets (only one of them can be applied), at most five
// named, for a person to read before paying for a run: path names the
// file in them.
func ConflictWarnings(path string, g *glossary.Glossary) []string {
	const most = 5
	var out []string
	n := 0
	for _, p := range glossary.Lint(g) {
		if p.Kind != glossary.ProblemConflict {
			continue
		}
		if n++; n <= most {
			out = append(out, fmt.Sprintf("glossary %s:%d: %s", path, p.Line, p.Msg))
		}
	}
	if n > most {
		out = append(out, fmt.Sprintf("glossary %s: %d more conflicts", path, n-most))
	}
	if n > 0 {
		out = append(out, fmt.Sprintf("glossary %s: one spelling with two targets; `tarjama glossary lint` lists every problem", path))
	}
	return out
}
