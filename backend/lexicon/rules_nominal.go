package lexicon

import "strings"

// h14-lexcopula: nominal sentences and the copula (issue 18). Each rule
// is pinned by cases 2500-2599 of testdata/rules.json.

// عبر before a border, road, river or sea (a +way noun) is "across":
// وصل المهاجرون عبر الحدود → the migrants arrived across the borders;
// before anything else it keeps "through" (عبر الهاتف → through the
// phone).
func abrAcrossWay(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kFunc || it.key != "عبر" || it.a == nil || it.a.e.tag != TagPrep || it.post != "" || it.a.pron != "" ||
		n1 == nil || n1.lead != "" || n1.kind != kNoun || !n1.has(fWay) {
		return pass
	}
	it.text = g.esc("across")
	return applied
}

// clauseEndAdjective: its[i] is an indefinite adjective standing alone, with
// no clitic, that ends its clause (or is followed by جدا "very" or an
// adverb): the predicate of a nominal sentence.
func clauseEndAdjective(its []item, i int) bool {
	it := &its[i]
	if it.kind != kAdj || it.def || it.lead != "" || it.a == nil || it.a.prep != "" || it.a.pron != "" {
		return false
	}
	n := liveAfter(its, i, 1)
	return n == nil || n.kind == kPunct || n.lead == "" && n.kind == kFunc && (n.key == "جدا" || n.a != nil && n.a.e.tag == TagAdv)
}

// predicateAfterSubject: its[i] is an indefinite adjective with no
// clitic and no noun or adjective right after it (which would make it a
// head of its own): after a pronoun subject, its predicate (كل شيء ممكن
// إذا عملنا معا → everything is possible if we work together).
func predicateAfterSubject(its []item, i int) bool {
	it := &its[i]
	if it.kind != kAdj || it.def || it.lead != "" || it.a == nil || it.a.prep != "" || it.a.pron != "" {
		return false
	}
	n := liveAfter(its, i, 1)
	return n == nil || n.lead != "" || !(nounlike(n) || n.kind == kAdj)
}

// pronounSubject: a word of the pronoun-subject table (كل شيء، الجميع)
// with no clitic, or a quantifier of that table with its pronoun suffix
// (أحدهما one of them, كلهم all of them), which it needs.
func pronounSubject(it *item) bool {
	if it == nil || it.kind != kFunc || it.lead != "" || it.post != "" {
		return false
	}
	if _, ok := pronounSubjects[it.key]; !ok {
		return false
	}
	_, quant := quantifiers[it.key]
	return it.a == nil && !quant || it.a != nil && (it.a.pron != "") == quant
}

// possessedPhrase: a one-word phrase line of a noun with the suffix ي
// "my" (أمي my mother, عائلتي my family, أصدقائي my friends), which
// stands for a definite noun phrase; plural when that noun is a plural
// line. The noun is looked up without the suffix (ت before it is ة).
func (g *engine) possessedPhrase(it *item) (plural, ok bool) {
	if it == nil || it.kind != kFunc || it.lead != "" || it.post != "" || it.a == nil || it.a.e.tag != TagPhrase || it.a.pron != "" ||
		strings.Contains(it.key, " ") || !strings.HasSuffix(it.key, "ي") {
		return false, false
	}
	base := strings.TrimSuffix(it.key, "ي")
	keys := []string{base}
	if b, cut := strings.CutSuffix(base, "ت"); cut {
		keys = append(keys, b+"ة")
	}
	if b, cut := strings.CutSuffix(base, "ئ"); cut {
		keys = append(keys, b+"ء") // أصدقائي: أصدقاء
	}
	for _, k := range keys {
		for _, e := range g.lex.lookupWord(k) {
			if e.ar == k && (e.tag == TagNoun || e.tag == TagNounPlural) {
				return e.tag == TagNounPlural, true
			}
		}
	}
	return false, false
}

// nominalSubject: it is a pronoun subject (pronounSubject) or a
// possessed phrase (possessedPhrase), and whether it takes "are".
func (g *engine) nominalSubject(it *item) (plural, ok bool) {
	if pronounSubject(it) {
		return pronounSubjectPlural(it), true
	}
	return g.possessedPhrase(it)
}

