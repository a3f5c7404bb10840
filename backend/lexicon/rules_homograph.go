package lexicon

import "strings"

// homographRules choose among the readings of a word before the context
// rules run (window: prev, it, n1). Each is pinned by a case in
// testdata/rules.json.
var homographRules = []rule{
	// h12-lexnoun: first, so that the rules after it see the domain reading
	{name: "domain-word-near-picks-domain-reading", kinds: kindMask(kNoun, kVerb), apply: domainReading},
	{name: "gender-mismatch-after-definite-noun-is-noun", kinds: kindMask(kNoun, kAdj), apply: genderMismatchNoun},
	{name: "nisba-noun-after-definite-is-adjective", kinds: kindMask(kNoun), apply: nisbaAfterDefinite},
	{name: "adjective-reading-after-definite-noun", kinds: kindMask(kNoun), apply: adjectiveAfterDefinite},
	{name: "construct-i-without-noun-is-my", apply: constructIAlone},
	{name: "mahma-without-verb-is-important", keys: []string{"مهما"}, apply: mahmaAdjective},
	{name: "clause-starter-before-definite-noun-is-verb", kinds: kindMask(kFunc), apply: starterAsVerb},
	{name: "madda-imperfect-after-noun-is-participle", kinds: kindMask(kVerb), apply: maddaParticiple},
	{name: "fa-pronoun-before-verb-is-then-pronoun", kinds: kindMask(kNoun, kName, kAdj, kVerb, kNum, kPunct, kRaw), apply: faPronoun},
	{name: "adjective-before-unknown-name-is-name", kinds: kindMask(kAdj), apply: adjectiveBeforeName},
	{name: "definite-adjective-after-indefinite-noun-is-noun", kinds: kindMask(kAdj), apply: adjectiveAsConstructNoun},
	{name: "time-reading-before-madi-muqbil", kinds: kindMask(kNoun), apply: timeReadingBeforeLastNext},
	// h12-lexnoun
	{name: "past-verb-with-object-takes-transitive-form-ii", kinds: kindMask(kVerb), apply: transitiveFormII},
	{name: "verb-with-object-takes-transitive-reading-of-same-spelling", kinds: kindMask(kVerb), apply: sameSpellingTransitive},
	{name: "verb-before-food-object-takes-food-reading", kinds: kindMask(kVerb), apply: foodVerbReading}, // h15-lexsense
	{name: "time-reading-after-number-or-duration", kinds: kindMask(kNoun), apply: timeReadingAfterDuration},
	{name: "clause-initial-noun-before-manner-adverb-is-verb", kinds: kindMask(kNoun), apply: initialVerbBeforeAdverb},
	{name: "noun-after-qad-is-verb", kinds: kindMask(kNoun), apply: qadVerb}, // h14-lexstart
	{name: "clause-initial-noun-with-verb-reading-is-verb", alone: true, kinds: kindMask(kNoun, kNum), apply: initialVerb},
	{name: "line-initial-na-noun-before-preposition-is-we-verb", alone: true, kinds: kindMask(kNoun), apply: initialWeVerb}, // h12-lextalk
	{name: "adverb-after-copula-is-predicate-adjective", kinds: kindMask(kFunc), apply: adverbPredicate},
	{name: "predicate-after-copula-is-adjective", alone: true, kinds: kindMask(kNoun, kAdj), apply: predicateAdjective},
	{name: "speaker-or-hearer-pronoun-sets-verb-person", kinds: kindMask(kVerb), apply: pronounSubjectPerson},
	{name: "noun-before-indefinite-adjective-after-inna-pronoun-stays-noun", alone: true, kinds: kindMask(kNoun), apply: innaPronounNounAdjective},   // h13-lexpud
	{name: "adjective-predicate-after-demonstrative-or-pronoun-subject-stays", alone: true, kinds: kindMask(kAdj), apply: predicateAdjectiveReading}, // h14-lexcopula
	{name: "noun-before-indefinite-adjective-after-subject-pronoun-stays-noun", alone: true, kinds: kindMask(kNoun), apply: pronounNounAdjective},    // h14-lexcopula
	{name: "relative-noun-with-pronoun-before-definite-noun-is-verb", kinds: kindMask(kNoun), apply: relativeVerbWithPronoun},                        // h15-lexorder
	{name: "verb-reading-after-pronoun-or-relative", alone: true, apply: pickVerb},
	{name: "name-reading-beside-name", alone: true, apply: pickName},
	{name: "name-homograph-in-predicate-is-adjective", alone: true, kinds: kindMask(kAdj), apply: nameHomographAdjective}, // h12-lexnoun
	{name: "feminine-nisba-without-head-is-language", kinds: kindMask(kAdj), apply: nisbaLanguage},                        // h14-lexstart
	{name: "noun-reading-without-head", alone: true, kinds: kindMask(kAdj), apply: pickNoun},
	{name: "adjective-reading-after-definite-head", alone: true, kinds: kindMask(kNoun), apply: pickAdjective},
	// h12-lexhomo
	{name: "bare-alef-imperfect-after-verb-or-preposition-is-my-noun", kinds: kindMask(kVerb), apply: bareAlefImperfectIsMyNoun},
	{name: "way-verb-reading-or-clause-initial-preposition-as-verb", kinds: kindMask(kVerb, kFunc), apply: wayVerbReading},
	{name: "feminine-adjective-reading-after-indefinite-feminine-noun", kinds: kindMask(kNoun), apply: feminineAdjectiveAfterIndefiniteNoun},
	{name: "verb-after-number-word-is-counted-plural-noun", kinds: kindMask(kVerb), apply: numberCountsPluralNoun}, // h14 numbers
}

// definiteHead: a definite noun with the article, or an adjective, that a
// following word may qualify.
func definiteHead(prev *item) bool {
	return prev != nil && prev.def && ((prev.kind == kNoun && prev.det == "the") || prev.kind == kAdj)
}

