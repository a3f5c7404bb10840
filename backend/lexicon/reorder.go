package lexicon

import "strings"

type unitKind uint8

const (
	uOther unitKind = iota
	uNP
	uVerb
	uPunct
)

// unit is a rendered stretch of output: a noun phrase, a verb group or a
// single other item.
type unit struct {
	kind   unitKind
	lead   string
	andSt  bool
	text   string
	glue   bool
	plural bool
	it     *item // first item (verbs: the verb)
	key    string
	nocap  bool // text starts with verbatim source text (Latin, markup)
	def    bool // noun phrases: definite
	adj    bool // an adjective standing alone (a predicate)
	// many: the English opens with a +many quantity (عدة several,
	// العديد من many, كثير), so "there are" before it
	many bool
}

func nounlike(it *item) bool { return it.kind == kNoun || it.kind == kName }

type member struct {
	it   *item
	adjs []*item
	rel  string // "", "of", "appos", "name"
	def  bool
}

// units groups items into noun phrases and renders them in English order.
func (g *engine) units(its []item) []unit {
	out := reuse(&g.sc.us, len(its))
	for i := 0; i < len(its); i++ {
		it := &its[i]
		if it.drop {
			continue
		}
		switch {
		case nounlike(it):
			j, u := g.nounPhrase(its, i)
			out = append(out, u)
			i = j - 1
		case it.kind == kNum && it.of && i+1 < len(its) && nounlike(&its[i+1]) && !its[i+1].drop && its[i+1].lead == "":
			// آلاف المواطنين: "thousands of the citizens" is one noun phrase
			j, u := g.nounPhrase(its, i+1)
			u.text = it.text + " " + u.text
			u.lead, u.andSt, u.glue, u.plural, u.many = it.lead, it.andSt, it.glue, true, it.has(fMany)
			out = append(out, u)
			i = j - 1
		case it.kind == kAdj:
			// an adjective with no noun before it: a predicate or a noun use
			t := it.text
			if it.superl != "" {
				t = it.superl + " " + t // من أبرز الحاضرين → one of the most prominent attendees
			}
			if it.def || it.superl != "" {
				t = "the " + t
			}
			out = append(out, unit{kind: uNP, lead: it.lead, andSt: it.andSt, text: t, glue: it.glue, it: it, key: it.key, adj: true, def: it.def,
				many: !it.def && it.has(fMany)})
		case it.kind == kVerb:
			out = append(out, unit{kind: uVerb, lead: it.lead, andSt: it.andSt, glue: it.glue, it: it, key: it.key})
		case it.kind == kPunct || it.kind == kRaw:
			out = append(out, unit{kind: uPunct, text: it.text, glue: it.glue, it: it, nocap: it.raw})
		default:
			t := it.text
			if it.det != "" {
				t = it.det + " " + t
			}
			if it.post != "" {
				t += " " + it.post
			}
			k := uOther
			if _, ok := demonstratives[it.key]; ok {
				k = uNP // هذا، تلك … stand for a noun phrase (and may be a subject)
			}
			out = append(out, unit{kind: k, lead: it.lead, andSt: it.andSt, text: t, glue: it.glue, it: it, key: it.key, def: k == uNP,
				many: it.det != "" && it.detMany || it.det == "" && it.has(fMany)})
		}
	}
	return out
}

// nounPhrase collects a noun with its adjectives, construct-state
// dependents (إضافة) and appositive names starting at its[i]; it returns
// the index after the phrase.
func (g *engine) nounPhrase(its []item, i int) (int, unit) {
	head := &its[i]
	ms, j := collectMembers(its, i, g.sc.ms)
	g.sc.ms = ms
	def := ms[len(ms)-1].def
	// the article said in English: a superlative makes a construct
	// definite (عاصمة أكبر دولة → the capital of the largest country)
	enDef := def || ms[len(ms)-1].it.superl != ""
	if s, ok := possessiveName(ms); ok {
		// إدارة بايدن → Biden's administration
		return j, unit{kind: uNP, lead: head.lead, andSt: head.andSt, text: s, glue: head.glue, plural: head.plural, it: head, key: head.key, def: true, nocap: ms[1].it.verbatim}
	}
	var b strings.Builder
	b.Grow(phraseLen(its[i:j]))
	many := false
	for k := range ms {
		nextRel := ""
		if k+1 < len(ms) {
			nextRel = ms[k+1].rel
		}
		if m := g.writeMember(&b, its, i, ms[k], k, nextRel, enDef); k == 0 {
			many = m
		}
	}
	return j, unit{kind: uNP, lead: head.lead, andSt: head.andSt, text: b.String(), glue: head.glue, plural: head.plural && !massPlural(head), it: head, key: head.key,
		nocap: head.verbatim && strings.HasPrefix(b.String(), head.text), def: def, many: many}
}

// phraseLen is about the length of the English of its: room for the
// texts, determiners and spaces, so a phrase is written without regrowing.
func phraseLen(its []item) int {
	n := 0
	for k := range its {
		n += len(its[k].text) + len(its[k].det) + len(its[k].post) + len(its[k].lead) + 8
	}
	return n
}

// collectMembers gathers the members of the noun phrase that starts at
// its[i]: the head, the adjectives of each member, and the nouns and names
// joined to it (construct state, complement, apposition, multi-word name).
// It returns them (appended to buf[:0]) and the index after the phrase.
func collectMembers(its []item, i int, buf []member) ([]member, int) {
	head := &its[i]
	ms := append(buf[:0], member{it: head, def: head.def})
	j := i + 1
	for ; j < len(its); j++ {
		nx := &its[j]
		if nx.drop {
			continue
		}
		last := &ms[len(ms)-1]
		if takesAdjective(ms, nx) {
			target := last
			if last.it.kind == kName && len(ms) > 1 {
				if last.rel != "of" {
					break
				}
				target = &ms[len(ms)-2]
			} else if k := agreeingMember(ms, nx); k >= 0 {
				target = &ms[k]
			}
			target.adjs = append(target.adjs, nx)
			continue
		}
		if !nounlike(nx) || nx.lead != "" || nx.raw && nx.kind != kName {
			break
		}
		rel, def, ok := joinRelation(last, nx)
		if !ok || nx.timeAdv && rel != "of" && rel != "comp" {
			// a time adverbial is only a construct's dependent (نهاية
			// العام الماضي → the end of last year): زار بغداد في أكتوبر
			// الماضي → visited Baghdad last October
			break
		}
		ms = append(ms, member{it: nx, rel: rel, def: def})
	}
	return ms, j
}

// agreeingMember is the index of the earlier member of a construct that
// the adjective nx qualifies when it cannot qualify the last one: its
// gender or number is the other (سياسة الحزب الخارجية → the foreign
// policy of the party, مدير المدرسة الجديد → the new director of the
// school, أنصار حماية البيئة المهمين → the important supporters of the
// protection of the environment); -1 when it agrees with the last member
// or a gender or number on the way is not known.
func agreeingMember(ms []member, nx *item) int {
	if len(ms) < 2 || ms[len(ms)-1].rel != "of" {
		return -1
	}
	if ok, known := adjectiveAgrees(ms[len(ms)-1].it, nx); ok || !known {
		return -1
	}
	for k := len(ms) - 2; k >= 0 && ms[k+1].rel == "of"; k-- {
		ok, known := adjectiveAgrees(ms[k].it, nx)
		if !known {
			return -1
		}
		if ok {
			return k
		}
	}
	return -1
}

