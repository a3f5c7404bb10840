package lexicon

// Rules of numbers and what they count (cases 2360-2379).

// A verb spelled like a plural noun right after a cardinal number word is
// that noun, which the number counts: اشترى ثلاثة كتب → bought three books
// (كتب, not "wrote"). Only a number word counts: after digits the word may
// open a clause after a year (في 2010 كتب الرئيس).
func numberCountsPluralNoun(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.kind != kVerb || it.a == nil || it.lead != "" || it.mod != "" || it.post != "" || it.a.pron != "" ||
		prev == nil || prev.kind != kNum || prev.key == "" || prev.drop {
		return pass
	}
	if it.a.e.tag != TagVerb || g.pick(it, TagNounPlural) != applied {
		return pass
	}
	return settled
}
