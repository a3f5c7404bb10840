package lexicon

import "strings"

// h15-lexorder: word order of the verb-initial clause (cases 3050-3099).
// The rules here find, on the words, which noun phrase after a verb is
// its subject and where a clitic phrase goes; the reordering itself is
// done on the rendered units (reorder.go: verbs).

// A verb right before a preposition that carries a pronoun (إليه، له،
// عليها) and a noun phrase: English says that phrase after the verb's
// object, and the subject, if the noun phrase is one, before the verb:
// وجهت إليه الشرطة تهمة → the police directed a charge to him; أرسل إليهم
// المدير رسالة → the director sent a message to them; قدم لها رسالة → he
// presented a message to her. The verb must not carry an object pronoun
// of its own, nor be an infinitive (whose subject stays where it is).
func cliticPrepAfterObject(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if it.kind != kVerb || it.a == nil || it.a.pron != "" || it.a.prep != "" || it.inf || it.bare || it.subject != "" ||
		!cliticPrep(n1) || n2 == nil || !nounlike(n2) || n2.lead != "" || n2.a != nil && n2.a.pron != "" {
		// نقل عنه قوله: a noun with a pronoun of its own is left
		return pass
	}
	if n2.kind == kNoun && n2.def && !humanNoun(n2) {
		// وجهت إليها التهم: a definite thing with no noun phrase after it
		// is more often the subject of a passive than of the active verb
		_, e := collectMembers(w.its, itemIndex(w.its, w.i+1, n2), nil)
		if x := liveAfter(w.its, e-1, 1); x == nil || !nounlike(x) || x.lead != "" {
			return pass
		}
	}
	it.cliticPP = true
	return applied
}

// cliticPrep: a preposition carrying a pronoun, with no conjunction or
// other clitic before it (إليه، لها، عليهم).
func cliticPrep(x *item) bool {
	return x != nil && x.kind == kFunc && x.a != nil && x.a.e.tag == TagPrep && x.a.pron != "" && x.post != "" && x.lead == ""
}

// moveCliticPrep puts the clitic prepositional phrase us[i+1] after the
// verb us[i]'s object: after the noun phrase that follows it, and when
// that one is the verb's subject (fronts) after the next noun phrase too.
// It leaves the phrase where a relative clause follows the noun phrase
// (relativeAt: the clause would be cut from it) and after a relative whose antecedent is
// the verb's subject.
func moveCliticPrep(us []unit, i int) {
	if i+2 >= len(us) || us[i].it.gapSubject || us[i+1].kind != uOther || !cliticPrep(us[i+1].it) || us[i+2].kind != uNP || us[i+2].lead != "" {
		return
	}
	e := npRunEnd(us, i+2)
	if relativeAt(us, e) {
		return
	}
	second := e < len(us) && us[e].kind == uNP && us[e].lead == ""
	rotateLeft(us[i+1 : e])
	if second && fronts(us, i) {
		e2 := npRunEnd(us, e)
		if relativeAt(us, e2) {
			return
		}
		rotateLeft(us[e-1 : e2])
	}
}

// relativeAt: a relative clause starts at us[k], with a relative (الذي،
// التي) or, after an indefinite noun, with its verb (قصة حدثت معي → a
// story that happened to me).
func relativeAt(us []unit, k int) bool {
	return k < len(us) && (relatives[us[k].key] || us[k].kind == uVerb)
}

// npRunEnd is the index after the noun phrase us[k] and the "of" phrases
// that run on from it.
func npRunEnd(us []unit, k int) int { return ofRunEnd(us, k+1) }

// ofRunEnd is the index after the "of" phrases starting at us[e].
func ofRunEnd(us []unit, e int) int {
	for e < len(us) && us[e].kind == uNP && us[e].lead == ofLead {
		e++
	}
	return e
}

// rotateLeft moves the first unit of s to its end.
func rotateLeft(s []unit) {
	if len(s) < 2 {
		return
	}
	first := s[0]
	copy(s, s[1:])
	s[len(s)-1] = first
}

