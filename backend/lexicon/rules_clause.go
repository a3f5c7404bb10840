package lexicon

// Rules of h11-clause: negation with أبدا, أحد as a negated subject,
// clauses opened by ما/من, news passives and quantity nouns.

// A negated verb before أبدا is said with "never" in the place of "not":
// لن نستسلم أبدا → we will never surrender, لم يكذب أبدا → he never lied,
// لا يكذب أبدا → he never lies; أبدا may close the verb's clause after its
// object (لن ننسى ذلك أبدا → we will never forget that).
func negatedNever(g *engine, w *window) verdict {
	it := w.it
	if it.kind != kVerb || it.a == nil ||
		!(it.mod == "لم" || it.mod == "لن" || it.mod == "لا" || (it.mod == "ما" && it.a.vf == vPast)) {
		return pass
	}
	adv := abadanAfter(w.its, w.i)
	if adv == nil {
		return pass
	}
	it.never = true
	adv.drop = true
	return applied
}

// abadanAfter finds أبدا within four words after the verb its[i], in its
// clause.
func abadanAfter(its []item, i int) *item {
	return clauseWord(its, i, func(j int, x *item) (hit, stop bool) {
		return x.lead == "" && lemmaIs(x, "ابدا"), false
	})
}

// clauseWord returns the first of the four words after the verb its[i]
// that match takes, looking no further than the end of its clause
// (punctuation, a verb, raw text, a clause starter or "and") or than a word
// where match says stop.
func clauseWord(its []item, i int, match func(j int, x *item) (hit, stop bool)) *item {
	seen := 0
	for j := i + 1; j < len(its) && seen < 4; j++ {
		x := &its[j]
		if x.drop {
			continue
		}
		seen++
		if hit, stop := match(j, x); hit || stop {
			if stop {
				return nil
			}
			return x
		}
		if x.kind == kPunct || x.kind == kVerb || x.kind == kRaw || x.kind == kFunc && clauseStarters[x.key] || x.andSt {
			return nil
		}
	}
	return nil
}

// neverText renders a verb negated with أبدا (it.never): "will never"
// after لن, "never" + past after لم/ما, "never" + present after لا; a
// stative gloss (be able) keeps its be: was never able.
func neverText(it *item, base, past string, third bool) string {
	a := it.a
	rest, stative := cutBe(base)
	switch {
	case it.mod == "لن":
		return "will never " + base
	case (it.mod == "لم" || it.mod == "ما") && stative:
		return either(third || a.person == "1s", "was never ", "were never ") + rest
	case it.mod == "لم" || it.mod == "ما":
		return "never " + past
	case stative && a.person == "1s":
		return "am never " + rest
	case stative:
		return either(third, "is never ", "are never ") + rest
	case third:
		return "never " + thirdSingular(base)
	}
	return "never " + base
}

func cutBe(base string) (string, bool) {
	if len(base) > 3 && base[:3] == "be " {
		return base[3:], true
	}
	return base, false
}

// أحد standing alone after a negated verb, in its clause, is its subject:
// لم يحضر الاجتماع أحد → no one attended the meeting, لن يصدق أحد ذلك → no
// one will believe that. The verb is said without its negation, "no one"
// before it. أحد before a noun (أحد الطلاب, one of the students) is not
// alone.
func negatedAhadNoOne(g *engine, w *window) verdict {
	it := w.it
	if it.kind != kVerb || it.a == nil || it.a.e.has(fCopula) || it.a.passive || it.inf || it.bare || it.never ||
		!(it.mod == "لم" || it.mod == "لن" || it.mod == "لا") || !(it.a.person == "3ms" || it.a.person == "3fs") {
		return pass
	}
	one := ahadAfter(w.its, w.i)
	if one == nil {
		return pass
	}
	c := *it.a
	switch it.mod {
	case "لم":
		c.vf = vPast
	case "لن":
		c.fut = true
	}
	c.person = "3ms"
	it.a = &c
	it.mod = ""
	it.subject = "no one"
	one.drop = true
	return applied
}

