package input

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/url"
	"path"
	"strings"
	"unicode"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/nlnwa/gowarc"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// WARC: every response record with HTTP status 200 and an HTML content
// type is one Document, named "<file name>/<host>/<path>.html" (made
// filesystem-safe, a hash of the query added) and reduced to its main
// content by readability before ExtractHTML. Other responses are counted
// (NonHTML, Non200), as are other record types. A .warc.gz is inflated as
// one stream whether it holds a gzip member per record or one for the
// file. Records are read one at a time and each page's payload is held in
// memory only up to Options.MaxRecordBytes, so the file's size does not
// matter. A record whose declared Content-Length is shorter or longer than
// its data is reported with ErrLengthLies; a cut file ends with ErrCorrupt
// naming the record.

var warcMarker = []byte("\r\n\r\nWARC/1.")

func (r *Reader) readWARC(ctx context.Context, d Doc, where string, src *source, yield func(Document, error) bool) {
	var in io.Reader = src.r
	if head, _ := src.r.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(src.r)
		if err != nil {
			r.count(FormatWARC, func(s *FormatStats) { s.Failed++ })
			yield(Document{Name: d.Name, Source: where, Format: FormatWARC}, &ReadError{File: where, Reason: "gzip: " + err.Error(), Err: ErrCorrupt})
			return
		}
		defer zr.Close()
		in = zr
	}
	// gowarc loops on a read error other than io.EOF while parsing a
	// header (a cut gzip stream gives io.ErrUnexpectedEOF): it is shown
	// io.EOF, and the real error is reported here.
	sticky := &stickyEOF{r: in}
	wf, err := gowarc.NewWarcFileReaderFromStream(sticky, 0,
		gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore), // ErrWarn would buffer every block to check digests
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithAddMissingDigest(false),
		gowarc.WithFixDigest(false),
		gowarc.WithFixContentLength(false),
		gowarc.WithAddMissingRecordId(false),
	)
	if err != nil {
		yield(Document{Name: d.Name, Source: where, Format: FormatWARC}, &ReadError{File: where, Reason: err.Error(), Err: err})
		return
	}
	defer wf.Close()

	w := warcState{r: r, d: d, where: where, yield: yield, names: map[string]int{}}
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			w.flush()
			yield(Document{Name: d.Name, Source: where, Format: FormatWARC}, &ReadError{File: where, Part: fmt.Sprintf("record %d", n), Reason: err.Error(), Err: err})
			return
		}
		rec, off, val, err := wf.Next()
		if val != nil && len(*val) > 0 && w.pending != nil {
			for _, e := range *val {
				if strings.Contains(e.Error(), "after expected offset") {
					w.pendingErr = fmt.Errorf("%w: Content-Length %d ends before the record does (%v)", ErrLengthLies, w.pendingLen, e)
				}
			}
		}
		if sticky.err != nil {
			w.pending, w.pendingErr = nil, nil // cut: its length cannot be checked
			r.count(FormatWARC, func(s *FormatStats) { s.Failed++; s.BadRecords++ })
			yield(Document{Name: d.Name, Source: where, Format: FormatWARC}, &ReadError{File: where, Part: fmt.Sprintf("record %d at offset %d", n, off), Reason: "file cut short: " + sticky.err.Error(), Err: ErrCorrupt})
			return
		}
		if !w.flush() {
			return
		}
		if err == io.EOF && rec == nil {
			return
		}
		if err != nil {
			reason := err.Error()
			if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
				reason = "file cut short: " + reason
			}
			r.count(FormatWARC, func(s *FormatStats) { s.Failed++; s.BadRecords++ })
			yield(Document{Name: d.Name, Source: where, Format: FormatWARC}, &ReadError{File: where, Part: fmt.Sprintf("record %d at offset %d", n, off), Reason: reason, Err: ErrCorrupt})
			return
		}
		if !w.record(rec, n, off) {
			return
		}
		if sticky.err != nil {
			r.count(FormatWARC, func(s *FormatStats) { s.Failed++; s.BadRecords++ })
			yield(Document{Name: d.Name, Source: where, Format: FormatWARC}, &ReadError{File: where, Part: fmt.Sprintf("record %d at offset %d", n, off), Reason: "file cut short: " + sticky.err.Error(), Err: ErrCorrupt})
			return
		}
	}
}

