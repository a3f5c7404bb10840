package lexicon

import "strings"

// h13-lexpud: rules for the encyclopedic and news-feature register
// (purpose clauses, "one of", passives in relative clauses). Each is
// pinned by a case numbered 2000–2099 in testdata/rules.json.

// purposeVerb returns the verb of a verbal noun of the purpose-masdar
// table, found as a modal's verb is (formIMasdarVerb), or nil.
func (g *engine) purposeVerb(masdar string) *entry {
	if !purposeMasdars[masdar] {
		return nil
	}
	return g.lex.formIMasdarVerb(masdar)
}

// purposeOrDerivedVerb returns the verb of the verbal noun a: a derived
// form's (verbOfMasdar), else a purpose-masdar row's, or nil.
func (g *engine) purposeOrDerivedVerb(a *analysis) *entry {
	if v := g.verbOfMasdar(a); v != nil {
		return v
	}
	return g.purposeVerb(a.e.ar)
}

// hasObjectAfter: the verbal noun x has an object: its pronoun suffix or
// the noun phrase right after it (a noun or a name with nothing merged in
// front of it).
func hasObjectAfter(x, n1 *item) bool {
	return x.a.pron != "" || n1 != nil && n1.lead == "" && (nounlike(n1) || lemmaIs(n1, reflexiveWords...))
}

// reflexiveWords are the reflexive pronouns of function.tsv (أنفسهم
// themselves), objects of a verbal noun as a noun is.
var reflexiveWords = []string{"نفسه", "نفسها", "انفسهم", "انفسنا", "نفسي", "نفسك", "انفسكم"}

// verbBefore: a finite verb stands before its[i] in the line.
func verbBefore(its []item, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if !its[j].drop && its[j].kind == kVerb {
			return true
		}
	}
	return false
}

// purposeInfinitive puts the verb v in the verbal noun x's place as "to" +
// v, its pronoun suffix as v's object.
func (g *engine) purposeInfinitive(x *item, v *entry) {
	a := analysis{e: v, conj: x.a.conj, prep: "ل", vf: vImpf, person: "3ms", stem: x.a.stem}
	n := g.itemInPlace(&a, x)
	n.mod = ""
	if x.a.pron != "" {
		n.post = objectPronoun[x.a.pron]
	}
	*x = n
}

// ل + a form I verbal noun of the purpose-masdar table before its object
// is "to" + its verb (جاء الطلاب لحضور المحاضرة → the students came to
// attend the lecture); the derived forms are l-masdar-is-to-infinitive's.
// Without an object it stays a noun (مركز للدراسة → a centre for study),
// and before any verb of its line it is part of a name or subject
// (الجمعية الملكية لحماية الطيور → the royal society for the protection
// of birds).
func lFormIPurpose(g *engine, w *window) verdict {
	it := w.it
	if it.kind != kNoun || it.a == nil || it.a.prep != "ل" || it.a.def || it.def && it.a.pron == "" || it.plural || it.a.dual || it.objB || !hasObjectAfter(it, w.n1) || !verbBefore(w.its, w.i) {
		return pass
	}
	v := g.purposeVerb(it.a.e.ar)
	if v == nil {
		return pass
	}
	g.purposeInfinitive(it, v)
	return applied
}

// A preposition of purpose (من أجل، بهدف، بغية) before a verbal noun and
// its object is "to" + the noun's verb, the preposition dropped (عمل
// الفريق من أجل تحقيق أهدافه → the team worked to achieve its goals).
func purposePrepMasdar(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if it.kind != kFunc || !purposePreps[it.key] || it.lead != "" || n1 == nil || n1.kind != kNoun || n1.a == nil || n1.lead != "" ||
		n1.def && n1.a.pron == "" || n1.a.def || n1.plural || n1.a.dual || n1.a.prep != "" || !hasObjectAfter(n1, n2) {
		return pass
	}
	v := g.purposeOrDerivedVerb(n1.a)
	if v == nil {
		return pass
	}
	conj := it.a.conj
	g.purposeInfinitive(n1, v)
	n1.a.conj = conj
	if conj != "" {
		n1.lead, n1.andSt = it.lead, it.andSt
	}
	it.drop = true
	return applied
}

