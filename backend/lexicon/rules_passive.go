package lexicon

import "strings"

// Rules that read an unvowelled verb as a passive where its form or its
// context shows it (the vowelled perfect is vowelledPassive).

// clauseStart: the word opens a clause (line start, punctuation or a
// clause starter before it).
func clauseStart(w *window) bool {
	return w.prev == nil || w.prev.kind == kPunct || clauseStarters[w.prev.key]
}

// A perfect of a defective verb in ى written with ي (سمي، سميت، أعطي،
// ألقي) is the passive فُعِّيَ: the active is سمّى، سمّت. Read so at the
// start of a clause before its subject noun: سمي الشارع باسم الشاعر → the
// street was named after the poet; سميت in a line with no other first
// person is the third person feminine.
func defectivePastPassive(g *engine, w *window) verdict {
	n1 := w.n1
	if n1 == nil || n1.lead != "" || !(n1.kind == kNoun && n1.def || n1.kind == kName) {
		return pass
	}
	return g.defectivePassive(w, n1)
}

// A perfect of a defective verb in ى written with ي (أجري، أجريت، أعطيت)
// opening a clause before an indefinite noun that shows it is no object
// is the passive, the noun its subject: a masculine singular with no
// accusative alef after the masculine (أجري اختبار جديد → a new test was
// conducted; not أجري اختبارا), a feminine singular in ة after the form in
// يت, in a line with no other first person (أجريت عملية جراحية للمريض →
// surgery was conducted). Left: a plural, whose accusative shows nothing.
func defectivePassiveIndefinite(g *engine, w *window) verdict {
	n1 := w.n1
	if g.firstPerson || n1 == nil || n1.lead != "" || n1.kind != kNoun || n1.def || n1.det != "" || n1.unknown || n1.a == nil || n1.a.tanwin ||
		n1.a.pron != "" || n1.plural || n1.a.dual || n1.has(fTime) {
		return pass
	}
	switch head, _, _ := strings.Cut(n1.key, " "); {
	case strings.HasSuffix(w.it.form, "يت"):
		if !strings.HasSuffix(head, "ة") {
			return pass
		}
	case !nominativeNoun(n1) || !genderAgrees("3ms", n1):
		return pass
	}
	return g.defectivePassive(w, n1)
}

// defectivePassive reads the past verb of w, a defective verb in ى
// written with ي, as its passive before its subject n1.
func (g *engine) defectivePassive(w *window, n1 *item) verdict {
	it := w.it
	if it.kind != kVerb || it.a == nil || it.a.vf != vPast || it.a.e.tag != TagVerb || it.a.passive || it.a.pron != "" || it.mod != "" ||
		it.a.e.has(fCopula) || !clauseStart(w) {
		return pass
	}
	base, ok := strings.CutSuffix(it.a.e.ar, "ى")
	if !ok || len(it.form) < len(it.a.conj) || !passiveDefectiveStem(base) {
		return pass
	}
	p := *it.a
	switch it.form[len(it.a.conj):] {
	case base + "ي":
		if p.person != "3ms" {
			return pass
		}
	case base + "يت":
		if g.firstPerson || !genderAgrees("3fs", n1) || n1.plural {
			return pass
		}
		p.person = "3fs"
	default:
		return pass
	}
	p.passive, p.tamm = true, true
	it.a = &p
	return applied
}

// passiveDefectiveStem reports a defective verb's stem (its lemma without
// ى) of the forms whose perfect passive is written like this, I and II
// (رمى، سمّى: two letters) and IV (أعطى، ألقى: أ and two letters); forms
// V, VI, VIII and X (تسنى، تماشى، اكتفى، استدعى) are mostly intransitive
// or written otherwise in the passive.
func passiveDefectiveStem(base string) bool {
	switch n := runeLen(base); {
	case n == 2:
		return true
	case n == 3:
		return strings.HasPrefix(base, "أ") || strings.HasPrefix(base, "ا")
	}
	return false
}

// An imperfect of the passive-predicate table (يعتبر، تعتبر) before a
// noun and a predicate that is not its object (من, a definite noun, an
// elative) is the passive: يعتبر النفط المصدر الرئيسي → oil is considered
// the main source; تعتبر المدينة من أقدم المدن → the city is considered
// one of the oldest cities.
func predicatePassive(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if it.kind != kVerb || it.a == nil || it.a.vf != vImpf || !passivePredicate[it.a.e.ar] || it.a.pron != "" || it.a.passive || it.a.fut || it.lead != "" ||
		!(it.a.person == "3ms" || it.a.person == "3fs") || n1 == nil || n1.lead != "" || !(n1.kind == kNoun && n1.def || n1.kind == kName) ||
		!genderAgrees(it.a.person, n1) || n2 == nil || n2.lead != "" {
		return pass
	}
	min := n2.key == "من" && n2.post == "" || n2.a != nil && n2.a.e.tag == TagPhrase && strings.HasPrefix(n2.key, "من ")
	if !(min || n2.kind == kNoun && n2.def && n2.a != nil && n2.a.conj == "" && !n2.a.tanwin || elative(n2)) {
		return pass
	}
	if !min && (n1.plural && it.a.person == "3ms" || w.n3 != nil && w.n3.a != nil && w.n3.a.tanwin) {
		// يعتبر الخبراء الوضع خطيرا: a plural after the masculine verb
		// and an accusative predicate are the active's subject and object
		return pass
	}
	p := *it.a
	p.passive = true
	it.a = &p
	return applied
}