// adjectiveAgrees reports whether the adjective nx can qualify the noun
// n, in number (a plural or dual adjective needs a plural noun) and, for
// a singular noun, in gender; known is false when the words do not show
// it (a feminine singular adjective after a plural, which may be of
// things).
func adjectiveAgrees(n, nx *item) (ok, known bool) {
	nf, singular := nounFeminine(n)
	if nx.a != nil && (nx.a.plural || nx.a.dual || nx.a.e.tag == TagAdjPlural) {
		if singular {
			return false, true
		}
		return n.kind == kNoun && n.plural, n.kind == kNoun && n.plural
	}
	af, formKnown := formFeminine(nx.form)
	switch {
	case !formKnown:
		return false, false
	case singular:
		return nf == af, true
	case n.kind == kNoun && n.plural && !af:
		// a plural takes a plural adjective or, if of things, the
		// feminine singular: never the masculine singular
		return false, true
	}
	return false, false
}

// takesAdjective reports whether nx is an adjective agreeing in
// definiteness with the last member of ms (an indefinite one with a noun
// after an indefinite quantifier: عدة جوائز أدبية → several literary
// awards). An unknown name takes no
// adjective (تولى ستارلين مهمة); names take no adjectives: مطار بغداد الدولي
// is the international airport of Baghdad; after a title and a name
// (الملك سلمان السياسي) the adjective starts a new phrase.
func takesAdjective(ms []member, nx *item) bool {
	last := &ms[len(ms)-1]
	return nx.kind == kAdj && (nx.lead == "" || (nx.bareAnd() && len(last.adjs) > 0)) && (nx.def == last.def || !nx.def && last.it.quantDef) &&
		!(len(ms) == 1 && last.it.kind == kName && (last.it.unknown && !last.it.unknownDef || !nx.def)) && !numberClash(ms, nx)
}

// numberClash: nx is a plural or dual adjective and every member of ms a
// singular common noun, which it cannot qualify; it is a noun phrase of
// its own (زار الرئيس المصابين → the president visited the injured).
func numberClash(ms []member, nx *item) bool {
	if nx.a == nil || !(nx.a.plural || nx.a.dual || nx.a.e.tag == TagAdjPlural) {
		return false
	}
	for k := range ms {
		if _, ok := nounFeminine(ms[k].it); !ok {
			return false
		}
	}
	return true
}

// joinRelation names how the noun-like nx joins the phrase after its last
// member, with the definiteness the phrase then has; ok is false when nx
// starts a new phrase.
func joinRelation(last *member, nx *item) (rel string, def, ok bool) {
	lt := last.it
	switch {
	case lt.object && len(last.adjs) == 0:
		// a +object word, whose English ends in a preposition, takes
		// the next noun phrase as its complement: المتحدث باسم الحكومة →
		// the spokesman for the government
		return "comp", nx.def, true
	case lt.kind == kNoun && (!lt.def && lt.det == "" || lt.quantOf) && len(last.adjs) == 0 && !(nx.a != nil && nx.a.tanwin):
		// construct state (إضافة): the first noun has no article; after a
		// place noun an unknown word is its name (مدينة ماريوبول → the city
		// of Maryubul); a noun in the accusative tanwin (تقريرا) is no
		// genitive (h13-lexpud)
		return "of", nx.def || lt.has(fPlace) && nx.kind == kName, true
	case lt.kind == kNoun && lt.def && (lt.det == "the" || lt.det == "") && nx.kind == kName && !nx.unknownDef && isTitle(lt) && !nx.has(fGeo):
		// a name after a title: الرئيس بايدن; not الحكومة بغداد, nor a
		// place, the object of the verb before (h15-lexorder: زار أمس
		// الرئيس الفرنسي بغداد → the French president visited Baghdad)
		return "appos", true, true
	case lt.kind == kName && nx.kind == kName && len(last.adjs) == 0 && !(nx.has(fGeo) && !lt.has(fGeo)):
		// a name of several words is as definite as its first word; a
		// place name after a name that is no place starts a phrase of its
		// own, the verb's object or an adverbial (زار أحمد باريس → Ahmed
		// visited Paris): a person named after a place is one entry of
		// the lexicon (جورج واشنطن)
		return "name", last.def || nx.def, true
	}
	return "", false, false
}

// possessiveName renders a two-member construct whose dependent is a known
// name as an English possessive: إدارة بايدن → Biden's administration; a
// place before its name is "the … of" (مدينة حلب → the city of Aleppo).
func possessiveName(ms []member) (string, bool) {
	if !(len(ms) == 2 && ms[1].rel == "of" && ms[1].it.kind == kName && !ms[1].it.unknown && ms[1].it.det == "" &&
		len(ms[1].adjs) == 0 && ms[0].it.det == "" && ms[0].it.superl == "" && ms[0].it.kind == kNoun && !ms[0].it.has(fPlace)) {
		return "", false
	}
	var b strings.Builder
	b.WriteString(ms[1].it.text)
	b.WriteString("'s")
	for x := range ms[0].adjs {
		b.WriteByte(' ')
		b.WriteString(ms[0].adjs[len(ms[0].adjs)-1-x].text)
	}
	b.WriteByte(' ')
	b.WriteString(ms[0].it.text)
	return b.String(), true
}

// writeMember writes member m (the k-th of its phrase; nextRel is the
// relation of the member after it, def the phrase's definiteness) with its
// determiner and adjectives in English order. It reports whether the
// member's English opens with a +many quantity: its determiner (عدة
// مشاكل), its first adjective (مشاكل كثيرة) or itself.
func (g *engine) writeMember(b *strings.Builder, its []item, i int, m member, k int, nextRel string, def bool) (many bool) {
	if k > 0 && m.rel == "of" {
		b.WriteString(" of")
	}
	title := nextRel == "appos" && isTitle(m.it)
	t := m.it.text
	det := g.memberDet(its, i, m, k, nextRel, def, title)
	switch {
	case det != "":
		many = m.it.detMany
	case len(m.adjs) > 0:
		many = firstAdjective(m.adjs).has(fMany)
	default:
		many = m.it.has(fMany)
	}
	if det != "" {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(det)
		// a phrase glossed with its article (شاهد عيان → an eyewitness)
		// takes the determiner instead
		if r, ok := strings.CutPrefix(t, "a "); ok && len(m.adjs) == 0 {
			t = r
		} else if r, ok := strings.CutPrefix(t, "an "); ok && len(m.adjs) == 0 {
			t = r
		}
	}
	if r, ok := strings.CutPrefix(t, "two "); ok && len(m.adjs) > 0 && m.it.kind == kNoun && m.it.a != nil && m.it.a.dual {
		// the number before the adjectives: الحزبان الديمقراطيان → the two
		// democratic parties
		writeWord(b, "two")
		t = r
	}
	writeAdjectives(b, m.adjs, title)
	if b.Len() > 0 {
		b.WriteByte(' ')
	}
	if title {
		t = capitalizeWords(t)
	}
	b.WriteString(t)
	if m.it.post != "" {
		b.WriteByte(' ')
		b.WriteString(m.it.post)
	}
	return many
}

// firstAdjective is the adjective writeAdjectives says first, or nil when
// a conjunction or comma comes first.
func firstAdjective(adjs []*item) *item {
	lastAndIdx := -1
	for x, a := range adjs {
		if a.lead != "" {
			lastAndIdx = x
		}
	}
	if lastAndIdx < len(adjs)-1 {
		return adjs[len(adjs)-1]
	}
	if adjs[0].lead == "" {
		return adjs[0]
	}
	return nil
}

