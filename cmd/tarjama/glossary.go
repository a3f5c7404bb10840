package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/glossary"
	"github.com/tarjama/tarjama/input"
	"github.com/urfave/cli/v2"
)

// glossaryOptions are the flags and arguments of `tarjama glossary …`.
type glossaryOptions struct {
	Action     string   // add, remove, list, import, export, lint, match, check
	Path       string   // the glossary file (already resolved, see glossaryPath)
	Args       []string // positional arguments of the action
	Note       string   // add
	Variants   []string // add
	IgnoreCase bool     // add: the target may appear in any letter case
	Format     string   // list, import, export, match
	Replace    bool     // import
	Pairs      bool     // export --format csv: unidirectional pairs, no header
}

// glossaryPath picks the glossary file: the flag, else $TARJAMA_GLOSSARY,
// else ./glossary.tsv.
func glossaryPath(flag string, getenv func(string) string) string {
	if flag != "" {
		return flag
	}
	if p := getenv("TARJAMA_GLOSSARY"); p != "" {
		return p
	}
	return "glossary.tsv"
}

func glossaryCommand() *cli.Command {
	pathFlag := &cli.StringFlag{
		Name: "glossary", Aliases: []string{"g"},
		Usage: "glossary file (default: $TARJAMA_GLOSSARY, else ./glossary.tsv)",
	}
	sub := func(name, usage, argsUsage, desc string, flags []cli.Flag, fill func(glossaryFlags, *glossaryOptions)) *cli.Command {
		return &cli.Command{
			Name: name, Usage: usage, ArgsUsage: argsUsage, Description: desc,
			Flags: append([]cli.Flag{pathFlag}, flags...),
			Action: func(c *cli.Context) error {
				fv, args := glossaryFlags{c}, c.Args().Slice()
				opts := glossaryOptions{
					Action: name,
					Path:   glossaryPath(fv.String("glossary"), os.Getenv),
					Args:   args,
				}
				if fill != nil {
					fill(fv, &opts)
				}
				return runGlossary(c.Context, opts, c.App.Reader, c.App.Writer, c.App.ErrWriter)
			},
		}
	}
	formatFlag := func(def, values string) *cli.StringFlag {
		return &cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: def, Usage: values}
	}
	return &cli.Command{
		Name:  "glossary",
		Usage: "manage the glossary of names and terms that translations must respect",
		Description: `The glossary is a TSV file: a header row of language codes (ar<TAB>en),
optional columns note, variants (extra source spellings, |-separated) and
case (exact or ignore), one term per line; # starts a comment. Terms are
found however they are written: with clitics (و ف ب ك ل س, لل), with or
without the article, with diacritics, tatweel or other hamza, ya and ta
marbuta spellings.

The file is --glossary, else $TARJAMA_GLOSSARY, else ./glossary.tsv. Edits
keep its order and comments, are atomic and are serialised by a lock file,
so concurrent adds never lose an entry.`,
		Flags: []cli.Flag{pathFlag},
		Action: func(c *cli.Context) error {
			if c.Args().Present() {
				return usageErrorf("glossary: unknown command %q (see tarjama glossary --help)", c.Args().First())
			}
			return cli.ShowSubcommandHelp(c)
		},
		Subcommands: []*cli.Command{
			sub("add", "add a term (or more spellings and a note to an existing one)", "AR EN",
				"Adds AR → EN. If AR (or a spelling equal to it after normalisation) is\nalready there with the same target, the new variants and note are added to it;\nwith a different target nothing changes and the exit status is 1.",
				[]cli.Flag{
					&cli.StringFlag{Name: "note", Aliases: []string{"n"}, Usage: "free-text note"},
					&cli.StringSliceFlag{Name: "variant", Usage: "extra source spelling (repeatable)"},
					&cli.BoolFlag{Name: "ignore-case", Usage: "accept the target in any letter case"},
				},
				func(c glossaryFlags, o *glossaryOptions) {
					o.Note, o.Variants, o.IgnoreCase = c.String("note"), c.StringSlice("variant"), c.Bool("ignore-case")
				}),
			sub("remove", "remove a term, or one variant spelling of it", "AR",
				"Removes the entry whose source is AR. If AR is only a variant spelling of an\nentry, just that spelling is removed.", nil, nil),
			sub("list", "list the terms", "", "",
				[]cli.Flag{formatFlag("table", "output format: table, tsv or json")},
				func(c glossaryFlags, o *glossaryOptions) { o.Format = c.String("format") }),
			sub("import", "merge terms from another glossary file", "FILE",
				`Merges FILE ("-" for standard input) into the glossary. Known terms gain new
variant spellings and notes; a term whose target differs is reported and left
as it is, unless --replace is given (exit status 3 when any conflict was left).
--format defaults from the extension: .csv is a Google Cloud Translation
glossary (equivalent term sets with a language-code header, or unidirectional
source,target rows), .tbx or .xml is TBX (TBX-Basic or TBX v3), else tsv.`,
				[]cli.Flag{
					formatFlag("", "input format: tsv, csv or tbx (default: from the extension)"),
					&cli.BoolFlag{Name: "replace", Usage: "let the file's target replace a conflicting one"},
				},
				func(c glossaryFlags, o *glossaryOptions) { o.Format, o.Replace = c.String("format"), c.Bool("replace") }),
			sub("export", "write the glossary in another format to standard output", "",
				`tsv is the glossary file itself. csv is a Google Cloud Translation
equivalent-term-set glossary (header of language codes, variant spellings as
extra rows); with --unidirectional, a unidirectional one (source,target rows,
no header). tbx is TBX-Basic.`,
				[]cli.Flag{
					formatFlag("tsv", "output format: tsv, csv or tbx"),
					&cli.BoolFlag{Name: "unidirectional", Usage: "csv: unidirectional source,target pairs without a header"},
				},
				func(c glossaryFlags, o *glossaryOptions) {
					o.Format, o.Pairs = c.String("format"), c.Bool("unidirectional")
				}),
			sub("lint", "find duplicates, conflicts, empty sides and terms hidden by longer ones", "",
				"Prints one problem per line (FILE:LINE: kind: message); exit status 1 if any.", nil, nil),
			sub("match", "show every term found in a text", "[FILE|-]",
				`Reads FILE (standard input if none or "-") and prints each match: byte
offsets [start, end) in the input, the text as written, the clitic prefix, and
the entry (source → target, glossary line). --format jsonl writes one object
per match instead. Windows-1256 and UTF-16 text is decoded as translate
decodes it; the offsets are then in the decoded UTF-8 text.`,
				[]cli.Flag{formatFlag("text", "output format: text or jsonl")},
				func(c glossaryFlags, o *glossaryOptions) { o.Format = c.String("format") }),
			sub("check", "list corpus pairs whose translation misses a glossary term", "CORPUS",
				`Reads CORPUS (corpus.jsonl, corpus.tmx, or an output folder of translate)
and lists every pair whose source has a term and whose target lacks the
term's translation. Exit status 1 if there is any, 2 if CORPUS or the glossary
cannot be read.`, nil, nil),
		},
	}
}

