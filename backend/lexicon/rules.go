package lexicon

// window is what a context rule sees: the word and the words around it
// that no earlier rule dropped.
type window struct {
	prev, it, n1, n2, n3 *item
	its                  []item // the whole line, for rules that look further
	i                    int    // it == &its[i]
}

// verdict is what a rule did to its window.
type verdict uint8

const (
	pass    verdict = iota // the rule does not apply
	applied                // it applied; the following rules still run
	settled                // it applied; no later rule runs on this word
	blocked                // it matched but changed nothing; no later rule runs
)

// rule is one named rewrite of a word in its context. It matches on what
// the analysis found (lemma, tag, features, clitics, neighbours' kinds),
// never on an English gloss, and testdata/rules.json pins it with at least
// one numbered case.
type rule struct {
	name string
	// alone: of the rules marked alone, only the first that applies to a
	// word runs (they are alternative readings of one construction).
	alone bool
	// kinds, when not zero, are the kinds of word the rule can apply to:
	// run skips the call for any other word. Set it only where the rule
	// provably returns pass for every other kind (its first condition
	// tests the word's kind), so the mask only saves the call.
	kinds kindSet
	// keys, when not nil, are the lemmas of the words the rule can apply
	// to, on the same terms: the rule's first condition tests the lemma.
	keys  []string
	apply func(g *engine, w *window) verdict
}

// kindSet is a set of item kinds, one bit each.
type kindSet uint16

// kindMask returns the set of the kinds ks.
func kindMask(ks ...kind) kindSet {
	var s kindSet
	for _, k := range ks {
		s |= 1 << k
	}
	return s
}

// has reports whether the item's entry carries feature f.
func (it *item) has(f feature) bool { return it != nil && it.a != nil && it.a.e.has(f) }

// isMonth: a month name (يناير، تموز) that no rule has merged into a date.
func isMonth(it *item) bool { return it != nil && it.kind == kName && it.has(fMonth) }

// plainImperfect: an imperfect verb with nothing merged in front of it, not
// future and not كان.
func plainImperfect(it *item) bool {
	return it != nil && it.kind == kVerb && it.a.vf == vImpf && it.lead == "" && it.mod == "" && !it.a.fut && !it.a.e.has(fCopula)
}

func isCopula(it *item) bool { return it != nil && it.kind == kVerb && it.a.e.has(fCopula) }

func pastVerb(it *item) bool {
	return it != nil && it.kind == kVerb && it.a.vf == vPast && it.lead == ""
}

// lemmaIs reports whether the item's lemma is one of keys.
func lemmaIs(it *item, keys ...string) bool {
	if it == nil {
		return false
	}
	for _, k := range keys {
		if it.key == k {
			return true
		}
	}
	return false
}

// when returns v when cond holds, pass otherwise.
func when(cond bool, v verdict) verdict {
	if cond {
		return v
	}
	return pass
}

// ruleSet is a rule list with, for each kind of word, the positions of
// the rules without keys that may apply to it, and for each lemma the
// positions of the rules keyed to it: run walks the two in list order, so
// a word meets only the keyed rules of its own lemma.
type ruleSet struct {
	rules  []rule
	byKind [kRaw + 1][]uint16
	byKey  map[string][]uint16
}

func newRuleSet(rules []rule) *ruleSet {
	rs := &ruleSet{rules: rules, byKey: map[string][]uint16{}}
	for i, r := range rules {
		for _, k := range r.keys {
			if l := rs.byKey[k]; len(l) == 0 || l[len(l)-1] != uint16(i) {
				rs.byKey[k] = append(l, uint16(i))
			}
		}
	}
	for k := range rs.byKind {
		for i, r := range rules {
			if r.keys == nil && (r.kinds == 0 || r.kinds&(1<<k) != 0) {
				rs.byKind[k] = append(rs.byKind[k], uint16(i))
			}
		}
	}
	return rs
}

var (
	homographSet = newRuleSet(homographRules)
	verbSet      = newRuleSet(verbRules)
	contextSet   = newRuleSet(contextRules)
	mergeSet     = newRuleSet(mergeRules)
)

// after returns the position in idx of the first rule after rule i.
func after(idx []uint16, i int) int {
	j := 0
	for j < len(idx) && int(idx[j]) <= i {
		j++
	}
	return j
}

// run applies the rules of rs to the word of w, in order. A rule may
// change the word's kind or lemma (a homograph reading, a word read in its
// place): the rules after it are then those of the new kind and lemma.
func (g *engine) run(rs *ruleSet, w *window) {
	aloneDone := false
	k, key := w.it.kind, w.it.key
	idx, keyed := rs.byKind[k], rs.byKey[key]
	a, b := 0, 0 // next positions in idx and keyed
	for a < len(idx) || b < len(keyed) {
		var i int
		if b == len(keyed) || a < len(idx) && idx[a] < keyed[b] {
			i = int(idx[a])
			a++
		} else {
			i = int(keyed[b])
			b++
		}
		r := &rs.rules[i]
		if r.alone && aloneDone || r.kinds != 0 && r.kinds&(1<<k) == 0 {
			continue
		}
		v := r.apply(g, w)
		if nk := w.it.kind; nk != k {
			k, idx = nk, rs.byKind[nk]
			a = after(idx, i)
		}
		if nkey := w.it.key; nkey != key {
			key, keyed = nkey, rs.byKey[nkey]
			b = after(keyed, i)
		}
		if v == pass {
			continue
		}
		if g.trace != nil && v != blocked {
			g.trace.rule(r.name)
		}
		if r.alone {
			aloneDone = true
		}
		if v == settled || v == blocked {
			return
		}
	}
}

// questionMarkFrom reports a "?" among its[from:]: the line is a question.
func questionMarkFrom(its []item, from int) bool {
	for j := from; j < len(its); j++ {
		if its[j].kind == kPunct && its[j].text == "?" {
			return true
		}
	}
	return false
}

// liveAfter returns the k-th item after i that no rule dropped, or nil.
func liveAfter(its []item, i, k int) *item {
	for j := i + 1; j < len(its); j++ {
		if !its[j].drop {
			k--
			if k == 0 {
				return &its[j]
			}
		}
	}
	return nil
}

// liveBefore returns the last item before i that no rule dropped, or nil.
func liveBefore(its []item, i int) *item {
	for j := i - 1; j >= 0; j-- {
		if !its[j].drop {
			return &its[j]
		}
	}
	return nil
}

// subjectOf renders a pronoun suffix as the subject of "have" (لديه → he).
func subjectOf(pron string) string {
	if pron == "ه" {
		return "he"
	}
	return clausePronoun[pron]
}

// singularSubject: he/she/it take "has", "does".
func singularSubject(s string) bool { return s == "he" || s == "it" || s == "she" }

// allRules lists every named rule, for the table test and the trace.
func allRules() []rule {
	var all []rule
	for _, rs := range [][]rule{homographRules, verbRules, contextRules, mergeRules} {
		all = append(all, rs...)
	}
	return all
}