// nounFeminine reports the gender of a singular common noun with its
// entry: ة, the feminine table or the analysis's feminine ending; ok is
// false for plurals, duals and other words.
func nounFeminine(it *item) (fem, ok bool) {
	if it == nil || it.kind != kNoun || it.a == nil || it.a.e == nil || it.a.e.tag != TagNoun || it.plural || it.a.plural || it.a.dual {
		return false, false
	}
	e := it.a.e
	// an entry spelled with the article (النفس the self) is in the table
	// without it
	return strings.HasSuffix(e.ar, "ة") || it.a.fem || feminineNouns[e.ar] || feminineNouns[strings.TrimPrefix(e.ar, "ال")], true
}

// formFeminine reports the gender an adjective spelled as w would have: ة
// is feminine; a word ending in ى, ا or اء (كبرى، حمراء) or in a plural
// or dual ending says nothing (ok false).
func formFeminine(w string) (fem, ok bool) {
	switch {
	case w == "":
		return false, false
	case strings.HasSuffix(w, "ة"):
		return true, true
	case strings.HasSuffix(w, "ى") || strings.HasSuffix(w, "ا") || strings.HasSuffix(w, "اء") || strings.HasSuffix(w, "ات") ||
		strings.HasSuffix(w, "ون") || strings.HasSuffix(w, "ين") || strings.HasSuffix(w, "ان"):
		return false, false
	}
	return false, true
}

// dualOrMasculinePlural: a dual noun or a sound masculine plural (ون، ين),
// whose adjectives are dual or plural too, never singular.
// A plural entry counts when it is its singular entry + ون or ين
// (مسؤولون of مسؤول; not قوانين).
func (g *engine) dualOrMasculinePlural(it *item) bool {
	if it.kind != kNoun || it.a == nil {
		return false
	}
	if it.a.e.tag == TagNoun {
		return it.a.dual || it.a.plural && (strings.HasSuffix(it.form, "ون") || strings.HasSuffix(it.form, "ين"))
	}
	if it.a.e.tag != TagNounPlural || it.a.plural || it.a.dual {
		return false
	}
	sg, ok := strings.CutSuffix(it.a.e.ar, "ون")
	if !ok {
		sg, ok = strings.CutSuffix(it.a.e.ar, "ين")
	}
	if !ok {
		return false
	}
	for _, e := range g.lex.lookupWord(sg) {
		if e.tag == TagNoun {
			return true
		}
	}
	return false
}

// An adjective agrees in gender and number with its noun: a definite
// singular word with a noun reading after a definite dual or sound
// masculine plural (يدعم الحزبان الديمقراطية → the two parties support
// democracy) or after a definite singular noun of the other gender
// (and no noun of its gender in the construct before it: سياسة الحزب
// الخارجية) is a new noun phrase, not an adjective. يدعم الحزب
// الديمقراطية → the party supports democracy; افتتح الوزير المدرسة → the
// minister opened the school.
func genderMismatchNoun(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.a == nil || !(it.kind == kNoun || it.kind == kAdj && !it.a.plural && altWithTag(it.a, TagNoun) != nil) ||
		!it.a.def || it.a.pron != "" || it.lead != "" || it.plural || it.a.dual || it.form == "" ||
		prev == nil || prev.lead != "" || !prev.def || prev.det != "the" {
		return pass
	}

	wf, ok := formFeminine(it.form)
	if !ok {
		return pass
	}
	if pf, ok := nounFeminine(prev); ok && pf == wf || !ok && !g.dualOrMasculinePlural(prev) {
		return pass
	}
	// the construct before prev: رئيس الحكومة الجديد
	for j := prevIndex(w.its, w.i); j >= 0 && w.its[j].lead == ""; {
		j = prevIndex(w.its, j)
		if j < 0 {
			break
		}
		c := &w.its[j]
		if c.kind != kNoun || c.def || c.det != "" {
			break
		}
		if cf, ok := nounFeminine(c); !ok || cf == wf {
			return pass
		}
	}
	if it.kind == kAdj {
		// an adjective entry with a noun entry of the same spelling
		// (عملية practical, operation): نفذ الجيش العملية → the army
		// carried out the operation
		g.pick(it, TagNoun)
	}
	return settled
}

// prevIndex is the index of the last item before i that no rule dropped,
// or -1.
func prevIndex(its []item, i int) int {
	for j := i - 1; j >= 0; j-- {
		if !its[j].drop {
			return j
		}
	}
	return -1
}

// nextLive is the index of the first item after i that no rule dropped,
// or -1.
func nextLive(its []item, i int) int {
	for j := i + 1; j < len(its); j++ {
		if !its[j].drop {
			return j
		}
	}
	return -1
}

// A nisba noun after a definite noun qualifies it, like an adjective:
// الشراكة الاستراتيجية → the strategy partnership. A noun in ية that is
// also the feminine of an adjective of the lexicon is that adjective
// (adjective-reading-after-definite-noun: الأسرة الملكية → the royal
// family, not ownership).
func nisbaAfterDefinite(g *engine, w *window) verdict {
	it := w.it
	if it.kind == kNoun && it.a != nil && it.a.def && it.lead == "" && !it.plural && definiteHead(w.prev) && nisbaShape(it.key) && altWithTag(it.a, TagAdj) == nil &&
		(it.form == "" || g.lex.adjReading(it.form) == nil) {
		it.kind = kAdj
		return settled
	}
	return pass
}

