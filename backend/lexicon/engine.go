package lexicon

import (
	"bytes"
	"html"
	"strings"
)

type kind uint8

const (
	kNoun  kind = iota // common noun
	kName              // proper noun, Latin run, protected span, transliteration
	kAdj               // adjective
	kVerb              // finite verb
	kFunc              // preposition, conjunction, particle, adverb, pronoun, phrase
	kNum               // number (digits or number word) or date
	kPunct             // punctuation
	kRaw               // HTML tag kept verbatim
)

// item is one translated source word (or phrase) before reordering.
type item struct {
	kind    kind
	key     string // lemma: normalized Arabic of the entry, "" for non-Arabic
	form    string // the word as it stands in the text, normalized
	text    string // English core, escaped when in HTML mode
	lead    string // English of clitic conjunction/preposition: "and", "with", "and for"
	objB    bool   // ب or ل marking a verb's object (قام بزيارة → carried out a visit, خضع لعملية → underwent an operation)
	withB   bool   // the clitic ب said "with" by clitic-b-with-or-in (no verb governs it)
	objPrep string // the English for that clitic: "" or a preposition (آمن ب → believe in, تعرض ل → subjected to)
	andSt   bool   // lead starts with the conjunction و
	det     string // "the" or a possessive
	superl  string // an elative or ordinal said before the noun: "largest" (أكبر مدينة → the largest city)
	// timeAdv: a time said without a preposition (last year, next
	// October), an adverbial: a verb after it may still open its clause
	timeAdv bool
	detMany bool // det is a +many quantifier (عدة several, العديد من many)
	// quantDef: def was set by a quantifier before an indefinite noun (عدة
	// دول → several countries), whose indefinite adjective still agrees
	quantDef bool
	// quantOf: det is a quantifier's definite reading before a noun in
	// construct, which still takes its genitive (أحد خبراء الاقتصاد → one
	// of the experts of the economy)
	quantOf bool
	// listComma: a coordinated noun phrase with another after it in the
	// same list: its "and" is said as a comma (A, B and C)
	listComma bool
	// oneOf: the det is أحد/إحدى's "one of the": a definite noun phrase
	// before it opening a clause is the subject of "is" (القاهرة إحدى
	// أكبر المدن → Cairo is one of the largest cities)
	oneOf bool
	// object: the English ends in a preposition (a +object entry, not
	// inflected), so the noun phrase after it is its object
	object bool
	// of: a number said with "of" before the noun phrase after it (آلاف
	// المواطنين → thousands of the citizens), which it joins
	of     bool
	post   string // object or subject pronoun after the core
	def    bool
	plural bool
	glue   bool
	raw    bool
	drop   bool
	// unknownDef: a transliterated unknown word with the article
	unknown, unknownDef bool
	// verbatim: copied from the source (Latin, protected markup); never
	// re-cased.
	verbatim bool

	rawOpen, rawClose bool

	// verbs
	a    *analysis
	mod  string // preceding particle merged in: لم لن لا قد سوف
	inf  bool   // أن + imperfect: "to" + base
	bare bool   // modal + أن + imperfect: base form ("can help")
	// could: a negated past of a verb of ability before its infinitive,
	// said "could not" (لم أستطع العودة → I could not return)
	could bool
	// modalFront: a bare verb that took in an impersonal modal before it
	// (يجب أن تتوقف الحرب): its subject still goes before it
	modalFront  bool
	there       bool   // كان هناك: "there was"
	therePlural bool   // "there are": a number is the subject (لا يزال نحو 3500 جندي)
	adv         string // an adverb said before the verb in English ("also")
	prog        bool   // an imperfect after كان: "-ing"
	had         bool   // كان before قد + past: "had"
	question    bool   // after هل: "do you …", "did he …"
	participle  bool   // the past verb after "had": no subject of its own
	longPerfect bool   // after لطالما: "has long" + participle
	condYou     bool   // a past in ت after "if", addressed: "if you look"
	cond        bool   // conditionalPastYou read it as the listener's (h13-lextalk2)
	letUs       bool   // ل + first person plural opening a clause: "let's"
	damma1      bool   // a damma on the first letter (token.damma1)
	// gapSubject: a verb right after a relative with no resumptive object
	// pronoun; the antecedent is its subject, the noun after it its object
	gapSubject bool
	// impersonal: a dropped third-person subject is "it" (ليس سهلا → it
	// is not easy)
	impersonal bool
	// vso: a verb rule found that the noun phrase after the verb is its
	// subject (زار وفد من البنك العاصمة → a delegation from the bank
	// visited the capital); its من phrase goes with it
	vso bool
	// opens: the verb opens its clause after a fronted prepositional
	// phrase (في بغداد انفجرت سيارة → in Baghdad a car exploded)
	opens bool
	// governed: a preposition a verb governs across its subject (يعاني
	// الناس من الجوع → people suffer from hunger): it keeps the verb's
	// English, not "of" after the noun
	governed bool
	// specific: a definite noun that keeps "the" even when generic (the
	// subject of أن: الحقيقة أن → the truth is that)
	specific bool
	// generic: a definite plural, mass or abstract noun that a rule found
	// generic (the subject of a present statement, the object of a +taste
	// verb): said without "the" (الأطفال يحبون اللعب → children love
	// playing)
	generic bool
	// title: a +office noun before a person's name, said as its title
	// (الرئيس أوباما → President Obama; rules_article.go)
	title bool
	// never: a negated verb before أبدا, said "never" for "not" (لن
	// نستسلم أبدا → we will never surrender)
	never bool
	// subject: the English subject a rule found away from the verb
	// (لم يحضر الاجتماع أحد → no one attended the meeting)
	subject string
	// placeObject: a masculine verb before a feminine +geo name, which is
	// its object, not its subject (زار بغداد → he visited Baghdad), or a
	// verb in ت before a lone masculine demonstrative (صدقت ذلك)
	placeObject bool
	// perfect: a verb negated by لم in a clause with منذ (لم يزر بغداد
	// منذ سنوات → he has not visited Baghdad for years): "has not" + participle
	perfect bool
	// vos: with placeObject, the noun phrase after the name is the
	// verb's subject (زار بغداد الرئيس → the president visited Baghdad)
	vos bool
	// subjAfter: a verb rule found the verb's subject after its
	// prepositional phrase or time adverb, on the noun marked lateSubj
	// (شاركت في الاجتماع وفود → delegations took part in the meeting)
	subjAfter, lateSubj bool
	// h15-lexorder (rules_order.go):
	// cliticPP: the preposition with a pronoun after the verb goes after
	// its object (وجهت إليه الشرطة تهمة → the police directed a charge to
	// him); advSubj: the definite noun phrase after the verb's adverb is
	// its subject (بدأت أولا النساء → the women began first); phraseSubj:
	// a one-word verb phrase line's definite noun phrase after it is its
	// subject (يتكون المجلس من → the council consists of)
	cliticPP, advSubj, phraseSubj bool
	// apposSubj: the name after the verb, its subject, has a noun phrase
	// in apposition between commas, which goes before the verb with it
	// (قال جون سميث، رئيس الشركة، إن → John Smith, the president of the
	// company, said that)
	apposSubj bool
	// withSubj: a noun phrase whose lead (في's "in") joins it to the
	// subject before it (قال مسؤول في الوزارة → an official in the ministry)
	withSubj bool
}

