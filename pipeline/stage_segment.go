package pipeline

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tarjama/tarjama/segment"
)

// segmentStage splits each cleaned paragraph into sentences (cut under the
// segment limit) and makes the translation segments: one per sentence, or
// one per paragraph in paragraph mode when the paragraph fits the limit.
// A document without text is settled as empty.
func segmentStage(_ context.Context, d *docState) error {
	o := d.env.opts
	rep := &d.res.Report
	d.sents = make([][]string, len(d.lines))
	for i, para := range d.cleaned {
		if strings.TrimSpace(para) == "" {
			continue
		}
		rep.Paragraphs++
		for _, sp := range segment.Split(o.SrcLang, para) {
			for _, piece := range cutLong(para[sp.Start:sp.End], o.MaxSegmentChars) {
				d.sents[i] = append(d.sents[i], piece)
				rep.CharsIn += utf8.RuneCountInString(piece)
			}
		}
		rep.Sentences += len(d.sents[i])
		k := len(d.segs)
		if o.Unit == UnitParagraph && utf8.RuneCountInString(para) <= o.MaxSegmentChars {
			d.segs = append(d.segs, segRef{line: i, src: strings.Join(d.sents[i], " ")})
		} else {
			for _, s := range d.sents[i] {
				d.segs = append(d.segs, segRef{line: i, src: s})
			}
		}
		if len(d.segs) > k {
			d.groups = append(d.groups, segGroup{line: i, k: k, j: len(d.segs)})
		}
	}
	if len(d.segs) == 0 {
		reason := "no text to translate"
		if len(d.lines) == 1 && d.lines[0] == "" {
			reason = "empty file"
		}
		d.settle(StatusEmpty, reason)
	}
	return nil
}

// cutLong cuts a sentence longer than max code points at spaces (or
// anywhere, for a run without spaces), so no segment exceeds a request limit.
func cutLong(s string, max int) []string {
	if max <= 0 || utf8.RuneCountInString(s) <= max {
		return []string{s}
	}
	var out []string
	for len(s) > 0 {
		// Byte offset of the max-th rune; O(max) a piece, so a 10 MB line
		// is cut in linear time.
		end, n := 0, 0
		for end < len(s) && n < max {
			_, w := utf8.DecodeRuneInString(s[end:])
			end += w
			n++
		}
		if end == len(s) {
			out = append(out, s)
			break
		}
		cut := strings.LastIndexFunc(s[:end], unicode.IsSpace)
		if cut <= 0 {
			cut = end
		}
		if piece := strings.TrimSpace(s[:cut]); piece != "" {
			out = append(out, piece)
		}
		s = strings.TrimSpace(s[cut:])
	}
	return out
}
