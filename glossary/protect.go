package glossary

import (
	"html"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Markup says how the protected text will be read by the backend.
type Markup int

const (
	// MarkupText: the term's target is written in place of the Arabic
	// term, its words joined by hyphens (Ain al-Asad → Ain-al-Asad) so
	// that an engine reordering the sentence cannot move a word into the
	// middle of the name. Engines copy Latin-script words through Arabic
	// text (the embedded lexicon does so by contract); Restore turns the
	// joined form back into the target and checks it is there.
	MarkupText Markup = iota
	// MarkupHTML: the whole segment is HTML-escaped and each target is
	// wrapped in <span translate="no">…</span>, which HTML-capable engines
	// (Google, DeepL, Azure, the lexicon) leave untouched.
	MarkupHTML
)

// Check is the verdict on one source occurrence of a term.
type Check struct {
	Entry   *Entry
	Surface string // the occurrence as written in the source
	Status  string // StatusOK, StatusRepaired or StatusMissing
}

// Check statuses.
const (
	StatusOK       = "ok"       // the target is in the translation
	StatusRepaired = "repaired" // it was not quite, and Restore fixed it
	StatusMissing  = "missing"  // it is not, and could not be fixed
)

// Protected is a segment prepared for a backend by Matcher.Protect.
type Protected struct {
	// Text is what to send to the backend.
	Text string
	// Matches are the term occurrences found in the source, in order.
	Matches []Match
	markup  Markup
	forms   []string // MarkupText: what was written for each match
}

// Protect finds the glossary terms in text and replaces each with its
// target, so that no backend can mistranslate it.
//
// A clitic prefix keeps its meaning by becoming its own Arabic word(s)
// before the target: بالكاظمي → "ب al-Kadhimi", وللكاظمي → "و ل
// al-Kadhimi", والكاظمي → "و al-Kadhimi". The article is dropped, since
// the target carries its own; the prepositions and conjunctions stay, one
// letter per word, which engines (and the lexicon) translate as the
// function words they are. In MarkupHTML the rest of the text is escaped
// and each target wrapped in <span translate="no">.
func (m *Matcher) Protect(text string, f Markup) Protected {
	p := Protected{Matches: m.Find(text), markup: f}
	esc := func(s string) string { return s }
	if f == MarkupHTML {
		esc = html.EscapeString
	}
	var b strings.Builder
	last := 0
	for _, mt := range p.Matches {
		b.WriteString(esc(text[last:mt.Start]))
		if d := detachPrefix(mt.Prefix); d != "" {
			b.WriteString(d)
			b.WriteByte(' ')
		}
		if f == MarkupHTML {
			b.WriteString(`<span translate="no">`)
			b.WriteString(html.EscapeString(mt.Entry.Target))
			b.WriteString(`</span>`)
		} else {
			form := textForm(mt.Entry.Target)
			p.forms = append(p.forms, form)
			b.WriteString(form)
		}
		last = mt.End
	}
	b.WriteString(esc(text[last:]))
	p.Text = b.String()
	return p
}

// textForm joins a multi-word target's words with hyphens.
func textForm(target string) string {
	if f := strings.Fields(target); len(f) > 1 {
		return strings.Join(f, "-")
	}
	return target
}

// detachPrefix turns a clitic prefix into separate words: the conjunction
// (و ف) and the preposition or future particle (ب ك ل س), without the
// article or the article's ل of لل.
func detachPrefix(prefix string) string {
	if prefix == "" {
		return ""
	}
	n := Normalize(prefix)
	var words []string
	if r, size := utf8.DecodeRuneInString(n); r == 'و' || r == 'ف' {
		words = append(words, n[:size])
		n = n[size:]
	}
	if r, size := utf8.DecodeRuneInString(n); strings.ContainsRune("بكلس", r) && n != artAl {
		words = append(words, n[:size])
	}
	return strings.Join(words, " ")
}

// Restore turns the backend's translation of p.Text back into plain text
// and checks that every protected term's target is in it, in source order.
// A target that came back altered (a span's content changed, letter case
// or spacing mangled) is put right and reported "repaired"; one that is
// gone is reported "missing".
func (p Protected) Restore(translated string) (string, []Check) {
	out := translated
	var spanFixed []bool
	if p.markup == MarkupHTML {
		out, spanFixed = p.restoreHTML(translated)
	} else {
		done := map[string]bool{}
		for k, form := range p.forms {
			if t := p.Matches[k].Entry.Target; form != t && !done[form] {
				done[form] = true
				out = replaceWord(out, form, t)
			}
		}
	}
	out, checks := verify(p.Matches, out, true)
	for k := range checks {
		if k < len(spanFixed) && spanFixed[k] && checks[k].Status == StatusOK {
			checks[k].Status = StatusRepaired
		}
	}
	return out, checks
}

// replaceWord replaces the whole-word occurrences of old in s.
func replaceWord(s, old, repl string) string {
	var b strings.Builder
	last := 0
	for from := 0; ; {
		i := strings.Index(s[from:], old)
		if i < 0 {
			break
		}
		a, e := from+i, from+i+len(old)
		if wordBoundary(s, a, e) {
			b.WriteString(s[last:a])
			b.WriteString(repl)
			last = e
		}
		from = e
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// Verify checks, without changing anything, that the translation of src
// contains the target of every term occurrence in src.
func (m *Matcher) Verify(src, translated string) []Check {
	_, checks := verify(m.Find(src), translated, false)
	return checks
}

// restoreHTML strips the markup from an engine's HTML output and unescapes
// it. When it holds one protected span per term, each span's content is
// set back to its target; fixed[k] says it had to be.
func (p Protected) restoreHTML(s string) (string, []bool) {
	type span struct{ start, end int }
	var b strings.Builder
	var spans []span
	var stack []int // for each open span: index in spans, or -1
	for len(s) > 0 {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			b.WriteString(html.UnescapeString(s))
			break
		}
		gt := strings.IndexByte(s[lt:], '>')
		if gt < 0 {
			b.WriteString(html.UnescapeString(s))
			break
		}
		b.WriteString(html.UnescapeString(s[:lt]))
		tag := strings.ToLower(s[lt+1 : lt+gt])
		s = s[lt+gt+1:]
		switch {
		case strings.HasPrefix(tag, "span") && (len(tag) == 4 || tag[4] == ' ' || tag[4] == '\t' || tag[4] == '\n'):
			if isNoTranslate(tag) {
				stack = append(stack, len(spans))
				spans = append(spans, span{start: b.Len(), end: -1})
			} else {
				stack = append(stack, -1)
			}
		case strings.HasPrefix(tag, "/span"):
			if n := len(stack); n > 0 {
				if k := stack[n-1]; k >= 0 {
					spans[k].end = b.Len()
				}
				stack = stack[:n-1]
			}
		case strings.HasPrefix(tag, "br"):
			b.WriteByte(' ')
		}
	}
	out := b.String()
	fixed := make([]bool, len(p.Matches))
	if len(spans) == 0 && len(p.Matches) > 0 {
		// An engine that took the HTML for text escaped our markup: it is
		// now literal in the output. Take it out, if it is all there.
		lit := literalSpan.FindAllStringSubmatchIndex(out, -1)
		if len(lit) != len(p.Matches) {
			return out, nil
		}
		var rb strings.Builder
		last := 0
		for k, l := range lit {
			rb.WriteString(out[last:l[0]])
			rb.WriteString(p.Matches[k].Entry.Target)
			fixed[k] = true
			last = l[1]
		}
		rb.WriteString(out[last:])
		return rb.String(), fixed
	}
	if len(spans) != len(p.Matches) {
		return out, nil
	}
	var rb strings.Builder
	last := 0
	for k, sp := range spans {
		if sp.end < sp.start || sp.start < last {
			return out, nil
		}
		rb.WriteString(out[last:sp.start])
		content, want := out[sp.start:sp.end], p.Matches[k].Entry.Target
		if content != want {
			fixed[k] = true
			if strings.TrimSpace(content) == want {
				fixed[k] = false // only spacing around it changed
			}
			content = want
		}
		rb.WriteString(content)
		last = sp.end
	}
	rb.WriteString(out[last:])
	return rb.String(), fixed
}

// literalSpan is a protected span as text, after unescaping.
var literalSpan = regexp.MustCompile(`<span\s+translate\s*=\s*["']?no["']?\s*>([^<]*)</span\s*>`)

func isNoTranslate(tag string) bool {
	t := strings.ReplaceAll(strings.ReplaceAll(tag, `"`, ""), `'`, "")
	return strings.Contains(t, "translate=no") || strings.Contains(t, "notranslate")
}

// verify assigns occurrences of each match's target in out to the matches
// (longer targets first, so "Joe Biden" is not counted as "Biden"); with
// repair it then fixes near misses (letter case, spacing, hyphens).
func verify(matches []Match, out string, repair bool) (string, []Check) {
	if len(matches) == 0 {
		return out, nil
	}
	checks := make([]Check, len(matches))
	for k, mt := range matches {
		checks[k] = Check{Entry: mt.Entry, Surface: mt.Surface, Status: StatusMissing}
	}
	// Group match indices by target, longest target first.
	byTarget := map[string][]int{}
	var targets []string
	for k, mt := range matches {
		t := mt.Entry.Target
		if _, ok := byTarget[t]; !ok {
			targets = append(targets, t)
		}
		byTarget[t] = append(byTarget[t], k)
	}
	sort.SliceStable(targets, func(i, j int) bool { return len(targets[i]) > len(targets[j]) })
	var claimed [][2]int
	var owner []int // owner[j]: the match whose target claimed[j] is
	free := func(a, b int) bool {
		for _, c := range claimed {
			if a < c[1] && c[0] < b {
				return false
			}
		}
		return true
	}
	type fix struct {
		a, b    int
		with    string
		article bool // insert the article the text before a calls for
	}
	var fixes []fix
	var sk *skel // built on the first near-miss search
	for _, t := range targets {
		ks := byTarget[t]
		ignore := matches[ks[0]].Entry.IgnoreCase
		next := 0
		for _, occ := range findTarget(out, t, ignore) {
			if next == len(ks) {
				break
			}
			if free(occ[0], occ[1]) {
				claimed, owner = append(claimed, occ), append(owner, ks[next])
				checks[ks[next]].Status = StatusOK
				next++
			}
		}
		if !repair || next == len(ks) {
			continue
		}
		if sk == nil {
			sk = newSkel(out)
		}
		for _, occ := range findLoose(out, sk, t) {
			if next == len(ks) {
				break
			}
			if free(occ[0], occ[1]) {
				claimed, owner = append(claimed, occ), append(owner, ks[next])
				fixes = append(fixes, fix{a: occ[0], b: occ[1], with: t})
				checks[ks[next]].Status = StatusRepaired
				next++
			}
		}
	}
	if !repair {
		return out, checks
	}
	// The repairs, and "the" before targets that take it (see
	// data/articles.tsv). Claimed ranges never overlap, so all apply in
	// one pass, each article decided on the text written before it.
	for j, c := range claimed {
		if articles.wantsArticle(matches[owner[j]]) {
			fixes = append(fixes, fix{a: c[0], b: c[0], article: true})
		}
	}
	if len(fixes) == 0 {
		return out, checks
	}
	sort.Slice(fixes, func(i, j int) bool {
		if fixes[i].a != fixes[j].a {
			return fixes[i].a < fixes[j].a
		}
		return fixes[i].article // the article goes before the target's repair
	})
	var b strings.Builder
	last := 0
	for _, f := range fixes {
		b.WriteString(out[last:f.a])
		if f.article {
			f.with = articles.article(b.String())
		}
		b.WriteString(f.with)
		last = f.b
	}
	b.WriteString(out[last:])
	return b.String(), checks
}

// findTarget returns the occurrences of target in s standing as whole
// words. Letter case must match unless ignoreCase, except that a
// capitalised first letter at the start of a sentence is accepted.
func findTarget(s, target string, ignoreCase bool) [][2]int {
	if target == "" {
		return nil
	}
	var out [][2]int
	hay, needle := s, target
	if ignoreCase || hasLowerFirst(target) {
		hay, needle = foldCaseASCIIPreserving(s), foldCaseASCIIPreserving(target)
	}
	for from := 0; from <= len(hay)-len(needle); {
		i := strings.Index(hay[from:], needle)
		if i < 0 {
			break
		}
		a, b := from+i, from+i+len(needle)
		from = a + 1
		if !wordBoundary(s, a, b) {
			continue
		}
		got := s[a:b]
		if !ignoreCase && got != target && !(sentenceStart(s, a) && got == capitalize(target)) {
			continue
		}
		out = append(out, [2]int{a, b})
		from = b
	}
	return out
}

// skel is the letters and digits of a text, lower-cased, with the byte
// offset of each in the text.
type skel struct {
	runes []rune
	pos   []int
}

func newSkel(s string) *skel {
	k := &skel{}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			k.runes = append(k.runes, unicode.ToLower(r))
			k.pos = append(k.pos, i)
		}
	}
	return k
}

