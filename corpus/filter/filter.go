package filter

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/tarjama/tarjama/corpus"
)

// Dedup chooses how duplicates are found.
type Dedup string

// Dedup modes. Normalized also removes exact duplicates.
const (
	DedupNone       Dedup = "none"
	DedupExact      Dedup = "exact"
	DedupNormalized Dedup = "normalized"
	// DedupNear compares NearKey of the side(s) DedupOn names: a pair is a
	// near duplicate of a kept pair when they agree after Normalize,
	// Persian/Urdu letter folds and with every number made the same.
	DedupNear Dedup = "near"
)

// DedupOn names the side(s) deduplication compares.
type DedupOn string

// The sides; "" means pair.
const (
	OnPair DedupOn = "pair"
	OnSrc  DedupOn = "src"
	OnTgt  DedupOn = "tgt"
)

// Options configure a [Filter]. The zero value keeps every pair and puts it
// in the train part; [DefaultOptions] is what `tarjama export` uses.
type Options struct {
	Dedup Dedup `json:"dedup"`
	// DedupOn is the side exact, normalized and near deduplication compare
	// (src, tgt or pair; "" = pair).
	DedupOn DedupOn `json:"dedup_on,omitempty"`
	// MinTokens and MaxTokens bound each side's length in
	// whitespace-separated tokens; 0 means no bound.
	MinTokens int `json:"min_tokens"`
	MaxTokens int `json:"max_tokens"`
	// MaxRatio bounds longer/shorter side length in tokens; 0 turns it off.
	MaxRatio float64 `json:"max_ratio"`
	// ScriptCheck requires MinScriptShare of each side's letters to be in
	// the scripts of its language (see Scripts).
	ScriptCheck    bool    `json:"script_check"`
	MinScriptShare float64 `json:"min_script_share"`
	// MinScore removes pairs whose alignment score is below it; pairs
	// without a score are kept. 0 turns it off.
	MinScore float64 `json:"min_score"`
	// DropGlossaryMiss removes pairs where a glossary term is missing.
	DropGlossaryMiss bool `json:"drop_glossary_miss"`
	// Split holds the train, dev and test shares (they need not sum to 1;
	// they are normalized). All zero means everything goes to train.
	Split [3]float64 `json:"split"`
	// Seed varies the document split.
	Seed uint64 `json:"seed"`
}

// DefaultOptions returns the defaults of `tarjama export`: normalized
// dedup, 1–250 tokens a side, ratio ≤ 3, script share ≥ 0.5, glossary
// misses dropped, split 0.9/0.05/0.05 with seed 1.
func DefaultOptions() Options {
	return Options{
		Dedup: DedupNormalized, MinTokens: 1, MaxTokens: 250, MaxRatio: 3,
		ScriptCheck: true, MinScriptShare: 0.5, DropGlossaryMiss: true,
		Split: [3]float64{0.9, 0.05, 0.05}, Seed: 1,
	}
}

// Validate reports options that cannot work.
func (o Options) Validate() error {
	switch o.Dedup {
	case "", DedupNone, DedupExact, DedupNormalized, DedupNear:
	default:
		return fmt.Errorf("dedup %q: want none, exact, normalized or near", o.Dedup)
	}
	switch o.DedupOn {
	case "", OnPair, OnSrc, OnTgt:
	default:
		return fmt.Errorf("dedup-on %q: want src, tgt or pair", o.DedupOn)
	}
	if o.MinTokens < 0 || o.MaxTokens < 0 {
		return errors.New("token bounds cannot be negative")
	}
	if o.MaxTokens > 0 && o.MinTokens > o.MaxTokens {
		return fmt.Errorf("min length %d is above max length %d", o.MinTokens, o.MaxTokens)
	}
	if o.MaxRatio != 0 && !(o.MaxRatio >= 1) {
		return fmt.Errorf("length ratio %v: want 0 (off) or at least 1", o.MaxRatio)
	}
	if !(o.MinScriptShare >= 0 && o.MinScriptShare <= 1) {
		return fmt.Errorf("script share %v: want a number in [0,1]", o.MinScriptShare)
	}
	if math.IsNaN(o.MinScore) {
		return errors.New("min score is NaN")
	}
	for _, r := range o.Split {
		if !(r >= 0) || math.IsInf(r, 0) {
			return fmt.Errorf("split %v: shares must be non-negative numbers", o.Split)
		}
	}
	return nil
}