type engine struct {
	lex  *Lexicon
	html bool
	// firstPerson: the line speaks in the first person (أنا, -ني, أفعل …),
	// so a past verb in ت without a subject is "I", not "she".
	firstPerson bool
	// secondPerson: the line addresses someone (-ك, أنت, a question), so an
	// imperfect in ت without a subject is "you", not "she".
	secondPerson bool
	firstMarks   int
	// human: the line names a person (a +person noun, a title, a name),
	// who an object pronoun ه may stand for
	human bool
	// sheMark: the line has ها or هي, a "she" a ت may stand for
	sheMark bool
	// speaking: the line speaks in the first or second person (set
	// before join; h14-lextalk3): it says contractions and keeps an
	// opening "and"
	speaking bool
	win      window   // the context rules' window, reused word after word
	trace    *trace   // when not nil, records the rules that fired
	sc       *scratch // buffers reused from line to line
}

func (g *engine) esc(s string) string {
	if g.html {
		return html.EscapeString(s)
	}
	return s
}

// The leads the grammar tests. andLead is the conj table's English for و,
// so a rule that looks for a bare "and" follows the table when its English
// is edited; ofLead and fromLead are leads the rules set themselves.
var andLead = conjEnglish["و"]

const ofLead, fromLead = "of", "from"

// thenLead is the conj table's English for ف.
var thenLead = conjEnglish["ف"]

// setPerson gives the item's verb the person p, on a copy of its
// analysis: analyses are shared (cached), so one is never changed in place.
func (it *item) setPerson(p string) {
	a := *it.a
	a.person = p
	it.a = &a
}

// bareAnd reports whether the item's only clitic is the conjunction و.
func (it *item) bareAnd() bool { return it.andSt && it.lead == andLead }

// bareAnd reports whether the unit's only lead is the conjunction و.
func (u *unit) bareAnd() bool { return u.andSt && u.lead == andLead }

// leadOf returns the English of the clitics conj and prep, joined by a
// space, and whether conj is و.
func (g *engine) leadOf(conj, prep string) (string, bool) {
	switch {
	case prep == "" && conj == "":
		return "", false
	case prep == "":
		return conjEnglish[conj], conj == "و"
	case conj == "":
		return prepEnglish[prep], false
	}
	return conjEnglish[conj] + " " + prepEnglish[prep], conj == "و"
}