// pronounSubjectPlural: the pronoun subject it takes "are" (كلهم all
// of them), by the table's copula column.
func pronounSubjectPlural(it *item) bool { return pronounSubjects[it.key] == "are" }

// An adjective that also reads as a noun keeps its adjective reading
// when it is the predicate after a lone demonstrative or a pronoun
// subject: هذا سهل → this is easy (not "a plain"), كل شخص سعيد →
// everyone is happy (not the name Said).
func predicateAdjectiveReading(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.kind != kAdj || !hasAlts(it) || prev == nil || !clauseEndAdjective(w.its, w.i) {
		return pass
	}
	_, subj := g.nominalSubject(prev)
	k := itemIndex(w.its, 0, prev)
	if _, ok := demonstratives[prev.key]; !(ok && prev.kind == kFunc && prev.post == "" || subj) ||
		!opensClause(w.its, k) && !lemmaIs(liveBefore(w.its, k), "لم يعد", "لم تعد") {
		return pass // (لم يعد هذا سهلا → this is no longer easy)
	}
	return settled
}

// كل شيء ممكن → everything is possible, الجميع سعداء → everyone is
// happy, لا شيء مستحيل → nothing is impossible: a word of the
// pronoun-subject table opening its clause before an indefinite adjective
// that ends it is the subject of "is".
func pronounSubjectCopula(g *engine, w *window) verdict {
	it := w.it
	plural, subj := g.nominalSubject(it)
	if !subj || !opensClause(w.its, w.i) || w.n1 == nil || w.i > 0 && w.its[w.i-1].kind == kVerb {
		return pass // (كان كل شيء جميلا: kana-pronoun-subject-adjective-predicate said it)
	}
	if !predicateAfterSubject(w.its, itemIndex(w.its, w.i, w.n1)) && !(nounPredicate(w.n1) && !pronounSubject(it)) {
		return pass // (a noun is the predicate of a possessed phrase only: أمي طبيبة → my mother is a doctor)
	}
	it.text += either(plural, " are", " is")
	return applied
}

// كان كل شيء جميلا → everything was beautiful, لم يكن أحد سعيدا …: كان
// (any tense, with لم/لن) before a word of the pronoun-subject table and
// an indefinite adjective is that word's copula: the word goes first with
// كان's tense. A +linking verb in the past (أصبح، ظل) says its own past:
// ظل الجميع صامتين → everyone remained silent.
func kanaPronounSubject(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	linking := it.kind == kVerb && it.has(fLinking) && it.a.vf == vPast && it.mod == "" && it.a.e.past != "" && (it.a.person == "3ms" || it.a.person == "3fs")
	plural, subj := g.nominalSubject(n1)
	if !isCopula(it) && !linking || it.has(fStill) || it.there || it.a.pron != "" || it.a.passive || !subj || n2 == nil {
		return pass
	}
	if !predicateAfterSubject(w.its, itemIndex(w.its, w.i, n2)) && !(n2.kind == kAdj && !n2.def && n2.lead == "" && n2.a != nil && n2.a.tanwin) {
		return pass
	}
	be := map[string]string{"past": "was", "fut": "will be", "لم": "was not", "لن": "will not be", "impf": "is"}[copulaTense(it)]
	if plural {
		be = map[string]string{"past": "were", "fut": "will be", "لم": "were not", "لن": "will not be", "impf": "are"}[copulaTense(it)]
	}
	if linking {
		be = it.a.e.past // أصبح كل شيء ممكنا → everything became possible
	}
	if be == "" {
		return pass
	}
	n1.text += " " + be
	n1.lead, n1.andSt = it.lead, it.andSt
	it.drop = true
	return applied
}

