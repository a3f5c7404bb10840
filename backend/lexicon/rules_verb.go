package lexicon

import (
	"sort"
	"strings"
)

// verbRules are the rules of the verb clause: who the subject of a verb
// is and how its complement is said. They run on each word before the
// context rules (rules_context.go), in this order; each is pinned by a
// case in testdata/rules.json.
var verbRules = []rule{
	{name: "hollow-imperative-opening-clause-is-verb", keys: hollowImperativeKeys(), apply: hollowImperativeVerb}, // h13-lextalk2
	{name: "past-t-before-plural-or-name-subject-is-she", kinds: kindMask(kVerb), apply: pastTPluralSubject},
	{name: "past-t-after-feminine-subject-is-she", kinds: kindMask(kVerb), apply: pastTAfterSubject},
	{name: "verb-after-fronted-prepositional-phrase-opens-clause", kinds: kindMask(kVerb), apply: frontedPrepPhrase},
	{name: "nominative-indefinite-subject-with-min-phrase", kinds: kindMask(kVerb), apply: indefiniteSubjectMin},
	{name: "nominative-indefinite-noun-after-verb-is-subject", kinds: kindMask(kVerb), apply: indefiniteSubject},
	{name: "indefinite-noun-before-accusative-object-is-subject", kinds: kindMask(kVerb), apply: subjectBeforeAccusative}, // h13-lexpud
	{name: "to-verb-masdar-is-infinitive", kinds: kindMask(kVerb), apply: toVerbMasdar},
	{name: "to-verb-an-imperfect-is-infinitive", kinds: kindMask(kVerb), apply: toVerbAn},
	{name: "begin-verb-imperfect-is-to-infinitive", kinds: kindMask(kVerb), apply: beginImperfect},
	{name: "begin-verb-b-masdar-is-gerund", kinds: kindMask(kVerb), apply: beginMasdar},
	{name: "event-verb-before-event-subject-is-passive", kinds: kindMask(kVerb), apply: eventPassiveVSO},
	{name: "event-verb-after-event-subject-is-passive", kinds: kindMask(kVerb), apply: eventPassiveSVO},
	{name: "masculine-verb-before-feminine-place-has-it-as-object", kinds: kindMask(kVerb), apply: placeObject},
	{name: "lam-verb-before-mundhu-is-present-perfect", kinds: kindMask(kVerb), apply: lamMundhuPerfect},
	// h12-lexverb
	{name: "speech-verb-l-after-subject-is-to-hearer", kinds: kindMask(kVerb), apply: speechHearer},
	{name: "object-complement-masdar-is-infinitive", kinds: kindMask(kVerb), apply: objectComplement},
	{name: "feminine-place-verb-before-place-has-it-as-object", kinds: kindMask(kVerb), apply: femininePlaceObject},
	{name: "gerund-verb-preposition-masdar-is-ing", kinds: kindMask(kVerb), apply: gerundComplement},
	{name: "kana-yajib-an-speaker-imperfect-is-had-to", kinds: kindMask(kFunc), keys: []string{"كان يجب"}, apply: kanaYajibHadTo},
	// h13-lexverb2
	{name: "intransitive-verb-adverbial-then-noun-is-subject", kinds: kindMask(kVerb), apply: subjectAfterAdverbial},
	{name: "kana-before-modal-of-ability-is-could", kinds: kindMask(kVerb), keys: []string{"كان"}, apply: kanaModalCould},
	{name: "pronoun-before-word-saying-its-subject-dropped", kinds: kindMask(kFunc), apply: pronounBeforeOwnSubject},
	// h15-lexorder (rules_order.go)
	{name: "clitic-preposition-after-verb-goes-after-object", kinds: kindMask(kVerb), apply: cliticPrepAfterObject},
	{name: "adverb-after-verb-then-definite-noun-is-subject", kinds: kindMask(kVerb), apply: adverbThenSubject},
	{name: "verb-phrase-line-before-definite-noun-has-it-as-subject", kinds: kindMask(kFunc), apply: verbPhraseSubject},
	{name: "linking-verb-before-adjective-without-person-is-it", kinds: kindMask(kVerb), apply: copulaThingIt},
	{name: "past-t-of-thing-object-verb-before-lone-thing-has-it-as-object", kinds: kindMask(kVerb), apply: thingObjectAfterPastT},
	{name: "verb-before-name-comma-apposition-fronts-both", kinds: kindMask(kVerb), apply: nameAppositionSubject},
	{name: "feminine-verb-before-indefinite-plural-and-min-has-it-as-subject", kinds: kindMask(kVerb), apply: pluralSubjectMin},
	{name: "speech-verb-indefinite-person-fi-institution-is-subject", kinds: kindMask(kVerb), apply: speakerInInstitution},
	{name: "intransitive-verb-adverbial-then-number-is-subject", kinds: kindMask(kVerb), apply: numberSubjectAfterAdverbial},
}

// thirdFeminine re-reads the past verb it, read in the first person (a
// hollow or doubled stem + ت: احتلت as احتال "I swindled"), as the third
// person feminine of the verb whose lemma + ت it is (احتل → احتلت "she
// occupied"), when there is one; it reports whether it did.
func (g *engine) thirdFeminine(it *item) bool {
	if it.kind != kVerb || it.a == nil || it.a.vf != vPast || it.a.person != "1s" || it.a.pron != "" || it.mod != "" || it.form == "" || g.firstPerson {
		return false
	}
	a := g.lex.pastReading(it.form, "3fs")
	if a == nil || a.conj != it.a.conj || a.e.ar+"ت" != it.form[len(a.conj):] {
		// only a sound stem + ت: قلت is I said, not قلى + ت (she fried)
		return false
	}
	*it = g.itemInPlace(a, it)
	return true
}

// masculinePlural: a sound masculine plural (المسؤولون، المسلحين) or a
// plural of persons, whose verb is masculine.
func masculinePlural(it *item) bool {
	return it.has(fPerson) || strings.HasSuffix(it.form, "ون") || strings.HasSuffix(it.form, "ين")
}

// A past verb in ت read as the first person, opening a clause before a
// definite plural that is not of men (القوات، السلطات، الوزارات) or before
// a name, is the third person feminine: Arabic puts a verb before such a
// subject in the feminine singular. احتلت القوات المدينة → the forces
// occupied the city; احتلت إسرائيل الضفة → Israel occupied the bank.
// (A feminine singular noun is past-t-before-feminine-subject-is-she.)
func pastTPluralSubject(g *engine, w *window) verdict {
	n1 := w.n1
	if !clauseStart(w) || n1 == nil || n1.lead != "" || n1.unknown ||
		!(n1.kind == kNoun && n1.def && n1.plural && !n1.a.dual && !masculinePlural(n1) || n1.kind == kName && !n1.verbatim) {
		return pass
	}
	return when(g.thirdFeminine(w.it), applied)
}