// build turns tokens into items: phrases first, then single words.
func (g *engine) build(toks []token) []item {
	its := reuse(&g.sc.its, len(toks))
	for i := 0; i < len(toks); i++ {
		tk := toks[i]
		switch tk.kind {
		case tArabic:
			if n, it, ok := g.phrase(toks, i); ok && !g.longerPhraseInside(toks, i, n) && !governedPhrase(its, &it) {
				it.glue = tk.glue
				its = append(its, it)
				i += n - 1
				continue
			}
			// Era markers after a year: 2020م, 1442هـ.
			if len(its) > 0 && its[len(its)-1].kind == kNum && (tk.text == "م" || tk.text == "ه") {
				if tk.text == "ه" {
					its[len(its)-1].text += " AH"
				}
				continue
			}
			its = append(its, g.word(tk))
		case tLatin:
			its = append(its, item{kind: kName, text: g.esc(tk.text), def: true, glue: tk.glue, verbatim: true})
		case tNum:
			its = append(its, item{kind: kNum, text: tk.text, glue: tk.glue})
		case tPunct:
			its = append(its, item{kind: kPunct, text: g.esc(tk.text), glue: tk.glue})
		case tRaw:
			if tk.rawOpen || tk.rawClose {
				its = append(its, item{kind: kRaw, text: tk.text, raw: true, glue: tk.glue, rawOpen: tk.rawOpen, rawClose: tk.rawClose})
			} else {
				its = append(its, item{kind: kName, text: tk.text, raw: true, def: true, glue: tk.glue, verbatim: true})
			}
		}
	}
	return its
}

// governedPhrase reports whether the phrase ph opens with the preposition
// that the verb before it (or before the verb's subject) governs, so the
// verb's reading wins over the phrase: يفكر في المستقبل → he thinks about
// the future, not "thinks in the future" (the table verb-prep). Only a
// phrase of the preposition and one definite noun is split.
func governedPhrase(its []item, ph *item) bool {
	prep, rest, ok := strings.Cut(ph.key, " ")
	if !ok || ph.a == nil || ph.a.conj != "" || ph.a.prep != "" || !strings.HasPrefix(rest, "ال") || strings.Contains(rest, " ") {
		// only a preposition + one definite noun (not من فضلك, please)
		return false
	}
	for k, n := len(its)-1, 0; k >= 0 && n <= 4; k, n = k-1, n+1 {
		x := &its[k]
		switch {
		case x.kind == kVerb && x.a != nil:
			_, ok := verbPrep[x.key+" "+prep]
			return ok
		case (nounlike(x) || x.kind == kAdj) && x.a != nil && x.a.prep == "":
			continue // the verb's subject
		}
		return false
	}
	return false
}

// tanwinPhrase: a phrase that can take the accusative tanwin alef on its
// words (an indefinite noun or adjective phrase).
func tanwinPhrase(e *entry) bool {
	return (e.tag == TagNoun || e.tag == TagAdj || e.tag == TagNounPlural) && !strings.Contains(e.ar, "ال")
}

// phrase matches the longest multi-word entry at toks[i], allowing clitics
// on its first word (والولايات المتحدة، للبيت الأبيض).
func (g *engine) phrase(toks []token, i int) (int, item, bool) {
	l := g.lex
	if l.maxPhrase < 2 || i+1 >= len(toks) || toks[i+1].kind != tArabic {
		return 0, item{}, false
	}
	w := toks[i].text
	forms := [8]phraseForm{{w: w}}
	nf := 1
	for _, conj := range [...]string{"", "و", "ف"} {
		if conj != "" && !strings.HasPrefix(w, conj) {
			continue
		}
		w1 := w[len(conj):]
		for _, prep := range [...]string{"", "ب", "ل", "ك"} {
			if (conj == "" && prep == "") || (prep != "" && !strings.HasPrefix(w1, prep)) {
				continue
			}
			w2 := w1[len(prep):]
			if prep == "ل" && strings.HasPrefix(w2, "ل") && !strings.HasPrefix(w2, "ال") {
				w2 = "ا" + w2 // لل = ل + ال
			}
			if runeLen(w2) >= 2 && nf < len(forms) {
				forms[nf] = phraseForm{w2, conj, prep}
				nf++
			}
		}
	}
	// how many Arabic tokens follow contiguously
	max := 1
	for max < l.maxPhrase && i+max < len(toks) && toks[i+max].kind == tArabic {
		max++
	}
	var bufArr [256]byte
	var endsArr [8]int
	buf := bufArr[:0]
	ends := endsArr[:0] // ends[k]: the end in buf of the phrase of k+2 words
	var starts uint8    // bit j: some phrase starts with forms[j].w
	for j, f := range forms[:nf] {
		tanwin := false
		if l.phrasePrefix[f.w] {
			starts |= 1 << j
		} else {
			// جدولا زمنيا: a nominal phrase in the accusative, tanwin alef
			// on its words
			bare, ok := strings.CutSuffix(f.w, "ا")
			if !ok || !l.phrasePrefix[bare] {
				continue
			}
			f.w, tanwin = bare, true
		}
		buf, ends = g.phraseCandidates(buf[:0], ends[:0], f.w, toks[i+1:i+max], tanwin)
		for k := len(ends) - 1; k >= 0; k-- {
			key := buf[:ends[k]]
			es := l.phrases[string(key)]
			if es == nil || (tanwin && !tanwinPhrase(es[0])) {
				continue
			}
			e := es[0]
			it := g.phraseItem(e, f.conj, f.prep)
			if strings.HasPrefix(f.w, "ال") || bytes.Contains(key, []byte(" ال")) {
				it.def = true
				// a phr gloss is taken as written (العام الماضي → last year)
				if it.kind == kNoun && it.det == "" && e.tag != TagPhrase {
					it.det = "the"
				}
			}
			return k + 2, it, true
		}
	}
	if starts == 0 {
		return 0, item{}, false // a possessed compound starts with a form too
	}
	return g.possessedCompound(toks, i, forms[:nf], starts)
}