// ParseSplit parses "train,dev,test" shares such as "0.9,0.05,0.05";
// "0.9,0.1" leaves test empty, "1" keeps everything in train. The shares
// must sum to 1 (±0.001) or to 100 (percentages).
func ParseSplit(s string) ([3]float64, error) {
	var out [3]float64
	fields := strings.Split(s, ",")
	if len(fields) > 3 {
		return out, fmt.Errorf("split %q: at most three shares (train,dev,test)", s)
	}
	sum := 0.0
	for i, f := range fields {
		v, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
		if err != nil || v < 0 || math.IsInf(v, 0) || math.IsNaN(v) {
			return out, fmt.Errorf("split %q: %q is not a non-negative number", s, f)
		}
		out[i] = v
		sum += v
	}
	switch {
	case math.Abs(sum-1) <= 1e-3:
	case math.Abs(sum-100) <= 1e-1:
		for i := range out {
			out[i] /= 100
		}
	default:
		return out, fmt.Errorf("split %q: shares sum to %v, want 1 (or 100)", s, sum)
	}
	return out, nil
}

// Part is one side of the split.
type Part int

// The parts, in file-name order.
const (
	Train Part = iota
	Dev
	Test
)

// Parts lists every part.
var Parts = []Part{Train, Dev, Test}

func (p Part) String() string {
	switch p {
	case Train:
		return "train"
	case Dev:
		return "dev"
	case Test:
		return "test"
	}
	return "part" + strconv.Itoa(int(p))
}

// Reason names why a pair was removed; "" means kept. The values are the
// JSON keys of [Removed].
type Reason string

// The reasons, in the order the checks run.
const (
	Kept          Reason = ""
	TooShort      Reason = "too_short"
	TooLong       Reason = "too_long"
	LengthRatio   Reason = "length_ratio"
	WrongScript   Reason = "script"
	LowScore      Reason = "low_score"
	GlossaryMiss  Reason = "glossary_miss"
	ExactDup      Reason = "exact_duplicate"
	NormalizedDup Reason = "normalized_duplicate"
	NearDup       Reason = "near_duplicate"
)

// Removed counts the pairs each check removed.
type Removed struct {
	TooShort      int `json:"too_short"`
	TooLong       int `json:"too_long"`
	LengthRatio   int `json:"length_ratio"`
	Script        int `json:"script"`
	LowScore      int `json:"low_score"`
	GlossaryMiss  int `json:"glossary_miss"`
	ExactDup      int `json:"exact_duplicate"`
	NormalizedDup int `json:"normalized_duplicate"`
	NearDup       int `json:"near_duplicate,omitempty"`
}

func (r *Removed) counter(reason Reason) *int {
	switch reason {
	case TooShort:
		return &r.TooShort
	case TooLong:
		return &r.TooLong
	case LengthRatio:
		return &r.LengthRatio
	case WrongScript:
		return &r.Script
	case LowScore:
		return &r.LowScore
	case GlossaryMiss:
		return &r.GlossaryMiss
	case ExactDup:
		return &r.ExactDup
	case NormalizedDup:
		return &r.NormalizedDup
	case NearDup:
		return &r.NearDup
	}
	return nil
}

// Total is the number of pairs removed.
func (r Removed) Total() int {
	return r.TooShort + r.TooLong + r.LengthRatio + r.Script + r.LowScore + r.GlossaryMiss + r.ExactDup + r.NormalizedDup + r.NearDup
}

// PartSummary counts what went into one part.
type PartSummary struct {
	Pairs int `json:"pairs"`
	Docs  int `json:"docs"`
}

// Summary is what a Filter did, shaped for report.json.
type Summary struct {
	Read    int         `json:"read"`
	Kept    int         `json:"kept"`
	Removed Removed     `json:"removed"`
	Train   PartSummary `json:"train"`
	Dev     PartSummary `json:"dev"`
	Test    PartSummary `json:"test"`
}

// Part returns the counts of part p.
func (s *Summary) Part(p Part) *PartSummary {
	switch p {
	case Dev:
		return &s.Dev
	case Test:
		return &s.Test
	}
	return &s.Train
}

