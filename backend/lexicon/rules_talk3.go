package lexicon

// Rules of h14-lextalk3: the talk register, third round — focus and
// comparison in speech.

// حتى before a preposition (separate or a clitic) is the focus particle
// "even", not "until", which takes a time or a place as its noun: حتى في
// الصيف نلبس المعاطف → even in summer we wear coats, وحتى بالسيارة →
// and even by car. Opening a clause before a definite noun or a pronoun
// and then a verb, it is "even" too: حتى الأطفال يعرفون ذلك → even the
// children know that, حتى هم لا يعرفون → even they do not know (لم نصل
// حتى إلى المدينة keeps "until", as far as; انتظرت حتى الصباح keeps "until").
func hattaEven(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if it.key != "حتى" || it.kind != kFunc || it.a == nil || it.a.e.tag != TagPrep || it.post != "" || it.a.pron != "" || it.a.prep != "" || n1 == nil {
		return pass
	}
	prep := n1.lead == "" && n1.kind == kFunc && n1.a != nil && n1.a.conj == "" && n1.a.pron == "" && !lemmaIs(n1, "الى") &&
		(n1.a.e.tag == TagPrep || n1.a.e.tag == TagPhrase && g.prepHead(n1.key)) ||
		n1.a != nil && n1.a.prep != "" && n1.a.conj == "" && n1.kind != kVerb
	if n2 != nil && n2.kind == kFunc && n2.post == "" && lemmaIs(n2, "لا", "لم", "لن") {
		n2 = w.n3 // حتى هم لا يعرفون
	}
	subject := clauseStart(w) && n1.lead == "" && (n1.kind == kNoun && n1.def || n1.kind == kFunc && n1.a != nil && n1.a.e.tag == TagPron) &&
		n2 != nil && n2.kind == kVerb && n2.lead == ""
	if !prep && !subject {
		return pass
	}
	it.text = "even"
	return applied
}
