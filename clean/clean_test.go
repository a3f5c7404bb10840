package clean

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/tarjama/tarjama/internal/golden"
)

func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.TrimSuffix(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n")
	return strings.Split(s, "\n")
}

const sample = "../samples/articles/biden-kadhimi.txt"

func TestSampleArticle(t *testing.T) {
	lines := readLines(t, sample)
	res := Document(lines, Options{Lang: "ar"})
	if len(res.Lines) != len(lines) {
		t.Fatalf("got %d lines, want %d (one per input line)", len(res.Lines), len(lines))
	}
	want := []struct {
		line int
		rule string
	}{{3, RuleRepeatedHeadline}, {35, RuleCommentForm}, {37, RuleCommentForm}}
	if len(res.Dropped) != len(want) {
		t.Fatalf("dropped %+v, want lines 3, 35, 37", res.Dropped)
	}
	for i, w := range want {
		d := res.Dropped[i]
		if d.Line != w.line || d.Rule != w.rule || d.Text != lines[w.line-1] {
			t.Errorf("drop %d = %+v, want line %d rule %s with the original text", i, d, w.line, w.rule)
		}
		if res.Lines[w.line-1] != "" {
			t.Errorf("dropped line %d is %q, want \"\"", w.line, res.Lines[w.line-1])
		}
	}
	if res.Lines[0] == "" {
		t.Error("the first copy of the headline was dropped")
	}
	if !strings.Contains(res.Lines[4], "الأمريكية، مع") || strings.Contains(res.Lines[4], " ،") {
		t.Errorf("line 5 spacing not fixed: %q", res.Lines[4])
	}
	// No word changes: the words of every kept line are the input's words.
	for i, l := range res.Lines {
		if l != "" && strings.Join(strings.Fields(strings.ReplaceAll(l, "،", " ، ")), " ") != strings.Join(strings.Fields(strings.ReplaceAll(lines[i], "،", " ، ")), " ") {
			t.Errorf("line %d words changed:\n in %q\nout %q", i+1, lines[i], l)
		}
	}
}

func TestSampleGolden(t *testing.T) {
	lines := readLines(t, sample)
	res := Document(lines, Options{Lang: "ar"})
	var b strings.Builder
	for i, l := range res.Lines {
		fmt.Fprintf(&b, "%d\t%s\n", i+1, l)
	}
	b.WriteString("-- dropped\n")
	for _, d := range res.Dropped {
		fmt.Fprintf(&b, "%d\t%s\t%s\n", d.Line, d.Rule, d.Text)
	}
	golden.Check(t, filepath.Join("testdata", "biden-kadhimi.golden"), []byte(b.String()))
}

func TestKeepBoilerplate(t *testing.T) {
	lines := readLines(t, sample)
	res := Document(lines, Options{Lang: "ar", KeepBoilerplate: true})
	if len(res.Dropped) != 0 {
		t.Errorf("KeepBoilerplate dropped %+v", res.Dropped)
	}
	if res.Lines[2] == "" || res.Lines[34] != "Leave a Reply" {
		t.Errorf("kept lines changed: %q, %q", res.Lines[2], res.Lines[34])
	}
	if !strings.Contains(res.Lines[4], "الأمريكية، مع") {
		t.Errorf("spacing fixes must still apply: %q", res.Lines[4])
	}
}

