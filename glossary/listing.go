package glossary

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// Listing formats of WriteList.
const (
	ListTable = "table" // aligned columns for people
	ListTSV   = "tsv"   // the glossary file's format, without its comments
	ListJSON  = "json"  // an indented array of EntryJSON
)

// EntryJSON is how WriteList shows an entry in JSON.
type EntryJSON struct {
	Source     string   `json:"source"`
	Target     string   `json:"target"`
	Note       string   `json:"note,omitempty"`
	Variants   []string `json:"variants,omitempty"`
	IgnoreCase bool     `json:"ignore_case,omitempty"`
	Article    string   `json:"article,omitempty"`
	Line       int      `json:"line,omitempty"`
}

// WriteList writes the entries of g in a listing format.
func WriteList(w io.Writer, g *Glossary, format string) error {
	switch format {
	case ListJSON:
		list := make([]EntryJSON, 0, len(g.Entries))
		for _, e := range g.Entries {
			list = append(list, EntryJSON{e.Source, e.Target, e.Note, e.Variants, e.IgnoreCase, e.Article.String(), e.Line})
		}
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(list)
	case ListTSV:
		plain := New(g.SrcLang, g.TgtLang)
		plain.Entries = g.Entries
		return plain.Write(w)
	case ListTable:
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintf(tw, "LINE\t%s\t%s\tVARIANTS\tCASE\tNOTE\n", strings.ToUpper(g.SrcLang), strings.ToUpper(g.TgtLang))
		for _, e := range g.Entries {
			c := "exact"
			if e.IgnoreCase {
				c = "ignore"
			}
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", e.Line, e.Source, e.Target, strings.Join(e.Variants, "|"), c, e.Note)
		}
		return tw.Flush()
	}
	return fmt.Errorf("unknown listing format %q (known: %s, %s, %s)", format, ListTable, ListTSV, ListJSON)
}

// Match output formats of WriteMatches.
const (
	MatchText  = "text"  // one line per match: offsets, surface, prefix+source → target, file:line
	MatchJSONL = "jsonl" // one MatchJSON object per line
)

// MatchJSON is how WriteMatches shows a match in JSON.
type MatchJSON struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Surface string `json:"surface"`
	Prefix  string `json:"prefix,omitempty"`
	Source  string `json:"source"`
	Target  string `json:"target"`
	Line    int    `json:"entry_line,omitempty"`
}

// WriteMatches writes matches in a match output format; file names the
// glossary in the text format's "(file:line)".
func WriteMatches(w io.Writer, matches []Match, format, file string) error {
	if format != MatchText && format != MatchJSONL {
		return fmt.Errorf("unknown match format %q (known: %s, %s)", format, MatchText, MatchJSONL)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, mt := range matches {
		e := mt.Entry
		if format == MatchJSONL {
			if err := enc.Encode(MatchJSON{mt.Start, mt.End, mt.Surface, mt.Prefix, e.Source, e.Target, e.Line}); err != nil {
				return err
			}
			continue
		}
		prefix, where := "", ""
		if mt.Prefix != "" {
			prefix = mt.Prefix + "+"
		}
		if e.Line > 0 {
			where = fmt.Sprintf("\t(%s:%d)", file, e.Line)
		}
		if _, err := fmt.Fprintf(w, "%d-%d\t%s\t%s%s → %s%s\n", mt.Start, mt.End, mt.Surface, prefix, e.Source, e.Target, where); err != nil {
			return err
		}
	}
	return nil
}
