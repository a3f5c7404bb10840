package lexicon

// Possession with a noun possessor (cases 2368-2379): لدى، عند or the
// clitic ل on a definite noun phrase opening a clause, before an
// indefinite noun phrase, say "has": لدى الشركة ثلاثة مصانع → the company
// has three factories, للمدينة أربعة أبواب → the city has four doors. With
// a pronoun لدى and عند say it alone (لدينا → we have, functionText), and
// ل does so opening a clause (لهم حقوق → they have rights).

// possessorNounHas finds the possessor phrase of the clause-opening item
// w.it and gives the possessed noun phrase the lead "has" (or "have").
func possessorNounHas(g *engine, w *window) verdict {
	it := w.it
	if it.a == nil || !clauseStart(w) || it.lead != "" && !it.bareAnd() && it.a.prep != "ل" || w.i > 0 && predicateVerb(&w.its[w.i-1]) {
		// كان له، ليس لها: kanaHave and laysaPossessor said the tense
		// and dropped the copula
		return pass
	}
	if it.a.pron != "" {
		return clauseLPronounHas(w)
	}
	start := w.i // the possessor phrase's head
	switch {
	case it.kind == kFunc && possessor[it.a.e.ar] && it.a.prep == "":
		n1 := w.n1
		if n1 == nil || n1.lead != "" || !possessorNoun(n1) {
			return pass
		}
		start = itemIndex(w.its, w.i+1, n1)
	case it.a.prep == "ل" && possessorNoun(it):
	default:
		return pass
	}
	_, e := collectMembers(w.its, start, nil)
	obj := indefiniteAt(w.its, e)
	if obj == nil || obj.has(fTime) || obj.kind == kNoun && obj.a != nil && obj.a.tanwin {
		return pass
	}
	has := "has"
	if w.its[start].plural {
		has = "have"
	}
	conj := ""
	if it.andSt {
		conj = andLead
	}
	if start == w.i {
		it.lead = conj // للمدينة: the clitic ل says nothing
	} else {
		it.drop = true
		w.its[start].lead, w.its[start].andSt = conj, it.andSt
	}
	obj.lead = has
	return applied
}

// possessorNoun: a definite noun or a name that can own something (no
// span of time: عند الساعة الثالثة is a time).
func possessorNoun(x *item) bool {
	return (x.kind == kNoun && x.def || x.kind == kName && !x.unknown) && !x.has(fTime) && x.post == ""
}

// clauseLPronounHas: ل with a pronoun opening a clause before an indefinite noun
// phrase is "has" (له تأثير كبير → it has a big influence), as لدى with
// one always is (functionText).
func clauseLPronounHas(w *window) verdict {
	it := w.it
	if it.kind != kFunc || it.a.e.ar != "ل" || it.a.prep != "" || it.lead != "" && !it.bareAnd() {
		return pass
	}
	obj := indefiniteAt(w.its, w.i+1)
	if obj == nil || obj.has(fTime) || obj.kind == kNoun && obj.a != nil && obj.a.tanwin {
		return pass
	}
	subj := subjectOf(it.a.pron)
	it.text, it.post = subj+" have", ""
	if singularSubject(subj) {
		it.text = subj + " has"
	}
	return applied
}
