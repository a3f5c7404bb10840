package lexicon

import "strings"

var irregularPlural = map[string]string{
	"man": "men", "woman": "women", "child": "children", "person": "people",
	"foot": "feet", "tooth": "teeth", "mouse": "mice", "crisis": "crises",
	"analysis": "analyses", "thesis": "theses", "basis": "bases",
	"phenomenon": "phenomena", "criterion": "criteria", "medium": "media",
	"life": "lives", "wife": "wives", "knife": "knives", "leaf": "leaves",
	"half": "halves", "self": "selves", "thief": "thieves", "shelf": "shelves",
	"people": "peoples", "news": "news", "police": "police", "sheep": "sheep",
	"fish": "fish", "series": "series", "species": "species", "aircraft": "aircraft",
	"staff": "staff", "information": "information", "equipment": "equipment",
	"evidence": "evidence", "research": "research", "advice": "advice",
	"hero": "heroes", "potato": "potatoes", "tomato": "tomatoes", "veto": "vetoes",
}

// plural inflects an English noun phrase by its last word.
func plural(en string) string {
	if i := strings.LastIndexByte(en, ' '); i >= 0 {
		// "minister of defence" → "ministers of defence"
		if j := strings.Index(en, " of "); j > 0 {
			return plural(en[:j]) + en[j:]
		}
		return en[:i+1] + plural(en[i+1:])
	}
	if p, ok := irregularPlural[en]; ok {
		return p
	}
	n := len(en)
	switch {
	case n == 0:
		return en
	case strings.HasSuffix(en, "s") || strings.HasSuffix(en, "x") || strings.HasSuffix(en, "z") ||
		strings.HasSuffix(en, "ch") || strings.HasSuffix(en, "sh"):
		if strings.HasSuffix(en, "ss") || !strings.HasSuffix(en, "s") {
			return en + "es"
		}
		if strings.HasSuffix(en, "us") || strings.HasSuffix(en, "is") {
			return en + "es"
		}
		return en // already plural (e.g. "forces")
	case n > 1 && en[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(en[n-2])):
		return en[:n-1] + "ies"
	}
	return en + "s"
}

// thirdSingular inflects an English verb phrase for he/she/it in the present.
func thirdSingular(v string) string {
	head, rest := v, ""
	if i := strings.IndexByte(v, ' '); i >= 0 {
		head, rest = v[:i], v[i:]
	}
	switch head {
	case "be":
		return "is" + rest
	case "have":
		return "has" + rest
	case "can", "may", "must", "will", "should", "might", "could", "would":
		return v
	}
	n := len(head)
	switch {
	case n == 0:
	case strings.HasSuffix(head, "s") || strings.HasSuffix(head, "x") || strings.HasSuffix(head, "z") ||
		strings.HasSuffix(head, "ch") || strings.HasSuffix(head, "sh") || strings.HasSuffix(head, "o"):
		head += "es"
	case n > 1 && head[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(head[n-2])):
		head = head[:n-1] + "ies"
	default:
		head += "s"
	}
	return head + rest
}

var subjectPronoun = map[string]string{
	"1s": "I", "1p": "we", "2": "you", "3ms": "he", "3fs": "she", "3mp": "they", "3fp": "they", "3d": "they",
}

var possessive = map[string]string{
	"ه": "his", "ها": "its", "هم": "their", "هما": "their", "هن": "their",
	"ك": "your", "كم": "your", "كما": "your", "كن": "your", "نا": "our", "ي": "my", "ني": "my",
}

var objectPronoun = map[string]string{
	"ه": "him", "ها": "it", "هم": "them", "هما": "them", "هن": "them",
	"ك": "you", "كم": "you", "كما": "you", "كن": "you", "نا": "us", "ي": "me", "ني": "me",
}

var clausePronoun = map[string]string{
	"ه": "it", "ها": "it", "هم": "they", "هما": "they", "هن": "they",
	"ك": "you", "كم": "you", "كما": "you", "كن": "you", "نا": "we", "ي": "I", "ني": "I",
}

// gerund inflects an English verb phrase's head with -ing.
func gerund(v string) string {
	head, rest := v, ""
	if i := strings.IndexByte(v, ' '); i >= 0 {
		head, rest = v[:i], v[i:]
	}
	n := len(head)
	switch {
	case n == 0:
	case head == "be":
		head = "being"
	case strings.HasSuffix(head, "ie"):
		head = head[:n-2] + "ying"
	case n > 2 && head[n-1] == 'e' && head[n-2] != 'e' && head[n-2] != 'y' && head[n-2] != 'o':
		head = head[:n-1] + "ing"
	case n >= 3 && n <= 4 && isCVC(head):
		head += head[n-1:] + "ing" // stop → stopping
	default:
		head += "ing"
	}
	return head + rest
}

func isCVC(w string) bool {
	v := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	n := len(w)
	return !v(w[n-1]) && v(w[n-2]) && !v(w[n-3]) && strings.IndexByte("wxy", w[n-1]) < 0
}