// A past verb in ت read as the first person right after its subject, a
// definite noun phrase that is feminine or a plural not of men (or a
// name), at the start of a clause, is the third person feminine: القوات
// احتلت المدينة → the forces occupied the city; قالت إن الحكومة أعدت خطة
// → she said that the government prepared a plan.
func pastTAfterSubject(g *engine, w *window) verdict {
	it := w.it
	if w.prev == nil || it.lead != "" || it.kind != kVerb || it.a == nil || it.a.vf != vPast || it.a.person != "1s" || it.form == "" || g.firstPerson {
		return pass
	}
	// the head of the noun phrase before the verb: back over its
	// adjectives and construct members
	h := w.i - 1
	for h >= 0 && (w.its[h].drop || w.its[h].lead == "" && (nounlike(&w.its[h]) || w.its[h].kind == kAdj)) {
		h--
	}
	head := liveAfter(w.its, h, 1)
	if h >= 0 && nounlike(&w.its[h]) && w.its[h].a != nil && w.its[h].a.prep == "" && w.its[h].andSt {
		head = &w.its[h] // والقوات احتلت: the conjunction leads the subject
	}
	if head == nil || head == w.it || !nounlike(head) || head.unknown || head.a == nil && head.kind != kName {
		return pass
	}
	if b := liveBefore(w.its, itemIndex(w.its, 0, head)); b != nil && b.kind != kPunct && !clauseStarters[b.key] {
		return pass
	}
	last := w.prev
	if !last.def || head.kind == kNoun && !(last.def && (head.plural && !head.a.dual && !masculinePlural(head) || !head.plural && genderAgrees("3fs", head))) {
		return pass
	}
	return when(g.thirdFeminine(w.it), applied)
}

// A verb after a prepositional phrase that opens the line or the clause
// (a preposition and its noun phrase, nothing else) opens its clause: its
// subject is put before it and a missing one is a dropped pronoun, as
// after a comma: في بغداد انفجرت سيارة → in Baghdad a car exploded; خلال
// الاجتماع ناقش الوزراء الأزمة → during the meeting the ministers
// discussed the crisis.
func frontedPrepPhrase(g *engine, w *window) verdict {
	it := w.it
	if it.kind != kVerb || it.a == nil || it.lead != "" || it.a.prep != "" || it.opens || w.prev == nil || it.a.person == "3mp" || it.a.person == "3fp" {
		// a plural verb agrees with the noun phrase before it, its
		// subject: فإن نحو ثلث السكان يعيشون → about a third of the
		// population live
		return pass
	}
	k, words := w.i-1, 0
	for ; k >= 0; k-- {
		x := &w.its[k]
		if x.drop {
			continue
		}
		if x.lead != "" || !(nounlike(x) || x.kind == kAdj || x.kind == kNum || x.kind == kFunc && words == 0 && isDemonstrative(x)) {
			break
		}
		words++
	}
	if k < 0 || words > 5 {
		return pass
	}
	p := &w.its[k]
	if p.kind != kFunc || p.a == nil || p.post != "" || p.a.prep != "" ||
		!(words > 0 && (p.a.e.tag == TagPrep || p.a.e.tag == TagPhrase && p.has(fOf)) || words == 0 && g.prepPhrase(p)) {
		return pass
	}
	if b := liveBefore(w.its, k); b != nil && (b.kind != kPunct && !clauseStarters[b.key] || b.post != "" || b.a != nil && b.a.pron != "") {
		// لكنه في النهاية اشترى: the pronoun on لكن is the subject
		return pass
	}
	it.opens = true
	return applied
}

// A clause-initial verb before an indefinite noun with no accusative alef
// (so nominative: وفد, not وفدا; مسلحون, not مسلحين) and a من phrase has
// that noun phrase as its subject, and the من phrase goes with it: زار وفد
// من البنك الدولي العاصمة → a delegation from the World Bank visited the
// capital; قال مسؤول من الوزارة إن → an official from the ministry said
// that. A noun in ة, اء, ى or ات shows no alef in the accusative (تلقى
// رسالة من الرئيس → he received a message from the president) and is left.
func indefiniteSubjectMin(g *engine, w *window) verdict {
	it, n1, n2, n3 := w.it, w.n1, w.n2, w.n3
	if it.kind != kVerb || it.a == nil || it.a.prep != "" || it.a.e.has(fCopula) || it.mod == "لا" || !(it.a.person == "3ms" || it.a.person == "3fs") ||
		!(clauseStart(w) || it.opens) || n1 == nil || n1.kind != kNoun || n1.def || n1.det != "" || n1.lead != "" || n1.a == nil || n1.a.tanwin || n1.a.pron != "" ||
		!genderAgrees(it.a.person, n1) || !nominativeNoun(n1) ||
		n2 == nil || n2.key != "من" || n2.lead != "" || n2.post != "" || n3 == nil || !nounlike(n3) || n3.lead != "" {
		return pass
	}
	n3.lead = fromLead
	if quantity[n1.key] {
		n3.lead = ofLead // عدد من الجنود → a number of soldiers
	}
	n2.drop = true
	it.vso = true
	return applied
}

// nominativeNoun: the indefinite noun x shows by its spelling that it is
// no accusative: a singular (or a sound masculine plural in ون) that
// would carry the accusative alef and has none. Broken plurals are left:
// many (رسائل، مساجد) take no alef in the accusative either.
func nominativeNoun(x *item) bool {
	if x.a.dual || !showsTanwin(x.form) {
		return false
	}
	return x.a.e.tag == TagNoun && !x.plural || x.plural && strings.HasSuffix(x.form, "ون")
}

// showsTanwin: an indefinite noun spelled w would carry the accusative
// alef, so its absence shows the nominative (or genitive): not a noun in
// ة, اء, ى, ات, nor a sound masculine plural in ين (accusative too).
func showsTanwin(w string) bool {
	for _, s := range [...]string{"ة", "اء", "ى", "ات", "ين", "ا"} {
		if strings.HasSuffix(w, s) {
			return false
		}
	}
	return w != ""
}

// isDemonstrative: هذا، ذلك … standing for a noun phrase (بعد ذلك).
func isDemonstrative(it *item) bool {
	_, ok := demonstratives[it.key]
	return ok && it.post == ""
}

// prepPhrase: a multi-word entry that is a whole prepositional phrase,
// its first word a preposition (بعد ذلك → after that, في الوقت نفسه → at
// the same time); not one whose English ends in "of" or "to" (+of, +to:
// في إطار within the framework of), which wants a noun phrase after it.
func (g *engine) prepPhrase(p *item) bool {
	_, rest, ok := strings.Cut(p.key, " ")
	if !ok || p.a.e.tag != TagPhrase && p.a.e.tag != TagAdv || p.has(fOf) || p.has(fTo) || strings.Contains(rest, " ان") || rest == "ان" {
		return false
	}
	a := g.firstWord(p.key)
	return a != nil && a.e.tag == TagPrep && a.prep == "" && a.conj == "" && a.pron == ""
}

