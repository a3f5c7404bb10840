package lexicon

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
)

// The grammar's closed word and affix lists (clitics, particles, pronoun
// suffixes, person affixes, English irregular forms, transliteration) are
// tagged TSV in data/grammar/*.tsv: TABLE<TAB>KEY[<TAB>VALUE...], one row a
// line, in the order the engine tries them. data/README.md documents each
// table; the lint test checks them like the lexicon.

//go:embed data/grammar/*.tsv
var grammarFS embed.FS

// tableSpec is the shape of one grammar table.
type tableSpec struct {
	values int  // value columns after the key
	arKey  bool // the key is Arabic (normalized on load like lexicon keys)
	arVal  bool // the values are Arabic too
}

// tableSpecs lists the known tables; a row of another table is an error.
var tableSpecs = map[string]tableSpec{
	"conj": {1, true, false}, "prep-clitic": {1, true, false},
	"verb-particle": {0, true, false}, "clause-starter": {0, true, false}, "imperative-opener": {0, true, false}, "conditional": {0, true, false},
	"relative": {0, true, false}, "demonstrative": {2, true, false},
	"quantifier": {2, true, false}, "partitive": {1, true, false}, "modal": {0, true, false},
	"quantity": {0, true, false}, "possessor": {0, true, false}, "generic-prep": {0, true, false},
	"reflexive": {1, true, false}, "preverb-adverb": {0, true, false},
	"verb-with-b": {1, true, false}, "verb-with-l": {1, true, false}, "verb-prep": {1, true, false}, "verb-prep-sense": {2, true, false}, "verb-prep-state": {1, true, false}, "passive-predicate": {0, true, false}, "appointment-passive": {0, true, false}, "fixed-object": {1, true, true},
	"pronoun-copula": {1, true, false}, "pronoun-possessive": {1, true, false},
	"pronoun-object": {1, true, false}, "pronoun-clause": {1, true, false},
	"pron-suffix": {0, true, false}, "impf-prefix": {1, true, false},
	"impf-suffix": {1, true, false}, "past-suffix": {1, true, false},
	"person-pronoun": {1, false, false}, "irregular-plural": {1, false, false},
	"irregular-participle": {1, false, false}, "irregular-comparative": {1, false, false}, "determiner": {0, false, false},
	"feminine": {0, true, false}, "impersonal": {0, true, false}, "interrogative": {0, true, false}, "to-masdar": {0, true, false}, "ordinal-before-noun": {1, true, false}, "from-verb": {0, true, false}, "last-next": {1, true, false}, "fraction": {1, true, false}, "dual-multiplier-singular": {1, true, true}, "number-unit": {1, true, true}, "number-tens": {0, true, false}, "to-verb": {0, true, false}, "could-verb": {0, true, false}, "event-passive": {1, true, false}, "begin-verb": {2, true, false}, "negative-copula": {1, true, false}, "mass-noun": {0, false, false}, "plural-noun": {0, false, false}, "bare-mass-noun": {0, false, false}, "doubled-final": {0, false, false}, "translit": {1, true, false},
	"locative-prep": {0, true, false}, "nominal-starter": {0, true, false}, "copula-subject": {1, true, false}, "masdar-verb": {1, true, true},
	"discourse-opener":  {1, true, false},                                  // h12-lextalk
	"thing-object-verb": {0, true, false}, "phrase-verb": {1, true, false}, // h15-lexorder
	// h12-lexverb
	"object-complement": {1, true, false}, "place-object-verb": {0, true, false}, "gerund-verb": {1, true, false},
	// h12-lexnoun
	"form-ii-object": {0, true, false}, "duration-prep": {0, true, false}, "manner-noun": {0, true, false}, "irregular-adverb": {1, false, false},
	"decade": {1, true, false}, "century": {1, true, false}, // h12-lexnews
	// h13-lexpud
	"purpose-masdar": {0, true, false}, "purpose-prep": {0, true, false}, "relative-passive": {0, true, false}, "tamyiz-adjective": {1, true, true},
	"hollow-imperative": {1, true, true},                                     // h13-lextalk2
	"pronoun-person":    {1, true, false}, "suffix-person": {1, true, false}, // h13-lexverb2
	"verb-opener": {0, true, false}, "language": {1, true, false}, // h14-lexstart
	"pronoun-subject": {1, true, false},                                   // h14-lexcopula
	"spoken":          {1, false, false}, "age-ordinal": {1, true, false}, // h14-lextalk3
}

// tables holds the rows of every grammar table, in file order.
type tables map[string][][]string

