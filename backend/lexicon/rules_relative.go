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
		a := *it.a // analyses are shared (cached): copy before changing
		a.person = p
		it.a = &a
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
	return ok && p == map[bool]string{true: "3fs", false: "3ms"}[fem]
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

// relativePronoun is the pronoun suffix that stands for each relative in
// its clause (the returning pronoun, العائد).
var relativePronoun = map[string]string{"الذي": "ه", "التي": "ها", "الذين": "هم", "اللواتي": "هن", "اللاتي": "هن", "ما": "ه"}

// A relative clause whose subject is not the relative says the relative
// again as a pronoun on a preposition; English leaves it out (on a verb
// right after the relative resumptive-pronoun-after-relative-dropped
// does): المدينة التي عشت فيها → the city that I lived in, ما أريد أن
// أتحدث عنه → what I want to talk about. Only the first such pronoun of
// the clause is the relative's, and only when the verb has a subject of
// its own, a person not the relative's; الرجل الذي تحدث عنه stays "the
// man who talked about him".
func resumptivePronoun(g *engine, w *window) verdict {
	it := w.it
	if it.a == nil || it.a.pron == "" || it.post == "" || it.kind != kFunc || it.a.e.tag != TagPrep {
		return pass
	}
	var verb *item
	for k := w.i - 1; k >= 0; k-- {
		x := &w.its[k]
		switch {
		case x.drop:
			continue
		case x.kind == kPunct || clauseStarters[x.key] && x.key != "ان":
			return pass
		case x.a != nil && x.a.pron != "" && x.post != "":
			return pass // an earlier pronoun of the clause is the relative's
		case x.kind == kVerb:
			verb = x
		case x.kind == kFunc && (relatives[x.key] || x.key == "ما" || x.has(fRelative)) && x.lead == "" && x.post == "":
			rel := x.key
			if !relatives[rel] {
				rel = "ما" // ما, هذا ما, الأمر الذي: said "what"/"which"
			}
			if relativePronoun[rel] != it.a.pron || verb == nil || verb.a == nil || relativeSubject(rel, verb.a.person) || subjectAfter(w.its, verb, it) {
				// (a subject after the verb and the preposition is not put
				// before them: الذي تحدث عنه الرئيس keeps its pronoun)
				return pass
			}
			it.post = ""
			return applied
		}
	}
	return pass
}

// relativeSubject: a verb of person p can have the relative rel as its
// subject.
func relativeSubject(rel, p string) bool {
	if rel == "ما" {
		return p == "3ms"
	}
	return relativeAgrees(rel, p) || rel == "اللواتي" && p == "3fp" || rel == "اللاتي" && p == "3fp"
}

// subjectAfter: a definite noun or a name after the verb v and its
// preposition p is v's own subject (الذي تحدث عنه الرئيس).
func subjectAfter(its []item, v, p *item) bool {
	k := itemIndex(its, 0, v)
	n := liveAfter(its, k, 1)
	if n == p {
		n = liveAfter(its, k, 2)
	}
	return n != nil && n.lead == "" && (n.kind == kNoun && n.def || n.kind == kName)
}
