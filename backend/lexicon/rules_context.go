package lexicon

import "strings"

// contextRules are the rules that depend on a word's neighbours, in the
// order they run. Each is pinned by a case in testdata/rules.json.
var contextRules = []rule{
	{name: "demonstrative-before-adverb-in-al-is-its-noun", kinds: kindMask(kFunc), apply: demonstrativeAdverbNoun},
	{name: "past-t-before-feminine-subject-is-she", kinds: kindMask(kVerb), apply: pastTFeminineSubject},
	{name: "impersonal-verb-before-anna-is-it", kinds: kindMask(kVerb), apply: impersonalAnna},
	{name: "vowelled-perfect-passive", kinds: kindMask(kVerb), apply: vowelledPassive},
	{name: "harm-verb-before-count-of-people-is-passive", kinds: kindMask(kVerb), apply: harmCountPassive},
	{name: "defective-perfect-in-ya-is-passive", kinds: kindMask(kVerb), apply: defectivePastPassive},
	{name: "defective-perfect-in-ya-before-nominative-indefinite-is-passive", kinds: kindMask(kVerb), apply: defectivePassiveIndefinite}, // h13-lexverb2
	{name: "passive-predicate-imperfect-is-passive", kinds: kindMask(kVerb), apply: predicatePassive},
	{name: "verb-prep-state-is-located", kinds: kindMask(kVerb), apply: prepStatePassive},
	{name: "appointment-verb-before-person-and-office-is-passive", kinds: kindMask(kVerb), apply: appointmentPassive},
	{name: "tamma-masdar-is-passive", keys: []string{"تم", "يتم"}, apply: tammaMasdar},
	{name: "l-masdar-is-to-infinitive", kinds: kindMask(kNoun), apply: lMasdarPurpose},
	{name: "l-form-i-masdar-before-object-is-to-infinitive", kinds: kindMask(kNoun), apply: lFormIPurpose},     // h13-lexpud
	{name: "purpose-preposition-masdar-is-to-infinitive", kinds: kindMask(kFunc), apply: purposePrepMasdar},    // h13-lexpud
	{name: "kayfiyya-masdar-is-how-to", kinds: kindMask(kNoun), keys: []string{"كيفية"}, apply: kayfiyyaHowTo}, // h13-lexpud
	{name: "to-masdar-word-preposition-masdar-is-to", kinds: kindMask(kFunc), apply: ableToMasdar},
	{name: "relative-verb-without-object-is-passive", kinds: kindMask(kVerb), apply: relativePassive},              // h13-lexpud
	{name: "making-verb-before-thing-without-object-is-passive", kinds: kindMask(kVerb), apply: makingVerbPassive}, // h14
	{name: "relative-verb-without-resumptive-has-antecedent-subject", kinds: kindMask(kVerb), apply: relativeGap},
	{name: "wa-qad-past-is-past", keys: []string{"قد"}, apply: waQadPast},
	{name: "ala-noun-an-imperfect-is-has-to", kinds: kindMask(kFunc), keys: []string{"على"}, apply: alaNounAnObligation}, // h13-lexpud
	{name: "l-pronoun-after-verb-is-to", kinds: kindMask(kFunc), apply: lPronounAfterVerb},
	{name: "anna-matter-pronoun-before-own-subject-dropped", kinds: kindMask(kFunc), apply: annaMatterPronoun}, // h12-lextalk
	{name: "inna-pronoun-after-verb-is-he", kinds: kindMask(kFunc), apply: innaAfterVerb},
	// h12-lexnews
	{name: "anna-pronoun-after-person-subject-is-he", kinds: kindMask(kFunc), keys: []string{"ان"}, apply: annaPronounPersonSubject},
	{name: "min-definite-adjective-anna-is-it-is", kinds: kindMask(kFunc), apply: minAdjectiveAnna},
	{name: "ha-in-line-of-woman-is-her", kinds: kindMask(kNoun, kFunc, kVerb), apply: haInLineOfWomanIsHer},
	{name: "number-min-umr-pronoun-is-age", kinds: kindMask(kFunc), keys: []string{"من"}, apply: ageMinUmr},
	{name: "umri-number-years-is-years-old", kinds: kindMask(kNoun), keys: []string{"عمر"}, apply: umriYearsOld}, // h14-lextalk3
	{name: "age-phrase-number-years-dropped", kinds: kindMask(kNoun), apply: ageYearsDropped},
	{name: "anna-pronoun-before-min-phrase-dropped", kinds: kindMask(kFunc), apply: annaPronounMinPhrase},
	{name: "baina-dual-year-before-number-dropped", kinds: kindMask(kFunc), keys: []string{"بين", "ما بين"}, apply: bainaDualYearDropped},
	{name: "decade-before-century-is-its-years", kinds: kindMask(kNoun, kName), apply: decadeOfCentury},
	{name: "comparative-mimma-is-than", kinds: kindMask(kFunc), keys: []string{"مما", "ممن"}, apply: comparativeMimmaThan},
	{name: "laysa-possessor-does-not-have", keys: []string{"ليس"}, apply: laysaPossessor},
	{name: "qama-b-masdar-is-its-verb", kinds: kindMask(kVerb), keys: []string{"قام"}, apply: qamaMasdar},
	{name: "qama-b-pronoun-is-do", kinds: kindMask(kVerb), keys: []string{"قام"}, apply: qamaBPronounDo},          // h13-lextalk2
	{name: "qala-li-pronoun-of-speech-is-tell", kinds: kindMask(kVerb), keys: []string{"قال"}, apply: qalaLiTell}, // h14-lextalk3
	{name: "verb-object-with-b", kinds: kindMask(kVerb), apply: verbObjectB},
	{name: "verb-complement-with-l", kinds: kindMask(kVerb), apply: verbObjectL},
	{name: "verb-governed-preposition", kinds: kindMask(kVerb), apply: verbGovernedPrep},

	{name: "hiya-after-feminine-thing-is-it", kinds: kindMask(kFunc), keys: []string{"هي", "هو"}, apply: hiyaThingIsIt}, // h14-lextalk3
	{name: "relative-clause-huwa-is-copula", keys: []string{"هو", "هي"}, apply: relativeClauseHuwaIs},                   // h12-lextalk
	{name: "wa-huwa-after-noun-is-which-is", keys: []string{"هو", "هي"}, apply: waHuwaWhich},
	{name: "modal-l-noun-is-subject", apply: modalSubjectL},
	{name: "modal-pronoun-masdar-is-verb", apply: modalPronounMasdar},
	{name: "modal-masdar-pronoun-is-passive", kinds: kindMask(kFunc), apply: modalMasdarPassive},
	{name: "modal-masdar-definite-object-is-passive", kinds: kindMask(kFunc), apply: modalMasdarObjectPassive}, // h14-lexcopula

	{name: "definite-subject-anna-is-that", keys: []string{"ان"}, apply: copulaSubjectAnna},
	{name: "possessed-copula-subject-before-anna-is", keys: []string{"ان"}, apply: possessedSubjectAnna}, // h14-lexcopula
	{name: "in-before-past-or-lam-is-if", alone: true, keys: []string{"ان"}, apply: inConditional},       // h13-lextalk2
	{name: "initial-inna-dropped", alone: true, keys: []string{"ان", "فان"}, apply: initialInna},
	{name: "initial-inna-pronoun-is-subject", alone: true, keys: []string{"ان"}, apply: initialInnaPronoun},
	{name: "fa-inna-dropped", alone: true, keys: []string{"فان"}, apply: faInna},
	{name: "afal-after-first-person-verb-an-is-imperfect", apply: anAfalFirstPerson},
	{name: "modal-phrase-prepositional-phrase-an-is-bare", alone: true, keys: []string{"ان"}, apply: modalPhrasePrepAn},              // h14-lextalk3
	{name: "impersonal-modal-an-t-verb-is-you", alone: true, keys: []string{"ان"}, apply: impersonalModalYou},                        // h13-lextalk2
	{name: "t-past-an-first-person-imperfect-is-infinitive", alone: true, keys: []string{"ان"}, apply: tPastAnFirstPersonInfinitive}, // h14-lextalk3
	{name: "an-imperfect-is-infinitive", alone: true, keys: []string{"ان"}, apply: anImperfect},
	{name: "year-before-number", alone: true, kinds: kindMask(kNoun), apply: yearNumber},
	{name: "resumptive-b-after-participle-dropped", alone: true, kinds: kindMask(kFunc), apply: resumptiveB},
	{name: "kana-hunak-there-was", alone: true, kinds: kindMask(kVerb), apply: thereWas},
	{name: "yujad-there-is", alone: true, kinds: kindMask(kVerb), apply: thereIsFound},
	{name: "yujad-prepositional-phrase-there-is", alone: true, kinds: kindMask(kVerb), apply: thereIsPrepositional}, // h12-lextalk
	{name: "yujad-after-what-where-is", alone: true, kinds: kindMask(kVerb), apply: yujadAfterWhatWhere},            // h12-lextalk
	{name: "yuadd-is-considered-passive", alone: true, kinds: kindMask(kFunc), apply: consideredPassive},
	{name: "itabara-imperfect-before-subject-and-predicate-is-considered", alone: true, kinds: kindMask(kVerb), apply: consideredImperfectPassive}, // h14-lexcopula
	{name: "kana-min-adjective-it-was", alone: true, kinds: kindMask(kVerb), apply: kanaMinAdjective},
	{name: "kana-pronoun-subject-adjective-predicate", alone: true, kinds: kindMask(kVerb), apply: kanaPronounSubject}, // h14-lexcopula
	{name: "kana-number-huwa-is-was", alone: true, kinds: kindMask(kVerb), apply: kanaNumberHuwa},                      // h14-lexcopula
	{name: "kana-l-is-have", alone: true, kinds: kindMask(kVerb), apply: kanaHave},
	{name: "laysa-hunak-there-is-no", alone: true, keys: []string{"ليس", "ليست"}, apply: thereIsNo},
	{name: "laysa-is-negated-copula", alone: true, kinds: kindMask(kFunc), apply: laysaCopula},
	{name: "still-before-number-there-are", alone: true, kinds: kindMask(kVerb), apply: thereStill},
	{name: "khass-b-is-of", alone: true, kinds: kindMask(kAdj), apply: specificB},
	{name: "kana-qad-past-pluperfect", alone: true, kinds: kindMask(kVerb), apply: pluperfect},
	{name: "kana-subject-qad-past-pluperfect", alone: true, kinds: kindMask(kVerb), apply: pluperfectSubject},
	{name: "relative-after-person-is-who", alone: true, keys: []string{"الذي", "التي"}, apply: relativeWho},
	{name: "relative-after-comma-is-which", alone: true, keys: []string{"الذي", "التي"}, apply: relativeWhich},
	{name: "l-pronoun-after-definite-noun-has", alone: true, kinds: kindMask(kFunc), apply: lPronounHas},
	{name: "l-of-unknown-after-to", alone: true, apply: lAfterTo},
	{name: "latalama-has-long", alone: true, keys: []string{"لطالما"}, apply: latalama},
	{name: "kama-anna-pronoun-is-also", keys: []string{"كما"}, apply: kamaAnnaPronoun}, // h12-lexnews
	{name: "kama-before-verb-also", alone: true, keys: []string{"كما"}, apply: kamaAlso},
	{name: "hal-verb-question", alone: true, keys: []string{"هل"}, apply: halVerb},
	{name: "hal-possessor-or-modal-question", alone: true, keys: []string{"هل"}, apply: halFunction},
	{name: "ma-alladhi-before-verb-is-its-subject", alone: true, keys: []string{"ما الذي"}, apply: maAlladhiSubject},                  // h13-lextalk2
	{name: "limadha-la-imperfect-is-why-dont", alone: true, kinds: kindMask(kFunc), keys: []string{"لماذا لا"}, apply: limadhaLaDont}, // h14-lextalk3
	{name: "question-word-negated-verb-inverted", alone: true, kinds: kindMask(kFunc), apply: questionWordNegatedVerb},                // h14-lextalk3
	{name: "question-word-verb-inverted", alone: true, kinds: kindMask(kFunc), apply: questionWordVerb},
	{name: "question-word-modal-inverted", alone: true, kinds: kindMask(kFunc), apply: questionWordModal},
	{name: "question-word-to-phrase-is-inverted-verb", alone: true, kinds: kindMask(kFunc), apply: questionWordPhraseVerb},            // h13-lextalk2
	{name: "kam-huwa-adjective-is-how-adjective", alone: true, kinds: kindMask(kFunc), keys: []string{"كم"}, apply: kamHuwaAdjective}, // h14-lextalk3
	{name: "kam-adad-is-how-many", alone: true, kinds: kindMask(kFunc), keys: []string{"كم"}, apply: kamAdad},
	{name: "ma-hiya-before-plural-is-what-are", alone: true, keys: []string{"ما هي", "ما هو"}, apply: maHiyaPlural},
	{name: "ila-anna-dropped", alone: true, keys: []string{"الى"}, apply: ilaAnna},
	{name: "kuntu-past-reads-imperfect", kinds: kindMask(kVerb), apply: kuntuImperfect},
	{name: "afal-in-first-person-line-is-imperfect", kinds: kindMask(kVerb), apply: firstPersonImperfect},
	{name: "lam-kana-imperfect-did-not", alone: true, apply: lamKanaImperfect},
	{name: "kana-imperfect-progressive", alone: true, kinds: kindMask(kVerb), apply: kanaImperfect},
	{name: "kana-subject-imperfect-progressive", alone: true, kinds: kindMask(kVerb), apply: kanaSubjectImperfect},
	{name: "month-min-year-dropped", alone: true, keys: []string{"من"}, apply: monthMinYear},
	{name: "kana-adverb-imperfect-progressive", alone: true, kinds: kindMask(kVerb), apply: kanaAdverbImperfect},
	{name: "qad-without-verb-dropped", alone: true, keys: []string{"قد"}, apply: qadAlone},
	{name: "fi-waqt-before-verb-is-at-a-time-when", alone: true, kinds: kindMask(kFunc), keys: []string{"في"}, apply: fiWaqtWhen},
	{name: "man-before-verb-opening-clause-is-whoever", alone: true, kinds: kindMask(kVerb), apply: manWhoever},
	{name: "negated-verb-abadan-is-never", kinds: kindMask(kVerb), apply: negatedNever},
	{name: "negated-verb-ahad-is-no-one", alone: true, kinds: kindMask(kVerb), apply: negatedAhadNoOne},
	{name: "adverb-after-verb-moves-before", alone: true, kinds: kindMask(kVerb), apply: preverbAdverb},
	{name: "discourse-opener-before-comma", kinds: kindMask(kFunc), apply: discourseOpener},                                                 // h12-lextalk
	{name: "hatta-before-preposition-is-even", kinds: kindMask(kFunc), keys: []string{"حتى"}, apply: hattaEven},                             // h14-lextalk3
	{name: "kullama-akthar-is-the-more", kinds: kindMask(kFunc), keys: []string{"كلما"}, apply: kullamaTheMore},                             // h14-lextalk3
	{name: "la-tafal-in-exclamation-is-dont", kinds: kindMask(kVerb), apply: laTafalDont},                                                   // h12-lextalk
	{name: "conditional-past-t-is-you", kinds: kindMask(kVerb), apply: conditionalPastYou},                                                  // h13-lextalk2
	{name: "li-hadha-opening-clause-is-so", kinds: kindMask(kFunc), keys: []string{"هذا"}, apply: liHadhaSo},                                // h13-lextalk2
	{name: "lone-demonstrative-before-preposition-is-this-is", kinds: kindMask(kFunc), apply: demonstrativePrepPredicate},                   // h13-lextalk2
	{name: "particle-pronoun-before-locative-is-copula", kinds: kindMask(kFunc), apply: particlePronounLocative},                            // h13-lextalk2
	{name: "question-t-verb-before-lone-demonstrative-is-you", kinds: kindMask(kVerb), apply: questionTVerbDemonstrative},                   // h13-lextalk2
	{name: "t-verb-before-lone-masculine-demonstrative-has-it-as-object", kinds: kindMask(kVerb), apply: tVerbMasculineDemonstrativeObject}, // h13-lextalk2
	{name: "la-before-modal-with-subject-negates-it", alone: true, kinds: kindMask(kFunc), keys: []string{"لا"}, apply: laModal},
	{name: "la-before-indefinite-noun-is-no", alone: true, keys: []string{"لا"}, apply: laNo},
	{name: "demonstrative-before-definite-construct-is-copula", alone: true, kinds: kindMask(kFunc), apply: demonstrativeCopula},
	{name: "jiddan-after-adjective-very", alone: true, keys: []string{"جدا"}, apply: jiddan},
	{name: "ghayr-pronoun-min-is-other", alone: true, apply: ghayrMinOther},
	{name: "nahwa-before-number-about", alone: true, keys: []string{"نحو"}, apply: nahwaAbout},
	{name: "ma-yazid-an-number-is-more-than", alone: true, kinds: kindMask(kFunc), keys: []string{"ما"}, apply: maYazidAn},
	{name: "shahr-before-month-dropped", alone: true, keys: []string{"شهر"}, apply: shahrMonth},
	{name: "qabla-time-ago", alone: true, keys: []string{"قبل"}, apply: qablaAgo},

	{name: "l-first-plural-opening-is-lets", kinds: kindMask(kVerb), apply: letUsOpening},
	{name: "imperfect-after-to-is-bare", kinds: kindMask(kVerb), apply: bareAfterTo},
	{name: "imperfect-after-modal-an-is-bare", kinds: kindMask(kVerb), apply: bareAfterModalAn},
	{name: "asyndetic-relative-resumptive-pronoun-dropped", kinds: kindMask(kVerb), apply: asyndeticResumptive},      // h14-lextalk3
	{name: "relative-resumptive-preposition-pronoun-dropped", kinds: kindMask(kFunc), apply: relativePrepResumptive}, // h14-lextalk3
	{name: "resumptive-pronoun-after-relative-dropped", kinds: kindMask(kVerb), apply: resumptiveAfterRelative},
	{name: "l-after-to-preposition-dropped", kinds: kindMask(kNoun, kName, kAdj, kFunc, kNum, kPunct, kRaw), apply: lAfterToPrep},
	{name: "clitic-l-of-or-to", kinds: kindMask(kNoun, kName, kAdj, kFunc, kNum, kPunct, kRaw), apply: cliticL},
	{name: "clitic-b-with-or-in", apply: cliticB},
	{name: "akthar-specification-is-comparative-adjective", kinds: kindMask(kFunc), keys: []string{"اكثر", "اقل"}, apply: comparativeTamyiz}, // h13-lexpud
	{name: "qalil-after-plural-noun-is-few", kinds: kindMask(kAdj), keys: []string{"قليل"}, apply: qalilFew},                                 // h14-lextalk3
	{name: "elative-before-noun-is-superlative", kinds: kindMask(kAdj), apply: elativeSuperlative},
	{name: "ordinal-before-noun-is-the-first", kinds: kindMask(kAdj), apply: ordinalSuperlative},
	{name: "min-elative-plural-is-one-of", keys: []string{"من"}, apply: minElativeOneOf},
	{name: "elative-without-noun-is-comparative", kinds: kindMask(kAdj), apply: elativeComparative},
	{name: "elative-bikathir-is-much-comparative", keys: []string{"بكثير", "كثير", "كثير من"}, apply: bikathirMuch}, // h14-lextalk3
	{name: "elative-before-min-comparative", keys: []string{"من"}, apply: elativeThan},
	{name: "min-after-comparative-than", keys: []string{"من"}, apply: minThan},
	{name: "madi-after-month-last-next", kinds: kindMask(kAdj), apply: lastNextMonth},
	{name: "cycle-noun-before-madi-is-last-next", apply: lastNextCycle},
	{name: "fi-before-last-next-time-dropped", keys: []string{"في"}, apply: fiLastNext},
	{name: "min-after-definite-adjective-of", keys: []string{"من"}, apply: minOfAdjective},
	{name: "min-after-noun-of", keys: []string{"من"}, apply: minOfNoun},
	{name: "min-after-measure-noun-and-adjective-of", keys: []string{"من"}, apply: minAfterMeasureAdjective}, // h15-lexarticle
	{name: "definite-subject-locative-predicate-is", kinds: kindMask(kFunc), apply: locativeCopula},
	// h14-lexcopula: nominal sentences (rules_nominal.go)
	{name: "abr-before-way-noun-is-across", kinds: kindMask(kFunc), keys: []string{"عبر"}, apply: abrAcrossWay},
	{name: "pronoun-subject-before-adjective-is-copula", kinds: kindMask(kFunc), apply: pronounSubjectCopula},
	{name: "ghayr-adjective-after-definite-subject-is-negated-copula", kinds: kindMask(kFunc), apply: ghayrPredicate},
	{name: "fronted-locative-before-indefinite-noun-is-there-is", kinds: kindMask(kFunc), apply: frontedLocativeThere},
	{name: "huna-before-noun-phrase-is-here-is", kinds: kindMask(kFunc), keys: []string{"هنا"}, apply: hunaHereIs},
	{name: "lam-yaud-subject-adjective-is-no-longer", kinds: kindMask(kFunc), keys: []string{"لم يعد", "لم تعد"}, apply: noLongerCopula},
	// h12-lexnoun: generic noun phrases (rules_noun.go)
	{name: "generic-plural-subject-of-present-drops-the", kinds: kindMask(kNoun), apply: genericSubject},
	{name: "generic-object-of-taste-verb-drops-the", kinds: kindMask(kNoun), apply: genericTasteObject},
	// h13-lexthe: articles in constructs (rules_article.go)
	{name: "construct-generic-dependent-drops-the", kinds: kindMask(kNoun), apply: constructGenericDependent},
	{name: "coordinated-noun-after-bare-noun-drops-the", kinds: kindMask(kNoun), apply: coordinatedGeneric},
	{name: "office-noun-before-person-name-is-title", kinds: kindMask(kNoun), apply: officeBeforeName},
	{name: "definite-office-title-takes-the", kinds: kindMask(kNoun), apply: definiteOfficeTitle},                                // h14-lexstart
	{name: "verbal-phrase-opening-clause-says-dropped-subject", kinds: kindMask(kFunc), apply: verbalPhraseSubject},              // h14-lexstart
	{name: "plural-subject-of-present-opinion-verb-before-that-drops-the", kinds: kindMask(kNoun), apply: genericOpinionSubject}, // h14-lexstart
	{name: "b-with-means-generic-drops-the", kinds: kindMask(kNoun), apply: withMeansGeneric},
	{name: "indefinite-quantity-min-generic-drops-the", kinds: kindMask(kNoun), apply: indefiniteOfGeneric},
	{name: "present-statement-preposition-plural-drops-the", kinds: kindMask(kNoun), apply: presentPrepPlural}, // h15-lexarticle
	{name: "class-phrase-dependent-drops-the", kinds: kindMask(kNoun), apply: classPhraseDependent},            // h15-lexarticle
	{name: "goods-verb-present-object-drops-the", kinds: kindMask(kNoun), apply: goodsVerbPresentObject},       // h15-lexarticle
	{name: "ma-afal-exclamative-is-how", kinds: kindMask(kFunc), keys: []string{"ما"}, apply: exclamativeMaAfal},
	{name: "manner-noun-adjective-is-ly-adverb", kinds: kindMask(kFunc), apply: mannerAdverb},
	{name: "mithl-after-noun-is-such-as", kinds: kindMask(kFunc), keys: []string{"مثل"}, apply: mithlSuchAs},      // h13-lexpud
	{name: "possessor-noun-before-indefinite-has", kinds: kindMask(kFunc, kNoun, kName), apply: possessorNounHas}, // h14 possession
	{name: "kaffa-after-definite-noun-is-all", keys: []string{"كافة", "جميعا"}, apply: kaffaAll},                  // h14
	{name: "wahid-after-indefinite-noun-is-one", keys: []string{"واحد", "واحدة"}, apply: wahidOne},                // h14
	{name: "verb-after-indefinite-object-noun-is-relative", kinds: kindMask(kVerb), apply: indefiniteRelative},    // h14
	{name: "min-noun-ila-ukhra-is-from-one-to-another", keys: []string{"من"}, apply: fromOneToAnother},            // h14
	{name: "nisba-after-personal-name-is-family-name", kinds: kindMask(kAdj), apply: nisbaFamilyName},
}