// stickyEOF turns the first read error into io.EOF, keeping it in err.
type stickyEOF struct {
	r   io.Reader
	err error
}

func (s *stickyEOF) Read(p []byte) (int, error) {
	if s.err != nil {
		return 0, io.EOF
	}
	n, err := s.r.Read(p)
	if err != nil && err != io.EOF {
		s.err = err
		return n, io.EOF
	}
	return n, err
}

type warcState struct {
	r     *Reader
	d     Doc
	where string
	yield func(Document, error) bool
	names map[string]int

	// A page is yielded once the next record's header is read, since only
	// then is it known whether its declared length was right.
	pending    *Document
	pendingErr error
	pendingLen int64
}

func (w *warcState) flush() bool {
	if w.pending == nil {
		return true
	}
	doc, err := *w.pending, w.pendingErr
	w.pending, w.pendingErr = nil, nil
	if err != nil {
		w.r.count(FormatWARC, func(s *FormatStats) { s.Failed++; s.BadRecords++ })
		return w.yield(Document{Name: doc.Name, Source: doc.Source, Format: FormatWARC, URL: doc.URL}, &ReadError{File: w.where, Part: partOf(doc), Reason: err.Error(), Err: errors.Unwrap(err)})
	}
	w.r.count(FormatWARC, func(s *FormatStats) { s.Documents++; s.HTMLPages++ })
	return w.yield(doc, nil)
}

// partOf is the record part of a page's Source ("file#record …").
func partOf(d Document) string {
	return d.Source[strings.Index(d.Source, "#")+1:]
}