// toVerbPreps maps each verb of the to-verb table to the preposition it
// takes before its complement ("" for none), so a word is looked up once.
var toVerbPreps = prepsByVerb(toVerbs)

// beginLemmas holds the pasts of the begin-verb table (its keys are past
// and imperfect), so a verb is checked before the key is built.
var beginLemmas = prepsByVerb(beginVerbs)

// toVerbComplement returns, for a verb of the to-verb table at w, the
// preposition it takes and the first word of its complement: the word
// after the verb's subject (a definite noun phrase or a name) when a
// complement starts there, else the word after the verb (the subject is
// a dropped pronoun) when it is a preposition, أن or a verbal noun.
func (g *engine) toVerbComplement(w *window) (prep string, c *item, ok bool) {
	it := w.it
	if it.kind != kVerb || it.a == nil || it.a.passive || it.a.tamm || it.a.e.has(fCopula) || it.a.prep != "" || it.inf || it.bare {
		return "", nil, false
	}
	if prep, ok = toVerbPreps[it.key]; !ok {
		return "", nil, false
	}
	c = w.n1
	if c == nil || c.lead != "" || !nounlike(c) {
		return prep, c, c != nil
	}
	ms, j := collectMembers(w.its, itemIndex(w.its, w.i+1, c), nil)
	after := liveAfter(w.its, j-1, 1)
	if (ms[len(ms)-1].def || c.kind == kName) && after != nil && g.complementStart(after, prep) {
		return prep, after, true // قرر الرئيس زيارة بغداد
	}
	// حاول الهروب، قرر زيارة بغداد، قرر الانسحاب من: the verbal noun
	// right after the verb; a definite one read by its form I pattern
	// only when the clause ends there (حاولت الحكومة في: her subject),
	// a derived one when no noun follows (قرر الاجتماع تأجيل: its subject)
	// (a verb of the speaker or the hearer has no noun subject: لم أستطع
	// العودة إلى → I was not able to return to)
	speech := it.a.person == "1s" || it.a.person == "1p" || it.a.person == "2"
	if prep == "" && c.kind == kNoun && g.masdarOf(c) != nil && (!c.def || speech || after == nil || after.kind == kPunct || g.verbOfMasdar(c.a) != nil && !(nounlike(after) && after.lead == "")) {
		return prep, c, true
	}
	return "", nil, false
}

// complementStart: x can start the complement of a verb of the to-verb
// table taking prep: the preposition, أن, or a verbal noun.
func (g *engine) complementStart(x *item, prep string) bool {
	switch prep {
	case "":
		if v, _ := g.masdarPhraseVerb(x); v != nil {
			return x.lead == ""
		}
		return x.lead == "" && (x.key == "ان" && x.kind == kFunc || g.masdarOf(x) != nil)
	case "ب":
		return x.a != nil && x.a.prep == "ب" && x.a.conj == ""
	}
	// or a phrase entry opening with it (في العمل), which prepMasdarPhrase
	// may read as prep + a verbal noun
	return x.kind == kFunc && (x.key == prep || x.a != nil && x.a.e.tag == TagPhrase && strings.HasPrefix(x.key, prep+" ")) && x.lead == ""
}

// masdarOf returns the verb whose verbal noun x is, or nil: x is a
// singular common noun, and a verbal noun is expected here.
func (g *engine) masdarOf(x *item) *entry {
	if x == nil || x.kind != kNoun || x.a == nil || x.plural || x.a.dual || x.a.e.tag != TagNoun || x.has(fPerson) {
		return nil
	}
	v := g.masdarVerbGuess(x.a)
	if v == nil || v.has(fCopula) || v.past == "" {
		return nil
	}
	return v
}

// A verb of the to-verb table (حاول، قرر، تمكن من) before a verbal noun,
// after its subject and its preposition when it takes one, has that
// verbal noun as a to-infinitive of its verb, the noun's pronoun its
// object: قرر الرئيس زيارة بغداد → the president decided to visit
// Baghdad; تمكنت الشرطة من اعتقال المتهم → the police managed to arrest
// the suspect; حاول الهروب → he tried to escape.
func toVerbMasdar(g *engine, w *window) verdict {
	prep, c, ok := g.toVerbComplement(w)
	if !ok {
		return pass
	}
	m := c
	switch {
	case prep == "ب":
		if c.a == nil || c.a.prep != "ب" || c.a.conj != "" {
			return pass
		}
	case prep != "" && g.prepMasdarPhrase(c, prep):
		// استمر في العمل: the phrase entry في العمل (at work) is the
		// preposition and a verbal noun here, re-read as the noun
		m = c
	case prep != "":
		if c.kind != kFunc || c.key != prep || c.lead != "" || c.post != "" {
			return pass
		}
		m = liveAfter(w.its, itemIndex(w.its, w.i+1, c), 1)
		if m == nil || m.lead != "" {
			return pass
		}
	case c.lead != "":
		return pass
	}
	if v, p := g.masdarPhraseVerb(m); v != nil && m.a.conj == "" {
		// حاول الوصول إلى المدينة → tried to reach the city: a phrase of
		// a verbal noun and its verb's preposition
		g.phraseInfinitive(m, v, p, couldNot(w.it))
		if c != m {
			c.drop = true
		}
		return applied
	}
	v := g.masdarOf(m)
	if v == nil || m.a.conj != "" {
		return pass
	}
	// the verbal noun's pronoun is the verb's object (إغلاقها → to close it)
	a := analysis{e: v, prep: "ل", vf: vImpf, person: "3ms", stem: m.a.stem, pron: m.a.pron}
	if couldNot(w.it) {
		a.prep = ""
	}
	*m = g.itemInPlace(&a, m)
	m.bare = a.prep == ""
	if c != m {
		c.drop = true
	}
	return applied
}

// couldNot marks a negated past of a verb of the could-verb table, whose
// infinitive is then bare: لم أستطع النوم → I could not sleep.
func couldNot(it *item) bool {
	if !couldVerbs[it.key] || !(it.mod == "لم" || it.mod == "ما" && it.a.vf == vPast) || it.a.pron != "" {
		return false
	}
	it.could = true
	return true
}

