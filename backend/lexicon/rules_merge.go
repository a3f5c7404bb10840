package lexicon

import (
	"strconv"
	"strings"
)

// mergeRules run on each word after its context rules: determiners, verb
// particles, dates, numbers and money. Each is pinned by a case in
// testdata/rules.json.
var mergeRules = []rule{
	{name: "quantifier-before-construct-plural-is-of-the", kinds: kindMask(kFunc), apply: quantifierConstructPlural}, // h13-lexpud
	{name: "dhat-after-noun-is-of", keys: []string{"ذات"}, apply: dhatAfterNounOf},                                   // h15-lexarticle
	{name: "determiner-before-noun", kinds: kindMask(kFunc), apply: determinerRule},
	{name: "negation-2fs-jussive-is-you", kinds: kindMask(kFunc), apply: negationJussive2fs},
	{name: "negation-reads-imperfect", kinds: kindMask(kFunc), apply: negationImperfect},
	{name: "lam-doubled-imperfect-reads-hollow-jussive", kinds: kindMask(kFunc), apply: lamHollowJussive},
	{name: "ma-before-zal-merges", keys: []string{"ما"}, apply: maZal},
	{name: "particle-merges-into-verb", kinds: kindMask(kFunc), apply: particleIntoVerb},
	{name: "unit-and-tens-is-one-number", kinds: kindMask(kNum, kFunc), apply: unitAndTens}, // h14-vocab10b
	{name: "hundreds-of-before-definite-noun", kinds: kindMask(kNum), apply: multipliersOf},
	{name: "day-month-year-date", kinds: kindMask(kNum), apply: dayMonthDate},
	{name: "number-multiplier-singular", kinds: kindMask(kNum), apply: multiplierSingular},
	{name: "number-before-dual-multiplier-is-singular", kinds: kindMask(kNum), apply: numberDualMultiplier}, // h14-vocab10b
	{name: "multiplier-without-number-is-a", kinds: kindMask(kNum), apply: bareMultiplier},
	{name: "fraction-before-noun-is-of", kinds: kindMask(kNum), apply: fractionOf},
	{name: "number-currency-is-money", kinds: kindMask(kNum), apply: numberCurrency},
	{name: "number-million-currency-is-money", kinds: kindMask(kNum), apply: numberMillionCurrency},
	{name: "number-makes-noun-plural", kinds: kindMask(kNum), apply: numberPlural},
	{name: "levantine-month-pair-one-month", kinds: kindMask(kName), apply: monthPair},
	{name: "unknown-word-article-is-the", apply: unknownArticle},
	{name: "and-list-before-last-is-comma", kinds: kindMask(kNoun, kName), apply: andListComma}, // h13-lexpud
	// h12-lexnews
	{name: "american-after-dollar-amount-dropped", kinds: kindMask(kAdj), keys: []string{"امريكي"}, apply: americanAfterDollar},
	{name: "population-phrase-then-is", keys: []string{"يبلغ عدد سكان"}, apply: populationIs},
}

// The article of a transliterated word is said in English: "the" before a
// noun (الخفافيش → the Khafafish, not al-Khafafish), nothing on a word
// after a definite noun, where it is most often an adjective agreeing
// with it (الكنز الدفين → the Dafin treasure).
func unknownArticle(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	rest, ok := strings.CutPrefix(it.text, "al-")
	if !it.unknownDef || !ok || it.det != "" {
		return pass
	}
	it.text = rest
	if !(prev != nil && prev.def && prev.lead == "" && it.lead == "" && (nounlike(prev) || prev.kind == kAdj)) {
		it.det = "the"
	}
	return applied
}

// merge applies the verb rules, the context rules and then the merge rules
// to each word.
func (g *engine) merge(its []item) {
	g.persons(its)
	for i := range its {
		it := &its[i]
		if it.drop {
			continue
		}
		g.win = window{prev: liveBefore(its, i), it: it, n1: liveAfter(its, i, 1), n2: liveAfter(its, i, 2), n3: liveAfter(its, i, 3), its: its, i: i}
		g.run(verbSet, &g.win)
		if it.drop {
			continue
		}
		// the verb rules may have dropped words after it
		g.win.n1, g.win.n2, g.win.n3 = liveAfter(its, i, 1), liveAfter(its, i, 2), liveAfter(its, i, 3)
		g.run(contextSet, &g.win)
		if it.drop {
			continue
		}
		// the context rules may have dropped words after it
		g.win.n2, g.win.n3 = liveAfter(its, i, 2), liveAfter(its, i, 3)
		g.run(mergeSet, &g.win)
	}
	if !g.human {
		objectIt(its)
	}
	g.prepositionIt(its) // h12-lextalk
}

