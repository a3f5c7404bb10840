package lexicon

import (
	"fmt"
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// Rules match on lemma, part of speech and features, never on an English
// gloss (issue 18, data/README.md): editing a gloss in the TSV must not
// change the grammar. TestNoGlossTests enforces it on the package's
// non-test Go files: outside the English-realisation functions listed in
// glossRealisers, no code may test an English gloss against a string
// literal.
//
// A gloss is the entry fields en and past (the English columns of a
// lexicon line), an item's lead (the English of its clitics, from the conj
// and prep-clitic tables: a rule names it by andLead, ofLead, fromLead or
// bareAnd, never by a literal) and whatever is computed from them: a local variable
// assigned from a gloss, and a parameter of a package function that some
// call passes a gloss (followed from call to call). A test is ==, !=, a
// switch case, or strings.HasPrefix, HasSuffix, Contains, ContainsAny,
// Cut, CutPrefix, CutSuffix, EqualFold, Index, LastIndex with a string
// literal (or a variable ranging over a list of them), or a lookup keyed
// by the gloss in a Go map literal (a word table written in Go rather
// than in data/grammar/*.tsv). Comparing with "" is no test of English.
//
// Not covered: the rendered English of an item (item.text), which also
// holds punctuation and transliterations; the English values of the
// grammar tables (post "I"), and the lookups of English words
// in data/grammar/english.tsv (mass-noun, determiner),
// which are English by construction.

// glossFields are the entry fields that hold English from the lexicon.
var glossFields = map[string]bool{"en": true, "past": true, "lead": true}

// glossRealisers are the functions that may look at the English of a
// gloss because what they decide is English, not Arabic grammar: how to
// inflect, spell or punctuate the English words they are given. A rule
// deciding what the Arabic means belongs nowhere in this list.
var glossRealisers = map[string]string{
	// english.go: English inflection of a gloss
	"plural":        "English plural of the last word (irregular-plural table, -es, -ies)",
	"thirdSingular": "English -s of the head verb (be → is, have → has, modals)",
	"comparative":   "English comparative of a superlative gloss (best → better, most → more)",
	"gerund":        "English -ing of the head verb",
	"demonymNoun":   "English plural noun of a people adjective (Buddhist → Buddhists, Iraqi → Iraqis; none for Islamic, English, Western)", // h15-vocab13a
	"adverbOf":      "English -ly adverb of an adjective gloss (calm → calmly, good → well; none for a participle in -ed)",                  // h12-lexnoun
	// engine.go: the verb phrase said in English
	"participle":   "English past participle of a past gloss (was held → been held, irregular-participle table)",
	"verbText":     "English tense of a gloss: be late → am late / are late, was held → were held",
	"finiteText":   "verbText's particles and tenses: be able → was not able, be late → am late, was held → were held",
	"questionText": "English question inversion of a be-gloss: be late → was the plane late",
	// rules_clause.go: the verb phrase with "never"
	"cutBe": "English tense of a be-gloss with never: be able → was never able",
	// engine.go: the documented spellings of the ENGLISH column
	// (data/README.md): "-" for no English word, a leading "the" for a
	// definite gloss (the White House), and the English of a noun phrase
	"dashGloss":      "the ENGLISH column's \"-\": no English word",
	"cutArticle":     "splits a gloss's leading \"the \" off into the determiner",
	"englishPlural":  "English number of a noun phrase gloss (talks: plural; glass: not)",
	"allCapitalized": "English capitalization: every word but of, and, the … starts upper-case (the White House: a name)",
	// reorder.go: the sentence written out
	"join":                 "spaces the English of the units, their leads included, around punctuation",
	"startsWithVowelSound": "English a/an before the next English word (an hour, a university)",
	"another":              "English spelling of an + other",
}

func TestNoGlossTests(t *testing.T) {
	found, funcs := glossTests(t, ".")
	for name := range glossRealisers {
		if !funcs[name] {
			t.Errorf("glossRealisers lists %s, which is no function of the package any more", name)
		}
	}
	for _, f := range found {
		t.Errorf("%s: a rule tests the English gloss; match on lemma, tag or a +feature (data/README.md), or, if this decides only English wording, add the function to glossRealisers with a comment", f)
	}
}

// TestNoGlossTestsCatches checks that the lint finds the kinds of gloss
// test it is meant to, in a file written for the purpose.
func TestNoGlossTestsCatches(t *testing.T) {
	dir := t.TempDir()
	src := `package lexicon

import "strings"

type entry struct{ en, past string }
type analysis struct{ e *entry }
type item struct {
	a    *analysis
	lead string
}

func ruleEq(it *item) bool       { return it.a.e.en == "be" }
func ruleNe(e *entry) bool       { return "year" != e.en }
func ruleLead(it *item) bool     { return it.lead == "and" }
func rulePrefix(e *entry) bool   { return strings.HasPrefix(e.en, "be ") }
func ruleContains(e *entry) bool { return strings.Contains(e.past, " ") }
func ruleLocal(e *entry) bool {
	en := e.en
	return strings.HasSuffix(en, " of")
}
func ruleSwitch(e *entry) int {
	switch e.en {
	case "many", "several":
		return 1
	}
	return 0
}
func ruleParam(e *entry) bool { return helper(e.en) }
func helper(s string) bool    { return strings.HasPrefix(s, "dollar") }
func ruleMap(e *entry) bool   { return map[string]bool{"special": true}[e.en] }
func ruleTable(e *entry) bool { return years[e.en] }
func ruleRange(e *entry) bool {
	for _, w := range strings.Fields(e.en) {
		if w == "dollar" {
			return true
		}
	}
	return false
}
func ruleCut(e *entry) bool {
	_, rest, _ := strings.Cut(e.past, " ")
	return rest == "out"
}
func ruleDerived(e *entry) bool { return strings.HasSuffix(plural(e.en), "ies") }
func ruleList(e *entry) bool {
	for _, p := range [...]string{" of", " to"} {
		if strings.HasSuffix(e.en, p) {
			return true
		}
	}
	return false
}

var years = map[string]bool{"year": true}
func plural(en string) string {
	if strings.HasSuffix(en, "s") {
		return en
	}
	return en + "s"
}
func fine(e *entry) bool { return e.en == "" || len(plural(e.en)) > 3 }

const andLead = "and"

func fineLead(it *item) bool { return it.lead == andLead }
`
	if err := os.WriteFile(filepath.Join(dir, "x.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	found, _ := glossTests(t, dir)
	got := strings.Join(found, "\n")
	for _, want := range []string{"ruleEq", "ruleNe", "rulePrefix", "ruleContains", "ruleLocal", "ruleSwitch", "helper", "ruleMap", "ruleTable", "ruleRange", "ruleCut", "ruleDerived", "ruleList", "ruleLead"} {
		if !strings.Contains(got, "in "+want+":") {
			t.Errorf("lint missed %s; found:\n%s", want, got)
		}
	}
	for _, ok := range []string{"in plural:", "in fine:", "in fineLead:"} {
		if strings.Contains(got, ok) {
			t.Errorf("lint flagged %q; found:\n%s", ok, got)
		}
	}
}

// glossTests parses the non-test Go files of dir and returns each gloss
// test outside glossRealisers as "file:line: in FUNC: what", and the names
// of the functions it read.
func glossTests(t *testing.T, dir string) ([]string, map[string]bool) {
	t.Helper()
	fset := gotoken.NewFileSet()
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var funcs []*ast.FuncDecl
	// goTables: package variables that are Go map literals, word tables
	// written in Go rather than loaded from data/grammar/*.tsv
	goTables := map[string]bool{}
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Body != nil {
					funcs = append(funcs, d)
				}
			case *ast.GenDecl:
				for _, sp := range d.Specs {
					vs, ok := sp.(*ast.ValueSpec)
					if !ok {
						continue
					}
					for i, v := range vs.Values {
						if cl, ok := v.(*ast.CompositeLit); ok && i < len(vs.Names) {
							if _, ok := cl.Type.(*ast.MapType); ok {
								goTables[vs.Names[i].Name] = true
							}
						}
					}
				}
			}
		}
	}
	if len(funcs) == 0 {
		t.Fatalf("no Go functions found in %s", dir)
	}
	byName := map[string][]*ast.FuncDecl{}
	for _, fd := range funcs {
		byName[fd.Name.Name] = append(byName[fd.Name.Name], fd)
	}
	// tainted[fd] holds the names of fd's variables and parameters that
	// hold a gloss; grow it until no call passes a new one.
	tainted := map[*ast.FuncDecl]map[string]bool{}
	for _, fd := range funcs {
		tainted[fd] = map[string]bool{}
	}
	for changed := true; changed; {
		changed = false
		for _, fd := range funcs {
			vars := tainted[fd]
			isGloss := func(e ast.Expr) bool { return mentionsGloss(e, vars) }
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.AssignStmt:
					for i, lhs := range n.Lhs {
						rhs := n.Rhs[0] // head, rest, ok := strings.Cut(gloss, " ")
						if len(n.Rhs) == len(n.Lhs) {
							rhs = n.Rhs[i]
						}
						if isGloss(rhs) {
							changed = taint(vars, lhs) || changed
						}
					}
				case *ast.ValueSpec:
					for i, id := range n.Names {
						if i < len(n.Values) && isGloss(n.Values[i]) {
							changed = taint(vars, id) || changed
						}
					}
				case *ast.RangeStmt:
					if isGloss(n.X) { // for _, w := range strings.Fields(gloss)
						if n.Key != nil {
							changed = taint(vars, n.Key) || changed
						}
						if n.Value != nil {
							changed = taint(vars, n.Value) || changed
						}
					}
				case *ast.CallExpr:
					callee := calleeName(n.Fun)
					for _, g := range byName[callee] {
						params := paramNames(g)
						for i, arg := range n.Args {
							if i < len(params) && params[i] != "_" && !tainted[g][params[i]] && isGloss(arg) {
								tainted[g][params[i]] = true
								changed = true
							}
						}
					}
				}
				return true
			})
		}
	}
	var out []string
	for _, fd := range funcs {
		name := fd.Name.Name
		if _, ok := glossRealisers[name]; ok {
			continue
		}
		vars := tainted[fd]
		isGloss := func(e ast.Expr) bool { return mentionsGloss(e, vars) }
		// lits: variables ranging over a list of string literals, which
		// test like the literals (for _, p := range [...]string{" of", " to"})
		lits := map[string]string{}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if r, ok := n.(*ast.RangeStmt); ok {
				if id, ok := r.Value.(*ast.Ident); ok {
					if cl, ok := r.X.(*ast.CompositeLit); ok && len(cl.Elts) > 0 {
						if s, ok := stringLit(cl.Elts[0]); ok {
							lits[id.Name] = s
						}
					}
				}
			}
			return true
		})
		stringLit := func(e ast.Expr) (string, bool) {
			if id, ok := e.(*ast.Ident); ok {
				s, ok := lits[id.Name]
				return s, ok
			}
			return stringLit(e)
		}
		report := func(pos gotoken.Pos, what string) {
			p := fset.Position(pos)
			out = append(out, fmt.Sprintf("%s:%d: in %s: %s", filepath.Base(p.Filename), p.Line, name, what))
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BinaryExpr:
				if n.Op != gotoken.EQL && n.Op != gotoken.NEQ {
					break
				}
				if s, ok := stringLit(n.Y); ok && s != "" && isGloss(n.X) {
					report(n.Pos(), fmt.Sprintf("gloss %s %q", n.Op, s))
				} else if s, ok := stringLit(n.X); ok && s != "" && isGloss(n.Y) {
					report(n.Pos(), fmt.Sprintf("%q %s gloss", s, n.Op))
				}
			case *ast.SwitchStmt:
				if n.Tag == nil || !isGloss(n.Tag) {
					break
				}
				for _, c := range n.Body.List {
					for _, e := range c.(*ast.CaseClause).List {
						if s, ok := stringLit(e); ok {
							report(e.Pos(), fmt.Sprintf("switch on a gloss, case %q", s))
						}
					}
				}
			case *ast.CallExpr:
				sel, ok := n.Fun.(*ast.SelectorExpr)
				if !ok || len(n.Args) != 2 {
					break
				}
				if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != "strings" || !stringTests[sel.Sel.Name] {
					break
				}
				if s, ok := stringLit(n.Args[1]); ok && isGloss(n.Args[0]) {
					report(n.Pos(), fmt.Sprintf("strings.%s(gloss, %q)", sel.Sel.Name, s))
				}
			case *ast.IndexExpr:
				if !isGloss(n.Index) {
					break
				}
				if _, ok := n.X.(*ast.CompositeLit); ok {
					report(n.Pos(), "a Go map literal looked up by the gloss")
				} else if id, ok := n.X.(*ast.Ident); ok && goTables[id.Name] {
					report(n.Pos(), fmt.Sprintf("the Go word table %s looked up by the gloss", id.Name))
				}
			}
			return true
		})
	}
	sort.Strings(out)
	read := map[string]bool{}
	for _, fd := range funcs {
		read[fd.Name.Name] = true
	}
	return out, read
}