// A third-person verb opening its clause before an adverb (أيضا، أولا،
// كذلك) and a definite noun phrase agreeing with it: the noun phrase is
// the verb's subject, and the adverb stays after the verb: بدأت أولا
// النساء بالبكاء → the women began first with the crying; أعلن أيضا
// الوزير → the minister announced also. The time adverbs of a feminine
// past are adverbBeforeSubject's.
func adverbThenSubject(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if it.kind != kVerb || it.a == nil || it.a.pron != "" || it.a.prep != "" || it.inf || it.bare || it.subject != "" ||
		!(it.a.person == "3ms" || it.a.person == "3fs") || it.a.e.has(fCopula) ||
		n1 == nil || n1.kind != kFunc || n1.a == nil || n1.a.e.tag != TagAdv || n1.lead != "" || n1.post != "" || n1.timeAdv ||
		n2 == nil || n2.lead != "" || !(n2.kind == kNoun && n2.def || n2.kind == kName && !n2.unknown) || n2.a != nil && n2.a.pron != "" ||
		!genderAgrees(it.a.person, n2) {
		return pass
	}
	it.advSubj = true
	return applied
}

// A phrase line of the phrase-verb table (one word that is a verb in the
// third person: يتكون consists, يعتبر is considered), opening its clause
// before a definite noun phrase that agrees with it, has that noun phrase
// as its subject, said first: يتكون المجلس من سبعة أعضاء → the council
// consists of seven members.
func verbPhraseSubject(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kFunc || it.a == nil || it.a.e.tag != TagPhrase || it.lead != "" && !it.bareAnd() || it.post != "" || !clauseStart(w) ||
		n1 == nil || n1.lead != "" || !(n1.kind == kNoun && n1.def || n1.kind == kName && !n1.unknown) || n1.a != nil && n1.a.pron != "" {
		return pass
	}
	if p, ok := phraseVerbs[it.a.e.ar]; !ok || !genderAgrees(p, n1) {
		return pass
	}
	it.phraseSubj = true
	return applied
}

// frontPhraseSubject says the subject that verbPhraseSubject found after
// the phrase line us[i] before it, with its "of" phrases.
func frontPhraseSubject(us []unit, i int) {
	if i+1 >= len(us) || us[i+1].kind != uNP || us[i+1].lead != "" {
		return
	}
	u, s := &us[i], &us[i+1]
	subj := s.text
	u.nocap = s.nocap
	blankUnit(s)
	for k := i + 2; k < len(us) && us[k].kind == uNP && us[k].lead == ofLead; k++ {
		subj += " of " + us[k].text
		blankUnit(&us[k])
	}
	u.text = subj + " " + u.text
}

// كان، أصبح، ظل … in the third person with an indefinite adjective as
// predicate and no subject said, in a line that names no person: its
// subject is a thing, "it" (كان صعبا جدا → it was very difficult; أصبح
// ممكنا أن نسافر → it became possible to travel). A noun before the verb
// of the other gender, or of a person, is left to the dropped pronoun.
func copulaThingIt(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kVerb || it.a == nil || !(it.a.e.has(fCopula) || it.a.e.has(fLinking)) || it.a.e.has(fStill) || it.there || it.a.pron != "" ||
		it.impersonal || it.subject != "" || !(it.a.person == "3ms" || it.a.person == "3fs") || g.human ||
		n1 == nil || n1.kind != kAdj || n1.def || n1.lead != "" || n1.superl != "" || n1.plural {
		return pass
	}
	if w.prev != nil && w.prev.post != "" {
		return pass // لكنه كان: the pronoun is the subject
	}
	for j := w.i - 1; j >= 0; j-- {
		x := &w.its[j]
		if x.drop || x.kind != kNoun {
			continue
		}
		if fem, ok := nounFeminine(x); ok && fem != (it.a.person == "3fs") {
			return pass
		}
		break
	}
	if it.a.person == "3fs" && g.sheMark {
		return pass
	}
	it.impersonal = true
	return applied
}

