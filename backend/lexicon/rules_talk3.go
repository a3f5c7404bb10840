package lexicon

import "strings"

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

// The phrase لماذا لا ("why not") before an imperfect with no clitic in a
// question is a suggestion or a reproach to someone: the verb's person is
// said as the subject of "don't" and the verb is bare: لماذا لا تذهب إلى
// الطبيب؟ → why don't you go to the doctor?, لماذا لا نبدأ الآن؟ → why
// don't we begin now?, لماذا لا يأتي؟ → why doesn't he come? A verb in ت
// before a feminine or plural noun, or a masculine one before any noun or
// name, has that noun as its subject, said after the auxiliary: لماذا لا
// يعمل الهاتف؟ → why doesn't the phone work?
func limadhaLaDont(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if it.key != "لماذا لا" || it.kind != kFunc || it.post != "" || n1 == nil || n1.kind != kVerb || n1.lead != "" || n1.mod != "" || n1.a == nil ||
		n1.a.vf != vImpf || n1.a.fut || n1.a.passive || n1.a.pron != "" || n1.post != "" || n1.a.e.has(fCopula) || !questionMarkFrom(w.its, w.i+1) {
		return pass
	}
	subjectAfter := n2 != nil && n2.lead == "" && (nounlike(n2) || n2.kind == kName)
	if subjectAfter && (n1.a.person == "3ms" || n1.a.person == "3fs" && feminineNext(n2)) {
		// لماذا لا يعمل الهاتف؟ → why doesn't the phone work?: a negated
		// question with its subject said after the auxiliary
		it.text, it.key = "why", "لماذا" // the question word that inverts the verb
		n1.mod, n1.question = "لا", true
		return applied
	}
	var subj string
	switch n1.a.person {
	case "1p":
		subj = "don't we"
	case "1s":
		subj = "don't I"
	case "2":
		subj = "don't you"
	case "3fs":
		if !strings.HasPrefix(n1.form, "ت") || feminineNext(n2) || !g.secondPerson && !g.noSheIn(w.its, w.i) {
			return pass
		}
		subj = "don't you"
	case "3ms":
		if subjectAfter {
			return pass
		}
		subj = "doesn't he"
	case "3mp":
		if subjectAfter {
			return pass
		}
		subj = "don't they"
	default:
		return pass
	}
	it.text = "why " + subj
	n1.bare = true
	return applied
}

// قال with ل + a pronoun of the speaker or the listener right after it
// (قال لي، أقول لكم، قلت لك) is "tell" with that pronoun as its object:
// قال لي إن الطقس بارد → he told me that the weather is cold, أريد أن
// أقول لكم شيئا → I want to tell you something. (قال لهم keeps "said to
// them", which may report a statement to a crowd.)
func qalaLiTell(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.key != "قال" || it.kind != kVerb || it.a == nil || it.a.pron != "" || it.post != "" || it.a.passive || n1 == nil || n1.kind != kFunc ||
		n1.a == nil || n1.a.e.ar != "ل" || n1.lead != "" || n1.a.conj != "" || !speechPron[n1.a.pron] {
		return pass
	}
	tell := g.lex.pastVerb("اخبر", 0)
	if tell == nil {
		return pass
	}
	// قال's own entry with the English of "tell": its shape (ar, impf)
	// stays that of قال, which the imperative tests read
	e := *it.a.e
	e.en, e.past = tell.en, tell.past
	a := *it.a
	a.e = &e
	it.a = &a
	it.post = objectPronoun[n1.a.pron]
	n1.drop = true
	return applied
}