// المسؤولين الأمريكيين: after a definite noun, an adjective reading (أمريكي
// + ين) beats a noun entry (أمريكيين Americans).
func adjectiveAfterDefinite(g *engine, w *window) verdict {
	it := w.it
	if it.kind != kNoun || it.lead != "" || it.form == "" || !definiteHead(w.prev) {
		return pass
	}
	a := g.lex.adjReading(it.form)
	if a == nil || a.def != it.def {
		return pass
	}
	n := g.entryItem(a.e, a)
	n.key, n.glue, n.form = a.e.ar, it.glue, it.form
	*it = n
	return settled
}

// A noun with a reading that is a span of time (+time) takes it before a
// definite adjective of the table last-next: العقد الماضي → the past
// decade (not contract), العقد المقبل → the next decade.
func timeReadingBeforeLastNext(g *engine, w *window) verdict {
	it := w.it
	if it.kind != kNoun || it.a == nil || !it.a.def || it.a.pron != "" || it.has(fTime) || !lastNextAdj(w.n1) {
		return pass
	}
	for _, e := range it.a.alts {
		if e.tag == TagNoun && e.has(fTime) {
			a := *it.a
			a.e = e
			*it = g.itemInPlace(&a, it)
			return settled
		}
	}
	return pass
}

// No noun follows, so this is no construct plural: كتابي → my book.
func constructIAlone(g *engine, w *window) verdict {
	it, next := w.it, w.n1
	if it.a == nil || !it.a.constructI || it.a.e.tag != TagNoun || (next != nil && nounlike(next) && next.lead == "") {
		return pass
	}
	a := *it.a
	a.plural, a.constructI, a.pron = false, false, "ي"
	n := g.entryItem(a.e, &a)
	n.key, n.glue, n.form = it.key, it.glue, it.form
	*it = n
	return settled
}

// A clause starter that is also a verb (فقد: ف + قد, or the verb "lose")
// opening a clause is the verb before a definite noun, its subject or
// object (after مثل it is a verbal noun); the particle comes before a verb (فقد قال → he said): فقد المريض وعيه → the patient
// lost his consciousness.
func starterAsVerb(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kFunc || !clauseStarters[it.key] || !hasAlts(it) || it.lead != "" || w.prev != nil && w.prev.kind != kPunct || n1 == nil || n1.lead != "" || !(nounlike(n1) || n1.kind == kAdj) || !n1.def {
		return pass
	}
	if altWithTag(it.a, TagVerb) == nil {
		return pass
	}
	return g.pick(it, TagVerb)
}

// آفعل is also the active participle فاعل of a hamza-initial verb (آكل
// eating, آخذ taking): after a noun, an adjective or a preposition it is
// that, not the first person (عدد المرضى آخذ في الانخفاض → the number of
// the patients taking in the decline).
func maddaParticiple(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.kind != kVerb || it.a == nil || !it.a.madda || it.lead != "" || prev == nil ||
		!(nounlike(prev) || prev.kind == kAdj || prev.kind == kFunc && prev.a != nil && (prev.a.e.tag == TagPrep || prev.a.e.tag == TagPhrase)) {
		return pass
	}
	e := &entry{ar: it.a.e.ar, orig: it.form, en: gerund(it.a.e.en), tag: TagAdj, file: it.a.e.file, line: it.a.e.line, derived: true}
	*it = g.itemInPlace(&analysis{e: e, stem: it.a.stem, affixes: 1}, it)
	return settled
}

// ف + a subject pronoun before a verb or a verb particle is "then" + the
// pronoun, not a noun spelled the same (فهم يعملون → then they work, not
// "an understanding").
func faPronoun(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind == kFunc || it.a == nil || it.a.conj != "" || it.lead != "" || n1 == nil || n1.lead != "" ||
		!(n1.kind == kVerb || n1.kind == kFunc && verbParticles[n1.key]) {
		return pass
	}
	rest, ok := strings.CutPrefix(it.form, "ف")
	if !ok || subjectPronouns[rest] == "" {
		return pass
	}
	for _, e := range g.lex.words[rest] {
		if e.tag == TagPron {
			n := g.itemInPlace(&analysis{e: e, conj: "ف", stem: runeLen(rest), affixes: 1}, it)
			*it = n
			return settled
		}
	}
	return pass
}

// مهما is "whatever" before a verb (مهما كان); elsewhere it is the
// accusative of مهم (كان مهما جدا → was very important).
func mahmaAdjective(g *engine, w *window) verdict {
	it := w.it
	if it.key != "مهما" || it.form != "مهما" || w.prev == nil || (w.n1 != nil && w.n1.kind == kVerb) {
		return pass
	}
	for _, e := range g.lex.words["مهم"] {
		if e.tag == TagAdj {
			n := g.entryItem(e, &analysis{e: e, stem: 3, affixes: 1})
			n.key, n.glue, n.form = e.ar, it.glue, it.form
			*it = n
			return settled
		}
	}
	return blocked
}

// كوري شولمان: an adjective alone before an unknown name is the name's
// first word (Kori, not "Korean").
func adjectiveBeforeName(g *engine, w *window) verdict {
	it, prev, next := w.it, w.prev, w.n1
	if it.kind == kAdj && !it.def && it.lead == "" && (prev == nil || !(nounlike(prev) || prev.kind == kAdj)) &&
		next != nil && next.kind == kName && next.unknown && !next.unknownDef && next.lead == "" && it.form != "" {
		*it = g.unknown(token{kind: tArabic, text: it.form, glue: it.glue})
		return settled
	}
	return pass
}

// A definite adjective cannot qualify an indefinite noun: it is the noun of
// a construct (منازل المدنيين → houses of the civil).
func adjectiveAsConstructNoun(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.kind == kAdj && it.def && it.lead == "" && prev != nil && prev.kind == kNoun && !prev.def && prev.det == "" && prev.lead == "" &&
		(it.a == nil || altWithTag(it.a, TagNoun) == nil && altWithTag(it.a, TagNounPlural) == nil) {
		it.kind = kNoun
		it.det = "the"
		return settled
	}
	return pass
}

