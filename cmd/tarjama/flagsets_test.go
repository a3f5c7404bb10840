package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/tarjama/tarjama/backend/registry"
)

// Flag groups of wantFlags: every stack flag of backendFlags(), and every
// backend's own options.
const (
	allStackFlags  = "@stack"
	backendOptions = "@options"
)

// translateOnly are the stack flags only translate honours.
var translateOnly = []string{"dry-run", "max-chars", "tm", "price"}

// wantFlags lists the flags of every command of the app (by path), so
// that a flag cannot join a command unnoticed.
var wantFlags = map[string][]string{
	"translate": {"out", "src-lang", "tgt-lang", "backend", "glossary", "glossary-mode", "format", "xliff-version", "unit", "concurrency", "keep-boilerplate", "fresh", "quiet",
		allStackFlags, backendOptions, "dedup", "dedup-on", "lang-id", "min-qe", "min-len", "max-len", "max-ratio", "script-check", "min-script-share", "min-score", "drop-glossary-miss", "split", "seed"},
	"segment": {"lang", "format", "wrapped", "keep-boilerplate"},
	"align": {"presplit", "src-lang", "tgt-lang", "src-mt", "backend", "format", "pairs", "min-score", "out", "max-group", "glossary",
		"cache", "no-cache", "requests-per-second", "chars-per-minute", "retries", "timeout", "batch-concurrency", backendOptions},
	"glossary":        {"glossary"},
	"glossary add":    {"glossary", "note", "variant", "ignore-case", "article"},
	"glossary remove": {"glossary"},
	"glossary list":   {"glossary", "format"},
	"glossary import": {"glossary", "format", "replace"},
	"glossary export": {"glossary", "format", "unidirectional"},
	"glossary lint":   {"glossary"},
	"glossary match":  {"glossary", "format"},
	"glossary check":  {"glossary"},
	"backends":        {"format"},
	"convert":         {"src-lang", "tgt-lang", "from", "to", "xliff-version", "quiet"},
	"export": {"out", "format", "from", "src-lang", "tgt-lang", "xliff-version", "quiet",
		"dedup", "dedup-on", "lang-id", "min-qe", "min-len", "max-len", "max-ratio", "script-check", "min-script-share", "min-score", "drop-glossary-miss", "split", "seed"},
	"cache":           {},
	"cache stats":     {"cache", "format"},
	"cache clear":     {"cache", "backend"},
	"cache export":    {"cache", "out", "backend"},
	"qe":              {"format", "from", "src-lang", "tgt-lang"},
	"align-docs":      {"min-score", "src-lang", "tgt-lang", "out"},
	"report":          {},
	"lexicon":         {},
	"lexicon explain": {"format"},
}

// walkCommands calls f for every command and subcommand of cmds, with its
// path ("glossary add").
func walkCommands(cmds []*cli.Command, prefix string, f func(path string, c *cli.Command)) {
	for _, c := range cmds {
		path := strings.TrimSpace(prefix + " " + c.Name)
		f(path, c)
		walkCommands(c.Subcommands, path, f)
	}
}

func flagNames(c *cli.Command) []string {
	var names []string
	for _, f := range c.Flags {
		if n := f.Names()[0]; n != "help" {
			names = append(names, n)
		}
	}
	return names
}

func expandFlags(want []string) []string {
	var out []string
	for _, n := range want {
		switch n {
		case allStackFlags:
			for _, f := range backendFlags() {
				if !isBackendOption(f.Names()[0]) {
					out = append(out, f.Names()[0])
				}
			}
		case backendOptions:
			for _, in := range registry.Default().All() {
				for _, o := range in.Options {
					out = append(out, o.Name)
				}
			}
		default:
			out = append(out, n)
		}
	}
	return out
}

func isBackendOption(name string) bool {
	for _, in := range registry.Default().All() {
		for _, o := range in.Options {
			if o.Name == name {
				return true
			}
		}
	}
	return false
}

// Every command lists exactly the flags of wantFlags; align, align-docs
// and qe list no flag only translate honours.
func TestCommandFlagSets(t *testing.T) {
	seen := map[string]bool{}
	walkCommands(newApp(nil, io.Discard, io.Discard).Commands, "", func(path string, c *cli.Command) {
		seen[path] = true
		want, ok := wantFlags[path]
		if !ok {
			t.Errorf("command %q is not in wantFlags: list the flags it honours", path)
			return
		}
		got, exp := flagNames(c), expandFlags(want)
		slices.Sort(got)
		slices.Sort(exp)
		if !slices.Equal(got, exp) {
			t.Errorf("%s flags:\n got %v\nwant %v", path, got, exp)
		}
		if path == "align" || path == "align-docs" || path == "qe" {
			for _, n := range translateOnly {
				if slices.Contains(got, n) {
					t.Errorf("%s lists the translate-only flag --%s", path, n)
				}
			}
		}
	})
	for path := range wantFlags {
		if !seen[path] {
			t.Errorf("wantFlags lists %q, which the app does not have", path)
		}
	}
}