// A past in ت of a verb of the thing-object table (اشترى، بنى، أعطى:
// verbs whose subject acts on a thing), opening its clause before a
// definite noun that is no person, office, title or name and after which
// the clause has no other noun phrase, has that noun as its object and
// its dropped "she" as its subject: اشترت السيارة → she bought the car
// (not "the car bought"); ضربت العاصفة المدينة, with a second noun
// phrase, keeps the first as its subject.
func thingObjectAfterPastT(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kVerb || it.a == nil || it.a.vf != vPast || it.a.person != "3fs" || it.a.passive || it.a.pron != "" || it.a.prep != "" ||
		it.inf || it.bare || it.vso || it.subject != "" || !thingObjectVerbs[it.a.e.ar] || !clauseStart(w) ||
		n1 == nil || n1.kind != kNoun || !n1.def || n1.lead != "" || n1.unknown || humanNoun(n1) || n1.has(fGeo) || n1.a == nil || n1.a.pron != "" {
		return pass
	}
	_, e := collectMembers(w.its, itemIndex(w.its, w.i+1, n1), nil)
	if x := liveAfter(w.its, e-1, 1); x != nil && (nounlike(x) && x.lead == "" || x.kind == kNum || x.kind == kAdj && x.lead == "") {
		return pass
	}
	it.placeObject = true
	return applied
}

// A verb opening its clause before a name, a comma and a noun phrase (an
// office or a description of the person) closed by a comma or a colon:
// the noun phrase is in apposition to the name, the verb's subject, and
// goes before the verb with it: قال جون سميث، رئيس الشركة، إن → John
// Smith, the president of the company, said that; قال أحمد، مدير المصنع:
// → Ahmed, the director of the factory, said:. A comma before a
// preposition (قال الوزير، في مؤتمر صحفي،) is no apposition.
func nameAppositionSubject(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kVerb || it.a == nil || it.a.pron != "" || it.a.prep != "" || it.inf || it.bare || it.subject != "" ||
		!(it.a.person == "3ms" || it.a.person == "3fs") || !(clauseStart(w) || it.opens) ||
		n1 == nil || n1.kind != kName || n1.lead != "" || n1.unknown && n1.verbatim {
		return pass
	}
	j := itemIndex(w.its, w.i+1, n1) + 1
	for j < len(w.its) && (w.its[j].drop || w.its[j].kind == kName && w.its[j].lead == "") {
		j++
	}
	if j+1 >= len(w.its) || w.its[j].kind != kPunct || w.its[j].text != "," {
		return pass
	}
	x := liveAfter(w.its, j, 1)
	if x == nil || x.kind != kNoun || x.lead != "" || x.timeAdv || x.has(fTime) {
		return pass
	}
	it.apposSubj = true
	return applied
}

// appositionAfter returns the end of the apposition that starts with a
// comma at us[k]: a noun phrase and its "of" phrases, with a quoted name
// after them (مؤسس موقع "المنتدى"), then a comma or a colon, whose
// index it returns; 0 when there is none.
func appositionAfter(us []unit, k int) int {
	if k+2 >= len(us) || us[k].kind != uPunct || us[k].text != "," || us[k+1].kind != uNP || us[k+1].lead != "" || us[k+1].adj {
		return 0
	}
	e := npRunEnd(us, k+1)
	if e+2 < len(us) && us[e].kind == uPunct && isQuote(us[e].text) {
		q := e + 1
		for q < len(us) && q < e+5 && (us[q].kind == uNP || us[q].kind == uOther && us[q].it != nil && us[q].it.raw) {
			q++
		}
		if q == e+1 || q >= len(us) || us[q].kind != uPunct || !isQuote(us[q].text) {
			return 0
		}
		e = q + 1
	}
	if e >= len(us) {
		return 0
	}
	if us[e].kind == uPunct && (us[e].text == "," || us[e].text == ":") {
		return e
	}
	return 0
}