// placeNisba reports whether the adjective ar is the nisba of a place name
// of the lexicon: مصري of مصر, عراقي of العراق, سوري of سوريا, حلبي of
// حلب (not ماضي "last", which is no place's).
func (l *Lexicon) placeNisba(ar string) bool {
	st, ok := strings.CutSuffix(ar, "ي")
	if !ok || runeLen(st) < 2 {
		return false
	}
	for _, w := range [...]string{st, "ال" + st, st + "ا", st + "يا", st + "ة"} {
		for _, e := range l.lookupWord(w) {
			if e.tag == TagName && e.has(fGeo) {
				return true
			}
		}
	}
	return false
}

// A definite masculine nisba adjective (المصري، السوري) right after a
// one-word personal name is the person's family name, said in Latin
// letters after it: قالت هدى المصري → Huda al-Masri said, not "Egyptian
// Huda". Only a one-word name line that is no place and has no article:
// an organization is a name of several words or with the article (حزب
// الله اللبناني → Lebanese Hezbollah, الصليب الأحمر السنغافوري), a club
// a phrase line, a company takes the feminine (أرامكو السعودية). A
// feminine nisba (هدى المصرية, "Huda the Egyptian") and a noun before it
// (الطالب المصري) are left.
func nisbaFamilyName(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.kind != kAdj || !it.def || it.lead != "" || it.a == nil || it.a.pron != "" || it.a.fem || it.a.plural || it.a.dual ||
		it.a.e.tag != TagAdj || !g.lex.placeNisba(it.a.e.ar) ||
		prev == nil || prev.kind != kName || prev.a == nil || prev.a.def || prev.unknown || prev.a.e.tag != TagName || prev.has(fGeo) || prev.has(fMonth) ||
		strings.ContainsRune(prev.a.e.ar, ' ') || strings.HasPrefix(prev.a.e.ar, "ال") {
		return pass
	}
	it.kind, it.text = kName, g.esc(transliterate("ال"+it.a.e.ar))
	return applied
}

// A perfect verb whose first letter carries a damma is passive: قُتل →
// was killed, أُعلن → was announced (the active perfect has a fatha there).
func vowelledPassive(g *engine, w *window) verdict {
	it := w.it
	if !it.damma1 || it.kind != kVerb || it.a == nil || it.a.vf != vPast || it.a.e.tag != TagVerb ||
		it.a.e.has(fCopula) || it.a.e.has(fBe) || it.a.passive || it.a.pron != "" {
		return pass
	}
	passiveReading(it)
	return applied
}

// A verb right after الذي/التي/الذين with no object pronoun has the
// antecedent as its subject, so the noun after it is its object:
// الرجل الذي زار بغداد → the man who visited Baghdad (with a resumptive
// يبدو أن → it seems that, ثبت أن → it was proven that: a verb of the
// impersonal table before أن/إن has the clause as its subject, said "it".
func impersonalAnna(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kVerb || !impersonalVerbs[it.a.e.ar] || it.a.pron != "" || !(it.a.person == "3ms" || it.a.person == "3fs") ||
		n1 == nil || n1.key != "ان" || n1.lead != "" || n1.post != "" {
		return pass
	}
	it.impersonal = true
	return applied
}

