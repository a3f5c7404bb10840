package align

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/tarjama/tarjama/internal/golden"
)

// The golden tests pin Align's exact output (every link and its score to
// the last bit) on deterministic inputs, so that a change meant to make the
// search faster provably leaves its results alone. Regenerate with
// `go test ./align -run Golden -update` after a change that is meant to
// alter results, and say so in the commit.
//
//   - testdata/golden/synth.golden: generated pairs (synthPair, no shared
//     data needed) in every mode, written out link by link (the larger
//     ones as a SHA-256 of that text);
//   - testdata/golden/dev.golden: the development documents (loadDevDocs)
//     under every perturbation of perturb_test.go, the whole Text+Berg
//     document and the legal documents, with and without MT: one line per
//     document and mode holding the SHA-256 of its input and of its exact
//     output, as the full output would be megabytes.

// goldenText writes links with exact scores ('g', -1 round-trips a
// float64), one per line in vecalign's layout.
func goldenText(links []Link) string {
	var b []byte
	for _, l := range links {
		b = appendIDs(b, l.Src)
		b = append(b, ':')
		b = appendIDs(b, l.Tgt)
		b = append(b, ':')
		b = strconv.AppendFloat(b, l.Score, 'g', -1, 64)
		b = append(b, '\n')
	}
	return string(b)
}

func hashOf(parts ...[]string) string {
	h := sha256.New()
	for _, p := range parts {
		for _, s := range p {
			h.Write([]byte(s))
			h.Write([]byte{0})
		}
		h.Write([]byte{1})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

type goldenCase struct {
	name     string
	src, tgt []string
	opts     Options
}

// TestGoldenSynth pins the output on generated pairs: small ones searched
// on one full table, larger ones coarse-to-fine, with and without MT, with
// terms and anchors, and with narrower link types and bands.
func TestGoldenSynth(t *testing.T) {
	var cases []goldenCase
	for _, n := range []int{40, 300, 3000} {
		src, mt, tgt, _ := synthPair(n, uint64(100+n))
		cases = append(cases,
			goldenCase{fmt.Sprintf("synth%d-mt", n), src, tgt, Options{SrcMT: mt}},
			goldenCase{fmt.Sprintf("synth%d-len", n), src, tgt, Options{}},
		)
	}
	src, mt, tgt, _ := synthPair(1500, 9)
	// Terms and anchors keyed on words the generator put on both sides.
	terms := []Term{{Source: mt[3][:5], Target: mt[3][:5]}, {Source: mt[700][:4], Target: mt[700][:4]}}
	anchors := func(s string, isSrc bool) []string {
		if f := strings.Fields(s); len(f) > 2 && len(f[2]) > 6 {
			return []string{f[2][:3]}
		}
		return nil
	}
	cases = append(cases,
		goldenCase{"synth1500-terms-anchors", src, tgt, Options{SrcMT: mt, Terms: terms, Anchors: anchors}},
		goldenCase{"synth1500-g3-band1", src, tgt, Options{SrcMT: mt, MaxGroup: 3, EnumGroup: -1, Band: 1}},
		goldenCase{"synth1500-ratio", src, tgt, Options{SrcMT: mt, Ratio: 1.3}},
		goldenCase{"synth1500-len-g2", src, tgt, Options{MaxGroup: 2}},
	)
	var b strings.Builder
	for _, c := range cases {
		links, err := Align(context.Background(), c.src, c.tgt, c.opts)
		if err != nil {
			t.Fatal(err)
		}
		text := goldenText(links)
		if len(c.src) <= 300 {
			fmt.Fprintf(&b, "# %s %d×%d\n%s", c.name, len(c.src), len(c.tgt), text)
		} else {
			fmt.Fprintf(&b, "# %s %d×%d out=%s links=%d\n", c.name, len(c.src), len(c.tgt), hashOf([]string{text}), len(links))
		}
	}
	golden.Check(t, filepath.Join("testdata", "golden", "synth.golden"), []byte(b.String()))
}

// TestGoldenDev pins the output on the development documents and their
// perturbations (shared data; skipped without it) and on the legal
// documents. Arabic sources are translated by the lexicon backend: when
// its output changes, the input hashes say so.
func TestGoldenDev(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus-scale test")
	}
	docs := loadDevDocs(t)
	set := perturbSet(t, docs)
	var cases []goldenCase
	for _, kind := range perturbKinds {
		for _, p := range set[kind] {
			name := kind + "/" + p.name
			cases = append(cases,
				goldenCase{name + " mt", p.src, p.tgt, Options{SrcMT: p.mt}},
				goldenCase{name + " len", p.src, p.tgt, Options{}},
			)
		}
	}
	d := loadTextBerg(t)
	cases = append(cases,
		goldenCase{"textberg mt", d.de, d.fr, Options{SrcMT: d.mt}},
		goldenCase{"textberg len", d.de, d.fr, Options{}},
	)
	for _, ld := range loadUnitGold(t, "legal_gold.json") {
		src, _, tgt, _ := ld.flatten()
		mt := mtFor(t, ld.lang, src, nil)
		cases = append(cases,
			goldenCase{"legal/" + ld.name + " mt", src, tgt, Options{SrcMT: mt}},
			goldenCase{"legal/" + ld.name + " len", src, tgt, Options{}},
		)
	}
	var b bytes.Buffer
	for _, c := range cases {
		links, err := Align(context.Background(), c.src, c.tgt, c.opts)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s in=%s out=%s links=%d\n", c.name, hashOf(c.src, c.tgt, c.opts.SrcMT),
			hashOf([]string{goldenText(links)}), len(links))
	}
	golden.Check(t, filepath.Join("testdata", "golden", "dev.golden"), b.Bytes())
}
