package clean

import (
	"strings"
	"unicode"
)

// Options configures cleaning.
type Options struct {
	// Lang is the document's language ("ar", "en", …). The Arabic spacing
	// rules run for "ar" and any language other than "en"; boilerplate rules
	// of both languages always apply, because Arabic pages carry English
	// widgets and the reverse.
	Lang string
	// KeepBoilerplate disables dropping lines; spacing and control-character
	// fixes still apply.
	KeepBoilerplate bool
	// ValidUTF8 promises that every line is valid UTF-8 (the caller checked),
	// so the Cleaner does not check again. Invalid bytes in a line then come
	// out as they went in instead of as U+FFFD.
	ValidUTF8 bool
}

// Result is a cleaned document.
type Result struct {
	// Lines has exactly one element per input line; a dropped line is "".
	Lines []string
	// Dropped lists the dropped lines in input order.
	Dropped []Drop
}

// Drop records a dropped line.
// The JSON tags give report.json its field names.
type Drop struct {
	Line int    `json:"line"` // 1-based input line number
	Rule string `json:"rule"` // the rule that dropped it (see the Rule constants)
	Text string `json:"text"` // the line as it was in the input
}

// Rule names, as they appear in Drop.Rule and report.json.
const (
	RuleRepeatedHeadline = "repeated-headline"
	RuleCommentForm      = "comment-form"
	RuleShare            = "share-buttons"
	RuleSubscribe        = "subscribe"
	RulePrint            = "print-button"
	RuleRelated          = "related-links"
	RuleCopyright        = "copyright"
	RuleAdvert           = "advertisement"
	RuleTags             = "tags"
)

// Document cleans a whole document given as lines (without line endings).
func Document(lines []string, opts Options) Result {
	c := NewCleaner(opts)
	res := Result{Lines: make([]string, len(lines))}
	for i, l := range lines {
		out, d, dropped := c.Line(l)
		res.Lines[i] = out
		if dropped {
			res.Dropped = append(res.Dropped, d)
		}
	}
	return res
}

// Cleaner applies the rules of Document to one line at a time, for callers
// that stream. Its memory is bounded: it remembers only the first few
// non-blank lines (headline candidates). Not safe for concurrent use.
type Cleaner struct {
	opts     Options
	arabic   bool
	line     int      // lines seen
	nonBlank int      // non-blank lines seen
	heads    []string // keys of the first headline-like lines
}

// headWindow is how many leading non-blank lines may repeat a headline.
const headWindow = 6

// NewCleaner returns a Cleaner for one document.
func NewCleaner(opts Options) *Cleaner {
	l := strings.ToLower(opts.Lang)
	return &Cleaner{opts: opts, arabic: l != "en" && !strings.HasPrefix(l, "en-")}
}

// Line cleans the next line of the document. It returns the cleaned line;
// when the line is dropped, out is "", dropped is true and d says why.
func (c *Cleaner) Line(line string) (out string, d Drop, dropped bool) {
	c.line++
	if c.Settled() {
		out, d, dropped = c.Clean(line, c.line)
		if out != "" || dropped {
			c.nonBlank++
		}
		return out, d, dropped
	}
	out = c.fix(line)
	if out == "" {
		return "", Drop{}, false
	}
	c.nonBlank++
	if c.opts.KeepBoilerplate {
		return out, Drop{}, false
	}
	if c.nonBlank > headWindow && strings.Count(out, " ") >= maxPhraseWords {
		// Too long for any rule: skip computing the key.
		return out, Drop{}, false
	}
	key := Key(out)
	if rule := boilerplateRule(key, out); rule != "" {
		return "", Drop{Line: c.line, Rule: rule, Text: line}, true
	}
	// Both copies must look like headlines: a body sentence that repeats
	// the title ("… بغداد.") is text, not a second headline.
	if c.nonBlank <= headWindow && headlineLike(key, out) {
		if c.repeatsHeadline(key) {
			return "", Drop{Line: c.line, Rule: RuleRepeatedHeadline, Text: line}, true
		}
		if len(c.heads) < 3 {
			c.heads = append(c.heads, key)
		}
	}
	return out, Drop{}, false
}

