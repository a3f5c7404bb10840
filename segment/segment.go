package segment

// Span is a sentence's byte range [Start, End) in the text it came from.
// Spans never include leading or trailing white space.
type Span struct {
	Start, End int
}