// glossaryFlags reads a subcommand's flags. --glossary is defined on both
// `glossary` and its subcommands: the innermost one given wins. (Flags
// after the positional arguments are moved in front by flagsFirst in main.)
type glossaryFlags struct{ c *cli.Context }

func (fv glossaryFlags) String(name string) string {
	for _, c := range fv.c.Lineage() {
		if c.Command != nil && c.IsSet(name) {
			if v := c.String(name); v != "" {
				return v
			}
		}
	}
	return fv.c.String(name)
}

func (fv glossaryFlags) Bool(name string) bool            { return fv.c.Bool(name) }
func (fv glossaryFlags) StringSlice(name string) []string { return fv.c.StringSlice(name) }

func runGlossary(ctx context.Context, opts glossaryOptions, stdin io.Reader, stdout, stderr io.Writer) error {
	switch opts.Action {
	case "add":
		return glossaryAdd(ctx, opts, stderr)
	case "remove":
		return glossaryRemove(ctx, opts, stderr)
	case "list":
		return glossaryList(opts, stdout)
	case "import":
		return glossaryImport(ctx, opts, stdin, stderr)
	case "export":
		return glossaryExport(opts, stdout)
	case "lint":
		return glossaryLint(opts, stdout, stderr)
	case "match":
		return glossaryMatch(opts, stdin, stdout, stderr)
	case "check":
		return glossaryCheck(ctx, opts, stdout, stderr)
	}
	return usageErrorf("glossary: unknown action %q", opts.Action)
}

