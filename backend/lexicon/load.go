package lexicon

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
)

//go:embed data/*.tsv
var dataFS embed.FS

// Tag is the part-of-speech column of a lexicon line.
type Tag string

// The tags of data/*.tsv; data/README.md documents each.
const (
	TagNoun       Tag = "n"
	TagNounPlural Tag = "np"
	TagAdj        Tag = "adj"
	TagAdjPlural  Tag = "adjp"
	TagVerb       Tag = "v"
	TagName       Tag = "name"
	TagAdv        Tag = "adv"
	TagPrep       Tag = "prep"
	TagConj       Tag = "conj"
	TagPron       Tag = "pron"
	TagPart       Tag = "part"
	TagNum        Tag = "num"
	TagPhrase     Tag = "phr"
)

var knownTags = map[Tag]bool{
	TagNoun: true, TagNounPlural: true, TagAdj: true, TagAdjPlural: true, TagVerb: true,
	TagName: true, TagAdv: true, TagPrep: true, TagConj: true, TagPron: true,
	TagPart: true, TagNum: true, TagPhrase: true,
}

// entry is one lexicon line.
type entry struct {
	ar   string // normalized Arabic key
	orig string // Arabic as written (diacritics removed), for hamza checks
	en   string // English gloss (verbs: base form)
	tag  Tag
	past string // verbs: English past
	impf string // verbs: normalized imperfect stem without the person prefix (يقول → قول)
	file string
	line int
	// derived: made by morphology from another entry (a participle, a
	// masdar, a nisba), not read from the lexicon
	derived bool
	feat    feature // grammatical features from the +name extra columns
	// domainAlt: another line of the same word has a domain feature
	// (+court, +sport, +space), for domain-word-near-picks-domain-reading
	// (h12-lexnoun)
	domainAlt bool
}

// feature is a set of grammatical features a lexicon line declares in
// extra columns (+copula, +year …). Grammar rules match on these, never on
// the English gloss, so editing a gloss cannot change the grammar. It has
// 64 bits (32 were not enough); a 65th feature fails to compile.
type feature uint64

