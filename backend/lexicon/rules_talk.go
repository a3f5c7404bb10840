package lexicon

import "strings"

// Rules of h12-lextalk: the talk register — the pronoun of the matter
// after أن, يوجد before a prepositional phrase.

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
