package command

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/internal/remote"
)

// Name is the backend's registry name.
const Name = "command"

// Defaults.
const (
	DefaultTimeout    = 2 * time.Minute
	DefaultBatchLimit = 64
	// ProbeWait is how long the first segment of the first batch may go
	// unanswered before the probe closes the program's input to see
	// whether it buffers its output (see Translate).
	ProbeWait = 5 * time.Second
)

// bufferingHint is how to make a program answer line by line.
const bufferingHint = "make it write line by line: stdbuf -oL PROGRAM …, sed -u, python3 -u, or the program's own flush option"

// errNoAnswer is wrapped by the error of a batch that timed out.
var errNoAnswer = errors.New("no answer")

// Info describes the backend for the registry and the CLI.
func Info() backend.Info {
	return backend.Info{
		Name:        Name,
		Description: "a local program (Marian, CTranslate2, Bergamot …) reading one segment per line on stdin and writing one per line on stdout",
		Options: []backend.Option{
			{Name: "command", Env: "TARJAMA_COMMAND", Usage: `program and arguments, as a JSON array ["prog","-m","x"] or a space-separated list (quotes allowed; never run through a shell)`},
			{Name: "command-timeout", Env: "TARJAMA_COMMAND_TIMEOUT", Usage: "longest wait for one batch's output before the program is restarted", Default: DefaultTimeout.String()},
			{Name: "command-batch-limit", Env: "TARJAMA_COMMAND_BATCH_LIMIT", Usage: "segments written per batch", Default: strconv.Itoa(DefaultBatchLimit)},
		},
		New:    func(cfg backend.Config) (backend.Translator, error) { return New(cfg) },
		Limits: backend.Limits{MaxSegments: DefaultBatchLimit},
		LimitsFor: func(cfg backend.Config) (backend.Limits, error) {
			n, err := remote.PositiveInt(Name, cfg, "command-batch-limit", DefaultBatchLimit)
			return backend.Limits{MaxSegments: n}, err
		},
		// No request timeout around it: the client restarts a stuck
		// program after --command-timeout itself.
		Price: &backend.Price{USDPerMillion: 0, Note: "local program"},
	}
}

// Client runs the program once and keeps it running across batches,
// restarting it when it dies, times out or falls out of step. Batches are
// sent one at a time: the line protocol has no request ids.
type Client struct {
	argv    []string
	timeout time.Duration
	limit   int

	sem    chan struct{} // one batch at a time; a channel so waiting honours ctx
	p      *proc         // guarded by sem
	closed bool          // guarded by sem
	starts int           // guarded by sem
	// probed is set once the program has answered a first segment;
	// unusable, once the probe found it never will (both guarded by sem).
	probed   bool
	unusable error
	// probeWait and eofWait time the probe (tests shorten them).
	probeWait, eofWait time.Duration
}

// New builds a client from cfg. The program is started on first use.
func New(cfg backend.Config) (*Client, error) {
	argv, err := ParseArgv(cfg.Get("command"))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", Name, err)
	}
	if _, err := exec.LookPath(argv[0]); err != nil {
		return nil, fmt.Errorf("%s: %w", Name, err)
	}
	c := &Client{argv: argv, timeout: DefaultTimeout, limit: DefaultBatchLimit, sem: make(chan struct{}, 1),
		probeWait: ProbeWait, eofWait: 2 * time.Second}
	if v := cfg.Get("command-timeout"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return nil, fmt.Errorf("%s: command-timeout %q: want a positive duration such as 90s", Name, v)
		}
		c.timeout = d
	}
	if c.limit, err = remote.PositiveInt(Name, cfg, "command-batch-limit", DefaultBatchLimit); err != nil {
		return nil, err
	}
	return c, nil
}