// An impersonal modal (يمكن، يجب) before a verbal noun in construct with
// a definite noun says that noun's passive: يمكن تجنب الحادث → the
// accident can be avoided, يجب حل المشكلة → the problem must be solved,
// كان يمكن تجنب الحادث → the accident could be avoided (كان before the
// modal made it "could"). The verbal noun becomes the passive verb, and
// the noun its subject, said first.
func modalMasdarObjectPassive(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if it.kind != kFunc || !modals[it.key] || it.post != "" || it.a == nil || it.a.pron != "" || strings.Contains(it.key, " ") && (phraseModalSubject(it) || strings.HasSuffix(it.key, " ان")) ||
		n1 == nil || n1.kind != kNoun || n1.lead != "" || n1.def || n1.det != "" || n1.a == nil || n1.a.pron != "" || n1.a.prep != "" || n1.plural || n1.a.dual ||
		n2 == nil || n2.kind != kNoun || !n2.def || n2.lead != "" || n2.a == nil || n2.a.pron != "" {
		return pass
	}
	v := g.masdarVerbGuess(n1.a)
	if v == nil || v.has(fCopula|fBe) {
		return pass
	}
	n := g.masdarAsVerb(v, n1, true)
	if fem, ok := nounFeminine(n2); ok && fem {
		n.a.person = "3fs"
	}
	n.bare, n.modalFront, n.adv = true, true, it.text
	n.lead, n.andSt = it.lead, it.andSt
	*n1 = n
	it.drop = true
	return applied
}

// suffixedCanModal: a one-word modal of ability with its subject's
// pronoun (بإمكانه، بوسعنا), which takes a verbal noun as its verb like
// يمكنه does (modal-pronoun-masdar-is-verb): بإمكانه الذهاب → he can go.
func suffixedCanModal(it *item) bool {
	if it == nil || it.kind != kFunc || it.post != "" || it.a == nil || it.a.pron != "" {
		return false
	}
	p, ok := canModalPronoun(it.key)
	return ok && p != ""
}

// andOpens: the unit us[i] carries the conjunction و alone and opens a
// clause (the line's start, after punctuation, or after the predicate
// adjective of a nominal sentence): وهذه مشكلة كبيرة → and this is a big
// problem, الاقتصاد ضعيف والأسعار مرتفعة → the economy is weak and the
// prices are high.
func andOpens(us []unit, i int) bool {
	u := &us[i]
	if u.lead == thenLead && !u.andSt && (i == 0 || us[i-1].kind == uPunct) {
		return true // فهذا إنجاز رائع → then this is a wonderful achievement
	}
	return u.bareAnd() && (i == 0 || us[i-1].kind == uPunct || andAfterPredicate(us, i))
}

// andAfterPredicate: us[i] is a definite noun phrase or a subject
// pronoun with و right after an indefinite adjective standing alone (the
// predicate of the clause before).
func andAfterPredicate(us []unit, i int) bool {
	u := &us[i]
	if i == 0 || !u.bareAnd() || !(u.kind == uNP && u.def || u.kind == uOther && subjectPronouns[u.key] != "") {
		return false
	}
	p := &us[i-1]
	return p.kind == uNP && p.adj && !p.def && p.it != nil && p.it.a != nil && !p.it.a.tanwin
}

// After a subject pronoun (هو، هي) a noun that also reads as a verb keeps
// its noun reading before an indefinite adjective, which qualifies it:
// وهو أمر مهم → and it is an important matter (not "he ordered
// important"), as after إنه (noun-before-indefinite-adjective-after-inna-pronoun-stays-noun).
func pronounNounAdjective(g *engine, w *window) verdict {
	it, prev, n1 := w.it, w.prev, w.n1
	if it.kind != kNoun || !hasAlts(it) || it.lead != "" || it.det != "" || it.a.pron != "" || prev == nil || prev.kind != kFunc || prev.post != "" ||
		subjectPronouns[prev.key] == "" || n1 == nil || n1.kind != kAdj || n1.def || n1.lead != "" || n1.a == nil || n1.a.tanwin {
		return pass
	}
	return settled
}

