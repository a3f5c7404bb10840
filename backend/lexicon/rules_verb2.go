package lexicon

import "strings"

// Verb-clause rules of h13-lexverb2 (cases 2200-2299), in verbRules.

// A third-person verb that takes no direct object (takesNoObject),
// opening a clause, then a prepositional phrase or a time adverb (one or
// two), then a noun that can be its subject (lateSubject) has that noun
// as its subject, put before the verb with its من phrase: شاركت في
// الاجتماع وفود من عشر دول → delegations from ten countries participated
// in the meeting; وقعت في المدينة انفجارات → explosions happened in the
// city. The ت of the verb is then not the speaker's. After another verb
// the noun is as often its object (وجدت في الغرفة رسالة → I found a
// message in the room) and is left.
func subjectAfterAdverbial(g *engine, w *window) verdict {
	it := w.it
	j, ok := g.verbThenAdverbials(w)
	if !ok {
		return pass
	}
	s := liveAfter(w.its, j-1, 1)
	if s == nil || !lateSubject(g, it.a.person, s) {
		return pass
	}
	_, e := collectMembers(w.its, itemIndex(w.its, j, s), nil)
	nx := liveAfter(w.its, e-1, 1)
	switch {
	case nx == nil || nx.kind == kPunct || nx.lead != "" || nx.kind == kVerb:
	case nx.key == "من" && nx.kind == kFunc && nx.post == "":
		nx.text, nx.governed = "from", true // وفود من عشر دول → delegations from ten countries
	case nx.kind == kFunc && nx.a != nil && nx.a.e.tag == TagPrep && nx.post == "":
	default:
		return pass
	}
	it.subjAfter, s.lateSubj = true, true
	return applied
}

// verbThenAdverbials: the word of w is a third-person verb without clitics
// that takes no object and opens its clause, and one or two prepositional
// phrases or time adverbs follow it; j is the position after them.
func (g *engine) verbThenAdverbials(w *window) (j int, ok bool) {
	it := w.it
	if it.kind != kVerb || it.a == nil || it.a.prep != "" || it.a.pron != "" || it.a.e.has(fCopula) || it.inf || it.bare ||
		!(it.a.person == "3ms" || it.a.person == "3fs") || !(clauseStart(w) || it.opens) || !takesNoObject(it) {
		return 0, false
	}
	j, n := w.i+1, 0
	for n < 2 {
		k := g.adverbialEnd(w.its, j)
		if k == j {
			break
		}
		j, n = k, n+1
	}
	return j, n > 0
}

// adverbialEnd returns the index after the prepositional phrase or time
// adverb that starts at its[j] (past dropped words), or j when none does:
// a preposition and its noun phrase (في الاجتماع), a noun phrase with a
// clitic preposition (بالمدينة), a whole prepositional phrase of the
// lexicon (في الوقت نفسه), an adverb (أمس) or a +time noun phrase (صباح
// اليوم).
func (g *engine) adverbialEnd(its []item, j int) int {
	for j < len(its) && its[j].drop {
		j++
	}
	if j >= len(its) {
		return j
	}
	x := &its[j]
	switch {
	case x.kind == kFunc && x.a != nil && x.a.conj == "" && x.lead == "" && x.post == "" && x.a.e.tag == TagPrep && x.key != "من":
		y := liveAfter(its, j, 1)
		if y == nil || !nounlike(y) || y.lead != "" {
			return j
		}
		_, e := collectMembers(its, itemIndex(its, j+1, y), nil)
		return e
	case nounlike(x) && x.a != nil && x.a.conj == "" && x.a.prep != "" && x.a.prep != "ل":
		_, e := collectMembers(its, j, nil)
		return e
	case x.kind == kFunc && x.a != nil && x.lead == "" && x.post == "" && (x.a.e.tag == TagAdv && !strings.Contains(x.key, " ") || g.prepPhrase(x)):
		return j + 1
	case x.kind == kNoun && x.lead == "" && (timeNoun(g, x) || x.has(fPast)) && x.a != nil && x.a.pron == "":
		_, e := collectMembers(its, j, nil)
		return e
	}
	return j
}