// phraseForm: a first word of a phrase with the clitics taken off it.
type phraseForm struct{ w, conj, prep string }

// compoundSuffixes: the possessive suffixes possessedCompound strips from
// the last word of a two-word compound, longest first.
var compoundSuffixes = [...]string{"كم", "هم", "نا", "ها", "ي", "ك", "ه"}

// possessedCompound reads a two-word noun compound of the phrase lines
// whose second word carries a possessive suffix: the suffix is the
// compound's possessor (h14-lextalk3): جواز سفري → my passport, رقم
// هاتفك → your phone number (a ت before the suffix is the compound's ة:
// بطاقة هويتي → my identity card). Only an indefinite nominal compound
// (no article), read as a noun. Bit j of starts tells that some phrase
// starts with forms[j].w (phrase looked them up).
func (g *engine) possessedCompound(toks []token, i int, forms []phraseForm, starts uint8) (int, item, bool) {
	next := toks[i+1].text
	for _, p := range compoundSuffixes {
		stem, ok := strings.CutSuffix(next, p)
		if !ok || runeLen(stem) < 2 {
			continue
		}
		for j, f := range forms {
			if strings.HasPrefix(f.w, "ال") || starts&(1<<j) == 0 {
				continue
			}
			var bufArr [128]byte
			key := append(append(append(bufArr[:0], f.w...), ' '), stem...)
			for k := 0; k < 2; k++ {
				if k == 1 {
					t, ok := strings.CutSuffix(stem, "ت")
					if !ok {
						break
					}
					key = append(append(append(append(key[:0], f.w...), ' '), t...), "ة"...)
				}
				es := g.lex.phrases[string(key)] // no allocation for the lookup
				if es == nil || !g.nominalPhrase(es[0]) || es[0].has(fSubject) {
					continue
				}
				e := es[0]
				it := g.phraseItem(e, f.conj, f.prep)
				if it.kind != kNoun {
					continue
				}
				// the suffix marks the person of the line (persons: سفري
				// is the speaker's)
				it.a.pron = p
				it.det = possessive[p]
				return 2, it, true
			}
		}
		return 0, item{}, false
	}
	return 0, item{}, false
}

// phraseCandidates writes first and the words of next into buf, one after
// the other, as long as some phrase starts with the words written; ends
// gets the end of each candidate of two words or more.
func (g *engine) phraseCandidates(buf []byte, ends []int, first string, next []token, tanwin bool) ([]byte, []int) {
	buf = append(buf, first...)
	for _, tk := range next {
		w := tk.text
		if tanwin {
			w = strings.TrimSuffix(w, "ا")
		}
		buf = append(append(buf, ' '), w...)
		ends = append(ends, len(buf))
		if !g.lex.phrasePrefix[string(buf)] {
			break
		}
	}
	return buf, ends
}

// word translates one Arabic token.
func (g *engine) word(tk token) item {
	a := g.lex.analyze(tk.text, tk.orig)
	if a == nil {
		return g.unknown(tk)
	}
	it := g.entryItem(a.e, a)
	// Function-word rules look at the lemma: لكل is كل, وقد is قد.
	it.key = a.e.ar
	it.form = tk.text
	it.glue = tk.glue
	it.damma1 = tk.damma1
	return it
}

// itemInPlace is the item of a's entry read as a, standing where x stood:
// the rules that re-read a word (a verbal noun as its verb, a noun as a
// verb) keep its written form and its glue to the next word.
func (g *engine) itemInPlace(a *analysis, x *item) item {
	n := g.entryItem(a.e, a)
	n.key, n.form, n.glue = a.e.ar, x.form, x.glue
	return n
}

// readAsLine re-reads the word as the first line of its lemma, spelled as
// its entry, that ok accepts, keeping the rest of its analysis (a
// suffixed form's analysis has no alts, so the lemma's lines are looked
// up); false when there is none.
func (g *engine) readAsLine(it *item, ok func(*entry) bool) bool {
	for _, e := range g.lex.lookupWord(it.a.e.ar) {
		if e.ar == it.a.e.ar && ok(e) {
			a := *it.a
			a.e, a.alts = e, nil
			*it = g.itemInPlace(&a, it)
			return true
		}
	}
	return false
}

