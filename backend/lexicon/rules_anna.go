package lexicon

import "strings"

// Rules of h12-lexnews: clauses of أن/إن — the impersonal من + adjective +
// أن (من الواضح أن → it is clear that) and the pronoun on أن after a
// human subject (قال الوزير إنه → the minister said that he).

// من + a definite adjective opening its clause before أن is impersonal:
// من الرائع أن الطلاب نجحوا → it is wonderful that the students succeeded,
// ومن الواضح أنه لم يعرف → and it is clear that he did not know. The
// phrase lines of من + adjective + أن whose English ends in "to" (من
// المرجح أن is likely to) raise the subject of an imperfect after them;
// before anything else they are "it is … that" too: من المرجح أن هذه الخطة
// فاشلة → it is likely that this plan is a failure.
func minAdjectiveAnna(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if it.kind != kFunc || it.post != "" || it.lead != "" && !it.andSt || it.a == nil || it.a.pron != "" || !clauseOpening(w.prev) {
		return pass
	}
	if k, ok := strings.CutSuffix(it.key, " ان"); ok && strings.HasPrefix(k, "من ال") && it.has(fTo) {
		// من المرجح أن + a non-verb: the adverb line of من المرجح
		if n1 == nil || n1.kind == kVerb || n1.kind == kPunct {
			return pass
		}
		adv := g.lex.phrases[k]
		if len(adv) == 0 || adv[0].tag != TagAdv || noEnglish(adv[0]) {
			return pass
		}
		it.text = g.esc("it is " + adv[0].en + " that")
		return applied
	}
	if it.key != "من" || n1 == nil || n2 == nil || n1.a == nil || n1.lead != "" || !n1.a.def || n1.a.pron != "" || n1.a.prep != "" ||
		!(n1.kind == kAdj || n1.kind == kNoun) || n2.key != "ان" || n2.lead != "" || n2.kind != kFunc {
		return pass
	}
	adj := n1.a.e
	if adj.tag != TagAdj {
		adj = nil
		for _, e := range g.lex.words[n1.key] {
			if e.tag == TagAdj {
				adj = e
				break
			}
		}
	}
	if adj == nil || noEnglish(adj) {
		return pass
	}
	if n1.kind != kAdj || n1.a.e != adj {
		a := *n1.a // analyses are shared (cached): copy before changing
		a.e = adj
		*n1 = g.itemInPlace(&a, n1)
	}
	n1.def = false // said as a predicate: it is clear
	it.text = g.esc("it is")
	n2.text = g.esc("that")
	return applied
}

// clauseOpening: the word before opens a clause (the line's start,
// punctuation, or a clause starter with no pronoun of its own).
func clauseOpening(prev *item) bool {
	return prev == nil || prev.kind == kPunct || prev.kind == kFunc && clauseStarters[prev.key] && prev.post == ""
}

// أن/إن with the pronoun ه after a verb of saying and its subject, a
// person, is "he" (the pronoun stands for that subject): قال الوزير إنه
// سيزور المدينة → the minister said that he will visit the city; with ها
// after a feminine verb and a person, "she": قالت المرأة إنها شعرت →
// the woman said that she felt. After a subject that is not a person
// (قال التقرير إنه يجب) it stays "it".
func annaPronounPersonSubject(g *engine, w *window) verdict {
	it := w.it
	if it.kind != kFunc || it.key != "ان" || it.lead != "" || it.post != "it" || it.a == nil || !(it.a.pron == "ه" || it.a.pron == "ها") ||
		!(it.a.e.tag == TagPart || it.a.e.tag == TagConj) {
		return pass
	}
	head, verb := (*item)(nil), (*item)(nil)
	for j, n := w.i-1, 0; j >= 0 && n < 6; j-- {
		x := &w.its[j]
		if x.drop {
			continue
		}
		n++
		if x.kind == kVerb {
			verb = x
			break
		}
		if !(nounlike(x) || x.kind == kAdj) {
			return pass
		}
		if nounlike(x) && x.lead == "" {
			head = x
		}
	}
	if verb == nil || head == nil || verb.a == nil || verb.a.pron != "" || verb.post != "" || verb.a.e.has(fCopula) {
		return pass
	}
	if !personVerbAfter(w, it.a.pron) {
		return pass
	}
	person := humanNoun(head)
	switch it.a.pron {
	case "ه":
		// a name the lexicon does not know, after a verb of saying, is
		// nearly always a person's
		name := head.kind == kName && !head.has(fGeo) && head.det == "" && (head.a != nil && head.a.e.tag == TagName || head.unknown && !head.unknownDef)
		if verb.a.person != "3ms" || !(person || name) {
			return pass
		}
		it.post = "he"
	case "ها":
		if verb.a.person != "3fs" || !person {
			return pass
		}
		it.post = "she"
	}
	return applied
}

