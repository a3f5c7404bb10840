package lexicon

import "strings"

// Rules of h12-lextalk: the talk register — the pronoun of the matter
// after أن, يوجد before a prepositional phrase, the speaker's ت.

// speechPron: the pronoun suffixes of the speaker and the listener.
var speechPron = map[string]bool{"ي": true, "ني": true, "نا": true, "ك": true, "كم": true, "كن": true, "كما": true}

// The ه of أنه/إنه/لأنه before a clause that names its own subject is the
// pronoun of the matter (ضمير الشأن), which English does not say: أعرف
// أنه يمكنني المساعدة → I know that I can help, لأنه لديك الخيار →
// because you have the choice, أظن أنه كلما قرأت → I think that whenever I
// read. Before a third-person verb or a noun it stays (قال إنه زار بغداد →
// he said that he visited Baghdad).
func annaMatterPronoun(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kFunc || it.post == "" || it.a == nil || it.a.pron != "ه" || !(it.a.e.tag == TagPart || it.a.e.tag == TagConj) ||
		n1 == nil || n1.lead != "" {
		return pass
	}
	if lemmaIs(n1, "لا", "لن", "لم") && n1.kind == kFunc && n1.post == "" && w.n2 != nil && w.n2.lead == "" {
		n1 = w.n2 // إنه لا يمكنكم الدخول → that you cannot enter
	}
	if !ownSubject(n1) {
		return pass
	}
	it.post = ""
	return settled
}

// ownSubject: the word opens a clause with a subject of its own: a verb
// of the speaker or listener or in ت (a feminine or second person, which
// a masculine ه cannot be the subject of), a possessor or modal with a
// pronoun of the speaker or listener (لدي، يمكنكم، يجب علينا), or a
// subordinating clause starter (كلما، عندما، إذا).
func ownSubject(x *item) bool {
	if x.a == nil {
		return false
	}
	switch x.kind {
	case kVerb:
		p := x.a.person
		return p == "1s" || p == "1p" || p == "2" || x.a.vf == vImpf && (p == "3fs" || p == "3fp")
	case kFunc:
		if speechPron[x.a.pron] && (possessor[x.a.e.ar] || modals[x.key]) {
			return true
		}
		if modals[x.key] || modals[strings.TrimSuffix(x.key, " ان")] {
			return speechModal(x.key)
		}
		return x.post == "" && x.a.pron == "" && (subordinators[x.key] || x.key == "مهما")
	}
	return false
}

// subordinators: the clause starters that open a subordinate clause
// before its main one (كلما، عندما، إذا), after which أنه has no subject
// to stand for.
var subordinators = map[string]bool{"كلما": true, "عندما": true, "اذا": true, "لو": true, "حين": true, "حينما": true, "بينما": true, "اذا ما": true}

// speechModal: a modal phrase with a pronoun of the speaker or listener:
// يمكنني، بوسعكم، يجب علينا (أن).
func speechModal(key string) bool {
	ws := strings.Fields(key)
	if len(ws) == 0 {
		return false
	}
	for p := range speechPron {
		if base, ok := strings.CutSuffix(ws[0], p); ok && modals[base] {
			return true
		}
	}
	for _, x := range ws[1:] {
		for p := range speechPron {
			if base, ok := strings.CutSuffix(x, p); ok && (base == "عل" || base == "علي") {
				return true
			}
		}
	}
	return false
}

// yujad: يوجد/توجد, unnegated or after لا, with no pronoun, not future
// and not an infinitive: the verb of "there is".
func yujad(it *item) bool {
	return it.kind == kVerb && it.key == "وجد" && it.a.vf == vImpf && !it.a.fut && it.a.pron == "" && it.post == "" &&
		(it.a.person == "3ms" || it.a.person == "3fs") && (it.mod == "" || it.mod == "لا") && !it.inf && !it.bare && !it.a.passive
}

// readAsBe gives the verb the copula's entry, keeping its person and
// tense; false when the lexicon has no copula.
func (g *engine) readAsBe(it *item) bool {
	be := g.lex.copula()
	if be == nil {
		return false
	}
	a := *it.a // analyses are shared (cached): copy before changing
	a.e = be
	it.a = &a
	return true
}

