package lexicon

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
)

// lintRow checks one data/grammar line beyond what loadTables enforces:
// Arabic columns hold only Arabic letters (no diacritics), the others no
// Arabic letters.
func lintRow(rl rawLine) []string {
	spec, ok := tableSpecs[rl.cols[0]]
	if !ok {
		return []string{fmt.Sprintf("unknown table %q", rl.cols[0])}
	}
	var errs []string
	for i, c := range rl.cols[1:] {
		ar := (i == 0 && spec.arKey) || (i > 0 && spec.arVal)
		for _, r := range c {
			switch {
			case ar && isTashkeel(r):
				errs = append(errs, fmt.Sprintf("diacritic in column %d", i+2))
			case ar && unicode.IsLetter(r) && !isArabicLetter(r):
				errs = append(errs, fmt.Sprintf("non-Arabic letter in Arabic column %d", i+2))
			case !ar && isArabicLetter(r):
				errs = append(errs, fmt.Sprintf("Arabic letter in column %d", i+2))
			default:
				continue
			}
			break
		}
	}
	return errs
}

// TestLintGrammar checks every data/grammar/*.tsv line: known table,
// column count, script of each column, no key twice in a table (except
// fixed-object, a list per verb); failures name file:line.
func TestLintGrammar(t *testing.T) {
	if _, err := loadTables(grammarFS); err != nil {
		t.Fatal(err)
	}
	names, err := grammarFiles()
	if err != nil || len(names) == 0 {
		t.Fatalf("no grammar files: %v", err)
	}
	seen := map[string]string{}
	for _, name := range names {
		f, err := grammarFS.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		lines, err := readLines(name, f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, rl := range lines {
			loc := fmt.Sprintf("%s:%d", rl.file, rl.line)
			for _, e := range lintRow(rl) {
				t.Errorf("%s: %s", loc, e)
			}
			if rl.cols[0] == "fixed-object" {
				continue
			}
			key := rl.cols[0] + "\t" + rl.cols[1]
			if prev, ok := seen[key]; ok {
				t.Errorf("%s: %s %q already at %s", loc, rl.cols[0], rl.cols[1], prev)
			}
			seen[key] = loc
		}
	}
	for name := range tableSpecs {
		if len(grammar[name]) == 0 {
			t.Errorf("table %s has no rows", name)
		}
	}
}

func grammarFiles() ([]string, error) {
	var out []string
	ents, err := grammarFS.ReadDir("data/grammar")
	if err != nil {
		return nil, err
	}
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".tsv") {
			out = append(out, "data/grammar/"+e.Name())
		}
	}
	return out, nil
}

func TestGrammarErrorsNameFileLine(t *testing.T) {
	fsys := fstestMap{
		"data/grammar/a.tsv": "relative\tالذي\n# c\nnope\tx\nconj\tو\n",
		"data/grammar/b.tsv": "conj\tو\t\n",
	}
	_, err := loadTables(fsys)
	if err == nil {
		t.Fatal("want an error")
	}
	for _, want := range []string{`data/grammar/a.tsv:3: unknown table "nope"`, "data/grammar/a.tsv:4: table conj wants 2", "data/grammar/b.tsv:1:"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	for _, c := range []struct {
		cols []string
		want string
	}{
		{[]string{"relative", "الَّذي"}, "diacritic"},
		{[]string{"relative", "who"}, "non-Arabic letter"},
		{[]string{"irregular-plural", "man", "رجال"}, "Arabic letter"},
		{[]string{"xx", "a"}, "unknown table"},
	} {
		if errs := strings.Join(lintRow(rawLine{cols: c.cols}), "; "); !strings.Contains(errs, c.want) {
			t.Errorf("lintRow(%q) = %q, want %q", c.cols, errs, c.want)
		}
	}
}