func TestBoilerplate(t *testing.T) {
	drop := []struct{ line, rule string }{
		{"Leave a Reply", RuleCommentForm},
		{"Leave a Comment", RuleCommentForm},
		{"Leave a Reply to John Smith Cancel reply", RuleCommentForm},
		{"اترك رداً على أحمد إلغاء الرد", RuleCommentForm},
		{"مشاركة الخبر على فيسبوك وتويتر", RuleShare},
		{"Share on Facebook and Twitter", RuleShare},
		{"Your email address will not be published. Required fields are marked *", RuleCommentForm},
		{"Required fields are marked *", RuleCommentForm},
		{"Comment *", RuleCommentForm},
		{"Save my name, email, and website in this browser for the next time I comment.", RuleCommentForm},
		{"اترك تعليقاً", RuleCommentForm},
		{"اترك تعليقا", RuleCommentForm},
		{"اترك رداً", RuleCommentForm},
		{"أضف تعليق", RuleCommentForm},
		{"لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", RuleCommentForm},
		{"لن يتم نشر عنوان بريدك الإلكتروني.", RuleCommentForm},
		{"Share", RuleShare},
		{"Share this article", RuleShare},
		{"Facebook Twitter WhatsApp Email", RuleShare},
		{"Facebook | Twitter | LinkedIn", RuleShare},
		{"شارك", RuleShare},
		{"شارك المقال", RuleShare},
		{"فيسبوك تويتر واتساب", RuleShare},
		{"Subscribe to our newsletter", RuleSubscribe},
		{"اشترك في النشرة البريدية", RuleSubscribe},
		{"تابعونا على", RuleSubscribe},
		{"Print", RulePrint},
		{"طباعة", RulePrint},
		{"Read also", RuleRelated},
		{"Read more:", RuleRelated},
		{"اقرأ أيضا", RuleRelated},
		{"اقرأ أيضاً: الكاظمي يزور واشنطن الأسبوع المقبل", RuleRelated},
		{"إقرأ أيضا:", RuleRelated},
		{"مواضيع ذات صلة", RuleRelated},
		{"© 2021 Al Jazeera Media Network. All rights reserved.", RuleCopyright},
		{"جميع الحقوق محفوظة © 2021", RuleCopyright},
		{"Advertisement", RuleAdvert},
		{"إعلان", RuleAdvert},
		{"Tags: Iraq, Biden, Kadhimi", RuleTags},
		{"الوسوم: العراق، بايدن", RuleTags},
		{"3 Comments", RuleCommentForm},
		{"Comments (12)", RuleCommentForm},
		{"5 تعليقات", RuleCommentForm},
		{"Click here to read the full story", RuleRelated},
		{"اضغط هنا لمتابعة آخر الأخبار", RuleRelated},
	}
	for _, c := range drop {
		res := Document([]string{c.line}, Options{Lang: "ar"})
		if len(res.Dropped) != 1 || res.Dropped[0].Rule != c.rule || res.Lines[0] != "" {
			t.Errorf("%q: got %+v, want dropped by %s", c.line, res.Dropped, c.rule)
		}
	}
	keep := []string{
		"شارك الخبر على نطاق واسع في وسائل الإعلام",
		"Share on average rose by three percent in the quarter after the deal.",
		"شارك آلاف المتظاهرين في المسيرة التي انطلقت من ساحة التحرير.",
		"Share prices rose sharply on Monday after the announcement.",
		"قال إن التعليقات التي نشرها الوزير أثارت جدلاً واسعاً.",
		"The print edition of the newspaper will close next month.",
		"اقرأ الاتفاق جيداً قبل التوقيع عليه، قال المحامي للصحفيين في مؤتمر صحفي عقد في بغداد مساء أمس بعد انتهاء الاجتماع الذي استمر ساعات طويلة وناقش قضايا عديدة.",
		"Follow the money, the investigators said.",
		"*",
		"3 قتلى",
		"The comments were published on Monday by the ministry.",
	}
	for _, l := range keep {
		res := Document([]string{l}, Options{Lang: "ar"})
		if len(res.Dropped) != 0 || res.Lines[0] == "" {
			t.Errorf("%q: dropped %+v, want kept", l, res.Dropped)
		}
	}
}

func TestRepeatedHeadline(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		drop  []int
	}{
		{"exact", []string{"Title of the story", "", "Title of the story", "Body."}, []int{3}},
		{"spacing", []string{"عنوان  الخبر  هنا", "عنوان الخبر هنا", "نص."}, []int{2}},
		{"site-suffix-first", []string{"عنوان الخبر هنا | الجزيرة نت", "عنوان الخبر هنا", "نص."}, []int{2}},
		{"site-suffix-second", []string{"عنوان الخبر هنا", "عنوان الخبر هنا - الجزيرة", "نص."}, []int{2}},
		{"alef-variants", []string{"إيران تعلن أمراً", "ايران تعلن امرا", "نص."}, []int{2}},
		{"one-word-not-a-headline", []string{"Iraq", "Iraq", "Body."}, nil},
		{"outside-window", []string{"Title of the story", "a.", "b.", "c.", "d.", "e.", "f.", "Title of the story"}, nil},
		{"different", []string{"Title one here", "Title two here", "Body."}, nil},
		{"body-sentence-repeating-title", []string{"الرئيس يزور بغداد", "الرئيس يزور بغداد.", "نص."}, nil},
		{"repeated-body-sentence", []string{"Title here", "First sentence here.", "First sentence here."}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Document(c.lines, Options{Lang: "ar"})
			var got []int
			for _, d := range res.Dropped {
				if d.Rule != RuleRepeatedHeadline {
					t.Errorf("unexpected rule %s", d.Rule)
				}
				got = append(got, d.Line)
			}
			if !reflect.DeepEqual(got, c.drop) {
				t.Errorf("dropped lines %v, want %v", got, c.drop)
			}
		})
	}
}