// glossaryLoadFile reads the glossary for a read-only action. A malformed or
// missing file is a usage error (exit 2), as it is for translate, so that exit
// 1 of lint and check keeps its meaning (problems found).
func glossaryLoadFile(path string) (*glossary.Glossary, error) {
	g, err := glossary.Load(path)
	var pe *glossary.ParseError
	switch {
	case errors.As(err, &pe):
		return nil, usageError{err}
	case errors.Is(err, fs.ErrNotExist):
		return nil, usageErrorf("glossary %s does not exist (create it with `tarjama glossary add AR EN`, or point --glossary or TARJAMA_GLOSSARY at one)", path)
	case err != nil:
		return nil, fmt.Errorf("glossary: %w", err)
	}
	return g, nil
}

// glossaryEditFile runs fn on the glossary under its lock and saves it.
func glossaryEditFile(ctx context.Context, path string, fn func(*glossary.Glossary) error) error {
	err := glossary.Edit(ctx, path, fn)
	var pe *glossary.ParseError
	if errors.As(err, &pe) {
		return usageError{err}
	}
	return err
}

func glossaryWantArgs(opts glossaryOptions, n int, usage string) error {
	if len(opts.Args) != n {
		return usageErrorf("glossary %s: want %s, got %d argument(s)", opts.Action, usage, len(opts.Args))
	}
	return nil
}