// بكثير after an elative is its degree, "much", said before the
// comparative; a من after it is "than": هذا أسهل بكثير من ذلك → this is
// much easier than that, المدينة أكبر بكثير → the city is much bigger.
// (The من is joined to the comparative so that the rule that says an
// elative before من as its comparative does not say it again without
// its degree.)
func bikathirMuch(g *engine, w *window) verdict {
	it, p, n1 := w.it, w.prev, w.n1
	withMin := it.key == "كثير من" // بكثير من ذلك: the phrase line كثير من took the من
	if !(it.key == "بكثير" || (it.key == "كثير" || withMin) && it.a != nil && it.a.prep == "ب" && !it.def && it.a.conj == "") || it.post != "" ||
		it.key == "بكثير" && it.lead != "" || !elative(p) || p.a.prep != "" {
		return pass
	}
	j := w.i - 1
	for j > 0 && w.its[j].drop {
		j--
	}
	if pp := liveBefore(w.its, j); pp != nil && pp.kind == kNoun && !pp.def && pp.lead == "" {
		return pass // مشكلة أكبر بكثير من: an adjective of the noun, said before it
	}
	c := comparative(p.a.e.en)
	if c == p.a.e.en {
		return pass
	}
	p.text = "much " + g.esc(c)
	it.drop = true
	if withMin {
		p.text += " than"
	} else if n1 != nil && n1.key == "من" && n1.lead == "" && n1.kind == kFunc && n1.a != nil && n1.a.pron == "" {
		p.text += " than"
		n1.drop = true
	}
	return settled
}

// كم before هو/هي/هم and an adjective is the exclamation (or indirect
// question) of degree, "how" + the adjective, and the pronoun is said
// after it as the subject of "is": كم هو مهم → how important it is, لا
// أعرف كم هو صعب → I don't know how hard it is. When a definite noun or a
// demonstrative follows, that is the subject and "is" goes before it: كم
// هي جميلة هذه المدينة! → how beautiful is this city! (كم alone keeps
// "how many": كم كتابا قرأت؟)
func kamHuwaAdjective(g *engine, w *window) verdict {
	it, n1, n2, n3 := w.it, w.n1, w.n2, w.n3
	if it.key != "كم" || it.kind != kFunc || it.post != "" || it.a == nil || it.a.prep != "" || n1 == nil || !lemmaIs(n1, "هو", "هي", "هم") ||
		n1.kind != kFunc || n1.lead != "" || n1.post != "" || n2 == nil || n2.kind != kAdj || n2.lead != "" || n2.def || n2.a == nil || n2.a.pron != "" {
		return pass
	}
	cop, subj := "is", "it"
	if n1.key == "هم" {
		cop, subj = "are", "they"
	}
	it.text = "how " + n2.text
	n2.drop = true
	if n3 != nil && n3.lead == "" && (n3.kind == kNoun && n3.def || n3.kind == kName || n3.kind == kFunc && n3.a != nil && n3.a.pron == "" && isDemonstrative(n3)) {
		n1.text = cop
	} else {
		n1.text = subj + " " + cop
	}
	return settled
}

// قليل agreeing with a plural noun before it counts it, "few" (the
// singular gloss measures a mass: ماء قليل → little water): ساعات قليلة →
// a few hours, في السنوات القليلة الماضية → in the past few years, أصدقاء
// قليلون → a few friends. An indefinite noun takes "a few", which is what
// a speaker means by it more often than "not many".
func qalilFew(g *engine, w *window) verdict {
	it, p := w.it, w.prev
	if it.key != "قليل" || it.kind != kAdj || it.lead != "" || it.a == nil || it.a.pron != "" || p == nil || p.kind != kNoun || !p.plural ||
		it.def != p.def {
		return pass
	}
	if p.def || p.det != "" {
		it.text = "few"
	} else {
		it.text = "a few"
	}
	return applied
}

// contract says the words of the spoken table in a line of speech (the
// first or second person: a talk, an interview) as a speaker says them: I
// do not know → I don't know, it is not easy → it's not easy, you must →
// you have to. Only whole words, and a capitalized first word stays so (Do
// not → Don't). A line without a speaker or a listener (a news report) is
// left as written.
func (g *engine) contract(s string) string {
	for _, c := range spokenCased {
		s = replaceWords(s, c.old, g.esc(c.new), c.last, c.notNot)
		if c.upOld != c.old {
			s = replaceWords(s, c.upOld, g.esc(c.upNew), c.last, c.notNot)
		}
	}
	return s
}

// spokenCased is spokenForms with each row's capitalized pair and its two
// tests worked out once, not on every line of speech.
var spokenCased = caseSpoken(spokenForms)

