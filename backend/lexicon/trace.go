package lexicon

import (
	"sort"
	"strings"
)

// trace records what the engine did on a text, for people who extend the
// lexicon and its rules: the rules that fired and the words it could not
// read.
type trace struct {
	rules   map[string]int
	unknown map[string]int
	words   int
}

func (t *trace) rule(name string) { t.rules[name]++ }

// Explanation is what Explain found on a text.
type Explanation struct {
	// Text is the translation, exactly as TranslateText gives it.
	Text string
	// Words counts the Arabic words and phrases read (numbers, Latin runs
	// and punctuation are not counted).
	Words int
	// Unknown lists the words the lexicon could not read (transliterated
	// in Text), most frequent first, then in Arabic order.
	Unknown []Count
	// Rules lists the context rules that fired, most frequent first, then
	// by name.
	Rules []Count
}

// Count is a word or rule name with how often it occurred.
type Count struct {
	Name string
	N    int
}

// UnknownWords is the number of words (occurrences) that were unknown.
func (x Explanation) UnknownWords() int {
	n := 0
	for _, c := range x.Unknown {
		n += c.N
	}
	return n
}

// UnknownRate is the share of Words that were unknown.
func (x Explanation) UnknownRate() float64 {
	return float64(x.UnknownWords()) / float64(max(x.Words, 1))
}

// Explain translates s as TranslateText does and also reports the unknown
// words and the rules that fired, to guide people who extend the lexicon.
func (t *Translator) Explain(s string) Explanation {
	e := t.NewExplainer()
	var b strings.Builder
	for {
		line, rest, more := strings.Cut(s, "\n")
		b.WriteString(e.Line(line).Text)
		if !more {
			break
		}
		b.WriteByte('\n')
		s = rest
	}
	x := e.Total()
	x.Text = b.String()
	return x
}

// An Explainer explains a text line by line, so that a corpus of any size
// is explained in memory bounded by its distinct words. Not safe for
// concurrent use.
type Explainer struct {
	g     engine
	line  trace // this line's counts
	total trace
	b     strings.Builder
}

// NewExplainer returns an Explainer on t's lexicon.
func (t *Translator) NewExplainer() *Explainer {
	e := &Explainer{
		line:  trace{rules: map[string]int{}, unknown: map[string]int{}},
		total: trace{rules: map[string]int{}, unknown: map[string]int{}},
	}
	e.g = engine{lex: t.lex, trace: &e.line, sc: new(scratch)}
	return e
}

// Line translates one line (without its newline) as TranslateText does and
// returns what happened on it; its counts are added to Total's.
func (e *Explainer) Line(s string) Explanation {
	clear(e.line.rules)
	clear(e.line.unknown)
	e.line.words = 0
	e.b.Reset()
	e.g.line(s, &e.b)
	for k, n := range e.line.rules {
		e.total.rules[k] += n
	}
	for k, n := range e.line.unknown {
		e.total.unknown[k] += n
	}
	e.total.words += e.line.words
	return Explanation{Text: e.b.String(), Words: e.line.words, Unknown: sorted(e.line.unknown), Rules: sorted(e.line.rules)}
}

// Total is what every Line so far found, without Text.
func (e *Explainer) Total() Explanation {
	return Explanation{Words: e.total.words, Unknown: sorted(e.total.unknown), Rules: sorted(e.total.rules)}
}

// count records the words of a built line.
func (t *trace) count(its []item) {
	for i := range its {
		it := &its[i]
		if it.kind == kPunct || it.kind == kNum || it.kind == kRaw || it.verbatim {
			continue
		}
		t.words++
		if it.unknown {
			t.unknown[it.key]++
		}
	}
}

func sorted(m map[string]int) []Count {
	out := make([]Count, 0, len(m))
	for k, n := range m {
		out = append(out, Count{k, n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].N != out[j].N {
			return out[i].N > out[j].N
		}
		return out[i].Name < out[j].Name
	})
	return out
}