// A quantifier before an indefinite plural in construct with a definite
// noun takes its definite reading, the construct being definite: أحد
// خبراء الاقتصاد → one of the experts of the economy, كل موظفي الشركة →
// all the employees of the company (not "one experts", "every
// employees"); before a singular it keeps its indefinite one (كل طالب →
// every student).
func quantifierConstructPlural(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if it.kind != kFunc || it.post != "" || n1 == nil || n1.kind != kNoun || n1.lead != "" || n1.det != "" || !n1.plural || n1.a == nil || n1.a.def || n1.a.pron != "" ||
		n2 == nil || !nounlike(n2) || n2.lead != "" || !(n2.def || n2.kind == kName) {
		return pass
	}
	if _, ok := quantifiers[it.key]; !ok {
		return pass
	}
	n1.det = "the"
	if !g.determiners(it, n1) {
		n1.det = ""
		return pass
	}
	n1.quantOf = true
	return applied
}

// A past of the relative-passive table right after a relative that
// agrees with it, with no object after it (a preposition, a year, a
// number, punctuation or the end of the line follows), is the passive
// when the antecedent is no person: المدرسة التي بنيت عام 1980 → the
// school that was built in 1980, الكتب التي نشرت في بيروت → the books
// that were published in Beirut. After a person the antecedent is the
// agent (الرجل الذي كتب في الصحيفة → the man who wrote in the newspaper).
func relativePassive(g *engine, w *window) verdict {
	it, prev, n1 := w.it, w.prev, w.n1
	if it.kind != kVerb || it.a == nil || it.a.vf != vPast || it.a.pron != "" || it.lead != "" || it.mod != "" || it.a.passive || it.a.tamm ||
		!relativePassives[it.a.e.ar] || prev == nil || !relatives[prev.key] || prev.lead != "" && prev.a.conj == "" || !relativeAgrees(prev.key, it.a.person) {
		return pass
	}
	ante := liveBefore(w.its, itemIndex(w.its, 0, prev))
	if ante != nil && ante.kind == kPunct && ante.text == "," {
		ante = liveBefore(w.its, itemIndex(w.its, 0, ante)) // المتحف، والذي افتتح عام 2000
	}
	if ante == nil || !nounlike(ante) || ante.kind == kName || humanNoun(ante) {
		return pass
	}
	if n1 != nil && !(n1.kind == kPunct || n1.kind == kNum || n1.has(fYear) ||
		n1.kind == kFunc && n1.a != nil && (n1.a.e.tag == TagPrep || n1.a.e.tag == TagAdv) || n1.lead != "" && n1.a != nil && n1.a.prep != "" && n1.a.conj == "") {
		return pass
	}
	passiveReading(it)
	return applied
}

// A clause-initial verb before an indefinite noun that cannot show the
// accusative alef (صحيفة, وزارة), its adjectives and then an indefinite
// noun that shows it (تقريرا) has the first noun phrase as its subject and
// the accusative one as its object: نشرت صحيفة محلية تقريرا عن الحادث → a
// local newspaper published a report on the accident (not "she published
// a local newspaper a report").
func subjectBeforeAccusative(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.vso || it.kind != kVerb || it.a == nil || it.a.prep != "" || it.a.e.has(fCopula) || it.inf || it.bare || it.a.pron != "" ||
		!(it.a.person == "3ms" || it.a.person == "3fs") || !(clauseStart(w) || it.opens) ||
		n1 == nil || n1.kind != kNoun || n1.def || n1.det != "" || n1.lead != "" || n1.a == nil || n1.a.tanwin || n1.a.pron != "" || n1.a.dual ||
		n1.has(fTime) || showsTanwin(n1.form) || !genderAgrees(it.a.person, n1) {
		return pass
	}
	j := itemIndex(w.its, w.i, n1)
	o := liveAfter(w.its, j, 1)
	for o != nil && o.kind == kAdj && !o.def && o.lead == "" && o.a != nil && !o.a.tanwin {
		o = liveAfter(w.its, itemIndex(w.its, j, o), 1)
	}
	if o == nil || o.kind != kNoun || o.def || o.lead != "" || o.a == nil || !o.a.tanwin || o.has(fTime) {
		return pass
	}
	it.vso = true
	return applied
}