// ahadAfter finds أحد alone in the clause of the verb its[i], within four
// words: no lead, no pronoun suffix, and no plural noun (أحد الطلاب),
// adjective or number right after it.
func ahadAfter(its []item, i int) *item {
	return clauseWord(its, i, func(j int, x *item) (hit, stop bool) {
		if x.key != "احد" || x.lead != "" || x.a == nil || x.a.pron != "" || x.a.e.tag != TagPron {
			return false, false
		}
		n := liveAfter(its, j, 1)
		return true, n != nil && n.lead == "" && (nounlike(n) && n.plural || n.kind == kAdj || n.kind == kNum)
	})
}

// في وقت before a verb opens a clause: في وقت يشهد البلد أزمة → at a time
// when the country witnesses a crisis.
func fiWaqtWhen(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if it.kind != kFunc || !lemmaIs(it, "في") || it.post != "" || n1 == nil || !lemmaIs(n1, "وقت") || n1.lead != "" || n1.def || n1.plural ||
		n1.a == nil || n1.a.pron != "" || n2 == nil || n2.kind != kVerb || n2.lead != "" {
		return pass
	}
	it.text = g.esc("at a time when")
	n1.drop = true
	n2.opens = true
	return applied
}

// An unvowelled perfect of a +harm verb (قتل، جرح، اعتقل) opening its
// clause right before a number and a +person noun is the passive, the
// count (or عدة، بضعة) its subject: قتل ثلاثة أشخاص في الهجوم → three people were killed
// in the attack; قتل مئات الجنود → hundreds of soldiers were killed; and
// before one indefinite person (harmSinglePerson). With a subject between
// (قتل الجيش ثلاثة أشخاص) it stays active.
func harmCountPassive(g *engine, w *window) verdict {
	it, n1, n2, prev := w.it, w.n1, w.n2, w.prev
	if it.kind != kVerb || it.a == nil || !it.has(fHarm) || it.a.vf != vPast || it.a.passive || it.a.pron != "" || it.mod != "" ||
		!(it.a.person == "3ms" || it.a.person == "3fs") || it.lead != "" && !it.andSt || it.post != "" {
		return pass
	}
	if prev != nil && prev.kind != kPunct && !(prev.kind == kFunc && clauseStarters[prev.key] && prev.post == "" && (prev.a == nil || prev.a.pron == "")) {
		// إنه قتل ثلاثة أشخاص: the pronoun on إن is the subject
		return pass
	}
	if harmSinglePerson(w) {
		passiveReading(it)
		return applied
	}
	if n1 == nil || !(n1.kind == kNum || lemmaIs(n1, "عدة", "بضعة", "بضع")) || n1.lead != "" || n2 == nil || n2.lead != "" || n2.kind != kNoun || !n2.has(fPerson) {
		return pass
	}
	if n1.has(fMultipliers) != (n2.det == "the" || n2.def) {
		// ثلاثة أشخاص: an indefinite noun after a count; آلاف المدنيين: a
		// definite plural after a multiplier
		return pass
	}
	passiveReading(it)
	return applied
}

// من opening a clause before a third-person verb is the relative
// "whoever", in a question "who": من يعمل بجد ينجح → whoever works hard
// succeeds, من قال ذلك؟ → who said that?; after a preposition too (ضريبة
// على من يمر → a tax on whoever passes), and كل من is "everyone who". Its
// verb has no subject of its own.
func manWhoever(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.kind == kVerb && it.a != nil && it.a.person == "3ms" && it.lead == "" && !it.inf && !it.bare && lemmaIs(prev, "كل من") && prev.post == "" {
		// كل من يعمل → everyone who works (كل من X و Y is "both")
		prev.text = g.esc("everyone who")
		return applied
	}
	if it.kind != kVerb || it.a == nil || it.a.person != "3ms" || it.inf || it.bare || it.lead != "" ||
		prev == nil || !lemmaIs(prev, "من") || prev.kind != kFunc || prev.post != "" || prev.a == nil || prev.a.pron != "" || prev.lead != "" && !prev.andSt {
		return pass
	}
	p := liveBefore(w.its, itemIndex(w.its, 0, prev))
	if p != nil && p.kind != kPunct && !(p.kind == kFunc && (clauseStarters[p.key] || p.a != nil && p.a.e.tag == TagPrep) && p.post == "") {
		return pass
	}
	prev.text = g.esc("whoever")
	if questionMarkFrom(w.its, 0) {
		prev.text = g.esc("who") // من قال ذلك؟ → who said that?
	}
	return applied
}