// spokenForm is a row of the spoken table: old said as new, and
// capitalized (Do not → Don't).
type spokenForm struct {
	old, new, upOld, upNew string
	// last: "it's" cannot end a clause (how important it is), "don't" can
	last bool
	// notNot: "must not" forbids; "have to not" would not say so
	notNot bool
}

func caseSpoken(rows [][2]string) []spokenForm {
	out := make([]spokenForm, len(rows))
	for i, c := range rows {
		out[i] = spokenForm{old: c[0], new: c[1], upOld: capitalize(c[0]), upNew: capitalize(c[1]),
			last: !strings.HasSuffix(c[1], "n't"), notNot: strings.HasSuffix(c[1], " to")}
	}
	return out
}

// replaceWords replaces old in s by new where old stands as whole words
// (no letter, digit or apostrophe right before or after it); with
// needNext, only where a word follows it after a space; with notNot,
// not where that word is "not".
func replaceWords(s, old, new string, needNext, notNot bool) string {
	i := strings.Index(s, old)
	if i < 0 {
		return s
	}
	var b strings.Builder
	for i >= 0 {
		j := i + len(old)
		next := j+1 < len(s) && s[j] == ' ' && wordByte(s[j+1]) && s[j+1] != '\''
		not := notNot && strings.HasPrefix(s[j:], " not") && (j+4 == len(s) || !wordByte(s[j+4]))
		if (i == 0 || !wordByte(s[i-1])) && (j == len(s) || !wordByte(s[j])) && (!needNext || next) && !not {
			b.WriteString(s[:i])
			b.WriteString(new)
		} else {
			b.WriteString(s[:j])
		}
		s = s[j:]
		i = strings.Index(s, old)
	}
	b.WriteString(s)
	return b.String()
}

// wordByte: a byte of a word: an ASCII letter or digit, an apostrophe, or
// part of a non-ASCII letter.
func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'' || c >= 0x80
}

// resumptiveThird: the pronoun suffixes a relative clause repeats its
// antecedent with.
var resumptiveThird = map[string]bool{"ه": true, "ها": true, "هم": true, "هن": true}

// A verb of the speaker or the listener with an object pronoun right
// after an indefinite noun opens a relative clause without a relative
// (صفة), whose pronoun is the noun again and is not said: هذا شيء لا
// أفهمه → this is a thing I don't understand, قرأت كتابا أحببته → I read
// a book I loved; so too at the end of a chain of verbs after a relative
// or such a noun: ثلاثة أشياء أريد أن أقولها → three things I want to say,
// ما أريد أن أفعله → what I want to do. (A verb joined by و is a new clause: وجدت طفلا وساعدته →
// and I helped him.)
func asyndeticResumptive(g *engine, w *window) verdict {
	it := w.it
	if it.kind != kVerb || it.a == nil || it.post == "" || !resumptiveThird[it.a.pron] || it.lead != "" || it.a.conj != "" || w.prev == nil {
		return pass
	}
	head, first := clauseHead(w.its, w.i)
	if head == nil || !(asyndeticHead(head, first) || relativeHead(head) && first != it) {
		return pass
	}
	it.post = ""
	return applied
}

// clauseHead walks back from the verb its[i] over a chain of verbs and
// أن (أريد أن أقوله، يمكن أن نفعله) to the word before the chain, which
// may head a relative clause; first is the chain's first verb.
func clauseHead(its []item, i int) (head, first *item) {
	first = &its[i]
	verbs := 1
	for j := i - 1; j >= 0; j-- {
		x := &its[j]
		if x.drop {
			continue
		}
		switch {
		case x.kind == kFunc && x.key == "ان" && x.post == "" && x.lead == "":
			continue
		case x.kind == kVerb && x.a != nil && x.a.conj == "" && x.lead == "" && x.post == "" && verbs < 3,
			x.kind == kFunc && x.a != nil && x.a.e.tag == TagPhrase && x.has(fTo) && x.has(fSubject) && x.a.conj == "" && x.lead == "" && verbs < 3:
			verbs++ // أريد أن as one phrase line (I want to)
			first = x
			continue
		}
		return x, first
	}
	return nil, first
}