// objectIt says the object pronoun ه of a verb as "it" in a line that
// names no person (no +person noun, title or name, known or not): its
// antecedent is then most often a thing (شرحه → explained it); before a
// second object it is the recipient (أعطيته الكتاب). After a
// preposition (منه, عنه) "him" stays: there it lowered the UD PUD report
// half.
func objectIt(its []item) {
	for i := range its {
		it := &its[i]
		if it.kind == kVerb && it.a.pron == "ه" && it.post == objectPronoun["ه"] {
			if n := liveAfter(its, i, 1); n != nil && nounlike(n) && n.lead == "" {
				continue // a second object follows: أعطيته الكتاب → gave him the book
			}
			it.post = objectPronoun["ها"]
		}
	}
}

// persons notes whether the line speaks in the first person or to someone.
func (g *engine) persons(its []item) {
	g.firstPerson, g.secondPerson, g.firstMarks, g.human, g.sheMark = false, false, 0, false, false
	pastMark, condBefore := false, false
	for i := range its {
		a := its[i].a
		if a != nil && (a.pron == "ها" || a.e.ar == "هي") {
			g.sheMark = true
		}
		// a plural (المتظاهرون، الطلاب) is no antecedent of ه or the ت
		// of "she": only one person named makes the line human
		// (h15-lexperson)
		if humanNoun(&its[i]) && !its[i].plural || its[i].kind == kName {
			g.human = true
		}
		if a != nil && (a.pron == "ي" || a.pron == "ني" || a.e.ar == "انا" || (a.vf == vImpf && a.person == "1s")) {
			g.firstPerson = true
			g.firstMarks++
		}
		if !condBefore {
			pastMark = pastMark || g.pastFirstPerson(&its[i])
		}
		// h13-lextalk2: كنت after إذا (or إن before a verb) may be "you"
		condBefore = condBefore || its[i].kind == kFunc && (conditionals[its[i].key] || its[i].key == "ان" && a != nil && a.pron == "" && i+1 < len(its) && its[i+1].kind == kVerb)
		if (a != nil && (a.pron == "ك" || a.pron == "كم" || a.e.ar == "انت" || a.e.ar == "انتم" || a.person == "2")) || its[i].kind == kPunct && its[i].text == "?" {
			g.secondPerson = true
		}
	}
	if pastMark && !g.human {
		// قمت, كنت: the speaker; in a line that names someone the ت of
		// another verb may still be that person (she)
		g.firstPerson = true
		g.firstMarks++
	}
}

// pastFirstPerson: a past verb read in the first person singular (a
// hollow or doubled verb + ت: قمت, كنت, أحببت) that has no reading in the
// third person feminine, so the ت cannot be "she".
func (g *engine) pastFirstPerson(it *item) bool {
	return it.kind == kVerb && it.a.vf == vPast && it.a.person == "1s" && it.form != "" && g.lex.pastReading(it.form, "3fs") == nil
}

// هذا الكتاب → this book; كل المسؤولين → all the officials
func determinerRule(g *engine, w *window) verdict {
	return when(w.it.kind == kFunc && g.determiners(w.it, w.n1), applied)
}

// لم، لن، سوف take an imperfect: read the next word as one (لم تعلق →
// did not comment, not the past "related").
func negationImperfect(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kFunc || !lemmaIs(it, "لم", "لن", "سوف") || n1 == nil || n1.lead != "" || n1.form == "" || (n1.kind == kVerb && n1.a.vf == vImpf) {
		return pass
	}
	a := g.lex.impfReading(n1.form)
	if a == nil {
		return pass
	}
	n := g.itemInPlace(a, n1)
	*n1 = n
	return applied
}

// لا، لم، لن take the jussive or subjunctive, and in the second person
// feminine it ends in ي: لم تكتبي → you did not write, لا تنسي → you do not
// forget. The morphology does not read تفعلي alone (تفضلي is "please"),
// so the word after the particle is read so here, when it has no verb
// reading of its own.
func negationJussive2fs(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kFunc || !lemmaIs(it, "لا", "لم", "لن") || it.post != "" || n1 == nil || n1.lead != "" || n1.kind == kVerb {
		return pass
	}
	form := n1.form
	if n1.unknown {
		form = n1.key // an unknown word keeps its text as its key
	}
	a := g.lex.jussive2fs(form)
	if a == nil {
		return pass
	}
	*n1 = g.itemInPlace(a, n1)
	n1.form = form
	return applied
}

