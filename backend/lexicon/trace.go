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

// UnknownRate is the share of Words that were unknown.
func (x Explanation) UnknownRate() float64 {
	n := 0
	for _, c := range x.Unknown {
		n += c.N
	}
	return float64(n) / float64(max(x.Words, 1))
}

// Explain translates s as TranslateText does and also reports the unknown
// words and the rules that fired, to guide people who extend the lexicon.
func (t *Translator) Explain(s string) Explanation {
	tr := &trace{rules: map[string]int{}, unknown: map[string]int{}}
	g := engine{lex: t.lex, trace: tr, sc: new(scratch)}
	var b strings.Builder
	for {
		line, rest, more := strings.Cut(s, "\n")
		g.line(line, &b)
		if !more {
			break
		}
		b.WriteByte('\n')
		s = rest
	}
	return Explanation{Text: b.String(), Words: tr.words, Unknown: sorted(tr.unknown), Rules: sorted(tr.rules)}
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