func TestFixLine(t *testing.T) {
	cases := []struct{ in, want string }{
		{"الأمريكية ، مع", "الأمريكية، مع"},
		{"الأمريكية،مع", "الأمريكية، مع"},
		{"الأسعار ؛ فتراجع", "الأسعار؛ فتراجع"},
		{"هل وصل ؟ نعم", "هل وصل؟ نعم"},
		{"لماذا؟قال", "لماذا؟ قال"},
		{"حرية تنقل الاشخاص .", "حرية تنقل الاشخاص."},
		{"قال المتحدث : الوضع مستقر", "قال المتحدث: الوضع مستقر"},
		{"انتظرنا ...", "انتظرنا ..."},
		{"1،5 مليون", "1،5 مليون"},
		{"  نص   بمسافات\tكثيرة  ", "نص بمسافات كثيرة"},
		{"\ufeffبداية النص", "بداية النص"},
		{"\u200fنص عربي\u200f", "نص عربي"},
		{"كلمة \u200fLatin\u200f كلمة", "كلمة \u200fLatin\u200f كلمة"},
		{"نهاية.\u200bبداية", "نهاية. بداية"},
		{"كلمة \u200b كلمة", "كلمة كلمة"},
		{"نص\u00a0بمسافة", "نص بمسافة"},
		{"plain ascii line", "plain ascii line"},
		{"English , here .", "English , here ."},
	}
	for _, c := range cases {
		if got := FixLine(c.in, true); got != c.want {
			t.Errorf("FixLine(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := FixLine("الأمريكية ، مع", false); got != "الأمريكية ، مع" {
		t.Errorf("non-Arabic FixLine changed Arabic spacing: %q", got)
	}
}

func TestCleanerMatchesDocument(t *testing.T) {
	lines := readLines(t, sample)
	res := Document(lines, Options{Lang: "ar"})
	c := NewCleaner(Options{Lang: "ar"})
	var drops []Drop
	for i, l := range lines {
		out, d, dropped := c.Line(l)
		if out != res.Lines[i] {
			t.Errorf("line %d: streaming %q, Document %q", i+1, out, res.Lines[i])
		}
		if dropped {
			drops = append(drops, d)
		}
	}
	if !reflect.DeepEqual(drops, res.Dropped) {
		t.Errorf("streaming drops %+v, Document %+v", drops, res.Dropped)
	}
}

// visible is the text without white space and invisible format characters:
// what FixLine must never change.
func visible(s string) string {
	var b strings.Builder
	for _, r := range s {
		if !unicode.IsSpace(r) && !isFormat(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func FuzzFixLine(f *testing.F) {
	for _, s := range []string{"الأمريكية ، مع", "لماذا؟قال", "نهاية.\u200bبداية", "\u200f x \u200f", " . ، ؛ ؟ :", "a  b\tc"} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, arabic bool) {
		if !utf8.ValidString(s) {
			return
		}
		out := FixLine(s, arabic)
		if visible(out) != visible(s) {
			t.Fatalf("FixLine changed visible text: %q -> %q", s, out)
		}
		if again := FixLine(out, arabic); again != out {
			t.Fatalf("FixLine not idempotent: %q -> %q -> %q", s, out, again)
		}
		if strings.TrimSpace(out) != out || strings.Contains(out, "  ") {
			t.Fatalf("FixLine left untrimmed or double spaces: %q", out)
		}
	})
}

// FuzzFixLineFastPath: the byte-level fast path never skips a change the
// rune path would make.
func FuzzFixLineFastPath(f *testing.F) {
	for _, s := range []string{"الأمريكية ، مع", "لماذا؟قال", "نهاية.\u200bبداية", "\u200f x \u200f", " . ، ؛ ؟ :", "a  b\tc", "a\u00a0b", "x\u3000y", "\ufeffz", "a\u2028b", "ok"} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, arabic bool) {
		if s == "" {
			return
		}
		if got, want := FixLine(s, arabic), fixLineRunes(s, arabic); got != want {
			t.Fatalf("FixLine(%q, %v) = %q, rune path %q", s, arabic, got, want)
		}
	})
}

func BenchmarkDocument(b *testing.B) {
	line := "أعلن مكتب الرئيس الأمريكي ، أن رئيس الوزراء سيزور واشنطن. وقال البيت الأبيض إن الاجتماع مهم."
	lines := make([]string, 10000)
	n := 0
	for i := range lines {
		lines[i] = line
		n += len(line) + 1
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		Document(lines, Options{Lang: "ar"})
	}
}

// keyReference is Key as it was before the Arabic-block fast path: every
// rune through unicode.IsSpace first.
func keyReference(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r >= 0x64B && r <= 0x652, r == 0x670, r == 0x640:
			continue
		case isFormat(r):
			continue
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		case r >= 0x600 && r <= 0x6FF:
		default:
			r = unicode.ToLower(r)
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return strings.TrimFunc(b.String(), func(r rune) bool {
		return unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r)
	})
}

