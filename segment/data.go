package segment

import (
	"embed"
	"strings"
	"unicode/utf8"
)

// The word lists of the newer Arabic rules and of the English heading rules
// are data, one entry a line with '#' comments, embedded from data/ (see
// each file's header for its rule).
//
//go:embed data/*.txt
var dataFS embed.FS

var (
	titleHeads    = loadList("data/ar_titles.txt")          // "Name - Title" list items
	speakerLabels = loadList("data/ar_speakers.txt")        // transcript turns "المذيع: …"
	notPlace      = loadList("data/ar_not_place.txt")       // "فقط-" is no dateline
	notStoryStart = loadList("data/ar_not_story_start.txt") // "PLACE - ثم" is no dateline
	agencyHeads   = loadList("data/ar_agency_heads.txt")    // "(الوكالة … للأنباء)"
)

// loadList reads an embedded list into a set keyed by normAr.
func loadList(name string) map[string]bool {
	set := map[string]bool{}
	for _, line := range dataLines(name) {
		set[normAr(line)] = true
	}
	return set
}

// wordSet reads an embedded list into a set of its lines as written, for
// lists matched without normalisation. Like loadList it is called from
// variable initialisers (not init), so that tables built from its sets at
// package initialisation see them filled.
func wordSet(name string) map[string]bool {
	set := map[string]bool{}
	for _, line := range dataLines(name) {
		set[line] = true
	}
	return set
}

// keyedSet reads an embedded list into a set keyed by key(line).
func keyedSet(name string, key func(string) string) map[string]bool {
	set := map[string]bool{}
	for _, line := range dataLines(name) {
		set[key(line)] = true
	}
	return set
}

// union returns a new set of the members of all sets.
func union(sets ...map[string]bool) map[string]bool {
	u := map[string]bool{}
	for _, s := range sets {
		for k := range s {
			u[k] = true
		}
	}
	return u
}

// dataLines returns the entries of an embedded data file in order: its
// lines without '#' comment lines and blank lines, trimmed. The files are
// part of the binary, so a read error is a build defect and panics at start.
func dataLines(name string) []string {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		panic("segment: " + err.Error())
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			out = append(out, line)
		}
	}
	return out
}

// enLex holds the English word lists of the heading rules (heading.go) in
// one map of flags, so that a word is looked up once for all of them.
// Keys are lower case.
var enLex = buildEnLex()

const (
	enOpener     uint16 = 1 << iota // data/en_openers.txt: "Steps The first …"
	enStarter                       // sentenceStarters: "Meanwhile", "Not", "For"
	enTitleStart                    // data/en_title_start.txt: "How to Repot …"
	enContinue                      // data/en_continue_before.txt: "told The Times"
	enMinor                         // data/en_title_minor.txt: "Notes on the Flora"
	enObject                        // data/en_object_words.txt: "Method Sift the flour"
	enTitleFinal                    // data/en_title_final.txt: "Hold Me Tight You was"
	enAux                           // data/en_aux.txt: "Later career Ruth Baxter was"
	enNameBefore                    // data/en_name_before.txt: "former president Barack Obama was"
	enCaption                       // data/en_caption_labels.txt: "Figure 2."
	enLexFlags                      // one past the last flag: masks are below it
)

// enLexMax is the longest key of enLex in bytes: a longer word is in no
// list; enLexLen[i] is the longest word with flag 1<<i.
var (
	enLexMax  int
	enMaskLen [enLexFlags]uint8 // longest word with any flag of the mask
)

func buildEnLex() map[string]uint16 {
	lex := map[string]uint16{}
	for _, l := range []struct {
		file string
		flag uint16
	}{
		{"data/en_openers.txt", enOpener},
		{"data/en_title_start.txt", enTitleStart},
		{"data/en_continue_before.txt", enContinue},
		{"data/en_title_minor.txt", enMinor},
		{"data/en_object_words.txt", enObject},
		{"data/en_title_final.txt", enTitleFinal},
		{"data/en_aux.txt", enAux},
		{"data/en_name_before.txt", enNameBefore},
		{"data/en_caption_labels.txt", enCaption},
	} {
		for w := range loadList(l.file) {
			lex[w] |= l.flag
		}
	}
	for w := range sentenceStarters {
		lex[strings.ToLower(w)] |= enStarter
	}
	for w, f := range lex {
		enLexMax = max(enLexMax, len(w))
		for m := range enMaskLen {
			if uint16(m)&f != 0 {
				enMaskLen[m] = max(enMaskLen[m], uint8(min(len(w), 255)))
			}
		}
	}
	return lex
}

