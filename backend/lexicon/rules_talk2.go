package lexicon

import "strings"

// Rules of h13-lextalk2: the talk register, second round — the listener
// of a conditional.

// A past in ت after إذا/لو, in a line with no other mark of the speaker,
// is the generic listener, and the English conditional is in the
// present: إذا كنت تعمل في المدرسة → if you are working at school, إذا
// قمت بزيارة المدينة → if you visit the city; after لو it stays past (لو
// كنت رئيسا → if you were a president). A hollow or doubled verb
// (كنت، قمت) has no "she" reading; another verb (نظرت) has none when no
// woman is named before it and no feminine noun, its subject, follows it
// (إذا حدثت أمور سيئة → if bad things happened). A past in ت joined to
// it by و/أو has the same subject: إذا كنت محظوظا وكنت واحدا منهم → if
// you are lucky and you are one of them.
func conditionalPastYou(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.kind == kVerb && it.a != nil && it.mod == "لم" && it.a.vf == vImpf && prev != nil && (conditionals[prev.key] && prev.kind == kFunc || prev.cond) && !lemmaIs(prev, "لو", "ماذا لو") {
		// إذا لم تذهب → if you don't go, إن لم أواصل → if I don't
		// continue: the conditional's negated present
		it.mod = "لا"
		if it.a.person == "3fs" && !it.a.passive && !g.firstPerson && strings.HasPrefix(strings.TrimPrefix(it.form, it.a.conj), "ت") && !feminineNext(w.n1) && (g.secondPerson || g.noSheIn(w.its, w.i)) {
			a := *it.a
			a.person = "2"
			it.a, it.cond = &a, true
			g.secondPerson = true
		}
		return applied
	}
	if it.kind != kVerb || it.a == nil || it.a.vf != vPast || it.mod != "" || it.a.passive || it.a.pron == "ني" || it.a.pron == "نا" ||
		it.form == "" || prev == nil {
		return pass
	}
	if !(conditionals[prev.key] && prev.kind == kFunc && prev.post == "" || prev.cond || it.a.conj == "و" && condYouBefore(w.its, w.i)) {
		return pass
	}
	switch it.a.person {
	case "2": // إن كنتم تعرفون (read "knew" by kana-imperfect-progressive) → if you know
		if prev.cond || conditionals[prev.key] && prev.kind == kFunc {
			break
		}
		return pass
	case "1s":
		if g.firstPerson || g.lex.pastReading(it.form, "3fs") != nil {
			return pass
		}
	case "3fs":
		if g.firstPerson || !firstPersonSpelling(it) || feminineNext(w.n1) || !(g.secondPerson || g.noSheIn(w.its, w.i)) {
			return pass
		}
	default:
		return pass
	}
	a := *it.a
	a.person = "2"
	if !lemmaIs(prev, "لو", "ماذا لو") && !(it.a.conj != "" && lemmaIs(condOf(w.its, w.i), "لو", "ماذا لو")) {
		a.vf = vImpf // لو is unreal: لو كنت رئيسا → if you were a president
		it.condYou = true
	}
	it.a = &a
	it.cond = true
	g.secondPerson = true
	return applied
}

// condYouBefore: a verb read by conditionalPastYou stands before its[i]
// in the same sentence.
func condYouBefore(its []item, i int) bool {
	for j := i - 1; j >= 0; j-- {
		x := &its[j]
		if sentenceEnd(x) {
			return false
		}
		if x.cond {
			return true
		}
	}
	return false
}

// condOf: the conditional particle before its[i] in its sentence, or nil.
func condOf(its []item, i int) *item {
	for j := i - 1; j >= 0; j-- {
		x := &its[j]
		if sentenceEnd(x) {
			return nil
		}
		if conditionals[x.key] && x.kind == kFunc || x.cond && x.kind == kFunc {
			return x
		}
	}
	return nil
}

// sentenceEnd: x is the punctuation that ends a sentence.
func sentenceEnd(x *item) bool {
	return x.kind == kPunct && (x.text == "." || x.text == "?" || x.text == "!")
}