// ما زال، ما يزال: ما is the negation of the copula زال ("is still"), not
// "what".
func maZal(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.key != "ما" || it.post != "" || n1 == nil || n1.kind != kVerb || !n1.has(fStill) || n1.lead != "" || n1.mod != "" {
		return pass
	}
	n1.mod = it.key
	n1.lead, n1.andSt, n1.glue = it.lead, it.andSt, it.glue
	it.drop = true
	return applied
}

// لم لن لا قد سوف before a verb become part of it (did not, will not …).
func particleIntoVerb(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kFunc || !verbParticles[it.key] || n1 == nil || n1.kind != kVerb || n1.lead != "" || n1.mod != "" {
		return pass
	}
	n1.mod = it.key
	n1.lead, n1.andSt = it.lead, it.andSt
	n1.glue = it.glue
	it.drop = true
	return applied
}

// آلاف المواطنين → thousands of citizens
func multipliersOf(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind == kNum && it.has(fMultipliers) && (w.prev == nil || w.prev.kind != kNum) && n1 != nil && n1.kind == kNoun && n1.det == "the" && n1.lead == "" {
		it.text += " of"
		it.of = true
		// the number counts the plural: آلاف المواطنين → thousands of
		// citizens, not "of the citizens"
		n1.det = ""
		return applied
	}
	return pass
}

// dayNumber returns the day of a digit item (1–31).
func dayNumber(it *item) (int, bool) {
	if it.kind != kNum || it.a != nil {
		return 0, false
	}
	d, err := strconv.Atoi(it.text)
	return d, err == nil && d >= 1 && d <= 31
}

// 26 يوليو تموز 2021 → July 26, 2021; a meeting on July 26.
func dayMonthDate(g *engine, w *window) verdict {
	it, n1, n2, n3, its := w.it, w.n1, w.n2, w.n3, w.its
	if _, ok := dayNumber(it); !ok || it.lead != "" || !isMonth(n1) {
		return pass
	}
	date := n1.text + " " + it.text
	n1.drop = true
	if isMonth(n2) {
		n2.drop = true
	} else if n2 != nil && n2.kind == kPunct && n2.text == "/" && isMonth(n3) {
		n2.drop, n3.drop = true, true
	}
	if y := liveAfter(its, w.i, 1); y != nil && y.kind == kNum && len(y.text) == 4 {
		date += ", " + y.text
		y.drop = true
	}
	it.text = date
	if prev := w.prev; !g.onDate(its, w.i) && prev != nil && (prev.kind == kNoun || prev.kind == kVerb || prev.kind == kName || prev.kind == kAdj) {
		it.text = "on " + date
	}
	return settled
}

// 3 ملايين → 3 million
func multiplierSingular(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind == kNum && n1 != nil && n1.kind == kNum && n1.lead == "" && n1.has(fMultipliers) {
		n1.text = strings.TrimSuffix(n1.text, "s")
		return applied
	}
	return pass
}

// A unit of the table number-unit before و and a tens word of the table
// number-tens is one number, said tens first with a hyphen: خمسة وعشرون
// شخصا → twenty-five people, بنسبة تسعة وتسعين في المئة → ninety-nine
// percent, مئة وخمسة وعشرين → a hundred and twenty-five. The English of
// each is its num line's (إحدى, "one of" before a noun, counts as واحدة).
func unitAndTens(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kNum && it.kind != kFunc {
		return pass
	}
	unit, ok := numberUnit[it.key]
	if !ok || it.det != "" || it.post != "" || n1 == nil || n1.kind != kNum || !n1.bareAnd() || !numberTens[n1.key] || n1.det != "" || n1.post != "" {
		return pass
	}
	u, t := g.lex.numGloss(unit), g.lex.numGloss(n1.key)
	if u == "" || t == "" {
		return pass
	}
	n1.text = g.esc(t + "-" + u)
	n1.lead, n1.andSt = it.lead, it.andSt
	n1.glue = it.glue
	it.drop = true
	return applied
}

// numGloss is the English of the num line of a lemma, or "".
func (l *Lexicon) numGloss(key string) string {
	for _, e := range l.lookupWord(key) {
		if e.tag == TagNum {
			return e.en
		}
	}
	return ""
}

