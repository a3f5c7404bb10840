package lexicon

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"unicode"
)

// lintLine checks one lexicon line beyond what the loader enforces; it
// returns the problems found.
func lintLine(rl rawLine) []string {
	var errs []string
	if len(rl.cols) < 3 {
		return []string{fmt.Sprintf("want at least 3 columns, got %d", len(rl.cols))}
	}
	ar, en, tag := rl.cols[0], rl.cols[1], Tag(rl.cols[2])
	if !knownTags[tag] {
		errs = append(errs, fmt.Sprintf("unknown tag %q", tag))
	}
	for i, c := range rl.cols[:3] {
		if c == "" {
			errs = append(errs, fmt.Sprintf("column %d is empty", i+1))
		}
	}
	extra := rl.cols[3:]
	if tag == TagVerb {
		if len(rl.cols) < 5 {
			errs = append(errs, "verb needs 5 columns: PAST3MS, BASE, v, PAST, IMPERFECT3MS")
		} else {
			if hasArabicRune(rl.cols[3]) || rl.cols[3] == "" {
				errs = append(errs, fmt.Sprintf("verb past %q must be English", rl.cols[3]))
			}
			if !strings.HasPrefix(normalize(rl.cols[4]), "ي") {
				errs = append(errs, fmt.Sprintf("imperfect %q must start with ي", rl.cols[4]))
			}
			if hasLatinRune(rl.cols[4]) {
				errs = append(errs, "Latin letters in the imperfect")
			}
			extra = rl.cols[5:]
		}
	}
	var feat feature
	for _, x := range extra {
		if _, ok := featureNames[x]; x != "alt" && !ok {
			errs = append(errs, fmt.Sprintf("unknown extra column %q (only \"alt\" or a +feature of data/README.md)", x))
		}
		feat |= featureNames[x]
	}
	// Features that describe the shape of the English: the grammar reads
	// the feature, never the gloss, so the two must agree and editing a
	// gloss cannot silently change the grammar.
	// +to: the English ends in "to" (a bare verb follows).
	if endsTo := en == "to" || strings.HasSuffix(en, " to"); tag != TagVerb && endsTo != (feat&fTo != 0) {
		errs = append(errs, fmt.Sprintf("ENGLISH %q ending in \"to\" and the +to feature must go together", en))
	}
	// +be: a passive or stative verb, glossed "be held", "be late".
	if be := strings.HasPrefix(en, "be "); tag == TagVerb && be != (feat&fBe != 0) {
		errs = append(errs, fmt.Sprintf("verb ENGLISH %q starting with \"be \" and the +be feature must go together", en))
	}
	if feat&fBe != 0 && tag != TagVerb {
		errs = append(errs, "+be is a feature of verbs")
	}
	if feat&fLinking != 0 && tag != TagVerb {
		errs = append(errs, "+linking is a feature of verbs")
	}
	// +object: a noun-like or verb line whose English ends in a
	// preposition takes the next noun phrase as its object.
	if t := tag == TagNoun || tag == TagNounPlural || tag == TagName || tag == TagPhrase || tag == TagVerb; t && endsWithPrep(en) != (feat&fObject != 0) {
		errs = append(errs, fmt.Sprintf("ENGLISH %q ending in a preposition and the +object feature must go together", en))
	} else if !t && feat&fObject != 0 {
		errs = append(errs, "+object is a feature of n, np, name, phr and v lines")
	}
	// +of: a phr or adv line whose English ends in " of" after another
	// word; frontedPrepPhrase and prepPhrase read it.
	if t := tag == TagPhrase || tag == TagAdv; t && strings.HasSuffix(en, " of") != (feat&fOf != 0) {
		errs = append(errs, fmt.Sprintf("ENGLISH %q ending in \" of\" and the +of feature must go together", en))
	} else if !t && feat&fOf != 0 {
		errs = append(errs, "+of is a feature of phr and adv lines")
	}
	// +subject (h13-lexverb2): a phr line whose English opens with a
	// subject pronoun (I want to, we need).
	if t := tag == TagPhrase; t && subjectGloss(en) != (feat&fSubject != 0) {
		errs = append(errs, fmt.Sprintf("ENGLISH %q opening with a subject pronoun and the +subject feature must go together", en))
	} else if !t && feat&fSubject != 0 {
		errs = append(errs, "+subject is a feature of phr lines")
	}
	if feat&(fFunction|fNominal) != 0 && tag != TagPhrase {
		errs = append(errs, "+function and +nominal are features of phr lines")
	}
	if feat&fFunction != 0 && feat&fNominal != 0 {
		errs = append(errs, "a phr line is +function or +nominal, not both")
	}
	// +phrasal: a one-word noun, name or verb whose English is several
	// words; morphology derives nothing from it.
	if p, ok := phrasalGloss(rl.cols); ok && p != (feat&fPhrasal != 0) {
		errs = append(errs, fmt.Sprintf("ENGLISH %q of several words and the +phrasal feature must go together", en))
	} else if !ok && feat&fPhrasal != 0 {
		errs = append(errs, "+phrasal is a feature of one-word n, name and v lines")
	}
	if hasArabicRune(en) {
		errs = append(errs, fmt.Sprintf("Arabic letters in ENGLISH %q", en))
	}
	if hasLatinRune(ar) {
		errs = append(errs, fmt.Sprintf("Latin letters in ARABIC %q", ar))
	}
	for _, r := range ar {
		if isTashkeel(r) {
			errs = append(errs, fmt.Sprintf("diacritic or tatweel U+%04X in ARABIC %q", r, ar))
			break
		}
		if !isArabicLetter(r) && r != ' ' {
			errs = append(errs, fmt.Sprintf("non-letter %q in ARABIC %q: the text tokenizer splits it off, so the entry can never match", r, ar))
			break
		}
	}
	if strings.Contains(ar, "  ") || strings.TrimSpace(ar) != ar {
		errs = append(errs, "stray spaces in ARABIC")
	}
	return errs
}