// مثل after a plural noun phrase and before the examples it lists is "such as",
// and the examples, definite common nouns naming kinds, are said without
// "the" (كوارث طبيعية مثل الفيضانات والجفاف → natural disasters
// such as floods and drought); after a verb it stays "like" (يبدو مثل).
func mithlSuchAs(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if !lemmaIs(it, "مثل") || it.kind != kFunc || it.lead != "" || it.post != "" || it.a == nil || it.a.e.tag != TagPrep || n1 == nil || !nounlike(n1) || n1.lead != "" {
		return pass
	}
	// the head before it, back over a comma and its adjectives, is a plural
	// (a mission like Kepler keeps "like")
	j := w.i - 1
	for j >= 0 && (w.its[j].drop || w.its[j].kind == kAdj || j == w.i-1 && w.its[j].kind == kPunct && w.its[j].text == ",") {
		j--
	}
	if j < 0 || w.its[j].kind != kNoun || !w.its[j].plural {
		return pass
	}
	it.text = "such as"
	for j := itemIndex(w.its, w.i, n1); j < len(w.its); j++ {
		x := &w.its[j]
		if x.drop {
			continue
		}
		if x.kind == kAdj && x.lead == "" {
			continue
		}
		if !nounlike(x) || x.lead != "" && !x.bareAnd() {
			break
		}
		if x.kind == kNoun && x.a != nil && x.a.def && x.a.pron == "" && x.det == "the" && !x.a.dual && x.superl == "" && !x.has(fPerson) {
			x.generic = true
		}
	}
	return applied
}

// In a list of three or more noun phrases joined by و, English says a
// comma for each "and" but the last: البرازيل والهند والصين → Brazil,
// India and China. A coordinated phrase has another after it in the same
// list when, past its own genitives and adjectives, the next word is a
// noun or a name led by و alone.
func andListComma(g *engine, w *window) verdict {
	it := w.it
	if !nounlike(it) || !it.bareAnd() || w.prev == nil || !(nounlike(w.prev) || w.prev.kind == kAdj) {
		return pass
	}
	for j := w.i + 1; j < len(w.its); j++ {
		x := &w.its[j]
		if x.drop {
			continue
		}
		if x.lead == "" && (nounlike(x) || x.kind == kAdj) {
			continue // its genitive or adjective
		}
		if nounlike(x) && x.bareAnd() {
			it.listComma = true
			return applied
		}
		return pass
	}
	return pass
}

// After إن/أن with its pronoun a noun with a verb reading keeps its noun
// reading before an indefinite adjective, which qualifies it: إنه أمر صعب
// → it is a difficult matter (not "it ordered difficult").
func innaPronounNounAdjective(g *engine, w *window) verdict {
	it, prev, n1 := w.it, w.prev, w.n1
	if it.kind != kNoun || !hasAlts(it) || it.lead != "" || it.det != "" || it.a.pron != "" || prev == nil || prev.kind != kFunc || prev.post == "" ||
		!lemmaIs(prev, "ان", "لان", "فان") || n1 == nil || n1.kind != kAdj || n1.def || n1.lead != "" || n1.a == nil || n1.a.tanwin {
		return pass
	}
	return settled
}

// tamyizAdjective returns the English adjective that the accusative noun
// x after أكثر/أقل stands for (the table tamyiz-adjective: فائدة → مفيد
// useful), or "". An unknown word is looked up without its tanwin alef.
func (g *engine) tamyizAdjective(x *item) string {
	if x == nil || x.kind != kNoun && !x.unknown || x.def || x.det != "" || x.lead != "" {
		return ""
	}
	var key string
	switch {
	case x.a != nil && x.a.pron == "" && !x.a.dual && !x.plural && (x.a.tanwin || !showsTanwin(x.form)):
		key = x.a.e.ar // أكثر سرعة: a noun in ة shows no alef
	case x.a == nil && x.unknown && strings.HasSuffix(x.key, "ا"):
		key = strings.TrimSuffix(x.key, "ا")
	default:
		return ""
	}
	adj, ok := tamyizAdjectives[key]
	if !ok {
		return ""
	}
	for _, e := range g.lex.words[adj] {
		if e.tag == TagAdj && e.en != "" {
			return e.en
		}
	}
	return ""
}