// memberDet chooses the English determiner of a noun-phrase member.
func (g *engine) memberDet(its []item, i int, m member, k int, nextRel string, def, title bool) string {
	det := m.it.det
	switch {
	case title && det == "the":
		return ""
	case m.it.superl != "" && det != "" && det != "the":
		return det + " " + m.it.superl // أقرب أصدقائي → my closest friends
	case m.it.superl != "":
		return "the " + m.it.superl
	case det == "the" && (k == 0 || m.rel == "of") && nextRel == "" && m.it.generic && !m.it.specific && !beforeRelative(its, i, m.it):
		// a generic plural or mass noun (see rules_noun.go): الأطفال يحبون
		// اللعب → children love playing; the last dependent of a
		// construct (rules_article.go): انتشار الأمراض → the spread of
		// diseases
		return ""
	case det == "the" && nextRel == "" && len(m.adjs) == 0 && m.it.kind == kNoun && m.it.a != nil && m.it.a.def && m.it.a.pron == "" && !m.it.specific &&
		m.it.has(fAbstract) && (!m.it.plural || m.it.a.e.tag == TagNounPlural) && !beforeRelative(its, i, m.it):
		// Arabic gives generic and abstract nouns the article, English
		// does not (a +abstract noun): الحياة → life, تاريخ البشرية → the
		// history of humanity, الهجرة مشكلة → migration is a problem; a
		// relative clause makes it specific (الهجرة التي بدأت → the
		// migration that began); a plural made from the line is countable
		// (الأدوية → the medicines)
		return ""
	case det == "" && nextRel == "of" && def && m.it.kind == kNoun:
		return "the"
	case det == "" && k == 0 && !def && m.it.kind == kNoun && !m.it.plural && !m.it.def && m.it.a != nil && m.it.a.e.tag == TagNoun && !g.determined(its, i):
		if massNoun(m.it.text) || pluralNoun(m.it.text) || len(m.adjs) == 0 && bareMassNouns[m.it.text] {
			// English mass nouns take no indefinite article: نمو
			// اقتصادي → economic growth; a bare-mass noun only without an
			// adjective (وقت → time, وقت طويل → a long time); nor does an
			// English plural said for an Arabic collective noun (تفاح →
			// apples)
			return ""
		}
		first := m.it.text
		if len(m.adjs) > 0 {
			// the first adjective said in English (see writeAdjectives)
			first = m.adjs[len(m.adjs)-1].text
			if hasAndAdj(m.adjs) && m.adjs[len(m.adjs)-1].lead != "" {
				first = m.adjs[0].text
			}
		}
		if startsWithVowelSound(first) {
			return "an"
		}
		return "a"
	}
	return det
}

// beforeRelative: the word after it (a member of the phrase starting at
// its[i]) is a relative pronoun (الذي، التي) and it is not a +person
// noun.
func beforeRelative(its []item, i int, it *item) bool {
	for k := i; k < len(its); k++ {
		if &its[k] == it {
			n := liveAfter(its, k, 1)
			// people who sleep well: a +person noun stays generic
			return n != nil && relatives[n.key] && n.lead == "" && !it.has(fPerson)
		}
	}
	return false
}

// massNoun reports whether the English noun (the last word of the gloss)
// is a mass noun of the mass-noun table in grammar/english.tsv.
func massNoun(en string) bool {
	if i := strings.LastIndexByte(en, ' '); i >= 0 {
		en = en[i+1:]
	}
	return massNouns[en]
}

// pluralNoun reports whether the English noun (the last word of the gloss)
// is of the plural-noun table in grammar/english.tsv: a plural said for a
// singular Arabic collective noun (تفاح apples, بيض eggs).
func pluralNoun(en string) bool {
	if i := strings.LastIndexByte(en, ' '); i >= 0 {
		en = en[i+1:]
	}
	return pluralNouns[en]
}

// massPlural: a plural entry (np) whose English is a mass noun of
// grammar/english.tsv (مياه water, معلومات information, أخبار news): the
// English takes singular agreement (المياه ملوثة → the water is polluted).
func massPlural(it *item) bool {
	return it.kind == kNoun && it.a != nil && it.a.e.tag == TagNounPlural && !it.a.dual && massNoun(it.text)
}

// writeAdjectives writes a member's adjectives in English order. Arabic
// puts the most intrinsic adjective next to the noun, and so does English,
// from the other side: reverse them. A coordinated run (A و B و C) keeps
// its order as "A, B and C", after any adjectives that follow it in Arabic:
// العسكرية والدبلوماسية الأمريكية → American military and diplomatic.
func writeAdjectives(b *strings.Builder, adjs []*item, title bool) {
	lastAndIdx := -1
	for x, a := range adjs {
		if a.lead != "" {
			lastAndIdx = x
		}
	}
	for x := len(adjs) - 1; x > lastAndIdx; x-- {
		writeWord(b, capIf(adjs[x].text, title))
	}
	for x := 0; x <= lastAndIdx; x++ {
		a := adjs[x]
		switch {
		case a.lead != "" && x < lastAndIdx:
			b.WriteString(",")
			writeWord(b, capIf(a.text, title))
		case a.lead != "":
			writeWord(b, a.lead)
			writeWord(b, capIf(a.text, title))
		default:
			writeWord(b, capIf(a.text, title))
		}
	}
}

func capitalizeWords(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		if w != "of" && w != "the" && w != "and" {
			f[i] = capitalize(w)
		}
	}
	return strings.Join(f, " ")
}

// verbs moves a nominal subject before a clause-initial verb (VSO → SVO)
// and supplies the dropped subject pronoun of a clause-initial verb.
func (g *engine) verbs(us []unit) {
	for i := range us {
		u := &us[i]
		if u.kind == uOther && u.it != nil && u.it.phraseSubj {
			frontPhraseSubject(us, i) // h15-lexorder
			continue
		}
		if u.kind != uVerb {
			continue
		}
		if u.it.cliticPP {
			moveCliticPrep(us, i) // h15-lexorder
		}
		if raisedSubject(us, i) {
			continue
		}
		if u.it.subject != "" {
			u.text, u.kind = verbText(u.it, u.it.subject, false), uOther
			continue
		}
		initial := clauseInitial(us, i)
		// ما, or a relative phrase (هذا ما، وهو ما، الأمر الذي): a verb
		// after it with a subject of its own puts that subject first
		what := i > 0 && (us[i-1].key == "ما" || us[i-1].it.has(fRelative)) && us[i-1].it != nil && us[i-1].it.post == ""
		rel := i > 0 && relatives[us[i-1].key] || what
		asked := u.it.question && i > 0 && interrogatives[us[i-1].key]
		if u.it.modalFront && i > 0 && us[i-1].it != nil && !asked {
			asked, _ = questionModal(us[i-1].it) // كيف يمكن أن يتغير العالم
		}
		if u.it.subjAfter && lateSubjectFirst(us, i) {
			frontSubject(us, i)
			continue
		}
		if (initial || rel || asked) && fronts(us, i) {
			frontSubject(us, i)
			continue
		}
		if initial && adverbBeforeSubject(us, i) {
			us[i+1], us[i+2] = us[i+2], us[i+1]
			if fronts(us, i) {
				frontSubject(us, i)
				continue
			}
			us[i+1], us[i+2] = us[i+2], us[i+1]
		}
		if (initial || rel || asked) && u.it.advSubj && i+2 < len(us) && us[i+2].kind == uNP {
			// h15-lexorder: بدأت أولا النساء → the women began first
			us[i+1], us[i+2] = us[i+2], us[i+1]
			if fronts(us, i) {
				if x := us[i+2].it; x != nil && x.has(fPast) && i+3 < len(us) && us[i+3].kind == uNP && us[i+3].lead == "" {
					// زار أمس الرئيس بغداد. → the president visited
					// Baghdad yesterday: a time of the past goes after an
					// object that ends the clause
					if e := npRunEnd(us, i+3); e >= len(us) || us[e].kind == uPunct {
						rotateLeft(us[i+2 : e])
					}
				}
				frontSubject(us, i)
				continue
			}
			us[i+1], us[i+2] = us[i+2], us[i+1]
		}
		if u.it.vos && placeSubjectAfter(us, i) {
			frontSubject(us, i)
			continue
		}
		g.imperative(us, i)
		if what && u.it.a.pron == "" && u.it.a.person == "3ms" {
			// ما حدث → what happened: with no object pronoun ما is the
			// subject
			what = false
		}
		subj := g.droppedSubject(us, i, initial || what)
		if u.it.question {
			if subj == "" {
				subj = subjectPronoun[u.it.a.person]
				if u.it.a.person == "3fs" && g.secondPerson {
					subj = "you"
				}
			}
			if u.it.a.person == "3fs" && u.it.a.vf == vImpf && subj == subjectPronoun["3fs"] {
				subj = "you" // هل تشعر بألم → do you feel pain (no subject follows)
			}
			u.text = questionText(u.it, subj, subj == "you")
		} else {
			u.text = verbText(u.it, subj, subj == "you" || pluralBefore(us, i))
		}
		u.kind = uOther
	}
}