// stringTests are the functions of package strings that test a string
// against another.
var stringTests = map[string]bool{
	"HasPrefix": true, "HasSuffix": true, "Contains": true, "ContainsAny": true,
	"Cut": true, "CutPrefix": true, "CutSuffix": true, "EqualFold": true,
	"Index": true, "LastIndex": true,
}

// mentionsGloss reports whether e reads a gloss field or a variable that
// holds one: what a function makes of a gloss (gerund(e.en),
// strings.TrimSpace(en), "be " + pp) is English from the gloss too. Only
// strings carry a gloss: x.f is one only when f is a gloss field, and a
// composite literal (&entry{en: …}) is a struct that holds one, not one.
func mentionsGloss(e ast.Expr, vars map[string]bool) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.SelectorExpr:
			found = glossFields[n.Sel.Name]
			return false
		case *ast.CompositeLit, *ast.FuncLit:
			return false
		case *ast.Ident:
			found = vars[n.Name]
		}
		return true
	})
	return found
}

// taint marks the variable e (an identifier) as holding a gloss and
// reports whether it is new.
func taint(vars map[string]bool, e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	if !ok || id.Name == "_" || vars[id.Name] {
		return false
	}
	vars[id.Name] = true
	return true
}

// calleeName is the name of the function or method a call calls.
func calleeName(fun ast.Expr) string {
	switch f := fun.(type) {
	case *ast.Ident:
		return f.Name
	case *ast.SelectorExpr:
		return f.Sel.Name
	}
	return ""
}

func paramNames(fd *ast.FuncDecl) []string {
	var names []string
	for _, f := range fd.Type.Params.List {
		if len(f.Names) == 0 {
			names = append(names, "_")
		}
		for _, n := range f.Names {
			names = append(names, n.Name)
		}
	}
	return names
}

func stringLit(e ast.Expr) (string, bool) {
	b, ok := e.(*ast.BasicLit)
	if !ok || b.Kind != gotoken.STRING {
		return "", false
	}
	s, err := strconv.Unquote(b.Value)
	return s, err == nil
}