// يوجد/توجد before a prepositional phrase and then an indefinite noun
// phrase (its subject) is "there is" too: يوجد في المدينة مستشفى كبير →
// there is in the city a big hospital, توجد لدينا مشكلة → there is with
// us a problem.
func thereIsPrepositional(g *engine, w *window) verdict {
	it := w.it
	if !yujad(it) || w.n1 == nil || w.n1.lead != "" {
		return pass
	}
	if n1 := w.n1; n1.kind == kFunc && n1.a != nil && possessor[n1.a.e.ar] && speechPron[n1.a.pron] && it.mod == "" && indefiniteAt(w.its, w.i+2) != nil {
		it.drop = true // توجد لدينا مشكلة → we have a problem
		return applied
	}
	subj := g.prepThenIndefinite(w.its, w.i+1)
	if subj == nil || !g.readAsBe(it) {
		return pass
	}
	it.there = true
	if it.mod == "لا" && subj.kind == kNoun {
		it.mod = ""
		subj.det = "no"
	}
	if subj.plural && !massNoun(subj.text) || subj.kind == kNum {
		it.a.person = "3mp"
	}
	return applied
}

// prepThenIndefinite: its[i] opens a prepositional phrase (a preposition,
// or a noun with the clitic ب/ل/ك) of definite words, and the word after
// it is an indefinite noun or a number with no clitic: that word.
func (g *engine) prepThenIndefinite(its []item, i int) *item {
	j := i
	for ; j < len(its) && its[j].drop; j++ {
	}
	if j >= len(its) {
		return nil
	}
	x := &its[j]
	switch {
	case x.kind == kFunc && x.a != nil && x.a.e.tag == TagPrep && x.a.conj == "" && x.a.prep == "":
		if x.a.pron != "" { // فيها، لدينا: the phrase ends with it
			return indefiniteAt(its, j+1)
		}
	case x.kind == kFunc && x.a != nil && x.a.e.tag == TagPhrase && x.a.conj == "" && g.prepHead(x.key):
		return indefiniteAt(its, j+1) // في البيت، بالقرب منه
	case (x.kind == kNoun || x.kind == kName) && x.a != nil && x.a.prep != "" && x.a.conj == "" && (x.def || x.kind == kName):
		j-- // the noun is the phrase's first word
	default:
		return nil
	}
	seen := 0
	for k := j + 1; k < len(its) && seen < 4; k++ {
		y := &its[k]
		if y.drop {
			continue
		}
		if seen > 0 && y.lead == "" && (y.kind == kNoun || y.kind == kNum) && !y.def {
			return indefiniteAt(its, k)
		}
		if _, dem := demonstratives[y.key]; dem && seen == 0 && y.kind == kFunc && y.lead == "" {
			continue // في هذه المدرسة
		}
		if !(y.kind == kNoun || y.kind == kAdj || y.kind == kName) || !(y.def || y.kind == kName) || seen > 0 && y.lead != "" {
			return nil
		}
		seen++
	}
	return nil
}

// indefiniteAt: its[k] (or the next live word) is an indefinite noun or a
// number with no clitic.
func indefiniteAt(its []item, k int) *item {
	for ; k < len(its) && its[k].drop; k++ {
	}
	if k >= len(its) {
		return nil
	}
	y := &its[k]
	if y.lead != "" || y.def || !(y.kind == kNoun || y.kind == kNum) {
		return nil
	}
	return y
}

// prepHead: the phrase line key opens with a preposition (في البيت).
func (g *engine) prepHead(key string) bool {
	first, _, ok := strings.Cut(key, " ")
	if !ok {
		return false
	}
	for _, e := range g.lex.words[first] {
		if e.tag == TagPrep {
			return true
		}
	}
	return false
}

// After ما "what" or أين/حيث "where", يوجد/توجد is "is": ما يوجد في
// الصندوق → what is in the box, أين يوجد المطعم؟ → where is the
// restaurant?, حيث توجد المدرسة → where the school is.
func yujadAfterWhatWhere(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if !yujad(it) || it.mod != "" || prev == nil || prev.kind != kFunc || prev.post != "" || !lemmaIs(prev, "ما", "اين", "حيث") {
		return pass
	}
	if !g.readAsBe(it) {
		return pass
	}
	return applied
}

// speakerPastT: the ت of a past verb with no subject, in a line that has
// no one it could stand for — no person, name or title, no feminine noun
// before it or right after it, no ها or هي — is the speaker's: أدركت أن
// الصوت مهم → I realized that sound is important, بدأت بكتابة كتاب → I
// began writing a book (a talk is told in the first person; the ت of
// كان and the verbs of becoming is left to the copula rules, and after
// "if" it is the listener's). Only a form that is also the first person
// (not قالت or انتهت, whose first person is قلت, انتهيت).
func (g *engine) speakerPastT(us []unit, i int) bool {
	a := us[i].it.a
	return a.person == "3fs" && a.vf == vPast && !g.firstPerson && !g.sheMark && a.pron != "ني" && a.pron != "نا" &&
		!a.e.has(fCopula) && !a.e.has(fLinking) && !(i > 0 && conditionals[us[i-1].key]) &&
		g.noSheBefore(us, i) && !feminineAfter(us, i) && firstPersonSpelling(us[i].it)
}