// A number before a dual multiplier in ا of the table
// dual-multiplier-singular counts it: the word is the singular in the
// accusative (عشرين مليونا → twenty million, 40 ألفا → 40 thousand), not
// the dual (مليونا دولار → 2 million dollars). A multiplier before it
// (مئة ألفا) is no count of it.
func numberDualMultiplier(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kNum || it.has(fMultiplier) || it.has(fMultipliers) || n1 == nil || n1.kind != kNum || n1.lead != "" {
		return pass
	}
	sg, ok := dualMultiplierSg[n1.key]
	if !ok {
		return pass
	}
	en := g.lex.numGloss(sg)
	if en == "" {
		return pass
	}
	n1.text = g.esc(en)
	return applied
}

// A multiplier with no number before it is one of it, said with "a": مليون
// دولار → a million dollars, حضر ألف شخص → a thousand people attended,
// أكثر من مليون → more than a million, نصف مليون → half a million.
func bareMultiplier(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.kind != kNum || !it.has(fMultiplier) || it.det != "" || it.post != "" || prev != nil && prev.kind == kNum && fractions[prev.key] == "" {
		return pass
	}
	it.text = "a " + it.text
	return applied
}

// A fraction before a noun (the table fraction) is said before the noun's
// article, "a" or "an" when the noun is indefinite: ثلث السكان → a third
// of the population, ربع قرن → a quarter of a century, ربع مليون → a
// quarter of a million; the noun keeps its number.
func fractionOf(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	en, ok := fractions[it.key]
	if !ok || it.kind != kNum || it.det != "" || it.post != "" {
		return pass
	}
	if p := w.prev; it.andSt && p != nil && (p.kind == kNum || p.has(fTime)) && (n1 == nil || n1.kind != kNoun && n1.kind != kNum) {
		it.text = "a " + it.text // مليون ونصف → a million and a half, ساعتين ونصف → two hours and a half
		return settled
	}
	if n1 == nil || n1.lead != "" {
		return pass
	}
	if n1.kind == kNum && n1.has(fMultiplier) {
		it.text = g.esc(en) // نصف مليون → half a million
		return settled
	}
	if n1.kind != kNoun {
		return pass
	}
	if n1.det == "" && !n1.def && !n1.plural {
		if massNoun(n1.text) {
			return pass
		}
		en += either(startsWithVowelSound(n1.text), " an", " a")
	}
	it.text = g.esc(en)
	return settled
}

// 5000 دولار → $5000 (a multiplier word is money only after its number:
// 3 مليون دولار)
func numberCurrency(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind == kNum && !it.has(fMultiplier) && n1 != nil && n1.kind == kNoun && n1.has(fCurrency) && n1.lead == "" {
		it.text = "$" + it.text
		n1.drop = true
		return settled
	}
	return pass
}

// 3 مليون دولار → $3 million
func numberMillionCurrency(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if it.kind == kNum && !it.has(fMultiplier) && n1 != nil && n2 != nil && n1.kind == kNum && n1.lead == "" && (n1.has(fMultiplier) || n1.has(fMultipliers)) &&
		n2.kind == kNoun && n2.has(fCurrency) && n2.lead == "" {
		it.text = "$" + it.text
		n2.drop = true
		return settled
	}
	return pass
}

// 17 هجوما → 17 attacks; ثلاثة كتب … (a number above one or a number word)
func numberPlural(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kNum {
		return pass
	}
	// 39,768 حالة and 2.5 مليون are numbers too
	n, err := strconv.ParseFloat(strings.ReplaceAll(it.text, ",", ""), 64)
	if !(err == nil && n != 1 || err != nil && it.key != "") {
		return pass
	}
	if n1 != nil && n1.kind == kNoun && !n1.plural && n1.det == "" && n1.lead == "" && n1.a != nil && n1.a.e.tag == TagNoun {
		n1.text = g.esc(plural(n1.a.e.en))
		n1.plural = true
		return applied
	}
	return pass
}

// يوليو تموز, يوليو/تموز: the Levantine name repeats the month.
func monthPair(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if !isMonth(it) || n1 == nil {
		return pass
	}
	if isMonth(n1) && n1.lead == "" {
		// (not أبريل ويونيو, April and June)
		n1.drop = true
		return applied
	}
	if n1.kind == kPunct && n1.text == "/" {
		if n2 := liveAfter(w.its, w.i, 2); isMonth(n2) {
			n1.drop, n2.drop = true, true
			return applied
		}
	}
	return pass
}