// entryItem renders an analysed entry as an item.
func (g *engine) entryItem(e *entry, a *analysis) item {
	it := item{a: a}
	it.lead, it.andSt = g.leadOf(a.conj, a.prep)
	en := e.en
	tag := e.tag
	if a.gerund {
		tag, en = TagNoun, gerund(en)
	}
	switch tag {
	case TagNoun, TagNounPlural:
		it.kind = kNoun
		switch {
		case a.dual && tag == TagNoun:
			en = "two " + plural(en)
			it.plural = true
		case a.plural && tag == TagNoun:
			en = plural(en)
			it.plural = true
		case tag == TagNounPlural:
			it.plural = true
		}
		if a.def {
			it.def, it.det = true, "the"
		}
		if a.pron != "" {
			it.def, it.det = true, possessive[a.pron]
		}
		if rest, ok := cutArticle(en); ok {
			it.def, it.det, en = true, "the", rest
		}
	case TagAdj, TagAdjPlural:
		it.kind = kAdj
		it.def = a.def
	case TagName:
		it.kind = kName
		it.def = true
		if rest, ok := cutArticle(en); ok {
			it.det, en = "the", rest
		}
	case TagVerb:
		it.kind = kVerb
		// ل before an imperfect is "to", said by the verb itself
		it.lead, it.andSt = g.leadOf(a.conj, "")
		if a.vf == vNone {
			c := *a // analyses are shared (cached): copy before changing
			c.vf, c.person = vPast, "3ms"
			it.a = &c
		}
		if a.pron != "" {
			it.post = objectPronoun[a.pron]
		}
	case TagNum:
		it.kind = kNum
		if a.def {
			it.det = "the"
		}
	case TagPrep, TagPron, TagPart, TagConj:
		it.kind = kFunc
		en = functionText(&it, e, a, en)
	default:
		it.kind = kFunc
	}
	// a plural or dual noun's English no longer ends in the preposition
	// (spokesman for → spokesman fors)
	it.object = e.has(fObject) && !(tag == TagNoun && (a.dual || a.plural))
	if strings.HasPrefix(e.ar, "ال") && (e.tag == TagNoun || e.tag == TagNounPlural || e.tag == TagAdj || e.tag == TagAdjPlural) {
		// The lexicon spells the article: definite, English as given (السيد → Mr.).
		it.def = true
	}
	if dashGloss(en) {
		// no English word; the item stays so that rules can see it (هل
		// makes a question, لقد starts a clause)
		en = ""
	}
	it.text = g.esc(en)
	return it
}

// passiveText renders a passive verb: يقال → is said, سيباع → will be sold.
func passiveText(it *item, subj string, third bool) string {
	a, e := it.a, it.a.e
	var v string
	pp := strings.TrimPrefix(participle(e.past), "been ")
	was := either(third, "was ", "were ")
	switch {
	case a.tamm && a.vf == vPast && (it.mod == "لم" || it.mod == "ما"):
		v = was + "not " + pp
	case a.tamm && a.vf == vPast:
		v = was + pp
	case a.fut || it.mod == "سوف":
		v = "will be " + pp
	case it.mod == "لن":
		v = "will not be " + pp
	case it.mod == "لا" || it.mod == "لم":
		v = either(third, "is not ", "are not ") + pp
	case a.prep == "ل" || it.inf || it.bare:
		v = "be " + pp
		if a.prep == "ل" || it.inf {
			v = "to be " + pp
		}
	default:
		v = either(third, "is ", "are ") + pp
	}
	if it.adv != "" {
		v = it.adv + " " + v
	}
	if subj != "" {
		v = subj + " " + v
	}
	if it.post != "" {
		v += " " + it.post
	}
	return v
}

// functionText renders a function word with its pronoun suffix: منه →
// from him, لديهم → they have, نفسه → himself, كلهم → all of them, يمكنكم →
// you can.
func functionText(it *item, e *entry, a *analysis, en string) string {
	switch e.tag {
	case TagPrep:
		if a.pron != "" {
			it.post = objectPronoun[a.pron]
			if possessor[e.ar] {
				// لديهم → they have
				subj := clausePronoun[a.pron]
				if a.pron == "ه" {
					subj = "he" // لديه → he has
				}
				en, it.post = subj+" have", ""
				if subj == "he" || subj == "it" {
					en = subj + " has"
				}
			}
		}
	case TagPron:
		if a.pron != "" {
			if r, ok := reflexive[a.pron]; ok && (e.ar == "نفس" || e.ar == "ذات") {
				en = r // نفسه → himself
			} else {
				// كلهم → all of them; أحدهما → one of them (h14-lexcopula:
				// a gloss that ends in "of" takes the pronoun alone)
				en = strings.TrimSuffix(en, " of") + " of " + objectPronoun[a.pron]
			}
		}
	case TagPart, TagConj:
		if a.pron != "" {
			it.post = clausePronoun[a.pron]
			if modals[e.ar] {
				// يمكنكم → you can, يمكنه → he can
				en, it.post = modalSubject(a.pron)+" "+en, ""
				it.key = e.ar
			}
		}
	}
	return en
}

// verbText renders a verb item's English, with the subject pronoun when
// asked and the plural agreement of its subject.
func verbText(it *item, subj string, pluralSubj bool) string {
	a := it.a
	e := a.e
	base := e.en
	var v string
	third := (a.person == "3ms" || a.person == "3fs") && !pluralSubj
	if e.has(fCopula) {
		return beText(it, subj, third)
	}
	if a.passive {
		return passiveText(it, subj, third)
	}
	switch {
	case it.longPerfect:
		v = "has long " + participle(e.past)
		if !third {
			v = "have long " + participle(e.past)
		}
	case it.prog:
		v, subj = gerund(base), ""
	case it.participle:
		v, subj = participle(e.past), ""
	case it.never:
		v = neverText(it, base, e.past, third)
	case it.perfect && strings.HasPrefix(base, "be "):
		v = either(third, "has not been", "have not been") + base[len("be"):]
	case it.perfect:
		v = either(third, "has not ", "have not ") + participle(e.past)
	case a.person == "imp" && it.mod == "لا":
		v, subj = "don't "+base, "" // لا تغلق الباب! → don't close the door!
	case a.person == "imp":
		v, subj = base, ""
	case it.condYou:
		v = base
	case it.could:
		v = "could not"
	case it.letUs:
		v, subj = "let's "+base, ""
	case a.prep == "ل" || it.inf:
		v = "to " + base
	case it.bare:
		v = base
	default:
		v = finiteText(it, base, third)
	}
	return it.clause(subj, v)
}

