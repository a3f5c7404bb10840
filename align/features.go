package align

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Features are 32-bit hashes whose low two bits say what kind of evidence
// they are; their weight is the feature's inverse document frequency in the
// pair of documents times a weight for the kind.
const (
	kindNgram = iota // character n-gram of the (translated) text
	kindWord         // number or Latin-script word
	kindPunct        // question mark, colon, parenthesis, …
	kindTerm         // glossary term or caller-supplied anchor

	maxTableBits = 20 // feature weights live in a table of at most 2^20 buckets (4 MiB)
	ngramLen     = 4
	sketchDim    = 64 // dense random-sign sketch used at coarse resolutions
)

// kindWeight scales each kind's idf: an anchor shared by both sides is much
// stronger evidence than one more shared character n-gram.
var kindWeight = [4]float32{kindNgram: 1, kindWord: 3, kindPunct: 1.5, kindTerm: 4}

// side holds one document's per-sentence signals.
type side struct {
	lens  []float64  // length in characters
	off   []int32    // sentence i's features are feats[off[i]:off[i+1]]
	feats []uint32   // sorted, distinct within a sentence
	wts   []float32  // feature weight: term frequency × idf × kind weight
	enum  []enumInfo // enumeration markers of each sentence
	norm2 []float32  // squared norm of each sentence's full feature vector
	soft  []bool     // soft boundary before each sentence (see soft.go)
	cut   []bool     // boundary before each sentence inside brackets (see soft.go)
}

func (s *side) n() int                     { return len(s.lens) }
func (s *side) fv(i int) []uint32          { return s.feats[s.off[i]:s.off[i+1]] }
func (s *side) wv(i int) []float32         { return s.wts[s.off[i]:s.off[i+1]] }
func (f *features) bucket(h uint32) uint32 { return h >> (32 - f.bits) }

// bucketStat is a bucket of the weight table: its features' document
// frequency and their weight, idf × kind weight.
type bucketStat struct {
	df uint32
	w  float32
}

// features is everything the search needs to know about the two documents.
type features struct {
	src, tgt side
	bits     uint32  // log2 of the bucket count of the weight table
	ratio    float64 // expected target/source length ratio
	hasMT    bool
}