// frontApposition adds to subj, the subject frontSubject puts before its
// verb, the apposition between commas that follows it from us[k] on (past
// the units the subject took), and blanks those units; the closing comma
// goes with it, a colon stays after the verb.
func frontApposition(us []unit, k int, subj string) string {
	for k < len(us) && us[k].kind == uOther && us[k].it == nil && us[k].text == "" {
		k++
	}
	e := appositionAfter(us, k)
	if e == 0 {
		return subj
	}
	var b strings.Builder
	b.WriteString(subj)
	b.WriteString(", ")
	b.WriteString(us[k+1].text)
	quoted := false
	for m := k + 2; m < e; m++ {
		switch x := &us[m]; {
		case x.kind == uPunct && !quoted:
			b.WriteString(" " + x.text)
			quoted = true
		case x.kind == uPunct:
			b.WriteString(x.text)
		case x.lead == ofLead:
			b.WriteString(" " + ofLead + " " + x.text)
		case m > 0 && us[m-1].kind == uPunct:
			b.WriteString(x.text)
		default:
			b.WriteString(" " + x.text)
		}
	}
	b.WriteString(",")
	for m := k; m < e; m++ {
		blankUnit(&us[m])
	}
	if us[e].text == "," {
		blankUnit(&us[e])
	}
	return b.String()
}

// A verb that takes no object (takesNoObject: +intransitive, passive,
// form VII) in the third person feminine, opening its clause before an
// indefinite plural that is not of persons and a من phrase, has that
// plural as its subject (a plural of things takes the feminine singular
// verb): تنبع أنهار كبيرة من الجبال → big rivers stem from the
// mountains. Before a noun phrase or أن the من phrase goes with the
// subject (indefiniteSubjectMin); before the end of the clause or another
// phrase it stays the verb's (governed), keeping "from": وصلت مساعدات من
// الدول المجاورة → aid reached from neighboring countries. The singular is
// nominative-indefinite-subject-with-min-phrase's; a line in the first or
// second person (whose ت may be "I" or "you") is left, and so is a verb
// that may take an object (تضم احتياطيات من الذهب: reserves of gold are
// its object).
func pluralSubjectMin(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kVerb || it.a == nil || it.a.prep != "" || it.a.pron != "" || it.a.e.has(fCopula) || it.mod == "لا" || it.a.person != "3fs" ||
		it.inf || it.bare || it.vso || it.subject != "" || g.firstPerson || g.secondPerson || !(clauseStart(w) || it.opens) || !takesNoObject(it) ||
		n1 == nil || n1.kind != kNoun || n1.def || n1.det != "" || n1.lead != "" || n1.a == nil || n1.a.tanwin || n1.a.pron != "" ||
		!n1.plural || n1.a.dual || masculinePlural(n1) || n1.has(fTime) {
		return pass
	}
	// past the plural's adjectives: تنبع أنهار كبيرة من الجبال
	_, e := collectMembers(w.its, itemIndex(w.its, w.i+1, n1), nil)
	n2 := liveAfter(w.its, e-1, 1)
	n3 := liveAfter(w.its, e-1, 2)
	if n2 == nil || n2.key != "من" || n2.lead != "" || n2.post != "" || n3 == nil || !nounlike(n3) || n3.lead != "" {
		return pass
	}
	it.vso = true
	_, e = collectMembers(w.its, itemIndex(w.its, e, n3), nil)
	if x := liveAfter(w.its, e-1, 1); x == nil || x.kind == kPunct || x.lead != "" || x.kind == kFunc && x.key != "ان" {
		// the من phrase ends the clause or a phrase follows: it is the
		// verb's (تنبع أنهار من الجبال → rivers flow from the mountains)
		n2.governed = true
		return applied
	}
	n3.lead = fromLead
	n2.drop = true
	return applied
}

