package qe

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tarjama/tarjama/langid"
)

// The features, in the order of Features' result and of the model's
// weights. Each is a number the logistic model weighs; see doc.go.
var FeatureNames = []string{
	"chrf",          // chrF2 (character 1–6-grams) of MT(src) against tgt, in [0,1]
	"chr_prec",      // chrF precision: share of MT(src)'s character n-grams found in tgt
	"chr_rec",       // chrF recall: share of tgt's character n-grams found in MT(src)
	"word_f1",       // F1 of lower-cased words, MT(src) against tgt
	"len_mt",        // |log(len(tgt)/len(MT(src)))|, lengths in letters and digits
	"len_src",       // log(len(tgt)/len(src)), signed
	"len_src2",      // its square: with len_src, a bowl around the usual ratio
	"numbers",       // share of numbers not found on both sides (0 when neither has any)
	"ends_diff",     // |sentence ends in src − in tgt|, at most 2
	"final_punct",   // 1 when exactly one side ends with . ! ? ؟ or similar
	"dangling",      // 1 when tgt ends with a word a sentence rarely ends with
	"tgt_script",    // share of tgt letters not in the target language's script
	"src_script",    // share of src letters not in the source language's script
	"src_foreign",   // share of src letters used by Persian/Urdu, not Arabic
	"src_langid",    // 1 when src is identified as another language, 0 otherwise (abstain: 0)
	"tgt_langid",    // the same for tgt
	"copy",          // share of src words found verbatim in tgt (untranslated copies)
	"latin_miss",    // share of Latin-script tokens of src missing from tgt
	"glossary_miss", // share of the pair's glossary terms marked missing
	"short",         // 1/(1+letters in the shorter side): short pairs are less certain
}

// langIDBelow is the chrF under which language identification runs.
const langIDBelow = 0.3

// nFeatures is len(FeatureNames).
const nFeatures = 20

// features computes the feature vector of one pair given MT(src). It uses
// no global state; sc holds scratch buffers and the language identifiers.
func (sc *Scorer) features(src, tgt, mt string, glossaryTerms, glossaryMisses int, f *[nFeatures]float64) {
	b := &sc.scratch
	b.mt = appendLowerRunes(b.mt[:0], mt)
	b.tgt = appendLowerRunes(b.tgt[:0], tgt)
	p, r := charPR(b, b.mt, b.tgt)
	chrf := 0.0
	if p+r > 0 {
		chrf = 5 * p * r / (4*p + r)
	}
	f[0], f[1], f[2] = chrf, p, r
	f[3] = wordF1(b, mt, tgt)

	ls, lt, lm := alnum(src), alnum(tgt), alnum(mt)
	f[4] = math.Abs(math.Log(float64(lt+1) / float64(lm+1)))
	lr := math.Log(float64(lt+1) / float64(ls+1))
	f[5], f[6] = lr, lr*lr
	f[7] = numberMismatch(b, src, tgt)
	es, et := sentenceEnds(src), sentenceEnds(tgt)
	f[8] = math.Min(2, float64(max(0, et-max(es, 1))))
	if endsWithTerminator(src) && !endsWithTerminator(tgt) {
		f[9] = 1
	}
	if sc.dangling[lastWord(tgt)] {
		f[10] = 1
	}
	f[11] = 1 - scriptShare(tgt, sc.tgtScript)
	f[12] = 1 - scriptShare(src, sc.srcScript)
	f[13] = foreignShare(src, sc.foreign)
	// Language identification is the slowest feature and only tells
	// something when the MT does not already match the target: skip it
	// (no evidence, 0) above langIDBelow, and on a side whose script is
	// already wrong (tgt_script/src_script say it).
	if chrf < langIDBelow {
		if sc.srcID != nil && f[12] < 0.5 && sc.srcID.Check(src, sc.srcLang) == langid.Mismatch {
			f[14] = 1
		}
		if sc.tgtID != nil && f[11] < 0.5 && sc.tgtID.Check(tgt, sc.tgtLang) == langid.Mismatch {
			f[15] = 1
		}
	}
	f[16] = copyShare(b, src, tgt)
	f[17] = latinMiss(src, tgt)
	if glossaryTerms > 0 {
		f[18] = float64(glossaryMisses) / float64(glossaryTerms)
	}
	f[19] = 1 / float64(1+min(letterCount(src), letterCount(tgt)))
}

