package lexicon

import "unsafe"

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

// ruleSet is a rule list with, for each kind of word, the steps of the
// rules without keys that may apply to it, and for each lemma the steps
// of the rules keyed to it: run walks the two in list order, so a word
// meets only the keyed rules of its own lemma.
type ruleSet struct {
	rules  []rule
	byKind [kRaw + 1][]step
	byKey  map[string][]step
	// keyBits has the bit keyBit(k) set for every key k of byKey: a lemma
	// whose bit is clear has no keyed rules, so keyed skips the map (most
	// words are no rule's key).
	keyBits [4]uint64
}

// step is a rule of one of a ruleSet's lists with what run tests before
// calling it, copied out of the rule so that the walk reads one small
// array.
type step struct {
	apply func(g *engine, w *window) verdict
	pos   uint16 // the rule's position in rules
	kinds kindSet
	alone bool
}

func newRuleSet(rules []rule) *ruleSet {
	rs := &ruleSet{rules: rules, byKey: map[string][]step{}}
	for i, r := range rules {
		st := step{apply: r.apply, pos: uint16(i), kinds: r.kinds, alone: r.alone}
		for _, k := range r.keys {
			if l := rs.byKey[k]; len(l) == 0 || l[len(l)-1].pos != uint16(i) {
				rs.byKey[k] = append(l, st)
			}
			b := keyBit(k)
			rs.keyBits[b>>6] |= 1 << (b & 63)
		}
	}
	for k := range rs.byKind {
		for i, r := range rules {
			if r.keys == nil && (r.kinds == 0 || r.kinds&(1<<k) != 0) {
				// no kinds: every rule of the list applies to kind k
				rs.byKind[k] = append(rs.byKind[k], step{apply: r.apply, pos: uint16(i), alone: r.alone})
			}
		}
	}
	return rs
}

// keyBit hashes a lemma to one of 256 bits by its length and two of its
// last bytes (the first bytes of Arabic letters vary little).
func keyBit(k string) uint8 {
	if len(k) < 3 {
		return uint8(len(k))
	}
	return uint8(len(k)*7 + int(k[len(k)-1])*3 + int(k[len(k)-3]))
}

// keyed returns the steps of the rules keyed to the lemma key.
func (rs *ruleSet) keyed(key string) []step {
	if b := keyBit(key); rs.keyBits[b>>6]&(1<<(b&63)) == 0 {
		return nil
	}
	return rs.byKey[key]
}

var (
	homographSet = newRuleSet(homographRules)
	verbSet      = newRuleSet(verbRules)
	contextSet   = newRuleSet(contextRules)
	mergeSet     = newRuleSet(mergeRules)
)

// after returns the steps of l after the rule at position pos.
func after(l []step, pos uint16) []step {
	j := 0
	for j < len(l) && l[j].pos <= pos {
		j++
	}
	return l[j:]
}

// run applies the rules of rs to the word of w, in order. A rule may
// change the word's kind or lemma (a homograph reading, a word read in its
// place): the rules after it are then those of the new kind and lemma.
// idx and keyed are the steps still to walk of the two lists.
func (g *engine) run(rs *ruleSet, w *window) {
	aloneDone := false
	k, key := w.it.kind, w.it.key
	idx, keyed := rs.byKind[k], rs.keyed(key)
	for len(idx) > 0 || len(keyed) > 0 {
		var s *step
		if len(keyed) == 0 || len(idx) > 0 && idx[0].pos < keyed[0].pos {
			s, idx = &idx[0], idx[1:]
		} else {
			s, keyed = &keyed[0], keyed[1:]
		}
		if s.alone && aloneDone || s.kinds != 0 && s.kinds&(1<<k) == 0 {
			continue
		}
		v := s.apply(g, w)
		if nk := w.it.kind; nk != k {
			k, idx = nk, after(rs.byKind[nk], s.pos)
		}
		if nkey := w.it.key; !sameString(nkey, key) {
			key, keyed = nkey, after(rs.keyed(nkey), s.pos)
		}
		if v == pass {
			continue
		}
		if g.trace != nil && v != blocked {
			g.trace.rule(rs.rules[s.pos].name)
		}
		if s.alone {
			aloneDone = true
		}
		if v == settled || v == blocked {
			return
		}
	}
}

// sameString reports whether a and b are the same bytes, without a call
// when they share them (a lemma no rule replaced).
func sameString(a, b string) bool {
	return len(a) == len(b) && (len(a) == 0 || unsafe.StringData(a) == unsafe.StringData(b) || a == b)
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