// personVerbAfter: the clause after أن opens with a verb of the pronoun's
// person (a particle such as لا، لن، قد may stand before it) that is not
// one said of events (حدث، تم، جرى، وقع), whose subject is the pronoun of
// the matter, "it": قال إنه حدث تبادل → he said there was an exchange.
func personVerbAfter(w *window, pron string) bool {
	v := w.n1
	if v != nil && v.kind == kFunc && v.post == "" && lemmaIs(v, "لا", "لم", "لن", "قد", "ما", "سوف") {
		v = w.n2
	}
	if v == nil || v.kind != kVerb || v.lead != "" || v.a == nil || v.a.passive || v.a.e.has(fCopula) && v.a.vf == vPast {
		return false
	}
	want := "3ms"
	if pron == "ها" {
		want = "3fs"
	}
	return v.a.person == want && !lemmaIs(v, "حدث", "تم", "جرى", "وقع")
}

// The pronoun ها on a noun, a preposition or a verb is "her", not "its",
// in a line that names a woman: a feminine +person noun or title that
// carries no pronoun of its own (شكرت الفتاة أمها على هديتها → the girl
// thanked her mother for her gift; السيدة … معها → with her). Elsewhere
// it stays "its" (قالت الشركة إن أرباحها ارتفعت → its profits).
func haInLineOfWomanIsHer(g *engine, w *window) verdict {
	it := w.it
	if it.a == nil || it.a.pron != "ها" {
		return pass
	}
	noun := it.kind == kNoun && it.det == "its"
	object := (it.kind == kFunc && it.a.e.tag == TagPrep || it.kind == kVerb) && it.post == "it"
	if !(noun || object) || !womanInLine(w.its, w.i) && !(noun && humanNoun(it) && !thingBefore(w.its, w.i)) {
		return pass
	}
	if noun {
		it.det = "her"
	} else {
		it.post = "her"
	}
	return applied
}

// thingBefore: before its[self] stands a feminine thing that ها may
// stand for, a singular feminine noun that is no person, with no pronoun
// suffix (الشركة وموظفوها → the company and its employees), or a name
// (a country, a city). With none, ها on a person noun (زوجها، صديقاتها)
// is a woman's, "her" (h15-lexpast): قالت إن زوجها مريض → she said that
// her husband is sick.
func thingBefore(its []item, self int) bool {
	for j := 0; j < self; j++ {
		x := &its[j]
		if x.drop || x.a == nil || x.a.pron != "" || humanNoun(x) {
			continue
		}
		if x.kind == kName {
			return true
		}
		if fem, ok := nounFeminine(x); ok && fem {
			return true
		}
	}
	return false
}

// womanInLine: an item of its other than its[self] is a woman, a singular
// feminine +person noun or title with no pronoun suffix.
func womanInLine(its []item, self int) bool {
	for j := range its {
		x := &its[j]
		if j == self || x.drop || x.kind != kNoun || x.plural || x.a == nil || x.a.pron != "" || x.a.dual || !humanNoun(x) {
			continue
		}
		if fem, ok := nounFeminine(x); ok && fem {
			return true
		}
	}
	return false
}