// A past verb in ت read as the first person (the hollow أعاد → أعدت, I
// restored) opening a clause before a definite feminine noun, in a line
// with no other first person, is the third person feminine of another
// verb when there is one: أعدت الوزارة خطة → the ministry prepared a plan.
func pastTFeminineSubject(g *engine, w *window) verdict {
	it, n1, prev := w.it, w.n1, w.prev
	if it.kind != kVerb || it.a.vf != vPast || it.a.person != "1s" || it.a.pron != "" || !(it.mod == "" || it.mod == "قد" || it.mod == "لقد") || it.form == "" ||
		prev != nil && prev.kind != kPunct && !clauseStarters[prev.key] || n1 == nil || n1.lead != "" || n1.kind != kNoun || !n1.def ||
		g.firstPerson && !(takesNoObject(it) && n1.a != nil && n1.a.pron != "") || !genderAgrees("3fs", n1) || n1.plural {
		// (a verb with no object cannot be "I" before a noun with a
		// pronoun: تغيرت حياتي → my life changed)
		return pass
	}
	a := g.lex.pastReading(it.form, "3fs")
	if a == nil || a.conj != it.a.conj || a.e.ar+"ت" != it.form[len(a.conj):] {
		// only a sound stem + ت: قلت is I said, not قلى + ت (she fried)
		return pass
	}
	*it = g.itemInPlace(a, it)
	return applied
}

// pronoun the noun is the subject: المدينة التي زارها الرئيس → the city
// that the president visited).
func relativeGap(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.kind != kVerb || it.a == nil || it.a.pron != "" || it.lead != "" || it.a.tamm || it.a.passive || it.a.e.has(fCopula) ||
		prev == nil || !relatives[prev.key] || prev.lead != "" || !relativeAgrees(prev.key, it.a.person) ||
		(w.n1 != nil && w.n1.a != nil && w.n1.a.pron != "") {
		// الذي فاز فيلمه: a noun with a pronoun of the antecedent is the subject
		return pass
	}
	it.gapSubject = true
	return applied
}

// relativeAgrees: the verb agrees with the relative (الذي he, التي she,
// الذين they), so the antecedent can be its subject; التي يدعو الناس has
// a masculine verb and the noun after it is the subject.
func relativeAgrees(rel, person string) bool {
	switch rel {
	case "الذي":
		return person == "3ms"
	case "التي":
		return person == "3fs"
	case "الذين":
		return person == "3mp"
	}
	return false
}

// تم + verbal noun is the passive of its verb: تم اعتقال ثلاثة أشخاص →
// three people were arrested; يتم افتتاح المستشفى → the hospital is opened;
// a definite verbal noun before the preposition of its verb's object too
// (تم الإعلان عن الخطة → the plan was announced); the pronoun on the
// verbal noun is its subject (تم استخدامها → it was used); لم يتم is a
// past (was not …).
func tammaMasdar(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if !lemmaIs(it, "تم", "يتم") || it.post != "" || n1 == nil || n1.lead != "" || n1.a == nil || n1.a.pron != "" && n1.a.def || n1.plural {
		return pass
	}
	v := g.tammaVerb(w)
	if v == nil {
		return pass
	}
	a := analysis{e: v, vf: vPast, person: "3ms", passive: true, tamm: true, stem: n1.a.stem}
	mod, lead, andSt := it.mod, it.lead, it.andSt
	if p := w.prev; mod == "" && lemmaIs(p, "لم", "لن", "لا") && p.kind == kFunc && p.post == "" && !p.drop && it.lead == "" {
		// a negation the function word تم did not take in
		mod, lead, andSt = p.key, p.lead, p.andSt
		p.drop = true
	}
	if it.key == "يتم" && mod != "لم" {
		a.vf = vImpf // لم يتم is a past: was not …
	}
	a.fut = it.a != nil && it.a.fut
	n := g.entryItem(v, &a)
	n.key, n.form, n.glue = v.ar, n1.form, it.glue
	n.lead, n.andSt, n.mod = lead, andSt, mod
	if p := w.prev; lemmaIs(p, "قد") && p.post == "" && !p.drop {
		// وقد تم: the conjunction leads the passive
		n.lead, n.andSt = p.lead, p.andSt
		p.drop = true
	}
	*n1 = n
	it.drop = true
	return applied
}

// tammaVerb returns the verb whose passive تم + the word after it says, or
// nil: an indefinite verbal noun, a definite one before the preposition
// of its verb's object, or a phrase of the two (الإعلان عن).
func (g *engine) tammaVerb(w *window) *entry {
	n1 := w.n1
	if n1.kind == kFunc && n1.a.e.tag == TagPhrase {
		first, prep, ok := strings.Cut(n1.key, " ")
		m, def := strings.CutPrefix(first, "ال")
		if !ok || !def || strings.Contains(prep, " ") {
			return nil
		}
		if v := g.lex.masdarVerb(m); v != nil && v.past != "" {
			if en, ok := verbPrep[v.ar+" "+prep]; ok && en == "" {
				return withPrepSense(v, prep)
			}
		}
		return nil
	}
	if n1.kind != kNoun {
		return nil
	}
	v := g.verbOfMasdar(n1.a)
	if v == nil || n1.a.def && !g.passiveObject(v, w) {
		return nil
	}
	if n1.a.def {
		return withPrepSense(v, w.n2.key)
	}
	return v
}

// withPrepSense returns the verb v in the sense it has with the preposition
// prep (the table verb-prep-sense: أبلغ عن → report), or v itself.
func withPrepSense(v *entry, prep string) *entry {
	s, ok := verbPrepSense[v.ar+" "+prep]
	if !ok {
		return v
	}
	c := *v
	c.en, c.past = s[0], s[1]
	return &c
}

// passiveObject reports whether the definite verbal noun after تم is
// followed by the preposition that marks its verb's direct object (تم
// الإبلاغ عن حالات → cases were reported, تم التحقق منها → it was
// verified; the table verb-prep): the preposition is dropped, so its
// object is the passive's subject.
func (g *engine) passiveObject(v *entry, w *window) bool {
	p := w.n2
	if p == nil || p.kind != kFunc || p.a == nil || p.a.conj != "" || p.lead != "" {
		return false
	}
	if en, ok := verbPrep[v.ar+" "+p.key]; !ok || en != "" {
		return false
	}
	p.drop = true
	return true
}

// verbOfMasdar returns the verb whose verbal noun the analysis a read (a
// gerund reading, or the masdar of a derived form: استخدام → استخدم), or
// nil when it is no verbal noun of a verb with a past.
func (g *engine) verbOfMasdar(a *analysis) *entry {
	v := a.e
	if !a.gerund {
		v = g.lex.masdarVerb(a.e.ar)
	}
	if v == nil || v.tag != TagVerb || v.past == "" {
		return nil
	}
	return v
}

// masdarVerbGuess is verbOfMasdar, else the guessed verb of a form I
// verbal noun (formIMasdarVerb): only for slots where a verb is expected.
func (g *engine) masdarVerbGuess(a *analysis) *entry {
	if v := g.verbOfMasdar(a); v != nil {
		return v
	}
	return g.lex.formIMasdarVerb(a.e.ar)
}

// masdarAsVerb is the verbal noun x said as the imperfect (or its passive)
// of its verb v, in x's place; an active verb takes x's pronoun as its
// object.
func (g *engine) masdarAsVerb(v *entry, x *item, passive bool) item {
	a := analysis{e: v, vf: vImpf, person: "3ms", passive: passive, stem: x.a.stem}
	n := g.itemInPlace(&a, x)
	if !passive && x.a.pron != "" {
		n.post = objectPronoun[x.a.pron]
	}
	return n
}

// itemIndex returns the index of the item p in its, searching from from
// (len(its) when it is not there).
func itemIndex(its []item, from int, p *item) int {
	for from < len(its) && &its[from] != p {
		from++
	}
	return from
}

// ل + the indefinite verbal noun of a derived verb states a purpose, said
// in English with "to" and the verb: لمناقشة الأزمة → to discuss the
// crisis, لمكافحة الفساد → to fight corruption.
func lMasdarPurpose(g *engine, w *window) verdict {
	it := w.it
	if it.kind != kNoun || it.a == nil || it.a.prep != "ل" || it.a.def || it.a.pron != "" || it.plural || it.a.dual || it.def || it.objB {
		return pass
	}
	if n1 := w.n1; n1 != nil && n1.kind == kAdj && !n1.def && n1.lead == "" {
		// an adjective keeps it a noun: ساحة لتنافس مرير → an arena of
		// bitter competition
		return pass
	}
	v := g.verbOfMasdar(it.a)
	if v == nil {
		return pass
	}
	g.purposeInfinitive(it, v)
	return applied
}

// A verb or adjective of the to-masdar table, its preposition and a
// verbal noun heading its object: "to" + the verbal noun's verb (كنا
// قادرين على تحقيق نتائج → we were able to achieve results, ساعد الدواء
// على تخفيف الألم → the medicine helped to ease the pain).
func ableToMasdar(g *engine, w *window) verdict {
	it, prev, n1 := w.it, w.prev, w.n1
	if it.kind != kFunc || it.post != "" || it.lead != "" || prev == nil || n1 == nil || n1.lead != "" || n1.a == nil || n1.a.pron != "" {
		return pass
	}
	pv, pp := g.masdarPhraseVerb(n1) // قادرون على التغلب على → able to overcome
	if pv == nil && (n1.kind != kNoun || n1.plural || n1.det != "" && !(n1.def && n1.det == "the")) {
		return pass
	}
	head := prev
	if nounlike(prev) && prev.def && prev.lead == "" && subjectAfterVerb(w) {
		head = liveBefore(w.its, itemIndex(w.its, 0, prev)) // ساعد الدواء على: the verb before its subject
	}
	if prev.kind == kNoun && prev.a != nil && prev.a.prep == "" && prev.a.pron == "" && !prev.plural && toMasdar[prev.a.e.ar+" "+it.key] {
		// h12-lexverb: a noun of the table (القدرة على، الحاجة إلى): لدينا
		// القدرة على تغيير العالم → we have the ability to change the world
		head = prev
	}
	if head == nil || head.a == nil || !(head.kind == kAdj || head.kind == kVerb || head.kind == kNoun && head == prev) || !toMasdar[head.a.e.ar+" "+it.key] || n1.a.conj != "" {
		return pass
	}
	if pv != nil {
		g.phraseInfinitive(n1, pv, pp, false)
		it.drop = true
		return applied
	}
	var v *entry
	if head.kind == kNoun && !n1.def && !n1.a.def {
		// after a noun of the table a verbal noun is expected: the
		// guessed verb of a form I one too (القدرة على حماية → to protect)
		v = g.masdarVerbGuess(n1.a)
	} else {
		v = g.verbOfMasdar(n1.a)
	}
	if v == nil || (n1.def || n1.a.def) && head.kind == kVerb {
		// a definite verbal noun only after an adjective or a noun
		// (قادرون على الاستمرار → able to continue, القدرة على التكيف →
		// the ability to adapt; عملت على التطوير stays "worked on the
		// development")
		return pass
	}
	a := analysis{e: v, prep: "ل", vf: vImpf, person: "3ms", stem: n1.a.stem}
	*n1 = g.itemInPlace(&a, n1)
	it.drop = true
	return applied
}

// وقد + past opens a narrative clause in news: a simple past (وقد أعلنت
// الحكومة → the government announced), not "has announced".
func waQadPast(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.key == "قد" && it.a != nil && it.a.conj == "و" && it.a.prep == "" && it.post == "" && pastVerb(n1) && n1.mod == "" {
		n1.lead, n1.andSt = it.lead, it.andSt
		it.drop = true
		return applied
	}
	return pass
}

// قالوا لي → they said to me
func lPronounAfterVerb(g *engine, w *window) verdict {
	it := w.it
	if it.kind == kFunc && it.a != nil && it.a.e.ar == "ل" && it.a.pron != "" && it.lead == "" && w.prev != nil && w.prev.kind == kVerb {
		it.text = "to"
		if p, ok := verbWithL[w.prev.key]; ok && w.prev.a != nil && !w.prev.a.passive {
			it.text = p // انضم لهم → joined them, امتثل له → complied with it
		}
		return applied
	}
	return pass
}

// إنه after a verb of saying reports its subject (قال إنه → he said that
// he); elsewhere it is impersonal (إنه أمر → it is).
func innaAfterVerb(g *engine, w *window) verdict {
	it := w.it
	if it.kind == kFunc && it.post == "it" && it.a != nil && it.a.pron == "ه" && (it.a.e.tag == TagPart || it.a.e.tag == TagConj) && w.prev != nil && w.prev.kind == kVerb {
		it.post = "he"
		return applied
	}
	return pass
}

// ليس لديه → he does not have; ليس له تاريخ → he does not have a history
func laysaPossessor(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.key != "ليس" || it.post != "" || it.lead != "" || n1 == nil || n1.kind != kFunc || n1.lead != "" || n1.a == nil || n1.a.pron == "" ||
		!(possessor[n1.a.e.ar] || n1.a.e.ar == "ل" && w.n2 != nil && nounlike(w.n2) && !w.n2.def && w.n2.lead == "") {
		return pass
	}
	subj := subjectOf(n1.a.pron)
	if singularSubject(subj) {
		n1.text = subj + " does not have"
	} else {
		n1.text = subj + " do not have"
	}
	n1.post = ""
	it.drop = true
	return applied
}

