package lexicon

import "strings"

// Article rules (h13-lexthe): where Arabic puts ال on a noun and English
// says no "the". Arabic makes a construct (إضافة) definite by the article
// of its last noun, and English says it once, on the head: the head's
// "the" stays, the inner one goes when the dependent is a class or a
// substance (انتشار الأمراض → the spread of diseases). They are context
// rules (listed in contextRules) that set item flags, which memberDet
// reads.

// constructHead: prev is the first noun of a construct whose dependent
// follows it: a common noun with no article, possessive, determiner,
// clitic pronoun or elative before it, that is not a +object word.
func constructHead(prev *item) bool {
	return prev != nil && prev.kind == kNoun && !prev.def && prev.det == "" && prev.a != nil && prev.a.pron == "" &&
		prev.superl == "" && !prev.object
}

// chainEnds: the construct ends at its[i] (with its definite adjectives):
// no noun or name without a clitic follows, which would be a further
// member, and no relative pronoun, which would make it specific.
func chainEnds(its []item, i int) bool {
	n, _ := afterAdjectives(its, i)
	return n == nil || !(nounlike(n) && n.lead == "") && !(relatives[n.key] && n.lead == "")
}

// The last, definite dependent of a construct that is a plural, a +mass
// or +abstract noun or a verbal noun names a class or a substance, which
// English says without "the" after "of": انتشار الأمراض → the spread of
// diseases, استخدام الأسلحة الكيميائية → the use of chemical weapons,
// سعر النفط → the price of oil. The head keeps its "the"; a dual, a
// person or a relative clause after it keeps the inner one.
func constructGenericDependent(g *engine, w *window) verdict {
	it := w.it
	if !genericCapable(it) || it.lead != "" || it.specific || it.has(fPerson) || !constructHead(w.prev) || !chainEnds(w.its, w.i) {
		return pass
	}
	it.generic = true
	return applied
}

// A definite noun joined by و to a noun that English says bare (a generic
// one, or an +abstract noun without adjectives) is said bare too: English
// does not repeat the article it left out. أسعار النفط والغاز → the prices
// of oil and gas, انتشار الأمراض والأوبئة → the spread of diseases and
// epidemics. The conjunct must itself be a class or a substance
// (genericCapable) with no genitive after it.
func coordinatedGeneric(g *engine, w *window) verdict {
	it := w.it
	if !genericCapable(it) || !it.bareAnd() || it.specific || it.has(fPerson) || !chainEnds(w.its, w.i) {
		return pass
	}
	j := prevIndex(w.its, w.i)
	adjs := false
	for ; j >= 0 && w.its[j].kind == kAdj && w.its[j].def && w.its[j].lead == ""; j = prevIndex(w.its, j) {
		adjs = true
	}
	if j < 0 {
		return pass
	}
	p := &w.its[j]
	if p.kind != kNoun || !(p.generic || !adjs && p.has(fAbstract) && genericCapable(p) && (!p.plural || p.a.e.tag == TagNounPlural)) {
		return pass
	}
	it.generic = true
	return applied
}

// A definite singular +office noun right before a known name that is no
// place is the name's title, said without "the" and capitalized:
// الرئيس أوباما → President Obama, قال الوزير أحمد → Minister Ahmed said
// (زار الرئيس بغداد keeps "the president": بغداد is +geo). The titles file
// (السيد، الشيخ) already works this way; this extends it to offices.
func officeBeforeName(g *engine, w *window) verdict {
	it, n := w.it, w.n1
	if it.kind != kNoun || !it.has(fOffice) || it.a == nil || !it.a.def || it.det != "the" || it.a.pron != "" || it.plural || it.a.dual ||
		it.superl != "" || it.post != "" || isTitle(it) {
		return pass
	}
	if n == nil || n.kind != kName || n.unknown || n.lead != "" || n.has(fGeo) || n.a == nil || n.a.def {
		return pass
	}
	it.title = true
	return applied
}