// phrasalGloss reports whether a one-word n, name or v line has an English
// of several words: for a verb its base or past without a leading "be",
// "was", "were" (go on strike, be cut off; be held is one word, held);
// for a noun or name the gloss with its article (the Netherlands). ok is
// false for other lines.
func phrasalGloss(cols []string) (phrasal, ok bool) {
	if len(cols) < 3 || strings.Contains(cols[0], " ") {
		return false, false
	}
	switch Tag(cols[2]) {
	case TagNoun, TagName:
		return strings.Contains(cols[1], " "), true
	case TagVerb:
		if len(cols) < 5 {
			return false, false
		}
		base := strings.TrimPrefix(cols[1], "be ")
		past, ok := strings.CutPrefix(cols[3], "was ")
		if !ok {
			past = strings.TrimPrefix(cols[3], "were ")
		}
		return strings.Contains(base, " ") || strings.Contains(past, " "), true
	}
	return false, false
}

func hasArabicRune(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) {
			return true
		}
	}
	return false
}

func hasLatinRune(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Latin, r) {
			return true
		}
	}
	return false
}

// TestLint checks every data/*.tsv line; failures name file:line so the
// author of the vocabulary can fix them.
func TestLint(t *testing.T) {
	names, err := dataFiles(dataFS)
	if err != nil {
		t.Fatal(err)
	}
	type seen struct {
		en  string
		loc string
	}
	first := map[string]seen{}
	total := 0
	for _, name := range names {
		f, err := dataFS.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		lines, err := readLines(name, f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		total += len(lines)
		for _, rl := range lines {
			loc := fmt.Sprintf("%s:%d", rl.file, rl.line)
			for _, e := range lintLine(rl) {
				t.Errorf("%s: %s", loc, e)
			}
			if len(rl.cols) < 3 {
				continue
			}
			alt := rl.cols[len(rl.cols)-1] == "alt"
			// hamza forms tell words apart (إما either, أما as for): compare as written
			key := strings.Join(strings.Fields(stripTashkeel(rl.cols[0])), " ") + "\t" + rl.cols[2]
			if s, ok := first[key]; ok && s.en != rl.cols[1] && !alt {
				t.Errorf("%s: duplicate %q (%s) = %q, already %q at %s; mark the later line \"alt\" or merge",
					loc, rl.cols[0], rl.cols[2], rl.cols[1], s.en, s.loc)
			} else if !ok {
				first[key] = seen{rl.cols[1], loc}
			}
		}
	}
	// Warnings (logged, not failures): a single word that is a clitic plus
	// a word already in the lexicon with the same tag; the engine strips
	// clitics itself, so such lines are redundant or hide a homograph.
	warned := 0
	for _, name := range names {
		f, _ := dataFS.Open(name)
		lines, _ := readLines(name, f)
		f.Close()
		for _, rl := range lines {
			if len(rl.cols) < 3 || strings.Contains(rl.cols[0], " ") {
				continue
			}
			w := stripTashkeel(rl.cols[0])
			for _, c := range []string{"و", "ف", "ب", "ك", "ل"} {
				rest, ok := strings.CutPrefix(w, c)
				if !ok || runeLen(rest) < 3 {
					continue
				}
				if first[rest+"\t"+rl.cols[2]].en != "" {
					t.Logf("warning: %s:%d: %q is %s + a lexicon word; the engine strips clitics itself", rl.file, rl.line, rl.cols[0], c)
					warned++
				}
				break
			}
		}
	}
	if warned > 0 {
		t.Logf("%d clitic warnings", warned)
	}
	if total < 300 {
		t.Errorf("only %d lexicon lines loaded", total)
	}
	lex, err := Load(dataFS)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	// Warnings: a phr line whose English looks like a function phrase
	// (ending in of/to, starting with a preposition: a series of, in
	// protest against) while its first word makes it a noun phrase, or
	// like a definite noun phrase (the first quarter) while its first word
	// does not; the grammar reads +function and +nominal, never the gloss,
	// so say which one is meant.
	g := &engine{lex: lex}
	for _, es := range lex.phrases {
		e := es[0]
		if e.tag != TagPhrase || e.has(fFunction|fNominal) {
			continue
		}
		function := strings.HasSuffix(e.en, " of") || strings.HasSuffix(e.en, " to") || startsWithPrep(e.en)
		switch nominal := g.nominalPhrase(e); {
		case function && nominal:
			t.Logf("warning: %s:%d: %q = %q reads as a noun phrase; mark it +function if it is not one", e.file, e.line, e.ar, e.en)
		case !function && !nominal && strings.HasPrefix(e.en, "the "):
			t.Logf("warning: %s:%d: %q = %q does not read as a noun phrase; mark it +nominal if it is one", e.file, e.line, e.ar, e.en)
		}
	}
}

// endsWithPrep: an English phrase ending in a preposition (the spokesman
// for, based on), the shape +object declares.
func endsWithPrep(s string) bool {
	for _, p := range [...]string{" for", " of", " to", " on", " with", " about", " from", " in", " against", " into", " over", " towards", " at"} {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// startsWithPrep: an English phrase starting with a preposition (in
// protest against) is adverbial, not a noun phrase.
func startsWithPrep(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	switch w {
	case "in", "on", "at", "for", "by", "with", "from", "to", "against", "under", "over", "after", "before", "during", "without":
		return true
	}
	return false
}

func TestLoadErrorsNameFileLine(t *testing.T) {
	fsys := fstestMap{
		"data/function.tsv": "في\tin\tprep\n# c\n\nقال\tsay\tv\n",
		"data/x.tsv":        "كتاب\tbook\tnoun\n",
	}
	_, err := Load(fsys)
	if err == nil {
		t.Fatal("want an error")
	}
	for _, want := range []string{"data/function.tsv:4:", "data/x.tsv:1:", `unknown tag "noun"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
}

func TestLintCatches(t *testing.T) {
	for _, c := range []struct {
		cols []string
		want string
	}{
		{[]string{"كِتاب", "book", "n"}, "diacritic"},
		{[]string{"كتاب", "كتاب", "n"}, "Arabic letters in ENGLISH"},
		{[]string{"book", "book", "n"}, "Latin letters in ARABIC"},
		{[]string{"قال", "say", "v", "said"}, "5 columns"},
		{[]string{"قال", "say", "v", "said", "قال"}, "must start with ي"},
		{[]string{"كتاب", "book", "x"}, "unknown tag"},
		{[]string{"كتاب", "book", "n", "zz"}, "extra column"},
		{[]string{"أقيم", "be held", "v", "was held", "يقام"}, "+be feature"},
		{[]string{"قال", "say", "v", "said", "يقول", "+be"}, "+be feature"},
		{[]string{"قام", "carry out", "v", "carried out", "يقوم"}, "+phrasal feature"},
		{[]string{"أضرب", "strike", "v", "went on strike", "يضرب"}, "+phrasal feature"},
		{[]string{"هولندا", "the Netherlands", "name"}, "+phrasal feature"},
		{[]string{"كتاب", "book", "n", "+phrasal"}, "+phrasal feature"},
		{[]string{"رئيس الوزراء", "prime minister", "n", "+phrasal"}, "+phrasal is a feature"},
		{[]string{"سلسلة من", "a series of", "n", "+function"}, "+function and +nominal are features of phr"},
		{[]string{"الربع الأول", "the first quarter", "phr", "+function", "+nominal"}, "not both"},
		{[]string{"المتحدث باسم", "the spokesman for", "phr"}, "+object feature"},
		{[]string{"كبير", "big", "adj", "+object"}, "+object is a feature"},
	} {
		errs := strings.Join(lintLine(rawLine{cols: c.cols}), "; ")
		if !strings.Contains(errs, c.want) {
			t.Errorf("lint(%q) = %q, want %q", c.cols, errs, c.want)
		}
	}
	if errs := lintLine(rawLine{cols: []string{"البيت الأبيض", "the White House", "name"}}); len(errs) != 0 {
		t.Errorf("valid line rejected: %q", errs)
	}
}

// fstestMap is a minimal in-memory fs.FS of text files.
type fstestMap map[string]string

func (m fstestMap) Open(name string) (fs.File, error) { return fstestFS(m).Open(name) }

// TestLintMiniVocab holds the small vocabulary of the rule tests to the
// lexicon's conventions, so that its lines carry the features the real
// data would (+be, +phrasal, +to …) and the rules see the same thing.
func TestLintMiniVocab(t *testing.T) {
	lines, err := readLines("miniVocab", strings.NewReader(miniVocab))
	if err != nil {
		t.Fatal(err)
	}
	for _, rl := range lines {
		for _, e := range lintLine(rl) {
			t.Errorf("miniVocab line %d %q: %s", rl.line, strings.Join(rl.cols, " "), e)
		}
	}
}

// subjectGloss: the English opens with a subject pronoun (I, we, you,
// he, she, they) and goes on.
func subjectGloss(en string) bool {
	p, _, ok := strings.Cut(en, " ")
	switch p {
	case "I", "we", "you", "he", "she", "they":
		return ok
	}
	return false
}
