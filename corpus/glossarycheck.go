package corpus

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/tarjama/tarjama/glossary"
)

// CheckGlossary reads every pair of r, verifies it with m (see
// [glossary.Audit.Add]) and lists on w each pair whose translation lacks
// a term's target: its ID (else "pair N", its number in r), the terms
// missing, then each side on a line of its own. It returns the tallies,
// and the first error of r or of ctx.
func CheckGlossary(ctx context.Context, r Reader, m *glossary.Matcher, w io.Writer) (glossary.Audit, error) {
	var audit glossary.Audit
	for ctx.Err() == nil {
		p, err := r.Read()
		if err == io.EOF {
			return audit, nil
		} else if err != nil {
			return audit, err
		}
		if missing := audit.Add(m, p.Src, p.Tgt); len(missing) > 0 {
			writeMissing(w, p, audit.Pairs, missing)
		}
	}
	return audit, ctx.Err()
}

func writeMissing(w io.Writer, p Pair, n int, missing []glossary.Check) {
	id, terms, line := p.ID, make([]string, len(missing)), func(s string) string { return strings.Join(strings.Fields(s), " ") }
	if id == "" {
		id = fmt.Sprintf("pair %d", n)
	}
	for i, c := range missing {
		terms[i] = fmt.Sprintf("%s → %s", c.Surface, c.Entry.Target)
	}
	fmt.Fprintf(w, "%s\tmissing: %s\n\t%s: %s\n\t%s: %s\n", id, strings.Join(terms, "; "), p.SrcLang, line(p.Src), p.TgtLang, line(p.Tgt))
}