// loadTables reads data/grammar/*.tsv of fsys. A "-" column is empty (the
// empty affix, a direct object); Arabic columns are normalized.
func loadTables(fsys fs.FS) (tables, error) {
	names, err := fs.Glob(fsys, "data/grammar/*.tsv")
	if err != nil {
		return nil, err
	}
	t := tables{}
	var errs []string
	for _, name := range names {
		f, err := fsys.Open(name)
		if err != nil {
			return nil, err
		}
		lines, err := readLines(name, f)
		f.Close()
		if err != nil {
			return nil, err
		}
		for _, rl := range lines {
			row, err := parseRow(rl)
			if err != nil {
				errs = append(errs, err.Error())
				continue
			}
			t[rl.cols[0]] = append(t[rl.cols[0]], row)
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("lexicon grammar: %s", strings.Join(errs, "; "))
	}
	return t, nil
}

func parseRow(rl rawLine) ([]string, error) {
	fail := func(format string, a ...any) error {
		return &LoadError{File: rl.file, Line: rl.line, Msg: fmt.Sprintf(format, a...)}
	}
	spec, ok := tableSpecs[rl.cols[0]]
	if !ok {
		return nil, fail("unknown table %q", rl.cols[0])
	}
	if len(rl.cols) != 2+spec.values {
		return nil, fail("table %s wants %d column(s) after its name, got %d", rl.cols[0], 1+spec.values, len(rl.cols)-1)
	}
	row := make([]string, 0, 1+spec.values)
	for i, c := range rl.cols[1:] {
		if c == "" {
			return nil, fail("empty column %d (write - for none)", i+2)
		}
		if c == "-" {
			c = ""
		}
		if (i == 0 && spec.arKey && rl.cols[0] != "translit") || (i > 0 && spec.arVal) {
			c = normalize(c)
		}
		row = append(row, c)
	}
	return row, nil
}

// grammar is the embedded grammar tables. They are compiled into the
// binary and checked by TestLint, so an error here is a build defect.
var grammar = mustTables(grammarFS)

func mustTables(fsys fs.FS) tables {
	t, err := loadTables(fsys)
	if err != nil {
		panic(err)
	}
	return t
}

func (t tables) set(name string) map[string]bool {
	m := make(map[string]bool, len(t[name]))
	for _, r := range t[name] {
		m[r[0]] = true
	}
	return m
}

func (t tables) strings(name string) map[string]string {
	m := make(map[string]string, len(t[name]))
	for _, r := range t[name] {
		m[r[0]] = r[1]
	}
	return m
}

func (t tables) pairs(name string) map[string][2]string {
	m := make(map[string][2]string, len(t[name]))
	for _, r := range t[name] {
		m[r[0]] = [2]string{r[1], r[2]}
	}
	return m
}

func (t tables) lists(name string) map[string][]string {
	m := make(map[string][]string, len(t[name]))
	for _, r := range t[name] {
		m[r[0]] = append(m[r[0]], r[1])
	}
	return m
}

// rows: the key and value of each row of a one-value table, in file order.
func (t tables) rows(name string) [][2]string {
	out := make([][2]string, 0, len(t[name]))
	for _, r := range t[name] {
		out = append(out, [2]string{r[0], r[1]})
	}
	return out
}

func (t tables) keys(name string) []string {
	out := make([]string, 0, len(t[name]))
	for _, r := range t[name] {
		out = append(out, r[0])
	}
	return out
}

func (t tables) affixes(name string) []personAffix {
	out := make([]personAffix, 0, len(t[name]))
	for _, r := range t[name] {
		out = append(out, personAffix{r[0], r[1]})
	}
	return out
}

func (t tables) runes(name string) map[rune]string {
	m := make(map[rune]string, len(t[name]))
	for _, r := range t[name] {
		c := []rune(r[0])
		m[c[0]] = r[1]
	}
	return m
}

// The grammar's word lists, read from data/grammar.
var (
	conjEnglish          = grammar.strings("conj")
	prepEnglish          = grammar.strings("prep-clitic")
	verbParticles        = grammar.set("verb-particle")
	clauseStarters       = grammar.set("clause-starter")
	imperativeOpeners    = grammar.set("imperative-opener")
	conditionals         = grammar.set("conditional")
	relatives            = grammar.set("relative")
	demonstratives       = grammar.pairs("demonstrative")
	quantifiers          = grammar.pairs("quantifier")
	partitives           = grammar.strings("partitive")
	modals               = grammar.set("modal")
	negativeCopula       = grammar.strings("negative-copula")
	quantity             = grammar.set("quantity")
	genericPreps         = grammar.set("generic-prep") // h15-lexarticle
	possessor            = grammar.set("possessor")
	reflexive            = grammar.strings("reflexive")
	preverbAdverbs       = grammar.set("preverb-adverb")
	verbWithB            = grammar.strings("verb-with-b")
	verbWithL            = grammar.strings("verb-with-l")
	verbPrep             = grammar.strings("verb-prep")
	verbPrepSense        = grammar.pairs("verb-prep-sense")
	verbPrepState        = grammar.strings("verb-prep-state")
	passivePredicate     = grammar.set("passive-predicate")
	appointmentVerbs     = grammar.set("appointment-passive")
	fixedObjects         = grammar.lists("fixed-object")
	feminineNouns        = grammar.set("feminine")
	impersonalVerbs      = grammar.set("impersonal")
	interrogatives       = grammar.set("interrogative")
	toMasdar             = grammar.set("to-masdar")
	ordinalBeforeNoun    = grammar.strings("ordinal-before-noun")
	fromVerbs            = grammar.set("from-verb")
	lastNext             = grammar.strings("last-next")
	fractions            = grammar.strings("fraction")
	dualMultiplierSg     = grammar.strings("dual-multiplier-singular") // h14-vocab10b
	numberUnit           = grammar.strings("number-unit")              // h14-vocab10b
	numberTens           = grammar.set("number-tens")                  // h14-vocab10b
	toVerbs              = grammar.set("to-verb")
	couldVerbs           = grammar.set("could-verb")
	eventPassive         = grammar.strings("event-passive")
	beginVerbs           = grammar.pairs("begin-verb")
	subjectPronouns      = grammar.strings("pronoun-copula")
	possessive           = grammar.strings("pronoun-possessive")
	objectPronoun        = grammar.strings("pronoun-object")
	clausePronoun        = grammar.strings("pronoun-clause")
	pronSuffixes         = grammar.keys("pron-suffix")
	impfPrefixes         = grammar.affixes("impf-prefix")
	impfSuffixes         = grammar.affixes("impf-suffix")
	pastSuffixes         = grammar.affixes("past-suffix")
	subjectPronoun       = grammar.strings("person-pronoun")
	irregularPlural      = grammar.strings("irregular-plural")
	irregularParticiple  = grammar.strings("irregular-participle")
	irregularComparative = grammar.strings("irregular-comparative")
	determinerWords      = grammar.set("determiner")
	massNouns            = grammar.set("mass-noun")
	pluralNouns          = grammar.set("plural-noun")
	doubledFinal         = grammar.set("doubled-final")
	bareMassNouns        = grammar.set("bare-mass-noun")
	consonants           = grammar.runes("translit")
	locativePreps        = grammar.set("locative-prep")
	nominalStarters      = grammar.set("nominal-starter")
	copulaSubjects       = grammar.strings("copula-subject")
	masdarVerbs          = grammar.strings("masdar-verb")
	discourseOpeners     = grammar.strings("discourse-opener") // h12-lextalk
	spokenForms          = grammar.rows("spoken")              // h14-lextalk3
	ageOrdinals          = grammar.strings("age-ordinal")      // h14-lextalk3
	// h12-lexverb
	objectComplements = grammar.strings("object-complement")
	placeObjectVerbs  = grammar.set("place-object-verb")
	thingObjectVerbs  = grammar.set("thing-object-verb") // h15-lexorder
	phraseVerbs       = grammar.strings("phrase-verb")   // h15-lexorder
	gerundVerbs       = grammar.strings("gerund-verb")
	// h12-lexnoun
	formIIObject     = grammar.set("form-ii-object")
	durationPreps    = grammar.set("duration-prep")
	mannerNouns      = grammar.set("manner-noun")
	irregularAdverbs = grammar.strings("irregular-adverb")
	decades          = grammar.strings("decade")  // h12-lexnews
	centuries        = grammar.strings("century") // h12-lexnews
	// h13-lexpud
	purposeMasdars   = grammar.set("purpose-masdar")
	purposePreps     = grammar.set("purpose-prep")
	relativePassives = grammar.set("relative-passive")
	tamyizAdjectives = grammar.strings("tamyiz-adjective")
	hollowImperative = grammar.strings("hollow-imperative") // h13-lextalk2
	// h13-lexverb2
	pronounPerson = grammar.strings("pronoun-person")
	suffixPerson  = grammar.strings("suffix-person")
	verbOpeners   = grammar.set("verb-opener") // h14-lexstart
	languages     = grammar.strings("language")
	// h14-lexcopula
	pronounSubjects = grammar.strings("pronoun-subject")
)