// A definite +office line (a phrase with ال, or a word whose lemma
// carries it, as the titles file has them) whose English has no
// article (رئيس الوزراء prime minister, وزير الخارجية foreign minister,
// المهندس engineer: glossed bare to stand before a name) takes "the" when
// no name follows it: قال رئيس الوزراء إن → the prime minister said that;
// before a name the title drops it again (رئيس الوزراء نتنياهو → prime
// minister Netanyahu). h14-lexstart.
func definiteOfficeTitle(g *engine, w *window) verdict {
	it := w.it
	if it.kind != kNoun || !it.has(fOffice) || it.det != "" || it.a.pron != "" || it.title ||
		!(it.def && it.a.e.tag == TagPhrase || strings.HasPrefix(it.key, "ال")) {
		return pass
	}
	it.det = "the"
	return applied
}

// The clitic ب said "with" (no verb governs it: clitic-b-with-or-in)
// before a definite plural, +mass or +abstract noun names the means or
// the material, which English says bare: ملأ الكأس بالماء → filled the
// cup with water, هاجموا القرية بالأسلحة الثقيلة → with heavy weapons. A
// verb's object after ب (اتصل بالمسؤولين → contacted the officials), a
// genitive, a person or a relative clause keeps "the".
func withMeansGeneric(g *engine, w *window) verdict {
	it := w.it
	if !genericCapable(it) || it.a.prep != "ب" || it.objB || !it.withB || it.specific || it.has(fPerson) || !chainEnds(w.its, w.i) {
		return pass
	}
	it.generic = true
	return applied
}

// An indefinite quantity or kind before من (عددا من، كوبا من، مجموعة من،
// نوع من) takes a class or a substance, which English says bare after
// "of": زار عددا من الدول → visited a number of countries, شرب كوبا من
// الماء → drank a cup of water, اشترى مجموعة من الكتب → a group of books.
// A number before من is a part of a known whole and keeps "the" (ثلاثة من
// الجنود → three of the soldiers), as does a +part noun (جزء من الأموال →
// part of the funds, h15-lexarticle), a genitive or a relative clause
// after the noun.
func indefiniteOfGeneric(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if !genericCapable(it) || it.lead != "" || it.specific || prev == nil || prev.lead != "" || prev.a == nil || !chainEnds(w.its, w.i) {
		return pass
	}
	switch {
	case prev.a.e.tag == TagPhrase && prev.a.e.has(fOf) && strings.HasSuffix(prev.key, " من") && !prev.def:
	case prev.key == "من" && prev.kind == kFunc && measureBeforeAdjectives(w.its, prevIndex(w.its, w.i)).has(fMeasure):
		// h15-lexarticle: أنواع مختلفة من الحيوانات → different kinds of
		// animals (min-after-measure-noun-and-adjective-of)
	case prev.key == "من" && prev.kind == kFunc:
		q := liveBefore(w.its, prevIndex(w.its, w.i))
		if q == nil || q.kind != kNoun || q.def || q.det != "" || q.a == nil || q.a.pron != "" || q.has(fPerson) || q.has(fPart) {
			return pass
		}
	default:
		return pass
	}
	it.generic = true
	return applied
}

// A definite plural right after a present verb of saying or thinking
// (+speech, +stative) that opens its clause, and before the أن or إن of
// what it says, is a class of people stating a general view, said without
// "the" (h14-lexstart): يقول الخبراء إن الوضع صعب → experts say that the
// situation is difficult, يعتقد العلماء أن المناخ يتغير → scientists
// believe that. A past (قال الخبراء → the experts said), a genitive or a
// relative clause keeps "the".
func genericOpinionSubject(g *engine, w *window) verdict {
	it, v := w.it, w.prev
	if !genericCapable(it) || !it.plural || it.has(fMass) || it.lead != "" || it.specific || !plainImperfect(v) || !(v.has(fSpeech) || v.has(fStative)) {
		return pass
	}
	if p := liveBefore(w.its, prevIndex(w.its, w.i)); p != nil && p.kind != kPunct && !clauseStarters[p.key] {
		return pass
	}
	n, _ := afterAdjectives(w.its, w.i)
	if n == nil || n.kind != kFunc || n.key != "ان" || n.lead != "" {
		return pass
	}
	it.generic = true
	return applied
}