// raisedSubject renders من المتوقع أن يزور الرئيس بغداد as "the president
// is expected to visit Baghdad": after a من-adjective phrase that ends in
// "to", the definite subject of the verb goes before the phrase.
func raisedSubject(us []unit, i int) bool {
	u := &us[i]
	if i == 0 || !u.it.bare || i+1 >= len(us) || us[i+1].kind != uNP || !us[i+1].def || us[i+1].lead != "" || us[i+1].adj {
		return false
	}
	p, s := &us[i-1], &us[i+1]
	if p.it == nil || !p.it.has(fTo) || !strings.HasPrefix(p.key, "من ال") || !strings.HasPrefix(p.text, "is ") ||
		!(u.it.a.person == "3ms" || u.it.a.person == "3fs") || !genderAgrees(u.it.a.person, s.it) {
		return false
	}
	if (i+2 >= len(us) || us[i+2].kind == uPunct) && (s.it == nil || s.it.kind != kNoun) {
		return false // من المتوقع أن يزور بغداد: a name alone after the verb is its object
	}
	be := p.text
	if s.plural {
		be = "are" + be[len("is"):]
	}
	u.text = s.text + " " + be + " " + verbText(u.it, "", s.plural)
	u.lead, u.andSt, u.kind, u.nocap = p.lead, p.andSt, uOther, s.nocap
	p.text, p.lead, p.kind = "", "", uOther
	s.text, s.kind, s.it = "", uOther, nil
	return true
}

// clauseInitial reports whether the verb us[i] starts a clause: nothing,
// punctuation or a clause starter (إن، أن، ثم …) before it. An opening
// quote does not start a clause: إن بايدن "يتطلع.
func clauseInitial(us []unit, i int) bool {
	if us[i].it != nil && us[i].it.opens {
		return true
	}
	p := i - 1
	for p >= 0 && us[p].kind == uPunct && isQuote(us[p].text) {
		p--
	}
	if p >= 0 && us[p].kind == uNP && (us[p].lead == "" || us[p].andSt) && us[p].it != nil && us[p].it.timeAdv {
		p-- // الأسبوع الماضي زار الرئيس بغداد → last week the president visited Baghdad
		if p >= 0 && us[p].kind == uNP {
			return false
		}
	}
	initial := p < 0 || us[p].kind == uPunct || clauseStarters[us[p].key] || thatPhrase(&us[p]) || (us[p].kind == uOther && us[p].it != nil && us[p].it.post != "" && clauseStarters[strings.TrimSuffix(us[p].key, "ه")])
	if p >= 0 && p < i-1 && us[p].kind == uNP {
		initial = false
	}
	// thatPhrase (h12-lexperson): a phrase ending in أن (أعتقد أن I think
	// that) opens the clause after it, as أن alone does: أعتقد أن ارتفعت
	// الأسعار → I think that the prices rose
	return initial
}

// fronts reports whether the noun phrase after the third-person verb us[i]
// is its subject, to be put before it (VSO → SVO): definite, or after an
// intransitive verb, agreeing in gender, not the verb's fixed object.
func fronts(us []unit, i int) bool {
	u := &us[i]
	a := u.it.a
	if numberSubject(us, i) > 0 {
		return clauseSubjectSlot(us, i)
	}
	if u.it.gapSubject || u.it.placeObject || i+1 >= len(us) || us[i+1].kind != uNP || us[i+1].lead != "" || us[i+1].it != nil && us[i+1].it.objB {
		// (objB: a clitic ب or ل object with no English preposition:
		// انضم للفريق → he joined the team)
		return false
	}
	if u.it.vso && !u.it.there && !u.it.inf && !u.it.bare && u.it.a.prep == "" && !(i > 0 && us[i-1].it != nil && us[i-1].it.post != "") {
		return true // a verb rule found the subject (يوجد حل → there is a solution is no subject)
	}
	nx := &us[i+1]
	if nx.adj && !nx.def {
		return false // an indefinite adjective is a predicate, not a subject
	}
	if a.e.has(fCopula) && !a.e.has(fStill) && !a.tamm && nx.it != nil && (nx.adj ||
		(nx.it.kind == kNoun && !nx.def || u.it.impersonal) && (i+2 >= len(us) || us[i+2].kind == uPunct)) {
		// كان سهلا → it was easy; كانت مشكلة كبيرة. → it was a big
		// problem; لكن ليس الكلور → but not chlorine: an adjective, or a
		// noun phrase with nothing after it, is the predicate
		return false
	}
	if nx.it != nil && nx.it.quantDef && !takesNoObject(u.it) {
		// عدة، بضعة show no case: after a verb that takes an object the
		// phrase is that object (زار عدة دول → he visited several
		// countries)
		return false
	}
	accusative := nx.it != nil && nx.it.a != nil && nx.it.a.tanwin // جنديا: an object
	slot := intransitiveSlot(us, i+2) || i+2 < len(us) && !a.e.has(fCopula) && prepositionSlot(us, i+2)
	subjectLike := nx.def || a.tamm || (nx.it != nil && nx.it.unknown) || !accusative && slot ||
		(!nx.adj && nx.it != nil && nx.it.kind == kNoun && (definiteObjectSlot(us, i+2) || thatClauseAhead(us, i+2)))
	return subjectLike && a.prep == "" && !u.it.there && !u.it.inf && (!u.it.bare || u.it.modalFront) &&
		(a.person == "3ms" || a.person == "3fs") && !(i > 0 && us[i-1].it != nil && us[i-1].it.post != "") &&
		(a.tamm || u.it.had || genderAgrees(a.person, nx.it)) && (a.passive || !fixedObject(u.it, nx.it))
}

// placeSubjectAfter: after the verb us[i] and its place-name object the
// noun phrase that a verb rule found to be its subject (زار بغداد الرئيس
// الفرنسي) goes before the name, with its "of" phrases, so that
// frontSubject puts it first: the French president visited Baghdad.
func placeSubjectAfter(us []unit, i int) bool {
	if i+2 >= len(us) || us[i+1].kind != uNP || us[i+1].lead != "" || us[i+2].kind != uNP || us[i+2].lead != "" || us[i+2].adj {
		return false
	}
	e := i + 3
	if e+1 < len(us) && us[e].kind == uOther && us[e].key == "من" && us[e].it != nil && us[e].it.post == "" && us[e+1].kind == uNP && us[e+1].lead == "" {
		// زار دمشق وفد من البنك → a delegation of the bank: the من
		// phrase joins the subject
		s := &us[i+2]
		s.text += " " + strings.TrimSpace(us[e].lead+" "+us[e].text) + " " + us[e+1].text
		for k := e; k <= e+1; k++ {
			us[k].kind, us[k].text, us[k].lead, us[k].it = uOther, "", "", nil
		}
		e += 2
	}
	rotateLeft(us[i+1 : ofRunEnd(us, e)])
	return true
}

// numberSubject: a number and its noun phrase after a passive (تم اعتقال
// ثلاثة أشخاص → three people were arrested) or after a verb that takes no
// object (وصل ثلاثة رجال إلى المدينة → three men arrived in the city) are
// its subject; a span of time after it is none (انتظر ثلاث ساعات). The
// number may be two words (خمسة آلاف لاجئ); numberSubject returns the
// index of the noun phrase, or 0.
func numberSubject(us []unit, i int) int {
	it := us[i].it
	a := it.a
	if !(a.tamm || a.passive || takesNoObject(it)) || !(a.person == "3ms" || a.person == "3fs") {
		return 0
	}
	k := i + 1
	for k < len(us) && k < i+3 && us[k].kind == uOther && us[k].it != nil && us[k].it.kind == kNum && us[k].lead == "" {
		k++
	}
	if k == i+1 || k >= len(us) || us[k].kind != uNP || us[k].lead != "" || us[k].def || us[k].it != nil && us[k].it.has(fTime) {
		return 0
	}
	return k
}

