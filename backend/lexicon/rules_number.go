package lexicon

import "strings"

// Rules of numbers and what they count (cases 2360-2379).

// A verb spelled like a plural noun right after a cardinal number word is
// that noun, which the number counts: اشترى ثلاثة كتب → bought three books
// (كتب, not "wrote"), and after عدة، بضعة (several, a few). Only a number
// word counts: after digits the word may open a clause after a year (في
// 2010 كتب الرئيس).
func numberCountsPluralNoun(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.kind != kVerb || it.a == nil || it.lead != "" || it.mod != "" || it.post != "" || it.a.pron != "" ||
		prev == nil || !(prev.kind == kNum && prev.key != "" || lemmaIs(prev, "عدة", "بضعة", "بضع")) || prev.drop {
		return pass
	}
	if it.a.e.tag != TagVerb || g.pick(it, TagNounPlural) != applied {
		return pass
	}
	return settled
}

// كافة (and جميعا) after a definite noun phrase is "all" before it: دعا
// الرئيس المواطنين كافة → called on all the citizens, زار المحافظات
// كافة → visited all the provinces.
func kaffaAll(g *engine, w *window) verdict {
	it := w.it
	if !lemmaIs(it, "كافة", "جميعا") || it.lead != "" || it.a == nil || it.a.pron != "" {
		return pass
	}
	j := w.i - 1
	for j >= 0 && (w.its[j].drop || w.its[j].kind == kAdj && w.its[j].def && w.its[j].lead == "") {
		j--
	}
	if j < 0 || w.its[j].kind != kNoun || w.its[j].superl != "" {
		return pass
	}
	h := &w.its[j]
	// a definite phrase line (الدول العربية Arab countries) has no det of
	// its own
	phrase := h.det == "" && h.def && h.a != nil && h.a.e.tag == TagPhrase && strings.HasPrefix(h.key, "ال") && !strings.HasPrefix(h.text, "the ")
	if h.det != "the" && !phrase {
		return pass
	}
	h.det, it.drop = "all the", true
	return applied
}

// واحد after an indefinite noun is "one" before it: طرح سؤالا واحدا →
// asked one question, بهدف واحد → by one goal.
func wahidOne(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if !lemmaIs(it, "واحد", "واحدة") || it.lead != "" || it.a == nil || it.a.pron != "" || prev == nil || prev.kind != kNoun || prev.def || prev.det != "" ||
		prev.plural || prev.superl != "" || w.i == 0 || &w.its[w.i-1] != prev {
		return pass
	}
	prev.det, it.drop = "one", true
	return applied
}

// يبلغ عدد سكان (the population of) says no verb of its own: after the
// noun phrase it governs comes "is" (يبلغ عدد سكان الجزيرة نحو عشرين ألف
// نسمة → the population of the island is about twenty thousand
// inhabitants).
func populationIs(g *engine, w *window) verdict {
	it := w.it
	if it.key != "يبلغ عدد سكان" || it.lead != "" && !it.bareAnd() {
		return pass
	}
	n1 := w.n1
	if n1 == nil || n1.lead != "" || !nounlike(n1) {
		return pass
	}
	_, e := collectMembers(w.its, itemIndex(w.its, w.i+1, n1), nil)
	x := liveAfter(w.its, e-1, 1)
	if x == nil || x.lead != "" || !(x.kind == kNum || lemmaIs(x, "نحو", "حوالي", "قرابة", "اكثر من", "أكثر من")) {
		return pass
	}
	x.lead = "is"
	return applied
}

// من + an indefinite noun + إلى أخرى/آخر is "from one … to another": تختلف
// العادات من منطقة إلى أخرى → customs differ from one region to another.
func fromOneToAnother(g *engine, w *window) verdict {
	it, n1, n2, n3 := w.it, w.n1, w.n2, w.n3
	if it.key != "من" || it.kind != kFunc || it.post != "" || it.a == nil || it.a.conj != "" || n1 == nil || n1.kind != kNoun || n1.def || n1.det != "" || n1.plural ||
		n1.lead != "" || n1.a == nil || n1.a.pron != "" || n2 == nil || n2.key != "الى" || n2.lead != "" || n2.post != "" || n3 == nil || !lemmaIs(n3, "اخرى", "اخر") || n3.lead != "" {
		return pass
	}
	it.text, it.governed = "from", true
	n1.det = "one"
	n3.text = "another"
	return applied
}
