package glossary

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// ParseError reports a malformed glossary file, naming the file and line.
type ParseError struct {
	File string // as given to Parse; may be ""
	Line int    // 1-based
	Msg  string
}

func (e *ParseError) Error() string {
	if e.File == "" {
		return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// Optional column names, as written in the header.
const (
	ColNote     = "note"
	ColVariants = "variants"
	ColCase     = "case"
	ColArticle  = "article"
)

var knownColumns = []string{ColNote, ColVariants, ColCase, ColArticle}

// Load reads a glossary TSV file (see Parse).
func Load(path string) (*Glossary, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Parse(f, path)
}

// Parse reads a glossary in tarjama's TSV format:
//
//	# comment lines and blank lines are kept
//	ar	en	note	variants	case	article
//	الكاظمي	al-Kadhimi	Iraqi PM	كاظمي
//
// The first line that is neither blank nor a comment is the header: two
// language codes (source, target) followed by any of the optional columns
// note, variants (extra source spellings separated by "|") and case
// ("exact", the default, or "ignore": the target may appear in any case)
// and article ("the" or "none"; empty: decided by rule, see Article).
// Fields are trimmed. An empty input gives an empty ar→en glossary.
// Malformed input returns a *ParseError; name is used in it.
func Parse(r io.Reader, name string) (*Glossary, error) {
	g := &Glossary{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	var cols []string // header columns beyond the two languages
	haveHeader := false
	lineNo := 0
	fail := func(format string, args ...any) error {
		return &ParseError{File: name, Line: lineNo, Msg: fmt.Sprintf(format, args...)}
	}
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		if lineNo == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		line = strings.TrimRight(line, "\r")
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			g.layout = append(g.layout, layoutLine{kind: lineText, text: line})
			continue
		}
		fields := strings.Split(line, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if !haveHeader {
			if len(fields) < 2 || !isLangCode(fields[0]) || !isLangCode(fields[1]) {
				return nil, fail("want a header row of language codes, e.g. \"ar<TAB>en\", got %q", trimmed)
			}
			if strings.EqualFold(fields[0], fields[1]) {
				return nil, fail("source and target language are both %q", fields[0])
			}
			g.SrcLang, g.TgtLang = fields[0], fields[1]
			seen := map[string]bool{}
			for _, c := range fields[2:] {
				lc := strings.ToLower(c)
				if !contains(knownColumns, lc) {
					return nil, fail("unknown column %q (known: %s)", c, strings.Join(knownColumns, ", "))
				}
				if seen[lc] {
					return nil, fail("column %q given twice", c)
				}
				seen[lc] = true
				cols = append(cols, lc)
			}
			g.columns = cols
			haveHeader = true
			g.layout = append(g.layout, layoutLine{kind: lineHeader})
			continue
		}
		if len(fields) < 2 {
			return nil, fail("want source<TAB>target, got one field %q", trimmed)
		}
		for len(fields) > 2+len(cols) && fields[len(fields)-1] == "" {
			fields = fields[:len(fields)-1] // stray trailing tabs
		}
		if len(fields) > 2+len(cols) {
			return nil, fail("%d fields but the header has %d columns", len(fields), 2+len(cols))
		}
		e := Entry{Source: fields[0], Target: fields[1], Line: lineNo}
		for i, c := range cols {
			if 2+i >= len(fields) {
				break
			}
			v := fields[2+i]
			switch c {
			case ColNote:
				e.Note = v
			case ColVariants:
				e.Variants = splitVariants(v)
			case ColCase:
				ic, ok := parseCase(v)
				if !ok {
					return nil, fail("case %q: want \"exact\" or \"ignore\"", v)
				}
				e.IgnoreCase = ic
			case ColArticle:
				a, ok := ParseArticle(v)
				if !ok {
					return nil, fail("article %q: want \"the\", \"none\" or empty", v)
				}
				e.Article = a
			}
		}
		g.Entries = append(g.Entries, e)
		g.layout = append(g.layout, layoutLine{kind: lineEntry})
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			lineNo++
			return nil, fail("line longer than 16 MiB")
		}
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if !haveHeader {
		g.SrcLang, g.TgtLang = "ar", "en"
	}
	return g, nil
}

func splitVariants(v string) []string {
	var out []string
	for _, s := range strings.Split(v, "|") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func parseCase(v string) (ignore, ok bool) {
	switch strings.ToLower(v) {
	case "", "exact", "sensitive", "match":
		return false, true
	case "ignore", "insensitive", "any":
		return true, true
	}
	return false, false
}

// isLangCode accepts BCP 47-like codes: "ar", "en", "en-US", "zh_Hant".
func isLangCode(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' })
	if len(parts) == 0 || len(s) > 35 || strings.HasPrefix(s, "-") || strings.HasPrefix(s, "_") {
		return false
	}
	for i, p := range parts {
		if (i == 0 && (len(p) < 2 || len(p) > 3)) || len(p) > 8 {
			return false
		}
		for _, r := range p {
			isAlpha := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
			if !isAlpha && (i == 0 || r < '0' || r > '9') {
				return false
			}
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Write writes the glossary in the TSV format read by Parse. Comments,
// blank lines and entry order of a parsed glossary are kept; entries added
// since go at the end. It fails, writing nothing, if an entry cannot be
// represented (a tab or newline in a field, a source starting with "#", a
// variant containing "|").
func (g *Glossary) Write(w io.Writer) error {
	for i := range g.Entries {
		if err := g.Entries[i].Validate(); err != nil {
			return fmt.Errorf("entry %d: %w", i+1, err)
		}
	}
	cols := append([]string(nil), g.columns...)
	for _, c := range knownColumns {
		if !contains(cols, c) && g.needs(c) {
			cols = append(cols, c)
		}
	}
	src, tgt := g.SrcLang, g.TgtLang
	if src == "" {
		src = "ar"
	}
	if tgt == "" {
		tgt = "en"
	}
	var b strings.Builder
	header := func() {
		b.WriteString(src + "\t" + tgt)
		for _, c := range cols {
			b.WriteString("\t" + c)
		}
		b.WriteByte('\n')
	}
	next := 0
	var bad error
	entry := func() {
		e := &g.Entries[next]
		next++
		fields := []string{e.Source, e.Target}
		for _, c := range cols {
			switch c {
			case ColNote:
				fields = append(fields, e.Note)
			case ColVariants:
				fields = append(fields, strings.Join(e.Variants, "|"))
			case ColCase:
				v := ""
				if e.IgnoreCase {
					v = "ignore"
				}
				fields = append(fields, v)
			case ColArticle:
				fields = append(fields, e.Article.String())
			}
		}
		for len(fields) > 2 && fields[len(fields)-1] == "" {
			fields = fields[:len(fields)-1]
		}
		line := strings.Join(fields, "\t")
		if t := strings.TrimSpace(line); (t == "" || strings.HasPrefix(t, "#")) && bad == nil {
			bad = fmt.Errorf("entry %d would be read back as a blank or comment line", next)
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	wroteHeader := false
	for _, l := range g.layout {
		switch l.kind {
		case lineText:
			b.WriteString(l.text + "\n")
		case lineHeader:
			header()
			wroteHeader = true
		case lineEntry:
			if !wroteHeader {
				header()
				wroteHeader = true
			}
			if next < len(g.Entries) {
				entry()
			}
		}
	}
	if !wroteHeader {
		header()
	}
	for next < len(g.Entries) {
		entry()
	}
	if bad != nil {
		return bad
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func (g *Glossary) needs(col string) bool {
	for _, e := range g.Entries {
		switch {
		case col == ColNote && e.Note != "",
			col == ColVariants && len(e.Variants) > 0,
			col == ColCase && e.IgnoreCase,
			col == ColArticle && e.Article != ArticleAuto:
			return true
		}
	}
	return false
}

// Validate reports whether the entry can be written to a glossary file.
// Empty sides are allowed here (Lint reports them).
func (e *Entry) Validate() error {
	check := func(what, s string) error {
		if strings.ContainsAny(s, "\t\n\r") {
			return fmt.Errorf("%s %q contains a tab or line break", what, s)
		}
		if s != strings.TrimSpace(s) {
			return fmt.Errorf("%s %q has leading or trailing space", what, s)
		}
		return nil
	}
	if err := check("source", e.Source); err != nil {
		return err
	}
	if strings.HasPrefix(e.Source, "#") {
		return fmt.Errorf("source %q starts with \"#\", which marks a comment", e.Source)
	}
	if err := check("target", e.Target); err != nil {
		return err
	}
	if err := check("note", e.Note); err != nil {
		return err
	}
	for _, v := range e.Variants {
		if err := check("variant", v); err != nil {
			return err
		}
		if v == "" || strings.Contains(v, "|") {
			return fmt.Errorf("variant %q is empty or contains \"|\"", v)
		}
	}
	return nil
}