// clauseSubjectSlot: nothing before the verb us[i] takes its subject.
func clauseSubjectSlot(us []unit, i int) bool {
	return !us[i].it.gapSubject && !(i > 0 && us[i-1].it != nil && us[i-1].it.post != "")
}

// frontSubject renders the subject after the verb us[i] first, then the
// verb; the verb's clitics lead the pair. The subject runs on through "of"
// phrases and names: السكرتيرة الصحفية للبيت الأبيض جين ساكي.
func frontSubject(us []unit, i int) {
	if k := numberSubject(us, i); k > 0 {
		// the number joins its noun phrase, which is plural
		n := &us[k]
		for j := k - 1; j > i; j-- {
			n.text = us[j].text + " " + n.text
			us[j].text, us[j].it = "", nil
		}
		n.plural = true
		us[i+1], us[k] = us[k], us[i+1]
	}
	u, s := &us[i], &us[i+1]
	subj := s.text
	u.nocap = s.nocap
	plural := s.plural
	s.kind, s.text, s.lead = uOther, "", ""
	s.it = nil
	ofSeen := false
	for k := i + 2; k < len(us); k++ {
		x := &us[k]
		// a name after an "of" phrase is the subject's name
		personName := ofSeen && x.lead == "" && x.it != nil && x.it.kind == kName && x.it.det == "" && !strings.HasPrefix(x.it.key, "ال")
		// ناقش الكاظمي والمبعوث الأمريكي ماكغورك: a coordinated
		// person (a name or a title) joins the subject
		andPerson := x.lead == andLead && x.it != nil && (x.it.kind == kName && !x.it.unknown || isTitle(x.it))
		// وفد من البنك: the من phrase a verb rule joined to the subject
		from := k == i+2 && (u.it.vso || u.it.vos) && (x.lead == fromLead || x.it != nil && x.it.withSubj)
		if x.kind != uNP || !(x.lead == ofLead || personName || andPerson || from) {
			break
		}
		if andPerson {
			plural = true
		}
		ofSeen = ofSeen || x.lead == ofLead
		subj += " " + strings.TrimSpace(x.lead+" "+x.text)
		x.kind, x.text, x.lead = uOther, "", ""
		x.it = nil
	}
	if u.it.apposSubj {
		subj = frontApposition(us, i+2, subj) // h15-lexorder
	}
	if u.it.question {
		u.text = questionText(u.it, subj, plural)
	} else {
		u.text = subj + " " + verbText(u.it, "", plural)
	}
	u.kind = uOther
}

// imperative reads ارفع يدك as an imperative: a line opening with أفعل,
// addressed to "you" and with no other first person.
func (g *engine) imperative(us []unit, i int) {
	a := us[i].it.a
	// the imperative of form I opens with the bare alef of اُكتب; a
	// prefix typed as أ (أظن أنك، أعرف أنك) is "I", unless the verb is of
	// form IV, whose imperative is spelled أفعل
	if i == 0 && a.vf == vImpf && a.person == "1s" && !a.fut && us[i].it.mod == "" && (g.secondPerson && formIVLemma(a.e) || a.bareAlef) && g.firstMarks == 1 {
		c := *a
		c.person = "imp"
		us[i].it.a = &c
		return
	}
	if (imperativeOpens(us, i) || g.secondPerson && afterComma(us, i)) && derivedImperativeShape(a) && (g.secondPerson || a.pron == "ني") && us[i].it.mod == "" && !us[i].it.question &&
		!(i+1 < len(us) && us[i+1].kind == uNP && us[i+1].lead == "" && us[i+1].def) {
		// أخبرني عن الألم → tell me about the pain: the past of forms II–IV
		// is spelled like their imperative; opening a line addressed to
		// someone, with no subject after it, it is the imperative
		c := *a
		c.person = "imp"
		us[i].it.a = &c
		return
	}
	if g.pluralImperative(us, i) {
		c := *a
		c.person = "imp"
		us[i].it.a = &c
	}
}

// pluralImperative: تخيلوا عالما، صدقوني، أرجوكم ساعدوني. A past in وا of
// a derived form is spelled like the plural imperative; opening a line
// (or after a clause starter or a word that asks the listener), with no
// subject before it and no particle, it speaks to the audience (not a
// +be verb: اضطروا → they were forced). A plural
// subject after a verb takes the singular (تخيل الطلاب), so a noun after
// وا is its object.
func (g *engine) pluralImperative(us []unit, i int) bool {
	a := us[i].it.a
	if a.person != "3mp" || a.vf != vPast || a.e.has(fBe) || us[i].it.mod != "" || us[i].it.question || us[i].it.lead != "" || a.conj != "" {
		return false
	}
	c := *a
	c.person = "3ms"
	if !derivedImperativeShape(&c) {
		return false
	}
	return imperativeOpens(us, i)
}

// imperativeOpens: the verb us[i] opens the line, or follows an
// imperative-opener (ولكن) or a word that asks the listener (أرجوكم،).
func imperativeOpens(us []unit, i int) bool {
	if i == 0 {
		return true
	}
	if i == 1 && us[0].kind == uOther && imperativeOpeners[us[0].key] {
		return true
	}
	j := i - 1
	if us[j].kind == uPunct {
		j--
	}
	return j == 0 && us[0].it != nil && us[0].it.has(fAddress)
}

// afterComma: the verb us[i] follows a comma that closes a clause (وعندما
// تأكل، تأكد من → when you eat, make sure): in a line addressed to
// "you", a verb spelled like the imperative there is one.
func afterComma(us []unit, i int) bool {
	return i > 1 && us[i-1].kind == uPunct && us[i-1].text == ","
}

// formIVLemma: a verb of form IV (أخبر، أرسل): its past is its imperfect
// stem behind an alef.
func formIVLemma(e *entry) bool {
	return e != nil && runeLen(e.ar) == 4 && "ا"+e.impf == e.ar
}

// derivedImperativeShape: a past 3ms of forms III, IV, V or of VII, VIII
// and X (ساعد, أخبر, تذكر, انتظر, استمع), spelled like its imperative.
func derivedImperativeShape(a *analysis) bool {
	e := a.e
	n := runeLen(e.ar)
	return a.vf == vPast && a.person == "3ms" && !a.tamm && !a.passive && !e.has(fCopula) &&
		(n == 4 && (e.impf == e.ar || "ا"+e.impf == e.ar) || n >= 5 && "ا"+e.impf == e.ar)
}

// droppedSubject is the subject pronoun that Arabic leaves in the verb
// us[i]'s person, or "" when a subject is said or the verb needs none;
// initial says the verb starts a clause (or follows ما).
func (g *engine) droppedSubject(us []unit, i int, initial bool) string {
	u := &us[i]
	a := u.it.a
	hasSubj := i > 0 && us[i-1].it != nil && (us[i-1].it.post != "" || subjectPronouns[us[i-1].key] != "")
	if i > 1 && us[i-2].it != nil && subjectPronouns[us[i-2].key] != "" && us[i-1].kind == uOther {
		hasSubj = true // أنا أيضا أعاني
	}
	speaker := a.person == "1s" || a.person == "1p" || a.person == "2"
	if !(initial || speaker) || a.prep != "" || u.it.inf || u.it.bare || hasSubj {
		return ""
	}
	subj := subjectPronoun[a.person]
	if a.person == "3fs" && a.vf == vPast && g.firstPerson && a.pron != "ني" && a.pron != "نا" {
		subj = "I"
	}
	if a.person == "3fs" && a.vf == vImpf && g.secondPerson {
		subj = "you"
	}
	if g.speakerPastT(us, i) {
		subj = "I"
	}
	if (a.passive || u.it.impersonal || a.e.has(fWeather)) && (a.person == "3ms" || a.person == "3fs") {
		subj = "it" // يقال إن → it is said that; تمطر → it rains (+weather, h12-lexhomo)
	}
	if subj == "he" && g.thingBefore(us, i) {
		subj = "it" // h14-lextalk3: المشروع مهم لكنه يكلف كثيرا → but it costs a lot
	}
	return subj
}