// questionCopula says the copula of a question whose subject ends it
// right after its question word, before the subject: أين هم؟ → where
// are they?, أين الكتاب؟ → where is the book?, لماذا الأطفال؟ → why are
// the children? It reports whether it did.
func questionCopula(us []unit, i int) bool {
	u := &us[i]
	if i == 0 || i+1 >= len(us) || us[i+1].kind != uPunct || us[i+1].text != "?" || u.lead != "" {
		return false
	}
	q := &us[i-1]
	if q.kind != uOther || q.it == nil || q.it.post != "" || q.it.a == nil {
		return false
	}
	if !interrogatives[q.key] {
		// ما and من ask only before a pronoun or a demonstrative: ما هذا؟
		// → what is this?, من هم؟ → who are they?
		_, dem := demonstratives[u.key]
		if !(q.key == "ما" || q.key == "من") || !(dem || u.kind == uOther && subjectPronouns[u.key] != "") || i > 1 && us[i-2].kind != uPunct {
			return false
		}
		if q.key == "من" {
			q.text = "who"
		}
	}
	switch {
	case u.kind == uOther && subjectPronouns[u.key] != "":
		u.text = invertCopula(u.text + " " + subjectPronouns[u.key])
	case u.kind == uNP && u.def && !u.adj:
		u.text = either(u.plural, "are ", "is ") + u.text
	default:
		return false
	}
	return true
}

// حلمه أن يصبح طبيبا → his dream is to become a doctor, هدفنا أن نساعد
// الناس → our goal is to help people: a noun of the copula-subject table
// with a pronoun suffix, alone at the start of its clause right before
// أن, is the subject of "is"; the أن clause is its predicate (as
// definite-subject-anna-is-that does for المشكلة أن).
func possessedSubjectAnna(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.key != "ان" || it.lead != "" || it.post != "" || it.a == nil || it.a.e.tag != TagConj || prev == nil || w.i == 0 || prev != &w.its[w.i-1] {
		return pass
	}
	if _, ok := copulaSubjects[prev.key]; !ok || prev.kind != kNoun || prev.a == nil || prev.a.pron == "" || prev.lead != "" && !prev.andSt ||
		prev.plural || prev.a.prep != "" || !opensClause(w.its, w.i-1) {
		return pass
	}
	prev.text += " is"
	return applied
}

// comparativeUnit: a +comparative word standing alone (أكثر، أقل), or
// a phrase that opens with one (أكثر من ذلك), with no clitic: after إنها
// it is the predicate (قال إنها أقل من المتوقع → he said that it is less
// than expected).
func comparativeUnit(u *unit) bool {
	if u.kind != uOther || u.lead != "" || u.it == nil || u.it.a == nil || u.it.post != "" {
		return false
	}
	if u.it.has(fComparative) {
		return true
	}
	w, _, ok := strings.Cut(u.key, " ")
	return ok && u.it.a.e.tag == TagPhrase && (w == "اكثر" || w == "اقل")
}

// يعتبر/تعتبر read as the imperfect of اعتبر "consider", before a
// definite subject and an indefinite predicate, is its passive "is
// considered", as when written as the function word (yuadd-is-considered-passive):
// تعتبر المدينة مركزا مهما → the city is considered an important
// centre, يعتبر هذا المشروع مهما → this project is considered important.
// A أن clause or a definite object after the subject keeps "considers"
// (يعتبر الرئيس أن الوضع خطير → the president considers that …).
func consideredImperfectPassive(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kVerb || it.a == nil || it.a.e.ar != "اعتبر" || it.a.vf != vImpf || it.a.passive || it.a.fut || it.mod != "" || it.a.pron != "" || it.post != "" ||
		!(it.a.person == "3ms" || it.a.person == "3fs") || n1 == nil || n1.lead != "" || !(n1.def && nounlike(n1) || demonstrativeNoun(n1, w.n2) || definiteConstruct(n1, w.n2)) {
		return pass
	}
	// the predicate: the first word after the subject (its noun, the
	// genitive or noun of a construct or demonstrative, and its definite
	// adjectives); a second definite noun is an object (يعتبر الخبراء
	// الوضع خطيرا → the experts consider the situation dangerous)
	j := itemIndex(w.its, w.i, n1) + 1
	if !(n1.def && nounlike(n1)) {
		j = itemIndex(w.its, j, w.n2) + 1
	}
	for j < len(w.its) && (w.its[j].drop || w.its[j].kind == kAdj && w.its[j].def && w.its[j].lead == "") {
		j++
	}
	if j >= len(w.its) {
		return pass
	}
	p := &w.its[j]
	if p.lead != "" || p.def || !(p.kind == kNoun || p.kind == kAdj) || p.a == nil || p.a.prep != "" || p.a.pron != "" {
		return pass
	}
	a := *it.a
	a.passive, a.tamm, a.person = true, true, "3ms"
	n := g.itemInPlace(&a, it)
	n.lead, n.andSt, n.mod = it.lead, it.andSt, it.mod
	*it = n
	return applied
}