// record reads one record; false stops the iteration.
func (w *warcState) record(rec gowarc.WarcRecord, n int, off int64) bool {
	opts := w.r.opts
	w.r.count(FormatWARC, func(s *FormatStats) { s.Records++ })
	uri := strings.TrimSuffix(strings.TrimPrefix(rec.WarcHeader().Get(gowarc.WarcTargetURI), "<"), ">") // WARC 1.0 writers may bracket it
	part := fmt.Sprintf("record %d at offset %d", n, off)
	if uri != "" {
		part += " (" + uri + ")"
	}
	declared, _ := rec.WarcHeader().GetInt64(gowarc.ContentLength)
	hb, isHTTP := rec.Block().(gowarc.HttpResponseBlock)
	wanted := false
	var body io.Reader
	var err error
	var headerLen int64
	var ctype string
	if rec.Type() == gowarc.Response && isHTTP {
		w.r.count(FormatWARC, func(s *FormatStats) { s.Responses++ })
		ctype = hb.HttpHeader().Get("Content-Type")
		mt, _, _ := mime.ParseMediaType(ctype)
		isHTML := mt == "text/html" || mt == "application/xhtml+xml" || (mt == "" && strings.Contains(strings.ToLower(ctype), "html"))
		switch {
		case !isHTML:
			w.r.count(FormatWARC, func(s *FormatStats) { s.NonHTML++ })
		case hb.HttpStatusCode() != 200:
			w.r.count(FormatWARC, func(s *FormatStats) { s.Non200++ })
		default:
			wanted = true
		}
		headerLen = int64(len(hb.ProtocolHeaderBytes()))
		body, err = hb.PayloadBytes()
	} else {
		if rec.Type() != gowarc.Response {
			w.r.count(FormatWARC, func(s *FormatStats) { s.OtherRecord++ })
		} else {
			w.r.count(FormatWARC, func(s *FormatStats) { s.NonHTML++ })
		}
		body, err = rec.Block().RawBytes()
	}
	fail := func(reason string, sentinel error) bool {
		w.r.count(FormatWARC, func(s *FormatStats) { s.Failed++; s.BadRecords++ })
		return w.yield(Document{Name: w.d.Name, Source: w.where + "#" + part, Format: FormatWARC, URL: uri}, &ReadError{File: w.where, Part: part, Reason: reason, Err: sentinel})
	}
	if err != nil {
		return fail(err.Error(), ErrCorrupt)
	}
	// Read the whole block: count it, look for the start of a record
	// inside it (a declared length that runs past the record), keep a
	// wanted page's payload up to the limit.
	sc := &blockScanner{keep: wanted, max: opts.MaxRecordBytes, marker: -1}
	if _, err := io.Copy(sc, body); err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(err.Error(), "unexpected EOF") {
			return fail("file cut short inside the record: "+err.Error(), ErrCorrupt)
		}
		return fail(err.Error(), ErrCorrupt)
	}
	got := headerLen + sc.n
	if sc.marker >= 0 {
		// The next record's header was swallowed with this one; it is lost.
		return fail(fmt.Sprintf("Content-Length %d runs past the record: another record starts %d bytes into its block (that record is lost)", declared, headerLen+sc.marker+4), ErrLengthLies)
	}
	if got < declared {
		return fail(fmt.Sprintf("Content-Length %d but the file ends after %d bytes of the block (cut short)", declared, got), ErrCorrupt)
	}
	if !wanted {
		return true
	}
	if sc.over {
		w.r.count(FormatWARC, func(s *FormatStats) { s.TooLarge++ })
		return fail(fmt.Sprintf("HTML payload over %d bytes", opts.MaxRecordBytes), ErrTooLarge)
	}
	text, title, found, err := pageText(sc.buf.Bytes(), ctype, uri, !opts.NoReadability)
	if err != nil {
		return fail(err.Error(), err)
	}
	doc := Document{Name: w.uniqueName(w.d.Name + "/" + URLName(uri)), Source: w.where + "#" + part, URL: uri, Format: FormatWARC,
		Text: Text{Text: text, Encoding: UTF8, HTML: true}}
	if !found && !opts.NoReadability {
		w.r.count(FormatWARC, func(s *FormatStats) { s.NoMainText++ })
		doc.Notes = append(doc.Notes, "no main content found: the whole page was used")
	}
	if title != "" {
		doc.Notes = append(doc.Notes, "title: "+title)
	}
	w.pending, w.pendingLen = &doc, declared
	return true
}

func (w *warcState) uniqueName(n string) string {
	w.names[n]++
	if c := w.names[n]; c > 1 {
		ext := path.Ext(n)
		return fmt.Sprintf("%s~%d%s", strings.TrimSuffix(n, ext), c, ext)
	}
	return n
}

// blockScanner counts a block, keeps up to max bytes of it when asked and
// finds the first "\r\n\r\nWARC/1." in it.
type blockScanner struct {
	keep   bool
	max    int64
	buf    bytes.Buffer
	over   bool
	n      int64
	marker int64 // offset of the marker, -1 none (set it so: an empty block sees no Write)
	tail   []byte
}

func (s *blockScanner) Write(p []byte) (int, error) {
	if s.marker < 0 {
		joined := append(s.tail, p...)
		if i := bytes.Index(joined, warcMarker); i >= 0 {
			s.marker = s.n - int64(len(s.tail)) + int64(i)
		}
		keep := min(len(joined), len(warcMarker)-1)
		s.tail = append(s.tail[:0], joined[len(joined)-keep:]...)
	}
	if s.keep && !s.over {
		if room := s.max - int64(s.buf.Len()); int64(len(p)) <= room {
			s.buf.Write(p)
		} else {
			s.over = true
			s.buf.Reset()
		}
	}
	s.n += int64(len(p))
	return len(p), nil
}