const (
	fCopula      feature = 1 << iota // كان: inflected was/were, takes a predicate
	fYear                            // سنة، عام: "in the year 2020" → "in 2020"
	fCurrency                        // دولار: a unit written after the number
	fPerson                          // شخص: a human head for الذي → who
	fComitative                      // ب، مع: "with" after a definite noun
	fSpecific                        // خاص: خاص ب → "specific to"
	fMonth                           // يناير، تموز: a month name, for dates
	fTo                              // إلى، وفقا، أود أن: English ends in "to" (a bare verb follows)
	fRelative                        // وهو ما، الأمر الذي: a relative "which"/"what"
	fComparative                     // أكثر، أقل، أفضل: من after it is "than"
	fMultiplier                      // مئة، ألف، مليون: a number word that multiplies
	fMultipliers                     // مئات، آلاف، ملايين: its plural ("thousands of")
	fStill                           // زال: negated, the copula "is still"
	fTime                            // سنة، يوم، ساعات: a span of time (قبل عشر سنوات → ten years ago)
	fBe                              // أقيم، تأخر: a passive or stative verb, English be + participle or adjective
	// fPhrasal: the English is several words (قام carry out, أضرب went on
	// strike, انقطع be cut off, السعودية Saudi Arabia, هولندا the
	// Netherlands): no participle, verbal noun, nisba or broken plural is
	// derived from the line
	fPhrasal
	fMany // عدة، العديد من، كثير: a quantity of many; هناك before it is "there are"
	// fFunction, fNominal: a phr line that is not a noun phrase although
	// its first word is a noun (سلسلة من a series of, في إطار within the
	// framework of), or is one although its first word is not (الربع الأول
	// the first quarter)
	fFunction
	fNominal
	fObject // المتحدث باسم the spokesman for، بناء على based on: English ends in a preposition, the next noun phrase is its object
	fPlace  // مدينة، ولاية، قرية: a place before its name (مدينة حلب → the city of Aleppo)
	fCycle  // أسبوع، عام، صيف: a recurring period (الصيف الماضي → last summer)
	fEvent  // مؤتمر، انتخابات: an event that is held, the subject of a passive (يعقد المؤتمر → the conference is held)
	// fAbstract: هجرة، تفكير، سفر: an abstract noun (an activity, a
	// feeling, a field, a social phenomenon), said without "the" when
	// generic (الهجرة مشكلة → migration is a problem)
	fAbstract
	fHarm    // قتل، جرح، اعتقل: a verb news reports of people, passive before a count of them (قتل ثلاثة أشخاص → three people were killed)
	fAddress // أرجوكم، من فضلك: a word that asks the listener; a verb after it may be an imperative
	fPast    // أمس، البارحة: a time of the past; a verb in its line is no present
	fLet     // دعني، دعونا: English "let me/let us", the imperfect after it is bare
	fStative // عرف، أحب، أراد: a verb of knowing, liking or wanting; English has no progressive of it
	// fLinking: أصبح، صار، ظل، بات، بقي: a verb of becoming or remaining
	// whose accusative adjective is its predicate (أصبح الوضع سلميا →
	// the situation became peaceful), like كان's
	fLinking
	fGeo // بغداد، فرنسا، أوروبا: a place name (city, country, region, continent), never a person
	// fMasculine: a +geo name Arabic treats as masculine (العراق، لبنان،
	// اليمن, seas and rivers) or either way, so a masculine verb may have it
	// as its subject
	fMasculine
	// h12-lexverb:
	// fOf: a phr or adv line whose English ends in " of" after another
	// word (في إطار within the framework of, على حساب at the expense of):
	// a noun phrase after it is its genitive, not a phrase of its own
	fOf
	// fSpeech: قال، أكد، أوضح، صرح: a verb of saying, whose ل phrase
	// after its subject is the hearer (قال الرئيس للصحفيين إن → the
	// president said to the journalists that)
	fSpeech
	// h12-lexnoun: noun phrases, articles and homographs
	// fTaste: أحب، كره، فضل، احتاج: a verb of liking, hating, preferring or
	// needing, whose definite plural or mass object is generic (أحب القطط
	// → I love cats)
	fTaste
	// fMass: ماء، هواء، حليب: a physical mass noun, said without "the"
	// when generic (الماء ضروري للحياة → water is essential for life)
	fMass
	// fCourt, fSport: a word of the courts (محكمة، قاضي، متهم) or of sport
	// (مباراة، فريق، لاعب); a homograph next to one takes its reading of
	// that domain (أصدر القاضي الحكم → the verdict, أعلن الحكم نهاية
	// المباراة → the referee)
	fCourt
	fSport
	// fSpace: a word of astronomy (كوكب، نجم، المريخ); beside one الأرض
	// is the planet Earth, not the land
	fSpace
	// h12-lexperson
	// fOffice: وزير، رئيس، متحدث، مدير، سفير: a noun of an office or
	// trade held by a person. It is read as a person by the rules of
	// pronouns and relatives (قال الوزير إنه → he, الوزير الذي → who), but
	// not by the +person rules of passives (عين الرئيس وزيرا stays active)
	fOffice
	// h12-lexhomo:
	// fHealth: a word of hospitals and medicine (مستشفى، مريض، طبيب،
	// عيادة); beside one الأسرة is "the beds", not "the family"
	fHealth
	// fWeather: a verb of the weather (أمطر، أثلج): its third person
	// feminine imperfect without a subject is "it" (تمطر → it rains)
	fWeather
	// fWay: a border, road, river or sea one crosses (حدود، شارع، نهر،
	// جسر، بحر); a verb line marked +way (عبر cross) is the verb's reading
	// before it
	fWay
	// fBuilding: going up and down in a building (صعد climb, نزل go
	// down, طابق floor, مصعد elevator); beside one الدرج is "the stairs",
	// not "the drawer"
	fBuilding
	// h13-lexverb2:
	// fIntransitive: وقع happen, شارك، وصل، سقط: a verb that takes no
	// direct object, so an indefinite noun after its prepositional phrase
	// is its subject (وقعت في المدينة انفجارات → explosions happened in
	// the city)
	fIntransitive
	// fSubject: a phr line whose English opens with its subject pronoun
	// (أريد أن I want to, نحتاج إلى we need, بإمكاننا we can): an
	// independent pronoun of that person before it is not said again
	fSubject
	// h14-lexstart:
	// fPhysics: a word of physics (فيزياء، ذرة، جاذبية، طاقة); beside one
	// الكتلة is "the mass", not "the bloc"
	fPhysics
	// h15-vocab13b:
	// fImperfectOnly: a verb line read in the imperfect only (تعرف get to
	// know, يتعرف; تحمل bear, يتحمل), because its perfect is spelled like
	// a frequent form of another verb (تعرف you know, تحمل she carries):
	// the loader indexes its imperfect stem and not its perfect, so the
	// perfect keeps the other verb's reading and nothing is derived from it
	fImperfectOnly
	// h15-lexarticle:
	// fMeasure: كمية، نوع، مجموعة، قطعة، طن، كوب: a noun naming an amount,
	// a kind, a group, a container or a unit; من after it and its
	// indefinite adjectives is "of" and takes a class or a substance
	// (كميات كبيرة من النفط → large quantities of oil)
	fMeasure
	// fClass: في مجال، على حساب، بحاجة إلى: a phr line ending in "of" whose
	// genitive names a field or a class, said bare when it is a plural, a
	// +mass or +abstract noun (في مجال الطاقة المتجددة → in the field of
	// renewable energy)
	fClass
	// fGoods: أنتج، باع، أكل، استخدم، زرع: a verb of making, trading,
	// using or consuming; in a present statement its definite plural or
	// mass object is a class (تنتج المصانع السيارات → factories produce
	// cars)
	fGoods
	// fPart: جزء، أجزاء: a part of a whole; من after it and its
	// indefinite adjectives is "of", and the whole keeps "the" (جزء كبير
	// من السكان → a large part of the population)
	fPart
	// h15-lexsense:
	// fFood: غداء، طعام، شاي، دواء: a thing eaten, drunk or taken as a
	// medicine; a verb line marked +food (تناول have) is the verb's
	// reading before it as its object (تناول الرجل الغداء → the man had
	// lunch; تناول الاجتماع القضية keeps "addressed")
	fFood
)