// feminineNext: x is a noun with no clitic that a verb in ت can have as
// its subject.
func feminineNext(x *item) bool {
	return x != nil && x.lead == "" && x.kind == kNoun && tAgrees(x)
}

// tAgrees: the noun x is one a verb in ت agrees with, a feminine noun or
// a plural.
func tAgrees(x *item) bool {
	fem, ok := nounFeminine(x)
	return x.plural || ok && fem
}

// noSheIn: no one is named in the line and no feminine singular noun
// stands before its[i] (noSheBefore on words).
func (g *engine) noSheIn(its []item, i int) bool {
	if g.human || g.sheMark {
		return false
	}
	for j := 0; j < i; j++ {
		if x := &its[j]; x.kind == kNoun && !x.plural && !x.drop {
			if fem, ok := nounFeminine(x); ok && fem {
				return false
			}
		}
	}
	return true
}

// An impersonal modal (يجب، يمكن، ينبغي، لا بد) + أن + an imperfect in ت
// that has no subject of its own — no feminine or plural noun after it,
// none before the modal, and no name before it in a line not addressed
// to anyone — is said to the listener: يجب أن تقرأ الكتاب → you must read
// the book, ينبغي أن تسأل الطبيب → you should ask the doctor. (يجب أن
// تتوقف الحرب keeps the war as its subject; كان is left to the copula
// rules: يجب أن تكون هناك خطة.)
func impersonalModalYou(g *engine, w *window) verdict {
	it, n1, n2, prev := w.it, w.n1, w.n2, w.prev
	if it.key != "ان" || it.lead != "" || it.post != "" || prev == nil || !modals[prev.key] || prev.post != "" || prev.a == nil || prev.a.pron != "" ||
		prev.a.e.tag != TagPart || n1 == nil || n1.kind != kVerb || n1.lead != "" || n1.mod != "" || n1.a.vf != vImpf || n1.a.fut ||
		n1.a.passive || n1.a.person != "3fs" || !strings.HasPrefix(n1.form, "ت") || n1.a.e.has(fCopula) {
		return pass
	}
	if n2 != nil && n2.lead == "" && (feminineNext(n2) || n2.kind == kName) || tSubjectBefore(w.its, w.i-1, !g.secondPerson) {
		return pass
	}
	n1.setPerson("2")
	it.drop = true
	n1.bare = true
	prev.text = subjectPronoun["2"] + " " + prev.text
	return settled
}

// tSubjectBefore: a noun without a preposition that a verb in ت can
// agree with (feminine singular or plural), or with names a name, stands
// before its[i] in its sentence.
func tSubjectBefore(its []item, i int, names bool) bool {
	for j := i - 1; j >= 0; j-- {
		x := &its[j]
		if sentenceEnd(x) {
			return false
		}
		if names && x.kind == kName && x.lead == "" {
			return true
		}
		if x.drop || x.kind != kNoun || x.a == nil || x.a.prep != "" {
			continue
		}
		if tAgrees(x) {
			return true
		}
	}
	return false
}

// In a question, a phrase line of an imperfect and its أن after a
// question word (ماذا تريد أن، ماذا نريد أن) is its verb, inverted like
// one after هل, and the verb after it is the to-infinitive: ماذا تريد أن
// تأكل؟ → what do you want to eat?, ماذا نريد أن نعرف؟ → what do we want
// to know?
func questionWordPhraseVerb(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if !interrogatives[it.key] || it.kind != kFunc || it.post != "" || n1 == nil || n1.kind != kFunc || n1.lead != "" || n1.post != "" || n1.a == nil ||
		n1.a.e.tag != TagPhrase || !n1.a.e.has(fTo) || n2 == nil || n2.kind != kVerb || n2.a.vf != vImpf || n2.lead != "" || n2.mod != "" || n2.a.fut ||
		!questionMarkFrom(w.its, w.i+1) {
		return pass
	}
	head, rest, ok := strings.Cut(n1.key, " ")
	if !ok || rest != "ان" {
		return pass
	}
	a := g.lex.impfReading(head)
	if a == nil || a.pron != "" || a.conj != "" || a.e.has(fCopula|fBe) {
		return pass
	}
	*n1 = g.itemInPlace(a, n1)
	n1.question = true
	n2.inf = true
	return applied
}

