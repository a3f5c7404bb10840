package clean

import (
	"strings"
	"unicode"
)

// Boilerplate phrases, compared on Key() form (lower case, Arabic letter
// variants unified: "اترك تعليقاً" and "اترك تعليقا" match). A line is
// dropped only when the WHOLE line is one of the exact phrases, starts with
// one of the prefix phrases and is short, or (share buttons) consists only
// of share vocabulary. Running text that merely contains these words stays.
type phraseRule struct {
	rule     string
	exact    []string
	prefix   []string // the line starts with this and has at most maxWords words
	contains []string // the line contains this and has at most maxWords words
	maxWords int

	// symPrefix are the prefixes that start with punctuation or a symbol
	// ("©"), which Key trims: compared with the untrimmed line (init).
	symPrefix []string
}

var phraseRules = []phraseRule{
	{
		rule: RuleCommentForm,
		exact: []string{
			"leave a reply", "leave a comment", "leave a reply cancel reply", "cancel reply", "post comment",
			"submit comment", "add comment", "add a comment", "comments", "comment", "name", "email", "website",
			"name *", "email *", "comment *", "reply", "post a comment", "no comments yet", "be the first to comment",
			"اترك تعليقا", "اترك ردا", "اترك رد", "اضف تعليق", "اضف تعليقا", "اضف تعليقك", "التعليقات", "التعليق",
			"تعليقات", "تعليق", "ارسال التعليق", "ارسل التعليق", "الاسم", "البريد الالكتروني", "الموقع الالكتروني",
			"الغاء الرد", "رد", "لا توجد تعليقات", "كن اول من يعلق", "اكتب تعليقك", "شاركنا رايك",
		},
		prefix: []string{
			"your email address will not be published", "required fields are marked",
			"save my name, email, and website in this browser", "you must be logged in to post a comment",
			"this site uses akismet to reduce spam", "comments are closed",
			"لن يتم نشر عنوان بريدك الالكتروني", "لن يتم نشر بريدك الالكتروني", "الحقول الالزاميه مشار اليها",
			"الحقول المطلوبه عليها علامه", "احفظ اسمي، بريدي الالكتروني، والموقع الالكتروني",
			"احفظ اسمي والبريد الالكتروني", "يجب ان تكون مسجل الدخول لتضيف تعليقا", "يجب انت تكون مسجل الدخول",
			"التعليقات مغلقه",
			// "Leave a Reply to NAME Cancel reply": the reply form of a thread.
			"leave a reply to", "اترك ردا على", "اترك ردا علي", "اترك تعليقا على", "اترك تعليقا علي",
		},
		maxWords: 30,
	},
	{
		rule: RuleShare,
		exact: []string{
			"share", "share this", "share this article", "share this story", "share this post", "share on facebook",
			"share on twitter", "share on whatsapp", "share via email", "tweet", "share article", "click to share",
			"شارك", "شارك هذا", "شارك المقال", "شارك الخبر", "شارك هذا المقال", "شارك هذا الخبر", "مشاركه",
			"مشاركه المقال", "مشاركه الخبر", "شارك علي فيسبوك", "شارك علي تويتر", "شارك علي واتساب", "انشر",
			"شارك عبر", "شارك على فيسبوك", "شارك على تويتر", "شارك على واتساب",
		},
		// "مشاركة الخبر على فيسبوك وتويتر", "Share on Facebook and Twitter".
		// Only the noun (مشاركة, "sharing"): "شارك الخبر على …" can be news.
		prefix: []string{
			"share on", "share this on", "مشاركه الخبر على", "مشاركه الخبر علي", "مشاركه المقال على",
			"مشاركه المقال علي",
		},
		maxWords: 6,
	},
	{
		rule: RuleSubscribe,
		exact: []string{
			"subscribe", "subscribe now", "subscribe to our newsletter", "sign up for our newsletter",
			"sign up to our newsletter", "follow us", "follow us on twitter", "follow us on facebook",
			"اشترك", "اشترك الان", "اشترك في النشره البريديه", "اشترك في نشرتنا البريديه", "اشترك في النشره الاخباريه",
			"اشترك في نشرتنا الاخباريه", "تابعونا", "تابعنا", "تابعونا على", "تابعنا على", "تابعونا علي", "تابعنا علي",
			"تابعونا على تويتر", "تابعونا على فيسبوك", "اشترك في قناتنا على يوتيوب", "اشترك في قناتنا",
		},
		prefix: []string{
			"subscribe to our", "sign up for our", "get the latest news delivered", "اشترك في النشره", "اشترك في نشرتنا",
			"اشترك الان في", "للاشتراك في",
		},
		maxWords: 14,
	},
	{
		rule: RulePrint,
		exact: []string{
			"print", "print this", "print this article", "print this page", "print article", "print friendly",
			"طباعه", "اطبع", "اطبع المقال", "اطبع الخبر", "طباعه الخبر", "طباعه المقال", "طباعه الصفحه", "نسخه للطباعه",
		},
	},
	{
		rule: RuleRelated,
		exact: []string{
			"read more", "read also", "see also", "related", "related articles", "related posts", "related stories",
			"related news", "more stories", "you may also like", "recommended", "most read", "most popular",
			"اقرا ايضا", "اقرا المزيد", "اقرا ايضا", "المزيد", "مواضيع ذات صله", "مقالات ذات صله", "اخبار ذات صله",
			"موضوعات ذات صله", "قد يعجبك ايضا", "الاكثر قراءه", "الاكثر مشاهده", "اقرا كذلك", "طالع ايضا", "شاهد ايضا",
			"ذات صله",
		},
		prefix: []string{
			"read also:", "read more:", "see also:", "related:", "اقرا ايضا:", "اقرا ايضا", "اقرا كذلك", "طالع ايضا",
			"شاهد ايضا:", "اقرا المزيد:", "click here", "اضغط هنا", "انقر هنا", "اضغط لقراءه", "continue reading",
		},
		maxWords: 25,
	},
	{
		rule:     RuleCopyright,
		prefix:   []string{"©", "copyright ©", "copyright (c)", "(c) copyright", "حقوق النشر ©", "جميع الحقوق محفوظه"},
		contains: []string{"all rights reserved", "جميع الحقوق محفوظه", "حقوق الطبع محفوظه", "كل الحقوق محفوظه"},
		maxWords: 20,
	},
	{
		rule:  RuleAdvert,
		exact: []string{"advertisement", "advertising", "sponsored", "sponsored content", "اعلان", "اعلانات", "محتوى مدفوع", "محتوي مدفوع"},
	},
	{
		rule:     RuleTags,
		prefix:   []string{"tags:", "tagged:", "tagged with:", "الوسوم:", "وسوم:", "كلمات مفتاحيه:", "الكلمات المفتاحيه:", "الكلمات الدلاليه:", "كلمات دلاليه:", "كلمات داله:"},
		maxWords: 25,
	},
}

