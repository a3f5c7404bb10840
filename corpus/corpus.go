package corpus

// Pair is one aligned sentence pair (or group of sentences on either side).
type Pair struct {
	ID       string // "<doc>#<n>", n counting from 1 within the document
	Doc      string // document path relative to its input root, slash-separated
	SrcLang  string
	TgtLang  string
	Src      string
	Tgt      string
	Align    string  // "1-1", "2-1", … ; "" when unknown
	Score    float64 // alignment score in [0,1], meaningful when HasScore
	HasScore bool
	// QE is a quality estimate of the pair in [0,1] (higher: a better
	// translation pair), meaningful when HasQE; see package qe.
	QE      float64
	HasQE   bool
	Backend string // backend that produced Tgt, "" for human translations
	// Glossary lists the glossary terms found in Src and what became of them.
	Glossary []Term
}

// Term is one glossary occurrence in a pair's source.
type Term struct {
	Source string `json:"source"` // the entry's source term
	Target string `json:"target"` // the translation the entry requires
	Status string `json:"status"` // "ok", "repaired" or "missing"
}

// Misses returns the terms whose target is missing from the pair's target.
func (p Pair) Misses() []Term {
	var out []Term
	for _, t := range p.Glossary {
		if t.Status == "missing" {
			out = append(out, t)
		}
	}
	return out
}

// Writer is implemented by every corpus format writer. Writers stream:
// each Write goes out to the underlying io.Writer (buffered), Close flushes
// and writes any trailer; neither closes the underlying writer.
type Writer interface {
	Write(p Pair) error
	Close() error
}