// domainFeatures are the features of the domains of
// domain-word-near-picks-domain-reading.
const domainFeatures = fCourt | fSport | fSpace | fHealth | fBuilding | fPhysics

// featureNames maps the +name extra column of data/*.tsv to its feature;
// data/README.md documents each.
var featureNames = map[string]feature{
	"+copula": fCopula, "+year": fYear, "+currency": fCurrency,
	"+person": fPerson, "+comitative": fComitative, "+specific": fSpecific,
	"+month": fMonth, "+to": fTo, "+relative": fRelative, "+comparative": fComparative,
	"+multiplier": fMultiplier, "+multipliers": fMultipliers, "+still": fStill, "+time": fTime,
	"+be": fBe, "+phrasal": fPhrasal, "+many": fMany,
	"+function": fFunction, "+nominal": fNominal, "+object": fObject,
	"+place": fPlace, "+cycle": fCycle, "+event": fEvent, "+abstract": fAbstract, "+harm": fHarm,
	"+address": fAddress, "+past": fPast, "+let": fLet, "+stative": fStative,
	"+linking": fLinking,
	"+geo":     fGeo, "+masculine": fMasculine,
	// h12-lexverb
	"+of": fOf, "+speech": fSpeech,
	// h12-lexnoun
	"+taste": fTaste, "+mass": fMass, "+court": fCourt, "+sport": fSport, "+space": fSpace,
	// h12-lexperson
	"+office": fOffice,
	// h12-lexhomo
	"+health": fHealth, "+weather": fWeather, "+way": fWay, "+building": fBuilding,
	// h13-lexverb2
	"+intransitive": fIntransitive, "+subject": fSubject,
	"+physics":        fPhysics,                                                     // h14-lexstart
	"+imperfect-only": fImperfectOnly,                                               // h15-vocab13b
	"+measure":        fMeasure, "+class": fClass, "+goods": fGoods, "+part": fPart, // h15-lexarticle
	"+food": fFood, // h15-lexsense
}