// A verb of the to-verb table, its subject and أن + an imperfect of the
// same subject (its person, or the plural of a third person): the
// imperfect is a to-infinitive and the noun after it its object:
// حاولت الحكومة أن تحل الأزمة → the government tried to solve the crisis.
func toVerbAn(g *engine, w *window) verdict {
	prep, c, ok := g.toVerbComplement(w)
	if !ok || c.lead != "" || c.post != "" {
		return pass
	}
	if prep != "" && prep != "ب" {
		if c.kind != kFunc || c.key != prep || c.lead != "" || c.post != "" {
			return pass
		}
		c = liveAfter(w.its, itemIndex(w.its, w.i+1, c), 1)
	}
	if c == nil || c.key != "ان" || c.kind != kFunc || c.post != "" || c.a == nil || c.a.prep != "" && !(prep == "ب" && c.a.prep == "ب") {
		return pass
	}
	v := liveAfter(w.its, itemIndex(w.its, w.i+1, c), 1)
	if v == nil || v.kind != kVerb || v.a.vf != vImpf || v.lead != "" || v.mod != "" || v.a.fut || v.a.passive || !sameSubject(w.it.a.person, v.a.person) {
		return pass
	}
	v.inf = !couldNot(w.it)
	v.bare = !v.inf
	c.drop = true
	if p := liveBefore(w.its, itemIndex(w.its, w.i+1, c)); p != nil && p != w.it && p.kind == kFunc && p.key == prep && prep != "ب" {
		p.drop = true // تمكن من أن: the preposition goes with أن
	}
	return applied
}

// sameSubject: an imperfect in person q can share the subject of a verb in
// person p: the same person, or the plural of a third person (a verb
// before its subject is singular: حاول المسؤولون أن يقنعوا).
func sameSubject(p, q string) bool {
	return p == q || (p == "3ms" || p == "3fs") && (q == "3mp" || q == "3fp")
}

// eventVerb: a verb of the event-passive table, active, third person
// singular, with no object pronoun: the English participle of its
// passive.
func eventVerb(it *item) (string, bool) {
	if it.kind != kVerb || it.a == nil || it.a.passive || it.a.pron != "" || it.a.prep != "" || it.inf || it.bare ||
		!(it.a.person == "3ms" || it.a.person == "3fs") || !(it.a.vf == vPast || it.a.vf == vImpf) {
		return "", false
	}
	pp, ok := eventPassive[it.key]
	return pp, ok
}

// eventNoun: a noun of an event (+event), with no preposition before it.
func eventNoun(x *item) bool {
	return x != nil && x.kind == kNoun && x.lead == "" && x.a != nil && x.a.prep == "" && x.has(fEvent)
}

// noObjectAfter: the word after an event noun phrase ending before
// its[j] is no object of the verb: the end, punctuation, a preposition
// or adverb, a number or date, or a span of time (الأسبوع المقبل).
func noObjectAfter(g *engine, its []item, j int) bool {
	x := liveAfter(its, j-1, 1)
	switch {
	case x == nil || x.kind == kPunct || x.kind == kNum || x.lead != "":
		return true
	case x.kind == kFunc:
		return x.key != "ان" // عقد الاجتماع أن: a clause is an object
	case nounlike(x):
		return timeNoun(g, x)
	}
	return false
}

// timeNoun: a noun of time (+time), or a phrase headed by one (الأسبوع
// المقبل → next week).
func timeNoun(g *engine, x *item) bool {
	if x.has(fTime) {
		return true
	}
	if x.a == nil || x.a.e.tag != TagPhrase {
		return false
	}
	a := g.firstWord(x.key)
	return a != nil && a.e.has(fTime)
}

// makeEventPassive reads the verb it as its passive, said with the
// participle pp: a past is "was held", an imperfect "is held", a future
// "will be held".
func makeEventPassive(it *item, pp string) {
	e := *it.a.e
	e.en, e.past = "be "+pp, "was "+pp
	a := *it.a // analyses are shared (cached): copy before changing
	a.e, a.passive, a.tamm = &e, true, it.a.vf == vPast
	it.a = &a
}

// A verb of the event-passive table (عقد، أجرى، نظم) opening a clause
// before an event noun (+event) agreeing with it, with no object after
// the noun phrase, is the passive, its subject the event: سيعقد المؤتمر
// الأسبوع المقبل → the conference will be held next week; تعقد
// الانتخابات في مايو → the elections are held in May. An event noun
// with an object after it is the active's subject (عقد المؤتمر جلسته →
// the conference held its session).
func eventPassiveVSO(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if n1 != nil && n1.lead == "" && (n1.timeAdv || n1.has(fPast)) && eventNoun(w.n2) {
		n1 = w.n2 // أجريت أمس الانتخابات → the elections were held yesterday (h12-lexperson)
	}
	if !(clauseStart(w) || it.opens) || !eventNoun(n1) || it.kind != kVerb || it.a == nil {
		return pass
	}
	_, j := collectMembers(w.its, itemIndex(w.its, w.i+1, n1), nil)
	if !noObjectAfter(g, w.its, j) {
		return pass
	}
	pp, ok := g.eventReading(it)
	if !ok || !genderAgrees(it.a.person, n1) {
		return pass
	}
	makeEventPassive(it, pp)
	return applied
}

// eventReading returns the participle of the event-passive verb that
// it is or may be read as before or after an event noun, re-reading it:
// تعقد is the imperfect of عقد, not the past of تعقّد (became
// complicated); the passive ستجرى is of أجرى, not of جرى (take place).
func (g *engine) eventReading(it *item) (string, bool) {
	if pp, ok := eventVerb(it); ok {
		return pp, true
	}
	if it.a.vf == vPast && it.form != "" && it.mod == "" && !it.a.fut && !it.a.passive {
		if a := g.lex.impfReading(it.form); a != nil && a.conj == it.a.conj {
			n := g.itemInPlace(a, it)
			n.lead, n.andSt = it.lead, it.andSt
			if pp, ok := eventVerb(&n); ok {
				*it = n
				return pp, true
			}
		}
	}
	if it.a.passive && it.a.vf == vImpf && it.a.pron == "" {
		for _, e := range g.lex.impf[it.a.e.impf] {
			if pp, in := eventPassive[e.ar]; in && e.tag == TagVerb {
				a := *it.a
				a.e, a.passive = e, false
				it.a, it.key = &a, e.ar
				return pp, true
			}
		}
	}
	return "", false
}

// A verb of the event-passive table right after a definite event noun
// phrase that opens the clause, with no object after the verb, is the
// passive: المؤتمر يعقد في القاهرة → the conference is held in Cairo.
func eventPassiveSVO(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.kind != kVerb || it.a == nil || it.lead != "" || prev == nil || !prev.def || !(nounlike(prev) || prev.kind == kAdj) || prev.lead != "" && !nounlike(prev) {
		return pass
	}
	h := w.i - 1
	for h >= 0 && (w.its[h].drop || w.its[h].lead == "" && (nounlike(&w.its[h]) || w.its[h].kind == kAdj)) {
		h--
	}
	head := liveAfter(w.its, h, 1)
	if h >= 0 && nounlike(&w.its[h]) && w.its[h].andSt && w.its[h].a != nil && w.its[h].a.prep == "" {
		head = &w.its[h]
	}
	if head == nil || !eventNoun(head) && !(head.andSt && head.kind == kNoun && head.has(fEvent)) || !genderAgrees(it.a.person, head) {
		return pass
	}
	if b := liveBefore(w.its, itemIndex(w.its, 0, head)); b != nil && b.kind != kPunct && !clauseStarters[b.key] {
		return pass
	}
	if !noObjectAfter(g, w.its, w.i+1) {
		return pass
	}
	pp, ok := g.eventReading(it)
	if !ok {
		return pass
	}
	makeEventPassive(it, pp)
	return applied
}