// shareWords are the labels of share/follow button rows ("Facebook Twitter
// WhatsApp", "فيسبوك تويتر واتساب").
var shareWords = map[string]bool{}

var exactRule = map[string]string{}

func init() {
	for _, w := range strings.Fields(`share tweet facebook twitter x whatsapp telegram linkedin pinterest reddit email e-mail mail print messenger tumblr vk copy link sms google+ flipboard pocket شارك مشاركه فيسبوك فيس بوك تويتر واتساب واتس اب تيليجرام تلغرام تليجرام لينكد ان لينكدان بنترست البريد الالكتروني ايميل طباعه انستغرام انستجرام يوتيوب ماسنجر نسخ الرابط`) {
		shareWords[w] = true
	}
	for i, r := range phraseRules {
		for _, e := range r.exact {
			exactRule[Key(e)] = r.rule
		}
		for _, p := range r.prefix {
			if !isLetterStart(p) {
				phraseRules[i].symPrefix = append(phraseRules[i].symPrefix, p)
			}
		}
	}
}

// boilerplateRule returns the rule that drops the line, or "". key is Key(line).
func boilerplateRule(key, line string) string {
	if key == "" {
		// Only punctuation or symbols ("*", "|", "•"): keep; nothing to translate
		// but also nothing to remove from the line structure.
		return ""
	}
	if r, ok := exactRule[key]; ok {
		return r
	}
	words := strings.Count(key, " ") + 1
	if words > maxPhraseWords {
		return ""
	}
	lower, symStart := "", startsWithSymbol(line)
	for _, r := range phraseRules {
		if words > r.maxWords {
			continue
		}
		for _, p := range r.prefix {
			if strings.HasPrefix(key, p) {
				return r.rule
			}
		}
		// "©…": Key trims leading symbols, so compare untrimmed; only a
		// line that starts with one can match (TestSymbolPrefixes).
		for _, p := range r.symPrefix {
			if !symStart {
				break
			}
			if lower == "" {
				lower = lowerTrim(line)
			}
			if strings.HasPrefix(lower, p) {
				return r.rule
			}
		}
		for _, c := range r.contains {
			if strings.Contains(key, c) {
				return r.rule
			}
		}
	}
	if words <= 12 && allShareWords(key) {
		return RuleShare
	}
	if words == 2 && commentCount(key) {
		return RuleCommentForm
	}
	return ""
}

var commentWords = map[string]bool{"comment": true, "comments": true, "reply": true, "replies": true, "تعليق": true, "تعليقات": true, "تعليقا": true, "رد": true, "ردود": true}

// commentCount: "3 Comments", "Comments (3)", "5 تعليقات".
func commentCount(key string) bool {
	a, b, _ := strings.Cut(key, " ")
	b = strings.Trim(b, "()")
	a = strings.Trim(a, "()")
	return (isCount(a) && commentWords[b]) || (commentWords[a] && isCount(b))
}

func isCount(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// maxPhraseWords is the longest line any phrase rule looks at.
const maxPhraseWords = 30

func isLetterStart(p string) bool {
	for _, r := range p {
		return unicode.IsLetter(r)
	}
	return false
}

// startsWithSymbol: the first rune Key keeps is punctuation or a symbol.
func startsWithSymbol(line string) bool {
	for _, r := range line {
		switch {
		case unicode.IsSpace(r), isFormat(r), r >= 0x64B && r <= 0x652, r == 0x670, r == 0x640:
			continue
		}
		return unicode.IsPunct(r) || unicode.IsSymbol(r)
	}
	return false
}

// lowerTrim is Key without trimming leading symbols (so "© 2021" keeps "©").
func lowerTrim(line string) string {
	k := Key("x " + line)
	return strings.TrimPrefix(k, "x ")
}

func allShareWords(key string) bool {
	n := 0
	for _, f := range strings.FieldsFunc(key, func(r rune) bool {
		return r == ' ' || r == '|' || r == '•' || r == '·' || r == '/' || r == ','
	}) {
		if !shareWords[f] {
			return false
		}
		n++
	}
	return n > 0
}
