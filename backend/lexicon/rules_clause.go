package lexicon

// Rules of h11-clause: negation with أبدا, أحد as a negated subject,
// clauses opened by ما/من, news passives and quantity nouns.

// A negated verb before أبدا is said with "never" in the place of "not":
// لن نستسلم أبدا → we will never surrender, لم يكذب أبدا → he never lied,
// لا يكذب أبدا → he never lies.
func negatedNever(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kVerb || it.a == nil || n1 == nil ||
		!(it.mod == "لم" || it.mod == "لن" || it.mod == "لا" || (it.mod == "ما" && it.a.vf == vPast)) {
		return pass
	}
	adv := n1
	if n1.lead != "" || !lemmaIs(n1, "ابدا") {
		// one object between: لن ننسى ذلك أبدا → we will never forget that
		adv = w.n2
		if n1.lead != "" || !(n1.kind == kNoun || n1.kind == kName || n1.kind == kFunc && n1.a != nil && n1.a.e.tag == TagPron) {
			return pass
		}
	}
	if adv == nil || adv.lead != "" || !lemmaIs(adv, "ابدا") {
		return pass
	}
	it.never = true
	adv.drop = true
	return applied
}

// neverText renders a verb negated with أبدا (it.never): "will never"
// after لن, "never" + past after لم/ما, "never" + present after لا; a
// stative gloss (be able) keeps its be: was never able.
func neverText(it *item, base, past string, third bool) string {
	a := it.a
	rest, stative := cutBe(base)
	switch {
	case it.mod == "لن":
		return "will never " + base
	case (it.mod == "لم" || it.mod == "ما") && stative:
		return map[bool]string{true: "was never ", false: "were never "}[third || a.person == "1s"] + rest
	case it.mod == "لم" || it.mod == "ما":
		return "never " + past
	case stative && a.person == "1s":
		return "am never " + rest
	case stative:
		return map[bool]string{true: "is never ", false: "are never "}[third] + rest
	case third:
		return "never " + thirdSingular(base)
	}
	return "never " + base
}

func cutBe(base string) (string, bool) {
	if len(base) > 3 && base[:3] == "be " {
		return base[3:], true
	}
	return base, false
}