// finiteText renders a finite verb with no rule's reading on it: its
// particle (لم، لن، لا، قد، سوف) or its tense, for a third-person singular
// subject or not.
func finiteText(it *item, base string, third bool) string {
	a, e := it.a, it.a.e
	switch {
	case (it.mod == "لم" || (it.mod == "ما" && a.vf == vPast)) && strings.HasPrefix(base, "be "):
		// a stative gloss (استطاع → be able): was not able, not "did not be"
		return either(third || a.person == "1s", "was not", "were not") + base[len("be"):]
	case it.mod == "لم" || (it.mod == "ما" && a.vf == vPast):
		return "did not " + base
	case it.mod == "لن":
		return "will not " + base
	case a.fut || it.mod == "سوف":
		return "will " + base
	case it.mod == "لا" && strings.HasPrefix(base, "be ") && a.person == "1s":
		return "am not" + base[len("be"):]
	case it.mod == "لا" && strings.HasPrefix(base, "be "):
		return either(third, "is not", "are not") + base[len("be"):]
	case it.mod == "لا" && third:
		return "does not " + base
	case it.mod == "لا":
		return "do not " + base
	case it.mod == "قد" && a.vf == vPast && third:
		return "has " + participle(e.past)
	case it.mod == "قد" && a.vf == vPast:
		return "have " + participle(e.past)
	case it.mod == "قد":
		return "may " + base
	case a.vf == vImpf && third:
		return thirdSingular(base)
	case a.vf == vImpf && strings.HasPrefix(base, "be ") && a.person == "1s":
		return "am" + base[2:]
	case a.vf == vImpf && strings.HasPrefix(base, "be "):
		return "are" + base[2:]
	case a.vf == vImpf:
		return base
	case strings.HasPrefix(e.past, "was ") && !third && a.person != "1s":
		return "were" + e.past[len("was"):]
	default:
		return e.past
	}
}

// clause puts a verb phrase together: adverb and subject before the verb,
// the verb's particle ("up", "out" …) after it.
func (it *item) clause(subj, v string) string {
	if it.adv != "" {
		v = it.adv + " " + v
	}
	if subj != "" {
		v = subj + " " + v
	}
	if it.post != "" {
		v += " " + it.post
	}
	return v
}

// participle turns a past gloss into the participle used after has/have:
// a passive or stative past (was proven, were displaced) becomes "been …".
func participle(past string) string {
	if r, ok := strings.CutPrefix(past, "was "); ok {
		return "been " + r
	}
	if r, ok := strings.CutPrefix(past, "were "); ok {
		return "been " + r
	}
	head, rest, _ := strings.Cut(past, " ")
	if p, ok := irregularParticiple[head]; ok {
		if rest != "" {
			return p + " " + rest
		}
		return p
	}
	return past
}

// homographs picks among a word's readings by its neighbours: an
// adjective reading after a definite noun (which cannot head a construct),
// a noun reading where no noun precedes, a name reading next to names.
func (g *engine) homographs(its []item) {
	prev := (*item)(nil)
	for i := range its {
		it := &its[i]
		if it.drop {
			continue
		}
		g.win = window{prev: prev, it: it, n1: liveAfter(its, i, 1), its: its, i: i}
		prev = it
		g.run(homographSet, &g.win)
	}
}

// onDate turns "في"/"يوم" before a day-date into "on"; it reports whether
// it did.
func (g *engine) onDate(its []item, i int) bool {
	for j := i - 1; j >= 0; j-- {
		p := &its[j]
		if p.drop {
			continue
		}
		if p.key == "يوم" || p.key == "في" {
			p.text = "on"
			p.kind = kFunc
			p.det = ""
			if p.key == "يوم" {
				// "في يوم 26 يوليو": one "on" is enough
				for k := j - 1; k >= 0; k-- {
					if its[k].drop {
						continue
					}
					if its[k].key == "في" {
						its[k].drop = true
					}
					break
				}
			}
			return true
		}
		return false
	}
	return false
}