// asyndeticHead: an indefinite noun before a verb of the speaker or the
// listener, which opens a relative clause without a relative.
func asyndeticHead(x, v *item) bool {
	if x.kind != kNoun || x.def || x.a == nil || x.a.pron != "" || v.a == nil {
		return false
	}
	if v.kind == kFunc { // a phrase line of a verb and its subject (أريد أن → I want to)
		return true
	}
	return v.a.person == "1s" || v.a.person == "1p" || v.a.person == "2"
}

// relativeHead: a relative word (الذي، التي، ما، من) before a verb.
func relativeHead(x *item) bool {
	return x.kind == kFunc && x.post == "" && (relatives[x.key] || lemmaIs(x, "ما", "من")) || x.has(fRelative)
}

// A preposition with a pronoun right after the verb of a relative clause
// (after الذي، التي، ما or an indefinite noun) is the clause's resumptive
// preposition: English keeps the preposition at the end and drops the
// pronoun: البيت الذي أسكن فيه → the house that I live in, العالم الذي
// نعيش فيه → the world that we live in, المشروع الذي نعمل عليه → the
// project that we work on, ما أريد أن أتحدث عنه → what I want to talk
// about.
func relativePrepResumptive(g *engine, w *window) verdict {
	it, v := w.it, w.prev
	if it.kind != kFunc || it.a == nil || it.a.e.tag != TagPrep || it.a.conj != "" || it.lead != "" || it.post == "" || !resumptiveThird[it.a.pron] ||
		v == nil || v.kind != kVerb || v.a == nil || v.a.conj != "" || v.lead != "" || v.post != "" {
		return pass
	}
	j := w.i - 1
	for j > 0 && w.its[j].drop {
		j--
	}
	head, first := clauseHead(w.its, j)
	if head == nil || !relativeHead(head) && !asyndeticHead(head, first) {
		return pass
	}
	if v.gapSubject || relativeHead(head) && relativeSubject(relativeKey(head), v.a.person) || subjectNext(w.its, w.i) {
		// the relative (or the noun) is the verb's subject, so the pronoun
		// is someone else (الرجل الذي تحدث عنه → the man who talked about
		// him); a subject after the preposition is not put before it
		// (الذي تحدث عنه الرئيس keeps its pronoun)
		return pass
	}
	it.post = ""
	return applied
}

// relativeKey is the relative of the relative head x: ما for a phrase
// with +relative (هذا ما، الأمر الذي), said "what"/"which".
func relativeKey(x *item) string {
	if relatives[x.key] || x.key == "من" {
		return x.key
	}
	return "ما"
}

// هي (هو) in a line that names no person, after a feminine (masculine)
// singular noun that is no person, stands for that thing: "it": رأيت
// الفيلم، وهو يتحدث عن الحرب → and it talks about the war, هذه الفكرة بسيطة، وهي
// تغير كل شيء → this idea is simple, and it changes everything, الشركة
// كبيرة وهي تعمل في بغداد → the company is big and it works in Baghdad
// (أمي طبيبة وهي تعمل → and she works: the nearest noun must be a
// definite thing).
func hiyaThingIsIt(g *engine, w *window) verdict {
	it := w.it
	if !lemmaIs(it, "هي", "هو") || it.kind != kFunc || it.post != "" || it.a == nil || it.a.prep != "" || g.human ||
		w.prev != nil && relativeHead(w.prev) { // الكتاب الذي هو على الطاولة: the copula rules read it
		return pass
	}
	for j := w.i - 1; j >= 0; j-- {
		x := &w.its[j]
		if x.drop || x.kind != kNoun || x.a == nil {
			continue
		}
		// the nearest noun: a definite feminine thing (not أمي، طبيبة)
		if fem, ok := nounFeminine(x); ok && fem == (it.key == "هي") && x.def && x.a.pron == "" && !humanNoun(x) {
			it.text = "it"
			return applied
		}
		return pass
	}
	return pass
}