// beginComplement returns the English of the verb of beginning at w
// (begin-verb) and the word after it, or after its subject (a definite
// noun phrase or a name).
func beginComplement(w *window) (en [2]string, c *item, ok bool) {
	it := w.it
	if it.kind != kVerb || it.a == nil || it.a.passive || it.a.pron != "" || it.a.prep != "" || it.inf || it.bare {
		return en, nil, false
	}
	if _, ok := beginLemmas[it.key]; !ok {
		return en, nil, false
	}
	if en, ok = beginVerbs[it.key+" ي"+it.a.e.impf]; !ok {
		// the verb by its past and imperfect: بدأ يبدأ (begin), not بدا
		// يبدو (seem)
		return en, nil, false
	}
	c = w.n1
	if c != nil && c.lead == "" && nounlike(c) && (c.def || c.kind == kName) && (c.a == nil || c.a.prep == "") {
		_, j := collectMembers(w.its, itemIndex(w.its, w.i+1, c), nil)
		c = liveAfter(w.its, j-1, 1)
	}
	return en, c, c != nil
}

// beginWith gives the verb of beginning it the English en (أخذ → began).
func beginWith(it *item, en [2]string) {
	e := *it.a.e
	e.en, e.past = en[0], en[1]
	a := *it.a // analyses are shared (cached): copy before changing
	a.e = &e
	it.a = &a
}

// A verb of beginning (بدأ، أخذ، راح) before an imperfect of its own
// subject, after that subject when it is said, is "began to": بدأ
// الأطفال يلعبون → the children began to play; بدأت أتساءل → I began to
// wonder.
func beginImperfect(g *engine, w *window) verdict {
	en, c, ok := beginComplement(w)
	if !ok || c.kind != kVerb || c.a.vf != vImpf || c.lead != "" || c.mod != "" || c.a.fut || c.a.prep != "" || c.a.e.has(fCopula) ||
		!sameSubject(w.it.a.person, c.a.person) && !(w.it.a.person == "3fs" && c.a.person == "1s" && g.firstPerson) {
		return pass
	}
	if w.it.a.person == "3fs" && c.a.person == "1s" {
		// بدأت أتساءل: the ت of the past is the speaker's
		w.it.setPerson("1s")
	}
	beginWith(w.it, en)
	c.inf = true
	return applied
}

// A verb of beginning before ب + a verbal noun says the verbal noun's
// verb in -ing, its object after it: بدأت الحكومة بتنفيذ الخطة → the
// government began implementing the plan.
func beginMasdar(g *engine, w *window) verdict {
	en, c, ok := beginComplement(w)
	if !ok || c.kind != kNoun || c.a == nil || c.a.prep != "ب" || c.a.conj != "" {
		return pass
	}
	v := g.masdarOf(c)
	if v == nil {
		return pass
	}
	a := analysis{e: v, vf: vImpf, person: "3ms", stem: c.a.stem, pron: c.a.pron}
	n := g.itemInPlace(&a, c)
	n.prog = true
	*c = n
	beginWith(w.it, en)
	return applied
}

// A clause-initial verb before a singular indefinite noun with no
// accusative alef where one would be written (مسؤول, not مسؤولا), or a
// sound masculine plural in ون, has that noun phrase as its subject: قال
// مسؤول أوروبي → a European official said; وصل مسلحون إلى القرية → gunmen
// reached the village.
func indefiniteSubject(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.vso || it.kind != kVerb || it.a == nil || it.a.prep != "" || it.a.e.has(fCopula) || it.inf || it.bare || !(it.a.person == "3ms" || it.a.person == "3fs") ||
		!(clauseStart(w) || it.opens) || n1 == nil || n1.kind != kNoun || n1.def || n1.det != "" || n1.lead != "" || n1.a == nil || n1.a.tanwin || n1.a.pron != "" ||
		n1.has(fTime) || !genderAgrees(it.a.person, n1) || !nominativeNoun(n1) {
		return pass
	}
	it.vso = true
	return applied
}

// phraseInfinitive says the phrase m of a verbal noun and its verb v's
// preposition p (masdarPhraseVerb) as "to" + v (bare: v alone) with the
// English of p after it: الوصول إلى → to reach, التغلب على → to overcome.
func (g *engine) phraseInfinitive(m *item, v *entry, p string, bare bool) {
	a := analysis{e: withPrepSense(v, p), prep: "ل", vf: vImpf, person: "3ms"}
	if bare {
		a.prep = ""
	}
	n := g.itemInPlace(&a, m)
	n.bare = bare
	if en, ok := verbPrep[v.ar+" "+p]; ok {
		n.post = en
	} else if pa := g.lex.analyze(p, ""); pa != nil {
		n.post = pa.e.en
	}
	*m = n
}

// masdarPhraseVerb reads a two-word phrase entry (phr or n) of a definite
// verbal noun and a preposition (الوصول إلى → access to, القضاء على →
// eliminating) as
// the verb of the verbal noun and that preposition, or returns nil.
func (g *engine) masdarPhraseVerb(x *item) (*entry, string) {
	if x == nil || x.a == nil || !(x.a.e.tag == TagPhrase || x.a.e.tag == TagNoun) || x.a.prep != "" || !strings.Contains(x.key, " ") {
		return nil, ""
	}
	first, p, ok := strings.Cut(x.key, " ")
	m, def := strings.CutPrefix(first, "ال")
	if !ok || !def || strings.Contains(p, " ") {
		return nil, ""
	}
	if pa := g.lex.analyze(p, ""); pa == nil || pa.e.tag != TagPrep {
		return nil, ""
	}
	v := g.lex.masdarVerb(m)
	if v == nil {
		v = g.lex.formIMasdarVerb(m)
	}
	if v == nil || v.has(fCopula) || v.past == "" {
		return nil, ""
	}
	return v, p
}