// scratch holds buffers reused from pair to pair.
type scratch struct {
	mt, tgt []rune
	ha, hb  []uint64
	wa, wb  []string
	na, nb  []string
}

// appendLowerRunes appends the lower-cased runes of s without white space
// (chrF ignores spaces).
func appendLowerRunes(dst []rune, s string) []rune {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
				continue
			}
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else if unicode.IsSpace(r) {
			continue
		} else {
			r = unicode.ToLower(r)
		}
		dst = append(dst, r)
	}
	return dst
}

const maxOrder = 6

// charPR returns chrF's precision and recall of hyp against ref, averaged
// over n-gram orders 1–6 (orders longer than a side are left out, as
// sacreBLEU does).
func charPR(b *scratch, hyp, ref []rune) (prec, rec float64) {
	var ps, rs float64
	orders := 0
	for n := 1; n <= maxOrder; n++ {
		if len(hyp) < n || len(ref) < n {
			break
		}
		b.ha = ngramHashes(b.ha[:0], hyp, n)
		b.hb = ngramHashes(b.hb[:0], ref, n)
		m := matches(b.ha, b.hb)
		ps += float64(m) / float64(len(b.ha)) // of hyp's n-grams, how many in ref
		rs += float64(m) / float64(len(b.hb))
		orders++
	}
	if orders == 0 {
		return 0, 0
	}
	return ps / float64(orders), rs / float64(orders)
}

func ngramHashes(dst []uint64, rs []rune, n int) []uint64 {
	for i := 0; i+n <= len(rs); i++ {
		h := uint64(14695981039346656037)
		for _, r := range rs[i : i+n] {
			h ^= uint64(r)
			h *= 1099511628211
		}
		dst = append(dst, h)
	}
	slices.Sort(dst)
	return dst
}

// matches counts the multiset intersection of two sorted slices.
func matches(a, b []uint64) int {
	i, j, m := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			m++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return m
}

func matchStrings(a, b []string) int {
	i, j, m := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch c := strings.Compare(a[i], b[j]); {
		case c == 0:
			m++
			i++
			j++
		case c < 0:
			i++
		default:
			j++
		}
	}
	return m
}

