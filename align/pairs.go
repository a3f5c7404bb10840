package align

import (
	"math"
	"strconv"
	"strings"

	"github.com/tarjama/tarjama/corpus"
)

// PairOptions tells [Pairs] how to turn links into corpus pairs.
type PairOptions struct {
	Doc              string // Pair.Doc; IDs are "<Doc>#<n>", n from 1
	SrcLang, TgtLang string
	// MinScore leaves out links scoring below it (0: none).
	MinScore float64
	// RoundScore rounds scores to two decimals, as vecalign output prints
	// them.
	RoundScore bool
}

// Separator is what joins the sentences of one side of a link: nothing
// for languages written without spaces (zh, ja), a space otherwise.
func Separator(lang string) string {
	switch corpus.PrimaryLang(lang) {
	case "zh", "ja":
		return ""
	}
	return " "
}

// Pairs returns one pair per link with sentences on both sides and a
// score of at least o.MinScore: each side's sentences trimmed and joined
// with [Separator], Align "n-m", the link's score.
func Pairs(links []Link, src, tgt []string, o PairOptions) []corpus.Pair {
	var out []corpus.Pair
	for _, l := range links {
		if len(l.Src) == 0 || len(l.Tgt) == 0 || l.Score < o.MinScore {
			continue
		}
		score := l.Score
		if o.RoundScore {
			score = math.Round(score*100) / 100
		}
		n := len(out) + 1
		out = append(out, corpus.Pair{
			ID: o.Doc + "#" + strconv.Itoa(n), Doc: o.Doc, SrcLang: o.SrcLang, TgtLang: o.TgtLang,
			Src: join(src, l.Src, Separator(o.SrcLang)), Tgt: join(tgt, l.Tgt, Separator(o.TgtLang)),
			Align: strconv.Itoa(len(l.Src)) + "-" + strconv.Itoa(len(l.Tgt)),
			Score: score, HasScore: true,
		})
	}
	return out
}

func join(sents []string, ids []int, sep string) string {
	parts := make([]string, len(ids))
	for k, i := range ids {
		parts[k] = strings.TrimSpace(sents[i])
	}
	return strings.Join(parts, sep)
}

// DocScore is a document's alignment score: the share of its n source and
// m target sentences that are linked, each link weighted by its score.
// It also returns the links with both sides and the unlinked sentences.
func DocScore(links []Link, n, m int) (score float64, linked, unlinked int) {
	var weighted float64
	for _, l := range links {
		if len(l.Src) > 0 && len(l.Tgt) > 0 {
			linked++
			weighted += l.Score * float64(len(l.Src)+len(l.Tgt))
		} else {
			unlinked += len(l.Src) + len(l.Tgt)
		}
	}
	if n+m > 0 {
		score = weighted / float64(n+m)
	}
	return score, linked, unlinked
}

// FilterLinks turns links scoring below min into unlinked sentences, so
// that the links still cover every sentence.
func FilterLinks(links []Link, min float64) []Link {
	if min <= 0 {
		return links
	}
	out := make([]Link, 0, len(links))
	for _, l := range links {
		if l.Score >= min || len(l.Src) == 0 || len(l.Tgt) == 0 {
			out = append(out, l)
			continue
		}
		for _, i := range l.Src {
			out = append(out, Link{Src: []int{i}})
		}
		for _, j := range l.Tgt {
			out = append(out, Link{Tgt: []int{j}})
		}
	}
	return out
}