// هذا with the clitic ل opening a clause, not before the noun it
// determines, is the connective of result, said "so", and the verb after
// it opens its clause: لهذا أريد أن أتحدث → so I want to speak, ولهذا
// قررت الحكومة → so the government decided (لهذا الكتاب قصة keeps "for
// this book").
func liHadhaSo(g *engine, w *window) verdict {
	it, prev, n1 := w.it, w.prev, w.n1
	if it.key != "هذا" || it.kind != kFunc || it.a == nil || it.a.prep != "ل" || it.post != "" || it.a.pron != "" ||
		!(prev == nil || prev.kind == kPunct) || n1 == nil || n1.kind == kPunct || n1.kind == kNoun && n1.lead == "" && n1.def {
		return pass
	}
	it.lead, it.andSt = g.leadOf(it.a.conj, "")
	it.text = "so"
	if n1.kind == kVerb {
		n1.opens = true
	}
	return applied
}

// A word of the hollow-imperative table (قم، قولوا) opening a
// clause is its verb's imperative: قولوا لي الحقيقة → tell me the truth;
// قم before ب + a verbal noun is then that noun's verb (qama-b-masdar):
// قم بإغلاق الباب → close the door. A word that is also a name (قم, the
// city) is read so only before the clitic ب or after و/ف: في قم stays
// "in Qom".
// hollowImperativeKeys lists the lemmas hollowImperativeVerb can apply to:
// a word of the table, bare or with the و or ف an unknown word keeps in
// its key. The rule passes on any other lemma (its table lookups fail).
func hollowImperativeKeys() []string {
	var keys []string
	for k := range hollowImperative {
		keys = append(keys, k, "و"+k, "ف"+k)
	}
	return keys
}

func hollowImperativeVerb(g *engine, w *window) verdict {
	it, prev, n1 := w.it, w.prev, w.n1
	if it.kind == kVerb || it.kind == kPunct || it.post != "" || !(prev == nil || prev.kind == kPunct || clauseStarters[prev.key] && prev.kind == kFunc) {
		return pass
	}
	form, conj := it.key, ""
	if it.a != nil {
		if it.a.prep != "" || it.a.pron != "" {
			return pass
		}
		conj = it.a.conj
	}
	lemma, ok := hollowImperative[form]
	if !ok && conj == "" && (strings.HasPrefix(form, "و") || strings.HasPrefix(form, "ف")) {
		conj = form[:len("و")] // an unknown word keeps its و in the key
		form = form[len("و"):]
		lemma, ok = hollowImperative[form]
	}
	if !ok || it.kind == kName && !it.unknown && conj == "" && !(n1 != nil && n1.a != nil && n1.a.prep == "ب") {
		return pass
	}
	v := g.lex.pastVerb(lemma, 0)
	if v == nil {
		return pass
	}
	a := &analysis{e: v, vf: vImpf, person: "imp", conj: conj}
	*it = g.itemInPlace(a, it)
	return applied
}

// ما الذي before a verb of the third person masculine with no object
// pronoun and no subject after it is that verb's subject, so a question
// is not inverted: ما الذي حدث؟ → what happened?, ما الذي يحدث هنا؟ →
// what is happening here? (ما الذي تريده؟ → what do you want? is).
func maAlladhiSubject(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if it.key != "ما الذي" || it.kind != kFunc || it.post != "" || n1 == nil || n1.kind != kVerb || n1.lead != "" || n1.a.person != "3ms" ||
		n1.a.pron != "" || n1.post != "" || n2 != nil && n2.lead == "" && (nounlike(n2) || n2.kind == kName) {
		return pass
	}
	return settled
}

// In a question, an imperfect in ت before a demonstrative that stands
// alone (ذلك، هذا with no noun after it) has that demonstrative as its
// object, not its subject, and is said to the listener: كيف تعرف ذلك؟ →
// how do you know that?, لماذا تقول هذا؟ → why do you say this?
func questionTVerbDemonstrative(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if it.kind != kVerb || !it.question || it.a.person != "3fs" || it.a.vf != vImpf || it.a.pron != "" || it.post != "" ||
		!strings.HasPrefix(strings.TrimPrefix(it.form, it.a.conj), "ت") || !loneMasculineDemonstrative(n1, n2) {
		return pass
	}
	it.setPerson("2")
	return applied
}