// A third-person masculine verb opening its clause right before a place
// name that Arabic treats as feminine (+geo, not +masculine) cannot have it
// as its subject: the name is its object (زار بغداد أمس → he visited
// Baghdad yesterday; لم يزر القاهرة → he did not visit Cairo). A noun
// phrase right after the name that agrees with the verb is its subject
// (VOS: زار بغداد الرئيس الفرنسي → the French president visited Baghdad).
// A verb of the table place-object-verb (زار، غادر، قصف), whose subject
// is no place, takes a masculine place as its object too (h14-lexstart:
// زار العراق أمس → he visited Iraq yesterday), and any such verb takes a
// language (feminine-nisba-without-head-is-language) as its object: درس
// الصينية في بكين → he studied Chinese in Beijing.
// Not a copula, a passive, a +be verb or an
// impersonal verb, nor a verb of form VII (انفعل), which take no object.
func placeObject(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kVerb || it.a == nil || it.a.person != "3ms" || it.a.pron != "" || it.a.prep != "" || it.a.passive || it.a.tamm ||
		it.a.e.has(fCopula) || it.a.e.has(fBe) || impersonalVerbs[it.a.e.ar] || formVII(it.a.e) ||
		it.inf || it.bare || it.vso || it.subject != "" || !(clauseStart(w) || it.opens) ||
		n1 == nil || n1.kind != kName || n1.lead != "" || n1.a == nil || n1.a.prep != "" ||
		!(languageItem(n1) || n1.has(fGeo) && (!n1.has(fMasculine) || placeObjectVerbs[it.a.e.ar])) {
		return pass
	}
	it.placeObject = true
	n2 := liveAfter(w.its, w.i, 2)
	it.vos = n2 != nil && n2.lead == "" && g.vosSubject(it, n2)
	return applied
}

// vosSubject: the word after a verb's place-name object that is its
// subject: a noun, or a phrase entry that is a noun phrase (رئيس وزراء،
// مسؤول كبير) not opening with a time (الأسبوع المقبل), definite or
// nominative indefinite, agreeing with the verb, not a time (الشهر
// الماضي) or a count (مرتين). A name there is left alone: a weekday
// (الجمعة) is a name too.
func (g *engine) vosSubject(verb, x *item) bool {
	if x.kind != kNoun || x.a == nil || x.a.prep != "" || x.a.pron != "" ||
		x.has(fTime) || x.has(fCycle) || x.has(fMonth) || x.a.dual || x.a.tanwin {
		return false
	}
	switch x.a.e.tag {
	case TagNoun, TagNounPlural:
		return (x.def || nominativeNoun(x)) && genderAgrees(verb.a.person, x)
	case TagPhrase:
		if a := g.firstWord(x.a.e.ar); a != nil && (a.e.has(fTime) || a.e.has(fCycle) || a.e.has(fMonth)) {
			return false
		}
		w, _, _ := strings.Cut(x.key, " ")
		return g.nominalPhrase(x.a.e) && (x.def || showsTanwin(w))
	}
	return false
}

// formVII: a verb of form VII (انفجر، انسحب، انقطع), intransitive.
func formVII(e *entry) bool {
	return e != nil && runeLen(e.ar) == 5 && strings.HasPrefix(e.ar, "ان")
}

// A verb negated by لم with منذ later in its clause (before punctuation or
// another verb) is the English present perfect: لم يزر بغداد منذ سنوات →
// he has not visited Baghdad for years; لم أره منذ عام 2010 → I have not
// seen him since 2010; لم يكن هنا منذ أشهر → he has not been here for
// months. Not in a question, nor a verb that another rule made a participle,
// a progressive or "never".
func lamMundhuPerfect(g *engine, w *window) verdict {
	it := w.it
	if it.kind != kVerb || it.a == nil || it.mod != "لم" || it.question || it.prog || it.had || it.never || it.participle || it.inf || it.bare ||
		it.there || it.a.e.has(fStill) || it.a.passive {
		return pass
	}
	for j, n := w.i+1, 0; j < len(w.its) && n < 8; j++ {
		x := &w.its[j]
		if x.drop {
			continue
		}
		n++
		switch {
		case x.kind == kPunct || x.kind == kVerb || x.lead != "" && x.andSt:
			return pass
		case (x.key == "منذ" || strings.HasPrefix(x.key, "منذ ")) && x.post == "" && x.lead == "":
			// منذ، or a phrase entry opening with it (منذ سنوات for
			// years); not one said as a time of the past (+past: منذ
			// أيام days ago), which English puts with the simple past
			if x.has(fPast) {
				return pass
			}
			it.perfect = true
			return applied
		}
	}
	return pass
}

// A verb of saying (+speech: قال، أكد، أوضح) with its subject after it,
// then (perhaps) one prepositional phrase, then ل + a noun phrase and أن،
// إن or a colon: the ل phrase is the hearer, "to", not an "of" after the
// subject: قال وزير الخارجية للصحفيين إن → the foreign minister said to
// the journalists that; أوضح المتحدث في مؤتمر صحفي لوكالة الأنباء أن →
// the spokesman explained in a press conference to the news agency that.
// Not after an object (أكد الرئيس دعمه للحكومة: his support for the
// government), nor right after an indefinite subject, whose ل phrase is
// its genitive (ذكر بيان للوزارة أن → a statement of the ministry
// mentioned that), nor with no clause after the ل phrase.
func speechHearer(g *engine, w *window) verdict {
	it := w.it
	if it.kind != kVerb || it.a == nil || !it.a.e.has(fSpeech) || it.a.pron != "" || it.a.passive || it.a.prep != "" || it.inf || it.bare {
		return pass
	}
	n1 := w.n1
	if n1 == nil || n1.lead != "" || !nounlike(n1) || n1.a != nil && (n1.a.prep != "" || n1.a.pron != "") {
		return pass
	}
	x := afterSubject(w)
	if x == nil || afterObject(w, x) {
		return pass
	}
	if last := liveBefore(w.its, itemIndex(w.its, w.i+1, x)); last != nil && (!last.def && last.kind != kName && !x.has(fPerson) && !last.has(fPerson) || last.kind == kAdj && !x.has(fPerson)) {
		// an indefinite subject's ل phrase is its genitive (كشف تقرير
		// للأمم المتحدة أن → a report of the United Nations revealed)
		// unless one of them names persons (قال مسؤول للصحفيين إن → an
		// official said to the journalists that),
		// and so is one after a definite noun and its adjective, where
		// Arabic cannot use the construct (قال الأمين العام للأمم المتحدة →
		// the secretary general of the United Nations said), unless it
		// names persons (قال الوزير الأمريكي للصحفيين → said to the
		// journalists)
		return pass
	}
	if x.kind == kFunc && x.a != nil && x.a.conj == "" && x.a.prep == "" && x.post == "" && g.prepPhrase(x) {
		// a whole prepositional phrase entry: خلال لقائه، في الوقت نفسه
		if x = liveAfter(w.its, itemIndex(w.its, w.i+1, x), 1); x == nil {
			return pass
		}
	} else if x.kind == kFunc && x.a != nil && x.a.e.tag == TagPrep && x.a.pron == "" && x.a.conj == "" && x.post == "" {
		// one prepositional phrase: في مؤتمر صحفي، خلال لقائه
		k := itemIndex(w.its, w.i+1, x)
		for n := 0; ; n++ {
			y := liveAfter(w.its, k, 1)
			if y == nil || n == 4 {
				return pass
			}
			k = itemIndex(w.its, k+1, y)
			if y.lead != "" || !(nounlike(y) || y.kind == kAdj) || y.a != nil && y.a.prep != "" {
				if n == 0 {
					return pass
				}
				x = y
				break
			}
		}
	}
	if x.a == nil || x.a.prep != "ل" || x.a.conj != "" || x.a.pron != "" || x.objB || !(x.kind == kNoun || x.kind == kName) {
		return pass
	}
	_, j := collectMembers(w.its, itemIndex(w.its, w.i+1, x), nil)
	y := liveAfter(w.its, j-1, 1)
	if y == nil || !(y.kind == kFunc && y.key == "ان" && y.lead == "" || y.kind == kPunct && (y.text == ":" || y.text == "،" || y.text == ",")) {
		return pass
	}
	x.objB, x.objPrep = true, "to"
	return applied
}