// The ب of the object of some verbs is no "with": قام بزيارة → carried out
// a visit, شعر بالخوف → felt fear, آمن بالله → believed in God; also after
// a subject (قام الرئيس بزيارة).
func verbObjectB(g *engine, w *window) verdict {
	it := w.it
	p, ok := verbWithB[it.key]
	if !ok || it.kind != kVerb || it.a == nil || it.a.pron != "" {
		return pass
	}
	n := afterSubject(w)
	if n == nil || n.a == nil || n.a.prep != "ب" || n.a.conj != "" || !(n.kind == kNoun || n.kind == kFunc && n.a.e.tag == TagPhrase) {
		// (a phrase: طالب بالإفراج عن → demanded the release of)
		return pass
	}
	n.objB, n.objPrep = true, p
	withPrepReading(it, "ب")
	return applied
}

// withPrepReading gives the verb item it the sense its verb has with the
// preposition prep, a separate word or a clitic (verb-prep-sense rows:
// أبلغ عن → report, تقدم ب → submit, أقر ب → acknowledge).
func withPrepReading(it *item, prep string) {
	if e := withPrepSense(it.a.e, prep); e != it.a.e {
		a := *it.a // analyses are shared (cached): copy before changing
		a.e = e
		it.a = &a
	}
}

// The clitic ل of some verbs' complement is no genitive "of" after their
// subject: تعرض الرجل لهجوم → the man was subjected to an attack, خضع
// المريض لعملية → the patient underwent an operation (the table
// verb-with-l; "-" is a direct object). The marked noun is not read as a
// purpose (lMasdarPurpose) and does not join the subject.
func verbObjectL(g *engine, w *window) verdict {
	it := w.it
	p, ok := verbWithL[it.key]
	if !ok || it.kind != kVerb || it.a == nil || it.a.pron != "" || it.a.passive {
		return pass
	}
	n := afterSubject(w)
	if n == nil || n.a == nil || n.a.prep != "ل" || n.a.conj != "" ||
		!(n.kind == kNoun || n.kind == kName || n.kind == kFunc && n.a.e.tag == TagPhrase) {
		return pass
	}
	if n.kind == kNoun && !n.a.def && g.verbOfMasdar(n.a) != nil && afterObject(w, n) {
		// after an object the verbal noun is a purpose: أرسلت فريقا لمراقبة
		// الانتخابات → sent a team to monitor the elections
		return pass
	}
	n.objB, n.objPrep = true, p
	withPrepReading(it, "ل")
	return applied
}

// afterObject reports whether n, found by afterSubject, follows a second
// noun phrase after the verb's first one (its subject, then its object).
func afterObject(w *window, n *item) bool {
	first := liveAfter(w.its, w.i, 1)
	if first == nil || first == n || !nounlike(first) {
		return false
	}
	_, j := collectMembers(w.its, itemIndex(w.its, w.i+1, first), nil)
	x := liveAfter(w.its, j-1, 1)
	return x != nil && x != n
}

// قام ب + a verbal noun says the verbal noun's action: قام الرئيس بزيارة
// بغداد → the president visited Baghdad, يقومون بدراسة الوضع → they study
// the situation. The verb takes قام's tense and person, the verbal noun's
// pronoun is its object; a verbal noun with no object (قام بزيارة, بزيارة
// رسمية) stays a noun: carried out a visit.
func qamaMasdar(g *engine, w *window) verdict {
	it := w.it
	if it.kind != kVerb || it.key != "قام" || it.a == nil || it.a.pron != "" || it.a.passive {
		return pass
	}
	n := afterSubject(w)
	if n == nil || n.kind != kNoun || n.a == nil || n.a.prep != "ب" || n.a.conj != "" || n.plural {
		return pass
	}
	if nx := liveAfter(w.its, itemIndex(w.its, w.i+1, n), 1); n.a.pron == "" && (nx == nil || nx.lead != "" || !(nounlike(nx) || nx.kind == kNum)) {
		return pass
	}
	v := g.masdarVerbGuess(n.a)
	if v == nil || v.has(fCopula) {
		return pass
	}
	a := *it.a // analyses are shared (cached): copy before changing
	a.e = v
	it.a, it.key = &a, v.ar
	if n.a.pron != "" {
		it.post = objectPronoun[n.a.pron]
	}
	n.drop = true
	return applied
}

// afterSubject returns the first word after the verb of w and the noun
// phrase that may follow it as its subject (numbers, عدة، بضعة, nouns,
// names and adjectives with no preposition: رحبت منظمات حقوق الإنسان بالقرار, وصل
// ثلاثة رجال إلى), or nil.
func afterSubject(w *window) *item {
	for k := w.i + 1; k < len(w.its) && k <= w.i+6; k++ {
		x := &w.its[k]
		if x.drop {
			continue
		}
		if x.lead != "" || !(nounlike(x) || x.kind == kAdj || x.kind == kNum || lemmaIs(x, "عدة", "بضعة", "بضع") && x.post == "") || x.a != nil && x.a.prep != "" {
			return x
		}
	}
	return nil
}

// A verb that governs a preposition takes its English object form: أعلن
// عن خطة → announced a plan, حذر من انتشار المرض → warned of the spread of
// the disease (the table verb-prep of grammar/arabic.tsv). The preposition
// may follow the verb's subject.
func verbGovernedPrep(g *engine, w *window) verdict {
	it := w.it
	if it.kind != kVerb || it.a == nil {
		return pass
	}
	n := afterSubject(w)
	if n == nil || n.kind != kFunc || n.a == nil || n.a.conj != "" {
		return pass
	}
	en, ok := verbPrep[it.key+" "+n.key]
	if !ok {
		return pass
	}
	if first := liveAfter(w.its, w.i, 1); first != n && nounlike(first) {
		// دعت الوزارة المزارعين إلى: a second noun phrase, the verb's
		// object, stands before the preposition, which then keeps its own
		// English (called the farmers to)
		_, j := collectMembers(w.its, itemIndex(w.its, w.i+1, first), nil)
		if x := liveAfter(w.its, j-1, 1); x != n && x != nil && nounlike(x) && x.lead == "" && !timeNoun(g, x) && x.kind != kName {
			return pass
		}
	}
	if nx := liveAfter(w.its, itemIndex(w.its, w.i+1, n), 1); n.a.pron == "" && lemmaIs(nx, "ان") && nx.lead == "" {
		// أشار إلى أن → pointed out that: before a clause the verb keeps
		// its own sense (ila-anna-dropped drops the preposition)
		return pass
	}
	// The preposition stays as a word, with no English for a direct
	// object, so the noun phrase after it is still not read as a subject;
	// its pronoun stays the object: نحافظ عليه → we maintain him.
	n.text, n.governed = en, true
	withPrepReading(it, n.key)
	return applied
}

// وهو/وهي + a noun phrase after a noun or a comma adds a description of
// what came before: "which is" ("who is" after a person): برج ساوث بانك،
// وهو أحد معالم لندن → South Bank Tower, which is one of London's
// landmarks.
func waHuwaWhich(g *engine, w *window) verdict {
	it, prev, n1 := w.it, w.prev, w.n1
	if !lemmaIs(it, "هو", "هي") || it.a == nil || it.a.conj != "و" || it.a.prep != "" || prev == nil || n1 == nil ||
		!(prev.kind == kPunct && prev.text == "," || nounlike(prev) || prev.kind == kAdj) ||
		!(nounlike(n1) || n1.kind == kAdj || n1.kind == kNum || n1.kind == kFunc && quantity[n1.key]) {
		return pass
	}
	rel := "which is"
	for k := w.i - 1; k >= 0 && k >= w.i-3; k-- {
		if x := &w.its[k]; !x.drop && nounlike(x) {
			if humanNoun(x) {
				rel = "who is"
			}
			break
		}
	}
	it.text, it.lead, it.andSt, it.key = rel, "", false, ""
	return applied
}

// A modal with ل + a noun phrase (or يجب على + a noun phrase) has that
// noun phrase as its subject and a verbal noun or أن + imperfect as its
// verb: يمكن للمرضى التعافي → the patients can recover, يمكن لبروتين N أن
// يساعد → the N protein can help, يجب على الطلاب الكتابة → the students
// must write.
func modalSubjectL(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	// a negated modal is one word of function.tsv (لا ينبغي should not)
	negated := strings.HasPrefix(it.key, "لا ") && modals[strings.TrimPrefix(it.key, "لا ")]
	qm, qbare := questionModal(it) // كيف يمكن للمرء أن يتعلم → how can one learn
	if qm && !qbare || !qm && (it.kind != kFunc || !modals[it.key] || it.post != "" || strings.Contains(it.key, " ") && !negated) || n1 == nil || n1.a == nil || n1.a.conj != "" {
		return pass
	}
	subj := n1
	switch {
	case n1.a.prep == "ل" && nounlike(n1) && n1.a.pron == "":
	case lemmaIs(n1, "على") && n1.post == "" && n1.a.pron == "" && w.n2 != nil && nounlike(w.n2) && w.n2.lead == "":
		subj = w.n2
	default:
		return pass
	}
	v := g.modalComplement(w, subj)
	if v == nil {
		return pass
	}
	if qm {
		// the inverted modal stays first, its subject after it
		v.bare = true
		subj.lead, subj.andSt = "", false
		if subj != n1 {
			n1.drop = true
		}
		return applied
	}
	modal, lead, andSt := it.text, it.lead, it.andSt
	if p := w.prev; lemmaIs(p, "لا") && p.post == "" && it.lead == "" {
		// لا ينبغي للدول → countries should not
		modal, lead, andSt = modal+" not", p.lead, p.andSt
		p.drop = true
	}
	v.bare, v.adv = true, strings.TrimSpace(v.adv+" "+modal)
	subj.lead, subj.andSt = lead, andSt
	if subj != n1 {
		n1.drop = true
	}
	it.drop = true
	return applied
}

// A modal with its subject pronoun (يمكنه, بوسعنا) takes a verbal noun as
// its verb: يمكنه الانتظار → he can wait.
func modalPronounMasdar(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if _, _, ok := g.modalWithSubject(it); !ok && !phraseModalSubject(it) && !suffixedCanModal(it) || it.lead != "" && !it.andSt || n1 == nil || n1.kind != kNoun || n1.lead != "" || n1.a == nil || n1.plural {
		return pass
	}
	v := g.masdarVerbGuess(n1.a)
	if v == nil {
		return pass
	}
	n := g.masdarAsVerb(v, n1, false)
	n.bare = true
	*n1 = n
	return applied
}

// phraseModalSubject: a phrase line of a modal ending in its subject's
// pronoun suffix, a row of the modal table with or without its أن (لا
// يمكننا → we can't, يجب علينا → we must).
func phraseModalSubject(it *item) bool {
	if it == nil || it.a == nil || it.a.e.tag != TagPhrase || it.post != "" || !strings.Contains(it.key, " ") || !(modals[it.key] || modals[it.key+" ان"]) {
		return false
	}
	for _, p := range pronSuffixes {
		if p != "ي" && strings.HasSuffix(it.key, p) {
			return true // (not ي: لا ينبغي has no subject)
		}
	}
	return false
}

// A modal before a verbal noun with a pronoun is a passive of the pronoun:
// يمكن تقسيمها → it can be divided, يجب استخدامه → it must be used.
func modalMasdarPassive(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kFunc || !modals[it.key] || it.post != "" || it.a == nil || it.a.pron != "" || strings.Contains(it.key, " ") ||
		n1 == nil || n1.kind != kNoun || n1.lead != "" || n1.a == nil || n1.a.pron == "" || n1.plural {
		return pass
	}
	v := g.masdarVerbGuess(n1.a)
	subj := clausePronoun[n1.a.pron]
	if v == nil || subj == "" {
		return pass
	}
	n := g.masdarAsVerb(v, n1, true)
	n.bare, n.adv = true, subj+" "+it.text
	n.lead, n.andSt = it.lead, it.andSt
	*n1 = n
	it.drop = true
	return applied
}

// modalComplement finds the verb of a modal whose subject starts at subj:
// the imperfect after أن (which is dropped), or the first verbal noun that
// does not depend on the noun before it, made a verb; nil if none comes
// before another verb or the end of the clause.
func (g *engine) modalComplement(w *window, subj *item) *item {
	prevDef := true
	start := itemIndex(w.its, w.i+1, subj)
	for k := start + 1; k < len(w.its) && k <= start+12; k++ {
		x := &w.its[k]
		switch {
		case x.drop:
			continue
		case x.kind == kVerb:
			return nil
		case x.key == "ان" && x.lead == "" && x.post == "":
			n := liveAfter(w.its, k, 1)
			if n == nil || n.kind != kVerb || n.a.vf != vImpf || n.lead != "" || n.mod != "" {
				return nil
			}
			x.drop = true
			return n
		case x.kind == kNoun && x.lead == "" && x.a != nil && prevDef && !x.plural:
			if v := g.masdarVerbGuess(x.a); v != nil {
				*x = g.masdarAsVerb(v, x, false)
				return x
			}
		}
		// a verbal noun after a preposition is its object; after an
		// indefinite noun, its dependent
		prevDef = x.def && (nounlike(x) || x.kind == kAdj) || x.kind == kFunc && x.a != nil && x.a.e.tag == TagAdv
	}
	return nil
}

// Sentence-initial إنّ is emphasis, not "that".
func initialInna(g *engine, w *window) verdict {
	it := w.it
	if w.prev == nil && lemmaIs(it, "ان", "فان") && it.post == "" && it.lead == "" {
		it.drop = true
		return applied
	}
	return pass
}

// إنه يتحدث → he speaks
func initialInnaPronoun(g *engine, w *window) verdict {
	it := w.it
	if w.prev == nil && it.key == "ان" && it.post != "" && it.lead == "" && it.a != nil && it.a.e.tag == TagConj {
		it.text = ""
		return applied
	}
	return pass
}

