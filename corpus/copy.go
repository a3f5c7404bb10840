package corpus

import (
	"context"
	"fmt"
	"io"
)

// Copy streams r into w until io.EOF, checking ctx every few hundred
// pairs, and returns how many pairs it wrote. It closes neither.
func Copy(ctx context.Context, w Writer, r Reader) (int, error) {
	n := 0
	for {
		if n%256 == 0 {
			if err := ctx.Err(); err != nil {
				return n, err
			}
		}
		p, err := r.Read()
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
		if err := w.Write(p); err != nil {
			return n, err
		}
		n++
	}
}

// LangMismatchError is returned by a [SameLangs] writer for a pair in
// another language pair than the corpus's.
type LangMismatchError struct {
	ID                       string
	SrcLang, TgtLang         string // the pair's
	WantSrcLang, WantTgtLang string
}

func (e *LangMismatchError) Error() string {
	return fmt.Sprintf("pair %q is %s→%s, not %s→%s like the first pair", e.ID, e.SrcLang, e.TgtLang, e.WantSrcLang, e.WantTgtLang)
}

// SameLangs returns a writer in front of w that refuses (with a
// [*LangMismatchError]) pairs whose languages do not match src and tgt
// (as [LangMatch] compares them): files named by, or with a header of,
// one language pair must not receive another. Close closes w.
func SameLangs(w Writer, src, tgt string) Writer {
	return &sameLangs{w, src, tgt}
}

type sameLangs struct {
	next     Writer
	src, tgt string
}

func (s *sameLangs) Write(p Pair) error {
	if !LangMatch(p.SrcLang, s.src) || !LangMatch(p.TgtLang, s.tgt) {
		return &LangMismatchError{ID: p.ID, SrcLang: p.SrcLang, TgtLang: p.TgtLang, WantSrcLang: s.src, WantTgtLang: s.tgt}
	}
	return s.next.Write(p)
}

func (s *sameLangs) Close() error { return s.next.Close() }

// Peek reads r's first pair and returns a reader that returns it again,
// then the rest; first is nil for an empty corpus. [Skipped] and Close of
// the result reach r.
func Peek(r Reader) (_ Reader, first *Pair, err error) {
	p, err := r.Read()
	if err == io.EOF {
		return &peekReader{Reader: r, err: io.EOF}, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	return &peekReader{Reader: r, first: &p}, &p, nil
}

type peekReader struct {
	Reader
	first *Pair
	err   error
}

func (r *peekReader) Read() (Pair, error) {
	if r.first != nil {
		p := *r.first
		r.first = nil
		return p, nil
	}
	if r.err != nil {
		return Pair{}, r.err
	}
	return r.Reader.Read()
}

func (r *peekReader) Skipped() int { return Skipped(r.Reader) }

// PairLangs returns the languages to name output files by: the first
// pair's, else the requested ones, else tarjama's defaults (ar, en).
func PairLangs(first *Pair, src, tgt string) (string, string) {
	if first != nil && first.SrcLang != "" && first.TgtLang != "" {
		return first.SrcLang, first.TgtLang
	}
	if src == "" {
		src = "ar"
	}
	if tgt == "" {
		tgt = "en"
	}
	return src, tgt
}

// ConvertOptions tells [Convert] what to write.
type ConvertOptions struct {
	// Format of the output; "" chooses by the extension of the path.
	Format Format
	// SrcLang and TgtLang name the output's languages when the first pair
	// has none (default ar, en).
	SrcLang, TgtLang string
	// TMX and XLIFF are the headers (tool version, date); their
	// languages are filled in.
	TMX   TMXHeader
	XLIFF XLIFFHeader
}

// ConvertResult is what [Convert] wrote.
type ConvertResult struct {
	Pairs            int
	SrcLang, TgtLang string
	Format           Format
	Paths            []string // the files written (two for Moses); none for a stream
	Removed          int      // characters XML 1.0 forbids, dropped
	Skipped          int      // input units without both languages, passed over
}

// Convert writes every pair of r to path (atomically: nothing appears
// until the whole corpus is written), or to stdout when path is "-"
// (which needs o.Format, of one stream). Formats whose files carry the
// languages once (LangsOnce) refuse pairs in another language pair than
// the first.
func Convert(ctx context.Context, r Reader, path string, stdout io.Writer, o ConvertOptions) (ConvertResult, error) {
	res := ConvertResult{Format: o.Format}
	if res.Format == "" {
		res.Format = DetectFormat(path)
	}
	spec, err := Spec(res.Format)
	if err != nil {
		return res, err
	}
	pr, first, err := Peek(r)
	if err != nil {
		return res, err
	}
	res.SrcLang, res.TgtLang = PairLangs(first, o.SrcLang, o.TgtLang)
	o.TMX.SrcLang = res.SrcLang
	co := CreateOptions{Format: res.Format, SrcLang: res.SrcLang, TgtLang: res.TgtLang, TMX: o.TMX, XLIFF: o.XLIFF}
	var w Writer
	abort := func() {}
	if path == "-" {
		if w, err = NewFormatWriter(stdout, res.Format, co); err != nil {
			return res, err
		}
	} else {
		fw, err := Create(path, co)
		if err != nil {
			return res, err
		}
		w, abort, res.Paths = fw, fw.Abort, fw.Paths()
	}
	sink := w
	if spec.LangsOnce {
		sink = SameLangs(w, res.SrcLang, res.TgtLang)
	}
	if res.Pairs, err = Copy(ctx, sink, pr); err != nil {
		abort()
		return res, err
	}
	if err := w.Close(); err != nil {
		return res, err
	}
	res.Removed, res.Skipped = Removed(w), Skipped(r)
	return res, nil
}
