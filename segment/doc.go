// Package segment splits paragraphs into sentences, returning byte spans.
//
// Split(lang, text) returns spans that are ordered, do not overlap, never
// start or end with white space and cover every non-space character; it is
// pure, allocation-light (no regular expressions, no per-rune allocation) and
// safe for concurrent use. Sentences(lang, text) returns the strings.
//
// # Generic core (every language)
//
//   - Terminators . ! ? ؟ … ۔ and runs of them ("؟!", "?!", "...") end a
//     sentence when white space follows. Numbers, URLs and e-mail addresses
//     ("3.5", "1.000.000", "26.7.2021", "bbc.co.uk/a.html") have no space after
//     the period and so are never split.
//   - Closing quotes and brackets (" ' ” ’ » › ) ] }), bidi marks, numeric
//     citation brackets (".[12]", ". [3 – 5]") and a detached run of
//     terminators ("? ...") stay with the sentence they close. A straight
//     quote after the space closes the quotation when the sentence holds an
//     odd number of them (`؟ "`).
//   - Latin abbreviations: titles (Mr. Dr. Prof. St. Jan.) never end a
//     sentence; number prefixes (No. pp. Art.) do not before a digit; weak
//     ones (Inc. Jr. U.S. a.m. Ph.D.) and initials ("J. K.") end one only
//     before a typical sentence opener ("The", "But" …); "etc." ends one
//     before any capital. A lower-case Latin word never starts a sentence
//     ("e.g. the", `"Stop!" he said`, "? —you").
//   - A list marker ("1.", "IV.", "أ.") at the start of a sentence does not
//     end it. A bullet (• ·) between spaces starts a sentence. A blank line
//     (two newlines) always ends one; a single newline is a space.
//   - A byline after an unpunctuated headline-like run starts a sentence
//     ("… تقر الموازنة كتب: أحمد …", "بقلم: سارة …", a caption or source
//     label "الصورة: …", "المصدر: …"; data/ar_bylines.txt),
//     unless a quotation follows the colon ("كتبت: «…»") or a parenthesis
//     is open ("(إعداد: … - تحرير: …)").
//   - An enumeration run into one paragraph starts a sentence at each item
//     that continues a sequence ("أولا: … ثانيا: …", "أ- … ب- …", "1- …
//     2- …", "1) … 2) …"; ordinals and letters in data/ar_enum.txt): item k
//     when item k-1 of the same kind and separator is in the sentence, item 1
//     when item 2 follows in the paragraph. The separator must be followed by
//     a space, so scores and ranges ("3-0", "2021-2022") are never items.
//   - An audience reaction in parentheses that opens a sentence ("… شكرا.
//     (ضحك) لا، …", "(تصفيق حار)", "(Laughter)"; words in
//     data/reactions.txt) is a sentence of its own, as transcripts and
//     subtitles set it; reactions in a row form one ("(ضحك) (تصفيق)"), and
//     one inside a sentence ("فقط (ضحك) وهذا …") stays there.
//   - Datelines start a sentence and split a headline run into the story
//     even without punctuation: with an agency, always ("دمشق (وكالات
//     الأنباء) -", "بغداد - رويترز:", "بيروت ـ «القدس العربي»:", "القاهرة (أ
//     ش أ):", "القاهرة في 12 مايو /أ ش أ/", "LONDON (Reuters) -"; a
//     newspaper's name of up to three words in «» before a colon or dash
//     counts as an agency: "القاهرة – «الشروق»:", and so does one word and
//     a colon after a known place: "الخرطوم - سونا:"; a known place glued
//     to a listed agency, "دمشق-سانا افتتحت", is a dateline too, as is
//     "KNOWN PLACE / PAPER story", "بغداد / المدى كشفت", with one word that
//     is no place after the slash), and
//     when the word before the agency is no place (one word with the
//     article, not a known place: "… في شرق المتوسط (أ ف ب) -") the
//     sentence starts at the agency itself; a bare
//     "PLACE –" (dashes – — ــ ـ - --) only after a short headline-like run
//     (2–20 words, no comma, no other dash, no reported speech, not starting
//     with a particle or connective such as "إن", "ولكن", "وبالتالي" or with
//     ف + the article "فال…"; data/ar_continuation.txt), when the place is
//     not after a preposition and has the form of a name (not "ال…", "…ة",
//     "…ات", "و…", adverbial "…ا", unless a known place; a number or date
//     word before it rules it out unless it is a known place: "… في كانون
//     الثاني عمان - أعلنت"; a known place after the dash makes a route,
//     "القاهرة - الأقصر", not before an agency or a second dash), and, in Latin
//     script, is in capitals ("WASHINGTON —"). A date line at the start of a sentence
//     ("الأربعاء 12 مايو 2021", "Monday, May 3, 2021") followed by a word is
//     a sentence of its own; so is a full date with weekday and year run in
//     between a headline and a story ("… of Denver Monday, March 4, 2024
//     Councilwoman …"), unless a preposition ("on", "يوم", "في") precedes it,
//     punctuation follows it, or (without Latin case) the next word is a
//     particle or speech verb ("… 2021 إن …").
//
// # Arabic layer ("ar")
//
//   - The Arabic comma "،", semicolon "؛" and the colon never end a sentence.
//   - A known place and a colon before a headline-like run ("… المتحف
//     البريطاني البحرين: افتتاح أكبر محطة …") start a sentence, unless a
//     preposition, particle, speech verb or title head comes before the
//     place ("ممثل اليمن:", "إن العراق:") or a quotation, comma or
//     terminator follows within six words (placeHeadline); "PLACE:
//     «PAPER» story" is a dateline of the same kind ("دبي: «البيان»
//     أطلقت …"), not before a particle or preposition.
//   - A follow or contact line, a colon and a URL or e-mail address
//     ("للمزيد: the-afc.com", "تابعونا على: facebook.com/…"), ends after the
//     address when an Arabic word follows that does not continue it ("…
//     الموقع: www.x.jo حتى نهاية الشهر" is one sentence).
//   - One-letter and dotted abbreviations and initials ("د.", "أ.د.", "م.",
//     "ص.", "هـ.", "ق.م.", "ج.م.ع", "ع. الهاشمي") do not end a sentence,
//     except after a number or a century's ordinal ("القرن الثالث ق.م."),
//     where they are eras or units ("عام 300 ق.م.", "1350 هـ."), and then
//     only before a clause with و, ثم or لكن or a word with the article ("… ق.م.
//     وتعمل البعثة", not "عام 450 ق.م. قرب …", "1760 م. تقريبا";
//     data/ar_ordinals.txt).
//   - Sentences joined without a space ("العراق.وقال", "لماذا؟قال") are split
//     when both sides are Arabic words of two letters or more.
//   - An ellipsis followed by an Arabic word is a pause inside the sentence
//     ("بالغة الأهمية... حتى"), unless a closing quote or bracket follows it
//     or a direct question: an interrogative (data/ar_interrogatives.txt)
//     whose clause ends in "؟", not after a speech verb ("… كل ثانية... من
//     يتخذ هذه القرارات؟", but "وسألته... هل أنت بخير؟").
//   - A speech verb after a closing quote continues the sentence
//     ("«هل هذا عدل؟» تساءل الرجل.", "«…؟» يسأل المدير"), except one
//     with و after a quoted statement closed by a period ("«… الاجتماع.»
//     وأضاف المتحدث …").
//   - Agency and place names match in any common spelling (hamza forms,
//     final ى, tatweel: "وكالات الانباء"); a parenthesised "(وكالة …)" or
//     "(… للأنباء)" is an agency.
//   - A word glued to a hyphen ("فقط- ثم عاد") opens a dateline only when it
//     is a known place ("بيروت- أعلن", also places joined by "/": "عدن/صنعاء- أعلن"); an adverb ("فقط", "أيضا") is never a
//     place and a story never opens with "ثم", "أو", "لكن" …
//   - "Name - Title" lists run into one paragraph ("سامي العلي - رئيسا
//     وليد حمدان - نائبا للرئيس"): a spaced dash before a title head
//     (وزير، رئيسا، عضو …) is a list separator; from the second item on,
//     the sentence ends before the item's name (the title's construct chain
//     and definite complement end at the first indefinite word), and a
//     colon-ended introduction is a sentence of its own. The last item
//     ends before و and a verb ("… - أمينا للصندوق ويعقد المجلس …": an
//     imperfect, a تفعّل perfect or a speech verb), not before a
//     coordinated noun ("روائي وكاتب").
//   - Rows of a table run into one paragraph (rows.go), found by their
//     repeated shape: "LABEL: value" rows whose value holds a number in its
//     first three words ("الطماطم: من 9 إلى 13 جنيها البطاطس: …"; the next
//     label is the first word with the article after the value's unit
//     words, or the last word with the words joined to it by و, or as many
//     words as the row before when it repeats that row's first word: "عيار
//     21"); the colon-ended introduction before the first row is a sentence
//     of its own; the last row ends before a clause opening with و plus a
//     verb or particle ("… 45 جنيها وتشهد …"). A colon in reported speech,
//     in a turn or before a quotation is no row. Score rows "Team N - M
//     Team" end between the two teams of the words between two scores (a
//     nisba adjective "البورسعيدي" stays with the first); a timestamp "H:MM
//     [صباحا] -" starts a row or live-blog update after unpunctuated text,
//     not after a preposition or "الساعة", nor in a range "9:00 - 17:00";
//     bullets "- …" start a sentence after an introducing colon or in a
//     sentence that opens with "- " (dialogue lines); "A - B" rows after a
//     colon, three dashes or more, end before the next row's first part, as
//     wide as the row before's first part (or, for number parts "95 ألف طن",
//     its second part); rows whose second parts are numbers need no colon
//     at a sentence start ("الكرك - 14 ألف زائر مادبا - 9 آلاف …"). "A -
//     B" rows whose first parts share a shape end before the first word
//     after the previous dash (not its first) with that shape, whatever
//     the widths: the same word with or without the article ("جامعة قطر -
//     قطر الجامعة الأمريكية في بيروت - لبنان"), a weekday, a number, or,
//     after a colon, a dotted title before a name ("أ.د. فلان - ناقد د.
//     فلانة - شاعرة"); such rows may also go on at a paragraph's start.
//     A coordinated title ("روائي وعضو الأكاديمية") is no run-on. Scores
//     or dashes inside running text are no rows. Officials listed by post
//     after a colon ("كل من: وزير الدولة، وزير الطاقة وزير المالية الأمين
//     العام …") start a row at each title head (data/ar_titles.txt, also
//     with the article) after a word without a comma, particle or
//     preposition.
//   - A stage note in parentheses or brackets that opens a sentence, of
//     any words ("(ضحك متوتر في القاعة)", "[تصفيق من بعض المقاعد]",
//     "(يتوقف لحظة)"; one to eight words, no digits, no agency, no list
//     letter), is a sentence of its own (notes.go); so is one after a turn
//     cut off by a spaced "—" ("… ثم — (يتوقف لحظة) …"). Notes in a row stay
//     together, and one after a label or inside a sentence stays there. A
//     note between dialogue lines ends before the next "- " line.
//   - Speaker turns: a label and a colon ("المذيع:", "س:", "ج:", a name that
//     already opened a turn in the paragraph, a Latin name in capitals)
//     start a sentence mid-paragraph, unless a speech verb or a preposition
//     precedes it ("وقال المذيع:"). A label no list knows starts one too
//     when its shape shows a turn (unknownLabel): after a turn cut off by a
//     spaced "—" ("… الحقيقية — الرئيس:"), when it opened a sentence before
//     (a label of up to four words at a sentence start is remembered whole:
//     "رئيس اللجنة:"), when the words before it address it with لـ ("…
//     للنائبة هدى النائبة هدى:"), or when it opens a turn after a
//     terminator later in the paragraph ("… الباحثة: … بسهولة... الباحثة:");
//     a demonstrative before such a label ends the turn ("… من ذلك
//     الباحثة:"). In a paragraph that has turns, a title head and its
//     definite complement ("مديرة الندوة:") start one after a word that is
//     not definite and no imperfect verb ("… من فضلكم مديرة الندوة:").
//   - A "؟" or "!" inside a short quotation (closed within twelve words, no
//     period before the close) is part of the quoted line of dialogue; a
//     speech verb with an object pronoun after a closing quote ("«…؟؟!»
//     سألني صديقي") continues the sentence, and so do the particles إن and
//     أن and an accusative participle of circumstance ("«…؟» مضيفا أن …",
//     "«…؟» إن هذا …"); a conjunction after the quote does not. A
//     quotation of several sentences introduced by a colon and closed by a
//     terminator of its own is split at its inner "؟" and "!" ("قال:
//     «هل …؟ لا أحد …وحده.»"), unless the words after the mark repeat the
//     quotation's first two ("«إلى متى …؟ إلى متى؟»") or the sentence goes
//     on after the quote ("… ثم أغلق الباب", a speech verb without و).
//   - Web pages (web.go, heading_ar.go, emoji.go): a numbered step "N."
//     inside a sentence starts a new one at its number when step N-1 came
//     before, or step 1 after a colon with step 2 after it ("طريقة
//     التحضير: 1. سخني …"); rows that open with an amount ("3 بيضات 1 كوب
//     سكر …") are sentences; a page's fact field ("السعر: 59 دينارا",
//     data/ar_field_labels.txt) starts a sentence when run in and a
//     '|'-joined field line ends after its last number; comment labels are
//     also user handles ("ريم_88:", "ديما.ك:"), anonymous commenters
//     ("زائر:", data/ar_commenters.txt), two-word roles ("صاحب المدونة:",
//     data/ar_label_heads.txt) and, in a thread, "NAME الFAMILY:"; a
//     heading run into its body ends before a word that repeats its last
//     one ("جودة الصوت الصوت واضح"), before a question after article words
//     ("الخلاصة هل …؟"), and after an enumeration marker before a body
//     opener ("هذه كانت", "ليس", "لا أعرف"; data/ar_body_openers.txt); a
//     run of emoji ends an unpunctuated sentence before a new one, stays
//     with the sentence a terminator just ended, and keycap digits "1️⃣"
//     open list rows.
//   - Arabic-Indic digits, tatweel, harakat, bidi marks and embedded Latin
//     text are handled by the core rules.
//
// The word lists of these rules are data in data/*.txt (titles, speaker
// roles, words that are no place, words that open no story, agency heads,
// interrogatives, speech verbs and words of reported speech, patronymic
// particles, demonstratives; for English, sentence starters and openers,
// function words, title words, caption labels, auxiliaries and the nouns
// that stand before names).
//
// # English layer ("en")
//
// Latin case is evidence (see the core rules); an ellipsis ends a sentence
// only before a capital.
//
// Headings, titles and captions have no final stop, so in a paragraph they
// run into the sentence after them. A heading is looked for only at the
// start of a sentence: a short head (at most twelve words, no punctuation
// but commas in capitals) whose last word ends in a letter or digit and is
// no function word ("shown in Figure", "told The Times"), followed by a
// capitalised word that starts the sentence:
//
//   - a head in capitals ("THE HISTORY OF THE MILL The mill …");
//   - a sentence opener (The, This, It, In, We, How …) after a head in
//     Title Case ("Further Reading The …"), in sentence case ("Getting
//     there The station …") or after a section number ("3. Results",
//     "IV."), when a lower-case word follows the opener or the head is
//     strong (two Title Case words, capitals, numbered); a head led by
//     another opener or a sentence adverb ("In June 2020 The Observer",
//     "Meanwhile …") is running text, and "You", "It", "Her" after a
//     Title Case head may end the title ("Hold Me Tight You was …");
//   - the head's first word repeated ("Clara Hartmann Clara Louise
//     Hartmann (…) was");
//   - an imperative step: a capitalised word, then a determiner or object
//     pronoun and a lower-case word, after a one-word or strong head
//     ("Instructions Rinse the rice …", but "Mayor Opens the New …");
//   - after a numbered head, a capitalised word and a lower-case one ("3.
//     Results Average yields …"), or the next section number ("4. Methods
//     4.1 Sampling");
//   - after a head in sentence case ending in a lower-case word, a name of
//     up to three words and an auxiliary ("Later career Ruth Baxter was
//     appointed"), unless the word before the name is a role, kin or time
//     noun or has the suffix of one ("Former chairman Tom Reilly was",
//     "Local resident Anne Frost has").
//
// A caption label ("Figure 2.", "Table 1.") at the end of an unpunctuated
// caption is a sentence of its own ("… (source: met office) Table 2."), and
// the caption after a label ends before the first capitalised word that
// follows a lower-case content word ("Figure 3. Location of the survey
// plots Each plot …"). A capitalised acronym ("IT") or a word followed by a
// comma ("Maria Lopez Garcia, the …") starts no sentence. A full date line
// that ends an unpunctuated sentence after a heading is a sentence of its own
// ("Interview with … Ruth Okafor Tuesday, April 8, 2025"), not after a
// preposition ("sailed on Tuesday, …").
//
// Any other lang uses the generic core only.
//
// Edge cases live in testdata/golden_ar.json and testdata/golden_en.json,
// run by TestGolden and BenchmarkSplitGolden.
package segment