// ParseArgv reads the command option: a JSON array of strings, or a list
// separated by spaces in which single or double quotes group words and a
// backslash escapes the next character. Nothing is expanded: no shell,
// globs or variables.
func ParseArgv(s string) ([]string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, errors.New("no program given (set --command)")
	}
	if strings.HasPrefix(s, "[") {
		var argv []string
		if err := json.Unmarshal([]byte(s), &argv); err != nil {
			return nil, fmt.Errorf("command: not a JSON array of strings: %w", err)
		}
		if len(argv) == 0 || argv[0] == "" {
			return nil, errors.New("command: empty program")
		}
		return argv, nil
	}
	var argv []string
	var cur strings.Builder
	inWord := false
	var quote rune
	escaped := false
	for _, r := range s {
		switch {
		case escaped:
			cur.WriteRune(r)
			escaped = false
		case r == '\\' && quote != '\'':
			escaped, inWord = true, true
		case quote != 0:
			if r == quote {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case r == '"' || r == '\'':
			quote, inWord = r, true
		case r == ' ' || r == '\t' || r == '\n':
			if inWord {
				argv = append(argv, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if quote != 0 || escaped {
		return nil, errors.New("command: unterminated quote or escape")
	}
	if inWord {
		argv = append(argv, cur.String())
	}
	return argv, nil
}

// Translate implements backend.Translator.
//
// The first batch starts with a probe: the first segment is sent alone.
// If the program has not answered it within ProbeWait (or the
// command-timeout, if shorter), its input is closed: a program that
// answers at once then is buffering its output (as sed, python and most
// programs do when writing to a pipe) and would never answer a batch, so
// the probe fails with a permanent error wrapping backend.ErrUnusable that
// names the fix, and every later call returns it. A program that is only
// slow to start (loading a model) answers later; its answer is used and
// the program restarted for the rest.
func (c *Client) Translate(ctx context.Context, req backend.Request) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", Name, err)
	}
	if len(req.Segments) == 0 {
		return []string{}, nil
	}
	if len(req.Segments) > c.limit {
		return nil, &backend.Error{Backend: Name, Kind: backend.Permanent,
			Err: fmt.Errorf("%d segments, at most %d per batch", len(req.Segments), c.limit)}
	}
	select {
	case c.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("%s: %w", Name, ctx.Err())
	}
	defer func() { <-c.sem }()
	if c.closed {
		return nil, &backend.Error{Backend: Name, Kind: backend.Permanent, Err: errors.New("client closed")}
	}
	if c.unusable != nil {
		return nil, c.unusable
	}
	if c.p != nil && (c.p.exited() || c.p.pending()) {
		// Died since the last batch, or wrote lines nobody asked for:
		// start afresh rather than attribute stray lines to this batch.
		c.p.kill()
		c.p = nil
	}
	if c.p == nil {
		p, err := start(c.argv)
		if err != nil {
			return nil, &backend.Error{Backend: Name, Kind: backend.Permanent, Err: err}
		}
		c.p = p
		c.starts++
	}
	segs := req.Segments
	var first []string
	if !c.probed {
		t, err := c.probe(ctx, segs[0])
		if err != nil {
			return nil, err
		}
		c.probed, first, segs = true, []string{t}, segs[1:]
		if len(segs) == 0 {
			return first, nil
		}
		if c.p == nil {
			p, err := start(c.argv)
			if err != nil {
				return nil, &backend.Error{Backend: Name, Kind: backend.Permanent, Err: err}
			}
			c.p = p
			c.starts++
		}
	}
	out, err := c.p.batch(ctx, segs, c.timeout, len(first))
	if err != nil {
		// Whatever happened, the process may be mid-batch: its next
		// lines would belong to this batch. Restart it next time.
		c.p.kill()
		c.p = nil
		if ctx.Err() != nil {
			return nil, fmt.Errorf("%s: %w", Name, ctx.Err())
		}
		return nil, &backend.Error{Backend: Name, Kind: backend.Transient, Err: err}
	}
	return append(first, out...), nil
}

// probe sends seg alone to the freshly started c.p (see Translate). On
// return c.p is nil when the process is no longer usable.
func (c *Client) probe(ctx context.Context, seg string) (string, error) {
	p := c.p
	fail := func(err error) (string, error) {
		p.kill()
		c.p = nil
		if ctx.Err() != nil {
			return "", fmt.Errorf("%s: %w", Name, ctx.Err())
		}
		return "", &backend.Error{Backend: Name, Kind: backend.Transient, Err: err}
	}
	wait := min(c.probeWait, c.timeout)
	start := time.Now()
	out, err := p.batch(ctx, []string{seg}, wait, 0)
	if err == nil {
		return out[0], nil
	}
	if !errors.Is(err, errNoAnswer) {
		return fail(err)
	}
	// Silent so far: close its input. A buffering program writes now.
	p.stdin.Close()
	_, escaped := escape(seg)
	eof := time.NewTimer(c.eofWait)
	defer eof.Stop()
	rest := time.NewTimer(max(c.timeout-wait, c.eofWait))
	defer rest.Stop()
	for quick := true; ; {
		select {
		case line, ok := <-p.lines:
			if !ok {
				return fail(fmt.Errorf("no answer to the first line within %v, and the program exited once its input was closed: %w",
					wait, p.diedError(0, 1)))
			}
			p.kill()
			c.p = nil
			if quick {
				c.unusable = &backend.Error{Backend: Name, Kind: backend.Permanent, Err: fmt.Errorf(
					"%w: the program answered the first line only once its input was closed (after %v of silence): "+
						"it buffers its output when writing to a pipe, so it would never answer a batch; %s",
					backend.ErrUnusable, wait, bufferingHint)}
				return "", c.unusable
			}
			// Slow to start, not buffering: keep the answer; the rest
			// goes to a fresh process.
			if escaped {
				line = unescape(line)
			}
			return line, nil
		case <-eof.C:
			quick = false
		case <-rest.C:
			return fail(fmt.Errorf("%w to the first line within %v, even with the program's input closed; restarting the program (if it buffers its output, %s)",
				errNoAnswer, time.Since(start).Round(time.Millisecond), bufferingHint))
		case <-ctx.Done():
			return fail(ctx.Err())
		}
	}
}

// Starts reports how many times the program has been started.
func (c *Client) Starts() int {
	c.sem <- struct{}{}
	defer func() { <-c.sem }()
	return c.starts
}

// Limits implements backend.Limiter.
func (c *Client) Limits() backend.Limits { return backend.Limits{MaxSegments: c.limit} }

// Close stops the program: stdin is closed so it can exit on its own,
// and it is killed if it has not within a few seconds.
func (c *Client) Close() error {
	c.sem <- struct{}{}
	defer func() { <-c.sem }()
	c.closed = true
	if c.p == nil {
		return nil
	}
	p := c.p
	c.p = nil
	p.stdin.Close()
	select {
	case <-p.done:
	case <-time.After(3 * time.Second):
	}
	p.kill()
	return nil
}

// escape makes a segment one line. Only segments with line breaks are
// touched (backslashes doubled, newlines written \n), so everything else
// reaches the program exactly as written.
func escape(s string) (string, bool) {
	if !strings.ContainsAny(s, "\r\n") {
		return s, false
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.NewReplacer(`\`, `\\`, "\n", `\n`).Replace(s), true
}

// unescape reverses escape on the output line of an escaped segment.
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			switch s[i+1] {
			case 'n':
				b.WriteByte('\n')
				i++
				continue
			case '\\':
				b.WriteByte('\\')
				i++
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// proc is one running instance of the program.
type proc struct {
	cmd    *exec.Cmd
	stdin  *os.File
	lines  chan string   // stdout lines, closed at EOF
	done   chan struct{} // closed when the process has exited
	dead   chan struct{} // closed by kill, releases the reader
	once   sync.Once
	stderr *tail
	werr   error // Wait's result, valid after done
}

func start(argv []string) (*proc, error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	// Own pipes (not StdoutPipe) so Wait never races our reads.
	inR, inW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		inR.Close()
		inW.Close()
		return nil, err
	}
	p := &proc{cmd: cmd, stdin: inW, lines: make(chan string, 256), done: make(chan struct{}), dead: make(chan struct{}), stderr: &tail{max: 2048}}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = inR, outW, p.stderr
	cmd.WaitDelay = time.Second
	if err := cmd.Start(); err != nil {
		for _, f := range []*os.File{inR, inW, outR, outW} {
			f.Close()
		}
		return nil, fmt.Errorf("starting %s: %w", argv[0], err)
	}
	inR.Close()
	outW.Close()
	go func() {
		p.werr = cmd.Wait()
		close(p.done)
	}()
	go func() {
		defer close(p.lines)
		defer outR.Close()
		r := bufio.NewReaderSize(outR, 64<<10)
		for {
			line, err := r.ReadString('\n')
			if line != "" || err == nil {
				select {
				case p.lines <- strings.TrimRight(line, "\r\n"):
				case <-p.dead:
					return
				}
			}
			if err != nil {
				return
			}
		}
	}()
	return p, nil
}

func (p *proc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

func (p *proc) pending() bool { return len(p.lines) > 0 }

func (p *proc) kill() {
	p.once.Do(func() {
		close(p.dead)
		p.stdin.Close()
		if p.cmd.Process != nil {
			p.cmd.Process.Kill()
		}
	})
}

// batch writes segs and reads one line per segment. before is the number
// of lines of the same request answered already (by the probe), for the
// counts in errors.
func (p *proc) batch(ctx context.Context, segs []string, timeout time.Duration, before int) ([]string, error) {
	escaped := make([]bool, len(segs))
	var buf strings.Builder
	for i, s := range segs {
		var line string
		line, escaped[i] = escape(s)
		buf.WriteString(line)
		buf.WriteByte('\n')
	}
	// Write while reading: a program that answers line by line would
	// otherwise block on a full stdout pipe while we block on stdin.
	werr := make(chan error, 1)
	go func() {
		_, err := io.WriteString(p.stdin, buf.String())
		werr <- err
	}()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	out := make([]string, 0, len(segs))
	for len(out) < len(segs) {
		select {
		case line, ok := <-p.lines:
			if !ok {
				return nil, p.diedError(before+len(out), before+len(segs))
			}
			if escaped[len(out)] {
				line = unescape(line)
			}
			out = append(out, line)
		case err := <-werr:
			if err != nil {
				return nil, p.diedError(before+len(out), before+len(segs))
			}
			werr = nil
		case <-timer.C:
			return nil, fmt.Errorf("%w for %d of %d lines within %v; restarting the program (if it buffers its output, %s)",
				errNoAnswer, len(segs)-len(out), before+len(segs), timeout, bufferingHint)
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return out, nil
}

// diedError describes an exit mid-batch, with the end of stderr.
func (p *proc) diedError(got, want int) error {
	select {
	case <-p.done:
	case <-time.After(time.Second):
	}
	msg := fmt.Sprintf("program stopped after %d of %d lines", got, want)
	if p.exited() && p.werr != nil {
		msg += " (" + p.werr.Error() + ")"
	}
	if s := strings.TrimSpace(p.stderr.String()); s != "" {
		msg += "; stderr: " + s
	}
	return errors.New(msg)
}

// tail keeps the last max bytes written to it.
type tail struct {
	mu  sync.Mutex
	max int
	b   []byte
}

func (t *tail) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.b = append(t.b, p...)
	if len(t.b) > t.max {
		t.b = append([]byte(nil), t.b[len(t.b)-t.max:]...)
	}
	return len(p), nil
}

func (t *tail) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(t.b)
}

var (
	_ backend.Translator = (*Client)(nil)
	_ backend.Limiter    = (*Client)(nil)
	_ backend.Closer     = (*Client)(nil)
)