// A verb of saying opening its clause before an indefinite noun of a
// person or an office (مسؤول، مصدر، متحدث) and في with a definite noun
// phrase or a name (an institution) has that noun as its subject, and the
// في phrase says where the person serves, with it: قال مسؤول في الوزارة
// إن → an official in the ministry said that. An indefinite noun after
// في (قال مسؤول في بيان) is where it was said, and is left.
func speakerInInstitution(g *engine, w *window) verdict {
	it, n1, n2, n3 := w.it, w.n1, w.n2, w.n3
	if it.kind != kVerb || it.a == nil || !it.a.e.has(fSpeech) || it.a.prep != "" || it.a.pron != "" || it.inf || it.bare || it.subject != "" ||
		!(it.a.person == "3ms" || it.a.person == "3fs") || !(clauseStart(w) || it.opens) ||
		n1 == nil || n1.kind != kNoun || n1.def || n1.det != "" || n1.lead != "" || n1.a == nil || n1.a.pron != "" || n1.a.tanwin ||
		!(n1.has(fPerson) || n1.has(fOffice)) || !genderAgrees(it.a.person, n1) ||
		n2 == nil || n2.key != "في" || n2.kind != kFunc || n2.lead != "" || n2.post != "" ||
		n3 == nil || n3.lead != "" || !(n3.kind == kNoun && n3.def || n3.kind == kName) || n3.a != nil && n3.a.pron != "" {
		return pass
	}
	n3.lead, n3.withSubj = n2.text, true
	n2.drop = true
	it.vso = true
	return applied
}

// After a relative (الذي، التي، الذين), a noun with a pronoun suffix that
// also reads as a third-person verb with that pronoun, before a definite
// noun phrase or a name, is the verb, its pronoun the resumptive object
// and the noun phrase its subject: الكتاب الذي كتبه الطالب → the book
// that the student wrote (not "his books the student"). Before an
// indefinite predicate the noun stays: الرجل الذي والده طبيب.
func relativeVerbWithPronoun(g *engine, w *window) verdict {
	it, prev, n1 := w.it, w.prev, w.n1
	if it.kind != kNoun || it.a == nil || it.a.pron == "" || it.a.prep != "" || it.a.conj != "" || it.lead != "" ||
		prev == nil || !relatives[prev.key] || prev.post != "" ||
		n1 == nil || n1.lead != "" || !(n1.kind == kNoun && n1.def || n1.kind == kName && !n1.unknown) {
		return pass
	}
	a := g.lex.verbReading(it.form)
	if a == nil || a.pron != it.a.pron || a.e.has(fCopula) || !(a.person == "3ms" || a.person == "3fs") {
		return pass
	}
	*it = g.itemInPlace(a, it)
	return settled
}

// A third-person verb that takes no object, opening its clause, then a
// prepositional phrase or a time adverb (one or two), then a number and
// the noun it counts: the number and its noun are the subject, put
// before the verb (lateSubjectFirst): شارك في المؤتمر خمسون وفدا → fifty
// delegations took part in the conference; وصل إلى المدينة آلاف
// اللاجئين → thousands of the refugees arrived in the city. A noun alone
// is intransitive-verb-adverbial-then-noun-is-subject's.
func numberSubjectAfterAdverbial(g *engine, w *window) verdict {
	it := w.it
	if it.subjAfter {
		return pass
	}
	j, ok := g.verbThenAdverbials(w)
	if !ok {
		return pass
	}
	num := liveAfter(w.its, j-1, 1)
	if num == nil || num.kind != kNum || num.lead != "" {
		return pass
	}
	// the counted noun, past a second number word (خمسة آلاف لاجئ)
	s := liveAfter(w.its, j-1, 2)
	if s != nil && s.kind == kNum && s.lead == "" {
		s = liveAfter(w.its, j-1, 3)
	}
	if s == nil || s.kind != kNoun || s.lead != "" || s.unknown || s.a == nil || s.a.pron != "" || s.has(fTime) || s.timeAdv || s.def && !(num.of || num.has(fMultipliers)) {
		return pass
	}
	it.subjAfter, s.lateSubj = true, true
	return applied
}