// A particle with its pronoun (أنك، إنه، لأننا) before a locative
// preposition and its phrase, with no verb in the rest of the clause, is
// a nominal sentence whose copula English says: أعرف أنك تحت الضغط → I
// know that you are under pressure, قال إنه في بغداد → he said that he is
// in Baghdad, لأننا في حاجة إلى مساعدة → because we are in need of help.
func particlePronounLocative(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kFunc || it.a == nil || it.a.e.tag != TagConj || it.post == "" || it.a.pron == "" || n1 == nil || n1.lead != "" ||
		!(locativePreps[n1.key] || n1.a != nil && n1.a.e.tag == TagPhrase && g.prepHead(n1.key)) || g.prepThenIndefinite(w.its, w.i+1) != nil {
		return pass // أنه في المدينة مطاعم كثيرة: the ه of the matter before "there are"
	}
	if g.verbInClause(w.its, w.i+2, func(x *item) bool { return x.kind == kFunc && x.a != nil && x.a.e.tag == TagConj }) {
		return pass
	}
	it.post += " " + pronounCopula(it.a.pron)
	return applied
}

// verbInClause: a verb, or a phrase that says one, stands in its[from:]
// before the clause ends: at punctuation, a clitic conjunction, a clause
// starter or a word for which ends says so.
func (g *engine) verbInClause(its []item, from int, ends func(*item) bool) bool {
	for j := from; j < len(its); j++ {
		x := &its[j]
		if x.drop {
			continue
		}
		if x.kind == kPunct || x.a != nil && x.a.conj != "" || x.kind == kFunc && clauseStarters[x.key] || ends(x) {
			return false
		}
		if x.kind == kVerb || g.verbalPhrase(x) {
			return true
		}
	}
	return false
}

// pronounCopula: the present of "be" for the subject a pronoun suffix
// stands for.
func pronounCopula(pron string) string {
	switch pron {
	case "ي", "ني":
		return "am"
	case "ه", "ها":
		return "is"
	}
	return "are"
}

// verbalPhrase: a phrase line or modal that says a verb (لن تكون، لا
// يمكنك، يجب أن): its first word is a verb or a verbal particle.
func (g *engine) verbalPhrase(x *item) bool {
	if x.kind != kFunc || x.a == nil {
		return false
	}
	if modals[x.key] {
		return true
	}
	first, _, ok := strings.Cut(x.key, " ")
	if !ok || x.a.e.tag != TagPhrase {
		return false
	}
	switch first {
	case "لن", "لم", "لا", "قد", "سوف":
		return true
	}
	return g.lex.impfReading(first) != nil || g.lex.pastReading(first, "3ms") != nil
}

// إن with no pronoun, opening a clause (or after a question word) before
// a past or لم + an imperfect, is the conditional "if": إن كنتم تعرفون
// الجواب → if you know the answer, إن لم تذهب → if you don't go, ماذا
// إن كنت → what if you are. (Before a noun it is the emphatic إن that
// English does not say.)
func inConditional(g *engine, w *window) verdict {
	it, prev, n1, n2 := w.it, w.prev, w.n1, w.n2
	if it.key != "ان" || it.kind != kFunc || it.post != "" || it.a == nil || it.a.pron != "" || it.a.prep != "" || n1 == nil || n1.lead != "" ||
		!(prev == nil || prev.kind == kPunct || prev.kind == kFunc && prev.post == "" && (interrogatives[prev.key] || prev.a != nil && prev.a.e.tag == TagConj && prev.key != "ان")) {
		return pass
	}
	switch {
	case n1.kind == kVerb && n1.a.vf == vPast && n1.mod == "" && !n1.a.passive:
	case n1.kind == kFunc && n1.key == "لم" && n1.post == "" && n2 != nil && n2.kind == kVerb && n2.lead == "" && n2.a.vf == vImpf:
	default:
		return pass
	}
	it.text = "if"
	it.cond = true
	return settled
}