// extract computes lengths and feature vectors of both documents. The source
// side's vectors come from SrcMT (when given) plus anchors found in the
// source itself; the target side's from the target text.
func extract(src, tgt []string, opts Options) *features {
	f := &features{hasMT: opts.SrcMT != nil}
	terms := make([]Term, 0, len(opts.Terms))
	for _, t := range opts.Terms {
		t.Source, t.Target = strings.ToLower(strings.TrimSpace(t.Source)), strings.ToLower(strings.TrimSpace(t.Target))
		if t.Source != "" && t.Target != "" {
			terms = append(terms, t)
		}
	}
	build := func(s *side, texts []string, isSrc bool) {
		var e extractor
		s.lens = make([]float64, len(texts))
		s.off = make([]int32, len(texts)+1)
		s.enum = make([]enumInfo, len(texts))
		s.soft, s.cut = boundaryMarks(texts)
		if f.hasMT {
			// One n-gram per character of the translated text, and a few
			// anchors: sized once, the slice does not leave a trail of
			// doubled copies behind (they were most of the aligner's
			// garbage, and of its peak heap).
			est := 4 * len(texts)
			for i, text := range texts {
				if isSrc {
					text = opts.SrcMT[i]
				}
				est += utf8.RuneCountInString(text)
			}
			s.feats = make([]uint32, 0, est)
		}
		for i, text := range texts {
			s.lens[i] = float64(utf8.RuneCountInString(strings.TrimSpace(text)))
			if isSrc && f.hasMT {
				// The translation's length is a second estimate of the
				// source's length in target-language characters.
				s.lens[i] = (s.lens[i] + float64(utf8.RuneCountInString(strings.TrimSpace(opts.SrcMT[i])))) / 2
			}
			start := len(s.feats)
			if isSrc && f.hasMT {
				s.feats = ngrams(s.feats, e.normalize(opts.SrcMT[i]))
			}
			r := e.normalize(text)
			if !isSrc && f.hasMT {
				s.feats = ngrams(s.feats, r)
			}
			s.feats = anchors(s.feats, text, r, !f.hasMT)
			// Item markers are anchors too: "ب-" on one side and "(b)"
			// on the other both say "item 2".
			var marks []enumMark
			s.enum[i], marks = enumerateFields(e.fields(text))
			for _, mk := range marks {
				s.feats = append(s.feats, hashKey(kindPunct, "e", uint32(mk.index)))
			}
			lower := ""
			for k, t := range terms {
				if lower == "" {
					lower = strings.ToLower(text)
				}
				needle := t.Target
				if isSrc {
					needle = t.Source
				}
				if strings.Contains(lower, needle) {
					s.feats = append(s.feats, hashKey(kindTerm, "g", uint32(k)))
				}
			}
			if opts.Anchors != nil {
				for _, a := range opts.Anchors(text, isSrc) {
					s.feats = append(s.feats, hashString(kindTerm, "u\x00"+a))
				}
			}
			e.sort(s.feats[start:])
			s.off[i+1] = int32(len(s.feats))
		}
	}
	// The two sides are independent: extract them at once.
	done := make(chan struct{})
	go func() {
		defer close(done)
		build(&f.tgt, tgt, false)
	}()
	build(&f.src, src, true)
	<-done

	// Document frequency: each distinct feature counted once per sentence.
	// The table grows with the documents (a paragraph needs a few KiB,
	// not 4 MiB) and stays sparse enough that collisions are rare.
	f.bits = 10
	for total := len(f.src.feats) + len(f.tgt.feats); f.bits < maxTableBits && 1<<f.bits < 4*total; {
		f.bits++
	}
	// A bucket's document frequency and weight share a cache line: the
	// table is too big for the cache and each feature reads both.
	tab := make([]bucketStat, 1<<f.bits)
	// A bucket's weight is its idf times the kind weight of the first
	// feature found in it, source sentences first (features of different
	// kinds may share a bucket): the first one counted, as the first
	// occurrence of a feature in a sentence is the one counted. The kind
	// weight waits in w until the counts are complete.
	count := func(s *side) {
		for i := 0; i < s.n(); i++ {
			v := s.fv(i)
			for k, h := range v {
				if k == 0 || v[k-1] != h {
					t := &tab[f.bucket(h)]
					if t.df == 0 {
						t.w = kindWeight[h&3]
					}
					t.df++
				}
			}
		}
	}
	count(&f.src)
	count(&f.tgt)
	total := float64(f.src.n() + f.tgt.n())
	// One pass over the table in order, not one random access per feature.
	for k := range tab {
		if t := &tab[k]; t.df > 0 {
			t.w = float32(math.Log((total+1)/(float64(t.df)+0.5))) * t.w
		}
	}
	// Each side's compaction writes only that side (and reads the
	// finished tables): run them at once.
	done = make(chan struct{})
	go func() {
		defer close(done)
		f.tgt.compact(f, tab)
	}()
	f.src.compact(f, tab)
	<-done

	f.ratio = opts.Ratio
	if f.ratio <= 0 {
		var ls, lt float64
		for _, l := range f.src.lens {
			ls += l
		}
		for _, l := range f.tgt.lens {
			lt += l
		}
		f.ratio = 1
		if ls > 0 && lt > 0 {
			f.ratio = lt / ls
		}
	}
	return f
}

// compact merges repeated features of each sentence into one entry
// carrying its term frequency times its weight, and records each
// sentence's squared norm. A feature found in one sentence only (document
// frequency 1) counts in the norm but is then dropped: it can match
// nothing, and dot products are the search's main cost.
func (s *side) compact(f *features, tab []bucketStat) {
	s.wts = make([]float32, len(s.feats))
	s.norm2 = make([]float32, s.n())
	out := 0
	start := int(s.off[0])
	for i := 0; i < s.n(); i++ {
		end := int(s.off[i+1])
		v := s.feats[start:end]
		s.off[i] = int32(out)
		var n2 float32
		for k := 0; k < len(v); {
			h, tf := v[k], 1
			for k++; k < len(v) && v[k] == h; k++ {
				tf++
			}
			t := tab[f.bucket(h)]
			w := float32(tf) * t.w
			n2 += w * w
			if t.df <= 1 {
				continue
			}
			s.feats[out] = h
			s.wts[out] = w
			out++
		}
		s.norm2[i] = n2
		start = end
	}
	s.off[s.n()] = int32(out)
	s.feats = slices.Clip(s.feats[:out])
	s.wts = slices.Clip(s.wts[:out])
}