// فإن is a connective without English of its own.
func faInna(g *engine, w *window) verdict {
	it := w.it
	if it.key == "فان" && it.post == "" {
		it.drop = it.lead == ""
		return applied
	}
	return pass
}

// أن + imperfect is an infinitive unless a subject follows the verb; after
// a modal the verb is bare (يجب أن نكتب → we must write).
func anImperfect(g *engine, w *window) verdict {
	it, n1, n2, prev := w.it, w.n1, w.n2, w.prev
	if it.key != "ان" || it.lead != "" || it.post != "" || n1 == nil || n1.kind != kVerb || n1.a.vf != vImpf || n1.lead != "" || n1.mod != "" || n1.a.fut {
		return pass
	}
	// after a modal with its subject (يمكنك أن تتعلم اللغة) the noun is
	// the verb's object, not its subject
	if n2 != nil && nounlike(n2) && n2.def && n2.lead == "" && !n2.unknown && (n1.a.person == "3ms" || n1.a.person == "3fs") && !g.modalHasSubject(prev) {
		if prev != nil && modals[prev.key] && prev.post == "" && prev.a != nil && prev.a.pron == "" && prev.a.e.tag == TagPart && genderAgrees(n1.a.person, n2) {
			// يجب أن تتوقف الحرب → the war must stop: the verb takes in
			// the impersonal modal and its subject goes before it (fronts)
			it.drop, prev.drop = true, true
			n1.bare, n1.modalFront = true, true
			n1.adv = strings.TrimSpace(n1.adv + " " + prev.text)
			n1.lead, n1.andSt, n1.glue = prev.lead, prev.andSt, prev.glue
			return applied
		}
		if qm, qbare := questionModal(prev); qm && qbare && genderAgrees(n1.a.person, n2) {
			// كيف يمكن أن يتغير العالم → how can the world change: the
			// inverted modal stays first, the subject goes before the verb
			it.drop = true
			n1.bare, n1.modalFront = true, true
			return applied
		}
		return settled
	}
	if prev != nil && prev.kind == kVerb && prev.post == "" && prev.a.pron == "" && !modals[prev.key] && otherSpeechPerson(prev.a.person, n1.a.person) {
		// أتمنى أن تستمتعوا → I hope that you enjoy: a verb of another
		// person than the verb before it keeps its subject; English has
		// no bare to-infinitive for it
		return settled
	}
	it.drop = true
	qm, qbare := questionModal(prev)
	if prev == nil || !modals[prev.key] && !qm {
		n1.inf = true
		return applied
	}
	n1.bare = true
	if qm {
		// كيف يمكن أن نغير → how can we change: the subject follows the
		// inverted modal
		if p := n1.a.person; qbare && (p == "1s" || p == "1p" || p == "2" || p == "3mp") {
			prev.text += " " + subjectPronoun[p]
		}
		return applied
	}
	// لا بد أن نعرف → we must know: the verb's person is the modal's subject
	if p := n1.a.person; (p == "1s" || p == "1p" || p == "2" || p == "3mp") && prev.post == "" && prev.a != nil && prev.a.pron == "" && prev.a.e.tag == TagPart {
		prev.text = subjectPronoun[p] + " " + prev.text
	} else if p == "3fs" && g.secondPerson && prev.post == "" && prev.a != nil && prev.a.pron == "" && prev.a.e.tag == TagPart &&
		!(n2 != nil && nounlike(n2) && n2.lead == "") {
		// يمكن أن تشعر به → you can feel it: in a line addressed to
		// someone, the ت of a verb with no subject after it is "you"
		prev.text = subjectPronoun["2"] + " " + prev.text
	}
	return applied
}

// questionModal reports whether it is a phrase line of a question word and
// a modal (كيف يمكن → how can, كيف يمكننا → how can we), an inverted modal
// before أن + an imperfect; bare: the modal has no pronoun suffix of its
// own, so the verb's person is its subject.
func questionModal(it *item) (ok, bare bool) {
	if it == nil || it.a == nil || it.a.e.tag != TagPhrase || it.post != "" {
		return false, false
	}
	q, m, found := strings.Cut(it.key, " ")
	if !found || !interrogatives[q] || !modals[m] {
		return false, false
	}
	for _, p := range pronSuffixes {
		if base, cut := strings.CutSuffix(m, p); cut && modals[base] {
			return true, false
		}
	}
	return true, true
}

// أريد أن أخبركم → I want to tell you: after a first-person imperfect
// and أن, a word in ا read as a form IV past (he told you) is the
// speaker's own imperfect; the past after أن follows a time word (بعد أن
// أخبرني → after he told me), not a verb of wanting or trying.
func anAfalFirstPerson(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if !g.speakerAn(w) || it.post != "" || n1 == nil || n1.kind != kVerb || n1.a.vf != vPast || n1.a.person != "3ms" || n1.lead != "" || n1.mod != "" ||
		n1.a.e.has(fCopula) || !strings.HasPrefix(n1.form, "ا") {
		return pass
	}
	a := g.lex.impfReading(n1.form)
	if a == nil || a.person != "1s" {
		return pass
	}
	*n1 = g.itemInPlace(a, n1)
	return applied
}

// speakerAn: the word is أن after a first-person imperfect (أحاول أن),
// or a phrase in أن whose first word is one (أريد أن، أود أن).
func (g *engine) speakerAn(w *window) bool {
	it, prev := w.it, w.prev
	if it.lead != "" {
		return false
	}
	if it.key == "ان" {
		return prev != nil && prev.kind == kVerb && prev.a.vf == vImpf && prev.a.person == "1s" && !prev.a.fut
	}
	head, ok := strings.CutSuffix(it.key, " ان")
	if !ok || !it.has(fTo) || strings.Contains(head, " ") {
		return false
	}
	a := g.lex.analyze(head, "")
	return a != nil && a.e.tag == TagVerb && a.vf == vImpf && a.person == "1s" && !a.fut
}

// otherSpeechPerson: the verb after أن speaks of the speaker or the
// audience (I, we, you), and the verb before it has another person.
func otherSpeechPerson(before, after string) bool {
	return before != after && (after == "1s" || after == "1p" || after == "2") && before != "imp"
}

// عام 2014 → in 2014; في عام 2014 → in 2014; يناير عام 2020 → January 2020
func yearNumber(g *engine, w *window) verdict {
	it, n1, prev := w.it, w.n1, w.prev
	if it.kind != kNoun || !it.has(fYear) || it.det != "" || n1 == nil || n1.kind != kNum || (len(n1.text) != 4 && len(n1.text) != 3) {
		return pass
	}
	if prev != nil && (prev.kind == kFunc && prev.post == "" || isMonth(prev)) && it.lead == "" {
		it.drop = true
	} else {
		it.kind, it.text = kFunc, "in"
	}
	return applied
}

// المشتبه به, المسموح به: a resumptive "with it" after a participle.
func resumptiveB(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.kind == kFunc && it.post != "" && it.has(fComitative) && it.lead == "" && prev != nil && prev.def && (prev.kind == kAdj || prev.kind == kNoun) {
		it.drop = true
		return applied
	}
	return pass
}

// كان هناك → there was
func thereWas(g *engine, w *window) verdict {
	if isCopula(w.it) && lemmaIs(w.n1, "هناك", "هنالك") && w.n1.lead == "" {
		w.it.there = true
		w.n1.drop = true
		return applied
	}
	return pass
}

// يوجد/توجد + an indefinite noun phrase (its subject) is "there is": يوجد
// اختلاف → there is a difference, لا توجد أدلة → there is no evidence.
func thereIsFound(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kVerb || it.key != "وجد" || it.a.vf != vImpf || it.a.fut || it.a.pron != "" || it.post != "" ||
		!(it.a.person == "3ms" || it.a.person == "3fs") || it.mod != "" && it.mod != "لا" || it.inf || it.bare ||
		n1 == nil || n1.lead != "" || n1.def || !(n1.kind == kNoun || n1.kind == kNum) {
		return pass
	}
	be := g.lex.copula()
	if be == nil {
		return pass
	}
	a := *it.a // analyses are shared (cached): copy before changing
	a.e = be
	it.a, it.there = &a, true
	if it.mod == "لا" && n1.kind == kNoun {
		it.mod = ""
		n1.det = "no" // لا توجد أدلة → there is no evidence
	}
	if n1.plural && !massNoun(n1.text) || n1.kind == kNum {
		a.person = "3mp" // there are
	}
	return applied
}

// يعد/تعد/يعتبر/تعتبر (written as one word "is considered") are the
// passive of اعتبر: read as that verb, so the noun phrase after them is
// their subject: يعد التدخين عاملا → smoking is considered a factor.
func consideredPassive(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind != kFunc || !lemmaIs(it, "يعد", "تعد", "يعتبر", "تعتبر") || it.post != "" || it.a == nil || it.a.pron != "" ||
		n1 == nil || n1.lead != "" || !(n1.def && nounlike(n1) || demonstrativeNoun(n1, w.n2)) {
		return pass
	}
	var v *entry
	for _, e := range g.lex.words["اعتبر"] {
		if e.tag == TagVerb && e.past != "" {
			v = e
			break
		}
	}
	if v == nil {
		return pass
	}
	a := analysis{e: v, conj: it.a.conj, vf: vImpf, person: "3ms", passive: true, tamm: true, stem: it.a.stem}
	n := g.itemInPlace(&a, it)
	n.lead, n.andSt, n.mod = it.lead, it.andSt, it.mod
	*it = n
	return applied
}

// demonstrativeNoun: a demonstrative before the definite noun it
// qualifies (هذا القرار), which the determiner rule has not merged yet.
func demonstrativeNoun(d, n *item) bool {
	_, ok := demonstratives[d.key]
	return ok && d.kind == kFunc && d.post == "" && n != nil && n.lead == "" && n.def && n.kind == kNoun
}

// كان من المقرر أن → it was scheduled that; سيكون من الصعب → it will be
// difficult: كان with من + a definite adjective is impersonal. A phrase
// of من + adjective (من المتوقع أن → "is expected to") takes كان's tense.
func kanaMinAdjective(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if !isCopula(it) || it.has(fStill) || it.there || it.a.pron != "" || n1 == nil || n1.lead != "" || n1.post != "" {
		return pass
	}
	switch {
	case n1.key == "من" && n2 != nil && n2.kind == kAdj && n2.def && n2.lead == "":
		n1.drop = true
		n2.def = false // said as a predicate: it was scheduled
	case n1.kind == kFunc && strings.HasPrefix(n1.key, "من ال"):
		head, rest, ok := strings.Cut(" "+n1.text, " is ")
		if !ok {
			break // من المقرر → scheduled: it was scheduled
		}
		// the phrase says "is": it is possible that → it was possible that
		be := map[string]string{"past": "was", "fut": "will be", "لم": "was not", "لن": "will not be", "impf": "is"}[copulaTense(it)]
		if be == "" {
			return pass
		}
		n1.text = strings.TrimSpace(head + " " + be + " " + rest)
		n1.lead, n1.andSt = it.lead, it.andSt
		it.drop = true
		return applied
	default:
		return pass
	}
	it.impersonal = true
	return applied
}

// كان له تأثير → he had an influence; سيكون لها دور → it will have a
// role; لم يكن لديهم → they did not have; كان للحكومة دور → the government
// had a role: كان with ل (or لدى) and a pronoun or a noun, then what is
// had.
func kanaHave(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if !isCopula(it) || it.has(fStill) || it.there || it.a.pron != "" || n1 == nil || n1.a == nil || n1.a.conj != "" || n2 == nil || n2.lead != "" ||
		!(nounlike(n2) || n2.kind == kNum || n2.kind == kFunc && quantity[n2.key]) {
		return pass
	}
	if n1.kind == kFunc && n1.lead == "" && n1.a.pron != "" && (n1.a.e.ar == "ل" || possessor[n1.a.e.ar]) {
		subj := subjectOf(n1.a.pron)
		third := singularSubject(subj)
		v := map[string]string{"past": "had", "fut": "will have", "لم": "did not have", "لن": "will not have"}[copulaTense(it)]
		switch {
		case v != "":
		case copulaTense(it) == "impf" && third:
			v = "has"
		case copulaTense(it) == "impf":
			v = "have"
		default:
			return pass
		}
		n1.text, n1.post = subj+" "+v, ""
		n1.lead, n1.andSt = it.lead, it.andSt
		it.drop = true
		return applied
	}
	if n1.a.prep == "ل" && nounlike(n1) && n1.a.pron == "" && copulaTense(it) == "past" && w.n3 != nil {
		// the noun is the subject; كان says "had"
		a := *n1.a // analyses are shared (cached): copy before changing
		a.prep = ""
		n1.a, n1.lead, n1.andSt = &a, "", false
		it.had = true
		return applied
	}
	return pass
}

// copulaTense names the tense of a copula without a subject of its own:
// "past", "fut", "impf", or its negation لم/لن; "" for anything else.
func copulaTense(it *item) string {
	a := it.a
	switch {
	case it.mod == "لم" || it.mod == "لن":
		return it.mod
	case it.mod != "" || it.prog || it.inf || it.bare || a.prep != "":
		return ""
	case a.fut:
		return "fut"
	case a.vf == vPast:
		return "past"
	case a.vf == vImpf:
		return "impf"
	}
	return ""
}

// لا يزال نحو 3500 جندي → there are still about 3500 soldiers: a number
// after the copula "still be" is its subject, said with "there".
func thereStill(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if !isCopula(it) || !it.has(fStill) || it.a.pron != "" || n1 == nil || n1.lead != "" ||
		!(n1.kind == kNum || (lemmaIs(n1, "نحو", "حوالي", "قرابة") && w.n2 != nil && w.n2.kind == kNum)) {
		return pass
	}
	it.there, it.therePlural = true, true
	return applied
}