// measureBeforeAdjectives returns the indefinite +measure or +part noun
// (كمية، نوع، مجموعة، قطعة، طن; جزء) before its[j] with one or more
// indefinite adjectives between them (كميات كبيرة, أنواع مختلفة), or nil.
// h15-lexarticle.
func measureBeforeAdjectives(its []item, j int) *item {
	k := prevIndex(its, j)
	adjs := 0
	for ; k >= 0 && its[k].kind == kAdj && !its[k].def && its[k].lead == ""; k = prevIndex(its, k) {
		adjs++
	}
	if adjs == 0 || k < 0 {
		return nil
	}
	q := &its[k]
	if q.kind != kNoun || q.def || q.det != "" || q.a == nil || q.a.pron != "" || !(q.has(fMeasure) || q.has(fPart)) {
		return nil
	}
	return q
}

// من after an indefinite +measure noun and its indefinite adjectives is
// "of", as after the bare noun (min-after-noun-of): استوردت البلاد كميات
// كبيرة من القمح → the country imported large quantities of wheat, رأينا
// أنواعا مختلفة من الطيور → we saw different kinds of birds. Another noun
// keeps "from" (وصل وفد رفيع من بغداد → a high delegation from Baghdad),
// and so does a source after من: a name, a pronoun suffix or a singular
// person (كميات كبيرة من أخيه → from his brother). A +part noun (جزء)
// takes "of" before anything. The class after a +measure noun is said
// bare by indefinite-quantity-min-generic-drops-the.
func minAfterMeasureAdjective(g *engine, w *window) verdict {
	it := w.it
	if it.key != "من" || it.kind != kFunc || it.lead != "" || it.post != "" || it.governed {
		return pass
	}
	q := measureBeforeAdjectives(w.its, w.i)
	if q == nil {
		return pass
	}
	if n := w.n1; !q.has(fPart) && (n == nil || n.lead != "" || n.a != nil && n.a.pron != "" || n.has(fPerson) && !n.plural || n.kind == kName && !n.unknown) {
		// a source, not the stuff measured: اشترى كميات كبيرة من أخيه →
		// from his brother
		return pass
	}
	it.text = "of"
	return applied
}

// A definite plural after a preposition of the generic-prep table (في،
// عن، على، إلى، ضد، حول) in a present statement names a class, which English
// says bare: يعيش معظم السكان في المدن → most residents live in cities,
// يتحدث الكتاب عن الحيوانات → the book talks about animals. The clause's
// verb is a plain imperfect, found back over its subject and object (at
// most three nouns, names and adjectives). A +person or +office noun, مع
// (يجتمع الرئيس مع الوزراء → with the ministers), a past or future verb
// or a verbal noun read as "to" (لمناقشة التصعيد على الحدود), a genitive or a
// relative clause after the noun keeps "the". h15-lexarticle.
func presentPrepPlural(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if !genericCapable(it) || !it.plural || it.lead != "" || it.specific || it.has(fPerson) || it.has(fOffice) || massPlural(it) ||
		prev == nil || prev.kind != kFunc || !genericPreps[prev.key] || prev.lead != "" || prev.a == nil || prev.a.pron != "" || !chainEnds(w.its, w.i) {
		return pass
	}
	j := prevIndex(w.its, prevIndex(w.its, w.i))
	for n := 0; j >= 0 && n < 3 && w.its[j].lead == "" && (nounlike(&w.its[j]) || w.its[j].kind == kAdj); n++ {
		j = prevIndex(w.its, j)
	}
	if j < 0 || !plainImperfect(&w.its[j]) || w.its[j].a.passive || w.its[j].a.prep != "" {
		return pass
	}
	it.generic = true
	return applied
}