// An imperfect that with a preposition after its subject says where the
// subject is (the table verb-prep-state: يقع في) is the English passive
// state: يقع المتحف في وسط المدينة → the museum is located in the centre
// of the city (not "happens").
func prepStatePassive(g *engine, w *window) verdict {
	it := w.it
	if it.kind != kVerb || it.a == nil || it.a.vf != vImpf || it.a.pron != "" || it.a.passive || it.a.fut || it.lead != "" ||
		!(it.a.person == "3ms" || it.a.person == "3fs" || it.a.person == "3mp") {
		return pass
	}
	p := w.n1
	if p != nil && p.lead == "" && (p.kind == kNoun && p.def || p.kind == kName) && genderAgrees(it.a.person, p) {
		p = liveAfter(w.its, w.i, 2)
	}
	if p == nil || p.kind != kFunc || p.lead != "" || p.post != "" || p.a == nil || p.a.conj != "" {
		return pass
	}
	pp, ok := verbPrepState[it.a.e.ar+" "+p.key]
	if !ok {
		return pass
	}
	e := *it.a.e
	e.en, e.past = "be "+pp, "was "+pp
	e.feat |= fBe
	a := *it.a
	a.e, a.passive = &e, true
	it.a = &a
	return applied
}

// A perfect of the appointment-passive table (عين، انتخب) opening a clause
// before a human noun (+person, not plural) and an accusative indefinite
// noun (its office) is the passive: عين الرجل وزيرا → the man was appointed
// a minister. A title or a name after the verb is more often its agent
// (عين الرئيس وزيرا → the president appointed a minister) and is left.
func appointmentPassive(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if it.kind != kVerb || it.a == nil || it.a.vf != vPast || !appointmentVerbs[it.a.e.ar] || it.a.pron != "" || it.a.passive || it.mod != "" ||
		!(it.a.person == "3ms" || it.a.person == "3fs") || !clauseStart(w) ||
		n1 == nil || n1.lead != "" || n1.kind != kNoun || !n1.def || n1.plural || !n1.has(fPerson) || !genderAgrees(it.a.person, n1) ||
		n2 == nil || n2.lead != "" || n2.kind != kNoun || n2.def || n2.a == nil || !n2.a.tanwin || n2.a.pron != "" {
		return pass
	}
	passiveReading(it)
	return applied
}

// passiveReading makes the verb it passive (قُتل → was killed). Analyses
// are shared through the cache, so it changes a copy.
func passiveReading(it *item) {
	p := *it.a
	p.passive, p.tamm = true, true
	it.a = &p
}

// A verb of making (the relative-passive table: بنى، أسس، اكتشف، نشر …)
// opening its clause before a definite noun phrase that is no person,
// followed by a date, a time or a prepositional phrase (nothing that
// could be its object) is its passive: أسس الحزب عام 1950 → the party was founded in 1950, بني
// المسجد في القرن العاشر → the mosque was built in the tenth century. A
// person after it is its subject (أسس الملك المدينة).
func makingVerbPassive(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kVerb || it.a == nil || it.a.vf != vPast || it.a.passive || it.a.pron != "" || it.post != "" || it.inf || it.bare ||
		!(it.a.person == "3ms" || it.a.person == "3fs") || !(it.mod == "" || it.mod == "قد" || it.mod == "لقد") || !clauseStart(w) ||
		!relativePassives[it.a.e.ar] || n1 == nil || n1.lead != "" || n1.kind != kNoun || !n1.def || n1.has(fPerson) || isTitle(n1) || n1.a == nil || n1.a.pron != "" ||
		!antecedentAgrees(it.a.person, n1) {
		return pass
	}
	_, e := collectMembers(w.its, itemIndex(w.its, w.i+1, n1), nil)
	x := liveAfter(w.its, e-1, 1)
	if x != nil && x.kind == kFunc {
		if _, governed := verbPrep[it.key+" "+x.key]; governed {
			return pass // أعلن الرئيس عن: the verb's own preposition, after its subject
		}
	}
	if x == nil || !(x.kind == kNum || x.kind == kFunc && x.a != nil && (x.a.e.tag == TagPrep || x.a.e.tag == TagAdv) && x.post == "" || timeNoun(g, x)) {
		return pass
	}
	passiveReading(it)
	return applied
}
