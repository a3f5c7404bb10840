package lexicon

import "strings"

// A clause describing an indefinite noun needs no relative in Arabic (صفة
// جملة): أحكي لكم قصة حدثت معي → a story that happened to me, يعمل في
// شركة تنتج الأدوية → in a company that makes medicines, التقى رجلا يعمل
// في المصنع → a man who works in the factory. Cases 2906-2919.

// indefiniteRelative gives the verb right after such a noun the lead
// "that" ("who" after a person) and the noun as its subject. The noun
// follow a verb, a preposition or هناك of its own clause, so that it is no
// subject opening a headline (رجل يعمل); a span of time before a verb is
// an adverbial (قبل يومين وصل).
func indefiniteRelative(g *engine, w *window) verdict {
	it := w.it
	if it.kind != kVerb || it.a == nil || it.lead != "" || it.a.conj != "" || it.a.prep != "" || it.a.pron != "" || it.inf || it.bare || it.post != "" ||
		!(it.a.vf == vPast || it.a.vf == vImpf) || it.a.passive || it.a.e.has(fCopula) || !(it.mod == "" || it.mod == "لا" || it.mod == "لم" || it.mod == "قد") {
		return pass
	}
	// the noun, back over its indefinite adjectives (مخطوطات نادرة تعود)
	j := w.i - 1
	for j >= 0 && (w.its[j].drop || w.its[j].kind == kAdj && !w.its[j].def && w.its[j].lead == "") {
		j--
	}
	if j < 0 || j == w.i-1 && w.its[j].drop {
		return pass
	}
	n := &w.its[j]
	if n.kind != kNoun || n.def || n.det != "" || n.post != "" || n.a == nil || n.a.pron != "" || n.has(fTime) || timeNoun(g, n) || n.a.conj != "" || n.a.prep == "ك" {
		// (كرئيس: "as president" is a predicate, no antecedent)
		return pass
	}
	p := it.a.person
	if p == "2ms" && it.a.vf == vImpf && strings.HasPrefix(it.form, "ت") {
		p = "3fs" // تقع: the third person feminine is spelled as "you"
	}
	if !antecedentAgrees(p, n) {
		return pass
	}
	if n.a.prep == "" && !governedInClause(w.its, j) {
		return pass
	}
	if n.plural && (p == "3fs" || p == "3fp") {
		p = "3mp" // English agrees with the plural noun: drones that target
	}
	if p != it.a.person {
		it.setPerson(p)
	}
	it.lead, it.gapSubject, it.opens = "that", true, false
	if n.has(fPerson) {
		it.lead = "who"
	}
	return applied
}

// antecedentAgrees: a third-person verb of person p agrees with the noun
// n as its subject: a singular in its gender, a plural of persons in the
// masculine or feminine plural, another plural in the feminine singular.
func antecedentAgrees(p string, n *item) bool {
	if n.plural || n.a.plural {
		if n.has(fPerson) || masculinePlural(n) {
			return p == "3mp" || p == "3fp"
		}
		return p == "3fs" || p == "3fp"
	}
	fem, ok := nounFeminine(n)
	return ok && p == either(fem, "3fs", "3ms")
}

// governedInClause: a verb, a preposition or هناك stands before its[j] in
// its clause, which the noun is then the object or complement of; not in
// a clause opened by a noun with no verb yet, where the verb is that
// noun's predicate (المخاوف بشأن أعباء جديدة تصاعدت → the fears about new
// burdens escalated).
func governedInClause(its []item, j int) bool {
	governed, first := false, (*item)(nil)
	for k := j - 1; k >= 0; k-- {
		b := &its[k]
		switch {
		case b.drop:
			continue
		case b.kind == kPunct || clauseStarters[b.key]:
			return governed && !nominalOpener(first)
		case b.kind == kVerb:
			return true
		case b.kind == kFunc && b.a != nil && (b.a.e.tag == TagPrep || lemmaIs(b, "هناك", "هنالك")):
			governed = true
		}
		first = b
	}
	return governed && !nominalOpener(first)
}

// nominalOpener: the clause's first word is a noun or name with no
// preposition, the subject of a nominal clause.
func nominalOpener(x *item) bool {
	return x != nil && nounlike(x) && (x.a == nil || x.a.prep == "") && (x.lead == "" || x.bareAnd())
}

// relativeSubject: a verb of person p can have the relative rel as its
// subject.
func relativeSubject(rel, p string) bool {
	if rel == "ما" {
		return p == "3ms"
	}
	return relativeAgrees(rel, p) || rel == "اللواتي" && p == "3fp" || rel == "اللاتي" && p == "3fp"
}

// subjectNext: a definite noun or a name with no clitic right after
// its[i], the subject of the verb before it (الذي تحدث عنه الرئيس).
func subjectNext(its []item, i int) bool {
	n := liveAfter(its, i, 1)
	return n != nil && n.lead == "" && (n.kind == kNoun && n.def || n.kind == kName)
}