// speech: the line speaks in the first or second person: a mark the
// persons pass found, a pronoun suffix of the speaker or the listener
// (دعونا، كتابكم), a verb of "we" or "you", or a modal phrase line with
// such a pronoun (يجب عليك أن، يمكننا). A line with a protected span
// (translate="no") is not, so contract never rewrites it.
func (g *engine) speech(its []item) bool {
	for i := range its {
		if its[i].raw && its[i].kind != kRaw {
			return false // a protected span (notranslate) is never rewritten
		}
	}
	if g.firstPerson || g.secondPerson {
		return true
	}
	for i := range its {
		x := &its[i]
		if x.drop || x.a == nil {
			continue
		}
		if x.kind == kFunc && x.a.e.tag == TagPhrase && speechModal(x.key) || speechPron[x.a.pron] || x.kind == kVerb && (x.a.person == "1p" || x.a.person == "2") {
			return true // دعونا، يمكنك، نتحدث
		}
	}
	return false
}

// عمر with a pronoun before a number of years says an age with the
// pronoun as its subject: عمري أربعون سنة → I am forty years old, كان
// عمري عشر سنوات → I was ten years old, عمره خمس سنوات → he is five years
// old, ابنتي عمرها سبع سنوات → my daughter is seven years old. An opening
// كان is said as the past of the copula.
func umriYearsOld(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if it.key != "عمر" || it.kind != kNoun || it.lead != "" || it.a == nil || it.a.pron == "" || it.a.prep != "" || it.plural ||
		n1 == nil || n1.kind != kNum || n1.lead != "" || n2 == nil || n2.lead != "" || n2.kind != kNoun || !lemmaIs(n2, "سنة", "عام", "سنوات", "اعوام") {
		return pass
	}
	p := w.prev
	past := p != nil && isCopula(p) && p.a.vf == vPast && p.a.pron == "" && p.lead == "" && p.a.person == "3ms" && !p.a.fut
	// a noun before it is the topic the pronoun stands for: ابنتي عمرها
	// سبع سنوات → my daughter is seven years old
	topic := p != nil && p.kind == kNoun && p.lead == "" && (p.def || p.a != nil && p.a.pron != "") && (it.a.pron == "ه" || it.a.pron == "ها") &&
		liveBefore(w.its, itemIndex(w.its, 0, p)) == nil
	if !(p == nil || p.kind == kPunct || past || topic) {
		return pass
	}
	subj := modalSubject(it.a.pron)
	if topic {
		subj = ""
	}
	if subj == "" && !topic {
		return pass
	}
	cop := pronounCopula(it.a.pron)
	if past {
		cop = "were"
		if it.a.pron == "ي" || it.a.pron == "ه" || it.a.pron == "ها" {
			cop = "was"
		}
		p.drop = true
	}
	it.drop, n2.drop = true, true
	n1.det = ""
	n1.text = strings.TrimSpace(subj+" "+cop) + " " + n1.text + " years old"
	return settled
}

// In a question, a question word before لا/لم/لن and an imperfect asks
// a negative question, inverted with the auxiliary's negative: لماذا لم
// تخبرني؟ → why didn't you tell me?, كيف لا تعرف ذلك؟ → how don't you
// know that?, متى لن يعمل؟ → when won't he work? (the particle merges
// into the verb after this rule; questionText says its negative).
func questionWordNegatedVerb(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if !interrogatives[it.key] || it.kind != kFunc || it.post != "" || n1 == nil || n1.kind != kFunc || n1.lead != "" || n1.post != "" ||
		!lemmaIs(n1, "لا", "لم", "لن") || n2 == nil || n2.kind != kVerb || n2.lead != "" || n2.mod != "" || n2.a == nil || n2.a.vf != vImpf ||
		n2.a.fut || n2.a.passive || n2.a.prep != "" || n2.a.e.has(fCopula) || !questionMarkFrom(w.its, w.i+1) {
		return pass
	}
	if n2.a.person == "3fs" && feminineNext(w.n3) {
		return pass // لماذا لا تعمل السيارة؟: the car is its subject
	}
	n2.question = true
	return applied
}