// قبل عشر سنوات → ten years ago; قبل أيام → days ago; قبل بضع سنوات → a
// few years ago: قبل before an indefinite span of time (+time), with
// numbers or "a few" between.
func qablaAgo(g *engine, w *window) verdict {
	it := w.it
	if it.key != "قبل" || it.lead != "" || it.post != "" || it.a == nil || it.a.pron != "" {
		return pass
	}
	for k := 1; k <= 3; k++ {
		n := liveAfter(w.its, w.i, k)
		switch {
		case n == nil || n.lead != "":
			return pass
		case n.kind == kNum || lemmaIs(n, "بضع", "بضعة", "عدة"):
			continue
		case n.kind == kNoun && n.has(fTime) && !n.def && n.a.pron == "":
			if m := liveAfter(w.its, w.i, k+1); lemmaIs(m, "من") && m.lead == "" {
				return pass // قبل ساعات من الاجتماع: hours before the meeting
			}
			n.text += " ago"
			it.text = "" // kept, so the time is no subject: وصل قبل أيام
			return applied
		}
		return pass
	}
	return pass
}

// ليس هناك حل → there is no solution; ليس هناك أي دليل → there is not any
// evidence.
func thereIsNo(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if !lemmaIs(it, "ليس", "ليست") || it.post != "" || !lemmaIs(n1, "هناك", "هنالك") || n1.lead != "" || n1.post != "" {
		return pass
	}
	it.text = "there is no"
	if n2 := liveAfter(w.its, w.i, 2); n2 != nil && quantity[n2.key] {
		it.text = "there is not"
	}
	n1.drop = true
	return applied
}

// ليس and its persons (لست، لسنا، ليسوا …) are the negated present of
// "be": read as the copula, so its subject is fronted (ليست الحكومة جديدة
// → the government is not new) or restored from its person (لسنا في بغداد
// → we are not in Baghdad); a third-person one without a subject is
// impersonal (ليس سهلا → it is not easy).
func laysaCopula(g *engine, w *window) verdict {
	it := w.it
	person, ok := negativeCopula[it.key]
	if !ok || it.drop || it.kind != kFunc || it.post != "" || it.a == nil || it.a.pron != "" {
		return pass
	}
	be := g.lex.copula()
	if be == nil {
		return pass
	}
	if n1 := w.n1; n1 != nil && n1.lead == "" && n1.a != nil && n1.a.e.tag == TagPhrase && strings.HasPrefix(n1.key, "من ال") {
		// ليس من السهل أن → it is not easy to: the phrase says "it is"
		if head, rest, ok := strings.Cut(n1.text, " is "); ok {
			n1.text = head + " is not " + rest
			it.drop = true
			return applied
		}
	}
	a := analysis{e: be, conj: it.a.conj, vf: vImpf, person: person, stem: it.a.stem}
	n := g.itemInPlace(&a, it)
	n.mod, n.impersonal = "لا", true
	*it = n
	return applied
}

// copula returns the entry of كان, the verb "be".
func (l *Lexicon) copula() *entry {
	for _, e := range l.words["كان"] {
		if e.has(fCopula) {
			return e
		}
	}
	return nil
}

// الخاص بالشرطة → of the police
func specificB(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.kind == kAdj && it.has(fSpecific) && n1 != nil && n1.a != nil && n1.a.prep == "ب" && n1.a.conj == "" {
		n1.lead = ofLead
		it.drop = true
		return applied
	}
	return pass
}

// كانت قد أعلنت → had announced
func pluperfect(g *engine, w *window) verdict {
	it := w.it
	if isCopula(it) && it.a.vf == vPast && it.mod == "" && lemmaIs(w.n1, "قد") && w.n1.lead == "" && g.hadPast(w.n2) {
		it.had, w.n1.drop = true, true
		return applied
	}
	return pass
}

// كانت الحكومة قد أعلنت → the government had announced
func pluperfectSubject(g *engine, w *window) verdict {
	it := w.it
	if isCopula(it) && it.a.vf == vPast && it.mod == "" && w.n1 != nil && nounlike(w.n1) && lemmaIs(w.n2, "قد") && w.n2.lead == "" && g.hadPast(w.n3) {
		it.had, w.n2.drop = true, true
		return applied
	}
	return pass
}

// hadPast reports whether v, after كان … قد, is a past verb or a phrase
// line headed by one (أعلنت عن announced, أسفر عن resulted in,
// h15-lexpast), and makes it the participle after "had": a verb by its
// participle flag, a phrase by the participle of its English.
func (g *engine) hadPast(v *item) bool {
	if pastVerb(v) {
		v.participle = true
		return true
	}
	if v == nil || v.kind != kFunc || v.lead != "" || v.a == nil || v.a.e.tag != TagPhrase || v.a.conj != "" || v.a.prep != "" {
		return false
	}
	if h := g.firstWord(v.a.e.ar); h == nil || h.e.tag != TagVerb || h.vf != vPast {
		return false
	}
	v.text = participle(v.text)
	return true
}

// the minister who, McGurk who
func relativeWho(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if lemmaIs(it, "الذي", "التي") && it.lead == "" && prev != nil && (humanNoun(prev) || prev.kind == kName && prev.verbatim) {
		it.text = "who"
		return applied
	}
	return pass
}

// After a comma الذي/التي (also والتي) open a description of what came
// before: ", which" (measured against "that" on the first halves of the
// scoring sets).
func relativeWhich(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if !lemmaIs(it, "الذي", "التي") || prev == nil || prev.kind != kPunct || prev.text != "," || it.a == nil || it.a.prep != "" {
		return pass
	}
	it.text = "which"
	if it.bareAnd() {
		it.lead, it.andSt = "", false // ، والتي → , which
	}
	return applied
}

// الكلمة لها رنة → the word has a ring
func lPronounHas(g *engine, w *window) verdict {
	it, prev, n1 := w.it, w.prev, w.n1
	if it.kind != kFunc || it.a == nil || it.a.e.ar != "ل" || it.a.pron == "" || it.lead != "" || prev == nil || !prev.def || !(nounlike(prev) || prev.kind == kAdj) ||
		n1 == nil || !nounlike(n1) || n1.def || n1.lead != "" {
		return pass
	}
	it.text, it.post = "has", ""
	if p := it.a.pron; p == "هم" || p == "هن" || p == "هما" {
		it.text = "have"
	}
	return applied
}

// وفقا لباركر: the ل belongs to "according to", not to the name.
func lAfterTo(g *engine, w *window) verdict {
	it := w.it
	if it.unknown && it.lead == "" && w.prev.has(fTo) && strings.HasPrefix(it.key, "ل") && runeLen(it.key) > 3 {
		it.text = g.esc(transliterate(strings.TrimPrefix(it.key, "ل")))
		return applied
	}
	return pass
}

// لطالما كان العراق ساحة → Iraq has long been a square
func latalama(g *engine, w *window) verdict {
	if w.it.key == "لطالما" && w.it.lead == "" && w.n1 != nil && w.n1.kind == kVerb && w.n1.lead == "" {
		w.n1.longPerfect = true
		w.it.drop = true
		return applied
	}
	return pass
}

// كما أعلن … at the head of a clause: "also announced"; وكما قال … is
// "and as … said" (h12-lexhomo)
func kamaAlso(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.key == "كما" && it.post == "" && !it.andSt && (w.prev == nil || w.prev.kind == kPunct) && n1 != nil && n1.kind == kVerb && n1.lead == "" {
		n1.adv = "also"
		n1.lead, n1.andSt = it.lead, it.andSt
		it.drop = true
		return applied
	}
	return pass
}

// هل تعتقد → do you believe
func halVerb(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.key == "هل" && n1 != nil && n1.kind == kVerb && n1.lead == "" && n1.mod == "" {
		n1.question = true
		if a := n1.a; a.vf == vPast && a.person == "1s" && strings.HasSuffix(n1.form, "ت") {
			// هل زرت المتحف؟ → did you visit the museum? (زرت is I or you)
			c := *a
			c.person = "2"
			n1.a = &c
		}
		n1.lead, n1.andSt = it.lead, it.andSt
		it.drop = true
		return applied
	}
	return pass
}

// In a question, the verb right after a question word is inverted like
// one after هل: ماذا قال الرئيس؟ → what did the president say?, متى يبدأ
// الاجتماع؟ → when does the meeting begin?, لماذا تأخرت الطائرة؟ → why
// was the plane late?
func questionWordVerb(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if !interrogatives[it.key] || it.kind != kFunc || it.post != "" || n1 == nil || n1.kind != kVerb || n1.lead != "" || n1.mod != "" ||
		n1.a.fut || n1.a.passive || n1.a.prep != "" || !g.secondPerson {
		return pass
	}
	if !questionMarkFrom(w.its, w.i+1) {
		return pass
	}
	n1.question = true
	return applied
}

// In a question, a modal with its subject pronoun right after a question
// word is inverted: كيف يمكنك أن تساعد؟ → how can you help?, متى يمكننا
// البدء؟ → when can we begin?
func questionWordModal(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if !interrogatives[it.key] || it.kind != kFunc || it.post != "" || n1 == nil || n1.kind != kFunc || n1.lead != "" {
		return pass
	}
	verb, pron, ok := g.modalWithSubject(n1)
	if !ok {
		return pass
	}
	if !questionMarkFrom(w.its, w.i+1) {
		return pass
	}
	n1.text = g.esc(verb) + " " + modalSubject(pron)
	return applied
}

// كم عدد الطلاب → how many students: عدد after كم is said by "how many",
// and the counted plural loses its article.
func kamAdad(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if it.key != "كم" || it.kind != kFunc || it.post != "" || n1 == nil || n1.key != "عدد" || n1.lead != "" || n1.det != "" ||
		n2 == nil || n2.kind != kNoun || !n2.plural || n2.det != "the" || n2.lead != "" {
		return pass
	}
	n1.drop = true
	n2.det = ""
	return applied
}

// ما هي / ما هو + a plural → "what are": ما هي أسباب المشكلة؟ → what are
// the reasons of the problem?
func maHiyaPlural(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if !lemmaIs(it, "ما هي", "ما هو") || it.post != "" || n1 == nil || n1.lead != "" || n1.kind != kNoun || !n1.plural {
		return pass
	}
	it.text = "what are"
	return applied
}

// هل لديك → do you have; هل يمكنك → can you
func halFunction(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.key != "هل" || n1 == nil || n1.kind != kFunc || n1.lead != "" {
		return pass
	}
	if a := n1.a; a != nil && a.pron != "" {
		switch subj := subjectOf(a.pron); {
		case possessor[a.e.ar] && singularSubject(subj):
			n1.text = "does " + subj + " have"
		case possessor[a.e.ar]:
			n1.text = "do " + subj + " have"
		}
	}
	if verb, pron, ok := g.modalWithSubject(n1); ok {
		n1.text = g.esc(verb) + " " + modalSubject(pron)
	}
	n1.lead, n1.andSt = it.lead, it.andSt
	n1.question = true // هل أنت متأكد؟ → are you sure? (copulas)
	it.drop = true
	return applied
}

// تشير إلى أن → points out that
func ilaAnna(g *engine, w *window) verdict {
	if w.it.key == "الى" && w.it.post == "" && lemmaIs(w.n1, "ان") && w.n1.post == "" && w.n1.lead == "" {
		w.it.drop = true
		return applied
	}
	return pass
}

// لم أكن أعرف → I did not know, not "I was not knowing": a negated كان
// before an imperfect of the same person is the negated past of that verb.
func lamKanaImperfect(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if !plainImperfect(n1) {
		return pass
	}
	// the phr lines لم يكن، لم تكن are the negated كان of he and she
	phrase := it.kind == kFunc && it.post == "" && (it.key == "لم يكن" && n1.a.person == "3ms" || it.key == "لم تكن" && n1.a.person == "3fs")
	if !phrase && (!isCopula(it) || it.there || it.mod != "لم" || it.post != "" || n1.a.person != it.a.person) {
		return pass
	}
	it.drop = true
	n1.mod = "لم"
	// a subject would stand between كان and the verb (لم يكن الرجل
	// يعرف): the noun after the verb is its object
	n1.gapSubject = true
	n1.lead, n1.andSt = it.lead, it.andSt
	return applied
}

// كان يعيش → was living; كنت أعرف → I knew
func kanaImperfect(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if !isCopula(it) || it.there || !plainImperfect(n1) {
		return pass
	}
	if n1.has(fStative) && it.a.vf == vPast && it.mod == "" && it.post == "" && it.a.person == n1.a.person {
		// كنت أعرف → I knew: English has no progressive of a +stative
		// verb, so كان + its imperfect is its simple past
		c := *n1.a
		c.vf = vPast
		n1.a = &c
		n1.lead, n1.andSt = it.lead, it.andSt
		it.drop = true
		return applied
	}
	n1.prog = true
	return applied
}

// كنت أحب → I was loving, not "I was loved": after a first-person كان a
// word in ا that reads as a past (the form IV أحب) is the imperfect أُحب.
func kuntuImperfect(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if !isCopula(it) || it.there || it.a.person != "1s" || n1 == nil || n1.kind != kVerb || n1.a.vf != vPast || n1.lead != "" || n1.mod != "" ||
		!strings.HasPrefix(n1.form, "ا") {
		return pass
	}
	a := g.lex.impfReading(n1.form)
	if a == nil || a.person != "1s" {
		return pass
	}
	n := g.itemInPlace(a, n1)
	*n1 = n
	return applied
}