func glossaryAdd(ctx context.Context, opts glossaryOptions, stderr io.Writer) error {
	if err := glossaryWantArgs(opts, 2, "AR EN"); err != nil {
		return err
	}
	e := glossary.Entry{
		Source:     strings.TrimSpace(opts.Args[0]),
		Target:     strings.TrimSpace(opts.Args[1]),
		Note:       strings.TrimSpace(opts.Note),
		IgnoreCase: opts.IgnoreCase,
	}
	for _, v := range opts.Variants {
		if v = strings.TrimSpace(v); v != "" {
			e.Variants = append(e.Variants, v)
		}
	}
	if e.Source == "" || e.Target == "" {
		return usageErrorf("glossary add: source and target must not be empty")
	}
	if glossary.Normalize(e.Source) == "" {
		return usageErrorf("glossary add: %q has no letters or digits to match", e.Source)
	}
	if err := e.Validate(); err != nil {
		return usageErrorf("glossary add: %v", err)
	}
	var msg string
	err := glossaryEditFile(ctx, opts.Path, func(g *glossary.Glossary) error {
		one := glossary.New(g.SrcLang, g.TgtLang)
		one.Add(e)
		res, err := g.Merge(one, false)
		if err != nil {
			return err
		}
		switch {
		case len(res.Conflicts) > 0:
			c := res.Conflicts[0]
			return fmt.Errorf("glossary add: %q is already in %s as %q → %q; remove it first to change its target",
				e.Source, opts.Path, c.Existing.Source, c.Existing.Target)
		case res.Added > 0:
			msg = fmt.Sprintf("added %s → %s", e.Source, e.Target)
			return nil
		}
		// Already there with this target: Merge added new spellings and
		// filled an empty note; a note or case rule given here wins.
		changed := res.Updated > 0
		for _, s := range e.Sources() {
			if i := g.Index(s); i >= 0 {
				ex := &g.Entries[i]
				if e.Note != "" && ex.Note != e.Note {
					ex.Note, changed = e.Note, true
				}
				if e.IgnoreCase && !ex.IgnoreCase {
					ex.IgnoreCase, changed = true, true
				}
				break
			}
		}
		if changed {
			msg = fmt.Sprintf("updated %s → %s", e.Source, e.Target)
		} else {
			msg = fmt.Sprintf("%s → %s is already there", e.Source, e.Target)
		}
		return nil
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "%s: %s\n", opts.Path, msg)
	return nil
}

func glossaryRemove(ctx context.Context, opts glossaryOptions, stderr io.Writer) error {
	if err := glossaryWantArgs(opts, 1, "AR"); err != nil {
		return err
	}
	src := strings.TrimSpace(opts.Args[0])
	if _, err := os.Stat(opts.Path); err != nil {
		return fmt.Errorf("glossary remove: %w", err)
	}
	var msg string
	err := glossaryEditFile(ctx, opts.Path, func(g *glossary.Glossary) error {
		key := glossary.Normalize(src)
		for i := range g.Entries {
			e := &g.Entries[i]
			if glossary.Normalize(e.Source) == key {
				msg = fmt.Sprintf("removed %s → %s", e.Source, e.Target)
				g.Remove(i)
				return nil
			}
		}
		for i := range g.Entries {
			e := &g.Entries[i]
			for k, v := range e.Variants {
				if glossary.Normalize(v) == key {
					msg = fmt.Sprintf("removed the spelling %s from %s → %s", v, e.Source, e.Target)
					e.Variants = append(e.Variants[:k:k], e.Variants[k+1:]...)
					return nil
				}
			}
		}
		return fmt.Errorf("glossary remove: %q is not in %s", src, opts.Path)
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "%s: %s\n", opts.Path, msg)
	return nil
}

// glossaryJSONEntry is how list --format json shows an entry.
type glossaryJSONEntry struct {
	Source     string   `json:"source"`
	Target     string   `json:"target"`
	Note       string   `json:"note,omitempty"`
	Variants   []string `json:"variants,omitempty"`
	IgnoreCase bool     `json:"ignore_case,omitempty"`
	Line       int      `json:"line,omitempty"`
}

func glossaryList(opts glossaryOptions, stdout io.Writer) error {
	if err := glossaryWantArgs(opts, 0, "no arguments"); err != nil {
		return err
	}
	switch opts.Format {
	case "table", "tsv", "json":
	default:
		return usageErrorf("glossary list: --format must be table, tsv or json, not %q", opts.Format)
	}
	g, err := glossaryLoadFile(opts.Path)
	if err != nil {
		return err
	}
	switch opts.Format {
	case "json":
		list := make([]glossaryJSONEntry, 0, len(g.Entries))
		for _, e := range g.Entries {
			list = append(list, glossaryJSONEntry{e.Source, e.Target, e.Note, e.Variants, e.IgnoreCase, e.Line})
		}
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(list)
	case "tsv":
		plain := glossary.New(g.SrcLang, g.TgtLang)
		plain.Entries = g.Entries
		return plain.Write(stdout)
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "LINE\t%s\t%s\tVARIANTS\tCASE\tNOTE\n", strings.ToUpper(g.SrcLang), strings.ToUpper(g.TgtLang))
	for _, e := range g.Entries {
		c := "exact"
		if e.IgnoreCase {
			c = "ignore"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", e.Line, e.Source, e.Target, strings.Join(e.Variants, "|"), c, e.Note)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	return nil
}

func glossaryImport(ctx context.Context, opts glossaryOptions, stdin io.Reader, stderr io.Writer) error {
	if err := glossaryWantArgs(opts, 1, "FILE"); err != nil {
		return err
	}
	file := opts.Args[0]
	format := strings.ToLower(opts.Format)
	if format == "" {
		switch strings.ToLower(filepath.Ext(file)) {
		case ".csv":
			format = glossary.FormatCSV
		case ".tbx", ".xml":
			format = glossary.FormatTBX
		default:
			format = glossary.FormatTSV
		}
	}
	switch format {
	case glossary.FormatTSV, glossary.FormatCSV, glossary.FormatTBX:
	default:
		return usageErrorf("glossary import: --format must be tsv, csv or tbx, not %q", opts.Format)
	}
	var data []byte
	var err error
	if file == "-" {
		data, err = io.ReadAll(stdin)
	} else {
		data, err = os.ReadFile(file)
	}
	if err != nil {
		return fmt.Errorf("glossary import: %w", err)
	}
	var res glossary.MergeResult
	err = glossaryEditFile(ctx, opts.Path, func(g *glossary.Glossary) error {
		var in *glossary.Glossary
		var err error
		r := strings.NewReader(string(data))
		switch format {
		case glossary.FormatCSV:
			in, err = glossary.ReadCSV(r, file, g.SrcLang, g.TgtLang)
		case glossary.FormatTBX:
			in, err = glossary.ReadTBX(r, file, g.SrcLang, g.TgtLang)
		default:
			in, err = glossary.Parse(r, file)
		}
		if err != nil {
			return err
		}
		res, err = g.Merge(in, opts.Replace)
		if err != nil {
			return usageErrorf("glossary import: %s: %v", file, err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, c := range res.Replaced {
		fmt.Fprintf(stderr, "replaced: %s → %q (was %q)\n", c.Existing.Source, c.Incoming.Target, c.Existing.Target)
	}
	for _, c := range res.Conflicts {
		fmt.Fprintf(stderr, "conflict: %s → %q kept; %s says %q → %q (use --replace to take it)\n",
			c.Existing.Source, c.Existing.Target, file, c.Incoming.Source, c.Incoming.Target)
	}
	fmt.Fprintf(stderr, "%s: %d added, %d updated, %d unchanged, %d replaced, %d conflicts\n",
		opts.Path, res.Added, res.Updated, res.Unchanged, len(res.Replaced), len(res.Conflicts))
	if len(res.Conflicts) > 0 {
		return fmt.Errorf("glossary import: %d conflicting entries left as they were: %w", len(res.Conflicts), errPartial)
	}
	return nil
}

func glossaryExport(opts glossaryOptions, stdout io.Writer) error {
	if err := glossaryWantArgs(opts, 0, "no arguments"); err != nil {
		return err
	}
	format := strings.ToLower(opts.Format)
	switch format {
	case glossary.FormatTSV, glossary.FormatCSV, glossary.FormatTBX:
	default:
		return usageErrorf("glossary export: --format must be tsv, csv or tbx, not %q", opts.Format)
	}
	g, err := glossaryLoadFile(opts.Path)
	if err != nil {
		return err
	}
	if opts.Pairs && format != glossary.FormatCSV {
		return usageErrorf("glossary export: --unidirectional applies to --format csv only")
	}
	switch format {
	case glossary.FormatCSV:
		if opts.Pairs {
			return glossary.WriteCSVPairs(stdout, g)
		}
		return glossary.WriteCSV(stdout, g)
	case glossary.FormatTBX:
		return glossary.WriteTBX(stdout, g)
	}
	return g.Write(stdout)
}

func glossaryLint(opts glossaryOptions, stdout, stderr io.Writer) error {
	if err := glossaryWantArgs(opts, 0, "no arguments"); err != nil {
		return err
	}
	g, err := glossaryLoadFile(opts.Path)
	if err != nil {
		return err
	}
	problems := glossary.Lint(g)
	for _, p := range problems {
		if p.Line > 0 {
			fmt.Fprintf(stdout, "%s:%d: %s: %s\n", opts.Path, p.Line, p.Kind, p.Msg)
		} else {
			fmt.Fprintf(stdout, "%s: %s\n", opts.Path, p)
		}
	}
	if len(problems) > 0 {
		fmt.Fprintf(stderr, "%s: %d problem(s) in %d entries\n", opts.Path, len(problems), len(g.Entries))
		return errSilent{exitFailed}
	}
	fmt.Fprintf(stderr, "%s: %d entries, no problems\n", opts.Path, len(g.Entries))
	return nil
}

// glossaryJSONMatch is how match --format jsonl shows a match.
type glossaryJSONMatch struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Surface string `json:"surface"`
	Prefix  string `json:"prefix,omitempty"`
	Source  string `json:"source"`
	Target  string `json:"target"`
	Line    int    `json:"entry_line,omitempty"`
}

func glossaryMatch(opts glossaryOptions, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(opts.Args) > 1 {
		return usageErrorf("glossary match: want at most one FILE, got %d", len(opts.Args))
	}
	switch opts.Format {
	case "text", "jsonl":
	default:
		return usageErrorf("glossary match: --format must be text or jsonl, not %q", opts.Format)
	}
	g, err := glossaryLoadFile(opts.Path)
	if err != nil {
		return err
	}
	var data []byte
	if len(opts.Args) == 0 || opts.Args[0] == "-" {
		data, err = io.ReadAll(stdin)
	} else {
		data, err = os.ReadFile(opts.Args[0])
	}
	if err != nil {
		return fmt.Errorf("glossary match: %w", err)
	}
	// Windows-1256 or UTF-16: match what translate would read, not the raw
	// bytes (which hold no Arabic letters to match).
	text, encoding, err := input.DecodeText(data)
	if err != nil {
		return usageErrorf("glossary match: %w", err)
	}
	if encoding != input.UTF8 {
		fmt.Fprintf(stderr, "tarjama glossary match: read as %s; offsets are in its UTF-8 text\n", encoding)
	}
	m := glossary.NewMatcher(g)
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for _, mt := range m.Find(text) {
		e := mt.Entry
		if opts.Format == "jsonl" {
			if err := enc.Encode(glossaryJSONMatch{mt.Start, mt.End, mt.Surface, mt.Prefix, e.Source, e.Target, e.Line}); err != nil {
				return err
			}
			continue
		}
		prefix := ""
		if mt.Prefix != "" {
			prefix = mt.Prefix + "+"
		}
		where := ""
		if e.Line > 0 {
			where = fmt.Sprintf("\t(%s:%d)", opts.Path, e.Line)
		}
		if _, err := fmt.Fprintf(stdout, "%d-%d\t%s\t%s%s → %s%s\n", mt.Start, mt.End, mt.Surface, prefix, e.Source, e.Target, where); err != nil {
			return err
		}
	}
	return nil
}

func glossaryCheck(ctx context.Context, opts glossaryOptions, stdout, stderr io.Writer) error {
	if err := glossaryWantArgs(opts, 1, "CORPUS"); err != nil {
		return err
	}
	g, err := glossaryLoadFile(opts.Path)
	if err != nil {
		return err
	}
	// A corpus that cannot be read is exit 2: exit 1 means terms are missing.
	r, err := corpus.Open(opts.Args[0], corpus.OpenOptions{SrcLang: g.SrcLang, TgtLang: g.TgtLang})
	if err != nil {
		return usageErrorf("glossary check: %w", err)
	}
	defer r.Close()
	m := glossary.NewMatcher(g)
	pairs, withTerms, occurrences, bad := 0, 0, 0, 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		p, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return usageErrorf("glossary check: %s: %w", opts.Args[0], err)
		}
		pairs++
		checks := m.Verify(p.Src, p.Tgt)
		if len(checks) == 0 {
			continue
		}
		withTerms++
		occurrences += len(checks)
		var missing []string
		for _, c := range checks {
			if c.Status == glossary.StatusMissing {
				missing = append(missing, fmt.Sprintf("%s → %s", c.Surface, c.Entry.Target))
			}
		}
		if len(missing) == 0 {
			continue
		}
		bad++
		fmt.Fprintf(stdout, "%s\tmissing: %s\n\t%s: %s\n\t%s: %s\n", glossaryPairID(p, pairs), strings.Join(missing, "; "),
			p.SrcLang, glossaryOneLine(p.Src), p.TgtLang, glossaryOneLine(p.Tgt))
	}
	fmt.Fprintf(stderr, "%s: %d pairs, %d with glossary terms (%d occurrences), %d missing a term's translation\n",
		opts.Args[0], pairs, withTerms, occurrences, bad)
	if bad > 0 {
		return errSilent{exitFailed}
	}
	return nil
}

func glossaryPairID(p corpus.Pair, n int) string {
	if p.ID != "" {
		return p.ID
	}
	return fmt.Sprintf("pair %d", n)
}

func glossaryOneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