// hasAlts: a non-verb reading with other readings to choose from.
func hasAlts(it *item) bool { return it.a != nil && len(it.a.alts) > 0 && it.a.e.tag != TagVerb }

// pick replaces the item by its first other reading with one of tags; it
// reports applied, or blocked when there is none.
func (g *engine) pick(it *item, tags ...Tag) verdict {
	for _, e := range it.a.alts {
		for _, t := range tags {
			if e.tag == t {
				a := *it.a
				a.e = e
				n := g.entryItem(e, &a)
				n.key, n.glue = it.key, it.glue
				*it = n
				return applied
			}
		}
	}
	return blocked
}

// The indefinite word right after كان or ليس (or after كان and its
// definite subject) is its predicate: an adjective reading (كان سهلا →
// was easy, الوضع ليس سهلا → the situation is not easy).
func predicateAdjective(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if !hasAlts(it) || (it.kind != kNoun && it.kind != kAdj) || it.lead != "" || it.def || it.det != "" || it.a.pron != "" || prev == nil || prev.lead != "" ||
		w.n1 != nil && w.n1.kind == kNum {
		return pass
	}
	cop := copulaWord(prev)
	if !cop && prev.def && nounlike(prev) && w.i >= 2 {
		cop = copulaWord(liveBefore(w.its, w.i-1))
	}
	if !cop {
		return pass
	}
	if it.kind == kAdj {
		return blocked // no noun reading (pickNoun) either
	}
	return g.pick(it, TagAdj, TagAdjPlural)
}

// Arabic clauses open with their verb: a first word read as a bare noun
// that also reads as a verb, before a definite noun phrase (its subject or
// object), is the verb (تمول النفقات → the expenses finance, not "the
// financing of the expenses"); after a comma, و + noun continues a list
// unless a subject and an object follow it (h14-lexstart: ، ودرس الوزراء
// الخطة → and the ministers studied the plan).
// A noun with نا reads so too when the verb reading is the first person
// plural (شاهدنا المباراة → we watched the match, not "our witness").
// After a particle of the table verb-opener (ثم، كما، عندما) the clause opens
// there too (h14-lexstart), and so does the number ألف (+multiplier),
// which names no definite noun after it: ألف الكاتب كتابا → the writer
// wrote a book.
func initialVerb(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if !(it.kind == kNoun || it.kind == kNum && it.has(fMultiplier)) || it.a == nil || it.def && it.a.pron != "نا" || it.a.prep != "" || it.a.pron != "" && it.a.pron != "نا" || it.a.plural || it.a.dual || it.form == "" ||
		w.prev != nil && !(w.prev.kind == kPunct && (it.a.conj == "" || objectAfterVerb(w.its, w.i)) || verbOpener(w.prev) && it.a.conj == "") ||
		n1 == nil || n1.lead != "" || !(nounlike(n1) || n1.kind == kAdj || quantifiedSubject(w.its, w.i)) {
		return pass
	}
	if !n1.def && n1.kind != kFunc {
		// a construct is definite by its last noun: تقدم شركات الطيران
		n2 := liveAfter(w.its, w.i, 2)
		if n1.kind != kNoun || n1.det != "" || n2 == nil || !nounlike(n2) || !n2.def || n2.lead != "" {
			return pass
		}
	}
	a := g.lex.verbReading(it.form)
	if a == nil || a.pron != "" || a.e.has(fCopula) || it.a.pron == "نا" && a.person != "1p" {
		// شاهدنا المباراة → we watched the match, not "our witness"
		return pass
	}
	n := g.itemInPlace(a, it)
	*it = n
	return settled
}

// quantifiedSubject (h14-lexstart): the word after its[i] is كل، جميع،
// بعض، معظم or أغلب before a definite noun (درس جميع الطلاب الطب → all
// the students studied medicine): a subject that makes the word before it
// a verb. (كل من "both" is left out: the verb is not put after its names.)
func quantifiedSubject(its []item, i int) bool {
	q := liveAfter(its, i, 1)
	if q == nil || q.kind != kFunc || q.lead != "" || q.post != "" || !lemmaIs(q, "كل", "جميع", "بعض", "معظم", "اغلب") {
		return false
	}
	n := liveAfter(its, i, 2)
	return n != nil && n.lead == "" && nounlike(n) && n.def
}

// verbOpener: a particle of the table verb-opener (ثم، كما، عندما)
// with no pronoun suffix, after which a clause opens with its verb
// (h14-lexstart).
func verbOpener(p *item) bool {
	return p.kind == kFunc && verbOpeners[p.key] && p.post == "" && (p.a == nil || p.a.pron == "")
}

// predicateVerb: كان، ليس، زال or a +linking verb (أصبح، ظل، بات), whose
// accusative adjective is its predicate.
func predicateVerb(it *item) bool {
	if it == nil || !(it.lead == "" || it.bareAnd()) {
		return false
	}
	_, laysa := negativeCopula[it.key]
	return isCopula(it) || it.kind == kVerb && it.has(fLinking) || laysa && it.kind == kFunc
}

// predicateSlot reports whether the word at i follows a predicateVerb,
// directly or after its definite subject (a construct, with definite
// adjectives): كان انتقال السلطة سلميا.
func predicateSlot(its []item, i int) bool {
	j := prevIndex(its, i)
	if j < 0 {
		return false
	}
	if p := &its[j]; p.def && p.lead == "" && (nounlike(p) || p.kind == kAdj) {
		for j >= 0 && its[j].lead == "" && (nounlike(&its[j]) || its[j].kind == kAdj && its[j].def) {
			j = prevIndex(its, j)
		}
		if j < 0 {
			return false
		}
	}
	return predicateVerb(&its[j])
}

