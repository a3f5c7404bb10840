package glossary

// Audit tallies, over pairs of a source text and its translation, how the
// glossary's terms fared (tarjama glossary check).
type Audit struct {
	Pairs       int // pairs seen
	WithTerms   int // pairs whose source has a term
	Occurrences int // term occurrences in the sources
	Missing     int // pairs whose translation lacks a term's target
}

// Add verifies one pair with m (see Matcher.Verify), counts it and returns
// the occurrences whose target the translation lacks.
func (a *Audit) Add(m *Matcher, src, translated string) []Check {
	a.Pairs++
	checks := m.Verify(src, translated)
	if len(checks) == 0 {
		return nil
	}
	a.WithTerms++
	a.Occurrences += len(checks)
	var missing []Check
	for _, c := range checks {
		if c.Status == StatusMissing {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		a.Missing++
	}
	return missing
}