// definiteConstruct: n is a bare noun before the definite noun m, its
// genitive (لغة الإشارات the language of signs): a definite noun phrase.
func definiteConstruct(n, m *item) bool {
	return n.kind == kNoun && !n.def && n.det == "" && n.a != nil && n.a.pron == "" && n.a.prep == "" && !n.a.tanwin &&
		m != nil && m.lead == "" && m.def && nounlike(m)
}

// غير "not" before an indefinite adjective (or a phrase of غير, غير ممكن
// impossible) right after the definite subject or the lone
// demonstrative that opens a verbless clause is its predicate, negated:
// المعلومات غير صحيحة → the information is not correct, هذا غير ممكن →
// this is impossible. غير before a definite adjective qualifies the noun
// (الطلاب غير المصريين → the non-Egyptian students) and is left alone.
func ghayrPredicate(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kFunc || it.lead != "" || it.post != "" || it.a == nil || it.a.pron != "" || n1 == nil {
		return pass
	}
	switch {
	case it.key == "غير" && it.a.e.tag == TagPart:
		if n1.kind != kAdj || n1.def || n1.lead != "" || n1.a == nil || n1.a.prep != "" || n1.a.pron != "" {
			return pass
		}
	case strings.HasPrefix(it.key, "غير ") && it.a.e.tag == TagPhrase:
	default:
		return pass
	}
	plural := false
	prev := liveBefore(w.its, w.i)
	if prev == nil {
		return pass
	}
	if _, dem := demonstratives[prev.key]; dem && prev.kind == kFunc && prev.post == "" && opensClause(w.its, itemIndex(w.its, 0, prev)) {
		plural = prev.key == "هؤلاء"
	} else if _, pl, ok := definiteSubject(w.its, w.i); ok {
		plural = pl
	} else {
		return pass
	}
	if !verblessRest(w.its, w.i) {
		return pass
	}
	it.text = either(plural, "are ", "is ") + it.text
	return applied
}

// clauseNumber: us[k] is a number standing alone at the start of its
// clause (a year after عام: قال إن عام 2020 هو عام صعب → he said that
// 2020 is a difficult year), which may be the subject of a copula هو.
func clauseNumber(us []unit, k int) bool {
	u := &us[k]
	if u.kind != uOther || u.lead != "" || u.it == nil || u.it.kind != kNum {
		return false
	}
	return k == 0 || us[k-1].kind == uPunct || clauseStarters[us[k-1].key] || thatPhrase(&us[k-1])
}

// cleftRelative: after the copula هو/هي said at us[i], a relative with
// no antecedent of its own is "the one who" (of a person) or "the one
// that": الرئيس هو الذي قرر → the president is the one who decided;
// الذين → those who.
func cleftRelative(us []unit, i int) {
	r, subj := &us[i+1], &us[i-1]
	if r.kind != uOther || r.lead != "" || r.it == nil || r.it.post != "" || !relatives[r.key] {
		return
	}
	person := subj.it != nil && (subj.it.kind == kName && !subj.it.has(fGeo) || subj.it.has(fPerson) || subj.it.has(fOffice))
	switch {
	case r.key == "الذين":
		r.text = "those who"
	case r.key == "الذي" || r.key == "التي":
		r.text = either(person, "the one who", "the one that")
	}
}