// An adverb in tanwin alef (سلميا peacefully, رسميا officially) ending the
// clause (before punctuation, و or a multi-word adverb such as في
// البداية; before a preposition it may be the adverb: بقي رسميا في منصبه)
// after كان or a +linking verb is the accusative of its adjective,
// the predicate: كان الانتقال سلميا → the transition was peaceful (عمل
// جيدا, سار ببطء keep the adverb).
func adverbPredicate(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kFunc || it.a == nil || it.a.e.tag != TagAdv || it.lead != "" || !strings.HasSuffix(it.form, "ا") ||
		!(n1 == nil || n1.kind == kPunct || n1.lead != "" && n1.kind != kVerb || n1.kind == kFunc && n1.a != nil && n1.a.e.tag == TagAdv && strings.Contains(n1.a.e.ar, " ")) ||
		!predicateSlot(w.its, w.i) {
		return pass
	}
	var best *analysis
	g.lex.nominal(it.form, func(a *analysis) {
		if a.tanwin && a.e.tag == TagAdj && !a.def && a.conj == "" && a.prep == "" && a.pron == "" && better(a, best) {
			best = a
		}
	})
	if best == nil {
		return pass
	}
	*it = g.itemInPlace(best, it)
	return settled
}

// copulaWord: كان (any person or tense) or ليس and its persons.
func copulaWord(it *item) bool {
	if it == nil || it.lead != "" {
		return false
	}
	_, laysa := negativeCopula[it.key]
	return isCopula(it) && !it.has(fStill) || laysa && it.kind == kFunc
}

// After "that he", "which", "he": a verb (أنه شعر → that he felt).
func pickVerb(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if !hasAlts(it) || it.lead != "" || it.det != "" || prev == nil || !((prev.kind == kFunc && prev.post != "") || relatives[prev.key] || lemmaIs(prev, "هو", "هي", "هم")) {
		return pass
	}
	if it.a.pron != "" || it.a.plural || it.a.fem {
		return blocked
	}
	return g.pick(it, TagVerb)
}

// Beside a name, a name reading (جو بايدن).
func pickName(g *engine, w *window) verdict {
	it, prev, next := w.it, w.prev, w.n1
	if hasAlts(it) && it.det == "" && it.lead == "" && ((next != nil && next.kind == kName && next.lead == "" && !next.unknownDef) || (prev != nil && prev.kind == kName && !prev.unknownDef)) {
		return g.pick(it, TagName)
	}
	return pass
}

// No noun to qualify, a preposition clitic (an adjective takes none: خضع
// المريض لعملية → underwent an operation), or the second member of a
// construct: a noun reading.
func pickNoun(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if hasAlts(it) && it.kind == kAdj && (prev == nil || !(nounlike(prev) || prev.kind == kAdj) || it.a.prep != "" ||
		(it.def && it.lead == "" && prev.kind == kNoun && !prev.def && prev.det == "")) {
		return g.pick(it, TagNoun, TagNounPlural, TagName)
	}
	return pass
}

// After a definite head, an adjective reading.
func pickAdjective(g *engine, w *window) verdict {
	it := w.it
	prev := w.prev
	if hasAlts(it) && it.kind == kNoun && it.lead == "" && it.a.def && prev != nil && prev.def && ((prev.kind == kNoun && prev.det == "the") || prev.kind == kAdj) {
		return g.pick(it, TagAdj, TagAdjPlural)
	}
	return pass
}

// h12-lexnoun: homographs chosen by their neighbours.

// A past verb of the table form-ii-object, whose default reading is
// intransitive form I (وقع happened, يقع) and that also reads as its
// transitive form II (وقّع signed, يوقّع:
// the imperfect stem is the past) takes the form II reading when a subject
// and an object follow it (وقع الرئيس الاتفاقية → the president signed the
// agreement) or an accusative object in tanwin does (وقعت الشركة عقدا →
// the company signed a contract): form I has no object. وقع حادث في الطريق
// keeps "happened".
func transitiveFormII(g *engine, w *window) verdict {
	it := w.it
	if it.kind != kVerb || it.a == nil || it.a.vf != vPast || !formIIObject[it.a.e.ar] || it.a.e.impf == it.a.e.ar || it.a.pron != "" {
		return pass
	}
	if !objectAfterVerb(w.its, w.i) || !g.readAsLine(it, func(e *entry) bool { return e.tag == TagVerb && e.impf == e.ar }) {
		return pass
	}
	return settled
}

// h15-vocab13b: a verb of the table form-ii-object whose intransitive or
// knowing reading and its transitive form II share their spelling in the
// perfect and the imperfect (رحل left / رحّل deported, يرحل; علم learned /
// علّم taught, يعلم) takes the transitive reading, the lemma's other verb
// line whose imperfect keeps the past stem, when an object follows it as
// for transitiveFormII (رحلت السلطات المهاجرين → the authorities deported
// the migrants, يعلم المعلم الطلاب → the teacher teaches the students) or
// when it carries an object pronoun suffix (يعلمنا → teaches us); a form I
// past whose imperfect differs takes its form II with an object suffix too
// (وقعها → signed it). رحل الشاعر عن عالمنا keeps "left".
func sameSpellingTransitive(g *engine, w *window) verdict {
	it := w.it
	if it.kind != kVerb || it.a == nil || !formIIObject[it.a.e.ar] {
		return pass
	}
	same := it.a.e.impf == it.a.e.ar
	switch {
	case it.a.pron != "" && (it.a.vf == vPast || same):
	case it.a.pron == "" && same && (it.a.vf == vPast || it.a.vf == vImpf) && objectAfterVerb(w.its, w.i):
	default:
		return pass
	}
	if cur := it.a.e; !g.readAsLine(it, func(e *entry) bool { return e.tag == TagVerb && e.impf == e.ar && e != cur }) {
		return pass
	}
	return settled
}

