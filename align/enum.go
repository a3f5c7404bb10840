package align

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Enumerations. Legal and administrative texts number the items of a list
// ("أ- … ب- … ج- …", "(a) … (b) …", "1. … 2. …"), and translators often
// put a list that one side writes on one line on several lines, one item
// each. The aligner recognises such markers so that a link joining one
// enumerating sentence to the sentences carrying its items can be wider
// than Options.MaxGroup (up to Options.EnumGroup) and costs less per
// merged item.

//go:embed data/markers.txt
var markersData string

// enumLabels maps a label to its (scheme, 1-based index) readings.
var enumLabels = func() map[string][]enumMark {
	m := map[string][]enumMark{}
	for _, line := range strings.Split(markersData, "\n") {
		if line = strings.TrimSpace(line); line == "" || line[0] == '#' {
			continue
		}
		name, labels, ok := strings.Cut(line, "\t")
		if !ok {
			panic("align: data/markers.txt: line without a tab: " + line)
		}
		scheme := uint8(len(schemeNames) + 1)
		schemeNames = append(schemeNames, name)
		for k, l := range strings.Fields(labels) {
			m[l] = append(m[l], enumMark{scheme: scheme, index: uint8(k + 1)})
		}
	}
	return m
}()

// schemeNames lists the schemes of data/markers.txt; scheme 0 is decimal.
var schemeNames []string

// enumMark is one reading of a marker: item index of a numbering scheme.
type enumMark struct{ scheme, index uint8 }

// enumInfo is what the aligner needs to know about a sentence's markers.
type enumInfo struct {
	run    uint8 // longest run of consecutive items (1, 2, 3 … of one scheme) inside the sentence
	starts bool  // the sentence begins with a marker
	first  uint8 // index of the marker the sentence begins with (0 if none)
}

// markerLabel reports whether tok (with the token after it, for "أ -") is
// an enumeration marker and returns its label.
func markerLabel(tok, next string) (string, bool) {
	open := strings.HasPrefix(tok, "(")
	if open {
		tok = tok[1:]
	}
	var label string
	switch {
	case open && strings.HasSuffix(tok, ")"):
		label = strings.TrimSuffix(tok, ")")
	case open:
		return "", false
	case strings.HasSuffix(tok, ")") || strings.HasSuffix(tok, "-") || strings.HasSuffix(tok, "–") ||
		strings.HasSuffix(tok, ".") || strings.HasSuffix(tok, ":"):
		_, size := utf8.DecodeLastRuneInString(tok)
		label = tok[:len(tok)-size]
	case next == "-" || next == "–":
		label = tok
	default:
		return "", false
	}
	return label, label != ""
}

// readings returns the schemes and indices a label can stand for.
func readings(label string) []enumMark {
	label = strings.Map(func(r rune) rune {
		if r == 'ـ' || unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, label)
	if n, ok := decimalLabel(label); ok {
		return []enumMark{{scheme: 0, index: n}}
	}
	return enumLabels[strings.ToLower(label)]
}

// decimalLabel reads 1–99 in ASCII or Arabic-Indic digits.
func decimalLabel(s string) (uint8, bool) {
	n, digits := 0, 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			n = n*10 + int(r-'0')
		case r >= '٠' && r <= '٩':
			n = n*10 + int(r-'٠')
		case r >= '۰' && r <= '۹':
			n = n*10 + int(r-'۰')
		default:
			return 0, false
		}
		digits++
	}
	if digits == 0 || digits > 2 || n == 0 {
		return 0, false
	}
	return uint8(n), true
}

// enumerate finds the markers of a sentence. A marker counts inside a
// sentence only as part of a run of consecutive items of one scheme, so a
// stray "3." or "a)" does not make a sentence an enumeration.
func enumerate(text string) (enumInfo, []enumMark) {
	return enumerateFields(strings.Fields(text))
}

// enumerateFields is enumerate on the text's fields (as strings.Fields
// splits them).
func enumerateFields(toks []string) (enumInfo, []enumMark) {
	var info enumInfo
	var marks []enumMark
	last := map[uint8]uint8{} // scheme → index of its last marker
	runs := map[uint8]uint8{}
	for k, tok := range toks {
		next := ""
		if k+1 < len(toks) {
			next = toks[k+1]
		}
		label, ok := markerLabel(tok, next)
		if !ok {
			continue
		}
		rs := readings(label)
		if len(rs) == 0 {
			continue
		}
		if k == 0 {
			info.starts, info.first = true, rs[0].index
		}
		for _, r := range rs {
			switch {
			case last[r.scheme] != 0 && r.index == last[r.scheme]+1:
				runs[r.scheme]++
			case r.index == 1:
				runs[r.scheme] = 1
			default:
				runs[r.scheme] = 0
				last[r.scheme] = 0
				continue
			}
			last[r.scheme] = r.index
			if runs[r.scheme] > info.run {
				info.run = runs[r.scheme]
			}
		}
		marks = append(marks, rs[0])
	}
	if info.run < 2 {
		// Only a run of items makes markers inside a sentence count.
		info.run = 0
		if info.starts {
			marks = marks[:1]
		} else {
			marks = nil
		}
	}
	return info, marks
}