// thingBefore: in a line of speech that names no person, a masculine
// singular noun that is no person stands before the verb us[i]: the "he"
// its dropped subject would be is that thing, "it" (h14-lextalk3). A verb
// of saying, or one with an object pronoun (قال لك → he told you), keeps
// "he".
func (g *engine) thingBefore(us []unit, i int) bool {
	if g.human || !(g.firstPerson || g.secondPerson) || us[i].it.a.e.has(fSpeech) || us[i].it.post != "" {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		x := us[j].it
		if x == nil || x.kind != kNoun || x.drop {
			continue
		}
		fem, ok := nounFeminine(x)
		return ok && !fem && !humanNoun(x)
	}
	return false
}

// noSheBefore: no one is named in the line (no name, title or +person
// noun) and no feminine noun stands before the verb us[i], so its ت has
// no "she" to stand for.
func (g *engine) noSheBefore(us []unit, i int) bool {
	if g.human {
		return false
	}
	for j := 0; j < i; j++ {
		if x := us[j].it; x != nil && x.kind == kNoun && !x.plural && genderAgrees("3fs", x) {
			return false
		}
	}
	return true
}

// pluralBefore reports whether a plural subject stands before the verb
// us[i] (SVO): الدول تعمل → the countries work; كأنك تحاول → as if you
// try; or before the relative the verb follows.
func pluralBefore(us []unit, i int) bool {
	if i == 0 {
		return false
	}
	if us[i-1].it != nil {
		switch us[i-1].it.post {
		case "I", "we", "you", "they":
			return true
		}
	}
	if i > 1 && relatives[us[i-1].key] && us[i-1].lead == "" {
		// الحالات التي تتطلب → the cases that require: the verb agrees
		// with the antecedent
		return us[i-2].kind == uNP && us[i-2].plural
	}
	return us[i-1].kind == uNP && us[i-1].plural && us[i-1].lead == ""
}

// copulas adds the copula a nominal sentence leaves out (هناك مشكلة →
// "there is a problem", نحن عند نقطة → "we are at a point", المريخ كوكب
// صغير → "Mars is a small planet"), first in a question, and then turns a
// pronoun between two noun phrases into "is"/"are" (pronounCopulas).
func (g *engine) copulas(us []unit) {
	for i := 0; i+1 < len(us); i++ {
		u := &us[i]
		initial := i == 0 || us[i-1].kind == uPunct || clauseStarters[us[i-1].key] || thatPhrase(&us[i-1])
		// هل الوضع خطير؟ → is the situation dangerous?, لماذا الطقس بارد؟ →
		// why is the weather cold?: in a question the copula goes first
		asked := i > 0 && us[i-1].key == "هل" || u.it != nil && u.it.question && u.kind == uOther ||
			i > 0 && interrogatives[us[i-1].key] && question(us)
		initial = initial || asked || andAfterPredicate(us, i)
		next := &us[i+1]
		// إنه جزء أساسي → it is a basic part; بأنه الحماية → that it is
		// the protection: a particle's pronoun is the subject of a
		// nominal sentence when no verb follows
		if u.kind == uOther && u.it != nil && u.it.a != nil && u.it.a.e.tag == TagConj && u.it.post != "" &&
			(next.kind == uNP || comparativeUnit(next)) && !verbSoon(us, i+1) {
			if cop := subjectPronouns[pronounKey(u.it.post)]; cop != "" {
				u.text += " " + cop
			}
			continue
		}
		if questionCopula(us, i) {
			continue
		}
		if !initial || next.kind == uVerb || next.kind == uPunct {
			continue
		}
		if thereCopula(u, next, asked) {
			continue
		}
		// نحن عند نقطة → we are at a point; المريخ صغير → Mars is small
		// (not when a verb follows closely: أنا أيضا أعاني → I also suffer)
		if cop := subjectPronouns[u.key]; cop != "" && u.kind == uOther && (u.lead == "" || andOpens(us, i) && !(next.it != nil && next.it.unknown)) && !verbSoon(us, i+1) && !g.verbPhrase(next.it) {
			if (u.key == "هي" || u.key == "هو") && !g.human {
				// هي مشكلة كبيرة → it is a big problem: in a line that
				// names no person, هي stands for a thing
				u.text = "it"
			}
			u.text += " " + cop
			if asked {
				u.text = invertCopula(u.text)
			}
			continue
		}
		// a definite noun phrase followed by an indefinite one cannot be a
		// construct or a noun with its adjective: it is a nominal sentence
		// (المريخ كوكب صغير → Mars is a small planet)
		if u.kind == uNP && u.def && u.lead == "" && !u.adj && (superlativeMin(us, i+1) || oneOfPredicate(next)) {
			// بغداد من أكبر المدن → Baghdad is one of the largest cities;
			// القاهرة إحدى أكبر المدن → Cairo is one of the largest cities
			u.text += either(u.plural, " are", " is")
			continue
		}
		pred := next
		if next.kind == uOther && next.it != nil && next.it.a != nil && next.it.a.e.tag == TagAdv && next.lead == "" && i+2 < len(us) {
			pred = &us[i+2] // الطقس اليوم مشمس → the weather today is sunny
		}
		if !asked && prepCopula(us, i) {
			continue
		}
		if !asked && relativeCopula(us, i) {
			continue
		}
		if u.kind == uNP && u.def && (u.lead == "" || andOpens(us, i)) && pred.kind == uNP && !pred.def && pred.lead == "" && (pred.adj || (pred.it != nil && pred.it.kind == kNoun)) {
			at := u // the copula goes right before the predicate
			if pred != next {
				at = next
			}
			cop := "is"
			if u.plural {
				cop = "are"
			}
			if asked && at == u {
				u.text = cop + " " + u.text
			} else {
				at.text += " " + cop
			}
		}
	}
	pronounCopulas(us)
}

// oneOfPredicate: the unit is أحد/إحدى and what it picks from, "one of
// …" (a noun phrase whose determiner it became, or the word itself before
// a superlative or a possessive: إحدى أكبر المدن, أحد أصدقائي).
func oneOfPredicate(u *unit) bool {
	return u.lead == "" && (u.kind == uNP && u.it != nil && u.it.oneOf || u.kind == uOther && (u.key == "احد" || u.key == "احدى"))
}

// thereCopula: هناك مشكلة → there is a problem, هناك مشاكل → there are
// problems (is there … in a question).
func thereCopula(u, next *unit, asked bool) bool {
	if u.key != "هناك" && u.key != "هنالك" || u.kind != uOther || u.lead != "" {
		return false
	}
	if next.kind == uNP && next.plural || next.many {
		u.text = "there are"
	} else {
		u.text = "there is"
	}
	if asked {
		u.text = invertCopula(u.text)
	}
	return true
}

// prepCopula adds the copula of a definite subject us[i] whose predicate
// follows a prepositional phrase (prepThenPredicate): الطقس في بغداد حار →
// the weather in Baghdad is hot.
func prepCopula(us []unit, i int) bool {
	u := &us[i]
	if u.kind != uNP || !u.def || u.lead != "" || u.adj {
		return false
	}
	at := prepThenPredicate(us, i)
	if at == nil {
		return false
	}
	at.text += either(u.plural, " are", " is")
	return true
}