// objectAfterVerb reports whether the verb at its[i] has an object after
// it: an accusative noun in tanwin (عقدا) right after it or after its
// definite subject, or a definite noun after a definite subject (its
// construct and adjectives skipped).
func objectAfterVerb(its []item, i int) bool {
	j := nextLive(its, i)
	if j < 0 {
		return false
	}
	s := &its[j]
	if s.lead != "" || !nounlike(s) {
		return false
	}
	if accusativeNoun(s) {
		return true
	}
	if !s.def {
		return false
	}
	// the subject: a definite noun or name, its adjectives, the name
	// after a title (السيد أوزبورن، الرئيس ماكرون)
	for j = nextLive(its, j); j >= 0 && its[j].lead == "" && (its[j].kind == kAdj && its[j].def || its[j].kind == kName && !its[j].unknownDef && s.kind == kNoun); j = nextLive(its, j) {
	}
	if j < 0 {
		return false
	}
	o := &its[j]
	if o.lead != "" || !nounlike(o) || o.has(fTime) || o.has(fCycle) {
		return false
	}
	// an indefinite object spelled without tanwin (a feminine noun: وقع
	// الوزيران مذكرة تفاهم), not before a number (وقعت الحرب عام 1990)
	n := liveAfter(its, j, 1)
	return o.def && o.kind == kNoun || accusativeNoun(o) || o.kind == kNoun && o.det == "" && !(n != nil && n.kind == kNum)
}

// accusativeNoun: an indefinite noun in tanwin alef (عقدا، اتفاقا).
func accusativeNoun(it *item) bool {
	return it.kind == kNoun && it.a != nil && it.a.tanwin && !it.def
}

// A noun with a reading that is a span of time (+time: عقد decade) takes
// it after a number (ثلاثة عقود → three decades) or, indefinite, after a
// preposition of the table duration-prep (منذ عقد → for a decade, خلال عقدين → during two
// decades), or definite before a number (خلال العقود الثلاثة الماضية →
// during the past three decades); منذ عقد الاجتماع keeps the noun's first
// reading.
func timeReadingAfterDuration(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.kind != kNoun || it.a == nil || it.a.pron != "" || it.has(fTime) || prev == nil || it.lead != "" {
		return pass
	}
	n1 := w.n1
	if !(prev.kind == kNum || prev.lead == "" && durationPreps[prev.key] && (!it.def || n1 != nil && n1.kind == kNum)) {
		return pass
	}
	for _, e := range it.a.alts {
		if e.tag == it.a.e.tag && e.has(fTime) {
			a := *it.a
			a.e = e
			*it = g.itemInPlace(&a, it)
			return settled
		}
	}
	return pass
}

// domainCues are the features of the domains a homograph's reading can be
// picked by.
var domainCues = [...]feature{fCourt, fSport, fSpace, fHealth, fBuilding, fPhysics}

// A homograph whose first reading belongs to no domain takes its reading
// of the courts (+court), of sport (+sport), of astronomy (+space) or of medicine (+health) when a word of that domain
// stands within four words of it (the nearest one's domain): أصدر القاضي الحكم → the judge issued
// the verdict, أعلن الحكم نهاية المباراة → the referee announced the end
// of the match, حكم القاضي على المتهم → the judge sentenced the
// defendant; الحكم في البلاد keeps "rule". Later rules still run on the
// word (a clause-initial noun may still be read as a verb).
func domainReading(g *engine, w *window) verdict {
	it := w.it
	if it.a == nil || !it.a.e.domainAlt || !(it.kind == kNoun || it.kind == kVerb) || it.a.gerund {
		return pass
	}
	for _, d := range domainCues {
		if it.a.e.has(d) {
			return pass
		}
	}
	var alt *entry
	best := 0
	// a suffixed form's analysis has no alts: read the lemma's lines
	for _, e := range g.lex.lookupWord(it.a.e.ar) {
		if e.tag != it.a.e.tag || e.ar != it.a.e.ar || e.feat&domainFeatures == 0 {
			continue
		}
		for _, d := range domainCues {
			// the nearest domain word wins
			if e.has(d) {
				if n := domainNear(w.its, w.i, d, 4); n > 0 && (best == 0 || n < best) {
					alt, best = e, n
				}
			}
		}
	}
	if alt == nil {
		return pass
	}
	// h12-lexhomo: in construct before a person, a hospital word's
	// homograph keeps its first reading (زار الطبيب أسرة المريض → the
	// patient's family, not beds)
	if alt.has(fHealth) && w.n1 != nil && w.n1.a != nil && w.n1.lead == "" {
		for _, e := range g.lex.lookupWord(w.n1.a.e.ar) {
			if e.has(fPerson) {
				return pass
			}
		}
	}
	a := *it.a
	a.e = alt
	*it = g.itemInPlace(&a, it)
	return applied
}

// domainNear returns how many live items away from its[i] the nearest
// word with the domain feature d stands, within n, or 0.
func domainNear(its []item, i int, d feature, n int) int {
	best := 0
	for j, k := i-1, 0; j >= 0 && k < n; j-- {
		if !its[j].drop {
			k++
			if its[j].has(d) {
				best = k
				break
			}
		}
	}
	for j, k := i+1, 0; j < len(its) && k < n; j++ {
		if !its[j].drop {
			k++
			if its[j].has(d) {
				if best == 0 || k < best {
					best = k
				}
				break
			}
		}
	}
	return best
}