// words appends the lower-cased words (runs of letters and digits) of s.
func words(dst []string, s string) []string {
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			dst = append(dst, strings.ToLower(s[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		dst = append(dst, strings.ToLower(s[start:]))
	}
	return dst
}

func wordF1(b *scratch, hyp, ref string) float64 {
	b.wa = words(b.wa[:0], hyp)
	b.wb = words(b.wb[:0], ref)
	if len(b.wa) == 0 || len(b.wb) == 0 {
		return 0
	}
	slices.Sort(b.wa)
	slices.Sort(b.wb)
	m := float64(matchStrings(b.wa, b.wb))
	return 2 * m / float64(len(b.wa)+len(b.wb))
}

// alnum counts letters and digits.
func alnum(s string) int {
	n := 0
	for _, r := range s {
		if r < utf8.RuneSelf {
			if r|0x20 >= 'a' && r|0x20 <= 'z' || '0' <= r && r <= '9' {
				n++
			}
		} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// numbers appends the numbers of s with digits of every script made ASCII
// and separators dropped ("1,234" and "١٢٣٤" are both "1234").
func numbers(dst []string, s string) []string {
	var cur []byte
	flush := func() {
		if len(cur) > 0 {
			dst = append(dst, string(cur))
			cur = cur[:0]
		}
	}
	prevDigit := false
	for _, r := range s {
		if unicode.IsDigit(r) {
			cur = append(cur, byte('0'+digitValue(r)))
			prevDigit = true
			continue
		}
		if prevDigit && (r == ',' || r == '.' || r == '٬' || r == '٫') {
			continue // thousands or decimal separator: keep reading
		}
		prevDigit = false
		flush()
	}
	flush()
	return dst
}

func digitValue(r rune) int {
	if '0' <= r && r <= '9' {
		return int(r - '0')
	}
	// Every Unicode decimal digit block starts at a code point ending in 0.
	return int(r) & 0xF % 10
}

func numberMismatch(b *scratch, src, tgt string) float64 {
	b.na = numbers(b.na[:0], src)
	b.nb = numbers(b.nb[:0], tgt)
	if len(b.na)+len(b.nb) == 0 {
		return 0
	}
	slices.Sort(b.na)
	slices.Sort(b.nb)
	m := matchStrings(b.na, b.nb)
	return float64(len(b.na)+len(b.nb)-2*m) / float64(len(b.na)+len(b.nb))
}

// terminator reports sentence-final punctuation of either script.
func terminator(r rune) bool {
	switch r {
	case '.', '!', '?', '؟', '۔', '…', '。', '！', '？':
		return true
	}
	return false
}

// closer reports punctuation that may follow a sentence end.
func closer(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '»', '”', '’', '›':
		return true
	}
	return false
}

// sentenceEnds counts terminators followed by a space and a letter or by
// the end of the text (so "3.5" and "U.S." inside a word do not count).
func sentenceEnds(s string) int {
	n := 0
	rs := []rune(strings.TrimSpace(s))
	for i := 0; i < len(rs); i++ {
		if !terminator(rs[i]) {
			continue
		}
		for i+1 < len(rs) && (terminator(rs[i+1]) || closer(rs[i+1])) {
			i++
		}
		if i+1 == len(rs) || i+2 < len(rs) && unicode.IsSpace(rs[i+1]) && (unicode.IsUpper(rs[i+2]) || unicode.Is(unicode.Arabic, rs[i+2])) {
			n++
		}
	}
	return n
}

func endsWithTerminator(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) || closer(r) })
	r, _ := utf8.DecodeLastRuneInString(s)
	return terminator(r)
}

func lastWord(s string) string {
	s = strings.TrimRightFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return strings.ToLower(s[i+1:])
}

// scriptShare is the share of s's letters in one of the scripts (1 when
// s has no letters or scripts is nil).
func scriptShare(s string, scripts []*unicode.RangeTable) float64 {
	if scripts == nil {
		return 1
	}
	in, all := 0, 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		all++
		if unicode.IsOneOf(scripts, r) {
			in++
		}
	}
	if all == 0 {
		return 1
	}
	return float64(in) / float64(all)
}

func foreignShare(s string, foreign map[rune]bool) float64 {
	if len(foreign) == 0 {
		return 0
	}
	in, all := 0, 0
	for _, r := range s {
		if r < utf8.RuneSelf || !unicode.IsLetter(r) {
			continue
		}
		all++
		if foreign[r] {
			in++
		}
	}
	if all == 0 {
		return 0
	}
	return float64(in) / float64(all)
}

// copyShare is the share of src's words (3 letters or more, not numbers)
// found verbatim in tgt.
func copyShare(b *scratch, src, tgt string) float64 {
	b.wa = words(b.wa[:0], src)
	b.wb = words(b.wb[:0], tgt)
	n, found := 0, 0
	for _, w := range b.wa {
		if utf8.RuneCountInString(w) < 3 || !unicode.IsLetter([]rune(w)[0]) {
			continue
		}
		n++
		if slices.Contains(b.wb, w) {
			found++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(found) / float64(n)
}

// latinMiss is the share of src's Latin-script tokens (names, acronyms,
// URLs in an Arabic text) absent from tgt, ignoring case.
func latinMiss(src, tgt string) float64 {
	n, miss := 0, 0
	lt := ""
	for _, w := range strings.Fields(src) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if len(w) < 2 || !isLatinWord(w) {
			continue
		}
		if lt == "" {
			lt = strings.ToLower(tgt)
		}
		n++
		if !strings.Contains(lt, strings.ToLower(w)) {
			miss++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(miss) / float64(n)
}

func isLatinWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}