// أكثر/أقل + a noun of quality in the accusative (its specification) is
// "more"/"less" + that quality's adjective: القطار أكثر سرعة من السيارة →
// the train is faster… said "more fast"; كتاب أكثر فائدة → a more useful
// book. After أكثر a noun and then the specification make a superlative:
// أكثر المدن ازدحاما → the most crowded cities, أكثر الأمراض انتشارا →
// the most widespread diseases.
func comparativeTamyiz(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if !lemmaIs(it, "اكثر", "اقل") || it.kind != kFunc || it.post != "" || it.a == nil || it.a.pron != "" || n1 == nil {
		return pass
	}
	more, most := "more ", "most "
	if it.key == "اقل" {
		more, most = "less ", "least "
	}
	if adj := g.tamyizAdjective(n1); adj != "" {
		it.text, it.kind = g.esc(more+adj), kAdj // a predicate: المدينة أقل ازدحاما → the city is less crowded
		n1.drop = true
		return applied
	}
	if n1.kind != kNoun || n1.lead != "" || n1.a == nil || n1.a.pron != "" || n1.a.tanwin || !(n1.det == "" && !n1.def || n1.det == "the" && n1.plural) {
		return pass
	}
	adj := g.tamyizAdjective(n2)
	if adj == "" {
		return pass
	}
	superlativeOf(it, n1, g.esc(most+adj))
	n2.drop = true
	return applied
}

// على opening a clause before a definite noun phrase or a name and أن +
// an imperfect is an obligation, "has to"/"have to" (as عليه أن → he has
// to): على الحكومة أن تتخذ قرارا → the government has to take a
// decision, على الطلاب أن يدرسوا → the students have to study.
func alaNounAnObligation(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if !lemmaIs(it, "على") || it.kind != kFunc || it.post != "" || it.a == nil || it.a.pron != "" || it.lead != "" && it.a.conj == "" || !clauseStart(w) ||
		n1 == nil || n1.lead != "" || !(n1.kind == kNoun && n1.def || n1.kind == kName) {
		return pass
	}
	j := itemIndex(w.its, w.i, n1)
	an := liveAfter(w.its, j, 1)
	for an != nil && an.lead == "" && (nounlike(an) || an.kind == kAdj && an.def) {
		an = liveAfter(w.its, itemIndex(w.its, j, an), 1) // its genitives and adjectives
	}
	if an == nil || an.key != "ان" || an.lead != "" || an.post != "" {
		return pass
	}
	v := liveAfter(w.its, itemIndex(w.its, j, an), 1)
	if v == nil || v.kind != kVerb || v.a == nil || v.a.vf != vImpf || v.lead != "" || v.mod != "" || v.a.fut {
		return pass
	}
	has := "has to"
	if n1.plural && !massPlural(n1) || v.a.person == "3mp" || v.a.person == "3fp" {
		has = "have to"
	}
	an.text, an.key, an.kind = has, "", kFunc
	v.bare = true
	dropKeepingClitics(it)
	return applied
}

// كيفية before a verbal noun and its object is "how to" + the noun's
// verb: تعلم الطلاب كيفية حماية البيئة → the students learned how to
// protect the environment (not "the how of the protection of").
func kayfiyyaHowTo(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if !lemmaIs(it, "كيفية") || it.kind != kNoun || it.a == nil || it.a.pron != "" || it.a.prep != "" || it.a.def || it.lead != "" && it.a.conj == "" ||
		n1 == nil || n1.kind != kNoun || n1.a == nil || n1.lead != "" || n1.a.def || n1.def && n1.a.pron == "" || n1.plural || n1.a.prep != "" || !hasObjectAfter(n1, w.n2) {
		return pass
	}
	v := g.purposeOrDerivedVerb(n1.a)
	if v == nil {
		return pass
	}
	g.purposeInfinitive(n1, v)
	it.kind, it.det, it.def = kFunc, "", false
	return applied
}