// WriteText prints the summary as a small table for people.
func (s Summary) WriteText(w io.Writer) error {
	pct := func(n int) string {
		if s.Read == 0 {
			return ""
		}
		return fmt.Sprintf("%5.1f%%", 100*float64(n)/float64(s.Read))
	}
	var b strings.Builder
	row := func(label string, n int, extra string) {
		fmt.Fprintf(&b, "%-24s %10d  %s\n", label, n, extra)
	}
	row("pairs read", s.Read, "")
	row("removed", s.Removed.Total(), pct(s.Removed.Total()))
	for _, r := range []struct {
		name string
		n    int
	}{
		{"too short", s.Removed.TooShort}, {"too long", s.Removed.TooLong},
		{"length ratio", s.Removed.LengthRatio}, {"wrong script", s.Removed.Script},
		{"low alignment score", s.Removed.LowScore}, {"glossary miss", s.Removed.GlossaryMiss},
		{"exact duplicate", s.Removed.ExactDup}, {"normalized duplicate", s.Removed.NormalizedDup},
		{"near duplicate", s.Removed.NearDup},
	} {
		if r.name == "near duplicate" && r.n == 0 {
			continue // keeps the table of the other modes as it was
		}
		row("  "+r.name, r.n, pct(r.n))
	}
	row("kept", s.Kept, pct(s.Kept))
	for _, p := range Parts {
		ps := s.Part(p)
		row("  "+p.String(), ps.Pairs, fmt.Sprintf("%d docs", ps.Docs))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Filter applies the checks of Options to a stream of pairs. It is not
// safe for concurrent use.
type Filter struct {
	opts  Options
	cum   [2]float64          // cumulative train and train+dev shares
	exact map[uint64]struct{} // DedupExact: hash of source+target
	// DedupNormalized: normalized-pair hash → exact hash of its first
	// occurrence, one entry per distinct kept pair for both checks.
	norm map[uint64]uint64
	docs [3]map[uint64]struct{}
	plan *Plan
	sum  Summary
	buf  []byte // scratch for hashing
}

// New returns a Filter, or an error for invalid options.
func New(opts Options) (*Filter, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	f := &Filter{opts: opts}
	total := opts.Split[0] + opts.Split[1] + opts.Split[2]
	if total == 0 {
		f.cum = [2]float64{1, 1}
	} else {
		f.cum = [2]float64{opts.Split[0] / total, (opts.Split[0] + opts.Split[1]) / total}
	}
	switch opts.Dedup {
	case DedupExact:
		f.exact = map[uint64]struct{}{}
	case DedupNormalized, DedupNear:
		f.norm = map[uint64]uint64{}
	}
	for i := range f.docs {
		f.docs[i] = map[uint64]struct{}{}
	}
	return f, nil
}

// Uses reports whether part p can receive pairs (its share is not zero).
func (f *Filter) Uses(p Part) bool {
	lo := 0.0
	if p > 0 {
		lo = f.cum[p-1]
	}
	hi := 1.0
	if p < Test {
		hi = f.cum[p]
	}
	return hi > lo
}

// Check decides one pair: the part it goes to, or the reason it is
// removed, and records it in the summary. Call it once per pair, in corpus
// order (deduplication keeps the first occurrence).
func (f *Filter) Check(p corpus.Pair) (Part, Reason) {
	f.sum.Read++
	reason := f.reason(p)
	if reason != Kept {
		*f.sum.Removed.counter(reason)++
		return Train, reason
	}
	part := f.PartOf(docKey(p))
	f.sum.Kept++
	ps := f.sum.Part(part)
	ps.Pairs++
	if p.Doc == "" {
		ps.Docs++ // each pair is its own document; IDs are not remembered
	} else if h := f.hash64(0, p.Doc); !has(f.docs[part], h) {
		f.docs[part][h] = struct{}{}
		ps.Docs++
	}
	return part, Kept
}

func has(set map[uint64]struct{}, h uint64) bool {
	_, ok := set[h]
	return ok
}

func docKey(p corpus.Pair) string {
	if p.Doc != "" {
		return p.Doc
	}
	return p.ID
}

// SetPlan makes the filter assign documents by plan (quotas filled by
// document, see [NewPlan]) instead of by hashing each document.
func (f *Filter) SetPlan(pl *Plan) { f.plan = pl }

// PartOf returns the part a document goes to.
func (f *Filter) PartOf(doc string) Part {
	if f.plan != nil {
		return f.plan.Part(doc)
	}
	u := float64(f.hash64(f.opts.Seed, doc)>>11) / (1 << 53)
	switch {
	case u < f.cum[0]:
		return Train
	case u < f.cum[1]:
		return Dev
	}
	return Test
}

func (f *Filter) reason(p corpus.Pair) Reason {
	o := f.opts
	ns, nt := Tokens(p.Src, p.SrcLang), Tokens(p.Tgt, p.TgtLang)
	if ns < o.MinTokens || nt < o.MinTokens {
		return TooShort
	}
	if o.MaxTokens > 0 && (ns > o.MaxTokens || nt > o.MaxTokens) {
		return TooLong
	}
	if o.MaxRatio > 0 && ns > 0 && nt > 0 && float64(max(ns, nt))/float64(min(ns, nt)) > o.MaxRatio {
		return LengthRatio
	}
	if o.ScriptCheck && (!scriptOK(p.Src, p.SrcLang, o.MinScriptShare) || !scriptOK(p.Tgt, p.TgtLang, o.MinScriptShare)) {
		return WrongScript
	}
	if o.MinScore > 0 && p.HasScore && p.Score < o.MinScore {
		return LowScore
	}
	if o.DropGlossaryMiss && len(p.Misses()) > 0 {
		return GlossaryMiss
	}
	src, tgt := p.Src, p.Tgt
	switch o.DedupOn {
	case OnSrc:
		tgt = ""
	case OnTgt:
		src = ""
	}
	key := appendNormalized
	if o.Dedup == DedupNear {
		key = appendNear
	}
	switch {
	case f.exact != nil:
		h := f.pairHash(src, tgt)
		if _, dup := f.exact[h]; dup {
			return ExactDup
		}
		f.exact[h] = struct{}{}
	case f.norm != nil:
		h := f.pairHash(src, tgt)
		f.buf = key(f.buf[:0], src)
		f.buf = append(f.buf, 0)
		f.buf = key(f.buf, tgt)
		hn := sum64(f.buf)
		if first, dup := f.norm[hn]; dup {
			if first == h {
				return ExactDup
			}
			if o.Dedup == DedupNear {
				return NearDup
			}
			return NormalizedDup
		}
		f.norm[hn] = h
	}
	return Kept
}

// pairHash hashes source and target, separated by a NUL (which no
// normalized text contains and which no text boundary can fake).
func (f *Filter) pairHash(src, tgt string) uint64 {
	f.buf = append(append(append(f.buf[:0], src...), 0), tgt...)
	return sum64(f.buf)
}

func sum64(b []byte) uint64 {
	sum := sha256.Sum256(b)
	return binary.LittleEndian.Uint64(sum[:8])
}

// Tokens returns the length of s in the unit the length filters use:
// whitespace-separated tokens, except for languages written without
// spaces between words (zh, ja, th, lo, km, my, bo), where every letter
// counts as one token.
func Tokens(s, lang string) int {
	if noSpaces[corpus.PrimaryLang(lang)] {
		n := 0
		for _, r := range s {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				n++
			}
		}
		return n
	}
	return countTokens(s)
}

var noSpaces = map[string]bool{"zh": true, "yue": true, "wuu": true, "ja": true, "th": true, "lo": true, "km": true, "my": true, "bo": true, "dz": true}

// countTokens is len(strings.Fields(s)) without allocating.
func countTokens(s string) int {
	n, in := 0, false
	for _, r := range s {
		space := r < 0x80 && asciiSpace[r] || r >= 0x80 && unicode.IsSpace(r)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

var asciiSpace = [128]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

func scriptOK(s, lang string, share float64) bool {
	scripts := Scripts(lang)
	if scripts == nil {
		return true
	}
	got, any := ScriptShare(s, scripts)
	return any && got >= share
}

// hash64 is a stable 64-bit hash of seed and s: the split must not change
// between runs or Go versions, and dedup keys must not collide in practice.
func (f *Filter) hash64(seed uint64, s string) uint64 {
	f.buf = binary.LittleEndian.AppendUint64(f.buf[:0], seed)
	f.buf = append(f.buf, s...)
	return sum64(f.buf)
}

// Summary returns the counts so far.
func (f *Filter) Summary() Summary { return f.sum }

// Writer is a corpus.Writer that filters pairs and routes the kept ones to
// the writer of their part. A nil part writer drops that part's pairs (use
// it for parts whose share is zero).
type Writer struct {
	f     *Filter
	parts [3]corpus.Writer
}

// NewWriter returns a filtering writer in front of the three part writers.
func NewWriter(f *Filter, train, dev, test corpus.Writer) *Writer {
	return &Writer{f: f, parts: [3]corpus.Writer{train, dev, test}}
}

// Write checks p and writes it to its part when kept.
func (w *Writer) Write(p corpus.Pair) error {
	part, reason := w.f.Check(p)
	if reason != Kept || w.parts[part] == nil {
		return nil
	}
	return w.parts[part].Write(p)
}

// Close closes every part writer, returning the first error.
func (w *Writer) Close() error {
	var first error
	for _, pw := range w.parts {
		if pw != nil {
			if err := pw.Close(); err != nil && first == nil {
				first = err
			}
		}
	}
	return first
}

// Summary returns the filter's counts.
func (w *Writer) Summary() Summary { return w.f.Summary() }