// Settled reports whether the Cleaner is past the leading lines that may
// repeat a headline. From then on its state no longer affects the result:
// Line(s) as line n gives what Clean(s, n) gives.
func (c *Cleaner) Settled() bool { return c.nonBlank >= headWindow }

// Lines returns the number of lines given to Line so far.
func (c *Cleaner) Lines() int { return c.line }

// Clean cleans line number n (1-based) of a document whose leading lines a
// Settled Cleaner has seen, without reading or changing the Cleaner's state:
// goroutines may call it concurrently, for lines in any order. Line
// counting is the caller's.
func (c *Cleaner) Clean(line string, n int) (out string, d Drop, dropped bool) {
	out = c.fix(line)
	if out == "" || c.opts.KeepBoilerplate || strings.Count(out, " ") >= maxPhraseWords {
		return out, Drop{}, false
	}
	if rule := boilerplateRule(Key(out), out); rule != "" {
		return "", Drop{Line: n, Rule: rule, Text: line}, true
	}
	return out, Drop{}, false
}

func (c *Cleaner) fix(line string) string {
	if c.opts.ValidUTF8 {
		return fixValid(line, c.arabic)
	}
	return FixLine(line, c.arabic)
}

// repeatsHeadline: the line equals an earlier leading line, or one of them
// is the other plus a " | Site name" suffix.
func (c *Cleaner) repeatsHeadline(key string) bool {
	if strings.Count(key, " ") < 1 {
		return false
	}
	core := titleCore(key)
	for _, h := range c.heads {
		if h == key || titleCore(h) == key || (core != key && core == h) || (core != key && core == titleCore(h)) {
			return true
		}
	}
	return false
}

// headlineLike: at least two words, at most 30, and no final period (a
// repeated first sentence of the body is not a headline).
func headlineLike(key, line string) bool {
	n := strings.Count(key, " ")
	return n >= 1 && n < 30 && !strings.HasSuffix(line, ".")
}

// titleCore strips a trailing " | site" or " - site" of at most six words.
func titleCore(key string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: "} {
		if i := strings.LastIndex(key, sep); i > 0 {
			if strings.Count(key[i+len(sep):], " ") < 6 {
				return strings.TrimSpace(key[:i])
			}
		}
	}
	return key
}

// Key is the comparison form of a line: lower case, white space collapsed,
// Arabic letter variants unified (أ إ آ → ا, ى → ي, ة → ه), diacritics and
// tatweel removed, surrounding punctuation and symbols trimmed.
func Key(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r < 0x80 {
			// ASCII fast path.
			if r == ' ' || (r >= '\t' && r <= '\r') {
				space = b.Len() > 0
				continue
			}
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(byte(r))
			continue
		}
		switch {
		case r >= 0x600 && r <= 0x6FF:
			// The Arabic block first: it holds no space and one format
			// character, and unicode.IsSpace's table search on every
			// letter was most of the cost of a line (Arabic has no case).
			switch {
			case r >= 0x64B && r <= 0x652, r == 0x670, r == 0x640, r == 0x061C:
				continue
			case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
				r = 'ا'
			case r == 'ى':
				r = 'ي'
			case r == 'ة':
				r = 'ه'
			}
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case isFormat(r):
			continue
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

// isFormat: bidi marks and embeddings, zero-width characters, BOM.
func isFormat(r rune) bool {
	switch {
	case r == 0x200B || r == 0x200C || r == 0x200D || r == 0x200E || r == 0x200F || r == 0x061C || r == 0xFEFF:
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// isBidiControl: characters that only set text direction.
func isBidiControl(r rune) bool {
	return r == 0x200E || r == 0x200F || r == 0x061C || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

func isArabicLetter(r rune) bool {
	return (r >= 0x621 && r <= 0x63A) || (r >= 0x641 && r <= 0x64A) || (r >= 0x671 && r <= 0x6D3) || r == 0x6D5 || (r >= 0x64B && r <= 0x652)
}
