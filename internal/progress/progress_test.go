package progress

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

// screen is a minimal terminal: printable runes, \r, \n and ESC[K (erase
// to the end of the line), auto-wrapping at width columns as terminals do.
type screen struct {
	width   int
	lines   [][]rune
	row     int
	col     int
	wrapped bool // a line was ever wider than the screen
}

func newScreen(width int) *screen { return &screen{width: width, lines: [][]rune{nil}} }

func (s *screen) Write(b []byte) (int, error) {
	str := string(b)
	for i := 0; i < len(str); {
		switch {
		case strings.HasPrefix(str[i:], "\x1b[K"):
			s.lines[s.row] = s.lines[s.row][:min(s.col, len(s.lines[s.row]))]
			i += 3
			continue
		case str[i] == '\r':
			s.col = 0
		case str[i] == '\n':
			s.newline()
		default:
			r, size := utf8.DecodeRuneInString(str[i:])
			if s.col == s.width {
				s.wrapped = true
				s.newline()
			}
			line := s.lines[s.row]
			for len(line) <= s.col {
				line = append(line, ' ')
			}
			line[s.col] = r
			s.lines[s.row] = line
			s.col++
			i += size
			continue
		}
		i++
	}
	return len(b), nil
}

func (s *screen) newline() {
	s.row, s.col = s.row+1, 0
	if s.row == len(s.lines) {
		s.lines = append(s.lines, nil)
	}
}

func (s *screen) line(i int) string { return strings.TrimRight(string(s.lines[i]), " ") }

// checkFrame checks one drawn line of a bar of total documents: it fits,
// shows done and its percentage, and its bar has cells cells (if cells > 0)
// of which the done share is full. It returns the bar's cells.
func checkFrame(t *testing.T, line string, width, done, total, cells int) int {
	t.Helper()
	if n := utf8.RuneCountInString(line); n > width {
		t.Errorf("%d columns, want at most %d: %q", n, width, line)
	}
	pct := done * 100 / total
	if want := fmt.Sprintf("%3d%% %d/%d docs", pct, done, total); !strings.Contains(line, want) {
		t.Errorf("%q lacks %q", line, want)
	}
	i, j := strings.Index(line, "["), strings.Index(line, "]")
	if i < 0 || j < i {
		t.Errorf("no bar in %q", line)
		return 0
	}
	bar := line[i+1 : j]
	if len(bar) < 10 || (cells > 0 && len(bar) != cells) || strings.Count(bar, "#") != len(bar)*pct/100 {
		t.Errorf("bar %q of %q: want %d cells, %d%% full", bar, line, cells, pct)
	}
	return len(bar)
}

func TestProgressLineFits(t *testing.T) {
	for _, width := range []int{200, 120, 80, 57, 45, 40, 30, 20, 8} {
		cells := 0
		for _, done := range []int{1, 14, 560, 3999, 4000} {
			line := Line(width, done, 4000, done*20, 40*time.Second)
			if width < 40 {
				if n := utf8.RuneCountInString(line); n > width {
					t.Errorf("width %d: %q", width, line)
				}
				continue
			}
			cells = checkFrame(t, line, width, done, 4000, cells) // the same width in every frame
		}
	}
	if got := Line(117, 560, 4000, 11234, 40*time.Second); got != "translating [#####----------------------------------]  14% 560/4000 docs, 11234 sentences, 14.0 docs/s, ETA 4m6s" {
		t.Errorf("120 columns: %q", got)
	}
}

// fakeClock is a clock that moves only when told.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// drive runs a progress bar of 100 documents to the end, one frame per
// update, with a summary line printed after Finish.
func drive(t *testing.T, p *Bar, stopAt int) {
	t.Helper()
	clock := &fakeClock{t: time.Unix(0, 0)}
	p.mu.Lock()
	p.now, p.start, p.drawn = clock.now, clock.now(), time.Time{}
	p.mu.Unlock()
	for done := 1; done <= stopAt; done++ {
		clock.add(time.Second)
		p.Update(done, done*17)
	}
	p.Update(stopAt-1, 0) // late, out-of-order report: ignored
	p.Finish()
	p.Finish()
	p.Update(stopAt, 0) // after Finish: nothing drawn
}

func TestProgressFinishClears(t *testing.T) {
	var out bytes.Buffer
	p := New(100, &out)
	p.width = func() int { return 60 }
	drive(t, p, 100)
	s := newScreen(60)
	s.Write(out.Bytes())
	s.Write([]byte("done: 100 documents\n"))
	if s.wrapped || s.line(0) != "done: 100 documents" {
		t.Errorf("screen after the summary: %q (wrapped %v)\nwrites: %q", s.lines, s.wrapped, out.String())
	}
	if !strings.Contains(out.String(), "100% 100/100 docs") {
		t.Errorf("the last frame never showed 100%%: %q", out.String())
	}
}