// firstPersonSpelling: the past in ت is spelled like its first person:
// the verb's own stem + ت (أدركت), not a hollow verb's stem with its alef
// (قالت, first person قلت) or a defective one's without its last letter
// (انتهت, انتهيت).
func firstPersonSpelling(it *item) bool {
	rs := []rune(it.a.e.ar)
	n := len(rs)
	// a final hamza on alef (بدأ، قرأ; normalized بدا) keeps its letter in
	// the first person, بدأت, unlike a defective verb's alef (دعا، دعوت)
	// (h14-lextalk3)
	hamza := strings.HasSuffix(it.a.e.orig, "أ")
	if n < 2 || rs[n-2] == 'ا' || rs[n-1] == 'ى' || rs[n-1] == 'ا' && !hamza || rs[n-1] == 'ي' || !strings.Contains(it.form, it.a.e.ar+"ت") {
		return false
	}
	return true
}

// feminineAfter: a feminine noun phrase follows the verb us[i] (past one
// adverb or particle), which may be its subject: توسعت معرفتنا → our
// knowledge expanded.
func feminineAfter(us []unit, i int) bool {
	for j := i + 1; j < len(us) && j <= i+2; j++ {
		x := &us[j]
		if x.kind == uNP && x.lead == "" && x.it != nil && x.it.kind == kNoun && genderAgrees("3fs", x.it) {
			return true
		}
		if x.kind != uOther || x.lead != "" {
			break
		}
	}
	return false
}

// لا + an imperfect in ت opening a clause of a line that ends in "!", or
// opening a line (or a quotation) addressed to someone, is the negative
// imperative, said "don't": لا تغلق الباب! → don't close the door!, لا
// تنس أن تتصل بي → don't forget to call me (not before a feminine noun
// that can be its subject: لا تعمل السيارة! → the car does not work!, and
// not لا تزال "is still").
func laTafalDont(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kVerb || it.mod != "لا" || it.a.vf != vImpf || it.a.fut || it.a.passive || it.lead != "" || it.question ||
		!(it.a.person == "3fs" || it.a.person == "2") || !strings.HasPrefix(it.form, "ت") || !clauseStart(w) || !(exclaimed(w.its, w.i) || lineOpen(w) && g.secondPerson) || it.a.e.has(fCopula|fStill) ||
		n1 != nil && n1.lead == "" && n1.kind == kNoun && genderAgrees("3fs", n1) {
		return pass
	}
	it.setPerson("imp")
	return applied
}

// exclaimed: the sentence of its[i] ends in "!".
func exclaimed(its []item, i int) bool {
	for j := i + 1; j < len(its); j++ {
		if its[j].kind != kPunct {
			continue
		}
		switch its[j].text {
		case "!":
			return true
		case ".", "?", ";":
			return false
		}
	}
	return false
}

// lineOpen: the word opens the line or a quotation.
func lineOpen(w *window) bool {
	return w.prev == nil || w.prev.kind == kPunct && isQuote(w.prev.text)
}

// A noun with the pronoun نا opening a line (or after و) before a
// preposition or an indefinite noun, whose spelling is also the past of a
// verb in the first person plural, is that verb: بحثنا عن حل → we looked
// for a solution, طلبنا مجموعة من الكتب → we ordered a set of books (a
// talk tells what "we" did; before a definite noun the general rule
// clause-initial-noun-with-verb-reading-is-verb reads it).
func initialWeVerb(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kNoun || it.a == nil || it.a.pron != "نا" || it.a.prep != "" || it.a.plural || it.a.dual || it.form == "" ||
		w.prev != nil && w.prev.kind != kPunct || n1 == nil || n1.lead != "" {
		return pass
	}
	prep := n1.kind == kFunc && n1.a != nil && n1.a.e.tag == TagPrep && n1.a.pron == "" && n1.a.conj == ""
	object := (n1.kind == kNoun || n1.kind == kFunc && n1.a != nil && n1.a.e.tag == TagPhrase && g.nominalPhrase(n1.a.e)) &&
		!n1.def && n1.det == "" && n1.a != nil && n1.a.pron == ""
	if !prep && !object {
		return pass
	}
	a := g.lex.pastReading(it.form, "1p")
	if a == nil || a.pron != "" || a.e.has(fCopula) {
		return pass
	}
	*it = g.itemInPlace(a, it)
	return settled
}