// A number before من + عمر with a pronoun is an age: كانت في الـ84 من
// عمرها → she was 84 years old, كنت في العاشرة من عمري → I was ten years
// old (an ordinal of the table age-ordinal, h14-lextalk3), لم تتجاوز
// العشرين من عمرها → she was not
// over twenty years old; في before the number goes after كان and is "at
// the age of" elsewhere (سافر في الستين من عمره → he travelled at the age
// of sixty).
func ageMinUmr(g *engine, w *window) verdict {
	it, prev, n1 := w.it, w.prev, w.n1
	if prev == nil {
		return pass
	}
	card, ordinal := ageOrdinals[prev.key] // h14-lextalk3: في العاشرة من عمري → ten years old
	ordinal = ordinal && prev.kind == kAdj && prev.def
	if it.kind != kFunc || it.key != "من" || it.lead != "" || it.post != "" || prev.kind != kNum && !ordinal || prev.lead != "" ||
		n1 == nil || n1.kind != kNoun || n1.key != "عمر" || n1.lead != "" || n1.a == nil || n1.a.pron == "" || n1.plural {
		return pass
	}
	it.drop, n1.drop = true, true
	prev.det = ""
	if ordinal {
		prev.text, prev.def = g.esc(card), false
	}
	prev.text += " years old"
	p := liveBefore(w.its, itemIndex(w.its, 0, prev))
	if p != nil && p.kind == kFunc && lemmaIs(p, "ال") {
		// الـ84: the article written apart before digits
		p.drop = true
		p = liveBefore(w.its, itemIndex(w.its, 0, p))
	}
	if p != nil && p.kind == kFunc && lemmaIs(p, "في") && p.lead == "" && p.post == "" {
		if copulaBefore(w.its, itemIndex(w.its, 0, p)) {
			p.drop = true // كان في الستين من عمره → he was sixty years old
		} else {
			// سافر في الستين من عمره → he travelled at the age of sixty
			p.text = g.esc("at the age of")
			prev.text = strings.TrimSuffix(prev.text, " years old")
		}
	}
	return settled
}

// After the age phrases (البالغ من العمر aged, عن عمر يناهز at the age of)
// the number's year noun goes: البالغ من العمر 18 عاما → aged 18, توفي عن
// عمر يناهز 80 عاما → died at the age of 80.
func ageYearsDropped(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.kind != kNoun || !lemmaIs(it, "عام", "سنة") || it.lead != "" || it.a == nil || it.a.pron != "" || prev == nil || prev.kind != kNum || prev.lead != "" {
		return pass
	}
	p := liveBefore(w.its, itemIndex(w.its, 0, prev))
	if !lemmaIs(p, "يبلغ من العمر", "تبلغ من العمر", "البالغ من العمر", "البالغة من العمر", "عن عمر يناهز", "عن عمر ناهز", "عن عمر") {
		return pass
	}
	it.drop = true
	return settled
}

// copulaBefore: كان stands within three words before its[i], with no
// punctuation or other verb between (كان الرئيس في …).
func copulaBefore(its []item, i int) bool {
	for j, n := i-1, 0; j >= 0 && n < 3; j-- {
		x := &its[j]
		if x.drop {
			continue
		}
		n++
		if isCopula(x) {
			return true
		}
		if x.kind == kPunct || x.kind == kVerb {
			return false
		}
	}
	return false
}

// أمريكي after a dollar amount goes: the amount is already said with "$"
// (103 مليون دولار أمريكي → $103 million, not "$103 million American").
func americanAfterDollar(g *engine, w *window) verdict {
	it := w.it
	if it.kind != kAdj || it.key != "امريكي" || it.lead != "" || w.i == 0 {
		return pass
	}
	c := &w.its[w.i-1]
	if !c.drop || c.kind != kNoun || !c.has(fCurrency) || c.plural || w.prev == nil || w.prev.kind != kNum {
		return pass
	}
	it.drop = true
	return settled
}

// كما + أن with a pronoun opening a clause is "also" said with that
// pronoun as the subject: كما أنه يرغب في السفر → it also wishes to
// travel, كما أنها جميلة → also, it is beautiful (كما أن before a noun is
// the phrase line "also").
func kamaAnnaPronoun(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if it.kind != kFunc || it.key != "كما" || it.post != "" || it.a == nil || it.a.pron != "" || !(w.prev == nil || w.prev.kind == kPunct) ||
		n1 == nil || n1.kind != kFunc || n1.key != "ان" || n1.lead != "" || n1.a == nil || n1.a.pron == "" || n1.post == "" {
		return pass
	}
	n1.text = ""
	if n2 != nil && n2.kind == kVerb && n2.lead == "" && n2.adv == "" {
		n2.adv = "also"
		n1.lead, n1.andSt = it.lead, it.andSt
		it.drop = true
		return applied
	}
	it.text = g.esc("also")
	return applied
}