// beText renders كان/يكون, whose English forms are irregular.
func beText(it *item, subj string, third bool) string {
	a := it.a
	sing := third || a.person == "1s"
	var v string
	switch {
	case a.e.has(fStill) && (it.mod == "لا" || it.mod == "ما" || it.mod == "لم"):
		// لا يزال، ما زال، لم يزل: "is still", whatever the tense
		v = either(third && !it.therePlural, "is still", "are still")
		if a.person == "1s" {
			v = "am still"
		}
	case it.longPerfect && third:
		v = "has long been"
	case it.longPerfect:
		v = "have long been"
	case it.had:
		v = "had"
	case it.perfect:
		v = either(third && !it.therePlural, "has not been", "have not been")
	case it.never && it.mod == "لن":
		v = "will never be"
	case it.never && (it.mod == "لم" || it.mod == "ما"):
		v = either(sing, "was never", "were never")
	case it.never && a.person == "1s":
		v = "am never"
	case it.never:
		v = either(third, "is never", "are never")
	case a.prep == "ل" || it.inf:
		v = "to be"
	case it.bare:
		v = "be"
	case it.mod == "لم" || (it.mod == "ما" && a.vf == vPast):
		v = either(sing, "was not", "were not")
	case it.mod == "لن":
		v = "will not be"
	case a.fut || it.mod == "سوف":
		v = "will be"
	case it.mod == "قد" && a.vf == vImpf:
		v = "may be"
	case a.vf == vImpf && it.mod == "لا" && a.person == "1s":
		v = "am not"
	case a.vf == vImpf && it.mod == "لا":
		v = either(third, "is not", "are not")
	case a.vf == vImpf:
		v = either(third, "is", "are")
		if a.person == "1s" {
			v = "am"
		}
	case it.mod == "قد":
		v = either(third, "has been", "have been")
	default:
		v = either(sing, "was", "were")
	}
	if it.there {
		subj = "there"
	}
	return it.clause(subj, v)
}

// determiners rewrites demonstratives and quantifiers with the noun they
// govern, so the noun's own article is not doubled.
func (g *engine) determiners(it, n1 *item) bool {
	if n1 == nil || n1.kind != kNoun || n1.lead != "" {
		return false
	}
	if d, ok := demonstratives[it.key]; ok && n1.det == "the" {
		n1.det = d[0]
		if n1.plural {
			n1.det = d[1]
		}
		it.drop = it.lead == ""
		if !it.drop {
			it.text = ""
		}
		return true
	}
	if q, ok := quantifiers[it.key]; ok && it.post == "" {
		if n1.det == "the" {
			n1.det = q[0]
			if pt, ok := partitives[it.key]; ok && n1.plural && n1.a != nil && n1.a.pron == "" {
				// بعض الرجال → some men: a definite plural after a
				// partitive is said without "of the"
				n1.det = pt
			}
		} else if n1.det == "" {
			n1.det, n1.quantDef = q[1], !n1.def
			if it.key == "عدة" && !n1.plural && n1.a != nil && n1.a.e.tag == TagNoun {
				n1.text = g.esc(plural(n1.a.e.en))
				n1.plural = true
			}
		} else {
			return false
		}
		n1.def = true
		n1.detMany = it.has(fMany)
		n1.oneOf = n1.det != "" && lemmaIs(it, "احد", "احدى")
		it.drop = it.lead == ""
		if !it.drop {
			it.text = ""
		}
		return true
	}
	return false
}

// unknown transliterates a word missing from the lexicon. Clitics before
// the article (وال بال لل كال فال) are translated: "للحشد" → "for al-Hshd";
// a bare initial و ب ل is kept, since many names start with those letters.
func (g *engine) unknown(tk token) item {
	w := tk.text
	conj, prep := "", ""
	// The stem after the article must keep three letters: فالون is a name.
	if c, ok := cutAny(w, "و", "ف"); ok && runeLen(c) >= 5 && (strings.HasPrefix(c, "ال") || strings.HasPrefix(c, "بال") || strings.HasPrefix(c, "لل") || strings.HasPrefix(c, "كال")) {
		conj, w = w[:len(w)-len(c)], c
	} else if c, ok := cutAny(w, "و"); ok && runeLen(c) >= 4 && !strings.HasPrefix(c, "ا") && !strings.HasPrefix(c, "و") && !strings.HasPrefix(c, "ي") {
		// a long unknown word after و is far more often "and X" than a
		// name starting with و (those are in the lexicon)
		conj, w = "و", c
	}
	if strings.HasPrefix(w, "لل") && runeLen(w) >= 5 {
		prep, w = "ل", "ا"+w[len("ل"):]
	} else if c, ok := cutAny(w, "ب", "ك"); ok && strings.HasPrefix(c, "ال") && runeLen(c) >= 5 {
		prep, w = w[:len(w)-len(c)], c
	}
	it := item{kind: kName, key: tk.text, text: g.esc(transliterate(w)), glue: tk.glue, unknown: true}
	it.unknownDef = strings.HasPrefix(w, "ال")
	// Only the article makes an unknown word definite: a bare one may be a
	// name or an indefinite noun, so it does not make a construct "the … of".
	it.def = it.unknownDef
	it.lead, it.andSt = g.leadOf(conj, prep)
	return it
}

func cutAny(s string, prefixes ...string) (string, bool) {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return s[len(p):], true
		}
	}
	return s, false
}

func (g *engine) leadWith(conj, prepEnglish string) (string, bool) {
	lead, and := g.leadOf(conj, "")
	if lead != "" {
		return lead + " " + prepEnglish, and
	}
	return prepEnglish, false
}

// phraseKind decides how a phr entry behaves in a sentence: a compound noun
// (طائرات بدون طيار, البيت الأبيض) joins noun phrases; anything starting
// with a function word or a verb stays as it is. The features +function
// (سلسلة من a series of, في إطار within the framework of) and +nominal
// (الربع الأول the first quarter) override what the first word says.
func (g *engine) phraseKind(it *item, e *entry) {
	if !g.nominalPhrase(e) {
		return
	}
	it.kind = kNoun
	phraseNounText(it, e.en)
	it.text = g.esc(it.text)
}

