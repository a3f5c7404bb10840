package lexicon

// Noun-phrase rules (h12-lexnoun): when a definite Arabic noun is generic
// and English says it without "the". They are context rules (listed in
// contextRules) and set item.generic, which memberDet reads.

// genericCapable: a definite noun with the article and nothing else
// before it (no possessive, no demonstrative or quantifier), that English
// says bare when generic: a plural (not a dual), a +mass noun (الماء
// water) or an +abstract one, or a verbal noun (اللعب playing).
func genericCapable(it *item) bool {
	if it == nil || it.kind != kNoun || it.a == nil || !it.a.def || it.a.pron != "" || it.det != "the" || it.a.dual || it.superl != "" {
		return false
	}
	return it.plural || it.has(fMass) || it.has(fAbstract) || it.a.gerund
}

// afterAdjectives returns the first live item after its[i] that is not a
// definite adjective agreeing with it (الأطفال الصغار يحبون), and its
// index.
func afterAdjectives(its []item, i int) (*item, int) {
	for j := i + 1; j < len(its); j++ {
		x := &its[j]
		if x.drop {
			continue
		}
		if x.kind == kAdj && x.def && x.lead == "" {
			continue
		}
		return x, j
	}
	return nil, len(its)
}

// A generic noun opening a present statement is said without "the": a
// plural whose predicate is a +taste verb (الأطفال يحبون اللعب → children
// love playing) or an indefinite noun (القطط حيوانات → cats are animals),
// a +mass noun before a plain imperfect, an indefinite adjective (الماء
// ضروري للحياة → water is essential for life) or an indefinite noun
// (h14-lexstart: النفط مصدر مهم → oil is an important source). Other plural subjects are
// most often specific in news (المسؤولون يقولون → the officials say), and
// so is a past (الطلاب ذهبوا → the students went); a genitive after it
// (أطفال المدرسة) or a relative clause keeps "the".
func genericSubject(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if !genericCapable(it) || it.a.gerund || it.lead != "" && !it.andSt || prev != nil && prev.kind != kPunct {
		return pass
	}
	n, _ := afterAdjectives(w.its, w.i)
	if n == nil || n.lead != "" {
		return pass
	}
	present := n.kind == kVerb && n.a.vf == vImpf && !n.a.fut && (n.mod == "" || n.mod == "لا") && !n.a.e.has(fCopula)
	mass := it.has(fMass) && !it.plural || it.has(fMass) && it.a.e.tag == TagNounPlural
	switch {
	case present && n.has(fTaste) && it.plural:
	case n.kind == kNoun && !n.def && n.det == "" && n.a != nil && n.a.pron == "" && (it.plural && !it.has(fMass) || mass):
		// h14-lexstart: a mass noun too (النفط مصدر مهم → oil is an
		// important source)
	case mass && (present || n.kind == kAdj && !n.def && n.a != nil && n.a.pron == ""):
	default:
		return pass
	}
	it.generic = true
	return applied
}

// The definite plural, mass or abstract object of a +taste verb (أحب،
// كره، فضل، احتاج), directly, after its subject (يكره الناس الحروب →
// people hate wars) or after its preposition (يحتاج إلى الماء), is generic: أحب القطط → I love cats, يحتاج النبات إلى الماء → the plant
// needs water. A genitive after it (أحب كتب الأطفال) or a relative clause
// keeps "the".
func genericTasteObject(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if !genericCapable(it) || prev == nil {
		return pass
	}
	v, j := prev, prevIndex(w.its, w.i)
	if prev.kind == kFunc && prev.a != nil && prev.a.e.tag == TagPrep && prev.a.pron == "" {
		// يحتاج (النبات) إلى الماء: back over the preposition and the
		// verb's subject
		j = prevIndex(w.its, j)
		for n := 0; j >= 0 && n < 3 && w.its[j].kind != kVerb && w.its[j].lead == "" && (nounlike(&w.its[j]) || w.its[j].kind == kAdj); n++ {
			j = prevIndex(w.its, j)
		}
		if j < 0 {
			return pass
		}
		v = &w.its[j]
	} else if it.lead != "" && !it.objB { // a clitic other than a preposition its verb governs
		return pass
	} else if j >= 0 && prev.kind == kNoun && prev.def && prev.lead == "" && prev.a != nil && prev.a.pron == "" {
		// يكره الناس الحروب: back over the verb's subject
		if j = prevIndex(w.its, j); j < 0 {
			return pass
		}
		v = &w.its[j]
	}
	if v == nil || v.kind != kVerb || !v.has(fTaste) || v.a.passive {
		return pass
	}
	it.generic = true
	return applied
}