// A verb in ت (third person feminine) before a masculine demonstrative
// that stands alone (ذلك، هذا with no noun after it) cannot have it as
// its subject: it is the object, and the verb keeps its dropped
// subject: وصدقت ذلك → and I believed that, not "that believed".
func tVerbMasculineDemonstrativeObject(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if it.kind != kVerb || it.question || it.a.person != "3fs" || it.a.pron != "" || it.post != "" || it.a.passive || it.a.e.has(fCopula) ||
		!loneMasculineDemonstrative(n1, n2) {
		return pass
	}
	it.placeObject = true
	return applied
}

// loneMasculineDemonstrative: n1 is هذا or ذلك standing alone, with no
// definite noun n2 after it that it would point at (هذه alone may be a
// verb's subject, so only the masculine ones).
func loneMasculineDemonstrative(n1, n2 *item) bool {
	return n1 != nil && n1.kind == kFunc && n1.lead == "" && n1.post == "" && lemmaIs(n1, "هذا", "ذلك") &&
		!(n2 != nil && n2.lead == "" && n2.kind == kNoun && n2.def)
}

// A demonstrative standing alone at the start of a clause before a
// preposition (and no verb in the rest of the clause) or before لأن is
// the subject of a nominal sentence, whose copula English says: هذا وفقا
// للأبحاث → this is according to the research, هذه من البديهيات → these
// are (this is) among the obvious things, وهذا لأن الطقس بارد → and this
// is because the weather is cold.
func demonstrativePrepPredicate(g *engine, w *window) verdict {
	it, prev, n1 := w.it, w.prev, w.n1
	d, ok := demonstratives[it.key]
	if !ok || it.kind != kFunc || it.post != "" || it.a == nil || it.a.prep != "" || it.a.pron != "" || !(prev == nil || prev.kind == kPunct && prev.text != "\"") ||
		n1 == nil || n1.lead != "" || n1.kind != kFunc || n1.a == nil || n1.post != "" {
		return pass
	}
	because := n1.key == "لان" && n1.a.e.tag == TagConj
	if !because && !(n1.a.e.tag == TagPrep && n1.a.pron == "" || n1.a.e.tag == TagPhrase && g.prepHead(n1.key)) ||
		n1.key == "من" && w.n2 != nil && w.n2.kind == kAdj { // هذا من أهم الأشياء: the copula rules say "is one of"
		return pass
	}
	// a relative clause has its own verb
	if !because && g.verbInClause(w.its, w.i+2, func(x *item) bool { return x.kind == kFunc && relatives[x.key] }) {
		return pass
	}
	cop := "is"
	if d[0] == d[1] { // هؤلاء، أولئك: plural only
		cop = "are"
	}
	it.text += " " + cop
	return applied
}

// قام with ب + a pronoun or a demonstrative, and no verbal noun to name
// the act, is "do": لقد قمتم بذلك → you did that, الشيء الذي نقوم به →
// the thing that we do, يمكنني القيام بها → I can do it, قامت الحكومة
// بذلك → the government did that (قام بزيارة is qama-b-masdar-is-its-verb's).
func qamaBPronounDo(g *engine, w *window) verdict {
	it := w.it
	n1 := afterSubject(w) // قامت الحكومة بذلك: past the verb's subject
	if it.kind != kVerb || it.key != "قام" || it.a == nil || it.a.pron != "" || it.post != "" || it.a.passive || n1 == nil || n1.a == nil ||
		n1.a.conj != "" || n1.kind != kFunc {
		return pass
	}
	do := g.lex.pastVerb("فعل", 0)
	if do == nil {
		return pass
	}
	switch {
	case n1.key == "ب" && n1.a.e.tag == TagPrep && n1.a.pron != "":
		p := n1.a.pron
		if p == "ه" {
			p = "ها" // قام به: the act is a thing, "it"
		}
		it.post = objectPronoun[p]
		n1.drop = true
	case n1.a.prep == "ب" && lemmaIs(n1, "ذلك", "هذا"):
		n1.objB, n1.objPrep = true, ""
	default:
		return pass
	}
	a := *it.a
	a.e = do
	it.a, it.key = &a, do.ar
	return applied
}