// normAr folds the spelling variants of Arabic that news text mixes freely,
// so word lists match "الانباء" and "الأنباء" alike: hamza carriers on alif
// (أ إ آ ٱ → ا), final ى → ي, tatweel and harakat removed, Latin lower-cased
// and runs of white space made one space.
func normAr(s string) string {
	if !needsNorm(s) {
		return s // the common case: no allocation
	}
	return string(appendNorm(make([]byte, 0, len(s)), s))
}

// appendNorm appends normAr(s) to b: the one loop behind normAr and inSet.
func appendNorm(b []byte, s string) []byte {
	start := len(b)
	space := false
	for _, r := range s {
		switch {
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى':
			r = 'ي'
		case r == 0x640 || (r >= 0x64B && r <= 0x65F) || r == 0x670:
			continue
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case isSpace(r):
			if !space && len(b) > start {
				b = append(b, ' ')
			}
			space = true
			continue
		}
		space = false
		b = utf8.AppendRune(b, r)
	}
	for len(b) > start && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	return b
}

// needsNorm reports whether normAr would change s. It reads bytes, not
// runes (inSet calls it on every word it looks up): each rune normAr
// changes is told by its lead byte and the next, but for white space other
// than one ASCII space between words, which is decoded.
func needsNorm(s string) bool {
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if prevSpace {
				return true
			}
			prevSpace = true
			continue
		case c >= 'A' && c <= 'Z', c >= '\t' && c <= '\r':
			return true
		case c == 0xD8 && i+1 < len(s):
			if d := s[i+1]; d == 0xA2 || d == 0xA3 || d == 0xA5 { // آ أ إ
				return true
			}
		case c == 0xD9 && i+1 < len(s):
			// tatweel, ى, the harakat U+064B–U+065F, U+0670 and ٱ
			if d := s[i+1]; d == 0x80 || d == 0x89 || (d >= 0x8B && d <= 0x9F) || d == 0xB0 || d == 0xB1 {
				return true
			}
		case spaceLead[c] == 2:
			if r, _ := utf8.DecodeRuneInString(s[i:]); isSpace(r) {
				return true
			}
		}
		prevSpace = false
	}
	return prevSpace && s != ""
}

// inSet looks s up in a set keyed by normAr without allocating for words
// up to 96 bytes (the map lookup with a converted []byte key does not copy).
func inSet(set map[string]bool, s string) bool {
	if !needsNorm(s) {
		return set[s]
	}
	if len(s) > 96 {
		return set[normAr(s)]
	}
	var buf [96]byte
	return set[string(appendNorm(buf[:0], s))]
}

// isTitleHead reports a list-item title head ("وزيرا", "ورئيسا").
func isTitleHead(w string) bool {
	w = trimWordPunct(w)
	if inSet(titleHeads, w) {
		return true
	}
	return strings.HasPrefix(w, "و") && inSet(titleHeads, w[len("و"):])
}

// isDefiniteAr reports an Arabic word with the article, possibly after a
// one-letter proclitic: "الخارجية", "للخارجية", "والتعاون", "بالمالية".
func isDefiniteAr(w string) bool {
	w = normAr(w)
	for _, p := range []string{"", "و", "ف", "ب", "ك"} {
		if strings.HasPrefix(w, p+"ال") && utf8.RuneCountInString(w) > utf8.RuneCountInString(p)+3 {
			return true
		}
	}
	return strings.HasPrefix(w, "لل") || strings.HasPrefix(w, "ولل")
}

// isSpeechVerb reports a speech verb, also with an attached object pronoun:
// "سألني", "أجابه", "قالها".
func isSpeechVerb(w string) bool {
	if speechVerbs[w] {
		return true
	}
	for _, s := range []string{"ني", "ه", "ها", "هم", "هن", "نا", "ك", "كم"} {
		if strings.HasSuffix(w, s) && speechVerbs[w[:len(w)-len(s)]] {
			return true
		}
	}
	return false
}