// phraseItem is the item of the phrase line e read with the clitics conj
// and prep, its kind decided by phraseKind.
func (g *engine) phraseItem(e *entry, conj, prep string) item {
	it := g.entryItem(e, &analysis{e: e, conj: conj, prep: prep})
	it.key = e.ar
	if e.tag == TagPhrase {
		g.phraseKind(&it, e)
	}
	return it
}

// nominalPhrase reports whether the phr entry e is a noun phrase: by its
// +function or +nominal feature, else by its first word (a noun, an
// adjective, a name or a word the lexicon cannot read).
func (g *engine) nominalPhrase(e *entry) bool {
	switch {
	case e.has(fFunction):
		return false
	case e.has(fNominal):
		return true
	}
	a := g.firstWord(e.ar)
	if a == nil {
		return true
	}
	switch a.e.tag {
	case TagNoun, TagNounPlural, TagAdj, TagAdjPlural, TagName:
		return true
	}
	return false
}

// firstWord analyzes the first word of a phrase on its own (في of في
// إطار), as the phrase rules read a phrase line by its head.
func (g *engine) firstWord(phrase string) *analysis {
	first, _, _ := strings.Cut(phrase, " ")
	return g.lex.analyze(first, "")
}

// phraseNounText sets the English of a noun phrase from its gloss: a
// leading "the" is its determiner (the documented spelling of a definite
// gloss), a capitalized one is a name (the White House, the United
// Nations), and an English plural is plural.
func phraseNounText(it *item, en string) {
	if rest, ok := cutArticle(en); ok {
		it.det, it.def = "the", true
		en = rest
		if allCapitalized(rest) {
			it.kind = kName // the White House, the United Nations
		}
	}
	it.plural = englishPlural(en)
	it.text = en
}

// cutArticle splits a gloss's leading "the" off (the White House), the
// documented spelling of a definite gloss (data/README.md).
func cutArticle(en string) (string, bool) { return strings.CutPrefix(en, "the ") }

// dashGloss: the ENGLISH column's "-", a word with no English.
func dashGloss(en string) bool { return en == "-" }

// englishPlural: an English noun phrase ending in a plural -s (talks, the
// United Nations; not glass).
func englishPlural(en string) bool { return strings.HasSuffix(en, "s") && !strings.HasSuffix(en, "ss") }

// longerPhraseInside reports whether a phrase starting inside toks[i:i+n]
// reaches further and is at least as long as the one at i: في البيت الأبيض is
// "in the White House", not "at home" + "white".
func (g *engine) longerPhraseInside(toks []token, i, n int) bool {
	for k := 1; k < n; k++ {
		if m, _, ok := g.phrase(toks, i+k); ok && m >= n && i+k+m > i+n {
			return true
		}
	}
	return false
}

// allCapitalized reports whether every content word starts upper-case.
func allCapitalized(s string) bool {
	for _, w := range strings.Fields(s) {
		switch w {
		case "of", "and", "the", "for", "on", "in":
			continue
		}
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return s != ""
}

// nisbaShape: a word ending in ي or ية, the shape of relational adjectives.
func nisbaShape(w string) bool {
	return strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "ية")
}

// altWithTag returns the first other reading of a with tag t.
func altWithTag(a *analysis, t Tag) *entry {
	for _, e := range a.alts {
		if e.tag == t {
			return e
		}
	}
	return nil
}

// questionText renders a verb after هل with English inversion: an
// auxiliary, the subject, then the bare verb (did he say, is it, do you
// believe).
func questionText(it *item, subj string, pluralSubj bool) string {
	a := it.a
	if it.there && a.e.has(fCopula) {
		// هل توجد مشكلة؟ → is there a problem?, هل توجد طرق أخرى؟ → are
		// there other ways? (the rule that read "there" set the person)
		subj, pluralSubj = "there", false
	}
	third := (a.person == "3ms" || a.person == "3fs") && !pluralSubj
	base := a.e.en
	if a.e.has(fCopula) {
		var v string
		switch {
		case a.fut:
			return "will " + subj + " be"
		case a.vf == vPast && (third || a.person == "1s"):
			v = "was"
		case a.vf == vPast:
			v = "were"
		case third:
			v = "is"
		case a.person == "1s":
			v = "am"
		default:
			v = "are"
		}
		return v + " " + subj
	}
	if rest, ok := strings.CutPrefix(base, "be "); ok && !a.fut {
		// a stative gloss (تأخر → be late): why was the plane late?
		v := either(third, "is", "are")
		if a.vf == vPast {
			v = either(third || a.person == "1s", "was", "were")
		}
		return v + " " + subj + " " + rest
	}
	aux := "do"
	switch {
	case a.fut:
		aux = "will"
	case a.vf == vPast:
		aux = "did"
	case third:
		aux = "does"
	}
	// a negated question (h14-lextalk3): لماذا لم تخبرني → why didn't you
	// tell me
	switch it.mod {
	case "لا":
		aux += "n't"
	case "لم":
		aux = "didn't"
	case "لن":
		aux = "won't"
	}
	v := aux + " " + subj + " " + base
	if it.post != "" {
		v += " " + it.post
	}
	return v
}
