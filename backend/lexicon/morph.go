package lexicon

import (
	"strings"
	"unicode/utf8"
)

type verbForm uint8

const (
	vNone verbForm = iota
	vPast
	vImpf
)

// analysis is one reading of an Arabic word: the lexicon entry of its stem
// and the affixes around it.
type analysis struct {
	e       *entry
	alts    []*entry // other readings of the same stem, for context rules
	conj    string   // و or ف
	prep    string   // ب ك ل (clitic prepositions)
	fut     bool     // س
	def     bool     // ال
	plural  bool
	dual    bool
	fem     bool
	pron    string // pronoun suffix: ه ها هم هما هن ك كم كن نا ي ني
	vf      verbForm
	person  string // verbs: 1s 1p 2 3ms 3fs 3mp 3fp 3d
	gerund  bool   // a verb entry read as its masdar
	tanwin  bool   // accusative tanwin alef (فرصا)
	passive bool   // imperfect passive of a hollow verb (يقال is said)
	// tamm: a perfect passive the text marks: تم/يتم + verbal noun (تم
	// اعتقال → was arrested) or the vowelled perfect (قُتل → was killed)
	tamm bool
	// constructI: a sound plural in construct with its ن dropped (مسؤولي
	// الحكومة); without a following noun the ي is "my" (كتابي)
	constructI bool
	// constructU: a sound masculine plural in construct written و with
	// its ن dropped (موظفو الشركة، مسيحيو مصر)
	constructU bool
	// madda: a first person imperfect whose prefix and stem hamza are the
	// text's madda (آمل)
	madda bool
	// bareAlef: an imperfect in the first person singular whose prefix the
	// text typed as a bare alef (اكتب), the spelling of the imperative;
	// the imperfect is أكتب
	bareAlef bool
	// at: the byte offset in the word where the stem starts (clitics and
	// person prefix before it); -1 when the stem is not a span of the word
	at int
	// ranking
	stem    int // runes in the stem
	affixes int
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

// better reports whether a should be preferred to b: the longest stem found
// in the lexicon first, then the fewest affixes; earlier candidates win ties
// (they are generated in order of plausibility).
func better(a, b *analysis) bool {
	if b == nil {
		return true
	}
	if a.stem != b.stem {
		return a.stem > b.stem
	}
	if a.affixes == b.affixes && b.conj == "ف" && a.conj == "" && a.e.tag == TagVerb {
		// فتحت is the verb فتح + ت more often than ف + تحت "then under"
		return true
	}
	if a.affixes == b.affixes && a.e.tag == TagVerb && a.vf == vImpf && strings.HasPrefix(a.person, "3") && a.pron == "" && b.pron != "" && closedClass(b.e.tag) {
		// h15-vocab13b: يتمكن is the verb تمكن, not the particle يتم + كن
		// "you": a third-person imperfect without a suffix beats a
		// function word with a pronoun suffix of the same stem (but إنه
		// stays إن + ه, not أنوه "I note")
		return true
	}
	return a.affixes < b.affixes
}

// lookupWord returns the entries for a single-word key, trying the common
// final-letter spelling variants when the exact form is absent.
func (l *Lexicon) lookupWord(w string) []*entry {
	if es := l.words[w]; es != nil {
		return es
	}
	if strings.HasSuffix(w, "ه") {
		return nil // ه for ة: see analyzeUncached (كتابه is his book)
	}
	// the one spelling of variants, spelled in a buffer: the lookup of
	// string(v) allocates nothing
	from, to := variantEnding(w)
	if from == "" {
		return nil
	}
	var buf [64]byte
	v := append(append(buf[:0], w[:len(w)-len(from)]...), to...)
	return l.words[string(v)]
}

// analyze returns the preferred reading of a normalized Arabic word, or nil
// when no stem is in the lexicon.
// analyze returns the preferred reading of a word (cached: words repeat).
// The result is shared and must not be modified.
func (l *Lexicon) analyze(w, orig string) *analysis {
	if l.noCache {
		return l.analyzeUncached(w, orig)
	}
	l.cacheMu.RLock()
	a, ok := l.cached(w, orig)
	l.cacheMu.RUnlock()
	if ok {
		return a
	}
	a = l.analyzeUncached(w, orig)
	l.cacheMu.Lock()
	if l.cache == nil {
		l.cache, l.cacheHamza = map[string]*analysis{}, map[[2]string]*analysis{}
	}
	if len(l.cache)+len(l.cacheHamza) < maxCached {
		if orig == w {
			l.cache[w] = a
		} else {
			l.cacheHamza[[2]string{w, orig}] = a
		}
	}
	l.cacheMu.Unlock()
	return a
}

// cached looks w up in the analysis cache: a word spelled without hamza
// (orig == w, most words) is keyed by w alone, the string key's fast map.
func (l *Lexicon) cached(w, orig string) (*analysis, bool) {
	if orig == w {
		a, ok := l.cache[w]
		return a, ok
	}
	a, ok := l.cacheHamza[[2]string{w, orig}]
	return a, ok
}

// maxCached bounds the analysis cache (about 100 MB at most).
const maxCached = 200_000

func (l *Lexicon) analyzeUncached(w, orig string) *analysis {
	if a := l.ladayWithPron(w); a != nil {
		return a
	}
	skipExact := false
	var fallback, taVariant []*entry
	es := l.words[w]
	if es == nil && strings.HasSuffix(w, "ه") {
		// كتابه is كتاب + ه (his book) before it is كتابة typed with ه:
		// the ة spelling is tried only when no pronoun reading exists
		taVariant = l.variantEntries(w)
	} else if es == nil {
		es = l.lookupWord(w)
	}
	if es != nil {
		a, fb := exactReading(es, w, orig)
		if a != nil {
			return a
		}
		fallback, skipExact = fb, true
	}

	var best *analysis
	n := runeLen(w)
	hamza := orig != "" && orig != w && len(orig) == len(w)
	consider := func(a *analysis) {
		if skipExact && a.affixes == 0 && a.stem == n {
			return
		}
		if hamza {
			hamzaSeat(a, orig)
		}
		if a.vf == vImpf && a.person == "1s" && !a.fut && a.prep == "" && strings.HasPrefix(orig[min(a.at, len(orig)):], "ا") {
			a.bareAlef = true
		}
		if better(a, best) {
			best = a
		}
	}
	l.nominal(w, consider)
	l.verbal(w, consider)
	if hamza {
		l.maddaImperfect(w, orig, consider)
	}
	if best != nil && fallback != nil && fallback[0].tag == TagPhrase && (best.e.tag != TagVerb || best.person == "imp" || fallback[0].has(fAddress)) {
		// Only a verb reading beats a one-word phr line, and not an
		// imperative: a phr line for one (اصعدي "go up") says how it is
		// used; nor a verb the line marks as a word that asks the
		// listener (أرجوك "please", not "I hope you").
		best = nil
	}
	if best == nil && fallback != nil {
		return &analysis{e: fallback[0], alts: fallback[1:], stem: runeLen(w), vf: verbFormOf(fallback[0]), person: "3ms"}
	}
	if taVariant != nil && (best == nil || best.pron != "ه") {
		if a := taReading(taVariant, w, orig); a != nil {
			return a
		}
	}
	return best
}

// exactReading reads w, a lexicon word with the entries es, as a whole: the
// first entry its hamza spelling allows. Otherwise it returns the entries
// of last resort (one-word phr lines, hamza mismatches), which morphology
// may still beat.
func exactReading(es []*entry, w, orig string) (*analysis, []*entry) {
	var ok, fallback []*entry
	for _, e := range es {
		switch {
		case waslaPastTypedHamza(orig, e):
			// أنتظر is I wait before it is انتظر typed with a hamza
			fallback = append(fallback, e)
		case orig == "" || hamzaCompatible(orig, e.orig) && !innerHamzaAdded(orig, e.orig):
			ok = append(ok, e)
		case hamzaCompatible(orig, e.orig):
			// the entry has a hamza inside the word where the text has
			// a bare alef (وكان vs وكأن): a reading of last resort
			fallback = append(fallback, e)
		}
	}
	// A one-word phr line (phr is documented as multi-word) is often an
	// inflected form (سيكون "will be", نرى "we see"); the engine's own
	// analysis keeps the grammar (person, tense, VSO), so such a line
	// is used only when morphology finds nothing.
	var phr []*entry
	for len(ok) > 0 && ok[0].tag == TagPhrase {
		phr, ok = append(phr, ok[0]), ok[1:]
	}
	if len(ok) > 0 {
		return &analysis{e: ok[0], alts: ok[1:], stem: runeLen(w), vf: verbFormOf(ok[0]), person: "3ms"}, nil
	}
	return nil, append(phr, fallback...)
}

// hamzaSeat makes a reading follow the hamza the text typed on its stem
// (orig is the word as written, aligned byte for byte with the folded
// word): الإعداد is ال + إعداد "preparation", not أعداد "numbers". Of the
// stem's entries one whose spelling agrees with the text becomes the
// reading; when none does, the reading ranks as a derived one, below any
// reading that agrees. A content word with no prefix is left alone: its
// whole-word lookup checks the hamza already, and the seat typed before
// a suffix alone is too often a slip.
// waslaPastTypedHamza: the verb e is a past of form VII, VIII or X, which
// opens with a bare alef (انتظر، اعترف، استطاع), and the text st types
// that letter as أ: the word is rather the first person imperfect.
func waslaPastTypedHamza(st string, e *entry) bool {
	return e.tag == TagVerb && !e.derived && strings.HasPrefix(st, "أ") && strings.HasPrefix(e.orig, "ا") && (runeLen(e.ar) >= 5 || doubledFormVIII(e.ar))
}

// doubledFormVIII: a four-letter past ا + C + ت + C, form VIII of a
// doubled root (اهتم، احتل، امتد): أهتم is "I care" (h13-lextalk2). A
// four-letter past of form IV (أعلن) opens with أ, so none is spelled so
// unless the lexicon typed its hamza as a bare alef.
func doubledFormVIII(ar string) bool {
	rs := []rune(ar)
	return len(rs) == 4 && rs[0] == 'ا' && rs[2] == 'ت'
}

func hamzaSeat(a *analysis, orig string) {
	if a.vf == vImpf && a.person == "1s" && !a.fut && a.at < len(orig) && strings.HasPrefix(orig[a.at:], "آ") && !a.madda {
		// آمل: the madda is the prefix أ + the stem's hamza, so a stem
		// without it (أ + مل from مول) contradicts the text
		a.stem--
		a.affixes += 2
		return
	}
	if a.vf == vPast && a.at >= 0 && a.at < len(orig) && waslaPastTypedHamza(orig[a.at:], a.e) {
		// أعترف, أستطيع: the past of forms VII, VIII and X opens with a
		// bare alef (اعترف); typed with أ the word is the first person
		// imperfect (I admit)
		a.stem--
		a.affixes += 2
		return
	}
	if a.at < 0 || a.at >= len(orig) || a.e.derived || a.vf == vImpf || a.at == 0 && !closedClass(a.e.tag) {
		return
	}
	st := orig[a.at:]
	if hamzaCompatible(st, a.e.orig) {
		return
	}
	for i, e := range a.alts {
		if (e.tag == TagVerb) == (a.e.tag == TagVerb) && !e.derived && hamzaCompatible(st, e.orig) {
			alts := make([]*entry, 0, len(a.alts))
			alts = append(append(append(alts, a.e), a.alts[:i]...), a.alts[i+1:]...)
			a.e, a.alts = e, alts
			return
		}
	}
	a.stem--
	a.affixes += 2
	if innerHamzaAdded(a.e.orig, st) {
		// h15-vocab13b: the text types a hamza inside the stem where the
		// entry has none (والأم is و + ال + أم "and the mother", not و +
		// آلام "pains"): a writer rarely adds one, so the reading ranks
		// below a shorter stem that agrees
		a.stem--
	}
}

// maddaImperfect reads a word whose person prefix is a madda (آمل, وآخذ)
// as the first person imperfect of a hamza-initial verb: آ is the prefix
// أ + the stem's hamza (أأمل → I hope, from يأمل).
func (l *Lexicon) maddaImperfect(w, orig string, consider func(*analysis)) {
	for _, conj := range [...]string{"", "و", "ف"} {
		if !strings.HasPrefix(w, conj) || !strings.HasPrefix(orig[len(conj):], "آ") {
			continue
		}
		st := w[len(conj):] // the stem with its hamza: امل
		for _, e := range l.impf[st] {
			if e.tag == TagVerb {
				consider(&analysis{e: e, conj: conj, vf: vImpf, person: "1s", stem: runeLen(st) + 1, affixes: 1 + boolInt(conj != ""), at: len(conj), madda: true})
				break
			}
		}
	}
}

// closedClass: prepositions, particles and conjunctions, which carry
// pronoun suffixes (إنه, أنه, لأنها).
func closedClass(t Tag) bool { return t == TagPrep || t == TagPart || t == TagConj }

// ladayWithPron reads لديّ (I have): the preposition لدى with the pronoun
// ي is spelled like لدى typed with ي.
func (l *Lexicon) ladayWithPron(w string) *analysis {
	if l.words[w] != nil || !strings.HasSuffix(w, "ي") {
		return nil
	}
	for _, e := range l.words[strings.TrimSuffix(w, "ي")+"ى"] {
		if e.ar != "لدى" {
			break // إلي is as often a misspelt إلى as إليّ
		}
		if e.tag == TagPrep {
			return &analysis{e: e, pron: "ي", stem: runeLen(w), affixes: 1}
		}
	}
	return nil
}

// taReading is the reading of w as a word ending in ة typed with ه, from
// its entries taVariant whose hamza spelling suits orig; nil if none does.
func taReading(taVariant []*entry, w, orig string) *analysis {
	var ok []*entry
	for _, e := range taVariant {
		if orig == "" || hamzaCompatible(orig, e.orig) {
			ok = append(ok, e)
		}
	}
	if len(ok) == 0 {
		return nil
	}
	return &analysis{e: ok[0], alts: ok[1:], stem: runeLen(w), vf: verbFormOf(ok[0]), person: "3ms"}
}

func verbFormOf(e *entry) verbForm {
	if e.tag == TagVerb {
		return vPast
	}
	return vNone
}

// nominal enumerates readings as clitics + stem + number/pronoun suffixes.
func (l *Lexicon) nominal(w string, consider func(*analysis)) {
	for _, conj := range [...]string{"", "و", "ف"} {
		if conj != "" && !strings.HasPrefix(w, conj) {
			continue
		}
		w1 := w[len(conj):]
		for _, prep := range [...]string{"", "ب", "ل", "ك"} {
			if prep != "" && !strings.HasPrefix(w1, prep) {
				continue
			}
			w2 := w1[len(prep):]
			for _, def := range [...]bool{false, true} {
				w3 := w2
				if def {
					switch {
					case prep == "ل" && strings.HasPrefix(w2, "ل") && !strings.HasPrefix(w2, "ال"):
						w3 = w2[len("ل"):] // لل = ل + ال
					case strings.HasPrefix(w2, "ال"):
						w3 = w2[len("ال"):]
					default:
						continue
					}
				}
				if def && (conj != "" || prep != "") {
					// entries spelled with the article (العراق → Iraq) under
					// clitics: والعراق، للعراق، بالعراق
					for _, e := range l.lookupWord("ال" + w3) {
						// h15-vocab13b: spelled with the article, not a word
						// in آل that folds to it (والأم is not و + آلام)
						if accepts(e.tag, &analysis{}, false) && strings.HasPrefix(e.orig, "ال") {
							c := analysis{conj: conj, prep: prep, e: e, stem: runeLen(w3) + 2, at: -1}
							c.affixes = boolInt(conj != "") + boolInt(prep != "")
							consider(&c)
							break
						}
					}
				}
				base := analysis{conj: conj, prep: prep, def: def, at: len(w) - len(w3)}
				base.affixes = boolInt(conj != "") + boolInt(prep != "") + boolInt(def)
				if prep == "ك" {
					base.affixes++ // كانت is a verb far more often than "like you"
				}
				l.suffixes(w3, base, consider)
			}
		}
	}
}

// tanwinNoun reports a noun or adjective of at least four letters, which
// the accusative tanwin alef can follow.
func (l *Lexicon) tanwinNoun(s string) bool {
	if runeLen(s) < 4 {
		return false
	}
	for _, e := range l.words[s] {
		if e.tag == TagNoun || e.tag == TagAdj {
			return true
		}
	}
	return false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// suffixes strips pronoun and number suffixes from w and looks up the stem.
func (l *Lexicon) suffixes(w string, base analysis, consider func(*analysis)) {
	for pi := -1; pi < len(pronSuffixes); pi++ {
		s := w
		a := base
		if pi >= 0 {
			p := pronSuffixes[pi]
			if !strings.HasSuffix(w, p) || base.def {
				continue
			}
			s = w[:len(w)-len(p)]
			a.pron = p
			a.affixes++
			if p == "ي" || p == "ني" || p == "ك" {
				a.affixes++ // rare in news prose; prefer other readings
			}
			// Prepositions and particles carry pronouns: به، له، عنه، إنه.
			if runeLen(s) >= 1 && base.prep == "" {
				// منّا، عنّا: the ن of the preposition merges with نا
				// (a fresh slice: never append to the lexicon's own slices)
				cands := make([]*entry, 0, 4)
				cands = append(cands, l.words[s]...)
				cands = append(cands, l.variantEntries(s)...)
				if p == "نا" {
					cands = append(cands, l.words[s+"ن"]...)
				}
				if p == "نا" && l.tanwinNoun(w[:len(w)-len("ا")]) {
					// أمانا is أمان + tanwin ("safety"), not أما + نا
					cands = cands[:0]
				}
				for _, e := range cands {
					if e.tag == TagConj && runeLen(s) == 1 {
						// و، ف carry no pronoun: وكما is و + كما "and
						// as", not "and you" (h12-lexhomo)
						continue
					}
					if e.tag == TagPrep || e.tag == TagPart || e.tag == TagConj {
						// a closed class: the pronoun counts as part of the
						// stem, so لكم is "to you", not ل + كم "how many";
						// the first entry wins unless the text's hamza
						// picks a later one (أنه is أن, إنه is إن)
						c := a
						c.e, c.stem = e, runeLen(w)
						consider(&c)
					}
				}
			}
			// Feminine ة is written ت before a suffix; ون/ين lose their ن.
			switch {
			case strings.HasSuffix(s, "ت"):
				c := a
				l.number(s[:len(s)-len("ت")]+"ة", c, consider)
			case strings.HasSuffix(s, "و") || strings.HasSuffix(s, "ي"):
				c := a
				c.plural = true
				c.affixes++
				l.stem(s[:len(s)-len("و")], c, consider, false)
			}
		}
		if runeLen(s) < 2 {
			continue
		}
		l.number(s, a, consider)
	}
}

// number strips a number/gender suffix and looks the stem up.
func (l *Lexicon) number(s string, a analysis, consider func(*analysis)) {
	l.stem(s, a, consider, false)
	type suf struct {
		suf          string
		addTa        bool
		plural, dual bool
		fem          bool
	}
	for _, x := range [...]suf{
		{"ات", true, true, false, true},
		{"ات", false, true, false, false},
		{"ون", false, true, false, false},
		{"ين", false, true, false, false},
		{"ان", false, false, true, false},
		{"تان", true, false, true, true},
		{"تين", true, false, true, true},
		{"تان", false, false, true, true}, // adjectives: لطيفتان
		{"تين", false, false, true, true},
		{"ة", false, false, false, true},
		// Sound masculine plurals lose their ن in the construct state:
		// مستهلكي التكنولوجيا, موظفو الشركة.
		{"ي", false, true, false, false},
		{"و", false, true, false, false},
		// accusative tanwin is written with an alef: كبيرا، عاما
		{"ا", false, false, false, false},
	} {
		if !strings.HasSuffix(s, x.suf) {
			continue
		}
		st := s[:len(s)-len(x.suf)]
		if x.addTa {
			st += "ة"
		}
		if runeLen(st) < 2 {
			continue
		}
		c := a
		c.plural, c.dual, c.fem = c.plural || x.plural, x.dual, x.fem
		c.affixes++
		c.constructI = x.suf == "ي"
		c.constructU = x.suf == "و"
		if (x.suf == "ي" || x.suf == "و" || x.suf == "ا") && (a.pron != "" || a.def) {
			continue
		}
		if x.suf == "ا" && (strings.HasSuffix(st, "ه") || strings.HasSuffix(st, "ة") || strings.HasSuffix(st, "ا")) {
			continue // no tanwin alef after ة: زوجها is زوج + ها
		}
		c.tanwin = x.suf == "ا"
		l.stem(st, c, consider, true)
	}
}

// seatEntries looks up a stem whose final hamza changed its seat before a
// suffix: لقائه is لقاء + ه, أخطائي is أخطاء + ي, خطئه is خطأ + ه.
func (l *Lexicon) seatEntries(s string) []*entry {
	r, n := utf8.DecodeLastRuneInString(s)
	if r != 'ئ' && r != 'ؤ' {
		return nil
	}
	if es := l.words[s[:len(s)-n]+"ء"]; es != nil {
		return es
	}
	return l.words[s[:len(s)-n]+"ا"]
}

// maqsuraEntries looks up a noun stem whose final ى is written ا before a
// pronoun suffix: مستواه is مستوى + ه, معناها is معنى + ها, موتاهم is
// موتى + هم (case 3105). Only noun lines take it; verbs have their own
// reading of the spelling (بناه, verbal).
func (l *Lexicon) maqsuraEntries(s string) []*entry {
	st, ok := strings.CutSuffix(s, "ا")
	if !ok || runeLen(st) < 2 {
		return nil
	}
	var out []*entry
	for _, e := range l.words[st+"ى"] {
		if e.tag == TagNoun || e.tag == TagNounPlural {
			out = append(out, e)
		}
	}
	return out
}

// participleEntries reads an unknown م-word as the participle of a verb in
// the lexicon: م + the imperfect stem of forms III and V–X (مستخدم from
// يستخدم, مقترح from يقترح, متكيف from يتكيف), of form IV (منتج from
// أنتج/ينتج) or of a three-letter verb spelled like its imperfect stem
// (form II مخصص from خصص; form I مطلوب has its own pattern and is not
// derived). It returns an adjective glossed with the verb's past
// participle ("used", "allocated"), or nil.
func (l *Lexicon) participleEntries(s string) []*entry {
	if rs := []rune(s); len(rs) == 4 && rs[1] == 'ا' && rs[0] != 'ا' {
		// form I active participle فاعل: صامد from صمد (withstanding);
		// of a hollow verb فائل: قائل from قال
		verb := string([]rune{rs[0], rs[2], rs[3]})
		if rs[2] == 'ئ' {
			verb = string([]rune{rs[0], 'ا', rs[3]})
		}
		for _, e := range l.words[verb] {
			if e.tag == TagVerb && runeLen(e.impf) == 3 && !e.has(fCopula|fBe|fPhrasal) {
				return []*entry{{ar: s, orig: s, en: gerund(e.en), tag: TagAdj, file: e.file, line: e.line, derived: true}}
			}
		}
		return nil
	}
	st, ok := strings.CutPrefix(s, "م")
	if !ok {
		return nil
	}
	if rs := []rune(st); len(rs) == 4 && rs[2] == 'و' {
		// form I passive participle مفعول: مطلوب from طلب
		for _, e := range l.words[string([]rune{rs[0], rs[1], rs[3]})] {
			if e.tag == TagVerb && runeLen(e.impf) == 3 && !e.has(fCopula) {
				return l.participleOf(s, e)
			}
		}
	}
	n := runeLen(st)
	if n < 3 {
		return nil
	}
	for _, e := range l.impf[st] {
		if e.tag != TagVerb || e.has(fCopula) || (n == 3 && e.ar != "ا"+st && e.ar != st) {
			continue
		}
		if p := l.participleOf(s, e); p != nil {
			return p
		}
	}
	return nil
}

// masdarEntries reads an unknown word as the verbal noun of a derived verb
// in the lexicon: forms IV, VII, VIII and X insert ا before the last letter
// (استخدم → استخدام, انسحب → انسحاب, أرسل → إرسال; hollow verbs end in ة:
// استضافة, إقامة), form II is تفعيل (طور → تطوير), form III مفاعلة
// (ناقش → مناقشة). It returns a noun glossed with the verb's -ing form.
func (l *Lexicon) masdarEntries(s string) []*entry {
	if e := l.masdarVerb(s); e != nil {
		return []*entry{{ar: s, orig: s, en: gerund(e.en), tag: TagNoun, file: e.file, line: e.line, derived: true}}
	}
	return nil
}

// masdarVerb returns the derived verb (forms II–X) whose verbal noun s is
// (استخدام → استخدم, تطوير → طور, إقامة → أقام, مشاركة → شارك), or nil.
func (l *Lexicon) masdarVerb(s string) *entry {
	rs := []rune(s)
	n := len(rs)
	if n < 5 {
		return nil
	}
	var verb string
	switch {
	case rs[0] == 'ا' && rs[n-2] == 'ا' && rs[n-1] == 'ء':
		// defective: إلقاء → ألقى, استدعاء → استدعى; else a hamza root
		// (إنشاء → أنشأ)
		if e := l.verbIn(string(rs[:n-2])+"ى", rs); e != nil {
			return e
		}
		verb = string(rs[:n-2]) + "ا"
	case rs[0] == 'ا' && rs[n-2] == 'ا':
		verb = string(rs[:n-2]) + string(rs[n-1]) // استخدام → استخدم
	case n == 5 && rs[0] == 'ت' && rs[3] == 'ي' && rs[4] == 'ة':
		// defective form II: تلبية → لبى, تنمية → نمى
		return l.pastVerb(string(rs[1:3])+"ى", fCopula|fBe|fPhrasal)
	case n == 5 && rs[0] == 'ت' && rs[3] == 'ي':
		return l.formIIVerbIn(string(rs[1:3])+string(rs[4]), rs) // تطوير → طور
	case rs[0] == 'ا' && rs[n-1] == 'ة' && rs[n-3] == 'ا':
		verb = string(rs[:n-1]) // hollow: استضافة → استضاف, إقامة → أقام
	case n == 6 && rs[0] == 'م' && rs[2] == 'ا' && rs[n-1] == 'ة':
		verb = string(rs[1 : n-1]) // form III: مشاركة → شارك
	default:
		return nil
	}
	return l.verbIn(verb, rs)
}

// formIMasdarVerb returns the form I verb whose verbal noun s may be, by
// the common patterns فَعْل, فِعالة, فُعول, فَعيل (كتابة → كتب, دخول → دخل,
// زيارة → زار), or of a defective verb of forms V and VI (التعافي →
// تعافى), or nil. Form I masdars are not predictable, so this is
// only for a place where a verbal noun is expected (a modal's verb).
func (l *Lexicon) formIMasdarVerb(s string) *entry {
	if v := masdarVerbs[s]; v != "" {
		// an irregular verbal noun, from the masdar-verb table
		if e := l.pastVerb(v, fCopula); e != nil {
			return e
		}
	}
	rs := []rune(strings.TrimSuffix(s, "ة"))
	var cands []string
	switch {
	case len(rs) == 3 && rs[2] != 'ى' && rs[2] != 'ا':
		cands = append(cands, string(rs))
	case len(rs) == 4 && (rs[2] == 'ا' || rs[2] == 'و' || rs[2] == 'ي'):
		cands = append(cands, string([]rune{rs[0], rs[1], rs[3]}))
		if rs[1] == 'ي' || rs[1] == 'و' {
			cands = append(cands, string([]rune{rs[0], 'ا', rs[3]})) // hollow: زيارة → زار
		}
		if rs[2] == 'ا' && rs[3] == 'ي' {
			cands = append(cands, string([]rune{rs[0], rs[1], 'ى'})) // defective فِعالة: حماية → حمى
		}
	}
	for i, c := range cands {
		if r := []rune(c); r[len(r)-1] == 'ء' {
			// a final hamza is written on alef in the verb: قراءة → قرأ, بدء → بدأ
			cands[i] = string(r[:len(r)-1]) + "ا" // (keys fold أ to ا)
		}
	}
	for _, c := range cands {
		for _, e := range l.words[c] {
			// (an assimilated verb drops its و in the imperfect: وصل يصل)
			if e.tag == TagVerb && e.past != "" && (runeLen(e.impf) == 3 || strings.HasPrefix(c, "و") && "و"+e.impf == c) && !e.has(fCopula) {
				return e
			}
		}
	}
	if e := l.formIMasdarVerbMore(rs, strings.HasSuffix(s, "ة")); e != nil {
		return e
	}
	if len(rs) >= 5 && rs[0] == 'ت' && rs[len(rs)-1] == 'ي' {
		// forms V and VI of a defective verb: التعافي → تعافى
		if e := l.pastVerb(string(rs[:len(rs)-1])+"ى", 0); e != nil {
			return e
		}
	}
	return nil
}

// formIMasdarVerbMore is formIMasdarVerb for the hollow فَعْل and فَعْلة (فوز → فاز,
// بيع → باع, عودة → عاد), the doubled فَعْل spelled as its verb (حل → حل, رد → رد),
// the quadriliteral فَعْلَلة (سيطرة → سيطر, ترجمة → ترجم), the defective
// فَعاء (قضاء → قضى) and the masdars of forms V and VI spelled as their
// verb (تعرّف، تعاون); rs is the noun without its ة, ta whether it had one.
func (l *Lexicon) formIMasdarVerbMore(rs []rune, ta bool) *entry {
	var c string
	n := 0 // the verb's imperfect stem length
	switch {
	case len(rs) == 3 && (rs[1] == 'و' || rs[1] == 'ي'):
		// (and the hollow فَعْلة: عودة → عاد)
		c, n = string([]rune{rs[0], 'ا', rs[2]}), 3
	case len(rs) == 2 && !ta:
		c, n = string(rs), 2
	case len(rs) == 4 && ta && rs[2] != 'ا' && rs[2] != 'و' && rs[2] != 'ي' && rs[0] != 'ا' && rs[0] != 'م' && rs[0] != 'ت':
		c, n = string(rs), 4
	case len(rs) == 4 && !ta && rs[2] == 'ا' && rs[3] == 'ء':
		c, n = string(rs[:2])+"ى", 3 // defective فعاء: قضاء → قضى يقضي
	case (len(rs) == 4 || len(rs) == 5 && rs[2] == 'ا') && !ta && rs[0] == 'ت':
		c, n = string(rs), len(rs) // forms V and VI, spelled as the verb: تعرف، تعاون
	default:
		return nil
	}
	for _, e := range l.words[c] {
		if e.tag == TagVerb && e.past != "" && runeLen(e.impf) == n && !e.has(fCopula) {
			return e
		}
	}
	return nil
}

// pastVerb returns the first verb line of the word w that has a past
// tense and none of the features not, or nil.
func (l *Lexicon) pastVerb(w string, not feature) *entry {
	for _, e := range l.words[w] {
		if e.tag == TagVerb && e.past != "" && !e.has(not) {
			return e
		}
	}
	return nil
}

// verbIn returns the one-word verb entry of verb that a masdar rs can come
// from.
func (l *Lexicon) verbIn(verb string, rs []rune) *entry {
	for _, e := range l.words[verb] {
		if e.tag == TagVerb && !e.has(fCopula|fBe|fPhrasal) && (rs[0] == 'ا' || rs[0] == 'م' || e.impf == verb || hamzaFormII(verb, e)) {
			return e
		}
	}
	return nil
}

// formIIVerbIn is verbIn for a form II verbal noun (تفعيل). For a verb of
// the table form-ii-object whose form I shares the spelling of its form II
// in both tenses (علم knew / علّم taught, رحل left / رحّل deported) the line
// verbIn takes is form I, and the verbal noun's verb is the lemma's other
// line (h15-vocab13b: مدرسة لتعليم الأطفال → a school to teach the children).
func (l *Lexicon) formIIVerbIn(verb string, rs []rune) *entry {
	e := l.verbIn(verb, rs)
	if e == nil || !formIIObject[verb] || e.impf != e.ar {
		return e
	}
	for _, e2 := range l.words[verb] {
		if e2 != e && e2.tag == TagVerb && e2.impf == e2.ar && !e2.has(fCopula|fBe|fPhrasal) {
			return e2
		}
	}
	return e
}

// hamzaFormII: e is the form II verb whose initial hamza sits on و in the
// imperfect (أجّل، يؤجّل; أكّد، يؤكّد), so the verbal noun تأجيل، تأكيد is
// its; not form IV آمن، يؤمن (madda), whose verbal noun is إيمان.
func hamzaFormII(verb string, e *entry) bool {
	rest, ok := strings.CutPrefix(verb, "ا")
	if !ok {
		rest, ok = strings.CutPrefix(verb, "أ")
	}
	return ok && e.impf == "ؤ"+rest && !strings.HasPrefix(e.orig, "آ")
}

// nisbaEntries reads an unknown word in ي as the relative adjective of a
// noun or name in the lexicon, glossed with the noun used attributively
// (صاروخي → missile, نفطي → oil, ليبيري from ليبيريا → Liberia).
func (l *Lexicon) nisbaEntries(s string) []*entry {
	st, ok := strings.CutSuffix(s, "ي")
	if !ok || runeLen(st) < 3 || strings.HasPrefix(s, "ال") {
		return nil
	}
	for _, k := range [...]string{st, st + "ة", st + "ا", "ال" + st} {
		for _, e := range l.words[k] {
			if (e.tag == TagNoun || e.tag == TagName) && !e.has(fPhrasal) {
				return []*entry{{ar: s, orig: s, en: strings.TrimPrefix(e.en, "the "), tag: TagAdj, file: e.file, line: e.line, derived: true}}
			}
		}
	}
	return nil
}

// demonymPluralReading: the definite masculine plural of a nisba
// adjective of a people, faith, dynasty or doctrine (البوذيون،
// العثمانيين، للصفويين، اليساريون), or its plural in construct (مسيحيو
// مصر), heads its noun phrase as the people: the Buddhists, the Ottomans,
// the leftists, Egypt's Christians (cases 3100-3104, 3108). The reading
// is a plural noun ranked above the adjective, which stays its
// alternative, so after a definite noun the adjective still qualifies it
// (العلماء البوذيون → the Buddhist scientists). Only adjectives whose
// English is also a count noun of people take it (demonymNoun), not
// الإسلاميون "Islamic" or العسكريون "military".
func demonymPluralReading(c *analysis) *analysis {
	e := c.e
	if e.tag != TagAdj || e.derived || !c.plural || c.fem || c.dual || !(c.def || c.constructU) || c.pron != "" || !strings.HasSuffix(e.ar, "ي") || e.has(fPhrasal) {
		return nil
	}
	en, ok := demonymNoun(e.en)
	if !ok {
		return nil
	}
	n := *c
	n.e = &entry{ar: e.ar, orig: e.orig, en: either(c.def, "the "+en, en), tag: TagNounPlural, file: e.file, line: e.line, derived: true, feat: fPerson}
	n.alts = append([]*entry{e}, c.alts...)
	n.plural = false // the English is already plural
	c.affixes++      // the adjective ranks below the people
	return &n
}

// brokenPluralEntries reads an unknown word of a common broken-plural
// pattern as the plural of a noun in the lexicon: أفعال (أحجام → sizes),
// فعول (قلوب → hearts), فعال (جبال → mountains), فعلاء (وزراء), مفاعل
// (مصانع, مدارس) and فعائل (رسائل, حقائق); فعلاء also of an adjective
// فعيل (حكماء → wise).
func (l *Lexicon) brokenPluralEntries(s string) []*entry {
	rs := []rune(s)
	var sgs []string
	fuala := false // فعلاء, also the plural of an adjective فعيل
	switch {
	case len(rs) == 5 && rs[0] == 'ا' && rs[3] == 'ا':
		sgs = []string{string([]rune{rs[1], rs[2], rs[4]})}
	case len(rs) == 4 && (rs[2] == 'و' || rs[2] == 'ا') && rs[0] != 'ا':
		sgs = []string{string([]rune{rs[0], rs[1], rs[3]})}
	case len(rs) == 5 && rs[3] == 'ا' && rs[4] == 'ء':
		sgs = []string{string([]rune{rs[0], rs[1], 'ي', rs[2]})} // وزراء → وزير
		fuala = true
	case len(rs) == 5 && rs[0] == 'م' && rs[2] == 'ا':
		sg := string([]rune{'م', rs[1], rs[3], rs[4]}) // مصانع → مصنع, مدارس → مدرسة
		sgs = []string{sg, sg + "ة"}
	case len(rs) == 5 && rs[2] == 'ا' && rs[3] == 'ئ':
		// رسائل → رسالة, حقائق → حقيقة
		sgs = []string{string([]rune{rs[0], rs[1], 'ا', rs[4], 'ة'}), string([]rune{rs[0], rs[1], 'ي', rs[4], 'ة'})}
	default:
		return nil
	}
	for _, sg := range sgs {
		for _, e := range l.words[sg] {
			if e.tag == TagNoun && !e.has(fPhrasal) {
				return []*entry{{ar: s, orig: s, en: plural(e.en), tag: TagNounPlural, file: e.file, line: e.line, derived: true}}
			}
			if fuala && e.tag == TagAdj && !e.has(fPhrasal) {
				// حكماء → wise (الحكماء → the wise), case 3107
				return []*entry{{ar: s, orig: s, en: e.en, tag: TagAdjPlural, file: e.file, line: e.line, derived: true}}
			}
		}
	}
	return nil
}

// soundTriliteral: a plain form I verb of three sound letters (no weak
// letter or hamza seat after the first, not و-initial), whose masdar فَعْل
// is spelled like its past (رصد → رصد, فرض → فرض).
func soundTriliteral(e *entry) bool {
	rs := []rune(e.ar)
	if len(rs) != 3 || runeLen(e.impf) != 3 || e.has(fCopula|fBe|fPhrasal) || rs[0] == 'و' || rs[0] == 'ي' {
		return false
	}
	for _, r := range rs[1:] {
		switch r {
		case 'ا', 'و', 'ي', 'ى', 'ة', 'ء', 'ئ', 'ؤ':
			return false
		}
	}
	return true
}

// participleOf makes the adjective entry s from verb e's past participle,
// or nil for a +phrasal verb (carry out, be cut off), whose participle
// reads badly as an adjective; the participle of a +be verb is its
// adjective (be held → held).
func (l *Lexicon) participleOf(s string, e *entry) []*entry {
	if e.has(fPhrasal) {
		return nil
	}
	en := strings.TrimPrefix(participle(e.past), "been ")
	return []*entry{{ar: s, orig: s, en: en, tag: TagAdj, file: e.file, line: e.line, derived: true}}
}

// seatImpf is seatEntries for imperfect stems: يقرؤون is يقرأ + ون.
func (l *Lexicon) seatImpf(st string) []*entry {
	r, n := utf8.DecodeLastRuneInString(st)
	if r != 'ئ' && r != 'ؤ' {
		return nil
	}
	return l.impf[st[:len(st)-n]+"ا"]
}

// stem looks s up and keeps the entries whose tag accepts the affixes.
func (l *Lexicon) stem(s string, a analysis, consider func(*analysis), inflected bool) {
	es := l.lookupWord(s)
	if es == nil {
		es = l.seatEntries(s)
	}
	if es == nil && a.pron != "" {
		es = l.maqsuraEntries(s)
	}
	if es == nil {
		es = l.participleEntries(s)
	}
	if es == nil {
		es = l.masdarEntries(s)
	}
	if es == nil {
		es = l.nisbaEntries(s)
	}
	if es == nil {
		es = l.brokenPluralEntries(s)
	}
	l.stemEntries(s, es, a, consider, inflected)
}

func (l *Lexicon) stemEntries(s string, es []*entry, a analysis, consider func(*analysis), inflected bool) {
	var c *analysis
	for _, e := range es {
		if e.tag == TagVerb && c == nil && strings.HasPrefix(e.ar, "ت") && (a.def || a.prep != "" || a.pron != "") && !a.plural && !a.dual && !a.fem {
			// Forms V and VI have a masdar spelled like the past: التواصل,
			// بالتعامل → a gerund (the communicating)
			g := a
			g.e, g.stem, g.gerund = e, runeLen(s), true
			g.affixes++ // prefer a real noun entry of the same length
			consider(&g)
			continue
		}
		if e.tag == TagVerb && c == nil && (a.def || a.prep != "") && a.pron == "" && !a.plural && !a.dual && !a.fem && soundTriliteral(e) {
			// A sound form I verb has a masdar فَعْل spelled like its
			// past: الرصد, بصنع → a gerund (the monitoring, with making)
			g := a
			g.e, g.stem, g.gerund = e, runeLen(s), true
			g.affixes += 2 // below a real noun and the form V/VI reading
			consider(&g)
			continue
		}
		if !accepts(e.tag, &a, inflected) && !(a.tanwin && (e.tag == TagNounPlural || e.tag == TagAdjPlural)) {
			continue
		}
		if c != nil {
			c.alts = append(c.alts, e)
			continue
		}
		c = new(analysis)
		*c = a
		c.e, c.stem = e, runeLen(s)
		if e.derived {
			// a derived reading ranks as its base word plus an affix, below
			// a real entry (مسؤولي is مسؤول + ي, not a nisba of it)
			c.stem--
			c.affixes += 2
		}
		if e.tag == TagVerb {
			c.vf, c.person = vPast, "3ms"
		}
	}
	if c != nil {
		if n := demonymPluralReading(c); n != nil {
			consider(n)
		}
		consider(c)
		return
	}
	if a.fem && len(es) > 0 && es[0].tag == TagNoun {
		// a participle known only as a noun (مستخدم user) takes the
		// feminine as an adjective: المستخدمة → used
		if ps := l.participleEntries(s); ps != nil {
			l.stemEntries(s, ps, a, consider, inflected)
		}
	}
}

// accepts says whether an entry of tag t can carry a's affixes.
func accepts(t Tag, a *analysis, inflected bool) bool {
	switch t {
	case TagNoun:
		// A noun's feminine is its own entry (رئيسة); ة on a noun stem is
		// not a derivation (نشر deployment, نشرة bulletin).
		return !(a.fem && !a.plural && !a.dual)
	case TagAdj:
		return a.pron == ""
	case TagNounPlural, TagAdjPlural:
		return !inflected || (!a.plural && !a.dual && a.fem)
	case TagName:
		return !inflected && !a.def && a.pron == ""
	case TagNum:
		return a.pron == ""
	case TagVerb:
		// inflected verbs are read by verbal(); here only clitic و/ف + past
		return !inflected && !a.def && a.prep == "" && !a.plural && a.pron == ""
	case TagPron:
		// quantifiers and نفس take pronouns: كلهم, أحدهم, نفسه
		return !inflected && !a.def
	case TagAdv, TagPhrase:
		return !inflected && !a.def && a.pron == ""
	case TagPrep, TagPart, TagConj:
		return !inflected && !a.def && a.prep == "" && a.pron == ""
	}
	return false
}

type personAffix struct {
	affix  string
	person string
}

// verbal enumerates verb readings: conjunction, future س or ل (to),
// person prefix, imperfect stem, person suffix, object pronoun; and past
// stem + person suffix + object pronoun.
func (l *Lexicon) verbal(w string, consider func(*analysis)) {
	for _, conj := range [...]string{"", "و", "ف"} {
		if conj != "" && !strings.HasPrefix(w, conj) {
			continue
		}
		w1 := w[len(conj):]
		for pi := -1; pi < len(pronSuffixes); pi++ {
			w2 := w1
			pron := ""
			if pi >= 0 {
				pron = pronSuffixes[pi]
				// a verb's "me" is ني; a final ي belongs to the stem (مهدي)
				if !strings.HasSuffix(w1, pron) || pron == "ي" {
					continue
				}
				w2 = w1[:len(w1)-len(pron)]
			}
			base := analysis{conj: conj, pron: pron, at: len(conj)}
			base.affixes = boolInt(conj != "") + boolInt(pron != "")
			l.pastForms(w2, base, consider)
			l.imperfectForms(w2, base, consider)
		}
	}
}

// pastForms reads w2 (clitics removed) as a perfect: a stem and a person
// suffix, with the stem changes of hollow, defective and doubled verbs.
func (l *Lexicon) pastForms(w2 string, base analysis, consider func(*analysis)) {
	pron := base.pron
	for _, ps := range pastSuffixes {
		if !strings.HasSuffix(w2, ps.affix) || (ps.affix == "و" && pron == "") {
			continue
		}
		st := w2[:len(w2)-len(ps.affix)]
		l.pastStem(st, base, ps, consider)
		// Hollow verbs lose their alef before consonant suffixes:
		// قال → قلت, كان → كنا, استطاع → استطعنا.
		if rs := []rune(st); len(rs) >= 2 && (ps.affix == "ت" || ps.affix == "نا" || ps.affix == "تم" || ps.affix == "تما" || ps.affix == "تن" || ps.affix == "ن") {
			hp := ps
			if hp.affix == "ت" {
				hp.person = "1s"
			}
			if hp.affix == "ن" {
				hp.person = "3fp"
			}
			n := len(rs)
			l.pastStem(string(rs[:n-1])+"ا"+string(rs[n-1]), base, hp, consider)
		}
		// A hollow verb whose last radical is ن writes it once before
		// نا: كان → كنّا (we were), spelled كنا. The suffix shares its ن
		// with the stem, so it is not counted as an affix: the reading
		// then beats ك + نا (like us), which has one.
		if ps.affix == "نا" && runeLen(st) == 1 {
			sp := ps
			sp.affix = ""
			l.pastStem(st+"ان", base, sp, consider)
		}
		// Defective verbs write their last letter ي before a
		// consonant suffix: أعطى → أعطيته (I gave him), أعطيناه.
		// (Without an object pronoun أعطيت is as often the passive
		// "she was given", so only this case is read.)
		if r, n := utf8.DecodeLastRuneInString(st); r == 'ي' && pron != "" && (ps.affix == "ت" || ps.affix == "نا" || ps.affix == "تم") {
			dp := ps
			if dp.affix == "ت" {
				dp.person = "1s"
			}
			l.pastStem(st[:len(st)-n]+"ى", base, dp, consider)
			l.pastStem(st[:len(st)-n]+"ا", base, dp, consider)
		}
		// Doubled verbs split their last letter before consonant
		// suffixes: أحب → أحببت, استمر → استمررنا, ظل → ظللت.
		if rs := []rune(st); len(rs) >= 3 && rs[len(rs)-1] == rs[len(rs)-2] && (ps.affix == "ت" || ps.affix == "نا" || ps.affix == "تم" || ps.affix == "تما" || ps.affix == "تن" || ps.affix == "ن") {
			gp := ps
			if gp.affix == "ت" {
				gp.person = "1s"
			}
			l.pastStem(string(rs[:len(rs)-1]), base, gp, consider)
		}
		// Defective verbs write their final ى as ا before an object
		// pronoun: بنى → بناه (he built it), أعطى → أعطاها (h14-vocab10a).
		if ds, ok := strings.CutSuffix(st, "ا"); ok && pron != "" && ps.affix == "" && runeLen(ds) >= 2 {
			l.pastStem(ds+"ى", base, ps, consider)
		}
		// Defective verbs lose their final ى/ا before ت and وا:
		// انتهى → انتهت, أدى → أدوا.
		if ps.affix == "ت" || ps.affix == "وا" || ps.affix == "تا" {
			l.pastStem(st+"ى", base, ps, consider)
			l.pastStem(st+"ا", base, ps, consider)
		}
	}
}

// imperfectForms reads w2 (clitics removed) as an imperfect: future س or
// ل, a person prefix, a stem and a person suffix.
func (l *Lexicon) imperfectForms(w2 string, base analysis, consider func(*analysis)) {
	pron := base.pron
	for _, pre := range [...]string{"", "س", "ل"} {
		if pre != "" && !strings.HasPrefix(w2, pre) {
			continue
		}
		w3 := w2[len(pre):]
		for _, pp := range impfPrefixes {
			if !strings.HasPrefix(w3, pp.affix) {
				continue
			}
			w4 := w3[len(pp.affix):]
			for _, ss := range impfSuffixes {
				if !strings.HasSuffix(w4, ss.affix) || (ss.affix == "و" && pron == "") {
					continue
				}
				st := w4[:len(w4)-len(ss.affix)]
				if ss.affix == "ي" && (pp.affix != "ا" || pre != "" || runeLen(st) < 3) {
					// ي is read only as the feminine imperative ا + stem
					// + ي (اكتبي → write). The 2fs jussive تفعلي needs a
					// particle the morphology does not see (تفضلي is
					// "please", not "you prefer"), and hollow and doubled
					// verbs have no ا in the imperative (الحي is no
					// imperative of لاح).
					continue
				}
				es, passive := l.impfStem(st, pre, pp.affix, ss.affix, pron)
				if es == nil {
					continue
				}
				c := base
				c.e, c.stem, c.vf, c.passive = es[0], runeLen(st)+1, vImpf, passive
				c.person = pp.person
				if ss.person != "" {
					c.person = ss.person
					if pp.affix == "ت" && ss.person == "3mp" {
						c.person = "2"
					}
					if pp.affix == "ا" && ss.person == "3mp" && pre == "" {
						// ا + stem + وا is no imperfect: an imperative
						// (اسمعوا → listen)
						c.person = "imp"
					}
				}
				c.fut = pre == "س"
				if pre == "ل" {
					c.prep = "ل"
				}
				c.affixes += 1 + boolInt(pre != "") + boolInt(ss.affix != "")
				consider(&c)
			}
		}
	}
}

// impfStem looks up the imperfect stem st, trying the jussive of hollow
// verbs, the passive of hollow verbs, defective stems and hamza seats;
// passive says the stem was read as a hollow passive.
func (l *Lexicon) impfStem(st, pre, prefix, suffix, pron string) (es []*entry, passive bool) {
	es = l.impf[st]
	if es == nil && runeLen(st) == 2 && pre == "" {
		// jussive of hollow verbs: لم يكن (يكون), لم يقل (يقول)
		rs := []rune(st)
		for _, mid := range [...]rune{'و', 'ي', 'ا'} {
			if es = l.impf[string([]rune{rs[0], mid, rs[1]})]; es != nil {
				break
			}
		}
	}
	if rs := []rune(st); es == nil && (len(rs) == 3 || len(rs) == 4) && pre == "" && suffix == "" {
		// jussive of derived hollow verbs: لم يستطع (يستطيع), لم يحتج
		// (يحتاج): the long vowel before the last letter is dropped
		for _, mid := range [...]rune{'ي', 'ا', 'و'} {
			if es = l.impf[string(rs[:len(rs)-1])+string(mid)+string(rs[len(rs)-1])]; es != nil {
				break
			}
		}
	}
	if rs := []rune(st); es == nil && len(rs) == 3 && rs[1] == 'ا' && pron == "" && (prefix == "ي" || prefix == "ت") && !defectivePlural(l, st, suffix) {
		// passive of hollow verbs: يقال (it is said) from
		// يقول, يباع from يبيع, يدار from يدير
		for _, mid := range [...]rune{'و', 'ي'} {
			if es = l.impf[string([]rune{rs[0], mid, rs[2]})]; es != nil {
				passive = true
				break
			}
		}
	}
	if base, ok := strings.CutSuffix(st, "ى"); es == nil && ok && suffix == "" && pron == "" && (prefix == "ي" || prefix == "ت") && runeLen(base) >= 2 {
		// passive of defective verbs: يجرى (it is conducted) from يجري,
		// يلغى from يلغي
		if es = l.impf[base+"ي"]; es != nil {
			passive = true
		}
	}
	if es == nil && (suffix == "ون" || suffix == "وا" || suffix == "و" || suffix == "ين") {
		// defective imperfects: يعاني → يعانون, يتلقى → يتلقون
		if es = l.impf[st+"ي"]; es == nil {
			es = l.impf[st+"ى"]
		}
	}
	if es == nil && pron != "" && strings.HasSuffix(st, "ا") {
		// final ى is written ا before a suffix: يرى → نراه
		es = l.impf[strings.TrimSuffix(st, "ا")+"ى"]
	}
	if es == nil {
		es = l.seatImpf(st)
	}
	return es, passive
}

// defectivePlural: st + a plural suffix is the active imperfect of a
// defective verb whose stem ends in ي or ى (يعانون from يعاني "they
// suffer"), which the engine reads before the passive of a hollow verb
// spelled the same (يعان from يعين "is appointed"): the active
// defective plural is the frequent reading of the pattern.
func defectivePlural(l *Lexicon, st, suffix string) bool {
	if suffix != "ون" && suffix != "وا" && suffix != "و" && suffix != "ين" {
		return false
	}
	for _, e := range l.impf[st+"ي"] {
		if e.tag == TagVerb {
			return true
		}
	}
	for _, e := range l.impf[st+"ى"] {
		if e.tag == TagVerb {
			return true
		}
	}
	return false
}

func (l *Lexicon) pastStem(st string, base analysis, ps personAffix, consider func(*analysis)) {
	es := l.lookupWord(st)
	if es == nil && ps.affix != "" {
		es = l.seatEntries(st) // بدؤوا is بدأ + وا
	}
	for _, e := range es {
		if e.tag != TagVerb {
			continue
		}
		if ps.affix != "" && base.pron != "" && e.ar != st && strings.HasSuffix(st, "ي") {
			// أعطيته is أعطى + ت + ه (I gave him), read by verbal(), not
			// a misspelt أعطى + the ت of "she"
			continue
		}
		c := base
		c.e, c.stem, c.vf, c.person = e, runeLen(st), vPast, ps.person
		c.affixes += boolInt(ps.affix != "")
		consider(&c)
		return
	}
}

// variantEntries returns the entries of w's final-letter spelling variants
// (علي → على), even when w itself is also a word.
func (l *Lexicon) variantEntries(w string) []*entry {
	var out []*entry
	for _, v := range variants(w) {
		out = append(out, l.words[v]...)
	}
	return out
}

// adjReading returns the best adjective reading of w with the article, or
// nil.
func (l *Lexicon) adjReading(w string) *analysis {
	var best *analysis
	l.nominal(w, func(a *analysis) {
		if a.def && a.conj == "" && a.prep == "" && (a.e.tag == TagAdj || a.e.tag == TagAdjPlural) && better(a, best) {
			best = a
		}
	})
	return best
}

// impfReading returns the best imperfect-verb reading of w, or nil: after
// لم, لن, سوف only an imperfect is grammatical (لم تعلق is "did not comment",
// not the past تعلق).
// verbReading returns the best reading of w as a finite verb with no
// clitic preposition, or nil.
func (l *Lexicon) verbReading(w string) *analysis {
	var best *analysis
	l.verbal(w, func(a *analysis) {
		if (a.vf == vImpf || a.vf == vPast) && !a.fut && a.prep == "" && better(a, best) {
			best = a
		}
	})
	return best
}

// pastReading returns the best reading of w as a past verb in person p,
// or nil.
func (l *Lexicon) pastReading(w, p string) *analysis {
	var best *analysis
	l.verbal(w, func(a *analysis) {
		if a.vf == vPast && a.person == p && a.prep == "" && better(a, best) {
			best = a
		}
	})
	return best
}

// jussive2fs reads w as the second person feminine jussive or
// subjunctive ت + stem + ي (تكتبي, تقولي, تنسي from ينسى), or nil.
func (l *Lexicon) jussive2fs(w string) *analysis {
	st, ok := strings.CutPrefix(w, "ت")
	if !ok {
		return nil
	}
	if st, ok = strings.CutSuffix(st, "ي"); !ok || runeLen(st) < 2 {
		return nil
	}
	for _, k := range [...]string{st, st + "ى", st + "ي"} {
		for _, e := range l.impf[k] {
			if e.tag == TagVerb {
				return &analysis{e: e, vf: vImpf, person: "2", stem: runeLen(st) + 1, affixes: 2}
			}
		}
	}
	return nil
}

func (l *Lexicon) impfReading(w string) *analysis {
	var best *analysis
	l.verbal(w, func(a *analysis) {
		if a.vf == vImpf && !a.fut && a.prep == "" && better(a, best) {
			best = a
		}
	})
	return best
}
