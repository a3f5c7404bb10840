package lexicon

import "strings"

// The copula of a nominal sentence whose predicate is a prepositional
// phrase or a clause (الرئيس في بغداد → the president is in Baghdad,
// المشكلة أن → the problem is that). The copulas of noun and adjective
// predicates are added later, on the rendered noun phrases (copulas in
// reorder.go).

// opensClause reports whether its[i] opens a nominal clause: nothing
// before it, or punctuation, or a word of the nominal-starter table (و،
// لكن، إن …; not منذ or عندما, which are most often followed by a verb
// the lexicon may have misread as a noun).
func opensClause(its []item, i int) bool {
	p := liveBefore(its, i)
	return p == nil || p.kind == kPunct && strings.ContainsAny(p.text, ".!?:;") || nominalStarters[p.key] && p.post == "" || thatPhraseItem(p)
}

// thatPhraseItem: a phrase that ends in the particle أن and is no +to
// phrase (أعتقد أن I think that), after which a clause opens, as after أن
// alone (h14-lexcopula: أعتقد أن الحكومة في موقف صعب → I think that the
// government is in a difficult position).
func thatPhraseItem(p *item) bool {
	return p.kind == kFunc && p.post == "" && !p.has(fTo) && strings.HasSuffix(p.key, " ان")
}

// definiteSubject finds the definite noun phrase that ends right before
// its[i] and opens its clause: nouns, names and adjectives without a
// preposition, joined by "and" at most, the first without a pronoun
// suffix. It returns the phrase's first
// item and whether the phrase is plural.
func definiteSubject(its []item, i int) (first int, plural, ok bool) {
	first = -1
	last := liveBefore(its, i)
	if last == nil || !last.def || !(nounlike(last) || last.kind == kAdj) {
		return -1, false, false
	}
	for j := i - 1; j >= 0; j-- {
		it := &its[j]
		if it.drop {
			continue
		}
		if !(nounlike(it) || it.kind == kAdj) || it.raw {
			break
		}
		if it.unknown || it.a != nil && (it.a.gerund || it.a.e.derived && it.kind == kNoun) {
			// a transliterated word may be a misread verb; a verbal noun
			// takes the preposition as its complement (التعامل مع)
			return -1, false, false
		}
		first = j
		if it.lead != "" {
			if !it.bareAnd() {
				return -1, false, false
			}
			if opensClause(its, j) {
				break // والرئيس في بغداد: the clause's own "and"
			}
			plural = true // الرئيس والوزير في بغداد
		}
	}
	if first < 0 || its[first].kind == kAdj || !opensClause(its, first) || its[first].a != nil && its[first].a.pron != "" {
		// زرعنا في مدرستنا: a head with a pronoun suffix is too often a
		// verb read as a noun
		return -1, false, false
	}
	return first, plural || its[first].plural && !massNoun(its[first].text), true
}

// verblessRest reports whether the clause after its[i] (up to
// punctuation, in a line that ends as a sentence) has no verb, no pronoun copula (هو، هي) and no noun or
// adjective predicate or object: an indefinite noun, adjective or number
// right after a definite word (الطقس في بغداد حار: the predicate is حار).
func verblessRest(its []item, i int) bool {
	prev := &its[i]
	for j := i + 1; j < len(its); j++ {
		it := &its[j]
		if it.drop {
			continue
		}
		switch {
		case it.kind == kPunct:
			return true
		case it.kind == kVerb, it.unknown, subjectPronouns[it.key] != "" && it.kind == kFunc:
			return false
		case (it.kind == kAdj || it.kind == kNoun || it.kind == kNum) && !it.def && it.lead == "" && prev.def:
			return false
		}
		prev = it
	}
	// a line without final punctuation is a headline or a caption, which
	// English also says without a verb (القوات الأمريكية في العراق → US
	// forces in Iraq)
	last := liveBefore(its, len(its))
	return last != nil && last.kind == kPunct && strings.ContainsAny(last.text, ".!?؟…")
}

// locative: a locative preposition or adverb (في، على، أمام، هنا …) or a
// phrase that opens with one (في المدرسة at school), with no pronoun
// suffix.
func locative(it *item) bool {
	if it.kind != kFunc || it.a == nil || it.lead != "" || it.post != "" || it.a.pron != "" {
		return false
	}
	switch it.a.e.tag {
	case TagPrep, TagAdv:
		return locativePreps[it.key]
	case TagPhrase:
		w, _, ok := strings.Cut(it.key, " ")
		return ok && !it.a.e.has(fNominal) && locativePreps[w]
	}
	return false
}

// الرئيس في بغداد → the president is in Baghdad, الأطفال في المدرسة الآن →
// the children are at school now, الكتاب هنا → the book is here: a definite noun phrase opening its
// clause, then a locative preposition, and no verb or other predicate in
// the rest of the clause; the preposition says the copula.
func locativeCopula(g *engine, w *window) verdict {
	it := w.it
	if !locative(it) {
		return pass
	}
	_, plural, ok := definiteSubject(w.its, w.i)
	if p := liveBefore(w.its, w.i); !ok && p != nil {
		// أمي في البيت → my mother is at home (h14-lexcopula: a possessed
		// phrase stands for the definite subject)
		plural, ok = g.possessedPhrase(p)
		ok = ok && opensClause(w.its, itemIndex(w.its, 0, p))
	}
	if !ok || !verblessRest(w.its, w.i) || it.a.e.tag == TagAdv && w.n1 != nil && w.n1.kind != kPunct {
		return pass // an adverb (هنا) is the predicate only at the clause's end
	}
	it.text = either(plural, "are ", "is ") + it.text
	return applied
}

// المشكلة أن الناس لا يقرأون → the problem is that people do not read,
// المهم أن نعمل معا → the important thing is that we work together,
// المشكلة الكبرى أن → the biggest problem is that: a noun of the
// copula-subject table, definite and alone (or with its definite
// adjectives) at the start of its clause, before أن/إن is the subject of
// "is"; the clause is its predicate.
func copulaSubjectAnna(g *engine, w *window) verdict {
	it := w.it
	if it.key != "ان" || it.lead != "" || it.a == nil || it.a.e.tag != TagConj {
		return pass
	}
	h := w.i - 1 // the subject's head, before its adjectives
	for h > 0 && w.its[h].kind == kAdj && w.its[h].def && w.its[h].lead == "" && !w.its[h].drop {
		if _, ok := copulaSubjects[w.its[h].key]; ok && opensClause(w.its, h) {
			break // المهم: an adjective of the table is the head itself
		}
		h--
	}
	if h < 0 || liveBefore(w.its, w.i) != &w.its[w.i-1] {
		return pass
	}
	head := &w.its[h]
	en, ok := copulaSubjects[head.key]
	if !ok || head.drop || !head.def && !strings.HasPrefix(head.key, "ال") || head.lead != "" || head.a == nil || head.a.pron != "" ||
		!(head.kind == kNoun || head.kind == kAdj) || head.plural || !opensClause(w.its, h) {
		return pass
	}
	if en != "" && h == w.i-1 {
		head.text = en
	}
	head.specific = true
	it.text = "is " + it.text
	return settled
}