// nounPredicate: n is an indefinite noun with no clitic, article or
// tanwin: after a possessed phrase that opens its clause, its predicate.
func nounPredicate(n *item) bool {
	return n != nil && n.kind == kNoun && !n.def && n.det == "" && n.lead == "" && n.a != nil && n.a.pron == "" && n.a.prep == "" && !n.a.tanwin && !n.timeAdv
}

// لم يعد الوضع آمنا → the situation is no longer safe, لم تعد المدينة
// هادئة → the city is no longer quiet: the phrase لم يعد/لم تعد ("no
// longer") opening its clause before a definite subject and an
// indefinite adjective is the subject's negated copula, said after the
// subject, before the adjective.
func noLongerCopula(g *engine, w *window) verdict {
	it := w.it
	if it.kind != kFunc || it.a == nil || it.a.e.tag != TagPhrase || !lemmaIs(it, "لم يعد", "لم تعد") || it.post != "" || it.lead != "" && !it.andSt ||
		!opensClause(w.its, w.i) {
		return pass
	}
	first, last := -1, -1
	j := w.i + 1
	dem := false
	if d := w.n1; d != nil && d.kind == kFunc && d.lead == "" && d.post == "" && demonstrativeAlone(d, w.n2) {
		// لم يعد هذا تحديا → this is no longer a challenge
		first, last = itemIndex(w.its, j, d), itemIndex(w.its, j, d)
		j, dem = last+1, true
	}
	for ; !dem && j < len(w.its); j++ {
		x := &w.its[j]
		if x.drop {
			continue
		}
		if x.lead != "" || x.post != "" || !(nounlike(x) || x.kind == kAdj && x.def && first >= 0) {
			break
		}
		if nounlike(x) {
			if first >= 0 && w.its[last].def && x.def && x.kind == kNoun && w.its[last].kind == kNoun {
				break // a second definite noun is no genitive
			}
			if first < 0 {
				first = j
			}
			last = j
		}
	}
	if first < 0 || !w.its[last].def && w.its[last].kind != kFunc || j >= len(w.its) {
		return pass
	}
	p := &w.its[j]
	if !(p.kind == kAdj || p.kind == kNoun && p.a != nil && p.a.tanwin) || p.def || p.lead != "" || p.a == nil || p.a.prep != "" || p.a.pron != "" {
		return pass // (a noun predicate shows its accusative: تحديا)
	}
	s := &w.its[first]
	plural := s.plural && !massNoun(s.text)
	// said as the predicate's lead, so that no copula is added before it
	// again and it qualifies no noun
	p.lead = either(plural, "are ", "is ") + it.text
	s.lead, s.andSt = it.lead, it.andSt
	it.drop = true
	return applied
}

// quotedNP: us[k] is a closing quote after a noun phrase (a quoted name:
// "ميشو" هي شركة → "Mishu" is a company).
func quotedNP(us []unit, k int) bool {
	return k >= 2 && us[k].kind == uPunct && isQuote(us[k].text) && us[k-1].kind == uNP && us[k-2].kind == uPunct && isQuote(us[k-2].text)
}

