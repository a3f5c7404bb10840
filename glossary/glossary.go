package glossary

// Entry is one glossary term and its required translation.
type Entry struct {
	Source   string   // source-language term as written in the file
	Target   string   // the translation that must appear in the output
	Note     string   // free text
	Variants []string // extra source spellings
	// IgnoreCase: the target may appear in any letter case when verifying.
	IgnoreCase bool
	Line       int // 1-based line in the file it came from, 0 if none
}

// Glossary is an ordered list of entries for one language pair.
type Glossary struct {
	SrcLang, TgtLang string
	Entries          []Entry
}
