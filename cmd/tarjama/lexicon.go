package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/tarjama/tarjama/backend/lexicon"
	"github.com/urfave/cli/v2"
)

func lexiconCommand() *cli.Command {
	return &cli.Command{
		Name:  "lexicon",
		Usage: "inspect the embedded lexicon backend (for people who extend its words and rules)",
		Action: func(c *cli.Context) error {
			if c.Args().Present() {
				return usageErrorf("lexicon: unknown command %q (see tarjama lexicon --help)", c.Args().First())
			}
			return cli.ShowSubcommandHelp(c)
		},
		Subcommands: []*cli.Command{lexiconExplainCommand()},
	}
}

// explainOptions are the flags of `tarjama lexicon explain`.
type explainOptions struct {
	Format string   // "text", "json" or "jsonl"
	Files  []string // inputs; empty or "-" is stdin
}

func lexiconExplainCommand() *cli.Command {
	return &cli.Command{
		Name:      "explain",
		Usage:     "list the words the lexicon cannot read and the grammar rules that fired on a text",
		ArgsUsage: "[FILE|-]...",
		Description: `Translates every line of each UTF-8 FILE (standard input when there is none
or for "-") with the embedded lexicon, exactly as translate does, and reports
what the engine did: how many Arabic words it read, the words it could not
read (transliterated in the translation), most frequent first, and the named
rules that fired (see backend/lexicon/testdata/rules.json for a case of each).

--format text (default) writes a summary line starting with "#", then
  unknown<TAB>COUNT<TAB>WORD   and   rule<TAB>COUNT<TAB>NAME
lines; --format json writes the same as one object:
  {"words":n,"unknown_words":n,"unknown_rate":f,"unknown":[{"word":w,"count":n}],"rules":[{"rule":r,"count":n}]}
--format jsonl writes one object per input line instead:
  {"file":f,"line":n,"ar":"…","en":"…","words":n,"unknown":{w:n},"rules":{r:n}}

A file that is not UTF-8 is reported with its line; the other files are still
read and the exit status is 3.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "output `FORMAT`: text, json or jsonl"},
		},
		Action: func(c *cli.Context) error {
			if err := flagAfterArgs(c); err != nil {
				return err
			}
			o := explainOptions{Format: c.String("format"), Files: c.Args().Slice()}
			return runExplain(c.Context, o, c.App.Reader, c.App.Writer, c.App.ErrWriter)
		},
	}
}

type countJSON struct {
	Word  string `json:"word,omitempty"`
	Rule  string `json:"rule,omitempty"`
	Count int    `json:"count"`
}

func runExplain(ctx context.Context, o explainOptions, stdin io.Reader, stdout, stderr io.Writer) error {
	switch o.Format {
	case "text", "json", "jsonl":
	default:
		return usageErrorf("lexicon explain: --format %q: want text, json or jsonl", o.Format)
	}
	files, err := stdinOrFiles("lexicon explain", o.Files)
	if err != nil {
		return err
	}
	tr, err := lexicon.New()
	if err != nil {
		return err
	}
	e := tr.NewExplainer()
	out := bufio.NewWriter(stdout)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	failed := 0
	var werr error // writing the output failed: stop
	for _, f := range files {
		err := explainInput(ctx, f, stdin, func(line int, ar string) error {
			x := e.Line(ar)
			if o.Format != "jsonl" {
				return nil
			}
			werr = enc.Encode(struct {
				File    string         `json:"file"`
				Line    int            `json:"line"`
				Ar      string         `json:"ar"`
				En      string         `json:"en"`
				Words   int            `json:"words"`
				Unknown map[string]int `json:"unknown"`
				Rules   map[string]int `json:"rules"`
			}{f, line, ar, x.Text, x.Words, countMap(x.Unknown), countMap(x.Rules)})
			return werr
		})
		if werr != nil {
			return fmt.Errorf("lexicon explain: writing output: %w", werr)
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			failed++
			fmt.Fprintf(stderr, "tarjama lexicon explain: %v\n", err)
		}
	}
	writeExplainTotal(out, enc, o.Format, e.Total()) // a write error shows in Flush
	if err := out.Flush(); err != nil {
		return fmt.Errorf("lexicon explain: writing output: %w", err)
	}
	if failed > 0 {
		return fmt.Errorf("lexicon explain: %d of %d inputs failed: %w", failed, len(files), errPartial)
	}
	return nil
}

// writeExplainTotal writes the whole input's summary: the counts and the
// unknown words and rules by frequency (text), or one JSON object (json);
// jsonl has its lines only. Write errors surface when out is flushed.
func writeExplainTotal(out io.Writer, enc *json.Encoder, format string, x lexicon.Explanation) {
	switch format {
	case "text":
		fmt.Fprintf(out, "# %d words, %d unknown (%.2f%%), %d distinct unknown words, %d rules fired\n",
			x.Words, x.UnknownWords(), 100*x.UnknownRate(), len(x.Unknown), len(x.Rules))
		for _, c := range x.Unknown {
			fmt.Fprintf(out, "unknown\t%d\t%s\n", c.N, c.Name)
		}
		for _, c := range x.Rules {
			fmt.Fprintf(out, "rule\t%d\t%s\n", c.N, c.Name)
		}
	case "json":
		v := struct {
			Words        int         `json:"words"`
			UnknownWords int         `json:"unknown_words"`
			UnknownRate  float64     `json:"unknown_rate"`
			Unknown      []countJSON `json:"unknown"`
			Rules        []countJSON `json:"rules"`
		}{Words: x.Words, UnknownWords: x.UnknownWords(), UnknownRate: x.UnknownRate(), Unknown: []countJSON{}, Rules: []countJSON{}}
		for _, c := range x.Unknown {
			v.Unknown = append(v.Unknown, countJSON{Word: c.Name, Count: c.N})
		}
		for _, c := range x.Rules {
			v.Rules = append(v.Rules, countJSON{Rule: c.Name, Count: c.N})
		}
		_ = enc.Encode(v)
	}
}

func countMap(cs []lexicon.Count) map[string]int {
	m := make(map[string]int, len(cs))
	for _, c := range cs {
		m[c.Name] = c.N
	}
	return m
}

// explainInput calls fn with every line of the input named f ("-": stdin),
// numbered from 1, without its line ending. Lines before an invalid one
// are kept; the error names the file and line.
func explainInput(ctx context.Context, f string, stdin io.Reader, fn func(line int, s string) error) error {
	r := stdin
	name := "standard input"
	if f != "-" {
		file, err := os.Open(f)
		if err != nil {
			return err
		}
		defer file.Close()
		r, name = file, f
	}
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		s, err := br.ReadString('\n')
		if s != "" {
			if !utf8.ValidString(s) {
				return fmt.Errorf("%s:%d: not valid UTF-8", name, n)
			}
			if err := fn(n, strings.TrimRight(s, "\r\n")); err != nil {
				return err
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
}