// في المدينة مستشفى كبير → in the city there is a big hospital, كان في
// المدينة مستشفى → in the city there was a hospital: a locative
// preposition opening a verbless clause (or right after كان opening it),
// with its definite object, and then an indefinite noun: the noun is the
// subject of the fronted prepositional predicate, said with "there is".
func frontedLocativeThere(g *engine, w *window) verdict {
	it := w.it
	if !locative(it) || it.a.e.tag == TagAdv || possessor[it.a.e.ar] && w.n1 != nil && possessorNoun(w.n1) {
		// لدى/عند الحكومة خطة: the government has a plan
		// (possessor-noun-before-indefinite-has)
		return pass
	}
	var kana *item
	if p := liveBefore(w.its, w.i); p != nil && isCopula(p) && p.a.vf == vPast && p.mod == "" && p.a.pron == "" && !p.has(fStill) && !p.there &&
		(p.a.person == "3ms" || p.a.person == "3fs") {
		kana = p
		if !opensClause(w.its, itemIndex(w.its, 0, p)) {
			return pass
		}
	} else if !opensClause(w.its, w.i) {
		return pass
	}
	j := w.i + 1
	if it.a.e.tag == TagPrep {
		// the preposition's definite object, its genitives and adjectives
		n := 0
		for ; j < len(w.its); j++ {
			x := &w.its[j]
			if x.drop {
				continue
			}
			if x.lead != "" || x.post != "" || !(nounlike(x) && (n == 0 || !w.its[j-1].def) || x.kind == kAdj && x.def && n > 0) {
				break
			}
			n++
		}
		if n == 0 || !w.its[j-1].def {
			return pass
		}
	}
	if j >= len(w.its) {
		return pass
	}
	s := &w.its[j]
	if s.kind != kNoun || s.def || s.det != "" || s.lead != "" || s.unknown || s.timeAdv || s.has(fTime|fMonth|fCycle) || s.a == nil || s.a.tanwin || s.a.pron != "" || s.a.prep != "" ||
		!verblessRest(w.its, j) {
		return pass
	}
	for k := j + 1; k < len(w.its); k++ {
		if x := &w.its[k]; !x.drop && (x.kind == kVerb || x.unknown) {
			return pass // a verb later in the line may have the noun as its subject or object
		}
	}
	plural := s.plural
	if kana != nil {
		s.lead = either(plural, "there were", "there was")
		it.lead, it.andSt = kana.lead, kana.andSt
		kana.drop = true
	} else {
		s.lead = either(plural, "there are", "there is")
	}
	return applied
}

// demonstrativeAlone: d is a demonstrative that does not qualify the
// word after it (no definite noun follows: لم يعد هذا تحديا).
func demonstrativeAlone(d, next *item) bool {
	_, ok := demonstratives[d.key]
	return ok && !demonstrativeNoun(d, next)
}

// كان 2014 هو العام الأصعب → 2014 was the hardest year: كان before a
// number and the pronoun هو/هي (the copula of an identity) says "was"
// after the number, which is its subject; the pronoun is not said.
func kanaNumberHuwa(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	var year *item
	if n1 != nil && n1.kind == kNoun && n1.has(fYear) && n1.lead == "" && !n1.def && n1.a != nil && n1.a.pron == "" && n2 != nil && n2.kind == kNum {
		year, n1, n2 = n1, n2, w.n3 // كان عام 2020 هو الأسوأ → 2020 was the worst
	}
	if !isCopula(it) || it.has(fStill) || it.there || it.a.pron != "" || it.mod != "" || it.a.vf != vPast || n1 == nil || n1.kind != kNum || n1.lead != "" ||
		n2 == nil || n2.kind != kFunc || n2.lead != "" || n2.post != "" || !lemmaIs(n2, "هو", "هي") {
		return pass
	}
	n1.text += " was"
	n1.lead, n1.andSt = it.lead, it.andSt
	it.drop, n2.drop = true, true
	if year != nil {
		year.drop = true
	}
	return applied
}

// هنا المشكلة → here is the problem, هنا مشكلة كبيرة → here is a big
// problem: هنا opening a verbless clause before a noun phrase is its
// fronted predicate, "here is".
func hunaHereIs(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kFunc || it.key != "هنا" || it.lead != "" || it.post != "" || it.a == nil || it.a.pron != "" || !opensClause(w.its, w.i) ||
		n1 == nil || n1.kind != kNoun || n1.lead != "" || n1.unknown || n1.timeAdv || n1.a == nil || n1.a.prep != "" || n1.a.tanwin {
		return pass
	}
	j := itemIndex(w.its, w.i, n1)
	if !verblessRest(w.its, j) {
		return pass
	}
	for k := j + 1; k < len(w.its); k++ {
		if x := &w.its[k]; !x.drop && (x.kind == kVerb || x.unknown) {
			return pass
		}
	}
	it.text += either(n1.plural, " are", " is")
	return applied
}