// In a line that speaks in the first person, a word in ا read as a form IV
// past with no subject after it is the first-person imperfect: أحب أن ألعب
// → I love to play, أعتقد أنهما → I believe that they.
func firstPersonImperfect(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if !(g.firstPerson || speakerOpening(g, w)) || it.kind != kVerb || it.a.vf != vPast || it.a.person != "3ms" || it.a.pron != "" || it.mod != "" || it.a.e.has(fCopula) ||
		!strings.HasPrefix(it.form, "ا") || n1 != nil && nounlike(n1) && n1.def && n1.lead == "" && (n1.a == nil || n1.a.pron == "") {
		return pass
	}
	a := g.lex.impfReading(it.form)
	if a == nil || a.person != "1s" || a.pron != "" {
		return pass
	}
	n := g.itemInPlace(a, it)
	n.lead, n.andSt = it.lead, it.andSt
	*it = n
	return applied
}

// speakerOpening: the verb opens a line that names no person (no name,
// title or +person noun) and a demonstrative follows it, its object (أحب
// هذه المدينة → I love this city; a noun subject would stand between): with
// no one named for "he", the speaker is the subject (not with a +past time
// in the line: أعلن هذا القرار أمس → he announced this decision yesterday).
func speakerOpening(g *engine, w *window) bool {
	it, n1 := w.it, w.n1
	if g.human || it.lead != "" || n1 == nil || n1.lead != "" || n1.kind == kName {
		return false
	}
	for j := range w.its {
		if j < w.i && !w.its[j].drop && w.its[j].kind != kPunct || w.its[j].has(fPast) {
			return false
		}
	}
	_, dem := demonstratives[n1.key]
	return dem && n1.kind == kFunc && n1.post == ""
}

// كان ميشيما ينحدر → Mishima was descending
func kanaSubjectImperfect(g *engine, w *window) verdict {
	it := w.it
	if isCopula(it) && !it.there && (it.a.vf == vPast || it.has(fStill)) && w.n1 != nil && nounlike(w.n1) && w.n1.lead == "" && plainImperfect(w.n2) {
		w.n2.prog = true
		return applied
	}
	return pass
}

// كانون الثاني من عام 2011 → January 2011
func monthMinYear(g *engine, w *window) verdict {
	if w.it.key == "من" && w.it.lead == "" && isMonth(w.prev) && w.n1 != nil && (w.n1.kind == kNum || w.n1.has(fYear)) {
		w.it.drop = true
		return applied
	}
	return pass
}

// كنت فقط أرسم → was only drawing
func kanaAdverbImperfect(g *engine, w *window) verdict {
	n1 := w.n1
	if isCopula(w.it) && !w.it.there && n1 != nil && n1.kind == kFunc && n1.a != nil && n1.a.e.tag == TagAdv && n1.lead == "" && plainImperfect(w.n2) {
		w.n2.prog = true
		return applied
	}
	return pass
}

// قد without a verb we know: "may"/"has" would be a guess.
func qadAlone(g *engine, w *window) verdict {
	it := w.it
	if it.key == "قد" && it.post == "" && (w.n1 == nil || w.n1.kind != kVerb) {
		if it.lead == "" {
			it.drop = true
		} else {
			it.text = "" // وقد: the "and" stays
		}
		return applied
	}
	return pass
}

// يتطلع أيضا → also looks forward
func preverbAdverb(g *engine, w *window) verdict {
	if w.it.kind == kVerb && w.n1 != nil && !w.n1.drop && w.n1.lead == "" && preverbAdverbs[w.n1.key] {
		w.it.adv = w.n1.text
		w.n1.drop = true
		return applied
	}
	return pass
}

// لا before a modal with its subject suffix negates the modal, as the
// lexicon's لا + modal entry says it: لا يمكنك التفكير → you cannot think
// (not "not you can").
func laModal(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.key != "لا" || it.kind != kFunc || it.post != "" || n1 == nil || n1.lead != "" {
		return pass
	}
	_, pron, ok := g.modalWithSubject(n1)
	if !ok {
		return pass
	}
	base := n1.a.e.ar
	if n1.a.pron == "" {
		base = strings.TrimSuffix(n1.key, pron)
	}
	es := g.lex.phrases["لا "+base]
	if len(es) == 0 || noEnglish(es[0]) {
		return pass
	}
	n1.text = g.esc(modalSubject(pron) + " " + es[0].en)
	n1.lead, n1.andSt, n1.glue = it.lead, it.andSt, it.glue
	it.drop = true
	return applied
}

// A demonstrative opening a clause before a construct whose head has no
// article (it cannot qualify it: هذه النتائج is "these results") is the
// subject of a nominal sentence: هذه نتائج الدراسة → these are the results
// of the study. Not when a verb follows in the clause (the phrase is then
// its subject).
func demonstrativeCopula(g *engine, w *window) verdict {
	it, n1, n2, prev := w.it, w.n1, w.n2, w.prev
	d, ok := demonstratives[it.key]
	if !ok || it.kind != kFunc || it.post != "" || prev != nil && prev.kind != kPunct && !clauseStarters[prev.key] ||
		n1 == nil || n1.kind != kNoun || n1.det != "" || n1.def || n1.lead != "" || n2 == nil || !nounlike(n2) || !n2.def || n2.lead != "" {
		return pass
	}
	for j := w.i + 1; j < len(w.its) && w.its[j].kind != kPunct; j++ {
		if w.its[j].kind == kVerb && !w.its[j].drop {
			return pass
		}
	}
	if n1.plural {
		it.text = d[1] + " are"
	} else {
		it.text = d[0] + " is"
	}
	return applied
}

// لا شك → no doubt
func laNo(g *engine, w *window) verdict {
	n1 := w.n1
	if w.it.key == "لا" && w.it.post == "" && n1 != nil && n1.kind == kNoun && n1.det == "" && !n1.def && n1.lead == "" {
		w.it.text = "no"
		return applied
	}
	return pass
}

// غير + a pronoun + من + a definite plural: "other" + the plural
// (الإنفلونزا وغيرها من الأمراض → influenza and other diseases, باريس
// وغيرهما من المدن → Paris and other cities).
func ghayrMinOther(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if it.form == "" || n1 == nil || n1.key != "من" || n1.lead != "" || n1.post != "" || n2 == nil || n2.lead != "" || n2.kind != kNoun || !n2.plural ||
		!n2.def || n2.det != "the" && n2.det != "" {
		return pass
	}
	conj, st := "", it.form
	if c, ok := cutAny(st, "و", "ف"); ok && strings.HasPrefix(c, "غير") {
		conj, st = st[:len(st)-len(c)], c
	}
	rest, ok := strings.CutPrefix(st, "غير")
	if !ok || (rest != "ه" && rest != "ها" && rest != "هم" && rest != "هما" && rest != "هن") {
		return pass
	}
	lead, and := g.leadOf(conj, "")
	*it = item{kind: kFunc, key: "غير", form: it.form, text: "other", lead: lead, andSt: and, glue: it.glue}
	n1.drop = true
	n2.det = ""
	return applied
}

// صغيرة جدا → very small
func jiddan(g *engine, w *window) verdict {
	if w.it.key == "جدا" && w.it.lead == "" && w.prev != nil && w.prev.kind == kAdj {
		w.prev.text = "very " + w.prev.text
		w.it.drop = true
		return applied
	}
	return pass
}

// ما يزيد عن/على + a number → "more than" (أصيب ما يزيد عن 100 شخص →
// more than 100 people were injured), ما يقل عن → "less than".
func maYazidAn(g *engine, w *window) verdict {
	it, n1, n2, n3 := w.it, w.n1, w.n2, w.n3
	if it.key != "ما" || it.kind != kFunc || it.post != "" || n1 == nil || n1.kind != kVerb || n1.a.vf != vImpf || n1.mod != "" || n1.lead != "" ||
		n2 == nil || !lemmaIs(n2, "عن", "على") || n2.lead != "" || n2.post != "" || n3 == nil || n3.kind != kNum {
		return pass
	}
	switch n1.a.e.ar {
	case "زاد":
		it.text = "more than"
	case "قل":
		it.text = "less than"
	default:
		return pass
	}
	n1.drop, n2.drop = true, true
	return applied
}

// نحو 3000 → about 3000 (with no clitic; a lead a rule gave it stays:
// is about)
func nahwaAbout(g *engine, w *window) verdict {
	if w.it.key == "نحو" && w.it.a != nil && w.it.a.conj == "" && w.it.a.prep == "" && w.n1 != nil && w.n1.kind == kNum {
		w.it.text = "about"
		return applied
	}
	return pass
}

// شهر يوليو → July
func shahrMonth(g *engine, w *window) verdict {
	it := w.it
	if it.key == "شهر" && it.det == "" && isMonth(w.n1) {
		w.n1.lead, w.n1.andSt = it.lead, it.andSt
		it.drop = true
		return applied
	}
	return pass
}

// After an English "to" (أود أن → "I would like to") the verb is bare, and
// after a +let phrase the speaker's verb (دعني أشرح → let me explain).
func bareAfterTo(g *engine, w *window) verdict {
	it := w.it
	if it.kind == kVerb && it.a.vf == vImpf && it.lead == "" && (w.prev.has(fTo) || w.prev.has(fLet) && (it.a.person == "1s" || it.a.person == "1p")) {
		it.bare = true
		return applied
	}
	return pass
}

// A modal said with its أن as one phrase (أستطيع أن → "I can", لا بد أن →
// "must") takes a bare verb, whose person is the modal's: أستطيع أن أقول
// → I can say.
func bareAfterModalAn(g *engine, w *window) verdict {
	it, p := w.it, w.prev
	if it.kind != kVerb || it.a.vf != vImpf || it.lead != "" || it.mod != "" || it.a.fut || it.bare || p == nil || p.drop ||
		!modals[p.key] || !strings.HasSuffix(p.key, " ان") {
		return pass
	}
	it.bare = true
	if m := strings.TrimSuffix(p.key, " ان"); modals[m] && p.post == "" {
		// an impersonal modal (لا بد أن نعرف → we must know) takes the
		// verb's person as its subject
		if s := subjectPronoun[it.a.person]; s != "" && it.a.person != "3ms" && it.a.person != "3fs" {
			p.text = s + " " + p.text
		}
	}
	return applied
}

// Resumptive pronouns after a relative are not said in English: ما تقوله →
// what she says, التي نشرتها → that she published.
func resumptiveAfterRelative(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.kind == kVerb && prev != nil && it.post != "" && (relatives[prev.key] || prev.key == "ما" || prev.key == "من" || prev.has(fRelative)) {
		it.post = ""
		return applied
	}
	return pass
}

// The clitic ل reads "of" after a noun phrase (السكرتيرة الصحفية للبيت
// الأبيض) and "to" after a verb or an indefinite adjective.
// وفقا للتقرير → according to the report: a preposition whose English ends
// in "to" (+to) already says what the clitic ل of the next word would.
func lAfterToPrep(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.a == nil || it.a.prep != "ل" || it.a.conj != "" || it.kind == kVerb || prev == nil || prev.kind != kFunc || !prev.has(fTo) {
		return pass
	}
	it.lead = ""
	return applied
}

func cliticL(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	if it.a == nil || it.a.prep != "ل" || it.a.vf == vImpf || prev == nil || it.kind == kVerb {
		return pass
	}
	switch {
	case it.objB:
		it.lead, it.andSt = it.objPrep, false
	case prev.kind == kVerb:
		it.lead, it.andSt = g.leadWith(it.a.conj, "to")
	case prev.kind == kAdj && !prev.def && it.a.conj == "":
		it.lead, it.andSt = g.leadWith("", "to") // مستعد للرد → ready to the response
	case (nounlike(prev) || prev.kind == kAdj) && it.a.conj == "" && (nounlike(it) || it.kind == kAdj):
		it.lead, it.andSt = g.leadWith("", ofLead)
	default:
		return pass
	}
	return applied
}

// subjectAfterVerb: the word before w.it is a noun standing right after a
// verb (its subject).
func subjectAfterVerb(w *window) bool {
	j := w.i - 1
	for j >= 0 && w.its[j].drop {
		j--
	}
	v := liveBefore(w.its, j)
	return j >= 0 && v != nil && v.kind == kVerb && v.a != nil && v.a.pron == ""
}

// The clitic ب: a verb's object (objB), "in" before a place or person name
// (بواشنطن), "with" elsewhere (measured against "by" and "in" on UD PUD and
// IWSLT).
func cliticB(g *engine, w *window) verdict {
	it := w.it
	switch {
	case it.a == nil || it.a.prep != "ب":
		return pass
	case it.objB:
		it.lead = it.objPrep
	case it.kind != kVerb && it.lead != ofLead:
		p := "with"
		if it.kind == kName {
			p = "in"
		}
		it.withB = p == "with"
		it.lead, it.andSt = g.leadWith(it.a.conj, p)
	default:
		return pass
	}
	return applied
}

// أفعل + من is a comparative: أفضل من → better than, أكبر من → larger
// than (the lexicon glosses the elative adjective as its superlative,
// أكبر مدينة → the largest city). Matched on the pattern: an adjective of
// four letters in ا with no article or clitic, and من right after it.
func elativeThan(g *engine, w *window) verdict {
	it, p := w.it, w.prev
	if it.key != "من" || it.lead != "" || !elative(p) {
		return pass
	}
	p.text = g.esc(comparative(p.a.e.en))
	it.text = "than"
	return settled
}