// A translate-only flag given to align, align-docs or qe is refused as a
// usage error instead of being accepted and ignored (or, for align
// --dry-run, silently degrading the alignment); align --help does not
// offer them.
func TestTranslateOnlyFlagsRefused(t *testing.T) {
	src, tgt, mt := alignFixture("src.ar"), alignFixture("tgt.en"), alignFixture("mt.en")
	for _, args := range [][]string{
		{"align", "--dry-run", "--presplit", src, tgt},
		{"align", "--max-chars", "10", "--presplit", src, tgt},
		{"align", "--tm", mt, "--presplit", src, tgt},
		{"align", "--price", "lexicon=1", "--presplit", src, tgt},
		{"align-docs", "--dry-run", "a", "b"},
		{"align-docs", "--backend", "deepl", "a", "b"},
		{"qe", "--dry-run", "in.tsv"},
		{"qe", "--cache", "c.db", "in.tsv"},
	} {
		code, stdout, stderr := runCLI(t, "", args...)
		if code != exitUsage || stdout != "" {
			t.Errorf("%v: exit %d (want %d), stdout %q\n%s", args, code, exitUsage, stdout, stderr)
		}
	}
	_, help, _ := runCLI(t, "", "align", "--help")
	for _, n := range translateOnly {
		if strings.Contains(help, "--"+n+" ") {
			t.Errorf("align --help lists --%s", n)
		}
	}
	// The stack flags align honours still work.
	code, stdout, stderr := runCLI(t, "", "align", "--presplit", "--no-cache", "--retries", "1", "--timeout", "10s", src, tgt)
	if code != exitOK || !strings.HasPrefix(stdout, "[0]:[0]:") {
		t.Errorf("align with stack flags: exit %d\n%s%s", code, stdout, stderr)
	}
}

// Every flag a command lists is read by code reachable from the function
// holding its cli.Command literal: its name is passed (as a string literal) to some call
// there, e.g. c.String("out") or optFormat(c, "from"); a backend's own
// options count as read where stackConfig is reachable (it reads them in
// a loop). A flag that nothing reads is a flag that does nothing.
func TestListedFlagsAreRead(t *testing.T) {
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	funcs := map[string][]*ast.FuncDecl{} // by name; methods of any receiver
	type builder struct {
		usage string // "" when not a literal
		fd    *ast.FuncDecl
	}
	builders := map[string][]builder{} // by command name: the functions holding its cli.Command literal
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			funcs[fd.Name.Name] = append(funcs[fd.Name.Name], fd)
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if cl, ok := n.(*ast.CompositeLit); ok {
					if name, usage, ok := commandLit(cl); ok {
						builders[name] = append(builders[name], builder{usage, fd})
					}
				}
				return true
			})
		}
	}
	walkCommands(newApp(nil, io.Discard, io.Discard).Commands, "", func(path string, c *cli.Command) {
		var fd *ast.FuncDecl
		for _, b := range builders[c.Name] {
			if b.usage == c.Usage || len(builders[c.Name]) == 1 {
				fd = b.fd
			}
		}
		if fd == nil {
			t.Errorf("%s: no function holds a cli.Command literal with Name %q and Usage %q", path, c.Name, c.Usage)
			return
		}
		read, stack := readFlags(fd.Body, funcs)
		for _, n := range flagNames(c) {
			if !read[n] && !(stack && isBackendOption(n)) {
				t.Errorf("%s lists --%s, but no code reachable from its cli.Command reads it", path, n)
			}
		}
	})
}

// commandLit recognises a cli.Command literal: of type cli.Command, or
// with its type elided (in a Subcommands list) and an Action or
// Subcommands. It returns the literal's Name and Usage.
func commandLit(cl *ast.CompositeLit) (name, usage string, ok bool) {
	sel, _ := cl.Type.(*ast.SelectorExpr)
	run := sel != nil && sel.Sel.Name == "Command"
	if cl.Type != nil && !run {
		return "", "", false
	}
	for _, e := range cl.Elts {
		kv, isKV := e.(*ast.KeyValueExpr)
		if !isKV {
			continue
		}
		k, _ := kv.Key.(*ast.Ident)
		lit, _ := kv.Value.(*ast.BasicLit)
		switch {
		case k == nil:
		case k.Name == "Action" || k.Name == "Subcommands":
			run = true
		case k.Name == "Name" && lit != nil && lit.Kind == token.STRING:
			name, _ = strconv.Unquote(lit.Value)
		case k.Name == "Usage" && lit != nil && lit.Kind == token.STRING:
			usage, _ = strconv.Unquote(lit.Value)
		}
	}
	return name, usage, run && name != ""
}

// readFlags returns the string literals passed to calls in root and in
// the functions reachable from it, and whether stackConfig is among them.
func readFlags(root ast.Node, funcs map[string][]*ast.FuncDecl) (map[string]bool, bool) {
	read := map[string]bool{}
	visited := map[ast.Node]bool{}
	queue := []ast.Node{root}
	for len(queue) > 0 {
		f := queue[0]
		queue = queue[1:]
		if visited[f] {
			continue
		}
		visited[f] = true
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				for _, a := range n.Args {
					if lit, ok := a.(*ast.BasicLit); ok && lit.Kind == token.STRING {
						s, _ := strconv.Unquote(lit.Value)
						read[s] = true
					}
				}
			case *ast.Ident: // a call, or a function passed as a value
				for _, fd := range funcs[n.Name] {
					queue = append(queue, fd.Body)
				}
			}
			return true
		})
	}
	stack := false
	for _, fd := range funcs["stackConfig"] {
		stack = stack || visited[fd.Body]
	}
	return read, stack
}