// A word of the discourse-opener table opening a line (or a quotation)
// before a comma is the English discourse marker: حسنا، لدي سؤال → well, I
// have a question (حسنا alone stays "okay").
func discourseOpener(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	en, ok := discourseOpeners[it.key]
	if !ok || it.lead != "" || it.post != "" || !lineOpen(w) || n1 == nil || n1.kind != kPunct || n1.text != "," {
		return pass
	}
	it.text = g.esc(en)
	return applied
}

// هو/هي after a verb with the resumptive ه/ها of a relative clause (ما
// أعنيه، الشيء الذي أريده) is the copula of that clause, the subject, and
// what follows, the predicate: ما أعنيه هو أنه يجب → what I mean is that
// we must, ما أريده هو الحرية → what I want is freedom; the resumptive
// pronoun is not said.
func relativeClauseHuwaIs(g *engine, w *window) verdict {
	it, prev, n1 := w.it, w.prev, w.n1
	if !lemmaIs(it, "هو", "هي") || it.kind != kFunc || it.lead != "" || it.post != "" || prev == nil || prev.a == nil ||
		n1 == nil || n1.kind == kVerb || n1.kind == kPunct {
		return pass
	}
	// ما أعنيه as one phrase line (what I mean), or a verb with the
	// resumptive pronoun after a relative
	whatPhrase := prev.kind == kFunc && prev.a.e.tag == TagPhrase && strings.HasPrefix(prev.key, "ما ") && strings.HasSuffix(prev.key, "ه")
	if !whatPhrase && !(prev.kind == kVerb && (prev.a.pron == "ه" || prev.a.pron == "ها") && relativeBefore(w.its, w.i)) {
		return pass
	}
	it.text = "is"
	prev.post = ""
	return settled
}

// relativeBefore: a relative (ما، الذي، التي، من) stands within the four
// words before the verb that precedes its[i].
func relativeBefore(its []item, i int) bool {
	seen := 0
	for j := i - 2; j >= 0 && seen < 4; j-- {
		x := &its[j]
		if x.drop {
			continue
		}
		if x.kind == kPunct {
			return false
		}
		if relatives[x.key] || x.key == "ما" && x.kind == kFunc {
			return true
		}
		seen++
	}
	return false
}

// prepositionIt says the ه after a preposition (به، عليه، فيه، منه، عنه)
// as "it" in a line that names no person and speaks in the first or
// second person, or (h13-lextalk2) has a noun before it — where the ه is
// most often a thing: أنا أفكر فيه كل يوم → I think about it every day,
// الكتاب مهم ويتحدثون عنه → the book is important and they speak about
// it. (Alone, عليه stays "on him".)
func (g *engine) prepositionIt(its []item) {
	if g.human {
		return
	}
	speech := g.firstPerson || g.secondPerson
	thing := false // a noun before it, which the ه may stand for (h13-lextalk2)
	for i := range its {
		it := &its[i]
		if it.kind == kFunc && it.a != nil && it.a.pron == "ه" && it.a.e.tag == TagPrep && it.post == objectPronoun["ه"] && (speech || thing) {
			it.post = objectPronoun["ها"]
		}
		thing = thing || it.kind == kNoun && !it.drop
	}
}

// An independent pronoun of the speaker or the hearer right before a verb
// is that verb's subject, so the verb takes its person: أنا أحب القهوة → I
// love coffee (أحب is also the past "he loved"), أنت تعرف ذلك → you know
// that (تعرف is also "she knows").
func pronounSubjectPerson(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.kind != kVerb || it.a == nil || it.lead != "" || it.mod != "" || it.a.pron != "" || prev == nil || prev.kind != kFunc || prev.lead != "" || prev.post != "" {
		return pass
	}
	switch {
	case prev.key == "انا" && it.a.vf == vPast && it.a.person == "3ms" && it.form != "":
		// the 1s imperfect أفعل is spelled as the 3ms past أفعل
		a := g.lex.impfReading(it.form)
		if a == nil || a.person != "1s" || a.conj != "" || a.e != it.a.e {
			return pass
		}
		*it = g.itemInPlace(a, it)
		return applied
	case (prev.key == "انت" || prev.key == "انتم") && it.a.vf == vImpf && it.a.person == "3fs" && !it.a.passive:
		a := *it.a
		a.person = "2"
		*it = g.itemInPlace(&a, it)
		return applied
	}
	return pass
}