// An adjective that is also a person's name (سعيد happy / Said, صالح,
// ماهر) is the name after a title (الدكتور سعيد → Dr. Said); in a
// predicate (after a subject pronoun, كان or a definite noun) it is the
// adjective unless a name follows (name-reading-beside-name): أنا سعيد →
// I am happy, not "I am Said". A place name (مالي Mali) is left to
// the other rules.
func nameHomographAdjective(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.kind != kAdj || !hasAlts(it) || it.lead != "" && !it.andSt || altWithTag(it.a, TagNoun) != nil || altWithTag(it.a, TagNounPlural) != nil {
		return pass
	}
	name := altWithTag(it.a, TagName)
	if name == nil || name.has(fGeo) || prev != nil && prev.kind == kName {
		return pass
	}
	if prev != nil && prev.lead == "" && prev.kind == kNoun && isTitle(prev) {
		return g.pick(it, TagName) // الدكتور سعيد → Dr. Said
	}
	if n1 := w.n1; n1 != nil && n1.kind == kName && n1.lead == "" {
		return pass
	}
	if !predicatePosition(prev) {
		return pass
	}
	return settled // the adjective stays; no name or noun reading
}

// predicatePosition: the word after prev is a predicate: prev is a
// subject pronoun (أنا، هو), كان، ليس or a +linking verb, or a definite
// noun (الطفل سعيد).
func predicatePosition(prev *item) bool {
	if prev == nil {
		return false
	}
	if prev.kind == kFunc && prev.a != nil && prev.a.e.tag == TagPron && subjectPronouns[prev.key] != "" {
		return true
	}
	return predicateVerb(prev) || prev.lead == "" && prev.kind == kNoun && prev.def
}

// A clause-initial indefinite noun that also reads as a verb, before a
// manner adverb in tanwin (جيدا well, سريعا quickly) or a manner noun
// (بشكل), is the verb: عمل جيدا في الامتحان → he worked well in the exam,
// not "a work well"; درس جيدا → he studied well.
func initialVerbBeforeAdverb(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kNoun || it.a == nil || it.def || it.a.pron != "" || it.a.prep != "" || it.a.plural || it.a.dual || it.form == "" ||
		w.prev != nil && (w.prev.kind != kPunct || it.a.conj != "") || n1 == nil || n1.lead != "" || n1.kind != kFunc || n1.a == nil || n1.a.e.tag != TagAdv ||
		!(strings.HasSuffix(n1.form, "ا") || mannerNouns[n1.key]) {
		return pass
	}
	a := g.lex.verbReading(it.form)
	if a == nil || a.pron != "" || a.e.has(fCopula) {
		return pass
	}
	*it = g.itemInPlace(a, it)
	return settled
}

// h12-lexhomo

// A first person imperfect typed with a bare alef (ابني, the spelling of
// أبني "I build") that also reads as a noun + ي "my" (ابن + ي my son) is
// that noun when it stands where a verb of the speaker cannot: right after
// a verb (its subject or object: ذهب ابني إلى المدرسة → my son went to
// school; زار ابني المدينة → my son visited the city), a preposition
// (تحدثت مع ابني → with my son), or opening a clause before its predicate.
func bareAlefImperfectIsMyNoun(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.kind != kVerb || it.a == nil || !it.a.bareAlef || it.lead != "" || it.mod != "" || it.post != "" {
		return pass
	}
	if prev == nil || prev.kind == kPunct {
		// opening its clause, before a verb of another person or an
		// indefinite predicate with no accusative alef: ابني يدرس في
		// الجامعة → my son studies at the university, ابني طالب → my son
		// is a student (ابني بيتا → build a house keeps the verb)
		n1 := w.n1
		if n1 == nil || n1.lead != "" || !(n1.kind == kVerb && n1.a != nil && (n1.a.person == "3ms" || n1.a.person == "3fs") ||
			(n1.kind == kNoun || n1.kind == kAdj) && !n1.def && n1.a != nil && !n1.a.tanwin && n1.a.pron == "") {
			return pass
		}
	} else if prev.lead != "" && prev.kind != kVerb || !(prev.kind == kVerb || prev.kind == kFunc && prev.a != nil && prev.a.e.tag == TagPrep) {
		return pass
	}
	var noun *analysis
	g.lex.nominal(it.form, func(a *analysis) {
		if noun == nil && a.pron == "ي" && a.conj == "" && a.prep == "" && a.e.tag == TagNoun && !a.e.derived && !a.plural && !a.dual {
			noun = a
		}
	})
	if noun == nil {
		return pass
	}
	*it = g.itemInPlace(noun, it)
	return settled
}

// wayObject: one of the next three items (the verb's object, perhaps after
// its subject) is a border, road, river or sea (+way) or a place name, and
// no عن comes first (عبر عن → expressed).
func wayObject(w *window) bool {
	for j, k := w.i+1, 0; j < len(w.its) && k < 3; j++ {
		x := &w.its[j]
		if x.drop {
			continue
		}
		k++
		if x.key == "عن" {
			return false
		}
		if x.lead == "" && (x.kind == kNoun && x.has(fWay) || x.kind == kName && x.has(fGeo)) {
			return true
		}
	}
	return false
}

// wayVerbLine is the +way verb line of the lemma ar (عبر cross), or nil.
func (g *engine) wayVerbLine(ar string) *entry {
	for _, e := range g.lex.lookupWord(ar) {
		if e.tag == TagVerb && e.ar == ar && e.has(fWay) {
			return e
		}
	}
	return nil
}