// lateSubject: the noun s, after a verb in person p and its adverbial, can
// be that verb's subject: no pronoun, accusative alef or span of time; a
// name (after the feminine not a +masculine one); a definite noun
// agreeing with the verb (after the feminine a feminine singular or a
// plural not of men); an indefinite noun with no determiner, after the
// feminine a feminine singular or a plural not in ون/ين, after the
// masculine a masculine singular that would show the accusative, a
// plural in ون or a broken plural.
func lateSubject(g *engine, p string, s *item) bool {
	if s.lead != "" || s.unknown || s.a == nil || s.a.pron != "" || s.a.tanwin || s.a.dual || timeNoun(g, s) || s.has(fPast) || s.has(fCycle) || s.timeAdv {
		return false
	}
	if s.kind == kName && !s.verbatim {
		return p == "3ms" || !s.has(fMasculine)
	}
	if s.kind != kNoun {
		return false
	}
	if s.def {
		if s.plural && p == "3fs" {
			return !masculinePlural(s)
		}
		return genderAgrees(p, s) && !(p == "3fs" && s.plural)
	}
	if s.det != "" {
		return false
	}
	soundMasc := strings.HasSuffix(s.form, "ون") || strings.HasSuffix(s.form, "ين")
	if p == "3fs" {
		if s.plural {
			return !soundMasc
		}
		fem, ok := nounFeminine(s)
		return ok && fem
	}
	if s.plural {
		// مسؤولون, or a broken plural (وزراء، وفود): its accusative
		// shows no alef when it is a diptote, which the masculine verb
		// makes less likely an object than a subject
		return strings.HasSuffix(s.form, "ون") || s.a.e.tag == TagNounPlural && !strings.HasSuffix(s.form, "ات")
	}
	return nominativeNoun(s) && genderAgrees("3ms", s)
}

// lateSubjectFirst moves the subject that subjectAfterAdverbial found
// after the verb us[i] and its adverbial, with its "of" and من phrases,
// to right after the verb, for frontSubject; it reports whether it did.
func lateSubjectFirst(us []unit, i int) bool {
	s := i + 1
	for s < len(us) && !(us[s].kind == uNP && us[s].it != nil && us[s].it.lateSubj) {
		if us[s].kind == uPunct || us[s].kind == uVerb {
			return false
		}
		s++
	}
	if s >= len(us) || s == i+1 {
		return false
	}
	// h15-lexorder: the number words before the noun go with it (شارك في
	// المؤتمر خمسون وفدا → fifty delegations took part)
	for k := s - 1; k > i+1 && us[k].kind == uOther && us[k].it != nil && us[k].it.kind == kNum && us[k].lead == ""; k-- {
		us[s].text = us[k].text + " " + us[s].text
		us[s].plural = true
		blankUnit(&us[k])
	}
	sub := &us[s]
	for e := s + 1; e < len(us); {
		x := &us[e]
		if x.kind == uNP && x.lead == ofLead {
			sub.text += " of " + x.text
			blankUnit(x)
			e++
			continue
		}
		if x.kind != uOther || x.key != "من" || x.it == nil || !x.it.governed {
			break
		}
		k := e + 1
		for k < len(us) && k < e+3 && us[k].kind == uOther && us[k].it != nil && us[k].it.kind == kNum && us[k].lead == "" {
			k++
		}
		if k >= len(us) || us[k].kind != uNP || us[k].lead != "" {
			break
		}
		for m := e; m <= k; m++ {
			sub.text += " " + us[m].text
			blankUnit(&us[m])
		}
		e = k + 1
	}
	moved := *sub
	copy(us[i+2:s+1], us[i+1:s])
	us[i+1] = moved
	return true
}

// blankUnit empties a unit whose text went into another.
func blankUnit(x *unit) {
	x.kind, x.text, x.lead, x.it = uOther, "", "", nil
}

// takesNoObject: the verb it takes no direct object: a passive, a +be or
// +intransitive line, or form VII (انفعل: انفجر، انسحب، انهار; not form
// VIII of a root in ن, انتظر، انتخب).
func takesNoObject(it *item) bool {
	a := it.a
	if a.passive || a.tamm || a.e.has(fBe) || a.e.has(fIntransitive) {
		return true
	}
	rs := []rune(a.e.ar)
	return len(rs) == 5 && rs[0] == 'ا' && rs[1] == 'ن' && rs[2] != 'ت'
}

// canModalBases are the modals of ability that كان puts in the past,
// bare or with the pronoun of their subject (يمكن، يمكننا، بإمكانه،
// بوسعهم).
var canModalBases = [...]string{"يمكن", "بامكان", "بوسع"}