// harmSinglePerson: an indefinite +person noun after the verb, with its
// adjectives, and nothing after them that could be an object: قتل جندي
// أمريكي في الهجوم → an American soldier was killed in the attack (قتل
// مسلح ثلاثة أشخاص keeps the gunman as subject).
func harmSinglePerson(w *window) bool {
	n1 := w.n1
	if n1 == nil || n1.kind != kNoun || n1.lead != "" || n1.det != "" || n1.def || n1.plural || !n1.has(fPerson) || n1.a == nil || n1.a.tanwin {
		return false
	}
	j := itemIndex(w.its, w.i+1, n1)
	x := liveAfter(w.its, j, 1)
	for x != nil && x.kind == kAdj && x.lead == "" {
		j = itemIndex(w.its, j+1, x)
		x = liveAfter(w.its, j, 1)
	}
	return x == nil || x.kind == kPunct || x.lead != "" || x.kind == kFunc && x.a != nil && x.a.e.tag == TagPrep
}

// After لم the imperfect of a doubled verb is spelled like the jussive of
// a hollow one (يقل: قلّ decrease, or قال say with its long vowel dropped);
// the hollow verb is by far the more common: لم يقل → did not say.
func lamHollowJussive(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kFunc || !lemmaIs(it, "لم") || it.post != "" || n1 == nil || n1.kind != kVerb || n1.lead != "" || n1.a == nil ||
		n1.a.vf != vImpf || n1.a.fut || n1.a.passive || n1.a.pron != "" || runeLen(n1.a.e.ar) != 2 || n1.a.e.impf == "" {
		return pass
	}
	rs := []rune(n1.a.e.ar)
	for _, mid := range [...]rune{'و', 'ي', 'ا'} {
		for _, e := range g.lex.impf[string([]rune{rs[0], mid, rs[1]})] {
			if e.tag != TagVerb || e.ar != string([]rune{rs[0], 'ا', rs[1]}) {
				// a hollow perfect (قال), not a form II (حوّل, يحول)
				continue
			}
			c := *n1.a
			c.e, c.alts = e, nil
			*n1 = g.itemInPlace(&c, n1)
			return applied
		}
	}
	return pass
}

// h14-lexstart

// A phrase line made of a past verb and the preposition it governs (حصل
// على obtained, وافق على approved, أشار إلى pointed out) has no room for a
// subject between the two: opening its clause, its subject is dropped and
// said as "he", the pronoun of the third person masculine: حصل على جائزة
// → he obtained a prize, وافق على الاتفاق → he approved the agreement.
// Other persons are left alone: ت is also "I" and "you" (حصلت على), وا
// also the imperative (فكروا في → think about). After a pronoun suffix
// (إنه) the subject is said already, and so it is in a +subject line
// (أعتقد أن I think that).
func verbalPhraseSubject(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.kind != kFunc || it.a == nil || it.a.e.tag != TagPhrase || it.a.e.has(fSubject) || it.a.pron != "" || it.a.prep != "" || it.post != "" || it.text == "" ||
		!(it.lead == "" || it.bareAnd()) ||
		prev != nil && !(prev.kind == kPunct || prev.kind == kFunc && clauseStarters[prev.key] && prev.post == "" && (prev.a == nil || prev.a.pron == "")) {
		return pass
	}
	v := g.firstWord(it.a.e.ar)
	if v == nil || v.e.tag != TagVerb || v.vf != vPast || v.pron != "" || v.passive || v.e.has(fCopula) {
		return pass
	}
	if v.person != "3ms" {
		// ت is also I and you (حصلت على), وا also the imperative (فكروا
		// في think about)
		return pass
	}
	it.text = subjectPronoun[v.person] + " " + it.text
	return applied
}