// A verb with a +way line (عبر express / cross) takes it before a border,
// road, river or sea: عبرت المرأة الشارع → the woman crossed the street;
// عبر الوزير عن قلقه keeps "expressed". A preposition with such a verb
// line (عبر through) opening a clause before a subject and its +way object
// is that verb: عبر اللاجئون الحدود → the refugees crossed the borders.
func wayVerbReading(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.a == nil || it.post != "" || it.a.pron != "" || it.lead != "" && !it.andSt {
		return pass
	}
	switch it.kind {
	case kVerb:
		if it.a.e.has(fWay) || it.a.passive || !wayObject(w) {
			return pass
		}
		e := g.wayVerbLine(it.a.e.ar)
		if e == nil {
			return pass
		}
		a := *it.a
		a.e = e
		*it = g.itemInPlace(&a, it)
		return applied
	case kFunc:
		if it.a.e.tag != TagPrep || prev != nil && prev.kind != kPunct && !clauseStarters[prev.key] {
			return pass
		}
		n1 := w.n1
		if n1 == nil || n1.lead != "" || !(n1.kind == kNoun && n1.def && !n1.has(fWay) || n1.kind == kName && !n1.has(fGeo)) {
			return pass
		}
		e := g.wayVerbLine(it.key)
		if e == nil {
			return pass
		}
		a := g.lex.pastReading(it.form, "3ms")
		if a == nil || a.e.ar != e.ar {
			return pass
		}
		// the homograph rules' window has no n2: the item after n1
		var n2 *item
		for j, k := w.i+1, 0; j < len(w.its) && n2 == nil; j++ {
			if !w.its[j].drop {
				if k++; k == 2 {
					n2 = &w.its[j]
				}
			}
		}
		switch {
		case wayObject(w):
			a.e = e // عبر اللاجئون الحدود → the refugees crossed
		case n2 != nil && n2.key == "عن" && n2.lead == "":
			// عبر الوزير عن قلقه → the minister expressed his concern
		default:
			return pass
		}
		*it = g.itemInPlace(a, it)
		return applied
	}
	return pass
}

// An indefinite feminine noun in ة that is also the feminine of an
// adjective (شائعة rumor / common) qualifies an indefinite feminine
// singular noun right before it: مشكلة شائعة → a common problem, not "a
// problem of a rumor".
func feminineAdjectiveAfterIndefiniteNoun(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.kind != kNoun || it.a == nil || it.a.def || it.a.pron != "" || it.lead != "" || it.plural || !strings.HasSuffix(it.form, "ة") ||
		prev == nil || prev.kind != kNoun || prev.a == nil || prev.def || prev.det != "" || prev.a.pron != "" {
		return pass
	}
	if fem, ok := nounFeminine(prev); !ok || !fem {
		return pass
	}
	var adj *analysis
	g.lex.nominal(it.form, func(a *analysis) {
		if !a.def && a.conj == "" && a.prep == "" && a.pron == "" && a.e.tag == TagAdj && !a.e.derived && better(a, adj) {
			adj = a
		}
	})
	if adj == nil {
		return pass
	}
	*it = g.itemInPlace(adj, it)
	return settled
}

// h14-lexstart

// The feminine of a nisba of the table language with ال (العربية،
// الفرنسية) that no noun before it can take as its adjective names the
// language, said as a name without "the": after a verb, a preposition or
// the start of the line, or after a masculine singular, dual or sound
// masculine plural noun it cannot agree with (يتحدث الطالب العربية → the
// student speaks Arabic, ترجم الكتاب إلى الإنجليزية → to English, العربية
// لغة جميلة → Arabic is a beautiful language). After a feminine noun or a
// broken plural, a definite adjective or a name it stays the adjective
// (الحكومة الفرنسية → the French government, الدول العربية → the Arab
// countries), and so it does after a feminine construct head (طراز
// البناء العربية) or before another definite adjective; after و it is a
// language only after another language (الإنجليزية والفرنسية).
func nisbaLanguage(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.kind != kAdj || it.a == nil || !it.a.def || it.a.pron != "" || it.plural || it.a.plural || it.a.dual || !strings.HasSuffix(it.form, "ة") {
		return pass
	}
	en, ok := languages[it.a.e.ar]
	if !ok {
		return pass
	}
	switch {
	case it.bareAnd():
		if prev == nil || prev.kind != kName || !languageItem(prev) {
			return pass
		}
	case prev != nil && prev.lead == "" && prev.def && (nounlike(prev) || prev.kind == kAdj):
		if fem, ok := nounFeminine(prev); ok && fem || !ok && !g.dualOrMasculinePlural(prev) {
			return pass
		}
		// a feminine construct head before prev: طراز البناء العربية
		for j := prevIndex(w.its, w.i); j >= 0 && w.its[j].lead == ""; {
			if j = prevIndex(w.its, j); j < 0 || w.its[j].kind != kNoun || w.its[j].def || w.its[j].det != "" {
				break
			}
			if fem, ok := nounFeminine(&w.its[j]); !ok || fem {
				return pass
			}
		}
	}
	if n1 := w.n1; n1 != nil && n1.kind == kAdj && n1.def && n1.lead == "" {
		return pass // a second adjective: العربية القديمة qualifies a noun
	}
	it.kind, it.text, it.det = kName, en, ""
	return settled
}

// languageItem: an item nisbaLanguage read as a language.
func languageItem(it *item) bool {
	if it.a == nil || it.a.e == nil || it.a.e.tag != TagAdj {
		return false
	}
	_, ok := languages[it.a.e.ar]
	return ok
}

// قد، لقد and فقد stand only before a verb: a word after them that reads as
// a bare noun and as a verb is the verb, whatever follows it (وقد عمل في
// الشركة سنوات → he worked in the company for years, لقد درس في القاهرة
// → he studied in Cairo). A definite noun or one with a clitic
// preposition or pronoun is left alone (فقد الأمل → lost hope is فقد the
// verb).
func qadVerb(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.kind != kNoun || it.a == nil || it.def || it.a.prep != "" || it.a.pron != "" || it.a.plural || it.a.dual || it.form == "" || it.a.conj != "" ||
		prev == nil || prev.kind != kFunc || !lemmaIs(prev, "قد", "لقد", "فقد") || prev.post != "" || prev.a == nil || prev.a.pron != "" {
		return pass
	}
	a := g.lex.verbReading(it.form)
	if a == nil || a.pron != "" || a.e.has(fCopula) {
		return pass
	}
	*it = g.itemInPlace(a, it)
	return settled
}