// pageText decodes an HTML payload and returns its main text.
func pageText(payload []byte, contentType, uri string, useReadability bool) (text, title string, found bool, err error) {
	page, err := decodePage(payload, contentType)
	if err != nil {
		return "", "", false, err
	}
	if useReadability {
		u, _ := url.Parse(uri)
		p := readability.NewParser()
		// Parsed here, not by p.Parse, which runs charset detection on
		// text that is already UTF-8 (half the time of a page).
		var art readability.Article
		root, perr := html.Parse(strings.NewReader(page))
		if perr == nil {
			art, perr = p.ParseAndMutate(root, u)
		}
		if perr == nil && art.Node != nil {
			var b strings.Builder
			if err := art.RenderHTML(&b); err == nil {
				main, err := ExtractHTML(strings.NewReader(b.String()))
				if err == nil && strings.TrimSpace(main) != "" {
					title = strings.TrimSpace(art.Title())
					if title != "" && !strings.Contains(main, title) {
						main = title + "\n\n" + main
					}
					return main, title, true, nil
				}
			}
		}
	}
	text, err = ExtractHTML(strings.NewReader(page))
	return text, "", false, err
}

// decodePage turns a payload into UTF-8: the charset of the Content-Type
// or the page's meta tag when one is named, else Decode's rules.
func decodePage(payload []byte, contentType string) (string, error) {
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if cs := strings.ToLower(params["charset"]); cs != "" && cs != "utf-8" && cs != "utf8" {
			if enc, _ := charset.Lookup(cs); enc != nil {
				if s, err := enc.NewDecoder().Bytes(payload); err == nil {
					return normalizeNewlines(string(s)), nil
				}
			}
		}
	}
	s, _, err := Decode(payload)
	if err == nil {
		return s, nil
	}
	if enc, name, _ := charset.DetermineEncoding(payload, contentType); enc != nil && name != "windows-1252" {
		if s, err := enc.NewDecoder().Bytes(payload); err == nil {
			return normalizeNewlines(string(s)), nil
		}
	}
	return "", err
}

// URLName makes a relative, filesystem-safe document name of a URL:
// host (port joined with "_"), then the path's segments with anything but
// letters, digits, ".", "-" and "_" replaced by "_", "index" for a folder,
// a hash of the query, and ".html" at the end. Names never start a
// segment with "." and stay under 200 bytes.
func URLName(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		sum := sha1.Sum([]byte(raw))
		return "page-" + hex.EncodeToString(sum[:6]) + ".html"
	}
	segs := []string{clean(strings.ReplaceAll(u.Host, ":", "_"))}
	p := u.Path
	if p == "" || strings.HasSuffix(p, "/") {
		p += "index"
	}
	for _, s := range strings.Split(strings.Trim(p, "/"), "/") {
		if s = clean(s); s != "" {
			segs = append(segs, s)
		}
	}
	if len(segs) > 12 {
		segs = append(segs[:11], strings.Join(segs[11:], "_"))
	}
	last := segs[len(segs)-1]
	last = strings.TrimSuffix(strings.TrimSuffix(last, ".html"), ".htm")
	if u.RawQuery != "" {
		sum := sha1.Sum([]byte(u.RawQuery))
		last += "_" + hex.EncodeToString(sum[:4])
	}
	segs[len(segs)-1] = last + ".html"
	name := strings.Join(segs, "/")
	if len(name) > 200 {
		sum := sha1.Sum([]byte(raw))
		name = name[:180]
		for !isBoundary(name) {
			name = name[:len(name)-1]
		}
		name += "_" + hex.EncodeToString(sum[:4]) + ".html"
	}
	return name
}

func isBoundary(s string) bool {
	return s == "" || s[len(s)-1] < 0x80
}

func clean(seg string) string {
	var b strings.Builder
	for _, r := range seg {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == '.':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
		if b.Len() > 80 {
			break
		}
	}
	s := b.String()
	if strings.HasPrefix(s, ".") {
		s = "_" + s[1:]
	}
	return s
}