func (e *entry) has(f feature) bool { return e != nil && e.feat&f != 0 }

// noEnglish reports whether the line's ENGLISH is "-": a word with no
// English counterpart (لقد, هل), kept so that rules can see it.
func noEnglish(e *entry) bool { return dashGloss(e.en) }

// Lexicon is the loaded dictionary: single words, multi-word phrases and the
// index of verb imperfect stems.
type Lexicon struct {
	words   map[string][]*entry
	phrases map[string][]*entry
	// phrasePrefix holds the first one, two … words of every phrase, so the
	// phrase search stops as soon as no phrase continues the words read
	phrasePrefix map[string]bool
	maxPhrase    int
	impf         map[string][]*entry
	entries      int

	// cache maps a word to its *analysis, cacheHamza a word and its
	// spelling with hamza when they differ; nil analyses are cached too.
	// Plain maps under a read-write lock: a hit allocates nothing and
	// hashes once, where sync.Map boxed a concatenated string key.
	cacheMu    sync.RWMutex
	cache      map[string]*analysis
	cacheHamza map[[2]string]*analysis
	noCache    bool // for benchmarks of the uncached path
}

// Entries returns how many lines were loaded.
func (l *Lexicon) Entries() int { return l.entries }

// LoadError locates a malformed lexicon line.
type LoadError struct {
	File string
	Line int
	Msg  string
}