// findLoose finds spellings of target in s that differ only in letter
// case, spacing, hyphens or apostrophes, standing as whole words. k is
// newSkel(s).
func findLoose(s string, k *skel, target string) [][2]int {
	want := []rune(skeleton(target))
	if len(want) == 0 {
		return nil
	}
	var out [][2]int
	sk := k.runes
	for i := 0; i+len(want) <= len(sk); i++ {
		if sk[i] != want[0] || !equalRunes(sk[i:i+len(want)], want) {
			continue
		}
		a := k.pos[i]
		lastPos := k.pos[i+len(want)-1]
		_, size := utf8.DecodeRuneInString(s[lastPos:])
		b := lastPos + size
		if !wordBoundary(s, a, b) {
			continue
		}
		out = append(out, [2]int{a, b})
		i += len(want) - 1
	}
	return out
}

func equalRunes(a, b []rune) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func skeleton(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// foldCaseASCIIPreserving lower-cases s without changing byte offsets:
// only runes whose lower-case form has the same UTF-8 length change.
// Invalid UTF-8 is copied as it is.
func foldCaseASCIIPreserving(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); r != utf8.RuneError && l != r && utf8.RuneLen(l) == size {
			b = utf8.AppendRune(b, l)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}

func hasLowerFirst(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	u := unicode.ToUpper(r)
	if utf8.RuneLen(u) != size {
		return s
	}
	return string(u) + s[size:]
}

// sentenceStart reports whether only quotes, brackets and space separate
// offset a from the start of s or from sentence-ending punctuation.
func sentenceStart(s string, a int) bool {
	for a > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:a])
		switch {
		case unicode.IsSpace(r) || strings.ContainsRune("\"'“”‘’«»([-–—", r):
			a -= size
		case strings.ContainsRune(".!?:؟…", r):
			return true
		default:
			return false
		}
	}
	return true
}

// wordBoundary reports whether s[a:b] is not glued to a letter or digit
// of the same script (Arabic residue next to a Latin name does not make
// it another word).
func wordBoundary(s string, a, b int) bool {
	if a > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:a])
		f, _ := utf8.DecodeRuneInString(s[a:])
		if glued(r, f) {
			return false
		}
	}
	if b < len(s) {
		r, _ := utf8.DecodeRuneInString(s[b:])
		l, _ := utf8.DecodeLastRuneInString(s[:b])
		if glued(l, r) {
			return false
		}
	}
	return true
}

func glued(a, b rune) bool {
	return isWordRune(a) && isWordRune(b) && isArabic(a) == isArabic(b)
}

func isArabic(r rune) bool { return r == 0x0640 || unicode.Is(unicode.Arabic, r) }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