// An elative before a noun is its superlative, said with "the" (and an
// ordinal before it: ثاني أكبر مدينة → the second largest city): أكبر
// مدينة → the largest city, أفضل كتاب قرأته → the best book I read, أهم
// أسباب الأزمة → the most important reasons for the crisis, أقدم
// المخطوطات → the oldest manuscripts (the lexicon glosses the elative as
// its superlative). The elative becomes the noun's superlative, said
// before its adjectives, so they still agree with the noun (أكبر مدينة
// عربية → the largest Arab city). A noun in the accusative after it is a
// specification (أكثر سرعة), not its head.
func elativeSuperlative(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if !elativeShape(it) || !superlativeHead(n1) {
		return pass
	}
	en := it.text
	if p := w.prev; p != nil && it.lead == "" && p.kind == kAdj && !p.def && p.a != nil && p.a.pron == "" {
		if o, ok := ordinalBeforeNoun[p.key]; ok {
			// ثاني أكبر مدينة → the second largest city
			en = g.esc(o) + " " + en
			dropKeepingClitics(p)
		}
	}
	superlativeOf(it, n1, en)
	return applied
}

// أول and آخر before a noun are ordinals (the table ordinal-before-noun):
// أول زيارة للرئيس → the first visit of the president, آخر مرة → the last
// time, أول أيام العيد → the first days of Eid. After an indefinite noun
// the word is its adjective (يوم آخر → another day).
func ordinalSuperlative(g *engine, w *window) verdict {
	it, prev, n1 := w.it, w.prev, w.n1
	en, ok := ordinalBeforeNoun[it.key]
	if !ok || it.kind != kAdj || it.def || it.a == nil || it.a.pron != "" || !superlativeHead(n1) ||
		prev != nil && prev.kind == kNoun && !prev.def && prev.det == "" && prev.lead == "" && it.lead == "" {
		return pass
	}
	superlativeOf(it, n1, g.esc(en))
	return applied
}

// من + an elative + a plural noun picks one of the most …: تعد بغداد من
// أكبر المدن → Baghdad is one of the largest cities, من أهم أسباب الأزمة →
// one of the most important reasons for the crisis (the elative rule then
// makes the superlative). Not where من is "of" after a number or a
// quantity (واحدة من، جزء من), nor after a verb of motion (the table
// from-verb: جاء الطلاب من أفضل الجامعات → came from the best
// universities).
func minElativeOneOf(g *engine, w *window) verdict {
	it, prev, n1, n2 := w.it, w.prev, w.n1, w.n2
	if it.key != "من" || it.post != "" || it.a == nil || it.a.prep != "" || !elative(n1) || n2 == nil || !(n2.plural || n2.kind == kAdj) || !superlativeHead(n2) {
		return pass
	}
	if prev != nil && (prev.kind == kNum || prev.kind == kFunc && quantity[prev.key]) {
		return pass
	}
	verb := prev
	if verb != nil && nounlike(verb) && subjectAfterVerb(w) {
		verb = liveBefore(w.its, itemIndex(w.its, 0, prev)) // جاء الطلاب من: the verb before its subject
	}
	if verb != nil && verb.kind == kVerb && verb.a != nil && fromVerbs[verb.a.e.ar] {
		return blocked // من stays "from"
	}
	it.text = "one of"
	return settled
}

// An elative that determines no noun is a comparative: دورا أكبر → a
// bigger role, حياة أفضل → a better life, أصبح الوضع أسوأ → the situation
// became worse, أقوى وأسرع → stronger and faster. Before من the comparative rule says "than"; before ما it
// is a superlative (أفضل ما يمكن → the best that can be).
func elativeComparative(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if it.drop || !elativeShape(it) || it.a.prep != "" || superlativeHead(n1) || n1 != nil && lemmaIs(n1, "من", "ما", "الذي", "التي") {
		return pass
	}
	c := comparative(it.a.e.en)
	if c == it.a.e.en {
		return pass
	}
	it.text = g.esc(c)
	return applied
}

// superlativeHead: a noun that an elative or an ordinal before it
// determines: indefinite (أكبر مدينة), a definite plural (أكبر المدن) or
// with a pronoun (أقرب أصدقائي), with no clitic or accusative tanwin.
func superlativeHead(n *item) bool {
	if n == nil || n.kind != kNoun && n.kind != kAdj || n.lead != "" || n.a == nil || n.a.tanwin || n.superl != "" {
		return false
	}
	if n.a.pron != "" {
		// a possessive: أقرب أصدقائي → my closest friends
		return n.kind == kNoun && n.post == ""
	}
	if n.kind == kAdj {
		// a definite plural adjective standing for people: من أبرز
		// الحاضرين → one of the most prominent attendees
		return n.def && n.a.plural && n.a.e.tag == TagAdj
	}
	return n.det == "" && !n.def || n.det == "the" && n.plural
}

// superlativeOf makes en the superlative of the noun n and drops the word
// it that said it, keeping its clitics (وأكبر مدينة → and the largest
// city).
func superlativeOf(it, n *item, en string) {
	n.superl = en
	dropKeepingClitics(it)
}

// dropKeepingClitics drops the word it, or only its English when it has
// clitics to say.
func dropKeepingClitics(it *item) {
	it.drop = it.lead == ""
	if !it.drop {
		it.text, it.kind = "", kFunc
	}
}

// elative: an undefined adjective of the pattern أفعل (اكبر، افضل، اسوا),
// or أفعّ of a doubled root (أهم، أشد، أخف), written with its hamza and
// two consonants after it (not أول).
func elative(it *item) bool {
	return it != nil && it.lead == "" && elativeShape(it)
}

// elativeShape: the pattern of elative, whatever clitics the word has.
func elativeShape(it *item) bool {
	if it == nil || it.kind != kAdj || it.a == nil || it.def || it.a.e.tag != TagAdj || it.a.pron != "" {
		return false
	}
	k := it.a.e.ar
	if it.key != k || !strings.HasPrefix(k, "ا") {
		return false
	}
	switch runeLen(k) {
	case 4:
		return true
	case 3:
		return strings.HasPrefix(it.a.e.orig, "أ") && !strings.ContainsAny(k[len("ا"):], "اويى")
	}
	return false
}

// أكثر منك → more than you
func minThan(g *engine, w *window) verdict {
	return when(w.it.key == "من" && w.it.lead == "" && w.prev.has(fComparative) && setText(w.it, "than"), settled)
}

// أكتوبر الماضي → last October (the table last-next)
func lastNextMonth(g *engine, w *window) verdict {
	it := w.it
	en, ok := lastNext[it.key]
	if !ok || it.kind != kAdj || !it.def || !isMonth(w.prev) {
		return pass
	}
	it.text, w.prev.timeAdv = en, true
	return applied
}

// A recurring period (+cycle) before الماضي/المقبل is "last"/"next" with
// no article: الصيف الماضي → last summer, الموسم المقبل → next season. It
// is a time adverbial, like a phrase of the two (العام المقبل → next year).
func lastNextCycle(g *engine, w *window) verdict {
	it, n1 := w.it, w.n1
	if g.lastNextPhrase(it) {
		it.timeAdv = true // a phrase of the lexicon: العام المقبل → next year
		return applied
	}
	if !cycleNoun(it) || !lastNextAdj(n1) {
		return pass
	}
	it.det, it.timeAdv = "", true
	n1.text = lastNext[n1.key]
	return applied
}

// cycleNoun: a definite singular recurring period (الصيف، العام).
func cycleNoun(it *item) bool {
	return it != nil && it.kind == kNoun && it.has(fCycle) && it.det == "the" && !it.plural && it.a.pron == "" && it.a.def
}

// lastNextAdj: a definite adjective of the table last-next (الماضي،
// المقبلة) with no clitic.
func lastNextAdj(it *item) bool {
	if it == nil || it.kind != kAdj || !it.def || it.lead != "" {
		return false
	}
	_, ok := lastNext[it.key]
	return ok
}

// في before a time said as "last …"/"next …" is dropped: في العام المقبل →
// next year, في أكتوبر الماضي → last October, في الصيف الماضي → last
// summer (a phrase of the lexicon or a month or period and its adjective).
func fiLastNext(g *engine, w *window) verdict {
	it, n1, n2 := w.it, w.n1, w.n2
	if it.key != "في" || it.post != "" || it.a == nil || it.a.prep != "" || n1 == nil || n1.lead != "" {
		return pass
	}
	first := n1 // takes the clitics of في
	if lemmaIs(n1, "شهر") && n1.det == "" && isMonth(n2) {
		n1, n2 = n2, w.n3 // في شهر نيسان الماضي → last April
	}
	if !((isMonth(n1) || cycleNoun(n1)) && lastNextAdj(n2) || g.lastNextPhrase(n1)) {
		return pass
	}
	first.lead, first.andSt = it.lead, it.andSt // وفي العام المقبل → and next year
	n1.timeAdv = true
	it.drop = true
	return applied
}

// lastNextPhrase: a phrase of the lexicon of two words, a recurring period
// and an adjective of the table last-next (العام المقبل → next year).
func (g *engine) lastNextPhrase(it *item) bool {
	if it.a == nil || it.a.e.tag != TagPhrase {
		return false
	}
	w1, w2, ok := strings.Cut(it.key, " ")
	if !ok || strings.Contains(w2, " ") || !strings.HasPrefix(w1, "ال") || !strings.HasPrefix(w2, "ال") {
		return false
	}
	a1, a2 := g.lex.analyze(w1, ""), g.lex.analyze(w2, "")
	if a1 == nil || a2 == nil {
		return false
	}
	if _, ok := lastNext[a2.e.ar]; !ok {
		return false
	}
	if a1.e.has(fCycle) {
		return true
	}
	for _, e := range a1.alts {
		if e.has(fCycle) {
			return true
		}
	}
	return false
}

// العاشر من أكتوبر → the tenth of October
func minOfAdjective(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	return when(it.key == "من" && it.lead == "" && it.post == "" && prev != nil && prev.kind == kAdj && prev.def && setText(it, "of"), settled)
}

// جزء من → part of; بعض من → some of
func minOfNoun(g *engine, w *window) verdict {
	it, prev := w.it, w.prev
	return when(it.key == "من" && it.lead == "" && it.post == "" && !it.governed && prev != nil && (prev.kind == kNoun || prev.kind == kNum || (prev.kind == kFunc && quantity[prev.key])) && setText(it, "of"), applied)
}

// setText sets the item's English and reports true, for rules written as
// one condition.
func setText(it *item, en string) bool {
	it.text = en
	return true
}

// modalWithSubject splits a modal with a pronoun suffix (يمكنك, بوسعنا,
// read either as the modal + suffix or as a one-word phrase) into the
// modal's English and the suffix.
func (g *engine) modalWithSubject(it *item) (verb, pron string, ok bool) {
	if it.a == nil {
		return "", "", false
	}
	if it.a.pron != "" && modals[it.a.e.ar] {
		return it.a.e.en, it.a.pron, true
	}
	if it.a.e.tag != TagPhrase || !modals[it.key] {
		return "", "", false
	}
	for _, p := range pronSuffixes {
		if base, ok := strings.CutSuffix(it.key, p); ok {
			for _, e := range g.lex.words[base] {
				if e.tag == TagPart && modals[base] {
					return e.en, p, true
				}
			}
		}
	}
	return "", "", false
}

// modalSubject renders a pronoun suffix as the subject of a modal
// (يمكنه → he can, يمكنها → she can).
func modalSubject(pron string) string {
	switch pron {
	case "ه":
		return "he"
	case "ها":
		return "she"
	}
	return clausePronoun[pron]
}

// modalHasSubject: a modal with its subject pronoun (يمكنك, بإمكانهم,
// بوسعنا), whose verb after أن has that subject.
func (g *engine) modalHasSubject(it *item) bool {
	if it == nil || !modals[it.key] {
		return false
	}
	if _, _, ok := g.modalWithSubject(it); ok {
		return true
	}
	return it.a != nil && it.a.e.tag == TagPhrase && modalSuffixed(it.key)
}

// modalSuffixed: a one-word modal of the table that ends in a pronoun
// suffix, as its table's rows for he and she say (بإمكانك beside بإمكانه
// and بإمكانها; not ينبغي).
func modalSuffixed(key string) bool {
	for _, p := range pronSuffixes {
		if base, ok := strings.CutSuffix(key, p); ok && base != "" && !strings.Contains(key, " ") && modals[base+"ه"] && modals[base+"ها"] {
			return true
		}
	}
	return false
}

// ذلك اليوم → that day, not "that today": an adverb spelled ال + a noun
// (اليوم، الآن is no noun) after a demonstrative is that noun, definite.
func demonstrativeAdverbNoun(g *engine, w *window) verdict {
	d, n := w.it, w.n1
	if _, ok := demonstratives[d.key]; !ok || d.kind != kFunc || d.post != "" || n == nil || n.lead != "" || n.kind != kFunc ||
		n.a == nil || n.a.e.tag != TagAdv || !strings.HasPrefix(n.form, "ال") {
		return pass
	}
	a := g.lex.analyze(strings.TrimPrefix(n.form, "ال"), "")
	if a == nil || a.e.tag != TagNoun || a.pron != "" || a.prep != "" || a.conj != "" || a.plural || a.dual {
		return pass
	}
	c := *a
	c.def = true
	*n = g.itemInPlace(&c, n)
	return applied
}

// لنأخذ مثالا → let's take an example: ل + a first person plural
// imperfect that opens its clause (the line, also after و or ف, or after
// punctuation) asks
// the audience; after a verb or a noun it is the purpose (جئنا لنتعلم →
// we came to learn).
func letUsOpening(g *engine, w *window) verdict {
	it := w.it
	if it.kind != kVerb || it.a.prep != "ل" || it.a.conj != "" && w.prev != nil || it.a.vf != vImpf || it.a.person != "1p" || it.a.fut || it.mod != "" {
		return pass
	}
	if w.prev != nil && w.prev.kind != kPunct {
		return pass
	}
	it.letUs = true
	return applied
}