// dot is the weighted dot product of two sentences' feature vectors.
func dot(ah []uint32, aw []float32, bh []uint32, bw []float32) float32 {
	var s float32
	i, j := 0, 0
	for i < len(ah) && j < len(bh) {
		x, y := ah[i], bh[j]
		if x == y {
			s += aw[i] * bw[j]
		}
		// Branch-free advance: the comparison is unpredictable.
		var di, dj int
		if x <= y {
			di = 1
		}
		if y <= x {
			dj = 1
		}
		i += di
		j += dj
	}
	return s
}

// sketch adds sentence features' random-sign projection to dst (sketchDim
// wide): sums of sketches approximate dot products of concatenated groups.
func (f *features) sketch(dst []float32, v []uint32, wv []float32) {
	for k, h := range v {
		g := mix32(h ^ 0x5bd1e995)
		w := wv[k]
		if g&1 == 1 {
			w = -w
		}
		dst[(g>>1)%sketchDim] += w
	}
}

// extractor turns text into features, reusing its scratch buffers.
type extractor struct {
	runes []rune
	tmp   []uint32
	toks  []string
}

// fields splits text as strings.Fields does, into a reused slice.
func (e *extractor) fields(text string) []string {
	t := e.toks[:0]
	start := -1
	for i, c := range text {
		if c == ' ' || (c >= utf8.RuneSelf || c <= '\r') && unicode.IsSpace(c) {
			if start >= 0 {
				t = append(t, text[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		t = append(t, text[start:])
	}
	e.toks = t
	return t
}

// sort sorts a sentence's features in ascending order. The hashes are
// spread evenly, so one counting pass on their top byte leaves them in
// buckets of a feature or two, in order: an insertion sort then finishes
// in about one step per feature. It beats comparison sorts for every
// sentence with a translation; very long ones, whose buckets are larger,
// are sorted by comparisons.
func (e *extractor) sort(v []uint32) {
	if len(v) < 64 || len(v) > 4096 {
		slices.Sort(v)
		return
	}
	if cap(e.tmp) < len(v) {
		e.tmp = make([]uint32, len(v))
	}
	tmp := e.tmp[:len(v)]
	var start [256]uint32
	for _, x := range v {
		start[x>>24]++
	}
	var sum uint32
	for k, n := range start {
		start[k] = sum
		sum += n
	}
	for _, x := range v {
		tmp[start[x>>24]] = x
		start[x>>24]++
	}
	for k := 1; k < len(tmp); k++ {
		x, i := tmp[k], k
		for ; i > 0 && tmp[i-1] > x; i-- {
			tmp[i] = tmp[i-1]
		}
		tmp[i] = x
	}
	copy(v, tmp)
}

// normalize lower-cases text, drops combining marks (Arabic short vowels,
// accents after decomposition are kept as letters: we do not decompose),
// maps Arabic-Indic digits to ASCII and turns everything that is neither
// letter nor digit into a single space, with one space at each end.
func (e *extractor) normalize(text string) []rune {
	r := append(e.runes[:0], ' ')
	prevDigit := false
	for k, c := range text {
		if prevDigit && (c == ',' || c == '.' || c == '٬' || c == '٫' || c == '\'') {
			// A separator inside a number ("2,500", "8839,8") is dropped so
			// that numbers match whatever convention each side uses.
			if next, _ := utf8.DecodeRuneInString(text[k+utf8.RuneLen(c):]); unicode.IsDigit(next) {
				continue
			}
		}
		if c < utf8.RuneSelf {
			// ASCII, most of a translation: the same classes as below
			// without the Unicode table searches.
			prevDigit = '0' <= c && c <= '9'
			switch {
			case 'a' <= c && c <= 'z' || prevDigit:
				r = append(r, c)
			case 'A' <= c && c <= 'Z':
				r = append(r, c+('a'-'A'))
			case r[len(r)-1] != ' ':
				r = append(r, ' ')
			}
			continue
		}
		prevDigit = unicode.IsDigit(c)
		switch {
		case c >= '٠' && c <= '٩':
			c = '0' + (c - '٠')
		case c >= '۰' && c <= '۹':
			c = '0' + (c - '۰')
		}
		switch {
		case unicode.Is(unicode.Mn, c) || c == 'ـ': // tashkeel, tatweel
			continue
		case unicode.IsLetter(c) || unicode.IsDigit(c):
			r = append(r, unicode.ToLower(c))
		default:
			if r[len(r)-1] != ' ' {
				r = append(r, ' ')
			}
		}
	}
	if r[len(r)-1] != ' ' {
		r = append(r, ' ')
	}
	e.runes = r
	return r
}

// ngrams appends the hashes of the character 4-grams of normalized text r
// (spaces included, so word starts and ends count): shared stems match
// even when endings differ, so inflection does not hurt. On the Text+Berg
// set 4-grams alone align as well as 3- to 5-grams together, at a third of
// the cost.
func ngrams(dst []uint32, r []rune) []uint32 {
	for i := range r {
		h := uint32(2166136261)
		if i+ngramLen > len(r) {
			break
		}
		for _, c := range r[i : i+ngramLen] {
			h = (h ^ uint32(c)) * 16777619
		}
		dst = append(dst, (mix32(h)&^3)|kindNgram)
	}
	return dst
}

// anchors appends the anchor features of text (r is text normalized):
// numbers, punctuation that translations keep (? ! : ; ( % quotes) and,
// when words is set, words in Latin script (names, acronyms, cognates; for
// a Latin-script pair, every word of three or more letters).
func anchors(dst []uint32, text string, r []rune, words bool) []uint32 {
	for _, c := range text {
		var p rune
		switch c {
		case '?', '؟':
			p = '?'
		case '!':
			p = '!'
		case ':':
			p = ':'
		case ';', '؛':
			p = ';'
		case '(', '[':
			p = '('
		case '%', '٪':
			p = '%'
		case '"', '“', '”', '«', '»', '„':
			p = '"'
		}
		if p != 0 {
			dst = append(dst, hashKey(kindPunct, "p", uint32(p)))
		}
	}
	start := -1
	for i, c := range r {
		if c != ' ' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start < 0 {
			continue
		}
		tok := r[start:i]
		start = -1
		digits, latin := true, words
		for _, c := range tok {
			if c >= '0' && c <= '9' {
				continue
			}
			digits = false
			// Normalized ASCII is letters and digits: all Latin.
			if !latin {
				break
			}
			if c >= utf8.RuneSelf && !unicode.Is(unicode.Latin, c) {
				latin = false
				break
			}
		}
		switch {
		case digits:
			dst = append(dst, hashRunes(kindWord, '#', tok))
		case latin && len(tok) >= 3:
			dst = append(dst, hashRunes(kindWord, 'w', tok))
		}
	}
	return dst
}

func hashString(kind uint32, s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return (mix32(h)&^3 | kind)
}

// hashRunes is hashString(kind, string(prefix)+string(tok)), without
// building the string.
func hashRunes(kind uint32, prefix byte, tok []rune) uint32 {
	h := (uint32(2166136261) ^ uint32(prefix)) * 16777619
	var buf [utf8.UTFMax]byte
	for _, c := range tok {
		for _, x := range buf[:utf8.EncodeRune(buf[:], c)] {
			h = (h ^ uint32(x)) * 16777619
		}
	}
	return (mix32(h)&^3 | kind)
}

func hashKey(kind uint32, prefix string, k uint32) uint32 {
	h := hashString(0, prefix)
	return (mix32(h^(k*0x9e3779b9)) &^ 3) | kind
}

// mix32 is a 32-bit finaliser (from MurmurHash3) spreading hash bits.
func mix32(h uint32) uint32 {
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return h
}
