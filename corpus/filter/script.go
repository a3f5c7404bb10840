package filter

import (
	"strings"
	"unicode"
)

// scriptsByLang maps a primary language subtag to the scripts its text is
// normally written in.
var scriptsByLang = langScripts()

func langScripts() map[string][]*unicode.RangeTable {
	m := map[string][]*unicode.RangeTable{}
	add := func(t []*unicode.RangeTable, langs string) {
		for _, l := range strings.Fields(langs) {
			m[l] = t
		}
	}
	add([]*unicode.RangeTable{unicode.Arabic}, "ar arb arz apc acm ary fa prs ur ps ckb sd ug ks")
	add([]*unicode.RangeTable{unicode.Latin}, "en fr de es it pt nl sv da no nb nn fi et lv lt pl cs sk sl hr bs ro hu tr az uz id ms tl fil vi sw ha yo ig so af ca eu gl ga gd cy is mt sq lb eo la ku br fy zu xh st tn om rw mg ht qu ay gn")
	add([]*unicode.RangeTable{unicode.Cyrillic}, "ru uk be bg mk kk ky tg mn tt ba cv")
	add([]*unicode.RangeTable{unicode.Cyrillic, unicode.Latin}, "sr sh")
	add([]*unicode.RangeTable{unicode.Greek}, "el")
	add([]*unicode.RangeTable{unicode.Hebrew}, "he iw yi")
	add([]*unicode.RangeTable{unicode.Armenian}, "hy")
	add([]*unicode.RangeTable{unicode.Georgian}, "ka")
	add([]*unicode.RangeTable{unicode.Devanagari}, "hi mr ne sa mai bho")
	add([]*unicode.RangeTable{unicode.Bengali}, "bn as")
	add([]*unicode.RangeTable{unicode.Gurmukhi}, "pa")
	add([]*unicode.RangeTable{unicode.Gujarati}, "gu")
	add([]*unicode.RangeTable{unicode.Oriya}, "or")
	add([]*unicode.RangeTable{unicode.Tamil}, "ta")
	add([]*unicode.RangeTable{unicode.Telugu}, "te")
	add([]*unicode.RangeTable{unicode.Kannada}, "kn")
	add([]*unicode.RangeTable{unicode.Malayalam}, "ml")
	add([]*unicode.RangeTable{unicode.Sinhala}, "si")
	add([]*unicode.RangeTable{unicode.Thai}, "th")
	add([]*unicode.RangeTable{unicode.Lao}, "lo")
	add([]*unicode.RangeTable{unicode.Khmer}, "km")
	add([]*unicode.RangeTable{unicode.Myanmar}, "my")
	add([]*unicode.RangeTable{unicode.Ethiopic}, "am ti")
	add([]*unicode.RangeTable{unicode.Tibetan}, "bo dz")
	add([]*unicode.RangeTable{unicode.Han}, "zh yue wuu")
	add([]*unicode.RangeTable{unicode.Han, unicode.Hiragana, unicode.Katakana}, "ja")
	add([]*unicode.RangeTable{unicode.Hangul, unicode.Han}, "ko")
	return m
}

// scriptsBySubtag maps ISO 15924 script subtags (as in "sr-Latn").
var scriptsBySubtag = map[string][]*unicode.RangeTable{
	"latn": {unicode.Latin}, "cyrl": {unicode.Cyrillic}, "arab": {unicode.Arabic},
	"grek": {unicode.Greek}, "hebr": {unicode.Hebrew}, "deva": {unicode.Devanagari},
	"hans": {unicode.Han}, "hant": {unicode.Han}, "hani": {unicode.Han},
	"jpan": {unicode.Han, unicode.Hiragana, unicode.Katakana},
	"kore": {unicode.Hangul, unicode.Han}, "hang": {unicode.Hangul},
	"thaa": {unicode.Thaana}, "syrc": {unicode.Syriac}, "ethi": {unicode.Ethiopic},
}

// Scripts returns the scripts text in the language lang is written in, or
// nil when the code is unknown. A script subtag ("uz-Cyrl") takes
// precedence over the language's usual script.
func Scripts(lang string) []*unicode.RangeTable {
	parts := strings.FieldsFunc(strings.ToLower(lang), func(r rune) bool { return r == '-' || r == '_' })
	if len(parts) == 0 {
		return nil
	}
	for _, p := range parts[1:] {
		if len(p) == 4 {
			if t, ok := scriptsBySubtag[p]; ok {
				return t
			}
		}
	}
	return scriptsByLang[parts[0]]
}

// ScriptShare returns the share of letters of s that belong to one of the
// scripts, and whether s has any letter at all.
func ScriptShare(s string, scripts []*unicode.RangeTable) (share float64, hasLetters bool) {
	latin := false
	for _, t := range scripts {
		latin = latin || t == unicode.Latin
	}
	letters, in := 0, 0
	for _, r := range s {
		if r < 0x80 { // ASCII fast path: A–Z and a–z are the only letters
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				letters++
				if latin {
					in++
				}
			}
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.IsOneOf(scripts, r) {
			in++
		}
	}
	if letters == 0 {
		return 0, false
	}
	return float64(in) / float64(letters), true
}
