//go:build linux

package progress

import (
	"bytes"
	"io"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unsafe"

	"golang.org/x/term"
)

// openPTY opens a pseudo-terminal of cols columns: the program's side
// (tty) and the terminal's side (master).
func openPTY(t *testing.T, cols uint16) (master, tty *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	ioctl := func(f *os.File, req uintptr, arg unsafe.Pointer) error {
		if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), req, uintptr(arg)); e != 0 {
			return e
		}
		return nil
	}
	var unlock int32
	var n uint32
	if err := ioctl(m, syscall.TIOCSPTLCK, unsafe.Pointer(&unlock)); err != nil {
		t.Fatal(err)
	}
	if err := ioctl(m, syscall.TIOCGPTN, unsafe.Pointer(&n)); err != nil {
		t.Fatal(err)
	}
	s, err := os.OpenFile("/dev/pts/"+strconv.Itoa(int(n)), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	ws := struct{ Row, Col, X, Y uint16 }{Row: 24, Col: cols}
	if err := ioctl(s, syscall.TIOCSWINSZ, unsafe.Pointer(&ws)); err != nil {
		t.Fatal(err)
	}
	return m, s
}

// TestProgressPTY60 draws the bar on a real 60-column pseudo-terminal
// (issue: it shrank to an empty "|     |" and stayed at 14%, and after
// Ctrl-C its last line stayed above the summary).
func TestProgressPTY60(t *testing.T) {
	for _, tc := range []struct {
		name   string
		stopAt int // documents done when the run ends
		ctrlC  bool
	}{{"finished", 100, false}, {"interrupted", 37, true}} {
		t.Run(tc.name, func(t *testing.T) {
			master, tty := openPTY(t, 60)
			defer master.Close()
			if !term.IsTerminal(int(tty.Fd())) || Width(tty) != 60 {
				t.Fatalf("the pty is not a 60-column terminal: %v %d", term.IsTerminal(int(tty.Fd())), Width(tty))
			}
			var got bytes.Buffer
			read := make(chan struct{})
			go func() { io.Copy(&got, master); close(read) }() // EIO once tty is closed
			p := New(100, tty)
			var frames frameLog
			p.mu.Lock()
			p.w = io.MultiWriter(tty, &frames)
			p.mu.Unlock()
			drive(t, p, tc.stopAt)
			tty.WriteString("summary line\n")
			tty.Close()
			<-read
			s := newScreen(60)
			out := strings.ReplaceAll(got.String(), "\r\n", "\n") // the tty's onlcr
			if tc.ctrlC {
				// What the terminal shows: the bar, ^C echoed after it, then what follows.
				last := strings.LastIndex(out, "\r\x1b[K")
				out = out[:last] + "^C" + out[last:]
			}
			s.Write([]byte(out))
			if s.wrapped {
				t.Errorf("a line wrapped at 60 columns: %q", got.String())
			}
			if s.line(0) != "summary line" {
				t.Errorf("first screen line %q, want the summary alone", s.line(0))
			}
			cells := 0
			for done := 1; done <= tc.stopAt; done++ {
				line := strings.TrimSuffix(strings.TrimPrefix(frames[done-1], "\r"), "\x1b[K")
				cells = checkFrame(t, line, 57, done, 100, cells)
			}
		})
	}
}

// frameLog keeps each write (one frame of the bar) apart.
type frameLog []string

func (l *frameLog) Write(b []byte) (int, error) { *l = append(*l, string(b)); return len(b), nil }