// A phrase line of من + adjective said with its own subject (من الصعب it
// is difficult, من الواضح أن it is clear that, من الصعب أن it is
// difficult to; not من المتوقع أن is expected to, which raises a subject) after أن/إن with the pronoun ه takes that pronoun in:
// قال إنه من الصعب أن نعرف → he said that it is difficult to know.
func annaPronounMinPhrase(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.kind != kFunc || it.a == nil || it.a.e.tag != TagPhrase || !strings.HasPrefix(it.key, "من ال") || it.lead != "" ||
		prev == nil || prev.kind != kFunc || prev.key != "ان" || prev.a == nil || prev.a.pron != "ه" || prev.post == "" {
		return pass
	}
	if k, ok := strings.CutSuffix(it.key, " ان"); ok && it.has(fTo) {
		// من الصعب أن (its من الصعب is a phr line, "it is difficult") takes
		// the pronoun in; من المتوقع أن (its من المتوقع is an adverb,
		// "expected") raises it: إنه من المتوقع أن يصل → he is expected to
		if short := g.lex.phrases[k]; len(short) == 0 || short[0].tag != TagPhrase {
			return pass
		}
	}
	prev.post = ""
	return applied
}

// مما right after a +comparative word or an elative (as من after it) is "than" (من + ما, "than what"):
// الأسعار أعلى مما توقعنا → prices are higher than we expected, لديهم
// أسئلة أكثر مما لديهم أجوبة → they have more questions than they have
// answers; ممن there is "than those who". Elsewhere they are the relatives
// "which", "of those who".
func comparativeMimmaThan(g *engine, w *window) verdict {
	it := w.it
	if it.kind != kFunc || !(it.key == "مما" || it.key == "ممن") || it.lead != "" || it.post != "" || !(w.prev.has(fComparative) || elative(w.prev)) {
		return pass
	}
	if elative(w.prev) && !strings.HasSuffix(w.prev.text, g.esc(comparative(w.prev.a.e.en))) { // h14-lextalk3: keep "much easier"
		w.prev.text = g.esc(comparative(w.prev.a.e.en)) // أطول مما → longer than
	}
	it.text = g.esc("than")
	if it.key == "ممن" {
		it.text = g.esc("than those who") // أكثر ممن يعملون → more than those who work
	}
	return settled
}

// بين before the dual construct of a year or month noun (عامي، سنتي،
// شهري: "the two years of") and a number or a month drops the noun:
// بين عامي 2004 و2006 → between 2004 and 2006, ما بين شهري أبريل ويونيو →
// between April and June (not "my year", "monthly").
func bainaDualYearDropped(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if it.kind != kFunc || !lemmaIs(it, "بين", "ما بين") || it.post != "" || n1 == nil || n1.lead != "" || n1.a == nil ||
		n2 == nil || n2.lead != "" || !(n2.kind == kNum || isMonth(n2)) || !g.dualYear(n1) {
		return pass
	}
	n1.drop = true
	return applied
}

// dualYear: the word is spelled as the dual construct (ي) of a +year or
// +cycle noun, whatever reading it took (شهري is also "monthly").
func (g *engine) dualYear(x *item) bool {
	stem, ok := strings.CutSuffix(x.form, "ي")
	if !ok || x.form == "" {
		return false
	}
	for _, e := range g.lex.words[stem] {
		if e.tag == TagNoun && (e.has(fYear) || e.has(fCycle)) {
			return true
		}
	}
	return false
}

// A decade word (table decade) in construct with a century phrase (table
// century) is the decade's years: ستينيات القرن العشرين → the 1960s, في
// ثمانينيات القرن الماضي → in the 1980s, خمسينيات القرن الرابع عشر → the
// 1350s. The decade word is unknown to the lexicon or read without the
// article; its clitics (وفي ستينيات، بستينيات) are its lead.
func decadeOfCentury(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.post != "" || n1 == nil || n1.lead != "" || it.a != nil && (it.a.pron != "" || it.a.def) || it.unknownDef {
		return pass
	}
	hundreds, ok := centuries[n1.key]
	if !ok {
		return pass
	}
	tens, ok := "", false
	for k, rs := it.key, []rune(it.key); !ok && len(rs) > 3; rs = rs[1:] {
		// the key, then without one and two clitic letters
		tens, ok = decades[k]
		if len([]rune(it.key))-len(rs) >= 2 || !strings.ContainsRune("وفبلك", rs[0]) {
			break
		}
		k = string(rs[1:])
	}
	if !ok {
		return pass
	}
	it.kind, it.unknown, it.a = kName, false, nil
	it.text, it.det, it.def = g.esc("the "+hundreds+tens+"s"), "", true
	n1.drop = true
	return applied
}
