package langid

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/abadojack/whatlanggo"

	"github.com/tarjama/tarjama/corpus"
)

// DefaultLangs are the candidate languages when Options.Langs is empty:
// the languages tarjama's corpora are in or are most often polluted with.
var DefaultLangs = []string{"ar", "fa", "ur", "en", "fr", "de", "es", "tr", "it", "pt", "nl", "id"}

// Options configure an [Identifier].
type Options struct {
	// Langs are the candidate languages as ISO 639-1 codes (fa for Persian);
	// languages with a script of their own (ru, he, hi, zh, ja, ko, el, …)
	// are told by script and need not be listed. Empty means DefaultLangs.
	Langs []string
	// MinLetters is the fewest letters a text needs before it is
	// identified; shorter texts get an abstention. 0 means 20.
	MinLetters int
	// MinConfidence is the lowest library confidence accepted, in [0,1];
	// below it Identify abstains. 0 means 0.3.
	MinConfidence float64
	// MaxRunes caps how much of a text is looked at (the library's cost
	// grows with length, its accuracy hardly after a sentence): longer
	// texts are cut at the last space before it. 0 means 160.
	MaxRunes int
}

// Identifier identifies languages. It is safe for concurrent use.
type Identifier struct {
	opts  whatlanggo.Options
	codes map[whatlanggo.Lang]string
	min   int
	conf  float64
	cap   int
}

// New returns an Identifier, or an error naming a language the library
// does not know.
func New(o Options) (*Identifier, error) {
	langs := o.Langs
	if len(langs) == 0 {
		langs = DefaultLangs
	}
	id := &Identifier{
		opts:  whatlanggo.Options{Whitelist: map[whatlanggo.Lang]bool{}},
		codes: map[whatlanggo.Lang]string{},
		min:   o.MinLetters,
		conf:  o.MinConfidence,
	}
	if id.min <= 0 {
		id.min = 20
	}
	if id.conf <= 0 {
		id.conf = 0.3
	}
	if id.cap = o.MaxRunes; id.cap <= 0 {
		id.cap = 160
	}
	// Every language the library knows, by its short code (ISO 639-1,
	// else 639-3; Persian is "fa").
	byCode := map[string]whatlanggo.Lang{}
	for l := whatlanggo.Lang(0); l <= whatlanggo.Zul; l++ {
		c := l.Iso6391()
		if l == whatlanggo.Pes {
			c = "fa"
		}
		if c == "" {
			c = l.Iso6393()
		}
		id.codes[l] = c
		byCode[c] = l
	}
	for _, code := range langs {
		c := corpus.PrimaryLang(code)
		l, ok := byCode[c]
		if !ok {
			return nil, fmt.Errorf("langid: unknown language %q", code)
		}
		id.opts.Whitelist[l] = true
	}
	return id, nil
}

// Identify returns the language of s as a short code ("ar", "fa", "en", …)
// and the library's confidence, or "" when it abstains: too few letters,
// low confidence, or a script none of the candidates is written in.
func (id *Identifier) Identify(s string) (lang string, confidence float64) {
	if letters(s) < id.min {
		return "", 0
	}
	s = head(s, id.cap)
	info := whatlanggo.DetectWithOptions(s, id.opts)
	if info.Lang < 0 && info.Script != nil {
		// A script none of the candidates is written in (Cyrillic when
		// only ar and en are asked for): name the language anyway, it is
		// certainly not one of them.
		info = whatlanggo.Detect(s)
	}
	if info.Lang < 0 || info.Confidence < id.conf {
		return "", info.Confidence
	}
	return id.codes[info.Lang], info.Confidence
}

// Verdict is what Check concludes about a text and the language it should
// be in.
type Verdict int

// The verdicts.
const (
	Abstain  Verdict = iota // too short or ambiguous to tell
	Match                   // identified as the expected language
	Mismatch                // identified as another language
)

func (v Verdict) String() string {
	switch v {
	case Match:
		return "match"
	case Mismatch:
		return "mismatch"
	}
	return "abstain"
}

// Check tells whether s is in language want (a code such as "ar" or
// "en-US"; only the primary subtag counts).
func (id *Identifier) Check(s, want string) Verdict {
	got, _ := id.Identify(s)
	switch {
	case got == "":
		return Abstain
	case got == corpus.PrimaryLang(want):
		return Match
	}
	return Mismatch
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if r < 0x80 {
			if r|0x20 >= 'a' && r|0x20 <= 'z' {
				n++
			}
		} else if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// Codes returns the candidate languages' codes, sorted and comma-separated.
func (id *Identifier) Codes() string {
	var out []string
	for l := range id.opts.Whitelist {
		out = append(out, id.codes[l])
	}
	slices.Sort(out)
	return strings.Join(out, ",")
}

// head returns s cut to at most n runes, at the last space before the cut
// when there is one.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := 0
	for j := range s {
		if i == n {
			if k := strings.LastIndexByte(s[:j], ' '); k > 0 {
				return s[:k]
			}
			return s[:j]
		}
		i++
	}
	return s
}