// كلما with أكثر in its clause is the comparative correlative "the more":
// كلما قرأت أكثر، تعلمت أكثر → the more I read, the more I learned. أكثر
// is said by "the more" and goes; a second clause after the comma with
// its own أكثر (and no كلما of its own) opens with "the more" too.
func kullamaTheMore(g *engine, w *window) verdict {
	it := w.it
	if it.key != "كلما" || it.kind != kFunc || it.post != "" {
		return pass
	}
	more, end := moreInClause(w.its, w.i+1)
	if more == nil {
		return pass
	}
	it.text = "the more"
	more.drop = true
	if end == nil || end.text != "," {
		return applied
	}
	k := itemIndex(w.its, 0, end)
	if n := liveAfter(w.its, k, 1); n != nil && n.key == "كلما" {
		return applied // the second كلما says it
	}
	if more2, _ := moreInClause(w.its, k+1); more2 != nil {
		more2.drop = true
		end.text = ", the more"
	}
	return applied
}

// moreInClause: أكثر said alone (not before من or a noun) in its[from:]
// before the clause's punctuation, and that punctuation (nil at the end).
func moreInClause(its []item, from int) (more, end *item) {
	for j := from; j < len(its); j++ {
		x := &its[j]
		if x.drop {
			continue
		}
		if x.kind == kPunct {
			return more, x
		}
		if x.key == "اكثر" && x.kind == kFunc && x.lead == "" && x.post == "" && more == nil {
			n := liveAfter(its, j, 1)
			if n == nil || n.kind == kPunct {
				more = x
			}
		}
	}
	return more, nil
}

// A modal with its subject, a phrase line or one word (يجب عليك، يمكنكم),
// and then a
// prepositional phrase before أن + an imperfect still governs that verb:
// أن goes and the verb is bare: يجب عليك في هذه المرحلة أن تسأل الطبيب →
// you have to at this stage ask the doctor.
func modalPhrasePrepAn(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.key != "ان" || it.kind != kFunc || it.lead != "" || it.post != "" || n1 == nil || n1.kind != kVerb || n1.lead != "" || n1.mod != "" ||
		n1.a == nil || n1.a.vf != vImpf || n1.a.fut || n1.a.passive {
		return pass
	}
	// back over a prepositional phrase of at most four words
	seen, prep := 0, false
	for j := w.i - 1; j >= 0 && seen < 5; j-- {
		x := &w.its[j]
		if x.drop {
			continue
		}
		seen++
		switch {
		case x.kind == kFunc && x.a != nil && x.post == "" && ((x.a.e.tag == TagPhrase && x.has(fSubject) || modals[x.key]) && speechModal(x.key) ||
			modals[x.key] && speechPron[x.a.pron]):
			if !prep {
				return pass
			}
			it.drop = true
			n1.bare = true
			return settled
		case x.kind == kFunc && x.a != nil && x.a.e.tag == TagPrep && x.a.pron == "",
			x.kind == kFunc && x.a != nil && x.a.e.tag == TagPhrase && g.prepHead(x.key): // في البيت
			prep = true
		case x.kind == kNoun || x.kind == kAdj || x.kind == kName || x.kind == kFunc && isDemonstrative(x):
			if x.a != nil && x.a.prep != "" {
				prep = true
			}
		default:
			return pass
		}
	}
	return pass
}

// A past in ت spelled like the first person (قررت، حاولت) before أن +
// an imperfect of the first person singular, in a line with no "she", is
// the speaker's, and the two verbs share their subject: the second is
// the to-infinitive: قررت أن أذهب → I decided to go, حاولت أن أفهم → I
// tried to understand (a verb of another person keeps its own subject:
// قالت أن أذهب).
func tPastAnFirstPersonInfinitive(g *engine, w *window) verdict {
	it, prev, n1 := w.it, w.prev, w.n1
	if it.key != "ان" || it.kind != kFunc || it.lead != "" || it.post != "" || prev == nil || prev.kind != kVerb || prev.a == nil ||
		prev.a.vf != vPast || prev.a.person != "3fs" || prev.a.pron != "" || prev.post != "" || prev.a.passive || prev.a.e.has(fCopula) ||
		n1 == nil || n1.kind != kVerb || n1.lead != "" || n1.mod != "" || n1.a == nil || n1.a.vf != vImpf || n1.a.person != "1s" || n1.a.fut ||
		g.sheMark || g.human || !firstPersonSpelling(prev) || !g.noSheIn(w.its, w.i-1) {
		return pass
	}
	prev.setPerson("1s")
	it.drop = true
	n1.inf = true
	return settled
}