// objectComplementPreps maps each verb of the object-complement table to
// its preposition, so a verb is looked up once.
var objectComplementPreps = prepsByVerb(objectComplements)

// prepsByVerb maps the verb of each "VERB PREP" key of a grammar table to
// its second word, the preposition ("" for none; the last in key order
// when a verb has several rows).
func prepsByVerb[V any](table map[string]V) map[string]string {
	keys := make([]string, 0, len(table))
	for k := range table {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	m := map[string]string{}
	for _, k := range keys {
		verb, prep, _ := strings.Cut(k, " ")
		m[verb] = prep
	}
	return m
}

// activeClauseVerb: a verb in its own clause, active, with no clitic
// preposition, not an infinitive or bare form and not كان: the verbs whose
// complement the object-complement and gerund-verb rules read.
func activeClauseVerb(it *item) bool {
	return it.kind == kVerb && it.a != nil && !it.a.passive && it.a.prep == "" && !it.inf && !it.bare && !it.a.e.has(fCopula)
}

// A verb of the object-complement table (سمح ب، منع من، حث على), its
// subject and object (a noun phrase, its object pronoun or, for سمح, the
// ل phrase), then its preposition + a verbal noun: the verbal noun is its
// verb, "to" + the verb or "from" + its -ing form, the verbal noun's
// pronoun its object: سمحت الحكومة للمواطنين بالسفر → the government
// allowed the citizens to travel; منعت الشرطة المتظاهرين من دخول الساحة →
// the police prevented the protesters from entering the square. With
// nothing between the verb and the preposition the verbal noun stays a
// noun (سمح بدخول المساعدات → allowed the entry of the aid).
func objectComplement(g *engine, w *window) verdict {
	it := w.it
	if !activeClauseVerb(it) {
		return pass
	}
	prep, ok := objectComplementPreps[it.key]
	if !ok {
		return pass
	}
	how := objectComplements[it.key+" "+prep]
	between, lObject := 0, false
	var c, m *item
	for k, n := w.i, 0; n < 8; n++ {
		x := liveAfter(w.its, k, 1)
		if x == nil || x.a == nil || x.a.conj != "" {
			return pass
		}
		k = itemIndex(w.its, k+1, x)
		if prep == "ب" && x.kind == kNoun && x.a.prep == "ب" {
			c, m = x, x
			break
		}
		if prep != "ب" && x.kind == kFunc && x.key == prep && x.a.prep == "" && x.a.pron == "" && x.post == "" {
			c, m = x, liveAfter(w.its, k, 1)
			break
		}
		switch {
		case x.lead == "" && x.a.prep == "" && (nounlike(x) || x.kind == kAdj):
			between++
		case prep == "ب" && !lObject && x.a.prep == "ل" && nounlike(x), prep == "ب" && !lObject && x.kind == kFunc && x.a.e.ar == "ل" && x.a.pron != "":
			// سمحت الحكومة للمواطنين، سمح لهم
			lObject = true
			between++
		default:
			return pass
		}
	}
	if c == nil || m == nil || m.a == nil || m.a.conj != "" || m != c && (m.lead != "" || m.a.prep != "") ||
		between == 0 && it.a.pron == "" || prep == "ب" && !lObject {
		return pass
	}
	if v, p := g.masdarPhraseVerb(m); v != nil && how == "to" && m != c {
		g.phraseInfinitive(m, v, p, false)
		c.drop = true
		return applied
	}
	v := g.masdarOf(m)
	if v == nil {
		return pass
	}
	a := analysis{e: v, vf: vImpf, person: "3ms", stem: m.a.stem, pron: m.a.pron}
	if how == "to" {
		a.prep = "ل"
	}
	n := g.itemInPlace(&a, m)
	if how != "to" {
		n.prog = true
		n.lead = how
	}
	*m = n
	if c != m {
		c.drop = true
	}
	return applied
}

// A third-person feminine past or imperfect of the place-object-verb
// table (زار، غادر، اجتاح، هز: verbs whose object is a place and
// whose subject is not) opening its clause right before a +geo name that
// is not +masculine has the name as its object, like a masculine verb
// (masculine-verb-before-feminine-place-has-it-as-object): the noun
// phrase after the name is its subject (زارت بغداد وفود رسمية → official
// delegations visited Baghdad; هزت دمشق انفجارات → explosions shook
// Damascus), or, with none, the dropped pronoun (زارت القاهرة أمس → she
// visited Cairo yesterday). Other feminine verbs before a place name
// keep it as their subject (استضافت بغداد القمة → Baghdad hosted the
// summit), and so does دخل, whose object is as often a state (دخلت مصر
// مرحلة جديدة → Egypt entered a new stage).
func femininePlaceObject(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kVerb || it.a == nil || it.a.person != "3fs" || it.a.pron != "" || it.a.prep != "" || it.a.passive || it.a.tamm ||
		!placeObjectVerbs[it.a.e.ar] || it.inf || it.bare || it.vso || it.placeObject || it.subject != "" || !(clauseStart(w) || it.opens) ||
		n1 == nil || n1.kind != kName || n1.lead != "" || n1.a == nil || n1.a.prep != "" ||
		!(languageItem(n1) || n1.has(fGeo) && (!n1.has(fMasculine) || placeObjectVerbs[it.a.e.ar])) {
		return pass
	}
	it.placeObject = true
	n2 := liveAfter(w.its, w.i, 2)
	it.vos = n2 != nil && n2.lead == "" && (g.vosSubject(it, n2) || indefiniteFeminineSubject(n2))
	return applied
}

// indefiniteFeminineSubject: an indefinite noun that a feminine verb may
// have as its subject and that shows no accusative: a broken plural with
// no alef (وفود، not وفودا) or a singular in ة (عاصفة), with no pronoun,
// not a time (مرة) or a period.
func indefiniteFeminineSubject(x *item) bool {
	if x.kind != kNoun || x.a == nil || x.def || x.a.prep != "" || x.a.pron != "" || x.a.tanwin || x.a.dual || x.has(fTime) || x.has(fCycle) {
		return false
	}
	switch x.a.e.tag {
	case TagNounPlural:
		return !strings.HasSuffix(x.form, "ا")
	case TagNoun:
		return !x.plural && strings.HasSuffix(x.form, "ة")
	}
	return false
}

// prepMasdarPhrase re-reads c, a two-word phrase entry of the preposition
// prep and a verbal noun (في العمل "at work"), as that verbal noun alone,
// where a verb of the to-verb table governs prep (استمر في العمل →
// continued to work); it reports whether it did.
func (g *engine) prepMasdarPhrase(c *item, prep string) bool {
	if c.kind != kFunc || c.a == nil || c.a.e.tag != TagPhrase || c.a.conj != "" || c.a.prep != "" || c.a.pron != "" || c.lead != "" || c.post != "" {
		return false
	}
	rest, ok := strings.CutPrefix(c.key, prep+" ")
	if !ok || strings.Contains(rest, " ") {
		return false
	}
	a := g.lex.analyze(rest, "")
	if a == nil || a.e.tag != TagNoun || a.conj != "" || a.prep != "" {
		return false
	}
	n := g.itemInPlace(a, c)
	if g.masdarOf(&n) == nil {
		return false
	}
	*c = n
	return true
}

// gerundLemmas holds the verbs of the gerund-verb table (its keys are
// verb and preposition; فكر has two).
var gerundLemmas = prepsByVerb(gerundVerbs)

// A verb of the gerund-verb table (توقف عن، امتنع عن، فكر في، استمتع ب),
// after its subject when it is said, before its preposition + a verbal
// noun says the verbal noun's verb in -ing, its object after it; the
// preposition keeps the English the verb-prep and verb-with-b tables give
// it: توقف الرجل عن التدخين → the man stopped smoking; امتنعت الحكومة عن
// دفع الرواتب → the government abstained from paying the salaries;
// استمتعنا بمشاهدة الفيلم → we enjoyed watching the film.
func gerundComplement(g *engine, w *window) verdict {
	it := w.it
	if !activeClauseVerb(it) {
		return pass
	}
	if _, ok := gerundLemmas[it.key]; !ok {
		return pass
	}
	prep, k := "", w.i
	var m *item
	for n := 0; n < 7; n++ {
		x := liveAfter(w.its, k, 1)
		if x == nil || x.a == nil || x.a.conj != "" {
			return pass
		}
		k = itemIndex(w.its, k+1, x)
		if x.kind == kNoun && x.a.prep == "ب" && gerundVerbs[it.key+" ب"] != "" {
			prep, m = "ب", x
			break
		}
		if x.kind == kFunc && gerundVerbs[it.key+" "+x.key] != "" && x.a.prep == "" && x.a.pron == "" && x.post == "" && x.lead == "" {
			prep = x.key
			m = liveAfter(w.its, k, 1)
			if m == nil || m.lead != "" || m.a == nil || m.a.prep != "" || m.a.conj != "" {
				return pass
			}
			break
		}
		if x.lead != "" || x.a.prep != "" || !(nounlike(x) || x.kind == kAdj) {
			return pass
		}
	}
	if m == nil || m.kind != kNoun || m.a.conj != "" || g.masdarOf(m) == nil {
		return pass
	}
	// a verbal noun by its derived pattern (بمشاهدة watching), or the
	// guessed verb of a form I one in construct before its object, so
	// that a noun such as بالحديقة (the garden), في الأمر (the matter) is
	// not read as one; for the rows marked "any" (توقف عن العمل → stopped
	// working) the guessed verb of any, unless its English ends in a
	// preposition (+object: الكلام is not "talking to")
	v := g.verbOfMasdar(m.a)
	if nx := liveAfter(w.its, itemIndex(w.its, w.i+1, m), 1); v == nil && (gerundVerbs[it.key+" "+prep] == "any" || !m.def && !m.a.def && m.a.pron == "" && nx != nil && nx.lead == "" && nounlike(nx) && nx.def) {
		if v = g.masdarOf(m); v != nil && v.has(fObject) {
			v = nil
		}
	}
	if v == nil {
		return pass
	}
	a := analysis{e: v, vf: vImpf, person: "3ms", stem: m.a.stem, pron: m.a.pron}
	n := g.itemInPlace(&a, m)
	n.prog = true
	if prep == "ب" {
		if p := verbWithB[it.key]; p != "" {
			n.lead = p // فكر بالسفر → thought about traveling
		}
	}
	*m = n
	return applied
}

// The phrase كان يجب before أن and an imperfect of the speaker or the
// hearer (whose subject is a pronoun) is "had to" with that pronoun
// before it and the bare verb: كان يجب أن نغادر مبكرا → we had to leave
// early; كان يجب أن أخبرك → I had to tell you. A third person is left
// alone: its subject may be a noun after the verb (كان يجب أن تتحرك
// الحكومة).
func kanaYajibHadTo(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if it.kind != kFunc || it.a == nil || it.a.e.tag != TagPhrase || it.key != "كان يجب" || it.post != "" || it.a.prep != "" ||
		n1 == nil || n1.kind != kFunc || n1.key != "ان" || n1.lead != "" || n1.post != "" || n1.a == nil || n1.a.prep != "" || n2 == nil {
		return pass
	}
	if n2.kind == kVerb && n2.a != nil && n2.a.vf == vPast && n2.lead == "" && n2.mod == "" && n2.form != "" {
		// after أن an imperfect: أخبرك is أ + خبر + ك (I tell you), not
		// the past أخبر + ك
		if a := g.lex.impfReading(n2.form); a != nil && a.person == "1s" && a.conj == "" {
			*n2 = g.itemInPlace(a, n2)
		}
	}
	if n2.kind != kVerb || n2.a == nil || n2.a.vf != vImpf || n2.lead != "" || n2.mod != "" || n2.a.fut || n2.a.passive || n2.a.e.has(fCopula) {
		return pass
	}
	subj := ""
	switch n2.a.person {
	case "1s", "1p", "2":
		subj = subjectPronoun[n2.a.person]
	}
	if subj == "" {
		return pass
	}
	n2.bare, n2.inf = true, false
	n2.adv = subj + " had to"
	n2.lead, n2.andSt = it.lead, it.andSt
	it.drop, n1.drop = true, true
	return settled
}
