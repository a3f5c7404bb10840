package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/term"
)

// Bar draws translate's one-line progress bar on a terminal:
//
//	translating [#####---------]  14% 560/4000 docs, 11234 sentences, 12.3 docs/s, ETA 4m40s
//
// The line always fits the terminal's current width with three columns
// spare (so that neither the line nor an echoed ^C after it wraps): the
// details after the counts go first, the bar keeps at least 10 cells. It is redrawn on every Update at most once
// per interval and once per interval in between (so the rate and the ETA
// keep moving when documents are slow); Finish clears it, so whatever is
// printed next (the summary) starts on a clean line. Safe for concurrent use.
type Bar struct {
	w        io.Writer
	total    int
	interval time.Duration
	now      func() time.Time
	width    func() int // the terminal's columns

	mu              sync.Mutex
	done, sentences int
	start, drawn    time.Time
	shown           bool // a line is on the screen
	finished        bool
	stop            chan struct{}
	ticker          sync.WaitGroup
}

// New starts a progress bar for total documents on w (a terminal).
func New(total int, w io.Writer) *Bar {
	p := &Bar{w: w, total: total, interval: 100 * time.Millisecond, now: time.Now, width: func() int { return Width(w) }}
	p.start = p.now()
	p.stop = make(chan struct{})
	p.ticker.Add(1)
	go p.tick()
	return p
}

func (p *Bar) tick() {
	defer p.ticker.Done()
	t := time.NewTicker(p.interval)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-t.C:
			p.mu.Lock()
			if !p.finished {
				p.draw()
			}
			p.mu.Unlock()
		}
	}
}

// Update records done documents and sentences so far; counts never go back.
func (p *Bar) Update(done, sentences int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.finished {
		return
	}
	p.done, p.sentences = max(p.done, done), max(p.sentences, sentences)
	if p.now().Sub(p.drawn) >= p.interval || p.done == p.total {
		p.draw()
	}
}

// Finish stops the bar and clears its line. It may be called more than once.
func (p *Bar) Finish() {
	p.mu.Lock()
	if p.finished {
		p.mu.Unlock()
		return
	}
	p.finished = true
	close(p.stop)
	if p.shown {
		io.WriteString(p.w, "\r\x1b[K")
	}
	p.mu.Unlock()
	p.ticker.Wait()
}

// draw writes the line over the previous one; p.mu is held.
func (p *Bar) draw() {
	now := p.now()
	p.drawn = now
	// Three columns spare: the terminal never wraps the line, not even
	// when it echoes ^C after it, so Finish's \r clears all of it.
	line := Line(p.width()-3, p.done, p.total, p.sentences, now.Sub(p.start))
	io.WriteString(p.w, "\r"+line+"\x1b[K")
	p.shown = true
}

// Line lays out the bar in at most width columns. The bar's width
// depends only on width and total, so it does not jump as counts grow;
// details are added while they fit.
func Line(width, done, total, sentences int, elapsed time.Duration) string {
	pct := 100
	if total > 0 {
		pct = min(100, done*100/total)
	}
	counts := func(done, pct int) string { return fmt.Sprintf("%3d%% %d/%d docs", pct, done, total) }
	widest := len(counts(total, 100))
	const label, minBar, maxBar = "translating ", 10, 40
	line := counts(done, pct)
	switch cells := min(width/3, width-len(label)-3-widest, maxBar); { // 3: "[", "] "
	case cells >= minBar:
		line = label + progressBar(cells, pct) + " " + line
	case width >= minBar+3+widest:
		line = progressBar(minBar, pct) + " " + line
	default:
		return truncateRunes(line, width)
	}
	details := []string{fmt.Sprintf("%d sentences", sentences)}
	if secs := elapsed.Seconds(); secs >= 1 && done > 0 {
		details = append(details, fmt.Sprintf("%.1f docs/s", float64(done)/secs))
		if done < total {
			eta := time.Duration(float64(elapsed) / float64(done) * float64(total-done))
			details = append(details, "ETA "+eta.Round(time.Second).String())
		}
	}
	for _, d := range details {
		if utf8.RuneCountInString(line)+2+utf8.RuneCountInString(d) > width {
			break
		}
		line += ", " + d
	}
	return line
}

// progressBar is "[####------]" with cells cells, pct percent of them full.
func progressBar(cells, pct int) string {
	full := cells * pct / 100
	return "[" + strings.Repeat("#", full) + strings.Repeat("-", cells-full) + "]"
}

func truncateRunes(s string, n int) string {
	if n <= 0 {
		return ""
	}
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// Width is the width of the terminal w is, or 80.
func Width(w io.Writer) int {
	if f, ok := w.(*os.File); ok {
		if cols, _, err := term.GetSize(int(f.Fd())); err == nil && cols > 0 {
			return cols
		}
	}
	return 80
}