// relativeCopula adds the copula of a definite subject us[i] whose
// relative clause (الذي، التي، الذين + a verb) runs up to an indefinite
// adjective that ends the sentence, its predicate (h15-lexpast): الرسالة
// التي كتبها الوزير طويلة → the message that the minister wrote is long.
// An adjective agrees in definiteness with the noun it describes, so after
// the clause's definite nouns it can only be the predicate; a noun there
// may be the clause's object (الرجل الذي اشترى سيارة) and gets no copula.
func relativeCopula(us []unit, i int) bool {
	u := &us[i]
	if u.kind != uNP || !u.def || u.lead != "" || u.adj || i+2 >= len(us) {
		return false
	}
	r := &us[i+1]
	if r.kind != uOther || r.lead != "" || r.it == nil || !lemmaIs(r.it, "الذي", "التي", "الذين") || us[i+2].kind != uVerb {
		return false
	}
	for k := i + 3; k < len(us) && k <= i+8; k++ {
		p := &us[k]
		if p.kind == uPunct || p.kind == uVerb || p.lead != "" {
			return false
		}
		if p.kind != uNP || !p.adj || p.def || !predicateUnit(p) {
			continue
		}
		if k+1 < len(us) && us[k+1].kind != uPunct || us[k-1].kind != uNP || !us[k-1].def {
			return false
		}
		p.text = either(u.plural, "are ", "is ") + p.text
		return true
	}
	return false
}

// prepThenPredicate: after the noun phrase us[i] come a preposition with
// a definite object (or a locative phrase of the lexicon, في المدرسة) and
// an indefinite adjective or noun that ends the clause and cannot belong
// to that object: the predicate of us[i] (الطقس في بغداد حار → the
// weather in Baghdad is hot). It returns the unit after which the copula
// goes, or nil.
func prepThenPredicate(us []unit, i int) *unit {
	p := &us[i+1]
	obj, k := p, i+2 // the object and the predicate's index
	if p.kind != uOther || p.lead != "" || p.it == nil || p.it.a == nil || p.it.post != "" {
		return nil
	}
	switch {
	case p.it.a.e.tag == TagPhrase && locative(p.it):
	case p.it.a.e.tag == TagPrep && i+2 < len(us):
		obj, k = &us[i+2], i+3
		if obj.kind != uNP || !obj.def || obj.lead != "" || obj.adj {
			return nil
		}
	default:
		return nil
	}
	if k >= len(us) || !predicateUnit(&us[k]) || k+1 < len(us) && us[k+1].kind != uPunct {
		return nil
	}
	return obj
}

// predicateUnit: an indefinite adjective or noun phrase standing alone,
// which can be the predicate of a nominal sentence (not a span of time or
// an accusative in tanwin, which are adverbials: قرونا طويلة).
func predicateUnit(pred *unit) bool {
	return pred.kind == uNP && !pred.def && pred.lead == "" && pred.it != nil && !pred.it.timeAdv && !pred.many &&
		!pred.it.has(fTime) && !(pred.it.a != nil && pred.it.a.tanwin) && (pred.adj || pred.it.kind == kNoun && pred.it.det == "")
}

// thatPhrase: a phrase that ends in the particle أن and is no +to phrase
// (أعتقد أن → I think that): a clause starts after it.
func thatPhrase(u *unit) bool {
	return u.kind == uOther && u.it != nil && !u.it.has(fTo) && strings.HasSuffix(u.key, " ان")
}

// superlativeMin: us[k] is من before a superlative noun phrase (من أكبر
// المدن, من أفضل مدينة), the predicate of a nominal sentence.
func superlativeMin(us []unit, k int) bool {
	return k+1 < len(us) && us[k].kind == uOther && us[k].key == "من" && us[k].lead == "" && us[k].it != nil && us[k].it.post == "" &&
		us[k+1].kind == uNP && us[k+1].lead == "" && us[k+1].it != nil && us[k+1].it.superl != ""
}

// pronounCopulas reads هو, هي, هم … between a noun phrase (or an adverb
// closing one) and what follows as the copula: الحد الأقصى هو 5000 دولار →
// "the maximum is $5000", النقطة المهمة هنا هي → "the important point here
// is".
func pronounCopulas(us []unit) {
	for i := 1; i+1 < len(us); i++ {
		u := &us[i]
		if u.kind != uOther || u.lead != "" || !(us[i-1].kind == uNP || quotedNP(us, i-1) || adverbUnit(&us[i-1]) && us[i+1].kind == uNP && us[i+1].def || clauseNumber(us, i-1)) ||
			us[i+1].kind == uVerb || (us[i+1].kind == uPunct && !isQuote(us[i+1].text)) {
			continue
		}
		switch u.key {
		case "هو", "هي":
			u.text = "is"
			if us[i-1].kind == uNP && us[i-1].plural || quotedNP(us, i-1) && us[i-2].plural {
				u.text = "are" // الأحداث الأخيرة هي هجمات → the recent events are attacks
			}
		case "هم", "هن", "هما":
			u.text = "are"
		default:
			continue
		}
		cleftRelative(us, i)
	}
}

// question: the line has a question mark.
func question(us []unit) bool {
	for k := range us {
		if us[k].kind == uPunct && us[k].text == "?" {
			return true
		}
	}
	return false
}

// invertCopula turns "X is" into "is X" (you are → are you, there is →
// is there).
func invertCopula(s string) string {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return s
	}
	return s[i+1:] + " " + s[:i]
}

// adverbUnit: an adverb standing alone (هنا, اليوم), which may end the
// subject of a nominal sentence: النقطة المهمة هنا هي → the important point
// here is.
func adverbUnit(u *unit) bool {
	return u.kind == uOther && u.it != nil && u.it.kind == kFunc && u.it.a != nil && u.it.a.e.tag == TagAdv && u.it.post == ""
}

// join renders units with English spacing: words are separated by one
// space; punctuation keeps the spacing it had in the source.
func (g *engine) join(us []unit, b *strings.Builder) {
	start := b.Len()
	first := true
	prevPunct := false
	prevText := ""
	for k := range us {
		u := &us[k]
		t := u.text
		if u.lead == andLead && !first && u.kind == uNP && u.it != nil && u.it.listComma && b.Len() > start {
			// a list of three or more: "A, B and C" (and-list-before-last-is-comma)
			b.WriteByte(',')
			t = strings.TrimSpace(t)
			if t == "" {
				continue
			}
			b.WriteByte(' ')
			b.WriteString(t)
			prevPunct, prevText = false, t
			continue
		}
		if u.lead != "" {
			// a line of speech (h14-lextalk3) keeps its opening "and" and
			// says an opening ف "so", as a speaker does
			speech := g.speaking
			if first && u.andSt && !speech {
				// English rarely opens a written sentence with "And".
				t = strings.TrimSpace(strings.TrimPrefix(u.lead, andLead) + " " + t)
			} else if rest, ok := strings.CutPrefix(u.lead, thenLead); first && speech && ok {
				t = strings.TrimSpace("so"+rest) + " " + t
			} else {
				t = u.lead + " " + t
			}
		}
		t = strings.TrimSpace(t)
		if t == "" {
			continue
		}
		isPunct := u.kind == uPunct
		if b.Len() > start {
			space := true
			if (isPunct || prevPunct) && u.glue {
				space = false
			}
			// English spacing whatever the source had: "forces, with"
			if isPunct && closingPunct[t] {
				space = false
			}
			if prevPunct && openingPunct[prevText] {
				space = false
			}
			if space {
				b.WriteByte(' ')
			}
		}
		if first && !isPunct {
			if !(u.nocap && strings.HasPrefix(t, u.text)) {
				t = capitalize(t)
			}
			first = false
		}
		b.WriteString(t)
		prevPunct = isPunct
		prevText = t
		if isPunct && (t == "." || t == "?" || t == "!" || t == "…") {
			first = true // a new sentence within the segment
		}
	}
}

func hasAndAdj(adjs []*item) bool {
	for _, a := range adjs {
		if a.lead != "" {
			return true
		}
	}
	return false
}

