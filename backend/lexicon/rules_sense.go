package lexicon

// h15-lexsense: word senses chosen by the features of a verb's object.

// foodObject: the verb's object, right after it or after its definite
// subject (a noun, a name or an adjective read as a noun: المريض, and that subject's adjectives), is a thing eaten, drunk or
// taken as a medicine (+food).
func foodObject(w *window) bool {
	j := nextLive(w.its, w.i)
	if j < 0 || w.its[j].lead != "" {
		return false
	}
	if x := &w.its[j]; x.kind == kNoun && x.has(fFood) {
		return true
	}
	if s := &w.its[j]; !(s.def && (s.kind == kNoun || s.kind == kName || s.kind == kAdj)) {
		return false
	}
	for j = nextLive(w.its, j); j >= 0 && w.its[j].lead == "" && w.its[j].kind == kAdj && w.its[j].def; j = nextLive(w.its, j) {
	}
	return j >= 0 && w.its[j].lead == "" && w.its[j].kind == kNoun && w.its[j].has(fFood)
}

// A verb with a +food line (تناول address / have) takes it before a
// +food object: تناول الرجل الغداء → the man had lunch, يتناول المريض
// الدواء → the patient has the medicine; تناول الاجتماع القضية keeps
// "addressed".
func foodVerbReading(g *engine, w *window) verdict {
	it := w.it
	if it.kind != kVerb || it.a == nil || it.a.passive || it.a.e.has(fFood) || !foodObject(w) {
		return pass
	}
	return when(g.readAsLine(it, func(e *entry) bool { return e.tag == TagVerb && e.has(fFood) }), applied)
}