// FuzzKeyFastPath: Key's fast paths (ASCII, the Arabic block) give what
// the rune-by-rune definition gives.
func FuzzKeyFastPath(f *testing.F) {
	for _, s := range []string{"اقرأ أيضاً:", "إقرأ ايضا", "ٱلله", "مدرسةٌ ى", "Read MORE\u00a0»", "\u061cتابعونا\u200f", "ـــ؟ ٠١٢", "Ä Ö ﻻ", "\u0600\u06dd \u06dd"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Key(s), keyReference(s); got != want {
			t.Fatalf("Key(%q) = %q, reference %q", s, got, want)
		}
	})
}

// BenchmarkKeyArabic: the key of a 25-word Arabic sentence, as the
// boilerplate check computes it for every line under 30 words.
func BenchmarkKeyArabic(b *testing.B) {
	s := "أعلن مكتب الرئيس الأمريكي، أن رئيس الوزراء سيزور واشنطن الأسبوع المقبل لبحث العلاقات الثنائية والتعاون الاقتصادي بين البلدين في إطار الاتفاقية الموقعة."
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Key(s)
	}
}

// TestSymbolPrefixes: boilerplateRule compares the untrimmed line only
// when it starts with punctuation or a symbol, which holds because every
// prefix that is not compared on the key starts with one.
func TestSymbolPrefixes(t *testing.T) {
	n := 0
	for _, r := range phraseRules {
		for _, p := range r.symPrefix {
			n++
			if !startsWithSymbol(p) {
				t.Errorf("%s: prefix %q starts with neither punctuation nor a symbol", r.rule, p)
			}
		}
	}
	if n == 0 {
		t.Fatal("no symbol prefixes: the copyright rule's © lost")
	}
	for i, c := range []struct {
		line string
		drop bool
	}{
		{"© 2024 جميع الحقوق محفوظة", true},
		{"  \u200f© وكالة الأنباء", true},
		{"(C) Copyright 2023 News Ltd", true},
		{"ـ© 2021", true},
		{"حقوق النشر © 2020", true},
		{"قال الوزير إن الحكومة © ستعلن", false},
		{"copyright law changed in 2020 for many reasons and people", false},
	} {
		key := Key(c.line)
		if got := boilerplateRule(key, c.line) != ""; got != c.drop {
			t.Errorf("%d: %q dropped %v, want %v", i+1, c.line, got, c.drop)
		}
	}
}

// BenchmarkCleanParagraph: a settled Cleaner's Clean of a 1 KB Arabic
// paragraph of eight sentences joined by runs of two spaces (sentences with
// a trailing space joined with one more, as in the news-commentary
// paragraphs `tarjama segment` is measured on), on input known to be UTF-8
// as the segment command gives it.
func BenchmarkCleanParagraph(b *testing.B) {
	s := strings.Repeat("أعلن مكتب الرئيس الأمريكي، أن رئيس الوزراء سيزور واشنطن الأسبوع المقبل لبحث العلاقات الثنائية.  ", 8)
	s = strings.TrimSpace(s)
	cl := NewCleaner(Options{Lang: "ar", ValidUTF8: true})
	for i := range 10 {
		cl.Clean(s, i+1)
	}
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		cl.Clean(s, 11)
	}
}

// TestIndexDoubleSpace: the word-at-a-time search is strings.Index(s, "  ")
// for a run at every position around the 8-byte steps and in the tail.
func TestIndexDoubleSpace(t *testing.T) {
	for n := 0; n <= 27; n++ {
		for k := -1; k < n-1; k++ {
			b := []byte(strings.Repeat("ب", n)[:n]) // cut runes are fine: bytes only
			for i := range b {
				if b[i] == ' ' {
					b[i] = 'x'
				}
			}
			if k >= 0 {
				b[k], b[k+1] = ' ', ' '
			}
			if k >= 2 {
				b[k-2] = ' ' // a lone space before the run
			}
			s := string(b)
			if got, want := indexDoubleSpace(s), strings.Index(s, "  "); got != want {
				t.Errorf("indexDoubleSpace(%q) = %d, want %d", s, got, want)
			}
		}
	}
}

func FuzzIndexDoubleSpace(f *testing.F) {
	for _, s := range []string{"", " ", "  ", "a  b", "abcdefgh  ", "abcdefg  h", "\xa0 \x20\x20", "ا ب  ج"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := indexDoubleSpace(s), strings.Index(s, "  "); got != want {
			t.Fatalf("indexDoubleSpace(%q) = %d, want %d", s, got, want)
		}
	})
}
