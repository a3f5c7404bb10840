package align

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WriteVecalign writes one link per line in vecalign's format:
// `[0]:[0, 1]:0.87`, `[]:[5]:0.00` for an unlinked target sentence.
func WriteVecalign(w io.Writer, links []Link) error {
	bw := bufio.NewWriter(w)
	var buf []byte
	for _, l := range links {
		buf = appendIDs(buf[:0], l.Src)
		buf = append(buf, ':')
		buf = appendIDs(buf, l.Tgt)
		buf = append(buf, ':')
		buf = strconv.AppendFloat(buf, l.Score, 'f', 2, 64)
		buf = append(buf, '\n')
		if _, err := bw.Write(buf); err != nil {
			return err
		}
	}
	return bw.Flush()
}

func appendIDs(buf []byte, ids []int) []byte {
	buf = append(buf, '[')
	for k, id := range ids {
		if k > 0 {
			buf = append(buf, ", "...)
		}
		buf = strconv.AppendInt(buf, int64(id), 10)
	}
	return append(buf, ']')
}

// ReadVecalign parses links in vecalign's format, one per line, with or
// without the trailing score; blank lines are skipped. It does not check
// coverage: see Check.
func ReadVecalign(r io.Reader) ([]Link, error) {
	var links []Link
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		l, err := parseLink(text)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		links = append(links, l)
	}
	return links, sc.Err()
}

func parseLink(s string) (Link, error) {
	var l Link
	var err error
	if l.Src, s, err = parseIDs(s); err != nil {
		return l, err
	}
	if s = strings.TrimSpace(s); !strings.HasPrefix(s, ":") {
		return l, fmt.Errorf("missing ':' between source and target")
	}
	if l.Tgt, s, err = parseIDs(s[1:]); err != nil {
		return l, err
	}
	if s = strings.TrimSpace(s); s == "" {
		return l, nil
	}
	if !strings.HasPrefix(s, ":") {
		return l, fmt.Errorf("unexpected %q after target", s)
	}
	if l.Score, err = strconv.ParseFloat(strings.TrimSpace(s[1:]), 64); err != nil {
		return l, fmt.Errorf("bad score: %w", err)
	}
	return l, nil
}

// parseIDs reads "[1, 2]" at the start of s and returns the rest.
func parseIDs(s string) ([]int, string, error) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "[") {
		return nil, s, fmt.Errorf("expected '[' at %q", s)
	}
	end := strings.IndexByte(s, ']')
	if end < 0 {
		return nil, s, fmt.Errorf("missing ']'")
	}
	var ids []int
	for _, f := range strings.Split(s[1:end], ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		id, err := strconv.Atoi(f)
		if err != nil || id < 0 {
			return nil, s, fmt.Errorf("bad sentence index %q", f)
		}
		ids = append(ids, id)
	}
	return ids, s[end+1:], nil
}