// canModalPronoun reports whether key is a modal of ability, and the
// pronoun suffix on it ("" for bare يمكن).
func canModalPronoun(key string) (string, bool) {
	if key == "يمكن" {
		return "", true
	}
	for _, b := range canModalBases {
		if p, ok := strings.CutPrefix(key, b); ok && clausePronoun[p] != "" && modals[key] {
			return p, true
		}
	}
	return "", false
}

// كان before a modal of ability (يمكن, or with its subject's pronoun
// يمكننا، بإمكانه) and أن or ل is that modal in the past, "could" (with
// لم "could not"): كان يمكن أن نفوز → we could win; كان بإمكاننا أن
// نفوز → we could win; كان يمكن أن يكون الوضع أسوأ → the situation
// could be worse; لم يكن يمكن أن نفوز → we could not win.
func kanaModalCould(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if !isCopula(it) || it.key != "كان" || it.a.person != "3ms" || it.a.pron != "" || it.a.fut || !(it.mod == "" || it.mod == "لم") ||
		n1 == nil || n1.kind != kFunc || n1.lead != "" || n1.a == nil || n1.a.conj != "" || n1.a.prep != "" || n2 == nil {
		return pass
	}
	p, ok := canModalPronoun(n1.key)
	if n1.a.pron != "" {
		p, ok = n1.a.pron, n1.key == "يمكن" && modals[n1.key+n1.a.pron]
	}
	// h14-lexcopula: or its verbal noun (كان يمكنه الذهاب → he could go,
	// كان يمكن تجنب الحادث → the accident could be avoided)
	masdar := n2.kind == kNoun && n2.lead == "" && n2.a != nil && n2.a.prep == "" && n2.a.pron == "" && (!n2.def || p != "") && !n2.plural && g.masdarVerbGuess(n2.a) != nil
	if !ok || !(n2.key == "ان" && n2.kind == kFunc && n2.lead == "" && n2.post == "" || n2.a != nil && n2.a.prep == "ل" && n2.a.conj == "" && nounlike(n2) || masdar) {
		return pass
	}
	en := "could"
	if it.mod == "لم" {
		en = "could not"
	}
	if p != "" {
		subj := subjectOf(p)
		if p == "ها" {
			subj = "she"
		}
		en = subj + " " + en
	}
	n1.text, n1.post = en, ""
	n1.lead, n1.andSt = it.lead, it.andSt
	it.drop = true
	return applied
}

// An independent pronoun right before a word that says the same subject
// in its English — a +subject phrase whose verb or pronoun suffix is of
// the pronoun's person (نحتاج إلى we need, أريد أن I want to, بإمكاننا we
// can), or a modal with that person's suffix (يمكننا) — is not said
// again, and is no subject of a copula: نحن نحتاج إلى المساعدة → we need
// the help; أنا أريد أن أذهب → I want to go.
func pronounBeforeOwnSubject(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	p := pronounPerson[it.key]
	if p == "" || it.kind != kFunc || it.post != "" || it.a == nil || it.a.pron != "" || n1 == nil || n1.lead != "" || n1.a == nil {
		return pass
	}
	var own string
	switch {
	case n1.has(fSubject):
		own = g.phrasePerson(n1.key)
	case n1.kind == kFunc && n1.a.pron != "" && modals[n1.a.e.ar]:
		own = suffixPerson[n1.a.pron]
	}
	if own != p {
		return pass
	}
	it.drop = true
	n1.lead, n1.andSt = it.lead, it.andSt
	return applied
}

// phrasePerson is the person of the subject that the words of a phrase
// say: that of its first verb other than كان, or of its first pronoun
// suffix (يجب علينا → 1p; of a one-word phrase its longest, بإمكاننا →
// 1p), or "".
func (g *engine) phrasePerson(key string) string {
	for _, w := range strings.Fields(key) {
		a := g.lex.analyze(w, "")
		switch {
		case a == nil:
		case a.e.tag == TagVerb && a.vf != vNone && !a.e.has(fCopula):
			return a.person
		case a.pron != "":
			return suffixPerson[a.pron]
		case a.e.tag == TagPhrase:
			// a one-word phrase (بإمكاننا، يمكننا) is read whole: its
			// longest pronoun suffix
			best := ""
			for suf := range suffixPerson {
				if len(suf) > len(best) && strings.HasSuffix(w, suf) && runeLen(w)-runeLen(suf) >= 3 {
					best = suf
				}
			}
			if best != "" {
				return suffixPerson[best]
			}
		}
	}
	return ""
}