// positiveOfElative returns the adjective line an elative أفعل is the
// elative of, by its root: فعيل (أجمل → جميل), فعل (أصعب → صعب), فاعل,
// فعول; nil when the lexicon has none.
func (l *Lexicon) positiveOfElative(el string) *entry {
	r := []rune(el)
	if len(r) != 4 || r[0] != 'ا' {
		return nil
	}
	c1, c2, c3 := string(r[1]), string(r[2]), string(r[3])
	for _, w := range [...]string{c1 + c2 + "ي" + c3, c1 + c2 + c3, c1 + "ا" + c2 + c3, c1 + c2 + "و" + c3} {
		for _, e := range l.lookupWord(w) {
			if e.tag == TagAdj && e.ar == w {
				return e
			}
		}
	}
	return nil
}

// The exclamative ما أفعل + a definite noun phrase ending the clause is
// "how" + the positive adjective + the noun phrase + "is": ما أجمل هذه
// الفكرة! → how beautiful this idea is! (not "what more beautiful this
// idea"). ما before an elative and no noun phrase (ما أكثر من) is left to
// the other rules.
func exclamativeMaAfal(g *engine, w *window) verdict {
	it, el := w.it, w.n1
	if it.key != "ما" || it.kind != kFunc || it.lead != "" || w.prev != nil && w.prev.kind != kPunct || !elative(el) || el.a.prep != "" {
		return pass
	}
	pos := g.lex.positiveOfElative(el.a.e.ar)
	if pos == nil {
		return pass
	}
	// the noun phrase: a demonstrative or nothing, a definite noun, its
	// definite adjectives, then punctuation or the end
	j := nextLive(w.its, nextLive(w.its, w.i))
	if _, ok := demonstratives[w.its[max(j, 0)].key]; ok && j >= 0 {
		j = nextLive(w.its, j)
	}
	if j < 0 || w.its[j].kind != kNoun || !w.its[j].def || w.its[j].lead != "" {
		return pass
	}
	head := &w.its[j]
	k := j
	for k = nextLive(w.its, k); k >= 0 && w.its[k].kind == kAdj && w.its[k].def && w.its[k].lead == ""; k = nextLive(w.its, k) {
	}
	if k >= 0 && w.its[k].kind != kPunct {
		return pass
	}
	it.text = "how"
	*el = g.itemInPlace(&analysis{e: pos, stem: el.a.stem, affixes: el.a.affixes}, el)
	head.post = either(head.plural && !massPlural(head), "are", "is")
	return applied
}

// ب + a noun of manner (the table manner-noun: بشكل، بصورة) before
// an indefinite one-word adjective is the English adverb of that adjective:
// تحدث بشكل هادئ → he spoke calmly, لعب الفريق بشكل جيد → the team played
// well (the phrase lines such as بشكل كبير 'significantly' come first).
func mannerAdverb(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kFunc || !mannerNouns[it.key] || it.a == nil || it.a.pron != "" || n1 == nil || n1.kind != kAdj || n1.def || n1.lead != "" || n1.a == nil || n1.a.pron != "" || n1.a.tanwin {
		return pass
	}
	adv := adverbOf(n1.a.e.en)
	if elativeShape(n1) {
		// بشكل أسرع → faster: the comparative is the adverb
		adv = comparative(n1.a.e.en)
	}
	if adv == "" || n1.a.e.derived {
		// a participle made by morphology (بشكل مطرود) has no adverb
		return pass
	}
	it.text = g.esc(adv)
	n1.drop = true
	return applied
}