// determined reports whether the noun at its[i] follows a number or a
// determiner ("any", "this", "several"), which takes the place of "a".
func (g *engine) determined(its []item, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if its[j].drop {
			continue
		}
		p := &its[j]
		if p.kind == kNum || (p.kind == kFunc && quantifiers[p.key] != [2]string{}) {
			return true
		}
		if _, ok := demonstratives[p.key]; ok && p.kind == kFunc {
			// هذه مشكلة is a sentence, "this is a problem": a
			// demonstrative determines only a definite noun (هذه المشكلة)
			return false
		}
		last := p.text
		if k := strings.LastIndexByte(last, ' '); k >= 0 {
			last = last[k+1:]
		}
		return p.kind == kFunc && determinerWords[last]
	}
	return false
}

// startsWithVowelSound chooses "an": by letter, with the common exceptions.
func startsWithVowelSound(w string) bool {
	if w == "" {
		return false
	}
	lw := strings.ToLower(w)
	for _, p := range []string{"uni", "use", "usu", "eu", "one", "once"} {
		if strings.HasPrefix(lw, p) {
			return false
		}
	}
	for _, p := range []string{"hour", "honest", "honor", "honour", "heir"} {
		if strings.HasPrefix(lw, p) {
			return true
		}
	}
	return strings.ContainsRune("aeiou", rune(lw[0]))
}

// isTitle reports nouns from the titles file (وزير، الرئيس، السيد …) and
// +office nouns a rule found before a name (rules_article.go): before a
// name they lose the article and are capitalized (President Joe Biden).
func isTitle(it *item) bool {
	return it.title || it.a != nil && it.a.e != nil && strings.HasSuffix(it.a.e.file, "titles.tsv")
}

// adverbBeforeSubject (h12-lexperson): a time adverb (أمس، العام الماضي)
// stands between the feminine past us[i] and a definite noun phrase that
// names no person, the verb's subject rather than "she": أجريت أمس
// الانتخابات → the elections were held yesterday; the caller puts the
// adverb after the subject.
func adverbBeforeSubject(us []unit, i int) bool {
	a := us[i].it.a
	if i+2 >= len(us) || !(a.person == "3fs" && a.vf == vPast || a.person == "3ms" && a.passive) {
		return false
	}
	adv, s := &us[i+1], &us[i+2]
	return adv.it != nil && adv.lead == "" && (adv.it.timeAdv || adv.it.has(fPast)) &&
		s.kind == uNP && s.def && s.lead == "" && s.it != nil && !humanNoun(s.it)
}

// humanNoun: a noun that names a person, for the rules of pronouns and
// relatives: a +person or +office noun or a title (h12-lexperson).
func humanNoun(it *item) bool {
	return it.has(fPerson) || it.has(fOffice) || isTitle(it)
}

// verbSoon reports a verb among the next two units before punctuation.
// verbPhrase: x is a phrase line that opens with a verb (يتحدث عن
// talks about), which a subject pronoun before it is the subject of: هو
// يتحدث عن الحرب → he talks about the war, not "he is talks".
func (g *engine) verbPhrase(x *item) bool {
	if x == nil || x.kind != kFunc || x.a == nil || x.a.e.tag != TagPhrase || !strings.Contains(x.a.e.ar, " ") {
		return false
	}
	v := g.firstWord(x.a.e.ar)
	return v != nil && v.e.tag == TagVerb
}

func verbSoon(us []unit, i int) bool {
	for k := i; k < len(us) && k < i+2; k++ {
		if us[k].kind == uPunct {
			return false
		}
		if us[k].kind == uVerb {
			return true
		}
	}
	return false
}

// genderAgrees reports whether a noun phrase head can be the subject of a
// verb in person p: an Arabic verb before its subject agrees in gender, so
// a masculine verb before a singular feminine noun (or the reverse) has
// that noun as its object (سيسلط الضوء: will shed the light).
func genderAgrees(p string, head *item) bool {
	fem, ok := nounFeminine(head)
	if !ok {
		return true
	}
	return fem == (p != "3ms")
}

var closingPunct = map[string]bool{",": true, ".": true, ";": true, ":": true, "?": true, "!": true, ")": true, "]": true, "}": true, "%": true, "”": true, "’": true, "…": true}
var openingPunct = map[string]bool{"(": true, "[": true, "{": true, "“": true, "‘": true}

func isQuote(s string) bool {
	return s == "\"" || s == "“" || s == "”" || s == "«" || s == "'" || s == "&#34;" || s == "&quot;"
}

func writeWord(b *strings.Builder, w string) {
	if b.Len() > 0 {
		b.WriteByte(' ')
	}
	b.WriteString(w)
}

func capIf(s string, c bool) string {
	if c {
		return capitalize(s)
	}
	return s
}

// intransitiveSlot reports that nothing noun-like follows position k in the
// clause, so an indefinite noun phrase right after a verb is its subject
// (إذا استقال موظف تركي → if a Turkish employee resigned).
// definiteObjectSlot: a definite noun phrase (or إن/أن) follows, the object of a verb
// whose indefinite subject stands between (هاجم مسلحون القرية → gunmen
// attacked the village).
func definiteObjectSlot(us []unit, k int) bool {
	if k < len(us) && us[k].key == "ان" && us[k].lead == "" {
		return true // قال خبراء إن → experts said that
	}
	return k < len(us) && us[k].kind == uNP && us[k].def && us[k].lead == ""
}

// thatClauseAhead: after some prepositional phrases and adverbs (no verb,
// no punctuation between) the clause goes on with إن/أن, the object of a verb
// of saying or showing whose indefinite subject follows it: أظهرت دراسة
// في الجامعة أن → a study at the university showed that.
func thatClauseAhead(us []unit, k int) bool {
	for n := 0; k < len(us) && n < 6; k, n = k+1, n+1 {
		x := &us[k]
		switch {
		case (x.key == "ان" || x.key == "بان") && x.lead == "":
			return true // أن, or بأن after a verb of saying (أفادت مصادر بأن)
		case x.kind == uPunct || x.kind == uVerb || x.lead != "" && x.kind != uNP:
			return false
		case x.kind == uOther && !adverbial(x):
			return false
		}
	}
	return false
}

// adverbial: a preposition, an adverb or a phrase (في تصريح, أمس) with no
// pronoun, which a clause can carry between its subject and its object.
func adverbial(x *unit) bool {
	if x.it != nil && x.it.kind == kNum && x.lead == "" {
		return true // a date or a figure: في أواخر ديسمبر 2019
	}
	if x.it == nil || x.it.kind != kFunc || x.it.a == nil || x.it.post != "" {
		return false
	}
	switch x.it.a.e.tag {
	case TagPrep, TagAdv, TagPhrase:
		return true
	}
	return false
}

func intransitiveSlot(us []unit, k int) bool {
	return k >= len(us) || us[k].kind == uPunct || (us[k].lead != "" && us[k].kind != uVerb)
}

// prepositionSlot: a preposition (other than من, which after an
// indefinite noun is "of") follows the noun phrase: حدث جدال داخل الحكومة
// → an argument happened inside the government.
func prepositionSlot(us []unit, k int) bool {
	x := &us[k]
	return x.kind == uOther && x.it != nil && x.it.kind == kFunc && x.it.a != nil && x.it.a.e.tag == TagPrep && x.it.post == "" && x.key != "من"
}

// pronounKey maps an English clause pronoun back to the Arabic pronoun whose
// copula it takes.
func pronounKey(p string) string {
	switch p {
	case "he":
		return "هو"
	case "it", "she":
		return "هي"
	case "they":
		return "هم"
	case "we":
		return "نحن"
	case "I":
		return "انا"
	case "you":
		return "انت"
	}
	return ""
}

func fixedObject(verb, np *item) bool {
	if verb == nil || np == nil || verb.a == nil || np.a == nil {
		return false
	}
	for _, o := range fixedObjects[verb.a.e.ar] {
		if np.a.e.ar == o {
			return true
		}
	}
	return false
}