func (e *LoadError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// rawLine is a parsed but unchecked line, shared with the lint test.
type rawLine struct {
	file string
	line int
	cols []string
}

// readLines parses a TSV lexicon file into columns, skipping comments and
// blank lines.
func readLines(name string, r io.Reader) ([]rawLine, error) {
	var out []rawLine
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		s := strings.TrimRight(sc.Text(), "\r")
		if n == 1 {
			s = strings.TrimPrefix(s, "\ufeff")
		}
		if strings.TrimSpace(s) == "" || strings.HasPrefix(strings.TrimSpace(s), "#") {
			continue
		}
		cols := strings.Split(s, "\t")
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		out = append(out, rawLine{file: name, line: n, cols: cols})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

// dataFiles lists the embedded lexicon files in load order: function words
// first, so that they win over homographs in the bulk vocabulary.
func dataFiles(fsys fs.FS) ([]string, error) {
	names, err := fs.Glob(fsys, "data/*.tsv")
	if err != nil {
		return nil, err
	}
	sort.Slice(names, func(i, j int) bool {
		fi, fj := path.Base(names[i]) == "function.tsv", path.Base(names[j]) == "function.tsv"
		if fi != fj {
			return fi
		}
		return names[i] < names[j]
	})
	return names, nil
}

// Load reads every data/*.tsv of fsys into a Lexicon. Structural errors
// (missing columns, unknown tags, a verb without its forms) are returned
// together, each with file:line.
func Load(fsys fs.FS) (*Lexicon, error) {
	names, err := dataFiles(fsys)
	if err != nil {
		return nil, err
	}
	lex := &Lexicon{
		words:        make(map[string][]*entry, 8192),
		phrases:      make(map[string][]*entry, 1024),
		phrasePrefix: make(map[string]bool, 4096),
		impf:         make(map[string][]*entry, 1024),
	}
	var errs []string
	for _, name := range names {
		f, err := fsys.Open(name)
		if err != nil {
			return nil, err
		}
		lines, err := readLines(name, f)
		f.Close()
		if err != nil {
			return nil, err
		}
		for _, rl := range lines {
			e, err := parseEntry(rl)
			if err != nil {
				errs = append(errs, err.Error())
				continue
			}
			lex.add(e)
		}
	}
	markDomainAlts(lex)
	if len(errs) > 0 {
		if len(errs) > 20 {
			errs = append(errs[:20], fmt.Sprintf("… and %d more", len(errs)-20))
		}
		return nil, fmt.Errorf("lexicon: %s", strings.Join(errs, "; "))
	}
	return lex, nil
}

func parseEntry(rl rawLine) (*entry, error) {
	fail := func(format string, a ...any) error {
		return &LoadError{File: rl.file, Line: rl.line, Msg: fmt.Sprintf(format, a...)}
	}
	if len(rl.cols) < 3 {
		return nil, fail("want ARABIC<TAB>ENGLISH<TAB>TAG, got %d column(s)", len(rl.cols))
	}
	ar, en, tag := rl.cols[0], rl.cols[1], Tag(rl.cols[2])
	if ar == "" || en == "" {
		return nil, fail("empty Arabic or English column")
	}
	if !knownTags[tag] {
		return nil, fail("unknown tag %q", tag)
	}
	e := &entry{ar: strings.Join(strings.Fields(normalize(ar)), " "), orig: stripTashkeel(ar), en: en, tag: tag, file: rl.file, line: rl.line}
	if tag == TagVerb {
		if len(rl.cols) < 5 || rl.cols[3] == "" || rl.cols[4] == "" {
			return nil, fail("verb needs PAST3MS<TAB>BASE<TAB>v<TAB>PAST<TAB>IMPERFECT3MS")
		}
		e.past = rl.cols[3]
		im := normalize(rl.cols[4])
		if !strings.HasPrefix(im, "ي") || len([]rune(im)) < 3 {
			return nil, fail("imperfect %q must be the 3rd person masculine form starting with ي", rl.cols[4])
		}
		e.impf = strings.TrimPrefix(im, "ي")
	}
	for _, c := range rl.cols[3:] {
		if !strings.HasPrefix(c, "+") {
			continue
		}
		f, ok := featureNames[c]
		if !ok {
			return nil, fail("unknown feature %q", c)
		}
		e.feat |= f
	}
	return e, nil
}

func (l *Lexicon) add(e *entry) {
	l.entries++
	if strings.Contains(e.ar, " ") {
		words := strings.Fields(e.ar)
		l.phrases[e.ar] = append(l.phrases[e.ar], e)
		for n := 1; n < len(words); n++ {
			l.phrasePrefix[strings.Join(words[:n], " ")] = true
		}
		if len(words) > l.maxPhrase {
			l.maxPhrase = len(words)
		}
		return
	}
	if e.tag == TagVerb && e.has(fImperfectOnly) {
		// h15-vocab13b: only the imperfect stem reads as this verb
		l.impf[e.impf] = append(l.impf[e.impf], e)
		return
	}
	l.words[e.ar] = append(l.words[e.ar], e)
	if e.tag == TagVerb {
		l.impf[e.impf] = append(l.impf[e.impf], e)
	}
}

// markDomainAlts sets domainAlt on every line of a word with several
// lines, one of them of a domain (h12-lexnoun).
func markDomainAlts(l *Lexicon) {
	for _, es := range l.words {
		if len(es) < 2 {
			continue
		}
		dom := false
		for _, e := range es {
			dom = dom || e.feat&domainFeatures != 0
		}
		for _, e := range es {
			e.domainAlt = dom
		}
	}
}