// The genitive of a +class phrase (في مجال، على صعيد، على حساب، بحاجة
// إلى: a phrase ending in "of" whose genitive is a field or a class) that
// is a plural, a +mass or +abstract noun or a verbal noun, ending the
// construct, is said bare: يعمل في مجال الطاقة المتجددة → in the field of
// renewable energy, بحاجة إلى المساعدات الإنسانية → in need of
// humanitarian aid. A person (على حساب المواطنين keeps "the citizens"), a
// genitive or a relative clause after it keeps "the". h15-lexarticle.
func classPhraseDependent(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if !genericCapable(it) || it.lead != "" || it.specific || it.has(fPerson) || it.has(fOffice) || prev == nil || prev.a == nil ||
		prev.a.e.tag != TagPhrase || !prev.a.e.has(fClass) || !chainEnds(w.its, w.i) {
		return pass
	}
	it.generic = true
	return applied
}

// The definite plural, +mass or +abstract object of a +goods verb (أنتج،
// باع، أكل، استخدم، زرع) in a present statement, right after the verb or
// after its definite or named subject, is a class: يأكل الناس اللحوم →
// people eat meat, تستخدم المصانع الفحم → factories use coal, يزرع
// الفلاحون القمح → farmers grow wheat. A past (باع الرجل السيارات → sold
// the cars), a future, a person, a genitive or a relative clause keeps
// "the". h15-lexarticle.
func goodsVerbPresentObject(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if !genericCapable(it) || it.lead != "" || it.specific || it.has(fPerson) || it.has(fOffice) || prev == nil || !chainEnds(w.its, w.i) {
		return pass
	}
	v := prev
	if nounlike(prev) && prev.lead == "" && (prev.kind == kName || prev.def) && prev.a != nil && prev.a.pron == "" {
		// يأكل الناس اللحوم: back over the verb's subject
		v = liveBefore(w.its, prevIndex(w.its, w.i))
	}
	if !plainImperfect(v) || !v.has(fGoods) || v.a.passive || v.a.prep != "" {
		return pass
	}
	it.generic = true
	return applied
}

// ذات right after a noun or its adjective is the adjective "possessing",
// said "of", not the determiner "the same" (ذات الوقت): مسألة ذات أهمية
// كبيرة → a matter of great importance, الدول ذات الدخل المنخفض → the
// countries of low income, القضايا ذات الاهتمام المشترك → the issues of
// common interest. It agrees with its noun, which is a feminine singular
// or a plural of things. The noun phrase after it is said bare. After a
// preposition or opening the line it stays the determiner (في ذات الوقت
// → at the same time). A merge rule, before determiner-before-noun.
// h15-lexarticle.
func dhatAfterNounOf(g *engine, w *window) verdict {
	it, prev, n1 := w.it, w.prev, w.n1
	if it.key != "ذات" || it.kind != kFunc || it.lead != "" || it.post != "" || it.a == nil || it.a.pron != "" || it.a.prep != "" ||
		prev == nil || !(prev.kind == kNoun || prev.kind == kAdj) || n1 == nil || n1.kind != kNoun || n1.lead != "" || n1.a == nil || n1.a.pron != "" {
		return pass
	}
	// ذات agrees with its noun: a feminine singular or a plural of things
	// (الفريق الانتقالي ذات المكان is "the same place")
	j := prevIndex(w.its, w.i)
	for j >= 0 && w.its[j].kind == kAdj {
		j = prevIndex(w.its, j)
	}
	if j < 0 {
		return pass
	}
	head := &w.its[j]
	if fem, ok := nounFeminine(head); !(ok && fem || head.kind == kNoun && head.plural && !humanNoun(head)) {
		return pass
	}
	it.text = "of"
	if n1.det == "the" {
		n1.generic = true
	}
	return settled
}
