package align

// Link joins source sentences Src to target sentences Tgt (0-based indices,
// ascending). Either side may be empty for an unlinked sentence.
type Link struct {
	Src, Tgt []int
	Score    float64
}
